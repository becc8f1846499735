import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDeclaredTotals, parsePlan, sumVnd, summarizeBudget, vnd, type Plan } from "../../src/index.js";
import { planJsonArb } from "../arbitraries.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

const reference = parsePlan(referencePlanJson());

/** The reference plan with a change made to its JSON. */
function changed(change: (json: any) => void): Plan {
  const json = referencePlanJson() as any;
  change(json);
  return parsePlan(json);
}

describe("summarizeBudget on the reference plan", () => {
  const summary = summarizeBudget(reference);

  it("totals 151.500.000 with sections 111.500.000, 30.000.000, 10.000.000", () => {
    expect(summary.total.toString()).toBe("151500000");
    expect(summary.sections.map((s) => [s.label, s.total.toString()])).toEqual([
      ["I", "111500000"],
      ["II", "30000000"],
      ["III", "10000000"],
    ]);
  });

  it("puts the printing line with the federations' budget, not the central one", () => {
    const byKind = Object.fromEntries(summary.byFunder.map((f) => [f.kind, f.total.toString()]));
    expect(byKind["central-budget"]).toBe("151500000");
    expect(byKind["regular-budget"]).toBe("0"); // the line has no figure: "Kinh phí của LĐLĐ tỉnh, TP, CĐ ngành"
  });

  it("spreads dated lines over their months and keeps the royalties unscheduled", () => {
    expect(summary.unscheduled.toString()).toBe("36500000");
    expect(summary.byMonth.map((m) => m.month)).toEqual(["2017-07", "2017-08", "2017-09", "2018-07"]);
    expect(summary.byMonth.at(-1)?.total.toString()).toBe("10000000"); // the award, July 2018
    expect(sumVnd(summary.byMonth.map((m) => m.total)).add(summary.unscheduled).equals(summary.total)).toBe(true);
  });

  it("attributes lines to lead units and channels", () => {
    const byUnit = Object.fromEntries(summary.byUnit.map((u) => [u.unitId ?? "(none)", u.total.toString()]));
    expect(byUnit["ban-tuyen-giao"]).toBe("36500000");
    expect(sumVnd(summary.byUnit.map((u) => u.total)).equals(summary.total)).toBe(true);
    expect(sumVnd(summary.byChannel.map((c) => c.total)).equals(summary.total)).toBe(true);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(summary) && Object.isFrozen(summary.sections) && Object.isFrozen(summary.byMonth[0])).toBe(true);
  });
});

describe("checkDeclaredTotals", () => {
  it("finds nothing in the reference plan: its figures add up", () => {
    expect(checkDeclaredTotals(reference)).toEqual([]);
  });

  it("reports each declared figure that differs, with its path and the difference", () => {
    const plan = changed((json) => {
      json.budget.sections[0].declaredTotal = "111.000.000";
      json.budget.declaredTotal = "152.000.000";
    });
    const findings = checkDeclaredTotals(plan);
    expect(findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([
      ["declared_total_mismatch", "error", ["budget", "sections", 0, "declaredTotal"], { declared: "111000000", computed: "111500000", difference: "-500000" }],
      ["declared_total_mismatch", "error", ["budget", "declaredTotal"], { declared: "152000000", computed: "151500000", difference: "500000" }],
    ]);
    expect(findings[0]?.message).toContain("500.000 đồng less");
    expect(findings[0]?.messageVi).toContain("thiếu 500.000 đồng");
  });

  it("checks quantity × unit price against the amount", () => {
    const plan = changed((json) => {
      const royalties = json.budget.sections[0].lines.find((l: any) => l.unitPrice !== undefined);
      royalties.product.quantity = 335;
    });
    const findings = checkDeclaredTotals(plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "line_amount_mismatch", details: { computed: "33500000", amount: "36500000", difference: "3000000" } });
  });

  it("warns about a central line without an amount, and prices it from quantity × unit price when it has none", () => {
    const plan = changed((json) => {
      const royalties = json.budget.sections[0].lines.find((l: any) => l.unitPrice !== undefined);
      delete royalties.amount;
      delete json.budget.sections[0].lines[0].amount;
    });
    const findings = checkDeclaredTotals(plan);
    expect(findings.map((f) => f.code)).toEqual(["central_line_without_amount", "declared_total_mismatch", "declared_total_mismatch"]);
    expect(summarizeBudget(plan).total.toString()).toBe("121500000"); // 151.5M − the 30M video; royalties priced 365 × 100.000
  });
});

