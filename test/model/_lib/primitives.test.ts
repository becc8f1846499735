import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_DIGITS } from "../../../src/budget/_lib/limits.js";
import { makeRelaxedAmountSchema } from "../../../src/model/_lib/primitives.js";
import { amountSchema, signedAmountSchema } from "../../../src/index.js";
import { amountJsonArb } from "../../arbitraries.js";

/** What a schema makes of a value: the amount as text, or that it is rejected. */
const outcome = (schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? `amount ${String(result.data)}` : "rejected";
};

describe("makeRelaxedAmountSchema, the amounts of the relaxed plan schema", () => {
  const cases = [
    0, 1, -1, -0, 1.5, 1e21, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, "", "0", "-0", "01",
    "1.000", "1.000.000", "-1.000", "1,000", " 1", "1 ", "abc", "1e3", "9".repeat(MAX_DIGITS), "9".repeat(MAX_DIGITS + 1),
    "9".repeat(MAX_DIGITS * 2), "9".repeat(MAX_DIGITS * 2 + 1), "1." + "000.".repeat(MAX_DIGITS) + "000", null, undefined, true, {}, [], 1n, [1],
  ];
  for (const signed of [false, true]) {
    const complete = signed ? signedAmountSchema : amountSchema;
    const relaxed = makeRelaxedAmountSchema(signed);
    it(`accepts what ${signed ? "signedAmountSchema" : "amountSchema"} accepts, as the same amount, and nothing else`, () => {
      for (const value of cases) expect(outcome(relaxed, value), String(value)).toBe(outcome(complete, value));
      const negative = amountJsonArb.map((a) => (typeof a === "number" ? -a : `-${a}`));
      const anything = fc.oneof(amountJsonArb, negative, fc.double(), fc.string({ maxLength: 12 }), fc.stringMatching(/^-?[0-9.]{0,30}$/), fc.anything());
      fc.assert(fc.property(anything, (value) => outcome(relaxed, value) === outcome(complete, value)), { numRuns: 500 });
    });
  }
});
