import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  daysInWindow,
  eachDayOfWindow,
  intersectWindows,
  isWithinWindow,
  makeWindow,
  monthsOfWindow,
  monthWindow,
  windowsOverlap,
} from "../../src/calendar/makeWindow.js";
import { windowArb } from "../arbitraries.js";
import { thrownIssues } from "../thrownIssues.js";

describe("windows", () => {
  it("makes frozen windows and names what is wrong", () => {
    const window = makeWindow("2017-07-01", "2018-05-31");
    expect(window).toEqual({ start: "2017-07-01", end: "2018-05-31" });
    expect(Object.isFrozen(window)).toBe(true);
    expect(thrownIssues(() => makeWindow("2017-09-30", "2017-08-01"))).toEqual([{ path: ["end"], code: "invalid_window" }]);
    expect(thrownIssues(() => makeWindow("2017-02-30", "2017-13-01"))).toEqual([
      { path: ["start"], code: "invalid_date" },
      { path: ["end"], code: "invalid_date" },
    ]);
    expect(thrownIssues(() => daysInWindow(null as never))).toEqual([{ path: [], code: "invalid_type" }]);
  });

  it("counts days: phase 1 has 335", () => {
    expect(daysInWindow({ start: "2017-07-01", end: "2018-05-31" })).toBe(335);
    expect(daysInWindow({ start: "2016-02-28", end: "2016-03-01" })).toBe(3);
    expect(eachDayOfWindow({ start: "2016-02-28", end: "2016-03-01" })).toEqual(["2016-02-28", "2016-02-29", "2016-03-01"]);
  });

  it("gives month windows and the months a window touches", () => {
    expect(monthWindow("2018-02")).toEqual({ start: "2018-02-01", end: "2018-02-28" });
    expect(monthWindow("2016-02")).toEqual({ start: "2016-02-01", end: "2016-02-29" });
    expect(thrownIssues(() => monthWindow("2018-13"))).toEqual([{ path: [], code: "invalid_month" }]);
    expect(monthsOfWindow({ start: "2017-07-01", end: "2018-05-31" })).toHaveLength(11);
    expect(monthsOfWindow({ start: "2017-12-31", end: "2018-01-01" })).toEqual(["2017-12", "2018-01"]);
  });

  it("tests containment, overlap and intersection", () => {
    const phase = { start: "2017-07-01", end: "2018-05-31" };
    expect(isWithinWindow(phase, "2017-07-01")).toBe(true);
    expect(isWithinWindow(phase, "2018-06-01")).toBe(false);
    expect(windowsOverlap(phase, { start: "2018-07-01", end: "2018-07-31" })).toBe(false);
    expect(intersectWindows(phase, { start: "2018-07-01", end: "2018-07-31" })).toBeUndefined();
    expect(intersectWindows(phase, { start: "2018-05-31", end: "2018-07-31" })).toEqual({ start: "2018-05-31", end: "2018-05-31" });
  });

  it("agrees with itself: days of an intersection are the common days (property)", () => {
    fc.assert(
      fc.property(windowArb, windowArb, (a, b) => {
        const common = intersectWindows(a, b);
        const [small, large] = daysInWindow(a) <= daysInWindow(b) ? [a, b] : [b, a];
        if (daysInWindow(small) > 400) return; // keep the day-by-day oracle cheap
        const shared = eachDayOfWindow(small).filter((d) => isWithinWindow(large, d));
        expect(common === undefined ? 0 : daysInWindow(common)).toBe(shared.length);
        expect(windowsOverlap(a, b)).toBe(shared.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it("counts days consistently with eachDayOfWindow and months (property)", () => {
    fc.assert(
      fc.property(windowArb, (w) => {
        const days = daysInWindow(w);
        if (days > 2000) return;
        const each = eachDayOfWindow(w);
        expect(each).toHaveLength(days);
        expect(new Set(each.map((d) => d.slice(0, 7)))).toEqual(new Set(monthsOfWindow(w)));
      }),
      { numRuns: 200 },
    );
  });
});
