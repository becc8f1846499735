import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetExecution, parsePlan, sumVnd, vnd, type BudgetPlan } from "../../src/index.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

const plan = parsePlan(referencePlanJson());

describe("budgetExecution", () => {
  it("gives budgeted, spent, remaining and percent per line and in total", () => {
    const result = budgetExecution(plan, [
      { lineId: "budget-i-1", amount: "15.000.000", on: "2017-08-20", id: "pc-1" },
      { lineId: "budget-i-1", amount: 10_000_000, on: "2017-09-10", id: "pc-2" },
      { lineId: "budget-i-nhuan-but", amount: 3_650_000n },
    ]);
    const video = result.lines.find((l) => l.lineId === "budget-i-1")!;
    expect([video.budgeted, video.spent, video.remaining].map(String)).toEqual(["30000000", "25000000", "5000000"]);
    expect(video.percent).toBe("83.3");
    expect(video.over).toBe(false);
    expect(result.lines.find((l) => l.lineId === "budget-ii-2")).toMatchObject({ percent: null }); // paid by the federations, no figure
    expect(result.total.budgeted.toString()).toBe("151500000");
    expect(result.total.spent.toString()).toBe("28650000");
    expect(result.total.percent).toBe("18.9");
    expect(result.findings).toEqual([]);
    expect(result.rejected).toEqual([]);
  });

  it("finds lines over budget", () => {
    const result = budgetExecution(plan, [{ lineId: "budget-i-1", amount: 32_000_000 }]);
    expect(result.findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([
      ["over_budget", "warning", ["budget", "sections", 0, "lines", 0], { budgeted: "30000000", spent: "32000000", over: "2000000" }],
    ]);
    expect(result.lines[0]?.remaining.toString()).toBe("-2000000");
    expect(result.findings[0]?.messageVi).toContain("vượt 2.000.000 đồng");
  });

  it("rejects what it cannot count, with a reason, and counts the rest", () => {
    const result = budgetExecution(
      plan,
      [
        { lineId: "nowhere", amount: 1 },
        { lineId: "budget-i-1", amount: 1.5 },
        { lineId: "budget-i-1", amount: 1, on: "2017-02-30" },
        { lineId: "budget-i-1", amount: 1, id: "a" },
        { lineId: "budget-i-1", amount: 1, id: "a" },
        { lineId: "budget-i-1", amount: 1, on: "2018-01-01" },
        null as never,
      ],
      { asOf: "2017-12-31" },
    );
    expect(result.rejected.map((r) => [r.index, r.reason])).toEqual([
      [0, "unknown_line"],
      [1, "invalid_amount"],
      [2, "invalid_date"],
      [4, "duplicate_id"],
      [5, "after_as_of"],
      [6, "malformed"],
    ]);
    expect(result.total.spent.toString()).toBe("1");
  });

  it("spent adds up to the counted entries, in any order (property)", () => {
    const ids = plan.budget!.sections.flatMap((s) => s.lines.map((l) => l.id));
    const entryArb = fc.record({ lineId: fc.constantFrom(...ids), amount: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }) });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (entries) => {
        const forward = budgetExecution(plan, entries);
        const backward = budgetExecution(plan, [...entries].reverse());
        const own = new Set(forward.lines.filter((l) => l.own).map((l) => l.lineId));
        expect(forward.total.spent.toBigInt()).toBe(entries.filter((e) => own.has(e.lineId)).reduce((a, e) => a + e.amount, 0n));
        expect(sumVnd(forward.lines.map((l) => l.spent)).toBigInt()).toBe(entries.reduce((a, e) => a + e.amount, 0n));
        expect(forward.lines.map((l) => l.spent.toString())).toEqual(backward.lines.map((l) => l.spent.toString()));
        expect(sumVnd(forward.lines.filter((l) => l.own).map((l) => l.remaining)).equals(forward.total.remaining)).toBe(true);
      }),
    );
  });

  it("reads amounts and dates as the rest of the library does, and refuses what is not an entry", () => {
    const result = budgetExecution(
      plan,
      [
        { lineId: "budget-i-1", amount: "15.000.000 đồng", on: "2017-08-20T20:00:00Z" },
        { lineId: "budget-i-1", amount: 1, id: 7 as never },
      ],
      { asOf: "2017-08-21" },
    );
    expect(result.lines[0]?.spent.toString()).toBe("15000000"); // 20:00Z on the 20th is the 21st in Vietnam, on asOf
    expect(result.rejected.map((r) => r.reason)).toEqual(["malformed"]);
    expect(thrownIssues(() => budgetExecution(plan, [], { asOf: "31/12/2016" }))).toEqual([{ path: ["asOf"], code: "invalid_date" }]);
    expect(thrownIssues(() => budgetExecution(plan, null as never))).toEqual([{ path: ["spending"], code: "invalid_type" }]);
  });

  it("keeps lines paid by other funders out of the own totals, and notes spending on them", () => {
    const json = referencePlanJson() as any;
    json.budget.sections[1].lines[1].amount = "50.000.000"; // printing, paid by the federations
    const withFigure = parsePlan(json);
    const result = budgetExecution(withFigure, [{ lineId: "budget-ii-2", amount: 5_000_000 }]);
    expect(result.total.budgeted.toString()).toBe("151500000");
    expect(result.total.spent.toString()).toBe("0");
    expect(result.lines.find((l) => l.lineId === "budget-ii-2")).toMatchObject({ own: false, percent: "10.0" });
    const unbudgeted = budgetExecution(plan, [{ lineId: "budget-ii-2", amount: 5_000_000 }]);
    expect(unbudgeted.findings.map((f) => [f.code, f.severity])).toEqual([["spent_without_budget", "info"]]);
  });

  it("reads any iterable once", () => {
    function* entries() {
      yield { lineId: "budget-i-1", amount: 5 };
      yield { lineId: "budget-i-2", amount: 7 };
    }
    expect(budgetExecution(plan, entries()).total.spent.toString()).toBe("12");
  });
});

