import { describe, expect, it } from "vitest";
import { checkDeclaredTotals } from "../../../src/index.js";
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

  it("reads the plan's own money as version 2 defines it: a source funded by the issuer, whatever its kind", () => {
    // A rate with no quantity ("1.300.000 đồng/người"), paid from a regular budget that the issuer funds.
    const rate = (funderUnitIds: string[]) =>
      clean((j) => {
        j.schemaVersion = 2;
        j.funding.sources[1].funderUnitIds = funderUnitIds;
        const line = j.budget.sections[0].lines[0];
        delete line.amount;
        delete line.product;
        Object.assign(line, { unitPrice: "1300000", unitPricePer: ["người"], fundingSourceId: "regular" });
      });
    const own = rate(["tld"]);
    const findings = run(own, "own_line_without_amount");
    expect(findings.map((f) => [f.code, f.path, f.details])).toEqual([["own_line_without_amount", [...LINE, "amount"], { unitPrice: "1300000", per: "người" }]]);
    // The budget's message names the line: the lint reports it as it is.
    const [budget] = checkDeclaredTotals(own).filter((f) => f.code === "own_line_without_amount");
    expect([findings[0]?.message, findings[0]?.messageVi]).toEqual([budget?.message, budget?.messageVi]);
    expect(findings[0]?.messageVi).toContain('"Nhuận bút"');
    // The same line paid by the provincial federations' money is theirs to figure.
    expect(run(rate(["ldld"]), "own_line_without_amount")).toEqual([]);
  });

  it("takes checkDeclaredTotals' findings of its code and no other, not even of its earlier name", () => {
    const findings = runWithBudget(clean(), "own_line_without_amount", [
      budgetFinding("own_line_without_amount", "warning", [...LINE, "amount"]),
      budgetFinding("central_line_without_amount", "warning", ["budget", "sections", 0, "lines", 1, "amount"]),
      budgetFinding("declared_total_mismatch", "error", ["budget", "declaredTotal"]),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([["own_line_without_amount", "warning", [...LINE, "amount"]]]);
    expect(findings[0]?.messageVi).toBe("phát hiện 23 lỗi");
  });
});
