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
  /**
   * For a quota owed by contributing units rather than by the outlets ("mỗi LĐLĐ huyện, CĐ ngành gửi ít
   * nhất 01 tin, bài, ảnh/tuần về Cổng thông tin"): who owes it, by id and by kind, with a condition on
   * their members ("CĐCS có từ 100 đoàn viên trở lên"). See {@link quotaDebtors}.
   */
  readonly owedBy?: {
    readonly unitIds?: readonly string[];
    readonly unitKinds?: readonly string[];
    readonly minMemberCount?: number;
    readonly text?: string;
  };
}

/**
 * The outlets of a plan that a quota applies to: the units listed in its `outletIds` (parsePlan checks that
 * they are outlets: press outlets, broadcasters, portals, social media, loudspeakers) and the units whose
 * outlet kind is in its `outletKinds`, in the plan's order.
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
    plan.units.filter((unit) => ids.has(unit.id) || (unit.outlet !== undefined && kinds.has(unit.outlet.kind))),
  );
}

/**
 * The units of a plan that owe a quota: for a quota with `owedBy`, the units it names by id and the units
 * of its kinds that meet its condition on members; for any other quota, its outlets ({@link quotaOutlets}).
 * In the plan's order, each once.
 *
 * The condition `minMemberCount` is read on each unit's `memberCount`: a unit with fewer members does not
 * owe; a unit whose count the plan does not give owes when it is a group (it stands for all the units of
 * its kind that meet the condition, "các CĐCS có từ 100 đoàn viên trở lên") and does not otherwise (nothing
 * says it meets it). Units named by id owe whatever their count.
 *
 * @param plan - the plan.
 * @param rule - a quota of the plan, or any rule.
 * @returns the owing units, frozen: pass them as `outlets` to {@link evaluateQuota} with `by: "unit"` for a
 *   quota with `owedBy`.
 * @throws {@link PlanError} `invalid_type` when `plan` has no list of units, `rule` is not an object, or its
 *   `owedBy` lists are not arrays.
 * @example
 * ```ts
 * import { parsePlan, quotaDebtors } from "cong-doan-ke-hoach";
 *
 * const plan = parsePlan({
 *   schemaVersion: 2, id: "kh", header: { subject: "Cổng thông tin", issuerId: "ldld" },
 *   units: [
 *     { id: "ldld", name: "LĐLĐ tỉnh", kind: "provincial-federation" },
 *     { id: "cdcs-a", name: "CĐCS A", kind: "grassroots-union", parentId: "ldld", memberCount: 250 },
 *     { id: "cdcs-b", name: "CĐCS B", kind: "grassroots-union", parentId: "ldld", memberCount: 40 },
 *     { id: "cong", name: "Cổng TTĐT", kind: "portal", parentId: "ldld" },
 *   ],
 * });
 * quotaDebtors(plan, { min: 1, per: "month", outletIds: ["cong"], owedBy: { unitKinds: ["grassroots-union"], minMemberCount: 100 } }).map((u) => u.id);
 * //=> ["cdcs-a"]
 * ```
 * @category Rules
 */
export function quotaDebtors(plan: Pick<Plan, "units">, rule: QuotaRule): readonly Unit[] {
  requireObject(rule, ["rule"]);
  const owedBy = rule.owedBy;
  if (owedBy === undefined) return quotaOutlets(plan, rule);
  requireObject(plan, ["plan"]);
  requireArray(plan.units, ["plan", "units"]);
  plan.units.forEach((unit, i) => requireObject(unit, ["plan", "units", i]));
  requireObject(owedBy, ["rule", "owedBy"]);
  if (owedBy.unitIds !== undefined) requireArray(owedBy.unitIds, ["rule", "owedBy", "unitIds"]);
  if (owedBy.unitKinds !== undefined) requireArray(owedBy.unitKinds, ["rule", "owedBy", "unitKinds"]);
  const ids = new Set<unknown>(owedBy.unitIds ?? []);
  const kinds = new Set<unknown>(owedBy.unitKinds ?? []);
  const least = owedBy.minMemberCount;
  const meets = (unit: Unit) => least === undefined || (unit.memberCount === undefined ? unit.group === true : unit.memberCount >= least);
  const seen = new Set<string>();
  return Object.freeze(
    plan.units.filter((unit) => {
      if (seen.has(unit.id)) return false;
      const owes = ids.has(unit.id) || (kinds.has(unit.kind) && meets(unit));
      if (owes) seen.add(unit.id);
      return owes;
    }),
  );
}

