import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, budgetExecution, checkDeclaredTotals, parsePlan, splitWindow, sumVnd, summarizeBudget, vnd, type BudgetLineLike, type BudgetPlan, type Plan } from "../../src/index.js";
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

  it("warns about an own line without an amount, and prices it from quantity × unit price when it has none", () => {
    const plan = changed((json) => {
      const royalties = json.budget.sections[0].lines.find((l: any) => l.unitPrice !== undefined);
      delete royalties.amount;
      delete json.budget.sections[0].lines[0].amount;
    });
    const findings = checkDeclaredTotals(plan);
    expect(findings.map((f) => f.code)).toEqual(["own_line_without_amount", "declared_total_mismatch", "declared_total_mismatch"]);
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

describe("summarizeBudget against a plain reading of the lines", () => {
  /** The summary as a plain loop computes it: bigint sums in maps, allocate for shared leads and month spreads. */
  function plainSummary(plan: BudgetPlan) {
    const kinds = new Map(plan.funding.sources.map((s) => [s.id, s.kind] as const));
    const sections = plan.budget!.sections.map(() => 0n);
    const funders = new Map(plan.funding.sources.map((s) => [s.id, 0n] as const));
    const units = new Map<string | null, bigint>();
    const channels = new Map<string | null, bigint>();
    const months = new Map<string, bigint>();
    let unscheduled = 0n;
    const channelOf = new Map<string, string>();
    for (const c of plan.channels ?? []) for (const a of c.activities) channelOf.set(a.id, c.id);
    const add = <K>(map: Map<K, bigint>, key: K, v: bigint) => map.set(key, (map.get(key) ?? 0n) + v);
    plan.budget!.sections.forEach((section, s) =>
      section.lines.forEach((line) => {
        const q = line.product?.quantity;
        const amount = line.amount?.toBigInt() ?? (line.unitPrice !== undefined && q !== undefined ? line.unitPrice.toBigInt() * BigInt(q) : undefined);
        if (amount === undefined) return;
        add(funders, line.fundingSourceId, amount);
        if (kinds.get(line.fundingSourceId) !== "central-budget") return;
        sections[s]! += amount;
        if (line.leadUnitIds.length <= 1) add(units, line.leadUnitIds[0] ?? null, amount);
        else allocate(vnd(amount), line.leadUnitIds.map(() => 1)).forEach((share, i) => add(units, line.leadUnitIds[i]!, share.toBigInt()));
        add(channels, (line.activityId === undefined ? undefined : channelOf.get(line.activityId)) ?? null, amount);
        if (line.window === undefined) unscheduled += amount;
        else {
          const parts = splitWindow(line.window, "month");
          allocate(vnd(amount), parts.map((m) => m.days)).forEach((share, i) => add(months, parts[i]!.key, share.toBigInt()));
        }
      }),
    );
    const str = <K>(m: Map<K, bigint>) => [...m].map(([k, v]) => [k, v.toString()]);
    return {
      total: sections.reduce((a, b) => a + b, 0n).toString(),
      sections: sections.map(String),
      byFunder: str(funders),
      byUnit: str(units),
      byChannel: str(channels),
      byMonth: str(months).sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)),
      unscheduled: unscheduled.toString(),
    };
  }
  const view = (s: ReturnType<typeof summarizeBudget>) => ({
    total: s.total.toString(),
    sections: s.sections.map((x) => x.total.toString()),
    byFunder: s.byFunder.map((x) => [x.fundingSourceId, x.total.toString()]),
    byUnit: s.byUnit.map((x) => [x.unitId, x.total.toString()]),
    byChannel: s.byChannel.map((x) => [x.channelId, x.total.toString()]),
    byMonth: s.byMonth.map((x) => [x.month, x.total.toString()]),
    unscheduled: s.unscheduled.toString(),
  });

  const windows = [
    { start: "2017-07-01", end: "2017-07-31" },
    { start: "2017-07-15", end: "2017-09-02" },
    { start: "2017-01-31", end: "2018-12-01" }, // 24 months
    { start: "2016-02-29", end: "2016-03-01" },
  ];
  const amountArb = fc.oneof(
    fc.integer({ min: -1_000_000, max: 10_000_000_000 }).map((n) => vnd(n)),
    fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map((n) => vnd(n)),
    fc.constantFrom(vnd(2 ** 52), vnd(-(2 ** 52)), vnd(2 ** 52 + 1), vnd(Number.MAX_SAFE_INTEGER), vnd(2n ** 53n + 1n)),
  );
  const lineArb = fc.record({
    amount: fc.option(amountArb, { nil: undefined }),
    unitPrice: fc.option(amountArb, { nil: undefined }),
    quantity: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    fundingSourceId: fc.constantFrom("central", "central", "regular", "nobody"),
    leadUnitIds: fc.subarray(["u1", "u2", "u3", "u4"]),
    activityId: fc.constantFrom("a1", "a2", "a3", undefined),
    window: fc.option(fc.constantFrom(...windows), { nil: undefined }),
  });
  const planArb = fc.array(fc.array(lineArb, { maxLength: 12 }), { minLength: 1, maxLength: 3 }).map(
    (sections): BudgetPlan => ({
      funding: { sources: [{ id: "central", kind: "central-budget", name: "TLĐ" }, { id: "regular", kind: "regular-budget", name: "LĐLĐ" }] },
      channels: [{ id: "c1", activities: [{ id: "a1" }] }, { id: "c2", activities: [{ id: "a2" }] }],
      budget: {
        title: "Dự trù",
        sections: sections.map((lines, s) => ({
          id: `s${s}`,
          title: `Mục ${s}`,
          lines: lines.map((l, j) => ({
            id: `l${s}-${j}`,
            title: "Dòng",
            fundingSourceId: l.fundingSourceId,
            leadUnitIds: l.leadUnitIds,
            coordinatingUnitIds: [],
            ...(l.amount === undefined ? {} : { amount: l.amount }),
            ...(l.unitPrice === undefined ? {} : { unitPrice: l.unitPrice }),
            ...(l.quantity === undefined ? {} : { product: { quantity: l.quantity } }),
            ...(l.activityId === undefined ? {} : { activityId: l.activityId }),
            ...(l.window === undefined ? {} : { window: l.window }),
          })),
        })),
      },
    }),
  );

  it("gives the same figures, to the đồng, for any amounts (beyond 2^53 and negative too), leads and windows", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(view(summarizeBudget(plan))).toEqual(plainSummary(plan));
      }),
      { numRuns: 400 },
    );
  });

  it("reports a bad amount before a bad window that comes earlier, as when every amount was read first", () => {
    const plan: BudgetPlan = {
      funding: { sources: [{ id: "central", kind: "central-budget", name: "TLĐ" }] },
      budget: {
        title: "Dự trù",
        sections: [
          { id: "s0", title: "Mục", lines: [{ id: "a", title: "A", amount: vnd(5), fundingSourceId: "central", leadUnitIds: [], coordinatingUnitIds: [], window: { start: "2017-09-01", end: "2017-08-01" } }] },
          { id: "s1", title: "Mục", lines: [{ id: "b", title: "B", amount: "1,5" as never, fundingSourceId: "central", leadUnitIds: [], coordinatingUnitIds: [] }] },
        ],
      },
    };
    expect(thrownIssues(() => summarizeBudget(plan)).map((i) => [i.code, i.path])).toEqual([["invalid_amount", ["budget", "sections", 1, "lines", 0, "amount"]]]);
  });

  it("skips holes in sparse lists, as it always did", () => {
    const sparse = [] as unknown as { id: string; title: string; amount: ReturnType<typeof vnd>; fundingSourceId: string; leadUnitIds: string[]; coordinatingUnitIds: string[] }[];
    sparse[2] = { id: "x", title: "X", amount: vnd(7), fundingSourceId: "central", leadUnitIds: [], coordinatingUnitIds: [] };
    const plan: BudgetPlan = { funding: { sources: [{ id: "central", kind: "central-budget", name: "TLĐ" }] }, budget: { title: "Dự trù", sections: [{ id: "s", title: "S", lines: sparse }] } };
    expect(summarizeBudget(plan).total.toString()).toBe("7");
  });
});

