import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDeclaredTotals, formatVnd, isPlanError, parsePlan, summarizeBudget, vnd, type BudgetLineLike, type BudgetPlan, type PlanJson } from "../../src/index.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

/** A budget of one section, its lines paid by the issuer's own source unless they say otherwise. */
function budgetOf(lines: readonly Partial<BudgetLineLike>[], extra: Partial<BudgetPlan> = {}): BudgetPlan {
  return {
    header: { issuerId: "ldld" },
    funding: {
      sources: [
        { id: "kpcd", kind: "union-budget", name: "Kinh phí công đoàn", funderUnitIds: ["ldld"] },
        { id: "tw", kind: "state-budget", name: "Ngân sách Trung ương", funderUnitIds: ["bo-tai-chinh"] },
        { id: "xhh", kind: "socialisation", name: "Xã hội hóa", funderUnitIds: [] },
      ],
    },
    budget: {
      title: "Dự trù",
      sections: [
        {
          id: "s",
          title: "Mục",
          lines: lines.map((l, j) => ({ id: `l${j}`, title: `Dòng ${j}`, fundingSourceId: "kpcd", leadUnitIds: [], coordinatingUnitIds: [], ...l })),
        },
      ],
    },
    ...extra,
  };
}

const LINE = (j: number) => ["budget", "sections", 0, "lines", j];
const codesAndPaths = (plan: BudgetPlan) => checkDeclaredTotals(plan).map((f) => [f.code, f.severity, f.path]);

describe("checkDeclaredTotals: rates", () => {
  const training = { unitPrice: vnd(300_000), unitPricePer: ["người", "buổi"], quantities: [{ quantity: 100, unit: "người" }, { quantity: 2, unit: "buổi" }] };

  it("prices a rate as unit price × each quantity, and checks the amount the line states", () => {
    expect(summarizeBudget(budgetOf([training])).total.toString()).toBe("60000000");
    expect(checkDeclaredTotals(budgetOf([{ ...training, amount: vnd(60_000_000) }]))).toEqual([]);
    const [finding, ...rest] = checkDeclaredTotals(budgetOf([{ ...training, amount: vnd(50_000_000) }]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: "line_amount_mismatch",
      severity: "error",
      path: [...LINE(0), "amount"],
      details: { quantity: "200", quantities: "100 người × 2 buổi", unitPrice: "300000", amount: "50000000", computed: "60000000", difference: "-10000000" },
    });
    expect(finding?.messageVi).toBe("100 người × 2 buổi × 300.000 đồng = 60.000.000 đồng, nhưng dòng ghi 50.000.000 đồng");
    // The stated amount counts, as in version 1.
    expect(summarizeBudget(budgetOf([{ ...training, amount: vnd(50_000_000) }])).total.toString()).toBe("50000000");
  });

  it("compares units as multisets, trimmed, in NFC and in any case", () => {
    const nfd = "người".normalize("NFD");
    const swapped = { ...training, unitPricePer: [" Buổi ", nfd] };
    expect(checkDeclaredTotals(budgetOf([swapped]))).toEqual([]);
    expect(summarizeBudget(budgetOf([swapped])).total.toString()).toBe("60000000");
    const twice = { ...training, unitPricePer: ["người", "người"] };
    expect(codesAndPaths(budgetOf([twice]))).toEqual([["rate_units_mismatch", "warning", [...LINE(0), "unitPricePer"]]]);
  });

  it("does not price a rate whose units differ from its quantities', and says why instead of 'no amount'", () => {
    const days = { ...training, quantities: [{ quantity: 100, unit: "người" }, { quantity: 3, unit: "ngày" }] };
    const findings = checkDeclaredTotals(budgetOf([days]));
    expect(findings.map((f) => [f.code, f.path, f.details])).toEqual([["rate_units_mismatch", [...LINE(0), "unitPricePer"], { per: "người/buổi", units: "người/ngày" }]]);
    expect(findings[0]?.messageVi).toBe('"Dòng 0": đơn giá tính theo người/buổi nhưng số lượng là 100 người × 3 ngày; dòng không được tính thành tiền');
    const summary = summarizeBudget(budgetOf([days]));
    expect([summary.total.toString(), summary.priced, summary.unpriced]).toEqual(["0", 0, 1]);
    // A unit price without units, for quantities with units, is not a rate either.
    expect(codesAndPaths(budgetOf([{ ...training, unitPricePer: [] }]))).toEqual([["rate_units_mismatch", "warning", [...LINE(0), "unitPricePer"]]]);
  });

  it("keeps version 1's quantity × unit price, and prefers the rate's quantities where a line has both", () => {
    const v1 = { unitPrice: vnd(100_000), product: { quantity: 365 } };
    expect(summarizeBudget(budgetOf([v1])).total.toString()).toBe("36500000");
    expect(summarizeBudget(budgetOf([{ ...training, product: { quantity: 7 } }])).total.toString()).toBe("60000000");
  });

  it("multiplies exactly beyond 2^53", () => {
    const big = { unitPrice: vnd(9_007_199_254_740_993n), unitPricePer: ["người"], quantities: [{ quantity: 3, unit: "người" }] };
    expect(summarizeBudget(budgetOf([big])).total.toBigInt()).toBe(27_021_597_764_222_979n);
  });

  it("prices any rate as the product of its quantities (property)", () => {
    const unitArb = fc.constantFrom("người", "buổi", "ngày", "suất", "tháng");
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), unitArb), { minLength: 1, maxLength: 4 }), (price, qs) => {
        const line = { unitPrice: vnd(price), unitPricePer: qs.map(([, u]) => u).reverse(), quantities: qs.map(([quantity, unit]) => ({ quantity, unit })) };
        const expected = qs.reduce((p, [q]) => p * BigInt(q), price);
        expect(summarizeBudget(budgetOf([line])).total.toBigInt()).toBe(expected);
        expect(checkDeclaredTotals(budgetOf([{ ...line, amount: vnd(expected) }]))).toEqual([]);
      }),
    );
  });
});

