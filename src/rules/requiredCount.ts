import { optionsOf } from "../errors/guards.js";
import type { Issue } from "../calendar/splitWindow.js";
import type { Window } from "../calendar/window.js";
import { requiredPeriods } from "./_lib/periods.js";
import type { QuotaRule } from "./quotaRule.js";

/**
 * Options of {@link requiredCount}.
 *
 * @example
 * ```ts
 * import type { RequiredCountOptions } from "cong-doan-ke-hoach";
 *
 * const options: RequiredCountOptions = { issues: [{ id: "so-7", start: "2017-07-01" }] };
 * ```
 * @category Rules
 */
export interface RequiredCountOptions {
  /** The issue schedule, for a rule `per: "issue"`: issues published inside the window each owe `min`. */
  readonly issues?: readonly Issue[] | undefined;
  /** The most periods the window may hold for the rule (default 100,000), as in `splitWindow`. */
  readonly maxPeriods?: number | undefined;
}

/**
 * How many items a rule requires over a window. Periods are ISO weeks, calendar months and quarters,
 * days, the issues of a schedule or the whole window; a period the window cuts owes what the rule's
 * `edge` policy says (nothing by default).
 *
 * Over phase 1 (2017-07-01 to 2018-05-31), 2 a week is 94 with complete weeks only (47 of the 49 weeks
 * it touches), 97 prorated up, 95 prorated down, 98 counting every touched week in full; 1 programme a
 * month is 11; 3 an issue for a monthly magazine is 33.
 *
 * @param rule - the quota rule.
 * @param window - the window to count over.
 * @param options - the issue schedule for `per: "issue"`.
 * @returns a whole number ≥ 0.
 * @throws {@link PlanError} for a malformed rule (`["rule", "min"]`…), window or schedule, or a per-issue
 *   rule without `issues`; `too_many_periods` for a window of more than `maxPeriods` periods;
 *   `invalid_value` at `["rule", "min"]` when the total is beyond 2^53 − 1 (it is exact or refused).
 * @example
 * ```ts
 * import { requiredCount } from "cong-doan-ke-hoach";
 *
 * const phase1 = { start: "2017-07-01", end: "2018-05-31" };
 * requiredCount({ min: 2, per: "week" }, phase1); //=> 94
 * requiredCount({ min: 2, per: "week", edge: "prorate-up" }, phase1); //=> 97
 * requiredCount({ min: 1, per: "month" }, phase1); //=> 11
 * ```
 * @category Rules
 */
export function requiredCount(rule: QuotaRule, window: Window, options: RequiredCountOptions = {}): number {
  const { issues, maxPeriods } = optionsOf(options);
  return requiredPeriods(rule, window, issues, maxPeriods).periods.reduce((sum, p) => sum + p.required, 0);
}
