import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("reporting_without_window: triggered by a small change and not triggered without it", () => {
  it("reporting_without_window (and lintPlan does not throw on the undatable duty)", () => {
    const plan = clean((j) => delete j.reporting[0].phaseId);
    expect(pathsOf(run(plan, "reporting_without_window"))).toEqual([["reporting", 0, "window"]]);
    expect(() => lintPlan(plan)).not.toThrow();
    expect(run(clean(), "reporting_without_window")).toEqual([]);
  });
});
