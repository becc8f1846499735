import { describe, expect, it } from "vitest";
import { budgetFinding, clean, reference, run, runWithBudget, LINE } from "./_lib/fixtures.js";

describe("rate_units_mismatch: the findings of checkDeclaredTotals with that code", () => {
  it("reports each at its path, with its details, led by the budget line it concerns", () => {
    const findings = runWithBudget(clean(), "rate_units_mismatch", [
      budgetFinding("rate_units_mismatch", "warning", [...LINE, "unitPricePer"], { computed: "1000", stated: "900" }),
      budgetFinding("declared_total_mismatch", "error", ["budget", "declaredTotal"]),
      budgetFinding("rate_units_mismatch", "warning", ["budget", "sections", 0, "lines", 7, "unitPricePer"]),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([
      ["rate_units_mismatch", "warning", [...LINE, "unitPricePer"], { computed: "1000", stated: "900" }],
      ["rate_units_mismatch", "warning", ["budget", "sections", 0, "lines", 7, "unitPricePer"], {}],
    ]);
    expect(findings[0]?.message).toBe('budget line "Nhuận bút": rate_units_mismatch found');
    expect(findings[0]?.messageVi).toBe('dòng dự trù "Nhuận bút": phát hiện 19 lỗi');
    // A path that points at no line of the plan: the budget's message as it is.
    expect(findings[1]?.messageVi).toBe("phát hiện 19 lỗi");
  });

  it("does not name the line twice when the budget's message names it", () => {
    const named = { ...budgetFinding("rate_units_mismatch", "warning", [...LINE, "unitPricePer"]), message: 'line "Nhuận bút" does not add up', messageVi: 'dòng "Nhuận bút" không khớp' };
    expect(runWithBudget(clean(), "rate_units_mismatch", [named]).map((f) => [f.message, f.messageVi])).toEqual([['line "Nhuận bút" does not add up', 'dòng "Nhuận bút" không khớp']]);
  });

  it("finds nothing on plans whose budgets add up", () => {
    expect(run(reference, "rate_units_mismatch")).toEqual([]);
    expect(run(clean(), "rate_units_mismatch")).toEqual([]);
  });

  it.todo("finds it on a real budget once the lead merges budget-v2 (checkDeclaredTotals then makes rate_units_mismatch)");
});
