import { describe, expect, it } from "vitest";
import { checkDeclaredTotals } from "../../../src/index.js";
import { budgetFinding, clean, reference, run, runWithBudget, LINE } from "./_lib/fixtures.js";

describe("funding_split_mismatch: the findings of checkDeclaredTotals with that code", () => {
  it("reports each at its path, with its details, led by the budget line it concerns", () => {
    const findings = runWithBudget(clean(), "funding_split_mismatch", [
      budgetFinding("funding_split_mismatch", "error", [...LINE, "funding"], { computed: "1000", stated: "900" }),
      budgetFinding("declared_total_mismatch", "error", ["budget", "declaredTotal"]),
      budgetFinding("funding_split_mismatch", "error", ["budget", "sections", 0, "lines", 7, "funding"]),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([
      ["funding_split_mismatch", "error", [...LINE, "funding"], { computed: "1000", stated: "900" }],
      ["funding_split_mismatch", "error", ["budget", "sections", 0, "lines", 7, "funding"], {}],
    ]);
    expect(findings[0]?.message).toBe('budget line "Nhuận bút": funding_split_mismatch found');
    expect(findings[0]?.messageVi).toBe('dòng dự trù "Nhuận bút": phát hiện 22 lỗi');
    // A path that points at no line of the plan: the budget's message as it is.
    expect(findings[1]?.messageVi).toBe("phát hiện 22 lỗi");
  });

  it("does not name the line twice when the budget's message names it", () => {
    const named = { ...budgetFinding("funding_split_mismatch", "error", [...LINE, "funding"]), message: 'line "Nhuận bút" does not add up', messageVi: 'dòng "Nhuận bút" không khớp' };
    expect(runWithBudget(clean(), "funding_split_mismatch", [named]).map((f) => [f.message, f.messageVi])).toEqual([['line "Nhuận bút" does not add up', 'dòng "Nhuận bút" không khớp']]);
  });

  it("finds nothing on plans whose budgets add up", () => {
    expect(run(reference, "funding_split_mismatch")).toEqual([]);
    expect(run(clean(), "funding_split_mismatch")).toEqual([]);
  });

  it("finds it on a real budget: what checkDeclaredTotals makes of the line, led by the line it concerns", () => {
    const plan = clean((j) => {
      j.schemaVersion = 2;
      j.budget.sections[0].lines.push({ id: "l2", title: "In tờ rơi", amount: "10000000", fundingSourceId: "central", funding: [{ sourceId: "central", percent: 70 }, { sourceId: "regular", percent: 40 }], leadUnitIds: ["btg"], coordinatingUnitIds: [], activityId: "column" });
    });
    const findings = run(plan, "funding_split_mismatch");
    expect(findings.map((f) => [f.code, f.path])).toEqual([["funding_split_mismatch", ["budget", "sections", 0, "lines", 1, "funding"]]]);
    const [budget] = checkDeclaredTotals(plan).filter((f) => f.code === "funding_split_mismatch");
    expect(findings[0]?.details).toEqual(budget?.details);
    expect(findings[0]?.messageVi).toBe(`dòng dự trù "${plan.budget!.sections[0]!.lines[1]!.title}": ${budget?.messageVi}`);
  });
});
