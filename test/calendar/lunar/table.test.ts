import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeLunarMonths, FIRST_YEAR, LAST_YEAR, renderLunarTable, TABLE_PATH, type MonthRecord } from "../../../scripts/generate-lunar-table.js";
import { newMoonJde, solarLongitudeJde, sunApparentLongitude, toUniversalTime } from "../../../scripts/lunar/astronomy.js";
import { lunarMonthsOfYear, solarToLunar } from "../../../src/index.js";

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const julianDay = (utc: string): number => Date.parse(`${utc}Z`) / 86_400_000 + 2440587.5;
const tetOf = (months: readonly MonthRecord[], year: number): string | undefined => {
  const first = months.find((m) => m.year === year && m.month === 1 && !m.leap);
  return first === undefined ? undefined : iso(first.start);
};
const leapOf = (months: readonly MonthRecord[], year: number): number => months.find((m) => m.year === year && m.leap)?.month ?? 0;

// Computed once for the file: the Vietnamese (UTC+07:00) and the Chinese (UTC+08:00) calendars.
const vietnam = computeLunarMonths(FIRST_YEAR, LAST_YEAR, 7);
const china = computeLunarMonths(FIRST_YEAR, LAST_YEAR, 8);

describe("the lunar table", () => {
  it("is what scripts/generate-lunar-table.ts writes (regenerated and compared)", () => {
    expect(readFileSync(TABLE_PATH, "utf8")).toBe(renderLunarTable());
  });

  it("gives, through the public functions, every month that the astronomy gives", () => {
    expect(vietnam.length).toBeGreaterThan(3700);
    for (const m of vietnam) {
      expect(solarToLunar(iso(m.start))).toEqual({ year: m.year, month: m.month, day: 1, leap: m.leap, yearName: expect.any(String) });
      expect(solarToLunar(iso(m.start + m.days - 1)).day).toBe(m.days);
    }
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      expect(lunarMonthsOfYear(year).map((m) => m.start)).toEqual(vietnam.filter((m) => m.year === year).map((m) => iso(m.start)));
    }
  });
});

describe("the astronomy of the generator", () => {
  // Instants (UT) published by Hồ Ngọc Đức, "Computing the Vietnamese lunar calendar", tables for 1984 and 1985.
  const newMoons = [
    "1983-12-04T12:25:49", "1984-01-03T05:15:34", "1984-02-01T23:46:20", "1984-03-02T18:30:51", "1984-04-01T12:09:34",
    "1984-05-01T03:45:21", "1984-05-30T16:47:52", "1984-06-29T03:18:24", "1984-07-28T11:51:08", "1984-08-26T19:25:21",
    "1984-09-25T03:10:31", "1984-10-24T12:08:13", "1984-11-22T22:56:45", "1984-12-22T11:46:36", "1985-01-21T02:28:16",
    "1985-02-19T18:42:38", "1985-03-21T11:58:36", "1985-04-20T05:22:00", "1985-12-12T00:54:24", "1986-01-10T12:21:38",
  ];
  const principalTerms: readonly (readonly [string, number])[] = [
    ["1983-12-22T10:29:41", 270], ["1984-01-20T21:04:50", 300], ["1984-03-20T10:23:48", 0], ["1984-06-21T05:02:21", 90],
    ["1984-09-22T20:32:55", 180], ["1984-12-21T16:22:42", 270], ["1985-02-18T17:07:26", 330], ["1985-03-20T16:13:38", 0],
    ["1985-04-20T03:25:25", 30], ["1985-12-21T22:07:30", 270],
  ];

  it("finds the new moons within 10 seconds of the published instants", () => {
    for (const utc of newMoons) {
      const jd = julianDay(utc);
      const k = Math.round((jd - 2451550.1) / 29.530588861);
      expect(Math.abs(toUniversalTime(newMoonJde(k)) - jd) * 86400, utc).toBeLessThan(10);
    }
  });

  it("finds the principal terms within a minute of the published instants", () => {
    for (const [utc, degrees] of principalTerms) {
      const jd = julianDay(utc);
      expect(Math.abs(toUniversalTime(solarLongitudeJde(degrees, jd + 5)) - jd) * 86400, utc).toBeLessThan(60);
    }
  });

  it("gives the sun's apparent longitude of Meeus's example 25.b (1992-10-13.0 TD: 199°54′21.818″) within 0.5″", () => {
    const expected = 199 + 54 / 60 + 21.818 / 3600;
    expect(Math.abs(sunApparentLongitude(2448908.5) - expected) * 3600).toBeLessThan(0.5);
  });
});

describe("Vietnam (UTC+07:00) and China (UTC+08:00)", () => {
  it("differ on Tết in 1985, 2007, 2030 and 2053, as published", () => {
    expect([tetOf(vietnam, 1985), tetOf(china, 1985)]).toEqual(["1985-01-21", "1985-02-20"]);
    expect([tetOf(vietnam, 2007), tetOf(china, 2007)]).toEqual(["2007-02-17", "2007-02-18"]);
    expect([tetOf(vietnam, 2030), tetOf(china, 2030)]).toEqual(["2030-02-02", "2030-02-03"]);
    expect([tetOf(vietnam, 2053), tetOf(china, 2053)]).toEqual(["2053-02-18", "2053-02-19"]);
  });

  it("differ on Tết Mậu Thân 1968, the first Tết of the UTC+07:00 calendar in the North", () => {
    expect([tetOf(vietnam, 1968), tetOf(china, 1968)]).toEqual(["1968-01-29", "1968-01-30"]);
  });

  it("differ on Tết in exactly 3 years of the 21st century (Hồ Ngọc Đức)", () => {
    const years: number[] = [];
    for (let year = 2001; year <= 2100; year += 1) if (tetOf(vietnam, year) !== tetOf(china, year)) years.push(year);
    expect(years).toEqual([2007, 2030, 2053]);
  });

  it("place the leap months of 1984–1985 differently: China 10 in 1984, Vietnam 2 in 1985", () => {
    expect([leapOf(vietnam, 1984), leapOf(china, 1984)]).toEqual([0, 10]);
    expect([leapOf(vietnam, 1985), leapOf(china, 1985)]).toEqual([2, 0]);
  });

  it("agree on the Chinese New Years and leap months that everyone knows", () => {
    const chineseNewYears: Record<number, string> = { 2000: "2000-02-05", 2008: "2008-02-07", 2017: "2017-01-28", 2020: "2020-01-25", 2024: "2024-02-10", 2026: "2026-02-17" };
    for (const [year, date] of Object.entries(chineseNewYears)) expect(tetOf(china, Number(year))).toBe(date);
    expect([leapOf(china, 2020), leapOf(china, 2023), leapOf(china, 2025), leapOf(china, 2033)]).toEqual([4, 2, 6, 11]);
  });

  it("agree in most years: the calendars are the same rules on two meridians", () => {
    let same = 0;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) if (tetOf(vietnam, year) === tetOf(china, year)) same += 1;
    expect(same).toBeGreaterThan(280);
    expect(same).toBeLessThan(300);
  });
});
