import { INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { requireArray, requireObject } from "../errors/guards.js";
import { PlanError } from "../errors/PlanError.js";
import { resultOf, type QuotaCounts, type QuotaEvaluation } from "./evaluateQuota.js";

/**
 * Combines the evaluations of two parts of one stream of events (two files, two days of a feed, two
 * workers) into the evaluation of the whole: counts add up per outlet and period, shortfalls and
 * attainment are computed again, outlets of both appear, and the rejected events of the second part are
 * numbered after the first's. `evaluateQuota(rule, [...a, ...b], options)` equals
 * `mergeQuotaEvaluations(evaluateQuota(rule, a, options), evaluateQuota(rule, b, options))`, except that
 * a duplicate whose two copies fall in different parts is only seen by a single pass.
 *
 * @param first - the evaluation of the first part.
 * @param second - the evaluation of the second part, with the same rule, window and `asOf`.
 * @returns the evaluation of both, frozen.
 * @throws {@link PlanError} `invalid_type` (or `missing`) at `["first" | "second", …]` for a value that is not an
 *   evaluation (its outlets, periods, rejected events or items missing online not lists);
 *   `invalid_value` when the two do not share their rule's period and minimum, their window, or `asOf`,
 *   or (at `[…, "outlets", i, "periods"]`) are not split into the same periods (two issue schedules).
 * @example
 * ```ts
 * import { evaluateQuota, mergeQuotaEvaluations } from "cong-doan-ke-hoach";
 *
 * const rule = { min: 2, per: "week" } as const;
 * const options = { window: { start: "2017-07-03", end: "2017-07-09" } };
 * const merged = mergeQuotaEvaluations(
 *   evaluateQuota(rule, [{ outletId: "bld", at: "2017-07-03" }], options),
 *   evaluateQuota(rule, [{ outletId: "bld", at: "2017-07-04" }], options),
 * );
 * merged.outlets[0]?.met; //=> true
 * ```
 * @category Rules
 */
export function mergeQuotaEvaluations(first: QuotaEvaluation, second: QuotaEvaluation): QuotaEvaluation {
  for (const [name, evaluation] of [["first", first], ["second", second]] as const) {
    requireObject(evaluation, [name], "a result of evaluateQuota", "kết quả của evaluateQuota");
    requireObject(evaluation.rule, [name, "rule"]);
    requireObject(evaluation.window, [name, "window"]);
    requireArray(evaluation.outlets, [name, "outlets"]);
    requireArray(evaluation.rejected, [name, "rejected"]);
    evaluation.outlets.forEach((outlet, i) => {
      requireObject(outlet, [name, "outlets", i]);
      requireArray(outlet.periods, [name, "outlets", i, "periods"]);
      requireArray(outlet.missingOnline, [name, "outlets", i, "missingOnline"]);
    });
  }
  const same =
    first.rule.min === second.rule.min &&
    first.rule.per === second.rule.per &&
    (first.rule.edge ?? "complete") === (second.rule.edge ?? "complete") &&
    first.window.start === second.window.start &&
    first.window.end === second.window.end &&
    first.asOf === second.asOf;
  if (!same) {
    throw new PlanError([newIssue(INVALID_VALUE, ["second"], { expected: "an evaluation of the same rule, window and asOf", expectedVi: "kết quả đánh giá cùng chỉ tiêu, khoảng thời gian và ngày tính", received: "another evaluation" })]);
  }
  const template = first.outlets[0] ?? second.outlets[0];
  const periods = (template?.periods ?? []).map((p) => ({ key: p.key, start: p.start, end: p.end, complete: p.complete, required: p.required }));
  // Every outlet of both is split into the same periods (per-issue quotas: the same issue schedule).
  for (const [name, evaluation] of [["first", first], ["second", second]] as const) {
    evaluation.outlets.forEach((outlet, i) => {
      if (outlet.periods.length !== periods.length || outlet.periods.some((p, k) => p?.key !== periods[k]!.key)) {
        throw new PlanError([
          newIssue(INVALID_VALUE, [name, "outlets", i, "periods"], { expected: "the periods of the other evaluation", expectedVi: "các kỳ của kết quả đánh giá kia", received: "other periods" }),
        ]);
      }
    });
  }
  const width = periods.length + 1;
  const byId = new Map<string, number>();
  const outletIds: string[] = [];
  const counted: number[] = [];
  const missingOnline: { id?: string; date: string }[][] = [];
  const missingOnlineCount: number[] = [];
  const rows: number[][] = [];
  for (const outlet of [...first.outlets, ...second.outlets]) {
    let o = byId.get(outlet.outletId);
    if (o === undefined) {
      o = outletIds.length;
      byId.set(outlet.outletId, o);
      outletIds.push(outlet.outletId);
      counted.push(0);
      missingOnline.push([]);
      missingOnlineCount.push(0);
      rows.push(new Array<number>(width).fill(0));
    }
    outlet.periods.forEach((p, i) => (rows[o]![i]! += p.counted));
    counted[o]! += outlet.counted;
    // One by one: a spread of a long list would overflow the call stack.
    const missing = missingOnline[o]!;
    for (const item of outlet.missingOnline) missing.push(item);
    missingOnlineCount[o]! += outlet.missingOnlineCount;
  }
  const counts: QuotaCounts = {
    rule: first.rule,
    window: first.window,
    asOf: first.asOf,
    periods,
    outletIds,
    counts: Int32Array.from(rows.flat()),
    counted,
    missingOnline,
    missingOnlineCount,
    rejected: [...first.rejected, ...second.rejected.map((r) => ({ ...r, index: r.index + first.eventCount }))],
    rejectedCount: first.rejectedCount + second.rejectedCount,
    eventCount: first.eventCount + second.eventCount,
    maxListed: Number.POSITIVE_INFINITY,
  };
  return resultOf(counts);
}
