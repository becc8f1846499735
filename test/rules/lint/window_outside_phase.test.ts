import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { reference, clean, run, pathsOf, LINE, COLUMN } from "./_lib/fixtures.js";

describe("window_outside_phase on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("dates the award in July 2018, after phase 1 (July 2017 – May 2018)", () => {
    const [finding] = findings.filter((f) => f.code === "window_outside_phase");
    expect(finding?.details).toEqual({
      start: "2018-07-01",
      end: "2018-07-31",
      days: "31",
      daysOutside: "31",
      phaseId: "phase-1",
      phaseStart: "2017-07-01",
      phaseEnd: "2018-05-31",
    });
    expect(finding?.messageVi).toContain("tháng 7/2018");
  });
});

describe("window_outside_phase: triggered by a small change and not triggered without it", () => {
  it("window_outside_phase: activities and budget lines, against the phases together", () => {
    const late = clean((j) => (j.channels[0].activities[0].window = { start: "2017-07-01", end: "2018-06-30" }));
    const findings = run(late, "window_outside_phase");
    expect(pathsOf(findings)).toEqual([[...COLUMN, "window"]]);
    expect(findings[0]?.details).toMatchObject({ days: "365", daysOutside: "30", phaseId: "phase-1" });
    // A second phase that continues the first covers June 2018.
    const twoPhases = clean((j) => {
      j.channels[0].activities[0].window = { start: "2017-07-01", end: "2018-06-30" };
      j.phases.push({ id: "phase-2", name: "Giai đoạn 2", window: { start: "2018-06-01", end: "2018-12-31" } });
    });
    expect(run(twoPhases, "window_outside_phase")).toEqual([]);
    const line = clean((j) => (j.budget.sections[0].lines[0].window = { start: "2017-06-01", end: "2017-06-30" }));
    expect(pathsOf(run(line, "window_outside_phase"))).toEqual([[...LINE, "window"]]);
    expect(run(clean(), "window_outside_phase")).toEqual([]);
  });
});