describe("checkDeclaredTotals: shares", () => {
  const food = { amount: vnd(10_000_000) };

  it("computes a share as percent × the sum of its lines, rounded half up to the đồng", () => {
    const plan = budgetOf([food, { amount: vnd(4_000_005) }, { shareOf: { lineIds: ["l0", "l1"], percent: 12.5 } }]);
    // 12,5% × 14.000.005 = 1.750.000,625 → 1.750.001
    expect(summarizeBudget(plan).total.toString()).toBe("15750006");
    expect(checkDeclaredTotals(plan)).toEqual([]);
    const half = budgetOf([{ amount: vnd(4) }, { shareOf: { lineIds: ["l0"], percent: 12.5 } }]); // 0,5 → 1
    expect(summarizeBudget(half).total.toString()).toBe("5");
    const below = budgetOf([{ amount: vnd(3) }, { shareOf: { lineIds: ["l0"], percent: 12.5 } }]); // 0,375 → 0
    expect(summarizeBudget(below).total.toString()).toBe("3");
  });

  it("rounds every share half up, exactly (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 10_000 }), (base, tenths) => {
        const percent = tenths / 10;
        const plan = budgetOf([{ amount: vnd(base) }, { shareOf: { lineIds: ["l0"], percent } }]);
        // percent × base / 100 = tenths × base / 1000; half up: floor((2 × tenths × base + 1000) / 2000).
        const expected = (2n * BigInt(tenths) * base + 1000n) / 2000n;
        expect(summarizeBudget(plan).total.toBigInt()).toBe(base + expected);
      }),
    );
  });

  it("computes shares in dependency order, whatever the order of the lines", () => {
    const plan = budgetOf([
      { shareOf: { lineIds: ["l1"], percent: 10 } }, // 10% of l1
      { shareOf: { lineIds: ["l2"], percent: 50 } }, // 50% of l2
      { amount: vnd(1_000_000) },
    ]);
    expect(summarizeBudget(plan).total.toString()).toBe("1550000");
    expect(checkDeclaredTotals(plan)).toEqual([]);
  });

  it("checks a share that states its amount", () => {
    expect(checkDeclaredTotals(budgetOf([food, { shareOf: { lineIds: ["l0"], percent: 70 }, amount: vnd(7_000_000) }]))).toEqual([]);
    const [finding] = checkDeclaredTotals(budgetOf([food, { shareOf: { lineIds: ["l0"], percent: 70 }, amount: vnd(6_000_000) }]));
    expect(finding).toMatchObject({
      code: "share_amount_mismatch",
      severity: "error",
      path: [...LINE(1), "amount"],
      details: { percent: "70", lineIds: "l0", base: "10000000", computed: "7000000", amount: "6000000", difference: "-1000000" },
    });
    expect(finding?.messageVi).toBe("70% của 10.000.000 đồng là 7.000.000 đồng, nhưng dòng ghi 6.000.000 đồng");
  });

  it("does not compute a share of an unknown line, of itself, or of a line without an amount", () => {
    const unknown = budgetOf([food, { shareOf: { lineIds: ["l0", "nowhere"], percent: 70 } }]);
    expect(checkDeclaredTotals(unknown).map((f) => [f.code, f.severity, f.path, f.details])).toEqual([
      ["share_of_unknown_line", "warning", [...LINE(1), "shareOf", "lineIds", 1], { lineId: "nowhere", reason: "unknown_line", percent: "70" }],
    ]);
    expect(summarizeBudget(unknown).total.toString()).toBe("10000000");
    expect(summarizeBudget(unknown).unpriced).toBe(1);

    const self = budgetOf([{ shareOf: { lineIds: ["l0"], percent: 10 } }]);
    expect(checkDeclaredTotals(self).map((f) => [f.code, f.details?.reason])).toEqual([["share_of_unknown_line", "cycle"]]);
    expect(checkDeclaredTotals(self)[0]?.messageVi).toBe('"Dòng 0" bằng 10% của chính nó; phần tỷ lệ không được tính');

    const loop = budgetOf([{ shareOf: { lineIds: ["l1"], percent: 10 } }, { shareOf: { lineIds: ["l0"], percent: 10 } }, { shareOf: { lineIds: ["l1"], percent: 50 } }]);
    expect(checkDeclaredTotals(loop).map((f) => [f.path, f.details?.reason])).toEqual([
      [[...LINE(0), "shareOf", "lineIds", 0], "cycle"],
      [[...LINE(1), "shareOf", "lineIds", 0], "cycle"],
      [[...LINE(2), "shareOf", "lineIds", 0], "no_amount"],
    ]);
    expect(summarizeBudget(loop).priced).toBe(0);

    const rate = budgetOf([{ unitPrice: vnd(70_000), unitPricePer: ["suất"] }, { shareOf: { lineIds: ["l0"], percent: 10 } }]);
    expect(checkDeclaredTotals(rate).map((f) => [f.code, f.path, f.details?.reason])).toEqual([
      ["own_line_without_amount", [...LINE(0), "amount"], undefined], // the rate has no quantities
      ["share_of_unknown_line", [...LINE(1), "shareOf", "lineIds", 0], "no_amount"], // and no own_line_without_amount again
    ]);
  });

  it("uses the stated amount of a line in a cycle for the shares of it, and counts each line once", () => {
    const plan = budgetOf([
      { shareOf: { lineIds: ["l1"], percent: 10 }, amount: vnd(100) },
      { shareOf: { lineIds: ["l0"], percent: 10 }, amount: vnd(10) },
      { shareOf: { lineIds: ["l0", "l0"], percent: 50 } },
    ]);
    expect(checkDeclaredTotals(plan).map((f) => f.details?.reason)).toEqual(["cycle", "cycle"]);
    expect(summarizeBudget(plan).total.toString()).toBe("160");
  });

  it("follows a chain of 20.000 shares without a deep stack", () => {
    const lines: Partial<BudgetLineLike>[] = [{ id: "c0", amount: vnd(10n ** 20n) }];
    for (let j = 1; j <= 20_000; j++) lines.push({ id: `c${j}`, shareOf: { lineIds: [`c${j - 1}`], percent: 100 } });
    // Each share listed before the line it is a share of.
    const chain = summarizeBudget(budgetOf(lines.reverse()));
    expect(chain.priced).toBe(20_001);
    expect(chain.total.toBigInt()).toBe(20_001n * 10n ** 20n);
  });
});

