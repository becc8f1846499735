/**
 * Every exported function, given the wrong kind of argument, throws a PlanError with well-formed issues (a
 * path, a code, English and Vietnamese messages that say something), never an internal TypeError, and
 * `safe*` functions never throw at all. The values are those a careless caller or a hostile input passes:
 * `{}`, `null`, numbers, bigints, null-prototype objects, a 20,000-deep array, an unparsed plan document
 * where a parsed plan belongs, and whatever fast-check makes up.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";

const json: unknown = JSON.parse(readFileSync(new URL("../examples/vgcl-2017/plan.json", import.meta.url), "utf8"));
const plan = lib.parsePlan(json);

function nestedArrays(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const deep = nestedArrays(20_000);
const nullPrototype = Object.create(null) as object;
const hostileObject = Object.assign(Object.create(null) as object, { toString: 1, valueOf: "x" });

/** Values that a careless or hostile caller passes. */
const FIXED: readonly unknown[] = [
  undefined,
  null,
  {},
  [],
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2n ** 70n,
  "",
  "x",
  "2017-07-01",
  "2017-02-30",
  true,
  Symbol("s"),
  () => 1,
  new Date(Number.NaN),
  new Date(0),
  nullPrototype,
  hostileObject,
  deep,
  json,
  plan,
  [null],
  [{}],
  [nullPrototype],
  { start: "2017-07-01", end: "2017-06-01" },
  { start: "0001-01-01", end: "9999-12-31" },
  { window: nullPrototype },
  { window: { start: "2017-07-01", end: "2018-05-31" } },
  { min: 2, per: "week" },
  { min: Number.MAX_SAFE_INTEGER, per: "day" },
  { rules: nullPrototype },
  // The names of Object.prototype's members, as words and as keys: a lookup in a plain table must not find them.
  "constructor",
  "__proto__",
  "Ban constructor, thứ constructor, hằng constructor, constructor Ngọ, một constructor đồng",
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}, "toString": "x"}') as unknown,
  { kind: "constructor", per: "toString", id: "__proto__" },
];

const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FIXED) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
);

const functions = (Object.entries(lib) as [string, unknown][]).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function" && !/^[A-Z]/.test(entry[0]),
);

/** English words that a Vietnamese message must not contain (outside quoted input). */
const ENGLISH = /\b(expected|received|must|should|the|is|not|whole|number|string|object|array|missing|invalid|value|between|least|most|or|and|of|from|to|with|without|cannot|unknown|period|periods)\b/i;

function checkError(name: string, error: unknown): void {
  if (!lib.isPlanError(error)) {
    throw new Error(`${name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : typeof error}`, { cause: error });
  }
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
    expect(issue.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    for (const text of [issue.message, issue.messageVi, error.message]) {
      expect(typeof text).toBe("string");
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toContain("[object ");
    }
    const unquoted = issue.messageVi.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/«[^»]*»/g, "");
    if (ENGLISH.test(unquoted)) throw new Error(`${name}: English in messageVi: ${issue.messageVi}`);
  }
}

describe("every exported function under misuse", () => {
  it("has functions to test", () => {
    expect(functions.length).toBeGreaterThan(50);
  });

  it.each(functions)("%s: a PlanError or a result, never a stray exception", (name, fn) => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 4 }), (args) => {
        try {
          fn(...args);
        } catch (error) {
          if (name.startsWith("safe")) throw new Error(`${name} threw`, { cause: error });
          checkError(name, error);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("pollutes no prototype, whatever it was given", () => {
    for (const [name, fn] of functions) {
      for (const arg of FIXED) {
        try {
          fn(arg, arg, arg);
        } catch {
          // Checked above; here only the prototypes matter.
        }
        expect((({}) as Record<string, unknown>).polluted, name).toBeUndefined();
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"), name).toBe(false);
      }
    }
  });
});