describe("budgetExecution: lines split between sources", () => {
  const plan: BudgetPlan = {
    header: { issuerId: "tld" },
    funding: {
      sources: [
        { id: "tld", kind: "union-budget", name: "Quỹ TLĐ", funderUnitIds: ["tld"] },
        { id: "tinh", kind: "state-budget", name: "Ngân sách tỉnh", funderUnitIds: ["ubnd"] },
      ],
    },
    budget: {
      title: "Dự trù",
      sections: [
        {
          id: "s",
          title: "Mục",
          lines: [
            { id: "hoi-nghi", title: "Hội nghị", amount: vnd(100_000_000), fundingSourceId: "tld", funding: [{ sourceId: "tld", percent: 70 }, { sourceId: "tinh", percent: 30 }], leadUnitIds: [], coordinatingUnitIds: [] },
            { id: "qua", title: "Quà", fundingSourceId: "tld", funding: [{ sourceId: "tld", percent: 50 }, { sourceId: "tinh" }], leadUnitIds: [], coordinatingUnitIds: [] },
          ],
        },
      ],
    },
  };

  it("splits each line's spending between its parts in proportion to their amounts, and counts the own parts", () => {
    const result = budgetExecution(plan, [{ lineId: "hoi-nghi", amount: 10_000_001 }]);
    const line = result.lines[0]!;
    expect(line.own).toBe(true);
    expect(line.parts.map((p) => [p.fundingSourceId, p.own, p.budgeted.toString(), p.spent.toString()])).toEqual([
      ["tld", true, "70000000", "7000001"],
      ["tinh", false, "30000000", "3000000"],
    ]);
    expect([result.total.budgeted.toString(), result.total.spent.toString(), result.total.remaining.toString()]).toEqual(["70000000", "7000001", "62999999"]);
  });

  it("gives a line without an amount one part, its fundingSourceId's, with all its spending", () => {
    const result = budgetExecution(plan, [{ lineId: "qua", amount: 500 }]);
    expect(result.lines[1]!.parts.map((p) => [p.fundingSourceId, p.budgeted.toString(), p.spent.toString()])).toEqual([["tld", "0", "500"]]);
    expect(result.findings.map((f) => f.code)).toEqual(["spent_without_budget"]);
  });

  it("the parts' spending adds up to each line's, refunds included (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ lineId: fc.constantFrom("hoi-nghi", "qua"), amount: fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }) }), { maxLength: 20 }), (entries) => {
        const result = budgetExecution(plan, entries);
        for (const l of result.lines) expect(sumVnd(l.parts.map((p) => p.spent)).equals(l.spent)).toBe(true);
        expect(sumVnd(result.lines.flatMap((l) => l.parts.filter((p) => p.own).map((p) => p.spent))).equals(result.total.spent)).toBe(true);
      }),
    );
  });
});
