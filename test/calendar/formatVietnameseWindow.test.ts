import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatVietnameseWindow } from "../../src/calendar/formatVietnameseWindow.js";
import { parseVietnameseWindow } from "../../src/calendar/parseVietnameseWindow.js";
import { dayOf, fromDay } from "../../src/calendar/_lib/days.js";
import { daysInMonth } from "../../src/calendar/isoDate.js";
import type { Window } from "../../src/calendar/window.js";
import { PlanError } from "../../src/errors/PlanError.js";

const w = (start: string, end: string = start): Window => ({ start, end });

describe("formatVietnameseWindow: the canonical form", () => {
  it.each([
    [w("2018-01-01", "2018-12-31"), "Năm 2018"],
    [w("2018-01-01", "2018-06-30"), "6 tháng đầu năm 2018"],
    [w("2018-07-01", "2018-12-31"), "6 tháng cuối năm 2018"],
    [w("2018-01-01", "2018-09-30"), "9 tháng đầu năm 2018"],
    [w("2018-04-01", "2018-12-31"), "Tháng 4-12/2018"],
    [w("2018-01-01", "2018-03-31"), "Quý I/2018"],
    [w("2018-04-01", "2018-06-30"), "Quý II/2018"],
    [w("2017-07-01", "2017-09-30"), "Quý III/2017"],
    [w("2017-10-01", "2017-12-31"), "Quý IV/2017"],
    [w("2017-07-01", "2017-07-31"), "Tháng 7/2017"],
    [w("2016-02-01", "2016-02-29"), "Tháng 2/2016"],
    [w("2017-08-01", "2017-09-30"), "Tháng 8,9/2017"],
    [w("2017-02-01", "2017-04-30"), "Tháng 2,3,4/2017"],
    [w("2017-03-01", "2017-08-31"), "Tháng 3-8/2017"],
    [w("2017-01-01", "2017-11-30"), "Tháng 1-11/2017"],
    [w("2017-07-01", "2018-05-31"), "Từ tháng 7/2017 đến tháng 5/2018"],
    [w("2017-01-01", "2018-12-31"), "Từ tháng 1/2017 đến tháng 12/2018"],
    [w("2017-12-01", "2018-01-31"), "Từ tháng 12/2017 đến tháng 1/2018"],
    [w("2017-03-09"), "Ngày 09/3/2017"],
    [w("2017-12-31"), "Ngày 31/12/2017"],
    [w("2017-07-01", "2017-07-15"), "Từ ngày 01/7/2017 đến ngày 15/7/2017"],
    [w("2017-07-02", "2017-07-31"), "Từ ngày 02/7/2017 đến ngày 31/7/2017"],
    [w("2016-09-24", "2017-04-22"), "Từ ngày 24/9/2016 đến ngày 22/4/2017"],
    [w("2017-02-01", "2017-02-27"), "Từ ngày 01/2/2017 đến ngày 27/2/2017"],
    [w("0999-01-01", "0999-12-31"), "Năm 0999"],
    [w("0001-01-01"), "Ngày 01/1/0001"],
    [w("9999-12-01", "9999-12-31"), "Tháng 12/9999"],
  ])("%j → %s", (window, text) => {
    expect(formatVietnameseWindow(window)).toBe(text);
    expect(parseVietnameseWindow(text)).toEqual(window);
  });

  it("writes the DOMAIN.md windows as plans write them", () => {
    expect(formatVietnameseWindow(parseVietnameseWindow("Tháng 8,9/2017"))).toBe("Tháng 8,9/2017");
    expect(formatVietnameseWindow(parseVietnameseWindow("từ tháng 7/2017 đến tháng 5/2018"))).toBe("Từ tháng 7/2017 đến tháng 5/2018");
    expect(formatVietnameseWindow(parseVietnameseWindow("T7-9/2017"))).toBe("Quý III/2017");
    expect(formatVietnameseWindow(parseVietnameseWindow("3 tháng đầu năm 2018"))).toBe("Quý I/2018");
  });
});

