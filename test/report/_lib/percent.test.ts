import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentText } from "../../../src/report/_lib/percent.js";

/** The reference: part / whole × 100 to one decimal, half away from zero, by long division in BigInt. */
function reference(part: bigint, whole: bigint): string {
  const negative = part < 0n !== whole < 0n && part !== 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  const tenths = (p * 1000n) / w;
  const rest = (p * 1000n) % w;
  const rounded = rest * 2n >= w ? tenths + 1n : tenths;
  const text = `${rounded / 10n}.${rounded % 10n}`;
  return negative && rounded !== 0n ? `-${text}` : text;
}

const D = Decimal.clone({ precision: 100 });

describe("percentText", () => {
  it("rounds half up from the exact ratio, as officials expect", () => {
    expect(percentText(13, 16, "vi")).toBe("81,3%");
    expect(percentText(1, 8, "vi")).toBe("12,5%");
    expect(percentText(2, 3, "vi")).toBe("66,7%");
    expect(percentText(1, 3, "en")).toBe("33.3%");
    expect(percentText(1, 16, "vi")).toBe("6,3%"); // 6.25
    expect(percentText(3, 16, "vi")).toBe("18,8%"); // 18.75
    expect(percentText(16, 16, "vi")).toBe("100,0%");
    expect(percentText(0, 16, "vi")).toBe("0,0%");
    expect(percentText(40_000_000n, 36_500_000n, "vi")).toBe("109,6%");
    expect(percentText(-1, 8, "en")).toBe("-12.5%");
    expect(percentText(-1, 3000, "vi")).toBe("0,0%");
    expect(percentText(5, 0, "vi")).toBe("-");
    // Float arithmetic would get these wrong: 0.0005 × 100 and friends sit just below their half.
    expect(percentText(1, 2000, "vi")).toBe("0,1%");
    expect(percentText(10_000_005n, 200_000_000n, "en")).toBe("5.0%");
    expect(percentText(1_000_000_000_000_000_000_001n, 8n * 10n ** 21n, "en")).toBe("12.5%");
  });

  it("equals the BigInt reference and decimal.js ROUND_HALF_UP (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.bigInt({ min: 1n, max: 10n ** 24n }), fc.boolean(), (part, whole, small) => {
        const [p, w] = small ? [part % 1000n, (whole % 997n) + 1n] : [part, whole];
        const expected = reference(p, w);
        expect(percentText(p, w, "en")).toBe(`${expected}%`);
        expect(percentText(p, w, "vi")).toBe(`${expected.replace(".", ",")}%`);
        const decimal = new D(p.toString()).times(100).dividedBy(w.toString()).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
        expect(expected).toBe(decimal.isZero() ? "0.0" : decimal.toFixed(1));
        if (p >= -(2n ** 40n) && p <= 2n ** 40n && w <= 2n ** 40n) expect(percentText(Number(p), Number(w), "en")).toBe(`${expected}%`);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses what is not a whole number", () => {
    expect(() => percentText(0.5, 2, "vi")).toThrow(RangeError);
    expect(() => percentText(1, Number.NaN, "vi")).toThrow(RangeError);
  });
});
