import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInWindow, eachDayOfWindow } from "../../src/calendar/makeWindow.js";
import { splitWindow, type SplitPer } from "../../src/calendar/splitWindow.js";
import { windowArb } from "../arbitraries.js";
import { thrownIssues } from "../thrownIssues.js";
import type { PlanError, PlanIssue } from "../../src/errors/PlanError.js";

const phase1 = { start: "2017-07-01", end: "2018-05-31" };

describe("splitWindow", () => {
  it("splits phase 1 into 49 ISO weeks of which 47 are complete, and 11 complete months", () => {
    const weeks = splitWindow(phase1, "week");
    expect(weeks).toHaveLength(49);
    expect(weeks.filter((w) => w.complete)).toHaveLength(47);
    expect(weeks[0]).toEqual({
      key: "2017-W26",
      start: "2017-07-01",
      end: "2017-07-02",
      complete: false,
      periodStart: "2017-06-26",
      periodEnd: "2017-07-02",
      days: 2,
      periodDays: 7,
    });
    expect(weeks[1]?.key).toBe("2017-W27");
    expect(weeks.at(-1)?.key).toBe("2018-W22");
    const months = splitWindow(phase1, "month");
    expect(months.map((m) => m.key)).toEqual([
      "2017-07", "2017-08", "2017-09", "2017-10", "2017-11", "2017-12", "2018-01", "2018-02", "2018-03", "2018-04", "2018-05",
    ]);
    expect(months.every((m) => m.complete)).toBe(true);
    expect(splitWindow(phase1, "quarter").map((q) => [q.key, q.complete])).toEqual([
      ["2017-Q3", true], ["2017-Q4", true], ["2018-Q1", true], ["2018-Q2", false],
    ]);
    expect(splitWindow(phase1, "day")).toHaveLength(335);
  });

  it("uses ISO week-years", () => {
    expect(splitWindow({ start: "2018-12-31", end: "2018-12-31" }, "week")[0]?.key).toBe("2019-W01");
    expect(splitWindow({ start: "2021-01-03", end: "2021-01-03" }, "week")[0]?.key).toBe("2020-W53");
    // 2020 starts on a Wednesday and ends on a Thursday: W01 and W53 are cut, W02–W52 are whole.
    expect(splitWindow({ start: "2020-01-01", end: "2020-12-31" }, "week").filter((w) => w.complete)).toHaveLength(51);
    expect(splitWindow({ start: "2020-12-28", end: "2021-01-03" }, "week")).toMatchObject([{ key: "2020-W53", complete: true }]);
  });

  it("splits by a magazine's issue schedule", () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({ id: `so-${i + 1}`, start: `2017-${String(i + 1).padStart(2, "0")}-05` }));
    const periods = splitWindow(phase1, "issue", { issues });
    expect(periods.map((p) => p.key)).toEqual(["so-6", "so-7", "so-8", "so-9", "so-10", "so-11", "so-12"]);
    expect(periods[0]).toMatchObject({ start: "2017-07-01", end: "2017-07-04", complete: false });
    expect(periods[1]).toMatchObject({ start: "2017-07-05", end: "2017-08-04", complete: true });
    expect(periods.at(-1)).toMatchObject({ start: "2017-12-05", end: "2017-12-05", complete: true });
  });

  it("refuses malformed schedules, windows and periods", () => {
    expect(
      thrownIssues(() =>
        splitWindow(phase1, "issue", {
          issues: [
            { id: "a", start: "2017-08-05" },
            { id: "a", start: "2017-07-05" },
            { id: "c", start: "2017-02-30" },
          ],
        }),
      ),
    ).toEqual([
      { path: ["issues", 1, "id"], code: "duplicate_id" },
      { path: ["issues", 1, "start"], code: "invalid_window" },
      { path: ["issues", 2, "start"], code: "invalid_date" },
    ]);
    expect(thrownIssues(() => splitWindow({ start: "2017-09-01", end: "2017-08-01" }, "week"))).toEqual([{ path: ["end"], code: "invalid_window" }]);
    expect(thrownIssues(() => splitWindow(phase1, "fortnight" as SplitPer))).toEqual([{ path: ["per"], code: "invalid_value" }]);
    expect(thrownIssues(() => splitWindow(phase1, "issue", { issues: "x" as never }))).toEqual([{ path: ["issues"], code: "invalid_type" }]);
    expect(
      thrownIssues(() =>
        splitWindow(phase1, "issue", { issues: [{ id: "a", start: "2017-07-05", end: "2017-08-20" }, { id: "b", start: "2017-08-05" }] }),
      ),
    ).toEqual([{ path: ["issues", 0, "end"], code: "invalid_window" }]);
  });

  const perArb = fc.constantFrom<SplitPer>("day", "week", "month", "quarter");

  it("refuses more periods than maxPeriods before any work, naming the periods in each language", () => {
    const decade = { start: "2010-01-01", end: "2019-12-31" };
    const words = { day: "ngày", week: "tuần", month: "tháng", quarter: "quý", "half-year": "kỳ nửa năm", year: "năm" } as const;
    for (const [per, vi] of Object.entries(words)) {
      const count = splitWindow(decade, per as SplitPer).length;
      let issue: PlanIssue | undefined;
      try {
        splitWindow(decade, per as SplitPer, { maxPeriods: count - 1 });
      } catch (error) {
        issue = (error as PlanError).issues[0];
      }
      expect(issue).toMatchObject({ path: [], code: "too_many_periods" });
      expect(issue?.message).toContain(`make ${count} ${per}s,`);
      expect(issue?.messageVi).toContain(`tạo ${count} ${vi},`);
      expect(splitWindow(decade, per as SplitPer, { maxPeriods: count })).toHaveLength(count);
    }
  });

  it("covers every day of the window exactly once, in order (property)", () => {
    fc.assert(
      fc.property(windowArb, perArb, (w, per) => {
        if (daysInWindow(w) > 1500) return;
        const periods = splitWindow(w, per);
        const covered = periods.flatMap((p) => eachDayOfWindow(p));
        expect(covered).toEqual(eachDayOfWindow(w));
        expect(periods.reduce((sum, p) => sum + p.days, 0)).toBe(daysInWindow(w));
        for (const [i, p] of periods.entries()) {
          expect(p.complete).toBe(p.days === p.periodDays);
          if (i > 0 && i < periods.length - 1) expect(p.complete).toBe(true); // only the ends can be cut
          expect(new Set(eachDayOfWindow({ start: p.periodStart, end: p.periodEnd }).map((d) => splitWindow({ start: d, end: d }, per)[0]?.key))).toEqual(
            new Set([p.key]),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it("weeks run Monday to Sunday (property)", () => {
    fc.assert(
      fc.property(windowArb, (w) => {
        if (daysInWindow(w) > 3000) return;
        for (const p of splitWindow(w, "week")) {
          expect(new Date(`${p.periodStart}T00:00:00Z`).getUTCDay()).toBe(1);
          expect(p.periodDays).toBe(7);
        }
      }),
      { numRuns: 100 },
    );
  });
});
