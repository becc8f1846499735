import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lunarToSolar, solarToLunar, tetDate } from "../../../src/index.js";
import { thrownIssues } from "../../thrownIssues.js";

describe("tetDate", () => {
  it.each([
    [2017, "2017-01-28"],
    [2018, "2018-02-16"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [1985, "1985-01-21"],
    [2007, "2007-02-17"],
    [2030, "2030-02-02"],
    [2053, "2053-02-18"],
    [1968, "1968-01-29"],
    [1900, "1900-01-31"],
  ])("Tết %i is %s", (year, date) => {
    expect(tetDate(year)).toBe(date);
  });

  it("is mùng 1 tháng Giêng, between 21 January and 20 February, for every year 1900–2199", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const date = tetDate(year);
        expect(lunarToSolar({ year, month: 1, day: 1 })).toBe(date);
        expect(solarToLunar(date)).toMatchObject({ year, month: 1, day: 1, leap: false });
        expect(date >= `${year}-01-21` && date <= `${year}-02-20`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [1899, "too_small"],
    [2200, "too_big"],
    [2026.5, "invalid_type"],
    ["2026", "invalid_type"],
    [null, "invalid_type"],
    [undefined, "invalid_type"],
    [Number.POSITIVE_INFINITY, "invalid_type"],
  ])("refuses %s with %s at []", (year, code) => {
    expect(thrownIssues(() => tetDate(year as never))).toEqual([{ path: [], code }]);
  });
});