describe("formatVietnameseWindow: errors", () => {
  const codesAndPaths = (window: unknown) => {
    try {
      formatVietnameseWindow(window as Window);
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      return (error as PlanError).issues.map((i) => [i.code, i.path]);
    }
    throw new Error("expected a PlanError");
  };

  it("refuses a window that ends before it starts, at end", () => {
    expect(codesAndPaths(w("2017-09-30", "2017-08-01"))).toEqual([["invalid_window", ["end"]]]);
  });

  it("refuses dates that do not exist, both at once", () => {
    expect(codesAndPaths(w("2017-02-30", "2017-03-01"))).toEqual([["invalid_date", ["start"]]]);
    expect(codesAndPaths(w("2017-03-01", "2017-13-01"))).toEqual([["invalid_date", ["end"]]]);
    expect(codesAndPaths(w("2017-2-3", "2017/03/01"))).toEqual([
      ["invalid_date", ["start"]],
      ["invalid_date", ["end"]],
    ]);
    expect(codesAndPaths({ start: "2017-07-01" })).toEqual([["invalid_date", ["end"]]]);
    expect(codesAndPaths({ start: 20170701, end: null })).toEqual([
      ["invalid_date", ["start"]],
      ["invalid_date", ["end"]],
    ]);
  });

  it("refuses what is not a window", () => {
    for (const value of [null, undefined, "Tháng 7/2017", 2017]) expect(codesAndPaths(value)).toEqual([["invalid_type", []]]);
  });
});

const FIRST = dayOf(1900, 1, 1);
const LAST = dayOf(2100, 12, 31);

/** Any span of days, one day, and spans of whole months (which random days rarely hit). */
const windowArb: fc.Arbitrary<Window> = fc.oneof(
  fc.tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: FIRST, max: LAST })).map(([a, b]) => w(fromDay(Math.min(a, b)), fromDay(Math.max(a, b)))),
  fc.integer({ min: FIRST, max: LAST }).map((d) => w(fromDay(d))),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 40 }))
    .map(([year, month, extra]) => {
      const last = year * 12 + month - 1 + extra;
      const endYear = Math.min(2100, Math.floor(last / 12));
      const endMonth = endYear === Math.floor(last / 12) ? (last % 12) + 1 : 12;
      return w(fromDay(dayOf(year, month, 1)), fromDay(dayOf(endYear, endMonth, daysInMonth(endYear, endMonth))));
    }),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([year, a, b]) => {
    const [from, to] = [Math.min(a, b), Math.max(a, b)];
    return w(fromDay(dayOf(year, from, 1)), fromDay(dayOf(year, to, daysInMonth(year, to))));
  }),
);

describe("formatVietnameseWindow: properties", () => {
  it("parseVietnameseWindow(formatVietnameseWindow(w)) deep-equals w, 1900–2100", () => {
    fc.assert(
      fc.property(windowArb, (window) => {
        const text = formatVietnameseWindow(window);
        expect(parseVietnameseWindow(text)).toEqual(window);
      }),
      { numRuns: 5000 },
    );
  });

  it("round-trips every whole-month window of one year, for every year shape", () => {
    for (const year of [1900, 2000, 2016, 2017, 2100]) {
      for (let from = 1; from <= 12; from++) {
        for (let to = from; to <= 12; to++) {
          const window = w(fromDay(dayOf(year, from, 1)), fromDay(dayOf(year, to, daysInMonth(year, to))));
          expect(parseVietnameseWindow(formatVietnameseWindow(window))).toEqual(window);
        }
      }
    }
  });

  it("round-trips whole years 0001–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const y = String(year).padStart(4, "0");
        for (const window of [w(`${y}-01-01`, `${y}-12-31`), w(`${y}-${String(month).padStart(2, "0")}-01`)]) {
          expect(parseVietnameseWindow(formatVietnameseWindow(window))).toEqual(window);
        }
      }),
    );
  });

  it("is canonical: formatting what it parsed gives the same text", () => {
    fc.assert(
      fc.property(windowArb, (window) => {
        const text = formatVietnameseWindow(window);
        expect(formatVietnameseWindow(parseVietnameseWindow(text))).toBe(text);
        expect(formatVietnameseWindow(parseVietnameseWindow(text.toUpperCase()))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
