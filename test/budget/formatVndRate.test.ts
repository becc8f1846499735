import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatVndRate } from "../../src/budget/formatVndRate.js";
import { parseVndRate } from "../../src/budget/parseVndRate.js";
import { PlanError } from "../../src/errors/PlanError.js";

const plain = (text: string) => {
  const { amount, per } = parseVndRate(text);
  return { amount: amount.toBigInt(), per };
};

// ---------------------------------------------------------------------------------------------------
// formatVndRate, and the round trip.
// ---------------------------------------------------------------------------------------------------
describe("formatVndRate", () => {
  it.each([
    ["300.000 đồng/người/buổi", { amount: 300_000, per: ["người", "buổi"] }, {}],
    ["70.000 đồng/suất", { amount: 70_000n, per: ["suất"] }, {}],
    ["1.900.000 đồng/người/tháng", { amount: "1.900.000", per: ["người", "tháng"] }, {}],
    ["100.000 đ/bài", { amount: 100_000, per: ["bài"] }, { symbol: "đ" }],
    ["100.000 ₫/bài", { amount: 100_000, per: ["bài"] }, { symbol: "₫" }],
    ["1,3 triệu đồng/người", { amount: 1_300_000, per: ["người"] }, { compact: true }],
    ["1.300.000 đồng/tác phẩm", { amount: 1_300_000, per: [" Tác   Phẩm "] }, {}],
    ["-50.000 đồng/người", { amount: -50_000, per: ["người"] }, {}],
  ] as const)("%s", (expected, rate, options) => {
    expect(formatVndRate(rate, options)).toBe(expected);
  });

  it("writes a rate that parseVndRate read", () => {
    expect(formatVndRate(parseVndRate("300.000 đồng / Người / buổi"))).toBe("300.000 đồng/người/buổi");
    expect(formatVndRate(parseVndRate("70.000đồng/suất"))).toBe("70.000 đồng/suất");
  });

  it("refuses what is not a rate, each problem at its path", () => {
    const issuesOf = (rate: unknown, options?: unknown) => {
      try {
        formatVndRate(rate as never, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(PlanError);
        return (error as PlanError).issues.map(({ path, code }) => ({ path, code }));
      }
      throw new Error("did not throw");
    };
    expect(issuesOf(null)).toEqual([{ path: [], code: "invalid_input" }]);
    expect(issuesOf(300_000)).toEqual([{ path: [], code: "invalid_input" }]);
    expect(issuesOf("300.000 đồng/người")).toEqual([{ path: [], code: "invalid_input" }]);
    expect(issuesOf({})).toEqual([
      { path: ["amount"], code: "invalid_amount" },
      { path: ["per"], code: "invalid_input" },
    ]);
    expect(issuesOf({ amount: 1.5, per: ["người"] })).toEqual([{ path: ["amount"], code: "invalid_amount" }]);
    expect(issuesOf({ amount: 1, per: [] })).toEqual([{ path: ["per"], code: "invalid_input" }]);
    expect(issuesOf({ amount: 1, per: "người" })).toEqual([{ path: ["per"], code: "invalid_input" }]);
    expect(issuesOf({ amount: 1, per: ["a", "b", "c", "d", "e"] })).toEqual([{ path: ["per"], code: "invalid_input" }]);
    expect(issuesOf({ amount: 1, per: ["người", "a/b", 3, ""] })).toEqual([
      { path: ["per", 1], code: "invalid_input" },
      { path: ["per", 2], code: "invalid_input" },
      { path: ["per", 3], code: "invalid_input" },
    ]);
    expect(issuesOf({ amount: 1, per: ["người"] }, { symbol: "none" })).toEqual([{ path: ["options", "symbol"], code: "invalid_value" }]);
    expect(issuesOf({ amount: 1, per: ["người"] }, { symbol: "USD" })).toEqual([{ path: ["options", "symbol"], code: "invalid_value" }]);
    expect(issuesOf({ amount: 1, per: ["người"] }, "đồng")).toEqual([{ path: ["options"], code: "invalid_type" }]);
  });

  it("does not change what it is given", () => {
    const per = ["Người", "buổi"];
    const rate = { amount: 300_000, per };
    formatVndRate(rate);
    expect(rate).toEqual({ amount: 300_000, per: ["Người", "buổi"] });
  });
});

describe("parseVndRate and formatVndRate: properties", () => {
  const word = fc.oneof(
    fc.constantFrom("người", "buổi", "suất", "tháng", "bài", "ngày", "lượt", "cuộc", "tin", "tác", "phẩm", "năm", "đội", "lớp", "đêm", "giải"),
    fc.stringMatching(/^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]{1,6}$/),
  );
  const unit = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" ")).filter((u) => u.length <= 30);
  const rateArb = fc.record({
    amount: fc.oneof(fc.bigInt({ min: -(10n ** 59n), max: 10n ** 59n }), fc.bigInt({ min: 0n, max: 10n ** 9n })),
    per: fc.array(unit, { minLength: 1, maxLength: 4 }),
  });
  const symbolArb = fc.constantFrom("đồng", "đ", "₫") as fc.Arbitrary<"đồng" | "đ" | "₫">;

  it("parseVndRate(formatVndRate(rate)) is the rate, for every symbol, in NFC and NFD", () => {
    fc.assert(
      fc.property(rateArb, symbolArb, (rate, symbol) => {
        const text = formatVndRate(rate, { symbol });
        expect(plain(text)).toEqual({ amount: rate.amount, per: rate.per });
        expect(plain(text.normalize("NFD"))).toEqual({ amount: rate.amount, per: rate.per });
      }),
      { numRuns: 1000 },
    );
  });

  it("formatVndRate(parseVndRate(text)) is the text in its canonical form", () => {
    fc.assert(
      fc.property(rateArb, symbolArb, fc.constantFrom("", " "), (rate, symbol, space) => {
        const text = formatVndRate(rate, { symbol });
        const loose = text.replaceAll("/", `${space}/${space}`).toUpperCase();
        expect(formatVndRate(parseVndRate(loose), { symbol })).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
