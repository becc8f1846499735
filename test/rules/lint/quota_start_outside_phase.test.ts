import { describe, expect, it } from "vitest";
import { clean, run, pathsOf, cleanWithoutPhases } from "./_lib/fixtures.js";

describe("quota_start_outside_phase: triggered by a small change and not triggered without it", () => {
  it("quota_start_outside_phase", () => {
    const findings = run(clean((j) => (j.channels[0].quotas[0].startsIn = "2018-06")), "quota_start_outside_phase");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 0, "startsIn"]]);
    expect(findings[0]?.details).toEqual({ startsIn: "2018-06", phaseId: "phase-1", phaseStart: "2017-07-01", phaseEnd: "2018-05-31" });
    expect(run(clean((j) => (j.channels[0].quotas[0].startsIn = "2018-05")), "quota_start_outside_phase")).toEqual([]);
  });
});

describe("quota_start_outside_phase in a plan without phases (version 2): the plan's own window", () => {
  it("is the plan's own window that the starting month must share days with", () => {
    const findings = run(cleanWithoutPhases((j) => (j.channels[0].quotas[0].startsIn = "2018-06")), "quota_start_outside_phase");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 0, "startsIn"]]);
    expect(findings[0]?.details).toEqual({ startsIn: "2018-06", planStart: "2017-07-01", planEnd: "2018-05-31" });
    expect(findings[0]?.messageVi).toContain("ngoài thời gian thực hiện của kế hoạch (từ tháng 7/2017 đến tháng 5/2018)");
    expect(run(cleanWithoutPhases((j) => (j.channels[0].quotas[0].startsIn = "2018-05")), "quota_start_outside_phase")).toEqual([]);
  });

  it("accepts any month from the start of an open window on, and none before it", () => {
    const open = { start: "2017-07-15" };
    expect(run(cleanWithoutPhases((j) => (j.channels[0].quotas[0].startsIn = "2040-01"), open), "quota_start_outside_phase")).toEqual([]);
    expect(run(cleanWithoutPhases((j) => (j.channels[0].quotas[0].startsIn = "2017-07"), open), "quota_start_outside_phase")).toEqual([]);
    const early = run(cleanWithoutPhases((j) => (j.channels[0].quotas[0].startsIn = "2017-06"), open), "quota_start_outside_phase");
    expect(early.map((f) => f.details)).toEqual([{ startsIn: "2017-06", planStart: "2017-07-15" }]);
    expect(early[0]?.messageVi).toContain("(từ ngày 15/07/2017 trở đi)");
  });

  it("checks nothing in a plan that gives no time", () => {
    const none = cleanWithoutPhases((j) => {
      delete j.window;
      j.channels[0].quotas[0].startsIn = "1990-01";
    });
    expect(run(none, "quota_start_outside_phase")).toEqual([]);
  });
});
