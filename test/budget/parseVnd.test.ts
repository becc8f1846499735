import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVnd, safeParseVnd } from "../../src/budget/parseVnd.js";
import { formatVnd } from "../../src/budget/formatVnd.js";
import { isVnd } from "../../src/budget/vnd.js";
import { PlanError } from "../../src/errors/PlanError.js";

/** The single issue of the PlanError that parseVnd throws for `text`. */
function issueOf(text: unknown) {
  try {
    parseVnd(text as string);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    const issues = (error as PlanError).issues;
    expect(issues).toHaveLength(1);
    return issues[0]!;
  }
  throw new Error(`parseVnd(${JSON.stringify(text)}) did not throw`);
}

describe("parseVnd: the forms documents write", () => {
  it.each([
    ["30.000.000", 30_000_000n],
    ["151500000", 151_500_000n],
    ["151.500.000", 151_500_000n],
    ["36.500.000 đồng", 36_500_000n],
    ["36.500.000đồng", 36_500_000n],
    ["100.000 đ", 100_000n],
    ["10.000.000đ", 10_000_000n],
    ["10.000.000 VNĐ", 10_000_000n],
    ["10.000.000 VND", 10_000_000n],
    ["10.000.000VND", 10_000_000n],
    ["10.000.000 vnđ", 10_000_000n],
    ["10.000 ĐỒNG", 10_000n],
    ["10.000 Đồng", 10_000n],
    ["₫10.000", 10_000n],
    ["₫ 10.000", 10_000n],
    ["10.000 ₫", 10_000n],
    ["10.000₫", 10_000n],
    ["-1.000 đồng", -1_000n],
    ["-1.000", -1_000n],
    ["\u22121.000 đồng", -1_000n],
    ["-₫1.000", -1_000n],
    ["₫-1.000", -1_000n],
    ["-0", 0n],
    ["0 đồng", 0n],
    ["999", 999n],
    ["1.000", 1_000n],
    ["  151.500.000 đồng  ", 151_500_000n],
    ["\t151.500.000\n", 151_500_000n],
    ["\u00a0151.500.000 đồng\u00a0", 151_500_000n],
    ["151 500 000", 151_500_000n],
    ["151\u00a0500\u00a0000 đồng", 151_500_000n],
    ["151\u202f500\u202f000 ₫", 151_500_000n],
    ["1 000", 1_000n],
  ])("%j → %s", (text, expected) => {
    const amount = parseVnd(text);
    expect(isVnd(amount)).toBe(true);
    expect(amount.toBigInt()).toBe(expected);
  });

  it("reads NFD text as NFC", () => {
    for (const text of ["36.500.000 đồng", "10.000.000 VNĐ", "100.000 đ", "10.000 ₫"]) {
      const nfd = text.normalize("NFD");
      expect(parseVnd(nfd).toBigInt()).toBe(parseVnd(text).toBigInt());
    }
    expect("36.500.000 đồng".normalize("NFD")).not.toBe("36.500.000 đồng");
  });

  it("is exact far beyond 2^53, up to 60 digits", () => {
    expect(parseVnd("9.007.199.254.740.993 đồng").toBigInt()).toBe(2n ** 53n + 1n);
    expect(parseVnd(`${"9".repeat(60)}`).toBigInt()).toBe(10n ** 60n - 1n);
    expect(parseVnd(`-${"0".repeat(5)}1`).toBigInt()).toBe(-1n);
  });
});

