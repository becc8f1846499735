import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate, isoDateSchema, isYearMonth, windowSchema, yearMonthSchema } from "../../src/index.js";
import { isDateText } from "../../src/calendar/isoDate.js";

describe("isIsoDate", () => {
  it.each([
    ["2017-08-01", true],
    ["2016-02-29", true],
    ["2000-02-29", true],
    ["2017-02-29", false],
    ["1900-02-29", false],
    ["2017-02-30", false],
    ["2017-04-31", false],
    ["2017-13-01", false],
    ["2017-00-10", false],
    ["2017-01-00", false],
    ["0000-01-01", false],
    ["2017-8-1", false],
    ["2017-08-01T00:00:00Z", false],
    [" 2017-08-01", false],
    ["２０１７-08-01", false],
  ])("%s → %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it("refuses non-strings", () => {
    for (const value of [null, undefined, 20170801, new Date(0), ["2017-08-01"]]) {
      expect(isIsoDate(value)).toBe(false);
      expect(isDateText(value)).toBe(false);
    }
  });

  it("reads exactly the texts /^\\d{4}-\\d{2}-\\d{2}$/ matches, as Date reads them (property, near-dates)", () => {
    const char = fc.constantFrom("0", "1", "2", "3", "9", "-", "T", " ", "\n", "a", "٣", "１");
    const nearDate = fc.oneof(
      fc.array(char, { minLength: 8, maxLength: 12 }).map((chars) => chars.join("")),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 9 }), char).map(
        ([y, m, d, at, c]) => {
          const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          return at < 5 ? text : at < 8 ? text.slice(0, at) + c + text.slice(at + 1) : `${text}${c}`;
        },
      ),
    );
    fc.assert(
      fc.property(nearDate, (text) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        const [y, m, d] = match === null ? [0, 0, 0] : match.slice(1).map(Number);
        const date = new Date(0);
        date.setUTCFullYear(y!, m! - 1, d!);
        const real = match !== null && y! >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
        expect(isIsoDate(text)).toBe(real);
        expect(isDateText(text)).toBe(real);
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with the UTC calendar of Date for every day of years 1900–2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const date = new Date(Date.UTC(y, m - 1, d));
        const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isIsoDate(text)).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isYearMonth", () => {
  it("accepts YYYY-MM only", () => {
    expect(isYearMonth("2018-04")).toBe(true);
    expect(isYearMonth("2018-13")).toBe(false);
    expect(isYearMonth("2018-4")).toBe(false);
    for (const bad of ["2018-00", "2017-13", "0000-01", "2018-123"]) {
      const result = yearMonthSchema.safeParse(bad);
      expect(result.error?.issues.map((i) => (i as { params?: { planCode?: string } }).params?.planCode)).toEqual(["invalid_month"]);
    }
  });
});

describe("windowSchema", () => {
  it("accepts ordered windows, including one day, and refuses reversed ones at the end date", () => {
    expect(windowSchema.safeParse({ start: "2017-08-01", end: "2017-09-30" }).success).toBe(true);
    expect(windowSchema.safeParse({ start: "2017-08-01", end: "2017-08-01" }).success).toBe(true);
    const reversed = windowSchema.safeParse({ start: "2017-09-30", end: "2017-08-01" });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]?.path).toEqual(["end"]);
  });

  it("reports a bad date once, without a window issue", () => {
    const result = windowSchema.safeParse({ start: "2017-02-30", end: "2017-01-01" });
    expect(result.error?.issues.map((i) => i.path)).toEqual([["start"]]);
  });

  it("reports a date that is too long as invalid_date, once", () => {
    const result = isoDateSchema.safeParse("2017-08-011");
    expect(result.error?.issues.map((i) => (i as { params?: { planCode?: string } }).params?.planCode)).toEqual(["invalid_date"]);
  });

  it("freezes what it returns", () => {
    const window = windowSchema.parse({ start: "2017-08-01", end: "2017-09-30" });
    expect(Object.isFrozen(window)).toBe(true);
    expect(isoDateSchema.parse("2017-08-01")).toBe("2017-08-01");
  });
});
