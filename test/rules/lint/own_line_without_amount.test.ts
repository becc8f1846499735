import { describe, expect, it } from "vitest";
import { budgetFinding, clean, run, pathsOf, runWithBudget, LINE } from "./_lib/fixtures.js";

describe("own_line_without_amount: triggered by a small change and not triggered without it", () => {
  it("own_line_without_amount (formerly central_line_without_amount)", () => {
    const plan = clean((j) => {
      delete j.budget.sections[0].lines[0].amount;
      delete j.budget.sections[0].lines[0].unitPrice;
    });
    expect(pathsOf(run(plan, "own_line_without_amount"))).toEqual([[...LINE, "amount"]]);
    expect(run(plan, "own_line_without_amount").map((f) => [f.code, f.severity])).toEqual([["own_line_without_amount", "warning"]]);
    // A line that another funder pays needs no figure.
    const regular = clean((j) => {
      const line = j.budget.sections[0].lines[0];
      delete line.amount;
      delete line.unitPrice;
      line.fundingSourceId = "regular";
    });
    expect(run(regular, "own_line_without_amount")).toEqual([]);
  });

  it("takes checkDeclaredTotals' findings of its code, and of the code's earlier name, and no other", () => {
    const findings = runWithBudget(clean(), "own_line_without_amount", [
      budgetFinding("own_line_without_amount", "warning", [...LINE, "amount"]),
      budgetFinding("central_line_without_amount", "warning", ["budget", "sections", 0, "lines", 1, "amount"]),
      budgetFinding("declared_total_mismatch", "error", ["budget", "declaredTotal"]),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ["own_line_without_amount", "warning", [...LINE, "amount"]],
      ["own_line_without_amount", "warning", ["budget", "sections", 0, "lines", 1, "amount"]],
    ]);
    expect(findings[0]?.messageVi).toBe("phát hiện 23 lỗi");
  });
});