describe("parseVnd: what it refuses, with one invalid_amount issue at path []", () => {
  it.each([
    ["comma grouping", "151,500,000", /ambiguous/],
    ["comma grouping of a thousand", "1,000 đồng", /ambiguous/],
    ["a fraction after the decimal comma", "1.000,50", /fraction/],
    ["a zero fraction", "1.000,00 đồng", /fraction/],
    ["a short decimal comma", "1,5", /fraction/],
    ["a decimal point", "100.5", /exactly three digits/],
    ["a bad dot grouping", "1.50.000", /exactly three digits/],
    ["a dot group of four", "1.0000", /exactly three digits/],
    ["a comma elsewhere", "1.000,000,5", /","/],
    ["mixed separators", "1.000 000", /mixes/],
    ["bad space grouping", "10 20", /groups of three/],
    ["mixed kinds of spaces", "1 000\u00a0000", /groups of three/],
    ["k", "30k", /"k", "tr", "trieu" are not read/],
    ["words", "ba mươi triệu đồng", /parseVndWords/],
    ["the currency twice", "₫10.000 đồng", /twice/],
    ["the currency twice after", "10.000 đồng đồng", /not an amount such as/],
    ["two signs", "--1.000", /one leading "-"/],
    ["a plus sign", "+1.000", /"\+"/],
    ["a trailing minus", "1.000-", /one leading "-"|not an amount such as/],
    ["an empty text", "", /empty/],
    ["blank text", "   ", /empty/],
    ["an unknown currency", "10.000 USD", /not an amount such as/],
    ["letters", "abc", /not an amount such as/],
    ["an exponent", "1e6", /not an amount such as/],
    ["61 digits", "1".repeat(61), /more than 60 digits/],
    ["a very long text", "1".repeat(201), /longer than 200/],
  ])("%s: %j", (_name, text, detail) => {
    const issue = issueOf(text);
    expect(issue.code).toBe("invalid_amount");
    expect(issue.path).toEqual([]);
    expect(issue.message).toMatch(detail);
    expect(issue.messageVi.length).toBeGreaterThan(0);
    expect(issue.messageVi).not.toBe(issue.message);
  });

  it("says that a comma is ambiguous with the decimal comma", () => {
    const issue = issueOf("151,500,000");
    expect(issue.message).toContain("decimal comma");
    expect(issue.messageVi).toContain("thập phân");
  });

  it.each([[30_000_000], [30_000_000n], [null], [undefined], [{}], [["1.000"]], [true], [() => 1]])("refuses a value that is not a string: %s", (value) => {
    const issue = issueOf(value);
    expect(issue.code).toBe("invalid_amount");
    expect(issue.path).toEqual([]);
    expect(issue.message).toMatch(/expected a string/);
    // The value is named by its digits or its kind in Vietnamese ("khối dữ liệu"), never by calling it.
    expect(issue.messageVi).toMatch(/^\S.* không phải là số tiền đồng nguyên: cần một chuỗi như "151\.500\.000 đồng"$/);
    expect(issue.messageVi).not.toMatch(/object|array|function|boolean|string/);
  });
});

describe("safeParseVnd", () => {
  it("returns the amount or the error, never throws", () => {
    const ok = safeParseVnd("36.500.000 đồng");
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data.toBigInt()).toBe(36_500_000n);
    const bad = safeParseVnd("1.000,50");
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(PlanError);
      expect(bad.error.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "invalid_amount", path: [] }]);
    }
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything()), (value) => {
        const result = safeParseVnd(value);
        if (!result.success) expect(result.error.issues[0]?.code).toBe("invalid_amount");
      }),
    );
  });

  it("agrees with parseVnd", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[₫]?[0-9., ]{0,12}(?: ?(?:đồng|đ|VNĐ|₫))?$/), (text) => {
        const result = safeParseVnd(text);
        if (result.success) expect(parseVnd(text).equals(result.data)).toBe(true);
        else expect(() => parseVnd(text)).toThrow(PlanError);
      }),
    );
  });
});

