import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { windowArb } from "../../arbitraries.js";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { reference, clean, run, pathsOf, LINE, COLUMN, cleanWithoutPhases } from "./_lib/fixtures.js";

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

describe("window_outside_phase in a plan without phases (version 2): the plan's own window", () => {
  it("is the plan's own window that a window must lie in", () => {
    const late = cleanWithoutPhases((j) => (j.channels[0].activities[0].window = { start: "2017-07-01", end: "2018-06-30" }));
    const findings = run(late, "window_outside_phase");
    expect(pathsOf(findings)).toEqual([[...COLUMN, "window"]]);
    expect(findings[0]?.details).toEqual({ start: "2017-07-01", end: "2018-06-30", days: "365", daysOutside: "30", planStart: "2017-07-01", planEnd: "2018-05-31" });
    expect(findings[0]?.messageVi).toContain("nằm ngoài thời gian thực hiện của kế hoạch (từ tháng 7/2017 đến tháng 5/2018)");
    expect(findings[0]?.message).toContain("outside the plan's window (July 2017 to May 2018)");
    expect(run(cleanWithoutPhases(), "window_outside_phase")).toEqual([]);
  });

  it("counts only the days before an open window (“Từ năm 2017 trở đi”)", () => {
    const open = { start: "2017-07-01" };
    const late = cleanWithoutPhases((j) => (j.channels[0].activities[0].window = { start: "2017-07-01", end: "2030-12-31" }), open);
    expect(run(late, "window_outside_phase")).toEqual([]);
    const early = cleanWithoutPhases((j) => (j.budget.sections[0].lines[0].window = { start: "2017-06-01", end: "2017-07-31" }), open);
    const findings = run(early, "window_outside_phase");
    expect(pathsOf(findings)).toEqual([[...LINE, "window"]]);
    expect(findings[0]?.details).toEqual({ start: "2017-06-01", end: "2017-07-31", days: "61", daysOutside: "30", planStart: "2017-07-01" });
    expect(findings[0]?.messageVi).toContain("(từ ngày 01/07/2017 trở đi)");
    expect(findings[0]?.message).toContain("(1 July 2017 onwards)");
  });

  it("finds in a plan with one phase what it finds in the same plan with that phase as its own window", () => {
    fc.assert(
      fc.property(windowArb, fc.option(windowArb, { nil: undefined }), windowArb, (phase, activity, line) => {
        const set = (j: any) => {
          if (activity === undefined) delete j.channels[0].activities[0].window;
          else j.channels[0].activities[0].window = activity;
          j.budget.sections[0].lines[0].window = line;
        };
        const withPhase = run(clean((j) => ((j.phases[0].window = phase), set(j))), "window_outside_phase");
        const withWindow = run(cleanWithoutPhases(set, phase), "window_outside_phase");
        expect(withWindow.map((f) => [f.path, f.details?.["daysOutside"]])).toEqual(withPhase.map((f) => [f.path, f.details?.["daysOutside"]]));
      }),
    );
  });
});
