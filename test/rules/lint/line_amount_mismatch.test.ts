import { describe, expect, it } from "vitest";
import { clean, run, pathsOf, LINE, runWithBudget, budgetFinding } from "./_lib/fixtures.js";

describe("line_amount_mismatch: triggered by a small change and not triggered without it", () => {
  it("line_amount_mismatch", () => {
    const findings = run(clean((j) => (j.budget.sections[0].lines[0].amount = "29.000.000")), "line_amount_mismatch");
    expect(pathsOf(findings)).toEqual([[...LINE, "amount"]]);
    expect(findings[0]?.details).toMatchObject({ quantity: "300", unitPrice: "100000", amount: "29000000", computed: "30000000" });
    expect(findings[0]?.message).toContain('"Nhuận bút"');
    expect(run(clean(), "line_amount_mismatch")).toEqual([]);
  });
});

describe("line_amount_mismatch: the line a finding points into", () => {
  it("names the line by its place, and a path that holds no line of the plan by the path", () => {
    const findings = runWithBudget(clean(), "line_amount_mismatch", [
      budgetFinding("line_amount_mismatch", "error", [...LINE, "amount"]),
      budgetFinding("line_amount_mismatch", "error", ["budget", "sections", 5, "lines", 0, "amount"]),
    ]);
    expect(findings.map((f) => f.messageVi)).toEqual(['dòng dự trù "Nhuận bút": phát hiện 20 lỗi', 'dòng dự trù "budget.sections.5.lines.0.amount": phát hiện 20 lỗi']);
  });
});
