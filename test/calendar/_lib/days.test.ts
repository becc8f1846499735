import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDay, dayOf, fromDay, partsOf, toDay } from "../../../src/calendar/_lib/days.js";

// The oracle: what the platform's Date gives (the implementation these functions had before they became
// integer arithmetic), including its carrying over of months and days and its NaN beyond ±10^8 days.
const MS_PER_DAY = 86_400_000;
function dateDayOf(year: number, month: number, day: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.floor(utc.getTime() / MS_PER_DAY);
}
function dateFromDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}
function dateParts(day: number) {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe("day arithmetic", () => {
  it.each([
    [1970, 1, 1, 0],
    [2017, 7, 1, 17_348],
    [1, 1, 1, -719_162],
    [0, 1, 1, -719_528],
    [9999, 12, 31, 2_932_896],
    [2016, 2, 29, 16_860],
  ])("%i-%i-%i is day %i", (y, m, d, day) => {
    expect(dayOf(y, m, d)).toBe(day);
    expect(civilDay(y, m, d)).toBe(day);
  });

  it("carries months and days over as Date does", () => {
    expect(dayOf(2017, 13, 1)).toBe(dayOf(2018, 1, 1));
    expect(dayOf(2017, 3, 0)).toBe(dayOf(2017, 2, 28));
    expect(dayOf(2017, 0, 1)).toBe(dayOf(2016, 12, 1));
    expect(dayOf(2017, 2, 31)).toBe(dayOf(2017, 3, 3));
  });

  it("gives NaN where Date cannot hold the day", () => {
    expect(dayOf(275_760, 9, 13)).toBe(100_000_000);
    expect(dayOf(275_760, 9, 14)).toBeNaN();
    expect(dayOf(-271_821, 4, 20)).toBe(-100_000_000);
    expect(dayOf(-271_821, 4, 19)).toBeNaN();
    expect(fromDay(Number.NaN)).toBe(dateFromDay(Number.NaN));
  });

  it("dayOf agrees with Date for any whole year, month and day", () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: -40, max: 40 }), fc.integer({ min: -400, max: 400 }), (y, m, d) => {
        expect(Object.is(dayOf(y, m, d), dateDayOf(y, m, d))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("fromDay and partsOf agree with Date for any day number, and invert dayOf and toDay", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -800_000, max: 3_000_000 }), fc.integer({ min: -100_000_010, max: 100_000_010 }), fc.double({ min: -1e6, max: 1e6 })), (day) => {
        expect(fromDay(day)).toBe(dateFromDay(day));
        const parts = partsOf(day);
        const expected = dateParts(day);
        expect([Object.is(parts.year, expected.year), Object.is(parts.month, expected.month), Object.is(parts.day, expected.day)]).toEqual([true, true, true]);
        if (Number.isInteger(day) && day >= -719_162 && day <= 2_932_896) {
          expect(dayOf(parts.year, parts.month, parts.day)).toBe(day + 0); // + 0: −0 is day 0
          expect(toDay(fromDay(day))).toBe(day + 0);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe("isoWeek and isoWeekday agree with date-fns's ISO week arithmetic", () => {
  it("at every kind of year edge (53-week years, weeks that start in December or end in January)", async () => {
    const { getISOWeek } = await import("date-fns/getISOWeek");
    const { getISOWeekYear } = await import("date-fns/getISOWeekYear");
    const { getISODay } = await import("date-fns/getISODay");
    const { isoWeek, isoWeekday } = await import("../../../src/calendar/_lib/days.js");
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9998 }), fc.integer({ min: -10, max: 10 }), (year, offset) => {
        // Around 1 January, where the week-year and the calendar year part.
        const day = civilDay(year, 1, 1) + offset;
        const { year: y, month: m, day: d } = partsOf(day);
        const local = new Date(2000, 0, 1);
        local.setFullYear(y, m - 1, d);
        expect(isoWeek(day)).toEqual({ year: getISOWeekYear(local), week: getISOWeek(local) });
        expect(isoWeekday(day)).toBe(getISODay(local));
      }),
      { numRuns: 400 },
    );
  });
});
