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
    ["compact millions", "1,5 triệu", /compact or spelled-out/],
    ["compact millions with đồng", "1,5 triệu đồng", /compact or spelled-out/],
    ["compact thousands", "30 nghìn", /compact or spelled-out/],
    ["compact billions", "2 tỷ đồng", /compact or spelled-out/],
    ["k", "30k", /compact or spelled-out/],
    ["words", "ba mươi triệu đồng", /compact or spelled-out/],
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

  it.each([[30_000_000], [30_000_000n], [null], [undefined], [{}], [["1.000"]]])("refuses a value that is not a string: %s", (value) => {
    const issue = issueOf(value);
    expect(issue.code).toBe("invalid_amount");
    expect(issue.path).toEqual([]);
    expect(issue.message).toMatch(/expected a string/);
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
