import { requireArray, requireObject } from "../errors/guards.js";
import type { EdgePolicy, ItemKind, QuotaPeriod } from "../model/vocabulary.js";
import type { OutletKind } from "../model/units.js";
import type { Plan, Unit } from "../model/plan.js";

/**
 * A posting quota: at least `min` items `per` period. A plan's `Quota` is one; so is a rule written by
 * hand for a newsroom's own check.
 *
 * @example
 * ```ts
 * import type { QuotaRule } from "cong-doan-ke-hoach";
 *
 * const twoAWeek: QuotaRule = { min: 2, per: "week", itemKinds: ["article"] };
 * const threeAnIssue: QuotaRule = { min: 3, per: "issue" };
 * ```
 * @category Rules
 */
export interface QuotaRule {
  /** A name for the rule, carried into results. */
  readonly id?: string;
  /** A short name for readers ("Tạp chí: tối thiểu 03 bài/số"); {@link quotaLabel} builds one when absent. */
  readonly label?: string;
  /** The least number of items per period; a whole number ≥ 1. */
  readonly min: number;
  /** The period: `"day"`, `"week"` (ISO), `"month"`, `"quarter"`, `"issue"` (of a schedule) or `"window"`. */
  readonly per: QuotaPeriod;
  /**
   * A period the window cuts (the first and last weeks of a phase): `"complete"` (the default) owes
   * nothing; `"prorate-up"` / `"prorate-down"` owe `min` × the days inside ÷ the period's days, rounded
   * up / down; `"full"` owes `min`. Issues and the whole window are never cut.
   */
  readonly edge?: EdgePolicy;
  /** Which kinds of item count; every kind when absent or empty. An event without a `kind` counts. */
  readonly itemKinds?: readonly ItemKind[];
  /** Outlets the rule applies to by id (used when no outlets are passed to {@link evaluateQuota}). */
  readonly outletIds?: readonly string[];
  /** Outlet kinds the rule applies to (used by {@link quotaOutlets}). */
  readonly outletKinds?: readonly OutletKind[];
  /** Each item must also appear in the outlet's electronic edition, where it has one. */
  readonly requireOnlineCopy?: boolean;
}

/**
 * The outlets of a plan that a quota applies to: press outlets and broadcasters listed in its `outletIds`
 * or whose outlet kind is in its `outletKinds`, in the plan's order.
 *
 * @param plan - the plan.
 * @param rule - a quota of the plan, or any rule.
 * @returns the matching units, frozen (pass them as `outlets` to {@link evaluateQuota}).
 * @throws {@link PlanError} `invalid_type` when `plan` has no list of units or `rule` is not an object.
 * @example
 * ```ts
 * import { quotaOutlets, type Plan } from "cong-doan-ke-hoach";
 *
 * declare const plan: Plan; // the reference plan
 * const quota = plan.channels[0]!.quotas[0]!; // dailies, weeklies and bulletins: 2 a week
 * quotaOutlets(plan, quota).map((u) => u.id);
 * //=> ["bao-lao-dong", "nguoi-lao-dong", "lao-dong-thu-do", "lao-dong-dong-nai", "lao-dong-nghe-an", "ban-tin-ldld"]
 * ```
 * @category Rules
 */
export function quotaOutlets(plan: Pick<Plan, "units">, rule: QuotaRule): readonly Unit[] {
  requireObject(plan, ["plan"]);
  requireArray(plan.units, ["plan", "units"]);
  plan.units.forEach((unit, i) => requireObject(unit, ["plan", "units", i]));
  requireObject(rule, ["rule"]);
  if (rule.outletIds !== undefined) requireArray(rule.outletIds, ["rule", "outletIds"]);
  if (rule.outletKinds !== undefined) requireArray(rule.outletKinds, ["rule", "outletKinds"]);
  const ids = new Set(rule.outletIds ?? []);
  const kinds = new Set<string>(rule.outletKinds ?? []);
  return Object.freeze(
    plan.units.filter((unit) => unit.outlet !== undefined && (ids.has(unit.id) || kinds.has(unit.outlet.kind))),
  );
}