describe("summaries of any plan (properties)", () => {
  it("every view of the central budget adds up to its total, and the funders to all amounts", () => {
    fc.assert(
      fc.property(planJsonArb, (json) => {
        const plan = parsePlan(json);
        const summary = summarizeBudget(plan);
        const total = summary.total;
        expect(sumVnd(summary.sections.map((s) => s.total)).equals(total)).toBe(true);
        expect(sumVnd(summary.byUnit.map((s) => s.total)).equals(total)).toBe(true);
        expect(sumVnd(summary.byChannel.map((s) => s.total)).equals(total)).toBe(true);
        expect(sumVnd(summary.byMonth.map((s) => s.total)).add(summary.unscheduled).equals(total)).toBe(true);
        const central = summary.byFunder.find((f) => f.kind === "central-budget");
        expect(central?.total.equals(total)).toBe(true);
        const lineAmounts = (plan.budget?.sections ?? []).flatMap((s) =>
          s.lines.map((l) => l.amount ?? (l.unitPrice && l.product?.quantity !== undefined ? l.unitPrice.multiply(l.product.quantity) : vnd(0))),
        );
        expect(sumVnd(summary.byFunder.map((f) => f.total)).equals(sumVnd(lineAmounts))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("does not depend on the order of lines within a section", () => {
    fc.assert(
      fc.property(planJsonArb, (json) => {
        const reversed = structuredClone(json) as any;
        for (const section of reversed.budget?.sections ?? []) section.lines.reverse();
        const a = summarizeBudget(parsePlan(json));
        const b = summarizeBudget(parsePlan(reversed));
        expect(a.total.equals(b.total)).toBe(true);
        expect(a.byMonth.map((m) => [m.month, m.total.toString()])).toEqual(b.byMonth.map((m) => [m.month, m.total.toString()]));
        expect(a.sections.map((s) => s.total.toString())).toEqual(b.sections.map((s) => s.total.toString()));
      }),
      { numRuns: 100 },
    );
  });
});

describe("budgets built by an app", () => {
  const base = {
    funding: { sources: [{ id: "c", kind: "central-budget", name: "TLĐ" }] },
    budget: { title: "Dự trù", sections: [{ id: "s", title: "Mục", lines: [] as any[] }] },
  };
  const line = (extra: object) => ({ id: "l", title: "Dòng", fundingSourceId: "c", leadUnitIds: [], coordinatingUnitIds: [], ...extra });

  it("reads amounts given as numbers or digit strings", () => {
    const plan = { ...base, budget: { ...base.budget, sections: [{ id: "s", title: "Mục", lines: [line({ amount: 1000 }), line({ id: "m", amount: "2.000" })] }] } };
    expect(summarizeBudget(plan as never).total.toString()).toBe("3000");
  });

  it("answers a bad quantity, amount or shape with a PlanError naming the path", () => {
    const quantity = { ...base, budget: { ...base.budget, sections: [{ id: "s", title: "Mục", lines: [line({ unitPrice: 100, product: { quantity: 2.5 } })] }] } };
    expect(thrownIssues(() => summarizeBudget(quantity as never))).toEqual([{ path: ["budget", "sections", 0, "lines", 0, "product", "quantity"], code: "invalid_quantity" }]);
    const amount = { ...base, budget: { ...base.budget, sections: [{ id: "s", title: "Mục", lines: [line({ amount: 1.5 })] }] } };
    expect(thrownIssues(() => checkDeclaredTotals(amount as never))).toEqual([{ path: ["budget", "sections", 0, "lines", 0, "amount"], code: "invalid_amount" }]);
    expect(thrownIssues(() => summarizeBudget(null as never))).toEqual([{ path: [], code: "invalid_type" }]);
    expect(thrownIssues(() => summarizeBudget({} as never))).toEqual([{ path: ["funding", "sources"], code: "invalid_type" }]);
  });
});
