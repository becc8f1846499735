import { describe, expect, it } from "vitest";
import { clean, run, pathsOf, LINE } from "./_lib/fixtures.js";

describe("line_amount_mismatch: triggered by a small change and not triggered without it", () => {
  it("line_amount_mismatch", () => {
    const findings = run(clean((j) => (j.budget.sections[0].lines[0].amount = "29.000.000")), "line_amount_mismatch");
    expect(pathsOf(findings)).toEqual([[...LINE, "amount"]]);
    expect(findings[0]?.details).toMatchObject({ quantity: "300", unitPrice: "100000", amount: "29000000", computed: "30000000" });
    expect(findings[0]?.message).toContain('"Nhuận bút"');
    expect(run(clean(), "line_amount_mismatch")).toEqual([]);
  });
});