describe("checkDeclaredTotals: lines split between sources", () => {
  const split = (amount: number | undefined, funding: NonNullable<BudgetLineLike["funding"]>) => budgetOf([{ ...(amount === undefined ? {} : { amount: vnd(amount) }), funding }]);

  it("accepts parts that make up the line", () => {
    expect(checkDeclaredTotals(split(100, [{ sourceId: "kpcd", percent: 70 }, { sourceId: "tw", percent: 30 }]))).toEqual([]);
    expect(checkDeclaredTotals(split(100, [{ sourceId: "kpcd", amount: vnd(20) }, { sourceId: "tw" }]))).toEqual([]);
    expect(checkDeclaredTotals(split(100, [{ sourceId: "kpcd", amount: vnd(70), percent: 70 }, { sourceId: "tw", amount: vnd(30) }]))).toEqual([]);
    expect(checkDeclaredTotals(split(undefined, [{ sourceId: "kpcd", amount: vnd(20) }, { sourceId: "tw", amount: vnd(30) }]))).toEqual([]);
  });

  it("reports percentages over 100, with or without the line's amount", () => {
    for (const plan of [split(100, [{ sourceId: "kpcd", percent: 70 }, { sourceId: "tw", percent: 40.5 }]), split(undefined, [{ sourceId: "kpcd", percent: 70 }, { sourceId: "tw", percent: 40.5 }])]) {
      const [finding, ...rest] = checkDeclaredTotals(plan);
      expect(finding).toMatchObject({ code: "funding_split_mismatch", severity: "error", path: [...LINE(0), "funding"], details: { reason: "percent_over_100", percentTotal: "110.5" } });
      expect(finding?.messageVi).toContain("cộng lại là 110,5%, vượt quá 100%");
      // A line without an amount has nothing else to say: it is an own line without an amount.
      expect(rest.map((f) => f.code)).toEqual(plan.budget!.sections[0]!.lines[0]!.amount === undefined ? ["own_line_without_amount"] : []);
    }
  });

  it("reports parts that do not make up the line, and counts the whole line for its fundingSourceId", () => {
    const short = split(100_000_000, [{ sourceId: "kpcd", percent: 60 }, { sourceId: "tw", percent: 30 }]);
    const [finding] = checkDeclaredTotals(short);
    expect(finding).toMatchObject({
      code: "funding_split_mismatch",
      path: [...LINE(0), "funding"],
      details: { reason: "parts_do_not_add_up", covered: "90000000", amount: "100000000", countedFor: "kpcd", difference: "10000000" },
    });
    expect(finding?.messageVi).toBe(`các nguồn kinh phí cộng lại ${formatVnd(90_000_000)}, nhưng kinh phí của dòng là ${formatVnd(100_000_000)}; cả dòng được tính cho nguồn "Kinh phí công đoàn"`);
    const summary = summarizeBudget(short);
    expect(summary.byFunder.map((f) => [f.fundingSourceId, f.total.toString()])).toEqual([["kpcd", "100000000"], ["tw", "0"], ["xhh", "0"]]);
    const over = split(100, [{ sourceId: "kpcd", amount: vnd(80) }, { sourceId: "tw", amount: vnd(30) }, { sourceId: "xhh" }]);
    expect(checkDeclaredTotals(over)[0]?.details).toMatchObject({ reason: "parts_do_not_add_up", covered: "110" });
  });

  it("reports an entry whose amount is not its percentage, at the entry", () => {
    const [finding] = checkDeclaredTotals(split(100, [{ sourceId: "kpcd", amount: vnd(60), percent: 70 }, { sourceId: "tw" }]));
    expect(finding).toMatchObject({ code: "funding_split_mismatch", path: [...LINE(0), "funding", 0], details: { reason: "percent_amount_mismatch", given: "60", percent: "70", computed: "70" } });
    expect(finding?.messageVi).toBe('nguồn "Kinh phí công đoàn" chi 60 đồng, nhưng 70% của 100 đồng là 70 đồng; cả dòng được tính cho nguồn "Kinh phí công đoàn"');
  });

  it("sums the plan's own parts into the declared totals it checks", () => {
    const plan = budgetOf([{ amount: vnd(100_000_000), funding: [{ sourceId: "kpcd", percent: 70 }, { sourceId: "tw", percent: 30 }] }]);
    const declared = { ...plan, budget: { ...plan.budget!, declaredTotal: vnd(70_000_000), sections: plan.budget!.sections.map((s) => ({ ...s, declaredTotal: vnd(100_000_000) })) } };
    expect(checkDeclaredTotals(declared).map((f) => [f.code, f.path, f.details?.computed])).toEqual([["declared_total_mismatch", ["budget", "sections", 0, "declaredTotal"], "70000000"]]);
  });
});

