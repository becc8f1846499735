import { describe, expect, it } from "vitest";
import { checkDeclaredTotals } from "../../../src/index.js";
import { budgetFinding, clean, reference, run, runWithBudget, LINE } from "./_lib/fixtures.js";

describe("share_amount_mismatch: the findings of checkDeclaredTotals with that code", () => {
  it("reports each at its path, with its details, led by the budget line it concerns", () => {
    const findings = runWithBudget(clean(), "share_amount_mismatch", [
      budgetFinding("share_amount_mismatch", "error", [...LINE, "amount"], { computed: "1000", stated: "900" }),
      budgetFinding("declared_total_mismatch", "error", ["budget", "declaredTotal"]),
      budgetFinding("share_amount_mismatch", "error", ["budget", "sections", 0, "lines", 7, "amount"]),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([
      ["share_amount_mismatch", "error", [...LINE, "amount"], { computed: "1000", stated: "900" }],
      ["share_amount_mismatch", "error", ["budget", "sections", 0, "lines", 7, "amount"], {}],
    ]);
    expect(findings[0]?.message).toBe('budget line "Nhuận bút": share_amount_mismatch found');
    expect(findings[0]?.messageVi).toBe('dòng dự trù "Nhuận bút": phát hiện 21 lỗi');
    // A path that points at no line of the plan: the budget's message as it is.
    expect(findings[1]?.messageVi).toBe("phát hiện 21 lỗi");
  });

  it("does not name the line twice when the budget's message names it", () => {
    const named = { ...budgetFinding("share_amount_mismatch", "error", [...LINE, "amount"]), message: 'line "Nhuận bút" does not add up', messageVi: 'dòng "Nhuận bút" không khớp' };
    expect(runWithBudget(clean(), "share_amount_mismatch", [named]).map((f) => [f.message, f.messageVi])).toEqual([['line "Nhuận bút" does not add up', 'dòng "Nhuận bút" không khớp']]);
  });

  it("finds nothing on plans whose budgets add up", () => {
    expect(run(reference, "share_amount_mismatch")).toEqual([]);
    expect(run(clean(), "share_amount_mismatch")).toEqual([]);
  });

  it("finds it on a real budget: what checkDeclaredTotals makes of the line, led by the line it concerns", () => {
    const plan = clean((j) => {
      j.schemaVersion = 2;
      j.budget.sections[0].lines.push({ id: "l2", title: "Nước uống", shareOf: { lineIds: ["l1"], percent: 10 }, amount: "3500000", fundingSourceId: "central", leadUnitIds: ["btg"], coordinatingUnitIds: [], activityId: "column" });
    });
    const findings = run(plan, "share_amount_mismatch");
    expect(findings.map((f) => [f.code, f.path])).toEqual([["share_amount_mismatch", ["budget", "sections", 0, "lines", 1, "amount"]]]);
    const [budget] = checkDeclaredTotals(plan).filter((f) => f.code === "share_amount_mismatch");
    expect(findings[0]?.details).toEqual(budget?.details);
    expect(findings[0]?.messageVi).toBe(`dòng dự trù "${plan.budget!.sections[0]!.lines[1]!.title}": ${budget?.messageVi}`);
  });
});
