import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lunarMonthsOfYear, lunarToSolar, PlanError, solarToLunar } from "../../../src/index.js";
import { thrownIssues } from "../../thrownIssues.js";

/** The first issue of the PlanError that `fn` throws. */
const firstIssue = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlanError) return error.issues[0];
    throw error;
  }
  return undefined;
};

/** A valid lunar date: a year of the table, one of its months, a day of that month. */
const lunarDate = fc
  .integer({ min: 1900, max: 2199 })
  .chain((year) => fc.constantFrom(...lunarMonthsOfYear(year)))
  .chain((m) => fc.integer({ min: 1, max: m.days }).map((day) => ({ year: m.year, month: m.month, day, leap: m.leap })));

describe("lunarToSolar", () => {
  it("finds the days that plans name", () => {
    expect(lunarToSolar({ year: 2026, month: 1, day: 1 })).toBe("2026-02-17"); // mùng 1 Tết Bính Ngọ
    expect(lunarToSolar({ year: 2026, month: 1, day: 15 })).toBe("2026-03-03"); // Rằm tháng Giêng 2026
    expect(lunarToSolar({ year: 2025, month: 12, day: 29 })).toBe("2026-02-16"); // 29 tháng Chạp năm Ất Tỵ
    expect(lunarToSolar({ year: 2025, month: 12, day: 23 })).toBe("2026-02-10"); // ông Công ông Táo
    expect(lunarToSolar({ year: 2017, month: 1, day: 1, leap: false })).toBe("2017-01-28");
  });

  it("tells a leap month from the ordinary month of the same number", () => {
    expect(lunarToSolar({ year: 2025, month: 6, day: 1 })).toBe("2025-06-25");
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe("2025-07-25");
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toBe("2020-05-23");
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
    expect(lunarToSolar({ year: 2033, month: 11, day: 1, leap: true })).toBe("2033-12-22");
  });

  it("takes back what solarToLunar gives, yearName included", () => {
    expect(lunarToSolar(solarToLunar("2026-02-17"))).toBe("2026-02-17");
  });

  it("is the inverse of solarToLunar on every valid lunar date (property)", () => {
    fc.assert(
      fc.property(lunarDate, (date) => {
        const solar = lunarToSolar(date);
        expect(solarToLunar(solar)).toMatchObject(date);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses day 30 of a 29-day month: 30 tháng Chạp Ất Tỵ does not exist", () => {
    expect(thrownIssues(() => lunarToSolar({ year: 2025, month: 12, day: 30 }))).toEqual([{ path: ["day"], code: "invalid_lunar_date" }]);
    const issue = firstIssue(() => lunarToSolar({ year: 2025, month: 12, day: 30 }));
    expect(issue?.messageVi).toContain("tháng Chạp năm Ất Tỵ (2025) có 29 ngày");
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }).chain((year) => fc.constantFrom(...lunarMonthsOfYear(year).filter((m) => m.days === 29))),
        (m) => {
          expect(thrownIssues(() => lunarToSolar({ year: m.year, month: m.month, day: 30, leap: m.leap }))).toEqual([{ path: ["day"], code: "invalid_lunar_date" }]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses leap: true for a month that is not the leap month of its year", () => {
    expect(thrownIssues(() => lunarToSolar({ year: 2025, month: 5, day: 1, leap: true }))).toEqual([{ path: ["leap"], code: "invalid_lunar_date" }]);
    expect(thrownIssues(() => lunarToSolar({ year: 2024, month: 4, day: 1, leap: true }))).toEqual([{ path: ["leap"], code: "invalid_lunar_date" }]);
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const isLeapMonth = lunarMonthsOfYear(year).some((m) => m.leap && m.month === month);
        expect(thrownIssues(() => lunarToSolar({ year, month, day: 1, leap: true }))).toEqual(
          isLeapMonth ? [] : [{ path: ["leap"], code: "invalid_lunar_date" }],
        );
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["month 13", { year: 2025, month: 13, day: 1 }, ["month"], "invalid_lunar_date"],
    ["month 0", { year: 2025, month: 0, day: 1 }, ["month"], "invalid_lunar_date"],
    ["day 0", { year: 2025, month: 1, day: 0 }, ["day"], "invalid_lunar_date"],
    ["day 31", { year: 2025, month: 1, day: 31 }, ["day"], "invalid_lunar_date"],
    ["year 1899", { year: 1899, month: 12, day: 1 }, ["year"], "too_small"],
    ["year 2200", { year: 2200, month: 1, day: 1 }, ["year"], "too_big"],
    ["a fractional year", { year: 2025.5, month: 1, day: 1 }, ["year"], "invalid_type"],
    ["a month as text", { year: 2025, month: "Chạp", day: 1 }, ["month"], "invalid_type"],
    ["a NaN day", { year: 2025, month: 1, day: Number.NaN }, ["day"], "invalid_type"],
    ["leap as text", { year: 2025, month: 6, day: 1, leap: "nhuận" }, ["leap"], "invalid_type"],
    ["no year", { month: 1, day: 1 }, ["year"], "missing"],
  ])("refuses %s", (_name, input, path, code) => {
    expect(thrownIssues(() => lunarToSolar(input as never))).toEqual([{ path, code }]);
  });

  it("lists every problem of the fields at once", () => {
    expect(thrownIssues(() => lunarToSolar({ year: "2025", leap: 1 } as never))).toEqual([
      { path: ["year"], code: "invalid_type" },
      { path: ["month"], code: "missing" },
      { path: ["day"], code: "missing" },
      { path: ["leap"], code: "invalid_type" },
    ]);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 20260217],
    ["a string", "2026-02-17"],
    ["an array", [2026, 1, 1]],
  ])("refuses %s with invalid_type at []", (_name, value) => {
    expect(thrownIssues(() => lunarToSolar(value as never))).toEqual([{ path: [], code: "invalid_type" }]);
  });

  it("refuses an empty object with the three missing fields", () => {
    expect(thrownIssues(() => lunarToSolar({} as never))).toEqual([
      { path: ["year"], code: "missing" },
      { path: ["month"], code: "missing" },
      { path: ["day"], code: "missing" },
    ]);
  });

  it("writes its messages in English and in Vietnamese", () => {
    const issue = firstIssue(() => lunarToSolar({ year: 2024, month: 4, day: 1, leap: true }));
    expect(issue?.message).toContain("has no leap month");
    expect(issue?.messageVi).toContain("không có tháng nhuận");
    expect(issue?.messageVi).not.toMatch(/\b(month|lunar|leap|year)\b/);
  });
});
