import { describe, expect, it } from "vitest";
import { evaluateQuota } from "../../src/rules/evaluateQuota.js";
import { mergeQuotaEvaluations } from "../../src/rules/mergeQuotaEvaluations.js";
import { thrownIssues } from "../thrownIssues.js";

const rule = { min: 2, per: "week" } as const;
const window = { start: "2017-07-03", end: "2017-07-30" };
const part = evaluateQuota(rule, [{ outletId: "bld", at: "2017-07-03" }, { outletId: "bld", at: "2017-07-12" }], { window });

describe("mergeQuotaEvaluations", () => {
  it("merges outlets whose lists of items missing online are long, without overflowing the stack", () => {
    const item = Object.freeze({ id: "m", date: "2017-07-04" });
    const long = new Array<typeof item>(1_000_000).fill(item);
    const big = { ...part, outlets: part.outlets.map((o) => ({ ...o, missingOnline: long, missingOnlineCount: long.length })) };
    const merged = mergeQuotaEvaluations(big, big);
    expect(merged.outlets[0]!.missingOnlineCount).toBe(2_000_000);
    expect(merged.outlets[0]!.missingOnline.length).toBe(2_000_000);
  });

  it("refuses an evaluation whose lists are missing, at their paths, never with a TypeError", () => {
    expect(thrownIssues(() => mergeQuotaEvaluations(part, { ...part, rejected: undefined } as never))).toEqual([{ path: ["second", "rejected"], code: "missing" }]);
    const noList = { ...part, outlets: part.outlets.map((o) => ({ ...o, missingOnline: undefined })) };
    expect(thrownIssues(() => mergeQuotaEvaluations(noList as never, part))).toEqual([{ path: ["first", "outlets", 0, "missingOnline"], code: "missing" }]);
    expect(thrownIssues(() => mergeQuotaEvaluations(part, { ...part, rejected: "none" } as never))).toEqual([{ path: ["second", "rejected"], code: "invalid_type" }]);
  });

  it("refuses two evaluations split into different periods (per-issue quotas over two issue schedules)", () => {
    const perIssue = { min: 1, per: "issue" } as const;
    const two = [{ id: "a", start: "2017-07-03" }, { id: "b", start: "2017-07-17" }];
    const three = [{ id: "a", start: "2017-07-03" }, { id: "b", start: "2017-07-10" }, { id: "c", start: "2017-07-17" }];
    const first = evaluateQuota(perIssue, [{ outletId: "tc", at: "2017-07-04" }], { window, issues: two });
    const second = evaluateQuota(perIssue, [{ outletId: "tc", at: "2017-07-18" }], { window, issues: three });
    expect(thrownIssues(() => mergeQuotaEvaluations(first, second))).toEqual([{ path: ["second", "outlets", 0, "periods"], code: "invalid_value" }]);
    // The same schedule merges.
    const again = evaluateQuota(perIssue, [{ outletId: "tc", at: "2017-07-17" }], { window, issues: two });
    expect(mergeQuotaEvaluations(first, again).outlets[0]!.periods.map((p) => p.counted)).toEqual([1, 1]);
  });
});
