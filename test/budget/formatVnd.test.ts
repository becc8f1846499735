import fc from "fast-check";
import { thrownIssues } from "../thrownIssues.js";
import { describe, expect, it } from "vitest";
import { formatVnd, type FormatVndOptions } from "../../src/budget/formatVnd.js";
import { parseVnd } from "../../src/budget/parseVnd.js";
import { vnd } from "../../src/budget/vnd.js";
import { PlanError } from "../../src/errors/PlanError.js";

const big = fc.bigInt({ min: -(10n ** 59n), max: 10n ** 59n });
const symbolArb = fc.constantFrom("đồng", "₫", "đ", "none") as fc.Arbitrary<NonNullable<FormatVndOptions["symbol"]>>;

describe("formatVnd: the default", () => {
  it.each([
    [151_500_000n, "151.500.000 đồng"],
    [0n, "0 đồng"],
    [999n, "999 đồng"],
    [1_000n, "1.000 đồng"],
    [-30_000n, "-30.000 đồng"],
    [2n ** 53n + 1n, "9.007.199.254.740.993 đồng"],
    [10n ** 30n, "1.000.000.000.000.000.000.000.000.000.000 đồng"],
  ])("%s → %s", (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected);
    expect(formatVnd(vnd(amount))).toBe(expected);
    expect(formatVnd(amount, {})).toBe(expected);
    expect(formatVnd(amount, { symbol: "đồng", compact: false })).toBe(expected);
  });

  it("accepts every form of amount", () => {
    for (const amount of [151_500_000, 151_500_000n, "151500000", "151.500.000", vnd(151_500_000)]) expect(formatVnd(amount)).toBe("151.500.000 đồng");
  });
});

describe("formatVnd: symbol", () => {
  it.each([
    ["đồng", "151.500.000 đồng", "-1.000 đồng"],
    ["₫", "151.500.000 ₫", "-1.000 ₫"],
    ["đ", "151.500.000 đ", "-1.000 đ"],
    ["none", "151.500.000", "-1.000"],
  ] as const)("%s", (symbol, positive, negative) => {
    expect(formatVnd(151_500_000, { symbol })).toBe(positive);
    expect(formatVnd(-1_000, { symbol })).toBe(negative);
  });
});

