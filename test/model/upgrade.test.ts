/**
 * Issue 12, "Versions": every version-1 document still parses, upgraded on read, and planToJSON writes version 2.
 * Version 2 only adds to version 1, so the upgrade keeps every value of the document and sets the version.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan, planToJSON, safeParsePlan, summarizeBudget, lintPlan, expandDeadlines } from "../../src/index.js";
import { planJsonArb } from "../arbitraries.js";
import { referencePlanJson } from "../fixtures.js";

describe("version-1 documents", () => {
  it("the reference plan (version 1) parses as version 2, with every figure and result as before", () => {
    const json = referencePlanJson();
    expect(json.schemaVersion).toBe(1);
    const plan = parsePlan(json);
    expect(plan.schemaVersion).toBe(2);
    expect(summarizeBudget(plan).total.toString()).toBe("151500000");
    expect(lintPlan(plan)).toHaveLength(24);
    expect(expandDeadlines(plan)).toHaveLength(8 * 11 + 8 + 1);
    const written = planToJSON(plan);
    expect(written.schemaVersion).toBe(2);
    expect(parsePlan(written)).toEqual(plan);
  });

  it("generated version-1 plans: upgraded on read, written as version 2, nothing of the document lost", () => {
    fc.assert(
      fc.property(planJsonArb, (json) => {
        expect(json.schemaVersion).toBe(1);
        const result = safeParsePlan(json);
        expect(result.success).toBe(true);
        if (!result.success) return;
        const written = planToJSON(result.data) as unknown as Record<string, unknown>;
        expect(written["schemaVersion"]).toBe(2);
        expect(parsePlan(written)).toEqual(result.data);
        // Every part of the version-1 document is still there, under its own name.
        for (const key of Object.keys(json)) expect(written, key).toHaveProperty(key);
      }),
      { numRuns: 100 },
    );
  });

  it("rejects a version it does not know", () => {
    const json = { ...referencePlanJson(), schemaVersion: 3 };
    const result = safeParsePlan(json);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([[["schemaVersion"], "invalid_value"]]);
  });
});
