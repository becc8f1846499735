import { describe, expect, it } from "vitest";
import { lunarToSolar, solarToLunar } from "../../../src/index.js";
import { thrownIssues } from "../../thrownIssues.js";

const MS_PER_DAY = 86_400_000;
const iso = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

// Tết Nguyên đán in Vietnam, 2000–2030, as published (the lunar year and its can chi name).
const TET: readonly (readonly [string, number, string])[] = [
  ["2000-02-05", 2000, "Canh Thìn"], ["2001-01-24", 2001, "Tân Tỵ"], ["2002-02-12", 2002, "Nhâm Ngọ"],
  ["2003-02-01", 2003, "Quý Mùi"], ["2004-01-22", 2004, "Giáp Thân"], ["2005-02-09", 2005, "Ất Dậu"],
  ["2006-01-29", 2006, "Bính Tuất"], ["2007-02-17", 2007, "Đinh Hợi"], ["2008-02-07", 2008, "Mậu Tý"],
  ["2009-01-26", 2009, "Kỷ Sửu"], ["2010-02-14", 2010, "Canh Dần"], ["2011-02-03", 2011, "Tân Mão"],
  ["2012-01-23", 2012, "Nhâm Thìn"], ["2013-02-10", 2013, "Quý Tỵ"], ["2014-01-31", 2014, "Giáp Ngọ"],
  ["2015-02-19", 2015, "Ất Mùi"], ["2016-02-08", 2016, "Bính Thân"], ["2017-01-28", 2017, "Đinh Dậu"],
  ["2018-02-16", 2018, "Mậu Tuất"], ["2019-02-05", 2019, "Kỷ Hợi"], ["2020-01-25", 2020, "Canh Tý"],
  ["2021-02-12", 2021, "Tân Sửu"], ["2022-02-01", 2022, "Nhâm Dần"], ["2023-01-22", 2023, "Quý Mão"],
  ["2024-02-10", 2024, "Giáp Thìn"], ["2025-01-29", 2025, "Ất Tỵ"], ["2026-02-17", 2026, "Bính Ngọ"],
  ["2027-02-06", 2027, "Đinh Mùi"], ["2028-01-26", 2028, "Mậu Thân"], ["2029-02-13", 2029, "Kỷ Dậu"],
  ["2030-02-02", 2030, "Canh Tuất"],
];