describe("formatVnd: compact", () => {
  it.each([
    [151_500_000n, "151,5 triệu đồng"],
    [1_000_000_000n, "1 tỷ đồng"],
    [999n, "999 đồng"],
    [0n, "0 đồng"],
    [1n, "1 đồng"],
    [36_500_000n, "36,5 triệu đồng"],
    [30_000_000n, "30 triệu đồng"],
    [111_500_000n, "111,5 triệu đồng"],
    [100_000n, "100 nghìn đồng"],
    [1_000n, "1 nghìn đồng"],
    [1_500n, "1,5 nghìn đồng"],
    [999_999n, "1 triệu đồng"], // 999,999 nghìn rounds to 1.000 nghìn: the next unit
    [999_949n, "999,9 nghìn đồng"],
    [999_950n, "1 triệu đồng"],
    [999_960_000n, "1 tỷ đồng"],
    [1_500_000_000n, "1,5 tỷ đồng"],
    [10n ** 12n, "1.000 tỷ đồng"],
    [2n ** 53n, "9.007.199,3 tỷ đồng"],
    // half-even: a tie goes to the even last digit
    [1_250_000n, "1,2 triệu đồng"],
    [1_350_000n, "1,4 triệu đồng"],
    [1_250_001n, "1,3 triệu đồng"],
    [1_249_999n, "1,2 triệu đồng"],
    [2_050n, "2 nghìn đồng"],
    [2_150n, "2,2 nghìn đồng"],
    [-1_250_000n, "-1,2 triệu đồng"],
    [-151_500_000n, "-151,5 triệu đồng"],
    [-999n, "-999 đồng"],
  ])("%s → %s", (amount, expected) => {
    expect(formatVnd(amount, { compact: true })).toBe(expected);
  });

  it("maximumFractionDigits", () => {
    expect(formatVnd(1_234_567, { compact: true, maximumFractionDigits: 3 })).toBe("1,235 triệu đồng");
    expect(formatVnd(1_234_567, { compact: true, maximumFractionDigits: 6 })).toBe("1,234567 triệu đồng");
    expect(formatVnd(1_234_500, { compact: true, maximumFractionDigits: 3 })).toBe("1,234 triệu đồng"); // tie, 4 is even
    expect(formatVnd(1_200_000, { compact: true, maximumFractionDigits: 3 })).toBe("1,2 triệu đồng"); // trailing zeros dropped
    expect(formatVnd(151_500_000, { compact: true, maximumFractionDigits: 0 })).toBe("152 triệu đồng"); // tie, 152 is even
    expect(formatVnd(152_500_000, { compact: true, maximumFractionDigits: 0 })).toBe("152 triệu đồng");
    expect(formatVnd(1_234_567, { maximumFractionDigits: 3 })).toBe("1.234.567 đồng"); // ignored without compact
  });

  it("with a symbol", () => {
    expect(formatVnd(151_500_000, { compact: true, symbol: "₫" })).toBe("151,5 triệu ₫");
    expect(formatVnd(151_500_000, { compact: true, symbol: "đ" })).toBe("151,5 triệu đ");
    expect(formatVnd(151_500_000, { compact: true, symbol: "none" })).toBe("151,5 triệu");
  });

  it("is read back by parseVnd to the rounded amount it shows", () => {
    expect(parseVnd(formatVnd(151_500_000, { compact: true })).toBigInt()).toBe(151_500_000n);
    expect(parseVnd(formatVnd(151_549_999, { compact: true })).toBigInt()).toBe(151_500_000n);
    expect(parseVnd(formatVnd(2n ** 53n, { compact: true })).toBigInt()).toBe(9_007_199_300_000_000n);
  });

  it("stays within half a unit of the last digit of the amount", () => {
    const units: readonly (readonly [string, bigint])[] = [["tỷ", 10n ** 9n], ["triệu", 10n ** 6n], ["nghìn", 10n ** 3n]];
    fc.assert(
      fc.property(fc.bigInt({ min: 1000n, max: 10n ** 20n }), fc.integer({ min: 0, max: 4 }), (amount, digits) => {
        const text = formatVnd(amount, { compact: true, maximumFractionDigits: digits, symbol: "none" });
        const match = /^([\d.]+)(?:,(\d+))? (tỷ|triệu|nghìn)$/.exec(text);
        expect(match).not.toBeNull();
        const [, whole, fraction = "", name] = match!;
        expect(fraction.length).toBeLessThanOrEqual(digits);
        expect(fraction.endsWith("0")).toBe(false);
        const unit = units.find(([n]) => n === name)![1];
        const scale = 10n ** BigInt(digits);
        const shown = BigInt(whole!.replaceAll(".", "")) * scale + BigInt(fraction.padEnd(digits, "0") || "0");
        // |amount·scale − shown·unit| ≤ unit/2
        const error = amount * scale - shown * unit;
        expect(2n * (error < 0n ? -error : error)).toBeLessThanOrEqual(unit);
        if (name !== "tỷ") expect(BigInt(whole!.replaceAll(".", ""))).toBeLessThan(1000n);
      }),
    );
  });
});

describe("formatVnd: properties", () => {
  it("parseVnd(formatVnd(x)) equals x, far beyond 2^53 and below zero", () => {
    fc.assert(
      fc.property(big, (amount) => {
        expect(parseVnd(formatVnd(amount)).equals(amount)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("parseVnd(formatVnd(x, { symbol })) equals x for every symbol", () => {
    fc.assert(
      fc.property(big, symbolArb, (amount, symbol) => {
        expect(parseVnd(formatVnd(amount, { symbol })).equals(amount)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("compact and plain agree below 1.000", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -999n, max: 999n }), symbolArb, (amount, symbol) => {
        expect(formatVnd(amount, { compact: true, symbol })).toBe(formatVnd(amount, { symbol }));
      }),
    );
  });
});

describe("formatVnd: errors", () => {
  it("refuses what is not an amount with PlanError invalid_amount", () => {
    try {
      formatVnd(1.5);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).issues[0]?.code).toBe("invalid_amount");
    }
  });

  it("refuses bad options with a PlanError naming the option", () => {
    const at = (name: string) => [{ path: ["options", name], code: "invalid_value" }];
    expect(thrownIssues(() => formatVnd(1, { symbol: "VND" as never }))).toEqual(at("symbol"));
    expect(thrownIssues(() => formatVnd(1, { compact: true, maximumFractionDigits: -1 }))).toEqual(at("maximumFractionDigits"));
    expect(thrownIssues(() => formatVnd(1, { compact: true, maximumFractionDigits: 1.5 }))).toEqual(at("maximumFractionDigits"));
    expect(thrownIssues(() => formatVnd(1, { compact: true, maximumFractionDigits: 21 }))).toEqual(at("maximumFractionDigits"));
    expect(thrownIssues(() => formatVnd(1, { compact: "yes" as never }))).toEqual(at("compact"));
    expect(formatVnd(1, null as never)).toBe("1 đồng");
  });
});
