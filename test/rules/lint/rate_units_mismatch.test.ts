import { describe, expect, it } from "vitest";
import { checkDeclaredTotals } from "../../../src/index.js";
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
    // Only a quotation names the line: the title as a word of the message does not.
    const word = { ...named, message: "Nhuận bút per article", messageVi: "Nhuận bút theo bài" };
    expect(runWithBudget(clean(), "rate_units_mismatch", [word]).map((f) => f.messageVi)).toEqual(['dòng dự trù "Nhuận bút": Nhuận bút theo bài']);
  });

  it("finds nothing on plans whose budgets add up", () => {
    expect(run(reference, "rate_units_mismatch")).toEqual([]);
    expect(run(clean(), "rate_units_mismatch")).toEqual([]);
  });

  it("finds it on a real budget: what checkDeclaredTotals makes of the line, whose message names the line already", () => {
    const plan = clean((j) => {
      j.schemaVersion = 2;
      j.budget.sections[0].lines.push({ id: "l2", title: "Tập huấn cán bộ công đoàn cơ sở về công tác tuyên truyền trên mạng xã hội và cổng thông tin", unitPrice: "300000", unitPricePer: ["người", "buổi"], quantities: [{ quantity: 100, unit: "người" }], fundingSourceId: "central", leadUnitIds: ["btg"], coordinatingUnitIds: [], activityId: "column" });
    });
    const findings = run(plan, "rate_units_mismatch");
    expect(findings.map((f) => [f.code, f.path])).toEqual([["rate_units_mismatch", ["budget", "sections", 0, "lines", 1, "unitPricePer"]]]);
    const [budget] = checkDeclaredTotals(plan).filter((f) => f.code === "rate_units_mismatch");
    expect(findings[0]?.details).toEqual(budget?.details);
    expect(findings[0]?.details).toMatchObject({ per: "người/buổi", units: "người" });
    // The budget's message names the line, its title cut to 80 characters: the lint does not name it twice.
    expect(budget?.messageVi.startsWith('"Tập huấn cán bộ công đoàn cơ sở về công tác tuyên truyền trên mạng xã hội và ...": ')).toBe(true);
    expect([findings[0]?.message, findings[0]?.messageVi]).toEqual([budget?.message, budget?.messageVi]);
  });
});