describe("checkDeclaredTotals: the plan's own lines", () => {
  it("warns about a line of the issuer's own source without an amount, whatever the source's kind", () => {
    expect(codesAndPaths(budgetOf([{ title: "Quà" }]))).toEqual([["own_line_without_amount", "warning", [...LINE(0), "amount"]]]);
    expect(codesAndPaths(budgetOf([{ fundingSourceId: "tw" }]))).toEqual([]);
    // A co-issuer's source is the plan's own too, and so is a share of a line.
    const joint = budgetOf([{ fundingSourceId: "tw" }], { header: { issuerId: "ldld", coIssuerIds: ["bo-tai-chinh"] } });
    expect(codesAndPaths(joint)).toEqual([["own_line_without_amount", "warning", [...LINE(0), "amount"]]]);
    expect(codesAndPaths(budgetOf([{ funding: [{ sourceId: "tw", percent: 50 }, { sourceId: "kpcd", percent: 50 }] }]))).toEqual([["own_line_without_amount", "warning", [...LINE(0), "amount"]]]);
  });

  it("reads the Tết plan's TLĐ visits as the plan's own line, with its rate and no quantities", () => {
    const plan = parsePlan(JSON.parse(readFileSync(new URL("../../examples/tld-tet-2026/plan.json", import.meta.url), "utf8")) as PlanJson);
    const findings = checkDeclaredTotals(plan);
    expect(findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([
      ["own_line_without_amount", "warning", ["budget", "sections", 0, "lines", 0, "amount"], { unitPrice: "1300000", per: "người" }],
    ]);
    expect(findings[0]?.messageVi).toContain("(chỉ ghi mức chi 1.300.000 đồng/người, không có số lượng)");
  });

  it("finds nothing in the reference plan, and nothing new in it as version 2 reads it", () => {
    expect(checkDeclaredTotals(parsePlan(referencePlanJson()))).toEqual([]);
  });
});

describe("checkDeclaredTotals: input", () => {
  const bad = (line: object) => thrownIssues(() => checkDeclaredTotals(budgetOf([line as Partial<BudgetLineLike>])));

  it("answers a line of the wrong shape with a PlanError at its path", () => {
    expect(bad({ quantities: "100 người" })).toEqual([{ path: [...LINE(0), "quantities"], code: "invalid_type" }]);
    expect(bad({ quantities: [{ quantity: 1.5, unit: "người" }] })).toEqual([{ path: [...LINE(0), "quantities", 0, "quantity"], code: "invalid_quantity" }]);
    expect(bad({ quantities: [{ quantity: 1, unit: 2 }] })).toEqual([{ path: [...LINE(0), "quantities", 0, "unit"], code: "invalid_type" }]);
    expect(bad({ quantities: [null] })).toEqual([{ path: [...LINE(0), "quantities", 0], code: "invalid_type" }]);
    expect(bad({ unitPricePer: "người" })).toEqual([{ path: [...LINE(0), "unitPricePer"], code: "invalid_type" }]);
    expect(bad({ cap: "tối đa" })).toEqual([{ path: [...LINE(0), "cap"], code: "invalid_type" }]);
    expect(bad({ shareOf: { lineIds: "l1", percent: 10 } })).toEqual([{ path: [...LINE(0), "shareOf", "lineIds"], code: "invalid_type" }]);
    expect(bad({ shareOf: { lineIds: ["l1"], percent: -1 } })).toEqual([{ path: [...LINE(0), "shareOf", "percent"], code: "invalid_value" }]);
    expect(bad({ shareOf: { lineIds: ["l1"], percent: Number.NaN } })).toEqual([{ path: [...LINE(0), "shareOf", "percent"], code: "invalid_value" }]);
    expect(bad({ shareOf: 70 })).toEqual([{ path: [...LINE(0), "shareOf"], code: "invalid_type" }]);
    expect(bad({ funding: [{ sourceId: 1 }] })).toEqual([{ path: [...LINE(0), "funding", 0, "sourceId"], code: "invalid_type" }]);
    expect(bad({ funding: [{ sourceId: "kpcd", amount: "1,5" }] })).toEqual([{ path: [...LINE(0), "funding", 0, "amount"], code: "invalid_amount" }]);
    expect(bad({ funding: [{ sourceId: "kpcd", percent: "70%" }] })).toEqual([{ path: [...LINE(0), "funding", 0, "percent"], code: "invalid_value" }]);
    const plan = budgetOf([]);
    expect(thrownIssues(() => checkDeclaredTotals({ ...plan, budget: { title: "x", sections: [{ id: "s", title: "s", lines: [null as never] }] } }))).toEqual([{ path: LINE(0), code: "invalid_type" }]);
    expect(thrownIssues(() => checkDeclaredTotals({ ...plan, header: "ldld" as never }))).toEqual([{ path: ["header"], code: "invalid_type" }]);
    expect(thrownIssues(() => checkDeclaredTotals({ ...plan, funding: { sources: [null as never] } }))).toEqual([{ path: ["funding", "sources", 0], code: "invalid_type" }]);
    expect(thrownIssues(() => checkDeclaredTotals({ ...plan, funding: { sources: [{ id: "a", kind: "x", name: "A", funderUnitIds: "ldld" as never }] } }))).toEqual([
      { path: ["funding", "sources", 0, "funderUnitIds"], code: "invalid_type" },
    ]);
  });

  it("refuses a rate whose product has more digits than an amount may have", () => {
    const huge = { unitPrice: vnd(10n ** 40n), unitPricePer: ["người", "buổi"], quantities: [{ quantity: 10 ** 15, unit: "người" }, { quantity: 10 ** 15, unit: "buổi" }] };
    expect(bad(huge)).toEqual([{ path: [...LINE(0), "quantities"], code: "invalid_quantity" }]);
  });

  it("never throws anything but a PlanError, and never changes what it is given (property)", () => {
    const junk = fc.oneof(fc.anything(), fc.constantFrom(undefined, null, [], {}, "x", 1.5, -1, Number.NaN));
    const lineArb = fc.record(
      {
        amount: fc.oneof(junk, fc.constant(vnd(100))),
        unitPrice: fc.oneof(junk, fc.constant(vnd(100))),
        unitPricePer: fc.oneof(junk, fc.constant(["người"])),
        quantities: fc.oneof(junk, fc.constant([{ quantity: 2, unit: "người" }])),
        cap: junk,
        shareOf: fc.oneof(junk, fc.constant({ lineIds: ["l0"], percent: 50 })),
        funding: fc.oneof(junk, fc.constant([{ sourceId: "kpcd", percent: 50 }, { sourceId: "tw" }])),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 4 }), (lines) => {
        const plan = budgetOf(lines as Partial<BudgetLineLike>[]);
        const before = JSON.stringify(plan, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
        for (const run of [() => checkDeclaredTotals(plan), () => summarizeBudget(plan)]) {
          try {
            run();
          } catch (error) {
            expect(isPlanError(error)).toBe(true);
          }
        }
        expect(JSON.stringify(plan, (_k, v) => (typeof v === "bigint" ? `${v}n` : v))).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
