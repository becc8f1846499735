import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatValue, matchClaim, normalize, parseClaim, type Pattern } from "../../../scripts/doctest/claims.js";
import { vnd } from "../../../src/index.js";

const one = (text: string): Pattern => {
  const parsed = parseClaim(text);
  if (!parsed.ok) throw new Error(parsed.error);
  expect(parsed.patterns).toHaveLength(1);
  return parsed.patterns[0]!;
};
const holds = (actual: unknown, text: string) => matchClaim(actual, one(text)) === undefined;

/** Values a claim can state: JSON-like data with bigints, undefined and the odd numbers. */
const claimable = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.double(),
    fc.bigInt(),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie("value"), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

describe("parseClaim", () => {
  it("reads every kind of literal", () => {
    expect(holds("a\u00e9\n", String.raw`"a\u00e9\n"`)).toBe(true);
    expect(holds("x", "'x'")).toBe(true);
    expect(holds("x", "`x`")).toBe(true);
    expect(holds(1000, "1_000")).toBe(true);
    expect(holds(31, "0x1F")).toBe(true);
    expect(holds(-0.5, "-0.5")).toBe(true);
    expect(holds(-(10n ** 30n), "-1000000000000000000000000000000n")).toBe(true);
    expect(holds([NaN, Infinity, -Infinity, undefined, null, true, false], "[NaN, Infinity, -Infinity, undefined, null, true, false]")).toBe(true);
    expect(holds({ type: "HD", number: "284", "a-b": 1, 2: 3 }, '{ type: "HD", number: "284", "a-b": 1, 2: 3 }')).toBe(true);
  });

  it("reads several values only for console.log", () => {
    expect(parseClaim('["a"], "b"', true)).toMatchObject({ ok: true, patterns: [{ kind: "array" }, { kind: "literal", value: "b" }] });
    expect(parseClaim('["a"], "b"')).toMatchObject({ ok: false });
  });

  it("refuses what is not one literal", () => {
    for (const text of ["", "6 for the reference plan", '"x": the award', "x", "a.b", "f()", "1 + 1", "`a${1}`", "[1, ...]", "{ ... }", "[1,, 2]", "[…, 1]", '{ a: 1, a: 2 }', "{ [k]: 1 }", '"open', "/re/"]) {
      const parsed = parseClaim(text);
      expect(parsed.ok, text).toBe(false);
    }
  });

  it("says when a claim is only unfinished (so it may go on on the next line)", () => {
    expect(parseClaim('["a",')).toMatchObject({ ok: false, incomplete: true });
    expect(parseClaim("{ a: 1")).toMatchObject({ ok: false, incomplete: true });
    expect(parseClaim("6 for")).toMatchObject({ ok: false, incomplete: false });
    expect(parseClaim("[1, ...")).toMatchObject({ ok: false, incomplete: false });
  });
});

describe("matchClaim", () => {
  it("compares arrays and objects exactly, and with `…` as prefix and subset", () => {
    expect(holds([1, 2], "[1, 2]")).toBe(true);
    expect(holds([1, 2, 3], "[1, 2]")).toBe(false);
    expect(holds([1, 2, 3], "[1, 2, …]")).toBe(true);
    expect(holds([1, 2], "[1, 2, …]")).toBe(true);
    expect(holds([1], "[1, 2, …]")).toBe(false);
    expect(holds({ a: 1, b: 2 }, "{ a: 1 }")).toBe(false);
    expect(holds({ a: 1, b: 2 }, "{ a: 1, … }")).toBe(true);
    expect(holds({ a: 1, b: 2 }, "{ …, b: 2 }")).toBe(true);
    expect(holds({ a: 1 }, "{ a: 1, b: undefined, … }")).toBe(false);
    expect(holds([{ a: [1, 2] }], "[{ a: [1, …], … }]")).toBe(true);
  });

  it("is strict: no type coercion, -0 is not 0, a missing key is not an undefined one", () => {
    expect(holds(1, '"1"')).toBe(false);
    expect(holds(1n, "1")).toBe(false);
    expect(holds(-0, "0")).toBe(false);
    expect(holds(NaN, "NaN")).toBe(true);
    expect(holds({}, "{ a: undefined }")).toBe(false);
    expect(holds({ a: undefined }, "{}")).toBe(false);
    expect(holds({ 0: "a" }, '["a"]')).toBe(false);
    expect(holds(["a"], '{ 0: "a" }')).toBe(false);
  });

  it("ignores freezing and prototypes, compares toJSON values, and no literal equals a Map or a function", () => {
    expect(holds(Object.freeze([Object.freeze({ a: 1 })]), "[{ a: 1 }]")).toBe(true);
    expect(holds(Object.assign(Object.create(null), { a: 1 }), "{ a: 1 }")).toBe(true);
    expect(holds(vnd("151.500.000"), '"151500000"')).toBe(true);
    expect(holds({ total: vnd(5) }, '{ total: "5" }')).toBe(true);
    expect(holds(new Date(Date.UTC(2017, 6, 1)), '"2017-07-01T00:00:00.000Z"')).toBe(true);
    expect(holds(new Map(), "{}")).toBe(false);
    expect(holds(new Set(), "[]")).toBe(false);
    expect(holds(() => 1, "{}")).toBe(false);
  });

  it("says where the values differ", () => {
    expect(matchClaim({ issues: [{ code: "a" }] }, one('{ issues: [{ code: "b" }] }'))).toBe('expected "b" at .issues[0].code, got "a"');
    expect(matchClaim({ "a-b": 1 }, one('{ "a-b": 2 }'))).toBe('expected 2 at ["a-b"], got 1');
  });

  it("holds for every value against the literal formatValue writes for it (a round trip)", () => {
    fc.assert(
      fc.property(claimable, (value) => {
        const text = formatValue(value, Number.POSITIVE_INFINITY);
        const parsed = parseClaim(text);
        expect(parsed.ok, text).toBe(true);
        if (parsed.ok) expect(matchClaim(value, parsed.patterns[0]!), text).toBeUndefined();
      }),
    );
  });

  it("does not hold against the literal of a value that is not deeply equal", () => {
    fc.assert(
      fc.property(claimable, claimable, (a, b) => {
        fc.pre(!isDeepStrictEqual(a, b));
        const parsed = parseClaim(formatValue(b, Number.POSITIVE_INFINITY));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(matchClaim(a, parsed.patterns[0]!)).toBeDefined();
      }),
    );
  });
});

describe("formatValue and normalize", () => {
  it("writes literals a claim can use", () => {
    expect(formatValue({ a: [1n, "x", undefined, -0], "b-c": null, t: vnd(3) })).toBe('{ a: [1n, "x", undefined, -0], "b-c": null, t: "3" }');
    expect(formatValue(new Map())).toBe("<Map>");
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(formatValue(cyclic)).toBe("{ self: <cycle> }");
    expect(formatValue("x".repeat(50), 10)).toBe(`"${"x".repeat(9)}… (52 characters)`);
  });

  it("normalises only objects with a toJSON method", () => {
    expect(normalize(vnd(7))).toBe("7");
    const plain = { a: 1 };
    expect(normalize(plain)).toBe(plain);
    expect(normalize("s")).toBe("s");
  });
});
