import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInWindow, lunarMonthsOfYear, lunarToSolar, tetDate } from "../../../src/index.js";
import { thrownIssues } from "../../thrownIssues.js";

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("lunarMonthsOfYear", () => {
  it("lists the 13 months of Ất Tỵ 2025, with its leap 6th month", () => {
    const months = lunarMonthsOfYear(2025);
    expect(months.map((m) => `${m.month}${m.leap ? "+" : ""}`)).toEqual(["1", "2", "3", "4", "5", "6", "6+", "7", "8", "9", "10", "11", "12"]);
    expect(months[6]).toEqual({ year: 2025, month: 6, leap: true, start: "2025-07-25", end: "2025-08-22", days: 29 });
    expect(months[12]).toEqual({ year: 2025, month: 12, leap: false, start: "2026-01-19", end: "2026-02-16", days: 29 });
  });

  it("lists 12 months for a year without a leap month", () => {
    expect(lunarMonthsOfYear(2026).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(lunarMonthsOfYear(2024).some((m) => m.leap)).toBe(false);
  });

  it("knows the leap months of 2004, 2020, 2023 and 2033 (a leap 11th month)", () => {
    const leap = (year: number) => lunarMonthsOfYear(year).find((m) => m.leap);
    expect(leap(2004)).toMatchObject({ month: 2, start: "2004-03-21", end: "2004-04-18" });
    expect(leap(2020)).toMatchObject({ month: 4, start: "2020-05-23" });
    expect(leap(2023)).toMatchObject({ month: 2, start: "2023-03-22" });
    expect(leap(2033)).toMatchObject({ month: 11, start: "2033-12-22" });
  });

  it("tiles each year with months of 29 or 30 days, from its Tết to the next (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const months = lunarMonthsOfYear(year);
        expect([12, 13]).toContain(months.length);
        const leaps = months.filter((m) => m.leap);
        expect(leaps.length).toBe(months.length - 12);
        expect(months.filter((m) => !m.leap).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        expect(months[0]?.start).toBe(tetDate(year));
        if (year < 2199) expect(nextDay(months.at(-1)?.end ?? "")).toBe(tetDate(year + 1));
        months.forEach((m, i) => {
          expect([29, 30]).toContain(m.days);
          expect(daysInWindow(m)).toBe(m.days);
          expect(lunarToSolar({ year, month: m.month, day: m.days, leap: m.leap })).toBe(m.end);
          if (i > 0) expect(m.start).toBe(nextDay(months[i - 1]?.end ?? ""));
          if (m.leap) expect(months[i - 1]).toMatchObject({ month: m.month, leap: false });
        });
        const length = months.reduce((sum, m) => sum + m.days, 0);
        expect(months.length === 12 ? [353, 354, 355] : [383, 384, 385]).toContain(length);
      }),
      { numRuns: 300 },
    );
  });

  it("returns frozen months", () => {
    const months = lunarMonthsOfYear(2026);
    expect(Object.isFrozen(months)).toBe(true);
    expect(months.every((m) => Object.isFrozen(m))).toBe(true);
  });

  it.each([
    [1899, "too_small"],
    [2200, "too_big"],
    [1.5, "invalid_type"],
    ["2025", "invalid_type"],
    [{}, "invalid_type"],
  ])("refuses %s with %s at []", (year, code) => {
    expect(thrownIssues(() => lunarMonthsOfYear(year as never))).toEqual([{ path: [], code }]);
  });
});
