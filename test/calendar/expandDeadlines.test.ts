import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parsePlan, PlanError, type Plan } from "../../src/index.js";
import type { CalendarPlan } from "../../src/calendar/planLike.js";
import { expandDeadlines } from "../../src/calendar/expandDeadlines.js";
import { buildTimeline } from "../../src/calendar/buildTimeline.js";
import { referencePlanJson } from "../fixtures.js";

const plan = parsePlan(referencePlanJson());
const monthlyUnits = plan.reporting.find((d) => d.kind === "periodic-report")!.reportingUnitIds;

const small: CalendarPlan = {
  id: "small",
  phases: [{ id: "p", name: "Giai đoạn", window: { start: "2017-07-01", end: "2017-09-30" } }],
  channels: [],
  reporting: [
    { id: "monthly", kind: "periodic-report", description: "Báo cáo tháng", reportingUnitIds: ["a", "b"], every: "month", phaseId: "p" },
    { id: "review-report", kind: "report", description: "Báo cáo sơ kết", reportingUnitIds: ["a"], window: { start: "2017-09-01", end: "2017-09-30" } },
    { id: "review", kind: "review", description: "Sơ kết", reportingUnitIds: [], window: { start: "2017-10-01", end: "2017-10-31" } },
  ],
  units: [],
};

describe("expandDeadlines", () => {
  it("accepts a parsed Plan as it is", () => {
    expectTypeOf<Plan>().toMatchTypeOf<CalendarPlan>();
  });

  it("expands the reference plan: a monthly report per reporting unit and month, the April 2018 report, the May 2018 review", () => {
    const deadlines = expandDeadlines(plan);
    const monthly = deadlines.filter((d) => d.kind === "periodic-report");
    expect(monthly).toHaveLength(11 * monthlyUnits.length);
    expect(new Set(monthly.map((d) => d.periodKey)).size).toBe(11);
    expect(monthly[0]).toMatchObject({ periodKey: "2017-07", due: "2017-07-31", opens: "2017-07-01", window: { start: "2017-07-01", end: "2017-07-31" } });
    const report = deadlines.filter((d) => d.kind === "report");
    expect(report.every((d) => d.due === "2018-04-30" && d.opens === "2018-04-01")).toBe(true);
    expect(deadlines.filter((d) => d.kind === "review").map((d) => d.due)).toEqual(["2018-05-31"]);
    expect(new Set(deadlines.map((d) => d.id)).size).toBe(deadlines.length);
    const dues = deadlines.map((d) => d.due);
    expect([...dues].sort()).toEqual(dues);
  });

  it("gives statuses for a given day", () => {
    const deadlines = expandDeadlines(small, { asOf: "2017-08-15" });
    const byId = Object.fromEntries(deadlines.map((d) => [d.id, d]));
    expect(byId["monthly:a:2017-07"]).toMatchObject({ status: "overdue", daysLeft: -15 });
    expect(byId["monthly:a:2017-08"]).toMatchObject({ status: "due", daysLeft: 16 });
    expect(byId["monthly:b:2017-09"]).toMatchObject({ status: "upcoming", daysLeft: 46 });
    expect(byId["review-report:a:-"]).toMatchObject({ status: "upcoming", due: "2017-09-30" });
    expect(byId["review:-:-"]).toMatchObject({ status: "upcoming", due: "2017-10-31" });
    expect(expandDeadlines(small, { asOf: "2017-08-31" }).find((d) => d.id === "monthly:a:2017-08")?.status).toBe("due");
    expect(expandDeadlines(small, { asOf: "2017-09-01" }).find((d) => d.id === "monthly:a:2017-08")?.status).toBe("overdue");
    expect(expandDeadlines(small).every((d) => d.status === undefined)).toBe(true);
  });

  it("can make periodic reports due on a day of the next month", () => {
    const deadlines = expandDeadlines(small, { periodicDue: { dayOfNextPeriod: 5 }, asOf: "2017-08-31" });
    const august = deadlines.find((d) => d.id === "monthly:a:2017-08");
    expect(august).toMatchObject({ due: "2017-09-05", opens: "2017-09-01", status: "upcoming" });
    expect(deadlines.find((d) => d.id === "monthly:a:2017-09")?.due).toBe("2017-10-05");
  });

  it("refuses a bad asOf, a bad periodicDue, and a periodic duty with no window", () => {
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof PlanError ? error.issues.map((i) => [i.path, i.code]) : "not a PlanError";
      }
      return [];
    };
    expect(codes(() => expandDeadlines(small, { asOf: "2017-02-30" }))).toEqual([[["asOf"], "invalid_date"]]);
    expect(codes(() => expandDeadlines(small, { periodicDue: { dayOfNextPeriod: 31 } }))).toEqual([[["periodicDue"], "invalid_value"]]);
    const undated = { ...small, reporting: [{ id: "m", kind: "periodic-report" as const, description: "x", reportingUnitIds: ["a"] }] };
    expect(codes(() => expandDeadlines(undated))).toEqual([[["reporting", 0, "window"], "missing"]]);
  });
});

