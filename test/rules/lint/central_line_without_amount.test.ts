import { describe, expect, it } from "vitest";
import { clean, run, pathsOf, LINE } from "./_lib/fixtures.js";

describe("central_line_without_amount: triggered by a small change and not triggered without it", () => {
  it("central_line_without_amount", () => {
    const plan = clean((j) => {
      delete j.budget.sections[0].lines[0].amount;
      delete j.budget.sections[0].lines[0].unitPrice;
    });
    expect(pathsOf(run(plan, "central_line_without_amount"))).toEqual([[...LINE, "amount"]]);
    // A line that another funder pays needs no figure.
    const regular = clean((j) => {
      const line = j.budget.sections[0].lines[0];
      delete line.amount;
      delete line.unitPrice;
      line.fundingSourceId = "regular";
    });
    expect(run(regular, "central_line_without_amount")).toEqual([]);
  });
});
