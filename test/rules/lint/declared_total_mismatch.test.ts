import { describe, expect, it } from "vitest";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("declared_total_mismatch: triggered by a small change and not triggered without it", () => {
  it("declared_total_mismatch", () => {
    const findings = run(clean((j) => (j.budget.declaredTotal = "31.000.000")), "declared_total_mismatch");
    expect(pathsOf(findings)).toEqual([["budget", "declaredTotal"]]);
    expect(findings[0]?.details).toEqual({ declared: "31000000", computed: "30000000", difference: "1000000" });
    expect(findings[0]?.severity).toBe("error");
    expect(run(clean(), "declared_total_mismatch")).toEqual([]);
  });
});
