import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eachIssue, eachPeriod, type CalendarPer } from "../../../src/calendar/_lib/periodsOf.js";
import { fromDay, toDay } from "../../../src/calendar/_lib/days.js";
import { isoDateArb } from "../../arbitraries.js";
import { thrownIssues } from "../../thrownIssues.js";

const MS_PER_DAY = 86_400_000;

/** The key of the period that holds a day, by the platform's Date: the oracle. */
function keyByDate(day: number, per: CalendarPer): string {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const y4 = String(year).padStart(4, "0");
  switch (per) {
    case "day":
      return date.toISOString().slice(0, 10);
    case "week": {
      // The ISO week is the week of its Thursday, numbered from the week of the year's first Thursday.
      const thursday = new Date((day - ((date.getUTCDay() + 6) % 7) + 3) * MS_PER_DAY);
      const weekYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * MS_PER_DAY)) + 1;
      return `${String(weekYear).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
    }
    case "month":
      return `${y4}-${String(month).padStart(2, "0")}`;
    case "quarter":
      return `${y4}-Q${Math.ceil(month / 3)}`;
    case "half-year":
      return `${y4}-H${month <= 6 ? 1 : 2}`;
    case "year":
      return y4;
  }
}

function periodsOf(first: number, last: number, per: CalendarPer, limit = 100_000): [string, number, number][] {
  const out: [string, number, number][] = [];
  eachPeriod(first, last, per, limit, (key, a, b) => out.push([key, a, b]));
  return out;
}

const PERS: readonly CalendarPer[] = ["day", "week", "month", "quarter", "half-year", "year"];

describe("eachPeriod", () => {
  it("visits the periods that a window touches, whole", () => {
    const first = toDay("2017-07-01");
    const last = toDay("2018-05-31");
    expect(periodsOf(first, last, "quarter").map(([key, a, b]) => [key, fromDay(a), fromDay(b)])).toEqual([
      ["2017-Q3", "2017-07-01", "2017-09-30"],
      ["2017-Q4", "2017-10-01", "2017-12-31"],
      ["2018-Q1", "2018-01-01", "2018-03-31"],
      ["2018-Q2", "2018-04-01", "2018-06-30"],
    ]);
    expect(periodsOf(first, last, "week")[0]!.map((x) => (typeof x === "number" ? fromDay(x) : x))).toEqual(["2017-W26", "2017-06-26", "2017-07-02"]);
    expect(periodsOf(first, last, "half-year").map(([key]) => key)).toEqual(["2017-H2", "2018-H1"]);
    expect(periodsOf(first, last, "year").map(([key, a, b]) => [key, fromDay(a), fromDay(b)])).toEqual([
      ["2017", "2017-01-01", "2017-12-31"],
      ["2018", "2018-01-01", "2018-12-31"],
    ]);
    expect(periodsOf(toDay("2018-12-31"), toDay("2018-12-31"), "week").map(([key]) => key)).toEqual(["2019-W01"]);
  });

  it("refuses more periods than the limit before any work, naming maxPeriods", () => {
    let visited = 0;
    expect(thrownIssues(() => eachPeriod(toDay("2017-07-01"), toDay("2018-05-31"), "month", 10, () => (visited += 1)))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(visited).toBe(0);
    expect(periodsOf(toDay("2017-07-01"), toDay("2018-05-31"), "month", 11)).toHaveLength(11);
  });

  it("tiles the window's days in order, each period holding exactly the days of its key (property, Date as the oracle)", () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 0, max: 800 }), fc.constantFrom(...PERS), (start, length, per) => {
        const first = toDay(start);
        const last = first + length;
        const periods = periodsOf(first, last, per);
        expect(periods[0]![1]).toBeLessThanOrEqual(first);
        expect(periods.at(-1)![2]).toBeGreaterThanOrEqual(last);
        periods.forEach(([key, a, b], i) => {
          if (i > 0) expect(a).toBe(periods[i - 1]![2] + 1);
          expect(b).toBeGreaterThanOrEqual(a);
          expect(keyByDate(a, per)).toBe(key);
          expect(keyByDate(b, per)).toBe(key);
          expect(keyByDate(a - 1, per)).not.toBe(key);
          expect(keyByDate(b + 1, per)).not.toBe(key);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("eachIssue", () => {
  const first = toDay("2017-07-01");
  const last = toDay("2017-12-31");
  const issuesOf = (issues: unknown, limit = 100) => {
    const out: [string, string, string][] = [];
    eachIssue(first, last, issues, limit, (id, a, b) => out.push([id, fromDay(a), fromDay(b)]));
    return out;
  };

  it("visits the issues that touch the window, each until the day before the next, the last on its own day", () => {
    expect(
      issuesOf([
        { id: "so-5", start: "2017-05-05" },
        { id: "so-6", start: "2017-06-05" },
        { id: "so-7", start: "2017-07-05", end: "2017-07-20" },
        { id: "so-8", start: "2017-08-05" },
        { id: "so-1", start: "2018-01-05" },
      ]),
    ).toEqual([
      ["so-6", "2017-06-05", "2017-07-04"],
      ["so-7", "2017-07-05", "2017-07-20"],
      ["so-8", "2017-08-05", "2018-01-04"],
    ]);
    expect(issuesOf([{ id: "a", start: "2017-09-01" }])).toEqual([["a", "2017-09-01", "2017-09-01"]]);
  });

  it("reports every problem of a schedule at once, at its index and field", () => {
    expect(
      thrownIssues(() =>
        issuesOf([
          { id: "a", start: "2017-08-05", end: "2017-08-01" },
          { id: "a", start: "2017-07-05" },
          { id: "", start: "2017-02-30", end: "x" },
          null,
        ]),
      ),
    ).toEqual([
      { path: ["issues", 0, "end"], code: "invalid_window" },
      { path: ["issues", 1, "id"], code: "duplicate_id" },
      { path: ["issues", 1, "start"], code: "invalid_window" },
      { path: ["issues", 2, "id"], code: "invalid_type" },
      { path: ["issues", 2, "start"], code: "invalid_date" },
      { path: ["issues", 2, "end"], code: "invalid_date" },
      { path: ["issues", 3, "id"], code: "invalid_type" },
      { path: ["issues", 3, "start"], code: "invalid_date" },
    ]);
    expect(thrownIssues(() => issuesOf([{ id: "a", start: "2017-07-05", end: "2017-08-05" }, { id: "b", start: "2017-08-05" }]))).toEqual([
      { path: ["issues", 0, "end"], code: "invalid_window" },
    ]);
    expect(thrownIssues(() => issuesOf("x"))).toEqual([{ path: ["issues"], code: "invalid_type" }]);
    expect(thrownIssues(() => issuesOf([{ id: "a", start: "2017-07-05" }, { id: "b", start: "2017-08-05" }], 1))).toEqual([{ path: [], code: "too_many_periods" }]);
  });
});
