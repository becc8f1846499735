import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parseVndRate, safeParseVndRate } from "../../src/budget/parseVndRate.js";
import * as root from "../../src/index.js";
import type { FormatVndRateOptions, SafeResult, Vnd, VndRate } from "../../src/index.js";
import { isVnd } from "../../src/budget/vnd.js";
import { PlanError } from "../../src/errors/PlanError.js";

/** The single issue of the PlanError that parseVndRate throws for `text`. */
function issueOf(text: unknown) {
  try {
    parseVndRate(text as string);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    const issues = (error as PlanError).issues;
    expect(issues).toHaveLength(1);
    return issues[0]!;
  }
  throw new Error(`parseVndRate(${JSON.stringify(text)}) did not throw`);
}

const plain = (text: string) => {
  const { amount, per } = parseVndRate(text);
  return { amount: amount.toBigInt(), per };
};

describe("parseVndRate: the forms plans write", () => {
  it.each([
    ["300.000 đồng/người/buổi", 300_000n, ["người", "buổi"]],
    ["70.000đồng/suất", 70_000n, ["suất"]],
    ["1.900.000 đồng/người/tháng", 1_900_000n, ["người", "tháng"]],
    ["100.000 đ/bài", 100_000n, ["bài"]],
    ["1.300.000 đồng/người", 1_300_000n, ["người"]],
    ["1,3 triệu đồng/người", 1_300_000n, ["người"]],
    ["2 triệu đồng/tác phẩm", 2_000_000n, ["tác phẩm"]],
    ["500 nghìn đồng/ngày", 500_000n, ["ngày"]],
    ["50.000 VNĐ/lượt", 50_000n, ["lượt"]],
    ["50.000 VND/cuộc", 50_000n, ["cuộc"]],
    ["20.000 ₫/tin", 20_000n, ["tin"]],
    ["₫20.000/tin", 20_000n, ["tin"]],
    ["20.000đ/tin", 20_000n, ["tin"]],
    // spaces, case, NFD
    ["300.000 đồng / người / buổi", 300_000n, ["người", "buổi"]],
    ["  300.000 đồng/người  ", 300_000n, ["người"]],
    ["300.000 ĐỒNG/NGƯỜI/BUỔI", 300_000n, ["người", "buổi"]],
    ["300.000 đồng/Tác  Phẩm", 300_000n, ["tác phẩm"]],
    ["300.000 đồng/người/buổi/ngày/lượt", 300_000n, ["người", "buổi", "ngày", "lượt"]],
    ["0 đồng/người", 0n, ["người"]],
  ])("%j → %s per %j", (text, amount, per) => {
    expect(plain(text)).toEqual({ amount, per });
    expect(plain(text.normalize("NFD"))).toEqual({ amount, per });
  });

  it("returns a frozen rate whose units are NFC", () => {
    const rate = parseVndRate("300.000 đồng/người/buổi".normalize("NFD"));
    expect(isVnd(rate.amount)).toBe(true);
    expect(Object.isFrozen(rate)).toBe(true);
    expect(Object.isFrozen(rate.per)).toBe(true);
    for (const unit of rate.per) expect(unit).toBe(unit.normalize("NFC"));
  });

  it("reads the amount as parseVnd does: exact, and compact amounts too", () => {
    expect(plain("1,5 nghìn tỷ đồng/năm")).toEqual({ amount: 1_500_000_000_000n, per: ["năm"] });
    expect(plain(`${"9".repeat(60)} đồng/người`).amount).toBe(10n ** 60n - 1n);
    expect(plain("-50.000 đồng/người").amount).toBe(-50_000n);
  });
});

describe("parseVndRate: what it refuses, with one invalid_amount issue at path []", () => {
  it.each([
    ["no unit", "300.000 đồng", /"\/" and a unit/],
    ["no currency", "300.000/người", /names its currency/],
    ["a compact amount without currency", "1,3 triệu/người", /names its currency/],
    ["a count", "02 bài/tuần", /names its currency/],
    ["a count of posts", "1 tin/tuần", /names its currency/],
    ["an empty unit", "300.000 đồng/", /is not a unit/],
    ["an empty unit between", "300.000 đồng//người", /is not a unit/],
    ["punctuation in a unit", "300.000 đồng/người)", /is not a unit/],
    ["digits in a unit", "300.000 đồng/2 người", /is not a unit/],
    ["a unit of five words", "300.000 đồng/một hai ba bốn năm", /is not a unit/],
    ["a long unit", `300.000 đồng/${"a".repeat(31)}`, /is not a unit/],
    ["five units", "1 đồng/a/b/c/d/e", /more than 4 units/],
    ["a bad amount", "1,500 triệu đồng/người", /ambiguous/],
    ["a fraction of a đồng", "1.000,5 đồng/người", /fraction/],
    ["words", "ba trăm nghìn đồng/người", /parseVndWords/],
    ["an empty text", "", /"\/" and a unit/],
    ["a long amount", `${"1".repeat(201)} đồng/người`, /longer than 200/],
    ["a long text", `1 đồng/${"người ".repeat(100)}`, /longer than 500/],
  ])("%s: %j", (_name, text, detail) => {
    const issue = issueOf(text);
    expect(issue.code).toBe("invalid_amount");
    expect(issue.path).toEqual([]);
    expect(issue.message).toMatch(detail);
    expect(issue.messageVi).not.toBe(issue.message);
  });

  it.each([[300_000], [null], [undefined], [{ amount: 1, per: ["người"] }], [["300.000 đồng/người"]]])("refuses a value that is not a string: %j", (value) => {
    const issue = issueOf(value);
    expect(issue.code).toBe("invalid_amount");
    expect(issue.path).toEqual([]);
    expect(issue.message).toMatch(/expected a string/);
  });

  it("safeParseVndRate never throws, whatever it is given, and agrees with parseVndRate", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything(), fc.stringMatching(/^[0-9.,]{1,9} ?(?:đồng|đ|₫)?(?: ?\/ ?[a-zđơư ]{0,6}){0,5}$/)), (value) => {
        const result = safeParseVndRate(value);
        if (result.success) expect(plain(value as string)).toEqual({ amount: result.data.amount.toBigInt(), per: result.data.per });
        else {
          expect(result.error.issues[0]?.code).toBe("invalid_amount");
          expect(() => parseVndRate(value as string)).toThrow(PlanError);
        }
      }),
    );
  });
});

describe("the public names", () => {
  it("are exported from the package root, with their types", () => {
    for (const name of ["parseVnd", "safeParseVnd", "parseVndWords", "safeParseVndWords", "parseVndRate", "safeParseVndRate", "formatVndRate"] as const) {
      expect(typeof root[name]).toBe("function");
    }
    expectTypeOf(root.parseVndRate).returns.toEqualTypeOf<VndRate>();
    expectTypeOf(root.safeParseVndRate).returns.toEqualTypeOf<SafeResult<VndRate>>();
    expectTypeOf(root.parseVndWords).returns.toEqualTypeOf<Vnd>();
    expectTypeOf<VndRate["per"]>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<NonNullable<FormatVndRateOptions["symbol"]>>().toEqualTypeOf<"đồng" | "₫" | "đ">();
  });
});
