import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { reference, clean, run, pathsOf, cleanWithoutPhases } from "./_lib/fixtures.js";

describe("report_before_phase_end on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("leaves May 2018 out of the phase report due in April", () => {
    const [finding] = findings.filter((f) => f.code === "report_before_phase_end");
    expect(finding?.details).toMatchObject({ dutyId: "report-phase-1", due: "2018-04-30", phaseEnd: "2018-05-31", daysLeft: "31" });
    // Dates as a reader reads them: day and month on two digits in Vietnamese, words in English; never ISO.
    expect(finding?.messageVi).toContain("có hạn ngày 30/04/2018");
    expect(finding?.messageVi).toContain("(31/05/2018)");
    expect(finding?.message).toContain("due on 30 April 2018");
    for (const f of findings) expect(`${f.message} ${f.messageVi}`).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
  });
});

describe("report_before_phase_end: triggered by a small change and not triggered without it", () => {
  it("report_before_phase_end", () => {
    const report = (window: object) =>
      clean((j) =>
        j.reporting.push({ id: "phase-report", kind: "report", description: "Báo cáo sơ kết.", reportingUnitIds: ["ldld"], recipientUnitId: "tld", window, phaseId: "phase-1" }),
      );
    const findings = run(report({ start: "2018-04-01", end: "2018-04-30" }), "report_before_phase_end");
    expect(pathsOf(findings)).toEqual([["reporting", 1, "window"]]);
    expect(findings[0]?.details).toEqual({ dutyId: "phase-report", due: "2018-04-30", phaseId: "phase-1", phaseEnd: "2018-05-31", daysLeft: "31" });
    expect(lintPlan(report({ start: "2018-05-01", end: "2018-05-31" }))).toEqual([]);
  });
});

describe("report_before_phase_end on version 2", () => {
  const report = (id: string, extra: object) => ({ id, kind: "report", description: `Báo cáo ${id}.`, reportingUnitIds: ["ldld"], recipientUnitId: "tld", ...extra });

  it("takes a phase report's due day (dueOn)", () => {
    const findings = run(clean((j) => j.reporting.push(report("phase-report", { dueOn: "2018-05-20", phaseId: "phase-1" }))), "report_before_phase_end");
    expect(pathsOf(findings)).toEqual([["reporting", 1, "dueOn"]]);
    expect(findings[0]?.details).toEqual({ dutyId: "phase-report", due: "2018-05-20", phaseId: "phase-1", phaseEnd: "2018-05-31", daysLeft: "11" });
  });

  it("in a plan without phases, compares the plan's last report with the end of the plan's own window", () => {
    const findings = run(cleanWithoutPhases((j) => j.reporting.push(report("interim", { dueOn: "2017-12-15" }), report("final", { dueOn: "2018-05-25" }))), "report_before_phase_end");
    expect(pathsOf(findings)).toEqual([["reporting", 2, "dueOn"]]);
    expect(findings[0]?.details).toEqual({ dutyId: "final", due: "2018-05-25", planEnd: "2018-05-31", daysLeft: "6" });
    expect(findings[0]?.messageVi).toContain("báo cáo cuối cùng của kế hoạch, có hạn ngày 25/05/2018, 6 ngày trước khi thời gian thực hiện kế hoạch kết thúc (31/05/2018)");
    // The interim report is not flagged; a last report due when the plan ends is not either.
    expect(run(cleanWithoutPhases((j) => j.reporting.push(report("interim", { dueOn: "2017-12-15" }), report("final", { dueOn: "2018-05-31" }))), "report_before_phase_end")).toEqual([]);
    // An open window has no end to fall short of.
    expect(run(cleanWithoutPhases((j) => j.reporting.push(report("final", { dueOn: "2018-05-25" })), { start: "2017-07-01" }), "report_before_phase_end")).toEqual([]);
  });
});