describe("parseVnd reads what formatVnd writes", () => {
  const big = fc.bigInt({ min: -(10n ** 59n), max: 10n ** 59n });
  it("for every symbol", () => {
    fc.assert(
      fc.property(big, fc.constantFrom("đồng", "₫", "đ", "none") as fc.Arbitrary<"đồng" | "₫" | "đ" | "none">, (amount, symbol) => {
        expect(parseVnd(formatVnd(amount, { symbol })).toBigInt()).toBe(amount);
        expect(parseVnd(formatVnd(amount, { symbol }).normalize("NFD")).toBigInt()).toBe(amount);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Compact amounts: "<number with a decimal comma> <scale word> [currency]", read exactly.
// ---------------------------------------------------------------------------------------------------
describe("parseVnd: compact amounts", () => {
  it.each([
    // the forms of the issue
    ["15 tỷ đồng", 15_000_000_000n],
    ["1,3 triệu đồng", 1_300_000n],
    ["2,5 tỷ", 2_500_000_000n],
    ["1.500 tỷ đồng", 1_500_000_000_000n],
    ["500 nghìn đồng", 500_000n],
    ["500 ngàn", 500_000n],
    // every scale word
    ["1 nghìn", 1_000n],
    ["1 ngàn", 1_000n],
    ["1 triệu", 1_000_000n],
    ["1 tỷ", 1_000_000_000n],
    ["1 tỉ", 1_000_000_000n],
    ["1 nghìn tỷ", 10n ** 12n],
    ["1 ngàn tỉ", 10n ** 12n],
    ["2 triệu tỷ", 2n * 10n ** 15n],
    ["2 triệu tỉ VNĐ", 2n * 10n ** 15n],
    ["1,5 nghìn tỷ đồng", 1_500_000_000_000n],
    // decimals, exactly: no float
    ["1,3 triệu", 1_300_000n],
    ["0,1 triệu", 100_000n],
    ["0,3 tỷ", 300_000_000n],
    ["1,23 triệu", 1_230_000n],
    ["1,234567 triệu", 1_234_567n],
    ["1,2340 nghìn", 1_234n],
    ["1,5 nghìn", 1_500n],
    ["151,5 triệu đồng", 151_500_000n],
    ["9.007.199,3 tỷ đồng", 9_007_199_300_000_000n],
    ["1.500,5 tỷ", 1_500_500_000_000n],
    ["0,000000001 tỷ", 1n],
    ["0 triệu", 0n],
    // currencies, spaces, case, sign
    ["1,3 triệu đ", 1_300_000n],
    ["1,3 triệu VND", 1_300_000n],
    ["1,3 triệu ₫", 1_300_000n],
    ["1,3 triệuđồng", 1_300_000n],
    ["15tỷ", 15_000_000_000n],
    ["1,3  triệu\u00a0đồng", 1_300_000n],
    ["  1,3 triệu đồng  ", 1_300_000n],
    ["1,3 TRIỆU ĐỒNG", 1_300_000n],
    ["1,3 Triệu Đồng", 1_300_000n],
    ["-1,5 triệu", -1_500_000n],
    ["\u22122 tỷ đồng", -2_000_000_000n],
  ])("%j → %s", (text, expected) => {
    expect(parseVnd(text).toBigInt()).toBe(expected);
    expect(parseVnd(text.normalize("NFD")).toBigInt()).toBe(expected);
  });

  it("is exact far beyond 2^53, up to 60 digits", () => {
    expect(parseVnd("123456789012345678901234567890,123456789 tỷ").toBigInt()).toBe(123_456_789_012_345_678_901_234_567_890_123_456_789n);
    expect(parseVnd(`${"9".repeat(45)} triệu tỷ`).toBigInt()).toBe((10n ** 45n - 1n) * 10n ** 15n);
    expect(issueOf(`${"9".repeat(46)} triệu tỷ`).message).toMatch(/more than 60 digits/);
  });

  it.each([
    ["not whole đồng", "1,2345 nghìn", /not a whole number of đồng/],
    ["not whole đồng in millions", "1,0000001 triệu", /not a whole number of đồng/],
    ["ambiguous: 1,5 or 1.500 triệu", "1,500 triệu", /ambiguous/],
    ["ambiguous with đồng", "2,500 tỷ đồng", /ambiguous/],
    ["ambiguous: a thousands comma", "1,000 triệu", /ambiguous/],
    ["a decimal point", "1.5 triệu", /a decimal is written after ","/],
    ["a long decimal point", "1.5000 triệu", /a decimal is written after ","/],
    ["two decimal commas", "1,5,5 triệu", /compact amount is one number/],
    ["two scale words", "1 triệu 300 nghìn", /compact amount is one number/],
    ["the scale twice", "1 triệu triệu", /compact amount is one number/],
    ["space grouping", "1 500 tỷ", /compact amount is one number/],
    ["currency before a compact amount", "₫1,5 triệu", /compact amount is one number|not an amount/],
    ["k", "30k", /"k", "tr", "trieu" are not read/],
    ["K", "30 K", /"k", "tr", "trieu" are not read/],
    ["tr", "1,5tr", /"k", "tr", "trieu" are not read/],
    ["tr.", "1,5 tr đồng", /"k", "tr", "trieu" are not read/],
    ["m", "1.5m", /"k", "tr", "trieu" are not read/],
    ["b", "2b", /"k", "tr", "trieu" are not read/],
    ["no accents", "1,5 trieu", /"k", "tr", "trieu" are not read/],
    ["no accents, ty", "2 ty dong", /"k", "tr", "trieu" are not read/],
    ["a word", "một triệu", /parseVndWords/],
    ["a plus sign", "+1,5 triệu", /"\+"/],
  ])("%s: %j", (_name, text, detail) => {
    const issue = issueOf(text);
    expect(issue.code).toBe("invalid_amount");
    expect(issue.path).toEqual([]);
    expect(issue.message).toMatch(detail);
    expect(issue.messageVi).not.toBe(issue.message);
  });

  it("a number before a scale word is a multiple of its power of ten: whole đồng or refused", () => {
    const scales = [["nghìn", 3], ["triệu", 6], ["tỷ", 9], ["nghìn tỷ", 12], ["triệu tỷ", 15]] as const;
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }), fc.constantFrom(...scales), (digits, places, [scale, power]) => {
        // digits / 10^places, written with a decimal comma
        const padded = digits.toString().padStart(places + 1, "0");
        const whole = padded.slice(0, padded.length - places);
        const fraction = padded.slice(padded.length - places);
        const text = `${whole}${places > 0 ? `,${fraction}` : ""} ${scale}`;
        const ambiguous = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
        const result = safeParseVnd(text);
        // the exact value: digits × 10^power / 10^places, when it is whole
        const numerator = digits * 10n ** BigInt(power);
        const denominator = 10n ** BigInt(places);
        if (ambiguous || numerator % denominator !== 0n) {
          expect(result.success).toBe(false);
        } else {
          expect(result.success).toBe(true);
          if (result.success) expect(result.data.toBigInt()).toBe(numerator / denominator);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("reads what formatVnd writes in compact form, to the amount it shows", () => {
    const units = { nghìn: 10n ** 3n, triệu: 10n ** 6n, tỷ: 10n ** 9n } as const;
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("đồng", "₫", "đ", "none") as fc.Arbitrary<"đồng" | "₫" | "đ" | "none">,
        (amount, digits, symbol) => {
          const text = formatVnd(amount, { compact: true, maximumFractionDigits: digits, symbol });
          const match = /^-?([\d.]+)(?:,(\d+))?(?: (nghìn|triệu|tỷ))?/u.exec(text)!;
          const [, whole = "", fraction = "", name] = match;
          const result = safeParseVnd(text);
          if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) {
            // "1,235 triệu": 1,235 or 1.235 triệu? Refused rather than guessed.
            expect(result.success).toBe(false);
            return;
          }
          expect(result.success).toBe(true);
          if (!result.success) return;
          const read = result.data.toBigInt();
          // The amount it shows: within half a unit of the last place formatVnd may write (exact below 1.000).
          const place = name === undefined ? 0n : units[name as keyof typeof units] / 10n ** BigInt(digits);
          const error = amount - read;
          expect(2n * (error < 0n ? -error : error)).toBeLessThanOrEqual(place);
          expect(formatVnd(read, { compact: true, maximumFractionDigits: digits, symbol })).toBe(text);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads every compact example of formatVnd's documentation", () => {
    expect(parseVnd(formatVnd(151_500_000, { compact: true })).toBigInt()).toBe(151_500_000n);
    expect(parseVnd(formatVnd(10n ** 12n, { compact: true })).toBigInt()).toBe(10n ** 12n);
    expect(parseVnd(formatVnd(1_250_000, { compact: true })).toBigInt()).toBe(1_200_000n);
    expect(parseVnd(formatVnd(-1_250_000, { compact: true })).toBigInt()).toBe(-1_200_000n);
    expect(safeParseVnd(formatVnd(1_234_567, { compact: true, maximumFractionDigits: 3 })).success).toBe(false);
  });
});