describe("solarToLunar", () => {
  it.each(TET)("%s is mùng 1 Tết of the lunar year %i (%s)", (date, year, yearName) => {
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false, yearName });
    const eve = solarToLunar(iso(dayOf(date) - 1));
    expect([eve.year, eve.month, eve.leap]).toEqual([year - 1, 12, false]);
    expect([29, 30]).toContain(eve.day);
  });

  it("keeps Vietnam's Tết where it differs from China's: 1985-01-21 and 2007-02-17", () => {
    expect(solarToLunar("1985-01-21")).toEqual({ year: 1985, month: 1, day: 1, leap: false, yearName: "Ất Sửu" });
    expect(solarToLunar("1985-02-20")).toEqual({ year: 1985, month: 2, day: 1, leap: false, yearName: "Ất Sửu" });
    expect(solarToLunar("1985-03-21")).toEqual({ year: 1985, month: 2, day: 1, leap: true, yearName: "Ất Sửu" });
    expect(solarToLunar("2007-02-18")).toEqual({ year: 2007, month: 1, day: 2, leap: false, yearName: "Đinh Hợi" });
    expect(solarToLunar("1968-01-29")).toEqual({ year: 1968, month: 1, day: 1, leap: false, yearName: "Mậu Thân" });
  });

  it("names the leap months: 4 in 2020, 2 in 2023, 6 in 2025", () => {
    expect(solarToLunar("2020-05-23")).toEqual({ year: 2020, month: 4, day: 1, leap: true, yearName: "Canh Tý" });
    expect(solarToLunar("2020-05-22")).toEqual({ year: 2020, month: 4, day: 30, leap: false, yearName: "Canh Tý" });
    expect(solarToLunar("2020-06-21")).toEqual({ year: 2020, month: 5, day: 1, leap: false, yearName: "Canh Tý" });
    expect(solarToLunar("2023-03-22")).toEqual({ year: 2023, month: 2, day: 1, leap: true, yearName: "Quý Mão" });
    expect(solarToLunar("2025-07-25")).toEqual({ year: 2025, month: 6, day: 1, leap: true, yearName: "Ất Tỵ" });
    expect(solarToLunar("2025-08-23")).toEqual({ year: 2025, month: 7, day: 1, leap: false, yearName: "Ất Tỵ" });
  });

  it("reads the days of real plans: Rằm tháng Giêng 2026, 29 tháng Chạp Ất Tỵ", () => {
    expect(solarToLunar("2026-03-03")).toEqual({ year: 2026, month: 1, day: 15, leap: false, yearName: "Bính Ngọ" });
    expect(solarToLunar("2026-02-16")).toEqual({ year: 2025, month: 12, day: 29, leap: false, yearName: "Ất Tỵ" });
  });

  it("covers 1900-01-31 (Tết Canh Tý 1900) to 2200-02-14 and refuses the days around them", () => {
    expect(solarToLunar("1900-01-31")).toEqual({ year: 1900, month: 1, day: 1, leap: false, yearName: "Canh Tý" });
    expect(solarToLunar("2200-02-14")).toMatchObject({ year: 2199, month: 12, leap: false, yearName: "Kỷ Hợi" });
    expect(thrownIssues(() => solarToLunar("1900-01-30"))).toEqual([{ path: [], code: "invalid_date" }]);
    expect(thrownIssues(() => solarToLunar("2200-02-15"))).toEqual([{ path: [], code: "invalid_date" }]);
    expect(thrownIssues(() => solarToLunar("0001-01-01"))).toEqual([{ path: [], code: "invalid_date" }]);
  });

  it.each([
    ["a day that does not exist", "2026-02-30"],
    ["an unpadded date", "2026-2-17"],
    ["a date-time", "2026-02-17T00:00:00+07:00"],
    ["text", "Tết"],
    ["null", null],
    ["a number", 20260217],
    ["an object", { year: 2026, month: 2, day: 17 }],
    ["a Date", new Date(Date.UTC(2026, 1, 17))],
    ["nothing", undefined],
  ])("refuses %s with invalid_date at []", (_name, value) => {
    expect(thrownIssues(() => solarToLunar(value as never))).toEqual([{ path: [], code: "invalid_date" }]);
  });

  it("never writes [object Object] in a message", () => {
    try {
      solarToLunar({} as never);
      expect.unreachable();
    } catch (error) {
      const issue = (error as { issues: { message: string; messageVi: string }[] }).issues[0];
      expect(issue?.message).not.toContain("[object");
      expect(issue?.messageVi).not.toContain("[object");
    }
  });

  it("returns a frozen date", () => {
    expect(Object.isFrozen(solarToLunar("2026-02-17"))).toBe(true);
  });

  it("walks every day from 1900-01-31 to 2200-02-14: one day on, and back with lunarToSolar", () => {
    const first = dayOf("1900-01-31");
    const last = dayOf("2200-02-14");
    let previous = solarToLunar(iso(first));
    let monthsInYear = 1;
    let leapMonths = 0;
    for (let day = first + 1; day <= last; day += 1) {
      const date = iso(day);
      const lunar = solarToLunar(date);
      if (lunarToSolar(lunar) !== date) expect.fail(`${date} → ${JSON.stringify(lunar)} → ${lunarToSolar(lunar)}`);
      if (lunar.day !== 1) {
        // The same month, one day on.
        if (lunar.day !== previous.day + 1 || lunar.month !== previous.month || lunar.leap !== previous.leap || lunar.year !== previous.year) {
          expect.fail(`${date}: ${JSON.stringify(previous)} then ${JSON.stringify(lunar)}`);
        }
        previous = lunar;
        continue;
      }
      // A new month: the last one had 29 or 30 days; it is the next month, or the leap month that repeats it.
      if (previous.day !== 29 && previous.day !== 30) expect.fail(`${date}: a month of ${previous.day} days`);
      if (lunar.leap) {
        leapMonths += 1;
        if (lunar.month !== previous.month || previous.leap || lunar.year !== previous.year) expect.fail(`${date}: leap month after ${JSON.stringify(previous)}`);
        monthsInYear += 1;
      } else if (lunar.month === 1) {
        if (previous.month !== 12 || lunar.year !== previous.year + 1) expect.fail(`${date}: Tết after ${JSON.stringify(previous)}`);
        if (monthsInYear !== 12 && monthsInYear !== 13) expect.fail(`the lunar year ${previous.year} has ${monthsInYear} months`);
        if ((monthsInYear === 13) !== (leapMonths === 1)) expect.fail(`the lunar year ${previous.year}: ${monthsInYear} months, ${leapMonths} leap`);
        monthsInYear = 1;
        leapMonths = 0;
      } else {
        if (lunar.month !== previous.month + 1 || lunar.year !== previous.year) expect.fail(`${date}: month ${lunar.month} after ${JSON.stringify(previous)}`);
        monthsInYear += 1;
      }
      previous = lunar;
    }
    expect(previous).toMatchObject({ year: 2199, month: 12 });
  });
});
