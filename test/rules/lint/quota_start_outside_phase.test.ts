import { describe, expect, it } from "vitest";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("quota_start_outside_phase: triggered by a small change and not triggered without it", () => {
  it("quota_start_outside_phase", () => {
    const findings = run(clean((j) => (j.channels[0].quotas[0].startsIn = "2018-06")), "quota_start_outside_phase");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 0, "startsIn"]]);
    expect(findings[0]?.details).toEqual({ startsIn: "2018-06", phaseId: "phase-1", phaseStart: "2017-07-01", phaseEnd: "2018-05-31" });
    expect(run(clean((j) => (j.channels[0].quotas[0].startsIn = "2018-05")), "quota_start_outside_phase")).toEqual([]);
  });
});
