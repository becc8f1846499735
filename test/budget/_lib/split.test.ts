import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactPercent } from "../../../src/budget/_lib/percent.js";
import { checkPercents, splitLine, type FundingEntry } from "../../../src/budget/_lib/split.js";

const entry = (sourceId: string, figures: { amount?: bigint; percent?: number } = {}): FundingEntry => ({
  sourceId,
  amount: figures.amount,
  percent: figures.percent === undefined ? undefined : exactPercent(figures.percent),
});
const amounts = (result: ReturnType<typeof splitLine>) => ("parts" in result ? result.parts.map((p) => p.amount) : result.reason);

describe("splitLine", () => {
  it("takes amounts as given, percentages of the whole line, and the rest", () => {
    expect(amounts(splitLine(100n, [entry("a", { amount: 30n }), entry("b", { amount: 70n })]))).toEqual([30n, 70n]);
    expect(amounts(splitLine(100n, [entry("a", { percent: 70 }), entry("b", { percent: 30 })]))).toEqual([70n, 30n]);
    expect(amounts(splitLine(100n, [entry("a", { amount: 20n }), entry("b", { percent: 50 }), entry("c")]))).toEqual([20n, 50n, 30n]);
    expect(amounts(splitLine(100n, [entry("a", { percent: 10 }), entry("b"), entry("c")]))).toEqual([10n, 45n, 45n]);
    expect(amounts(splitLine(101n, [entry("b"), entry("c")]))).toEqual([51n, 50n]);
  });

  it("gives the đồng left over to the largest remainders, the first listed first on a tie", () => {
    expect(amounts(splitLine(100_000_001n, [entry("a", { percent: 70 }), entry("b", { percent: 30 })]))).toEqual([70_000_001n, 30_000_000n]);
    expect(amounts(splitLine(10n, [entry("a", { percent: 33.3 }), entry("b", { percent: 33.3 }), entry("c", { percent: 33.4 })]))).toEqual([3n, 3n, 4n]);
    expect(amounts(splitLine(1n, [entry("a", { percent: 50 }), entry("b", { percent: 50 })]))).toEqual([1n, 0n]);
  });

  it("tells why a split does not hold", () => {
    expect(splitLine(100n, [entry("a", { percent: 60 }), entry("b", { percent: 50.5 })])).toEqual({ reason: "percent_over_100", percentTotal: "110.5" });
    expect(splitLine(100n, [entry("a", { percent: 60 }), entry("b", { percent: 30 })])).toEqual({ reason: "parts_do_not_add_up", covered: 90n });
    expect(splitLine(100n, [entry("a", { amount: 80n }), entry("b", { amount: 30n }), entry("c")])).toEqual({ reason: "parts_do_not_add_up", covered: 110n });
    expect(splitLine(100n, [entry("a", { amount: 80n }), entry("b", { percent: 30 })])).toEqual({ reason: "parts_do_not_add_up", covered: 110n });
    expect(splitLine(100n, [entry("a", { amount: 60n, percent: 70 }), entry("b")])).toEqual({ reason: "percent_amount_mismatch", index: 0, computed: 70n });
    expect(checkPercents([entry("a", { percent: 100 }), entry("b", { percent: 0.1 })])).toEqual({ reason: "percent_over_100", percentTotal: "100.1" });
    expect(checkPercents([entry("a", { percent: 100 }), entry("b")])).toBeUndefined();
  });

  it("accepts a rounded amount within a đồng of its percentage", () => {
    // 70% of 10.000.001 is 7.000.000,7: the document may write 7.000.001 or 7.000.000.
    expect(amounts(splitLine(10_000_001n, [entry("a", { amount: 7_000_001n, percent: 70 }), entry("b")]))).toEqual([7_000_001n, 3_000_000n]);
    expect(amounts(splitLine(10_000_001n, [entry("a", { amount: 3_000_000n }), entry("b", { percent: 70 })]))).toEqual([3_000_000n, 7_000_001n]);
  });

  it("splits a negative line as its opposite, negated", () => {
    expect(amounts(splitLine(-100_000_001n, [entry("a", { percent: 70 }), entry("b", { percent: 30 })]))).toEqual([-70_000_001n, -30_000_000n]);
    expect(splitLine(-100n, [entry("a", { percent: 60 }), entry("b", { percent: 30 })])).toEqual({ reason: "parts_do_not_add_up", covered: -90n });
  });

  const percentArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((t) => t / 10), fc.constantFrom(12.5, 33.33, 0.01));
  const figuresArb = fc.oneof(
    fc.record({ amount: fc.bigInt({ min: 0n, max: 10n ** 20n }) }),
    fc.record({ percent: percentArb }),
    fc.constant({}),
  );

  it("gives parts that add up to the line, each percentage within a đồng of its exact part (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 22n }), fc.array(figuresArb, { minLength: 1, maxLength: 6 }), (line, figures) => {
        const entries = figures.map((f, i) => entry(`s${i}`, f));
        const result = splitLine(line, entries);
        if (!("parts" in result)) return;
        expect(result.parts.reduce((a, p) => a + p.amount, 0n)).toBe(line);
        result.parts.forEach((part, i) => {
          expect(part.sourceId).toBe(`s${i}`);
          const f = figures[i]!;
          if ("amount" in f) expect(part.amount).toBe(f.amount);
          else if ("percent" in f) {
            const p = exactPercent(f.percent)!;
            // |part × 100 × scale − digits × line| < 100 × scale
            const off = part.amount * 100n * p.scale - p.digits * line;
            expect(off < 100n * p.scale && off > -100n * p.scale).toBe(true);
          } else expect(part.amount >= 0n).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("holds whenever the percentages are 100 and nothing else is given (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 22n }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }), (line, weights) => {
        // Percentages with two decimals that add up to exactly 100.
        const total = weights.reduce((a, b) => a + b, 0);
        const hundredths = weights.map((w) => Math.floor((w * 10_000) / total));
        hundredths[0]! += 10_000 - hundredths.reduce((a, b) => a + b, 0);
        const result = splitLine(line, hundredths.map((h, i) => entry(`s${i}`, { percent: h / 100 })));
        expect("parts" in result).toBe(true);
      }),
    );
  });
});
