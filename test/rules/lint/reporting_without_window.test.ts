import { expandDeadlines } from "../../../src/index.js";
import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { clean, run, pathsOf, cleanWithoutPhases } from "./_lib/fixtures.js";

describe("reporting_without_window: triggered by a small change and not triggered without it", () => {
  it("reporting_without_window (and lintPlan does not throw on the undatable duty)", () => {
    const plan = clean((j) => delete j.reporting[0].phaseId);
    expect(pathsOf(run(plan, "reporting_without_window"))).toEqual([["reporting", 0, "window"]]);
    expect(() => lintPlan(plan)).not.toThrow();
    expect(run(clean(), "reporting_without_window")).toEqual([]);
  });
});

describe("reporting_without_window on version-2 duties: dated as expandDeadlines dates them", () => {
  const report = (extra: object = {}) => ({ id: "result", kind: "report", description: "Báo cáo kết quả.", reportingUnitIds: ["ldld"], recipientUnitId: "tld", ...extra });

  it("takes a one-off report's due day (dueOn) as its date", () => {
    expect(run(clean((j) => j.reporting.push(report({ dueOn: "2018-04-15" }))), "reporting_without_window")).toEqual([]);
    const undated = run(clean((j) => j.reporting.push(report())), "reporting_without_window");
    expect(undated.map((f) => [f.path, f.details])).toEqual([[["reporting", 1, "window"], { dutyId: "result", kind: "report" }]]);
    expect(undated[0]?.messageVi).toContain("không ghi thời gian hay hạn nộp");
  });

  it("dates a periodic duty by the plan's own window, open or not, but not a one-off report", () => {
    expect(run(cleanWithoutPhases(), "reporting_without_window")).toEqual([]);
    expect(run(cleanWithoutPhases(() => {}, { start: "2017-07-01" }), "reporting_without_window")).toEqual([]);
    // A report that gives no due day has no deadline, whatever the plan's window (expandDeadlines gives it none).
    expect(pathsOf(run(cleanWithoutPhases((j) => j.reporting.push(report())), "reporting_without_window"))).toEqual([["reporting", 1, "window"]]);
    expect(expandDeadlines(cleanWithoutPhases((j) => j.reporting.push(report()))).filter((d) => d.dutyId === "result")).toEqual([]);
  });

  it("leaves a periodic duty of a plan that gives no time to plan_without_window (one finding, not one per duty)", () => {
    const none = cleanWithoutPhases((j) => delete j.window);
    expect(run(none, "reporting_without_window")).toEqual([]);
    expect(lintPlan(none, { rules: ["plan_without_window"] })).toHaveLength(1);
    // A one-off report without a due day is undated whatever the plan gives.
    expect(pathsOf(run(cleanWithoutPhases((j) => (delete j.window, j.reporting.push(report()))), "reporting_without_window"))).toEqual([["reporting", 1, "window"]]);
  });
});