describe("summarizeBudget: the plan's own money", () => {
  /** Two sections; the lines' sources and splits as given. */
  const planWith = (lines: readonly (Partial<BudgetLineLike> & { section?: number })[], header: BudgetPlan["header"] | null = { issuerId: "tld" }): BudgetPlan => ({
    ...(header === null ? {} : { header }),
    funding: {
      sources: [
        { id: "quy-tld", kind: "union-budget", name: "Quỹ hoạt động thường xuyên của TLĐ", funderUnitIds: ["tld"] },
        { id: "ho-tro", kind: "union-budget", name: "Hỗ trợ từ TLĐ", funderUnitIds: ["tld", "ban-tai-chinh"] },
        { id: "ldld", kind: "regular-budget", name: "Kinh phí thường xuyên của LĐLĐ", funderUnitIds: ["ldld"] },
        { id: "cu", kind: "central-budget", name: "Ngân sách (phiên bản 1)" },
        { id: "cu-khac", kind: "central-budget", name: "Ngân sách của đơn vị khác", funderUnitIds: ["ldld"] },
      ],
    },
    budget: {
      title: "Dự trù",
      sections: [0, 1].map((s) => ({
        id: `s${s}`,
        title: `Mục ${s}`,
        lines: lines
          .map((l, j) => ({ l, j }))
          .filter(({ l }) => (l.section ?? 0) === s)
          .map(({ l, j }) => ({ id: `l${j}`, title: `Dòng ${j}`, fundingSourceId: "quy-tld", leadUnitIds: [], coordinatingUnitIds: [], ...l })),
      })),
    },
  });

  it("is what the sources the issuer or a co-issuer funds pay, whatever their kind", () => {
    const plan = planWith([
      { amount: vnd(1_000) },
      { amount: vnd(200), fundingSourceId: "ho-tro" },
      { amount: vnd(30), fundingSourceId: "ldld" },
      { amount: vnd(4), fundingSourceId: "cu", section: 1 },
      { amount: vnd(50_000), fundingSourceId: "cu-khac", section: 1 },
    ]);
    const summary = summarizeBudget(plan);
    expect(summary.total.toString()).toBe("1204");
    expect(summary.sections.map((s) => s.total.toString())).toEqual(["1200", "4"]);
    expect(summary.byFunder.map((f) => [f.fundingSourceId, f.own, f.total.toString()])).toEqual([
      ["quy-tld", true, "1000"],
      ["ho-tro", true, "200"],
      ["ldld", false, "30"],
      ["cu", true, "4"],
      ["cu-khac", false, "50000"],
    ]);
    expect(summary.all.total.toString()).toBe("51234");
    // A co-issuer's sources are the plan's own too.
    expect(summarizeBudget(planWith([{ amount: vnd(30), fundingSourceId: "ldld" }], { issuerId: "tld", coIssuerIds: ["ldld"] })).total.toString()).toBe("30");
    // Without a header, only a source of kind central-budget that names no funder is the plan's own.
    expect(summarizeBudget(planWith([{ amount: vnd(1_000) }, { amount: vnd(4), fundingSourceId: "cu" }], null)).total.toString()).toBe("4");
  });

  it("groups the totals by funder units", () => {
    const summary = summarizeBudget(planWith([{ amount: vnd(1_000) }, { amount: vnd(30), fundingSourceId: "ldld" }, { amount: vnd(7), fundingSourceId: "cu-khac" }]));
    expect(summary.byFunderUnits.map((g) => [g.unitIds, g.own, g.total.toString(), g.priced])).toEqual([
      [["tld"], true, "1000", 1],
      [["tld", "ban-tai-chinh"], true, "0", 0],
      [["ldld"], false, "37", 2],
      [[], true, "0", 0],
    ]);
  });

  it("counts the lines with and without an amount, so that no figure is not read as zero", () => {
    const plan = planWith([{ unitPrice: vnd(1_300_000), unitPricePer: ["người"] }, { amountText: "nếu có", fundingSourceId: "ldld" }]);
    const summary = summarizeBudget(plan);
    expect([summary.total.toString(), summary.priced, summary.unpriced]).toEqual(["0", 0, 1]);
    expect([summary.all.priced, summary.all.unpriced]).toEqual([0, 2]);
    expect(summary.sections.map((s) => [s.priced, s.unpriced])).toEqual([
      [0, 1],
      [0, 0],
    ]);
    expect(summary.byFunder.filter((f) => f.unpriced > 0).map((f) => f.fundingSourceId)).toEqual(["quy-tld", "ldld"]);
  });

  it("says how much of each total is ceilings", () => {
    const plan = planWith([
      { amount: vnd(1_000), cap: true, window: { start: "2017-07-01", end: "2017-08-31" }, leadUnitIds: ["a", "b"] },
      { amount: vnd(500) },
      { amount: vnd(70), cap: true, fundingSourceId: "ldld", section: 1 },
    ]);
    const summary = summarizeBudget(plan);
    expect([summary.total.toString(), summary.ceilings.toString()]).toEqual(["1500", "1000"]);
    expect([summary.all.total.toString(), summary.all.ceilings.toString()]).toEqual(["1570", "1070"]);
    expect(summary.sections.map((s) => s.ceilings.toString())).toEqual(["1000", "0"]);
    expect(summary.byMonth.map((m) => [m.month, m.total.toString(), m.ceilings.toString()])).toEqual([
      ["2017-07", "500", "500"],
      ["2017-08", "500", "500"],
    ]);
    expect(summary.byUnit.map((u) => [u.unitId, u.ceilings.toString()])).toEqual([
      ["a", "500"],
      ["b", "500"],
      [null, "0"],
    ]);
    expect([summary.unscheduled.toString(), summary.unscheduledCeilings.toString()]).toEqual(["500", "0"]);
  });

  it("counts each part of a split line for its source, and the own parts in the own views", () => {
    const plan = planWith([
      {
        amount: vnd(100_000_001),
        funding: [
          { sourceId: "quy-tld", percent: 70 },
          { sourceId: "ldld", percent: 30 },
        ],
        leadUnitIds: ["btg"],
        window: { start: "2017-07-01", end: "2017-07-31" },
      },
    ]);
    const summary = summarizeBudget(plan);
    // 70,0000007 and 30,0000003 million: the đồng left over goes to the larger remainder.
    expect(summary.byFunder.slice(0, 3).map((f) => [f.fundingSourceId, f.total.toString()])).toEqual([
      ["quy-tld", "70000001"],
      ["ho-tro", "0"],
      ["ldld", "30000000"],
    ]);
    expect([summary.total.toString(), summary.all.total.toString()]).toEqual(["70000001", "100000001"]);
    expect(summary.byUnit.map((u) => [u.unitId, u.total.toString()])).toEqual([["btg", "70000001"]]);
    expect(summary.byMonth.map((m) => m.total.toString())).toEqual(["70000001"]);
    expect(summary.byFunder.map((f) => [f.priced, f.unpriced])).toEqual([
      [1, 0],
      [0, 0],
      [1, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it("reads the real plans: the Tết plan's rates and the Cần Thơ plan's sources give no figure", () => {
    const read = (name: string) => parsePlan(JSON.parse(readFileSync(new URL(`../../examples/${name}/plan.json`, import.meta.url), "utf8")));
    const tet = summarizeBudget(read("tld-tet-2026"));
    expect([tet.priced, tet.unpriced, tet.all.priced, tet.all.unpriced]).toEqual([0, 1, 0, 3]);
    expect(tet.byFunder.filter((f) => f.own).map((f) => f.fundingSourceId)).toEqual(["quy-hoat-dong-thuong-xuyen-tld", "ho-tro-tong-lien-doan"]);
    const canTho = summarizeBudget(read("can-tho-2025"));
    expect([canTho.priced, canTho.unpriced, canTho.all.priced, canTho.byFunder.length]).toEqual([0, 0, 0, 4]);
  });
});

describe("summarizeBudget: every total adds up, with rates, shares, ceilings and splits (properties)", () => {
  const SOURCES = ["own", "co", "other", "v1", "nobody"] as const;
  const sourceArb = fc.constantFrom(...SOURCES);
  const amountArb = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.constantFrom(0n, 1n, 2n ** 53n + 1n)).map((n) => vnd(n));
  const entryArb = fc.record(
    { sourceId: sourceArb, amount: amountArb, percent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(12.5, 33.3, 0.1, 66.7)) },
    { requiredKeys: ["sourceId"] },
  );
  const lineArb = (count: number) =>
    fc.record(
      {
        amount: amountArb,
        rate: fc.tuple(amountArb, fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.constantFrom("người", "buổi", "ngày")), { minLength: 1, maxLength: 3 }), fc.boolean()),
        shareOf: fc.record({ lineIds: fc.array(fc.integer({ min: 0, max: count }).map((k) => `l${k}`), { minLength: 1, maxLength: 3 }), percent: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constant(12.5)) }),
        cap: fc.boolean(),
        funding: fc.array(entryArb, { maxLength: 4 }),
        fundingSourceId: sourceArb,
        leadUnitIds: fc.subarray(["u1", "u2", "u3"]),
        activityId: fc.constantFrom("a1", "a2", "a9"),
        window: fc.constantFrom({ start: "2017-07-15", end: "2017-09-02" }, { start: "2017-07-01", end: "2017-07-31" }),
        section: fc.integer({ min: 0, max: 2 }),
      },
      { requiredKeys: ["fundingSourceId", "section"] },
    );
  const planArb = fc.integer({ min: 0, max: 10 }).chain((count) =>
    fc.array(lineArb(count), { minLength: count, maxLength: count }).map((lines): BudgetPlan => ({
      header: { issuerId: "tld", coIssuerIds: ["ldld"] },
      funding: {
        sources: [
          { id: "own", kind: "union-budget", name: "Quỹ TLĐ", funderUnitIds: ["tld"] },
          { id: "co", kind: "state-budget", name: "Ngân sách", funderUnitIds: ["ldld", "ubnd"] },
          { id: "other", kind: "partner", name: "Đối tác", funderUnitIds: ["doi-tac"] },
          { id: "v1", kind: "central-budget", name: "Ngân sách TLĐ" },
        ],
      },
      channels: [{ id: "c1", activities: [{ id: "a1" }] }, { id: "c2", activities: [{ id: "a2" }] }],
      budget: {
        title: "Dự trù",
        sections: [0, 1, 2].map((s) => ({
          id: `s${s}`,
          title: `Mục ${s}`,
          lines: lines.flatMap((l, j) => {
            if (l.section !== s) return [];
            const { rate, section: _, ...rest } = l;
            const line: BudgetLineLike = { id: `l${j}`, title: `Dòng ${j}`, coordinatingUnitIds: [], leadUnitIds: [], ...rest };
            if (rate === undefined) return [line];
            const [unitPrice, quantities, matching] = rate;
            const per = quantities.map(([, unit]) => unit);
            return [{ ...line, unitPrice, unitPricePer: matching ? per.reverse() : [...per, "tháng"], quantities: quantities.map(([quantity, unit]) => ({ quantity, unit })) }];
          }),
        })),
      },
    })),
  );
  const sum = (values: readonly { toBigInt(): bigint }[]) => values.reduce((a, v) => a + v.toBigInt(), 0n);

  it("own views add up to the own total, sources and funders to all, own + others = all", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const s = summarizeBudget(plan);
        expect(s.own.total.equals(s.total)).toBe(true);
        for (const key of ["total", "ceilings"] as const) {
          const own = s[key].toBigInt();
          expect(sum(s.sections.map((x) => x[key]))).toBe(own);
          expect(sum(s.byUnit.map((x) => x[key]))).toBe(own);
          expect(sum(s.byChannel.map((x) => x[key]))).toBe(own);
          expect(sum(s.byMonth.map((x) => x[key])) + (key === "total" ? s.unscheduled : s.unscheduledCeilings).toBigInt()).toBe(own);
          expect(sum(s.byFunder.map((f) => f[key]))).toBe(s.all[key].toBigInt());
          expect(sum(s.byFunderUnits.map((f) => f[key]))).toBe(s.all[key].toBigInt());
          expect(sum(s.byFunder.filter((f) => f.own).map((f) => f[key]))).toBe(own);
          expect(own + sum(s.byFunder.filter((f) => !f.own).map((f) => f[key]))).toBe(s.all[key].toBigInt());
        }
        const lines = plan.budget!.sections.flatMap((x) => x.lines);
        expect(s.all.priced + s.all.unpriced).toBe(lines.length);
        expect(s.sections.reduce((n, x) => n + x.priced, 0)).toBe(s.priced);
        // The same figures as budgetExecution's parts, line by line.
        const execution = budgetExecution(plan, []);
        expect(execution.total.budgeted.equals(s.total)).toBe(true);
        expect(sum(execution.lines.map((l) => l.budgeted))).toBe(s.all.total.toBigInt());
        for (const l of execution.lines) expect(sum(l.parts.map((p) => p.budgeted))).toBe(l.budgeted.toBigInt());
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the lines", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const reversed = { ...plan, budget: { ...plan.budget!, sections: plan.budget!.sections.map((x) => ({ ...x, lines: [...x.lines].reverse() })) } };
        const [a, b] = [summarizeBudget(plan), summarizeBudget(reversed)];
        expect([b.total.toString(), b.all.total.toString(), b.ceilings.toString(), b.priced]).toEqual([a.total.toString(), a.all.total.toString(), a.ceilings.toString(), a.priced]);
        const findings = (p: BudgetPlan) => checkDeclaredTotals(p).map((f) => `${f.code} ${f.details?.reason ?? ""}`).sort();
        expect(findings(reversed)).toEqual(findings(plan));
      }),
      { numRuns: 200 },
    );
  });

  it("is deeply frozen and leaves its input as it was", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const before = JSON.stringify(plan);
        const deepFrozen = (v: unknown): boolean => v === null || typeof v !== "object" || (Object.isFrozen(v) && Object.values(v).every(deepFrozen));
        expect(deepFrozen(summarizeBudget(plan))).toBe(true);
        expect(deepFrozen(checkDeclaredTotals(plan))).toBe(true);
        expect(deepFrozen(budgetExecution(plan, []))).toBe(true);
        expect(JSON.stringify(plan)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
