import { describe, expect, it } from "vitest";
import { checkDeclaredTotals } from "../../../src/index.js";
import { budgetFinding, clean, reference, run, runWithBudget, LINE } from "./_lib/fixtures.js";

describe("share_of_unknown_line: the findings of checkDeclaredTotals with that code", () => {
  it("reports each at its path, with its details, led by the budget line it concerns", () => {
    const findings = runWithBudget(clean(), "share_of_unknown_line", [
      budgetFinding("share_of_unknown_line", "warning", [...LINE, "shareOf"], { computed: "1000", stated: "900" }),
      budgetFinding("declared_total_mismatch", "error", ["budget", "declaredTotal"]),
      budgetFinding("share_of_unknown_line", "warning", ["budget", "sections", 0, "lines", 7, "shareOf"]),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([
      ["share_of_unknown_line", "warning", [...LINE, "shareOf"], { computed: "1000", stated: "900" }],
      ["share_of_unknown_line", "warning", ["budget", "sections", 0, "lines", 7, "shareOf"], {}],
    ]);
    expect(findings[0]?.message).toBe('budget line "Nhuận bút": share_of_unknown_line found');
    expect(findings[0]?.messageVi).toBe('dòng dự trù "Nhuận bút": phát hiện 21 lỗi');
    // A path that points at no line of the plan: the budget's message as it is.
    expect(findings[1]?.messageVi).toBe("phát hiện 21 lỗi");
  });

  it("does not name the line twice when the budget's message names it", () => {
    const named = { ...budgetFinding("share_of_unknown_line", "warning", [...LINE, "shareOf"]), message: 'line "Nhuận bút" does not add up', messageVi: 'dòng "Nhuận bút" không khớp' };
    expect(runWithBudget(clean(), "share_of_unknown_line", [named]).map((f) => [f.message, f.messageVi])).toEqual([['line "Nhuận bút" does not add up', 'dòng "Nhuận bút" không khớp']]);
  });

  it("finds nothing on plans whose budgets add up", () => {
    expect(run(reference, "share_of_unknown_line")).toEqual([]);
    expect(run(clean(), "share_of_unknown_line")).toEqual([]);
  });

  it("finds it on a real budget: what checkDeclaredTotals makes of the line, whose message names the line already", () => {
    const plan = clean((j) => {
      j.schemaVersion = 2;
      j.budget.sections[0].lines.push({ id: "l2", title: "Nước uống", shareOf: { lineIds: ["l9"], percent: 10 }, fundingSourceId: "central", leadUnitIds: ["btg"], coordinatingUnitIds: [], activityId: "column" });
    });
    const findings = run(plan, "share_of_unknown_line");
    expect(findings.map((f) => [f.code, f.path])).toEqual([["share_of_unknown_line", ["budget", "sections", 0, "lines", 1, "shareOf", "lineIds", 0]]]);
    const [budget] = checkDeclaredTotals(plan).filter((f) => f.code === "share_of_unknown_line");
    expect(findings[0]?.details).toEqual(budget?.details);
    expect(findings[0]?.details).toMatchObject({ lineId: "l9", reason: "unknown_line", percent: "10" });
    // The budget's message names the line already: not named twice.
    expect(findings[0]?.messageVi).toBe('"Nước uống" bằng 10% của dòng "l9", nhưng dự trù không có dòng này; phần tỷ lệ không được tính');
  });
});