describe("buildTimeline", () => {
  it("lists phases, dated activities and one milestone per duty and period, in the documented order", () => {
    const rows = buildTimeline(plan);
    const activities = plan.channels.flatMap((c) => c.activities).filter((a) => a.window !== undefined);
    expect(rows.filter((r) => r.kind === "phase")).toHaveLength(plan.phases.length);
    expect(rows.filter((r) => r.kind === "activity").map((r) => r.id).sort()).toEqual(activities.map((a) => `activity:${a.id}`).sort());
    expect(rows.filter((r) => r.kind === "deadline")).toHaveLength(11 + 2);
    expect(rows[0]?.id).toBe("phase:phase-1");
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.start <= rows[i]!.start).toBe(true);
    const august = rows.find((r) => r.id === "deadline:report-monthly:2017-08");
    expect(august).toMatchObject({ start: "2017-08-31", end: "2017-08-31", milestone: true, unitIds: monthlyUnits });
    expect(Object.isFrozen(rows) && rows.every((r) => Object.isFrozen(r))).toBe(true);
    expect(buildTimeline(plan)).toEqual(rows);
  });

  it("can leave deadlines out, and keeps activities without a window off the axis", () => {
    const rows = buildTimeline(plan, { deadlines: false });
    expect(rows.some((r) => r.kind === "deadline")).toBe(false);
    const video = rows.find((r) => r.label.startsWith("Sản xuất video hoạt họa"));
    expect(video).toMatchObject({ start: "2017-08-01", end: "2017-09-30", channelNumber: 3, milestone: false });
  });

  it("orders rows that start on the same day: phases, then activities, then deadlines, then by end and channel", () => {
    const rows = buildTimeline(plan, { deadlines: false }).filter((r) => r.start === "2017-07-01");
    expect(rows.map((r) => r.kind)).toEqual(["phase", "activity", "activity", "activity"]);
    expect(rows.slice(1).map((r) => r.end)).toEqual(["2017-07-31", "2017-09-30", "2018-05-31"]);
  });
});

describe("misuse and malformed windows", () => {
  const issues = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof PlanError) return error.issues.map((i) => ({ path: i.path, code: i.code }));
      throw error;
    }
    return [];
  };

  it("answers a value that is not a plan with a PlanError, not a TypeError", () => {
    expect(issues(() => expandDeadlines(null as never))).toEqual([{ path: [], code: "invalid_type" }]);
    expect(issues(() => buildTimeline({} as never))).toEqual([
      { path: ["phases"], code: "invalid_type" },
      { path: ["channels"], code: "invalid_type" },
      { path: ["reporting"], code: "invalid_type" },
      { path: ["units"], code: "invalid_type" },
    ]);
    expect(expandDeadlines(small, null as never)).toHaveLength(expandDeadlines(small).length);
    const yearly = { ...small, reporting: [{ ...small.reporting[0]!, every: "decade" as never }] };
    expect(issues(() => expandDeadlines(yearly))).toEqual([{ path: ["reporting", 0, "every"], code: "invalid_value" }]);
  });

  it("names where in the plan a window is wrong", () => {
    const reversed = { ...small, reporting: [{ ...small.reporting[1]!, window: { start: "2017-09-30", end: "2017-09-01" } }] };
    expect(issues(() => expandDeadlines(reversed))).toEqual([{ path: ["reporting", 0, "window", "end"], code: "invalid_window" }]);
    const badPhase = { ...small, phases: [{ id: "p", name: "x", window: { start: "2017-02-30", end: "2017-09-30" } }] };
    expect(issues(() => buildTimeline(badPhase, { deadlines: false }))).toEqual([{ path: ["phases", 0, "window", "start"], code: "invalid_date" }]);
  });

  it("ends the last report of a cut period with the duty's window", () => {
    const { phaseId: _ignored, ...monthly } = small.reporting[0]!;
    const cut: CalendarPlan = { ...small, reporting: [{ ...monthly, window: { start: "2017-07-15", end: "2017-08-10" } }] };
    const deadlines = expandDeadlines(cut);
    expect(deadlines.filter((d) => d.unitId === "a").map((d) => [d.periodKey, d.opens, d.due])).toEqual([
      ["2017-07", "2017-07-15", "2017-07-31"],
      ["2017-08", "2017-08-01", "2017-08-10"],
    ]);
  });

  it("freezes every row and its lists", () => {
    for (const row of buildTimeline(plan)) {
      expect(Object.isFrozen(row.leadUnitIds) && Object.isFrozen(row.unitIds)).toBe(true);
    }
  });
});

describe("expandDeadlines order", () => {
  it("is each duty's deadlines, in duty order, sorted stably by due date", () => {
    const day = fc.integer({ min: 17_000, max: 18_500 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    const windowArb = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
    const dutyArb = fc.record({
      kind: fc.constantFrom("periodic-report", "report", "review" as const),
      every: fc.constantFrom("month", "quarter" as const),
      units: fc.subarray(["u1", "u2", "u3"]),
      window: windowArb,
    });
    fc.assert(
      fc.property(fc.array(dutyArb, { maxLength: 6 }), fc.option(day, { nil: undefined }), fc.constantFrom(undefined, 5, 28), (duties, asOf, dayOfNextPeriod) => {
        const plan = {
          id: "p",
          phases: [],
          channels: [],
          units: [],
          reporting: duties.map((d, i) => ({ id: `d${i}`, kind: d.kind, description: "x", reportingUnitIds: d.units, every: d.every, window: d.window })),
        };
        const options = { ...(asOf === undefined ? {} : { asOf }), ...(dayOfNextPeriod === undefined ? {} : { periodicDue: { dayOfNextPeriod } }) };
        const whole = expandDeadlines(plan, options);
        const separate = plan.reporting.flatMap((duty) => expandDeadlines({ ...plan, reporting: [duty] }, options));
        const sorted = [...separate].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
        expect(whole).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});
