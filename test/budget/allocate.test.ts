import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, allocateCount, percentOf, ratioOf, spreadOverMonths, sumVnd, vnd } from "../../src/index.js";
import { thrownIssues } from "../thrownIssues.js";
import { windowArb } from "../arbitraries.js";
import { daysInWindow } from "../../src/calendar/makeWindow.js";

const ratiosArb = fc
  .array(fc.oneof(fc.nat({ max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 12 })
  .filter((ratios) => ratios.some((r) => r > 0));
const totalArb = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });

describe("allocate", () => {
  it("splits exactly, leftovers to the largest fractional parts, ties in order", () => {
    expect(allocate(100, [1, 1, 1]).map(String)).toEqual(["34", "33", "33"]);
    expect(allocate(30_000_000, [1, 1, 1]).map(String)).toEqual(["10000000", "10000000", "10000000"]);
    expect(allocate(10, [0.7, 0.3]).map(String)).toEqual(["7", "3"]);
    expect(allocate(1, [0.1, 0.2]).map(String)).toEqual(["0", "1"]);
    expect(allocate(5, [1, 2, 2]).map(String)).toEqual(["1", "2", "2"]);
    expect(allocate(7, [1, 2, 2]).map(String)).toEqual(["1", "3", "3"]); // 1.4, 2.8, 2.8: the two .8s get the đồng
    expect(allocate(-100, [1, 1, 1]).map(String)).toEqual(["-34", "-33", "-33"]);
    expect(allocate(0, [1, 2]).map(String)).toEqual(["0", "0"]);
    expect(allocate(100, [0, 1]).map(String)).toEqual(["0", "100"]);
    expect(allocate(100, ["0.5", "0.25", "0.25"]).map(String)).toEqual(["50", "25", "25"]);
  });

  it("refuses empty, negative, non-finite and all-zero ratios with paths", () => {
    expect(thrownIssues(() => allocate(100, []))).toEqual([{ path: ["ratios"], code: "too_small" }]);
    expect(thrownIssues(() => allocate(100, [1, -1, Number.NaN, Number.POSITIVE_INFINITY]))).toEqual([
      { path: ["ratios", 1], code: "invalid_value" },
      { path: ["ratios", 2], code: "invalid_value" },
      { path: ["ratios", 3], code: "invalid_value" },
    ]);
    expect(thrownIssues(() => allocate(100, [0, 0]))).toEqual([{ path: ["ratios"], code: "invalid_value" }]);
    expect(thrownIssues(() => allocate(1.5, [1]))).toEqual([{ path: [], code: "invalid_amount" }]);
    expect(thrownIssues(() => allocateCount(1.5, [1]))).toEqual([{ path: ["count"], code: "invalid_quantity" }]);
  });

  it("keeps every đồng and stays within one đồng of each exact share (property)", () => {
    fc.assert(
      fc.property(totalArb, ratiosArb, (total, ratios) => {
        const shares = allocate(total, ratios).map((s) => s.toBigInt());
        expect(shares.reduce((a, b) => a + b, 0n)).toBe(total);
        // An independent oracle: each ratio's shortest decimal form as an exact fraction n / 10^k.
        const fractions = ratios.map((r) => {
          const [mantissa = "0", exponent = "0"] = String(r).split("e");
          const [whole = "0", fraction = ""] = mantissa.split(".");
          const k = fraction.length - Number(exponent);
          const n = BigInt(whole + fraction);
          return k >= 0 ? { n, k } : { n: n * 10n ** BigInt(-k), k: 0 };
        });
        const maxK = Math.max(...fractions.map((f) => f.k));
        const weights = fractions.map((f) => f.n * 10n ** BigInt(maxK - f.k));
        const sum = weights.reduce((a, b) => a + b, 0n);
        shares.forEach((share, i) => {
          const diff = share * sum - total * weights[i]!; // (share − exact share) × sum
          expect(diff < sum && diff > -sum).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("gives proportional shares: more ratio never means fewer đồng for a non-negative total (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), ratiosArb, (total, ratios) => {
        const shares = allocate(total, ratios).map((s) => s.toBigInt());
        ratios.forEach((a, i) =>
          ratios.forEach((b, j) => {
            if (a > b) expect(shares[i]! >= shares[j]!).toBe(true);
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("splits counts the same way: 125,000 posters over provinces", () => {
    expect(allocateCount(125_000, [3, 2, 2])).toEqual([53572, 35714, 35714]);
    expect(allocateCount(125_000n, [1, 1, 1])).toEqual([41667n, 41667n, 41666n]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), ratiosArb, (count, ratios) => {
        const parts = allocateCount(count, ratios);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(count);
        expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
      }),
    );
  });
});

describe("spreadOverMonths", () => {
  it("spreads by days in each month", () => {
    expect(spreadOverMonths(30_000_000, { start: "2017-08-01", end: "2017-09-30" }).map((m) => [m.month, m.amount.toString()])).toEqual([
      ["2017-08", "15245902"],
      ["2017-09", "14754098"],
    ]);
    expect(spreadOverMonths(15_000_000, { start: "2017-07-01", end: "2017-07-31" }).map((m) => m.amount.toString())).toEqual(["15000000"]);
  });

  it("adds up to the amount over any window (property)", () => {
    fc.assert(
      fc.property(totalArb, windowArb, (amount, window) => {
        if (daysInWindow(window) > 4000) return;
        const parts = spreadOverMonths(amount, window);
        expect(sumVnd(parts.map((p) => p.amount)).toBigInt()).toBe(amount);
      }),
      { numRuns: 100 },
    );
  });
});

describe("sumVnd, percentOf, ratioOf", () => {
  it("sums in any order (property)", () => {
    fc.assert(
      fc.property(fc.array(totalArb, { maxLength: 30 }), (values) => {
        expect(sumVnd(values).equals(sumVnd([...values].reverse()))).toBe(true);
        expect(sumVnd(values).toBigInt()).toBe(values.reduce((a, b) => a + b, 0n));
      }),
    );
    expect(sumVnd([]).isZero()).toBe(true);
  });

  it("gives percentages and ratios as decimals with a named rounding", () => {
    expect(percentOf(36_500_000, 151_500_000)).toBe("24.1");
    expect(percentOf(1, 8)).toBe("12.5");
    expect(percentOf(1, 8, { decimals: 0 })).toBe("12"); // half-even
    expect(percentOf(3, 8, { decimals: 0 })).toBe("38"); // 37.5 → 38 (even)
    expect(percentOf(1, 8, { decimals: 0, rounding: "half-up" })).toBe("13");
    expect(percentOf(1, 3, { decimals: 2, rounding: "floor" })).toBe("33.33");
    expect(percentOf(2, 3, { decimals: 2, rounding: "ceil" })).toBe("66.67");
    expect(percentOf(-1, 8)).toBe("-12.5");
    expect(ratioOf(36_500_000, 151_500_000)).toBe("0.2409");
    expect(percentOf(10n ** 40n, 3n * 10n ** 40n, { decimals: 3 })).toBe("33.333");
  });

  it("refuses a zero whole and bad options", () => {
    expect(thrownIssues(() => percentOf(1, 0))).toEqual([{ path: ["whole"], code: "invalid_amount" }]);
    expect(thrownIssues(() => percentOf(1, 2, { decimals: 21 }))).toEqual([{ path: ["decimals"], code: "invalid_value" }]);
    expect(thrownIssues(() => percentOf(1, 2, { rounding: "nearest" as never }))).toEqual([{ path: ["rounding"], code: "invalid_value" }]);
    expect(thrownIssues(() => percentOf(1, 2, { rounding: "toString" as never }))).toEqual([{ path: ["rounding"], code: "invalid_value" }]);
    expect(percentOf(1, 3, null as never)).toBe("33.3");
  });
});

describe("allocateBigInt: the double and bigint paths agree", () => {
  it("gives the same shares whether the weights are numbers (exact doubles) or bigints", async () => {
    const { allocateBigInt } = await import("../../src/budget/_lib/allocate.js");
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const numbers = allocateBigInt(total, weights);
        const bigints = allocateBigInt(total, weights.map(BigInt));
        expect(numbers).toEqual(bigints);
      }),
      { numRuns: 500 },
    );
  });
});
