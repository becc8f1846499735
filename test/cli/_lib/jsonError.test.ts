/** Where a text stops being JSON (src/cli/_lib/jsonError.ts), against JSON.parse itself. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../../src/cli/_lib/jsonError.js";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Texts made of JSON's own pieces, so that many are JSON and many are nearly JSON. */
const jsonish = fc
  .array(fc.constantFrom("{", "}", "[", "]", ",", ":", '"', '"a"', "\\", "\\u00e9", "\\x", "0", "1", "-", ".", "e", "+", "true", "tru", "null", "f", " ", "\n", "\r\n", "\t", "ư", "\u0001"), { maxLength: 30 })
  .map((parts) => parts.join(""));

describe("jsonErrorOffset", () => {
  it("finds no error in JSON, whatever its whitespace", () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(0, 2, "\t"), (json, indent) => {
        const text = JSON.stringify(JSON.parse(json), null, indent).replace(/\n/g, "\r\n");
        expect(jsonErrorOffset(json)).toBeUndefined();
        expect(jsonErrorOffset(` ${text}\n`)).toBeUndefined();
      }),
    );
  });

  it("says a text is JSON exactly when JSON.parse reads it, and points where JSON.parse does when it says where", () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        const offset = jsonErrorOffset(text);
        expect(offset === undefined).toBe(parses(text));
        if (offset === undefined) return;
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
        try {
          JSON.parse(text);
        } catch (error) {
          const position = /at position (\d+)/.exec((error as Error).message)?.[1];
          if (position !== undefined) expect(offset).toBe(Number(position));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a text cut short ends too early: the error is at its end, unless what is left is JSON", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, n) => {
        const cut = json.slice(0, n % json.length);
        expect(jsonErrorOffset(cut)).toBe(parses(cut) ? undefined : cut.length);
      }),
    );
  });

  it("the errors of hand-written files: a trailing comma, a missing value, a misspelt literal, a bad escape, text after the value", () => {
    expect(jsonErrorOffset("[1, 2,]")).toBe(6);
    expect(jsonErrorOffset('{\r\n "a": 1,\r\n "b": }\r\n')).toBe(19);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a": "C:\\Users"}')).toBe(10);
    expect(jsonErrorOffset('{"a": 1}}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset("plan")).toBe(0);
    expect(jsonErrorOffset("")).toBe(0);
    expect(jsonErrorOffset("[01]")).toBe(2);
  });

  it("deep nesting is no recursion", () => {
    expect(jsonErrorOffset(`${"[".repeat(200_000)}${"]".repeat(200_000)}`)).toBeUndefined();
    expect(jsonErrorOffset(`${"[".repeat(200_000)}}`)).toBe(200_000);
  });
});
