import { readFileSync } from "node:fs";
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

// ---- version 2: due rules in the plan's terms, the plan's own window, deadlines on a day ----

type Duty = CalendarPlan["reporting"][number];
const periodic = (duty: Partial<Duty>): Duty => ({ id: "d", kind: "periodic-report", description: "Báo cáo", reportingUnitIds: ["u"], every: "month", ...duty });
const planOf = (reporting: Duty[], extra: Partial<CalendarPlan> = {}): CalendarPlan => ({ id: "v2", phases: [], channels: [], units: [], reporting, ...extra });
const dues = (p: CalendarPlan, options = {}) => expandDeadlines(p, options).map((d) => [d.periodKey ?? null, d.opens, d.due]);
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

describe("expandDeadlines: the plan's due rules (version 2)", () => {
  it("dates a monthly report 'trước ngày 05 hằng tháng' on the 5th of the month after, open from the 1st", () => {
    const p = planOf([periodic({ due: { day: 5 }, window: { start: "2025-11-19", end: "2026-01-31" } })]);
    expect(dues(p)).toEqual([
      ["2025-11", "2025-12-01", "2025-12-05"],
      ["2025-12", "2026-01-01", "2026-01-05"],
      ["2026-01", "2026-02-01", "2026-02-05"],
    ]);
  });

  it("reads the plan's rule before the caller's periodicDue, which still dates the duties that give none", () => {
    const p = planOf([periodic({ id: "own", due: { day: 10 }, window: { start: "2025-01-01", end: "2025-01-31" } }), periodic({ id: "none", window: { start: "2025-01-01", end: "2025-01-31" } })]);
    expect(expandDeadlines(p, { periodicDue: { dayOfNextPeriod: 5 } }).map((d) => [d.dutyId, d.due])).toEqual([
      ["none", "2025-02-05"],
      ["own", "2025-02-10"],
    ]);
  });

  it("places a day and month within each period: quarterly 15/3 is 15 March, June, September, December; yearly 15/12; half-yearly 15/6 and 15/12", () => {
    const year = { start: "2025-01-01", end: "2025-12-31" };
    expect(dues(planOf([periodic({ every: "quarter", due: { day: 15, month: 3 }, window: year })])).map((d) => d[2])).toEqual(["2025-03-15", "2025-06-15", "2025-09-15", "2025-12-15"]);
    expect(dues(planOf([periodic({ every: "year", due: { day: 15, month: 12 }, window: year })]))).toEqual([["2025", "2025-01-01", "2025-12-15"]]);
    expect(dues(planOf([periodic({ every: "half-year", due: { day: 15, month: 6 }, window: year })])).map((d) => d[2])).toEqual(["2025-06-15", "2025-12-15"]);
    // A yearly report on the year before, due 15 January.
    expect(dues(planOf([periodic({ every: "year", due: { day: 15, month: 1 }, covers: "previous-period", window: year })]))).toEqual([["2025", "2026-01-01", "2026-01-15"]]);
  });

  it("writes a day past the end of its month as the month's last day, and a month without a day as its last day", () => {
    const p = planOf([periodic({ due: { day: 31 }, covers: "current-period", window: { start: "2024-02-01", end: "2024-04-30" } })]);
    expect(dues(p).map((d) => d[2])).toEqual(["2024-02-29", "2024-03-31", "2024-04-30"]);
    expect(dues(planOf([periodic({ every: "year", due: { month: 6 }, window: { start: "2025-01-01", end: "2025-12-31" } })])).map((d) => d[2])).toEqual(["2025-06-30"]);
  });

  it("agrees with a plain reading of the rule for every monthly due day and window (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 1, max: 31 }),
        fc.boolean(),
        (year, month, months, day, current) => {
          const endYear = year + Math.floor((month - 1 + months - 1) / 12);
          const endMonth = ((month - 1 + months - 1) % 12) + 1;
          const window = { start: iso(year, month, 1), end: iso(endYear, endMonth, lastDayOf(endYear, endMonth)) };
          const got = dues(planOf([periodic({ due: { day }, covers: current ? "current-period" : "previous-period", window })]));
          expect(got).toHaveLength(months);
          got.forEach(([key], k) => {
            const y = year + Math.floor((month - 1 + k) / 12);
            const m = ((month - 1 + k) % 12) + 1;
            expect(key).toBe(`${y}-${String(m).padStart(2, "0")}`);
            const [dy, dm] = current ? [y, m] : m === 12 ? [y + 1, 1] : [y, m + 1];
            expect(got[k]![2]).toBe(iso(dy, dm, Math.min(day, lastDayOf(dy, dm))));
            expect(got[k]![1]).toBe(current ? iso(y, m, 1) : iso(dy, dm, 1));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("refuses a due rule it cannot read, at its path", () => {
    const codes = (duty: Partial<Duty>) => {
      try {
        expandDeadlines(planOf([periodic({ window: { start: "2025-01-01", end: "2025-03-31" }, ...duty })]));
        return [];
      } catch (error) {
        return (error as PlanError).issues.map((i) => [i.path, i.code]);
      }
    };
    expect(codes({ due: { day: 0 } })).toEqual([[["reporting", 0, "due"], "invalid_value"]]);
    expect(codes({ due: { day: 5.5 } })).toEqual([[["reporting", 0, "due"], "invalid_value"]]);
    expect(codes({ due: {} })).toEqual([[["reporting", 0, "due"], "invalid_value"]]);
    expect(codes({ due: { month: 13 } })).toEqual([[["reporting", 0, "due"], "invalid_value"]]);
    expect(codes({ every: "week", due: { day: 5 } })).toEqual([[["reporting", 0, "due"], "invalid_value"]]);
    expect(codes({ due: { day: 5 }, covers: "next" as "current-period" })).toEqual([[["reporting", 0, "covers"], "invalid_value"]]);
  });
});

describe("expandDeadlines: the plan's own window and deadlines on a day (version 2)", () => {
  const window = { start: "2025-11-19", end: "2025-12-31" };

  it("expands a periodic duty over the plan's window where it has no window or phase of its own, as over the same window given to the duty", () => {
    fc.assert(
      fc.property(fc.constantFrom("week" as const, "month" as const, "quarter" as const, "half-year" as const, "year" as const), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 }), (every, from, length) => {
        const start = new Date(Date.UTC(2020, 0, 1 + from)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2020, 0, 1 + from + length)).toISOString().slice(0, 10);
        const viaPlan = expandDeadlines(planOf([periodic({ every })], { window: { start, end } }));
        const viaDuty = expandDeadlines(planOf([periodic({ every, window: { start, end } })]));
        expect(viaPlan).toEqual(viaDuty);
      }),
      { numRuns: 100 },
    );
  });

  it("does not date a one-off report by the plan's window: the text gives it no date", () => {
    expect(expandDeadlines(planOf([{ id: "r", kind: "report", description: "Báo cáo kết quả", reportingUnitIds: ["u"] }], { window }))).toEqual([]);
  });

  it("needs an end for an open window: from options.until, else it says so", () => {
    const open = planOf([periodic({ every: "year" })], { window: { start: "2025-01-01" } });
    let caught: unknown;
    try {
      expandDeadlines(open);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanError);
    expect((caught as PlanError).issues.map((i) => [i.path, i.code])).toEqual([[["window", "end"], "missing"]]);
    expect((caught as PlanError).issues[0]!.messageVi).toContain("options.until");
    expect(expandDeadlines(open, { until: "2027-06-30" })).toEqual(expandDeadlines(planOf([periodic({ every: "year", window: { start: "2025-01-01", end: "2027-06-30" } })])));
    expect(() => expandDeadlines(open, { until: "30/6/2027" })).toThrow(PlanError);
  });

  it("dates a one-off report due on a day ('trước ngày 15/4/2018'), one per reporting unit, open from its window's start", () => {
    const p = planOf([
      { id: "r", kind: "report", description: "Báo cáo sơ kết", reportingUnitIds: ["a", "b"], dueOn: "2018-04-15" },
      { id: "w", kind: "report", description: "Báo cáo", reportingUnitIds: ["a"], dueOn: "2018-04-20", window: { start: "2018-04-01", end: "2018-04-30" } },
      { id: "v", kind: "review", description: "Sơ kết", reportingUnitIds: [], dueOn: "2018-05-10" },
    ]);
    expect(expandDeadlines(p, { asOf: "2018-04-16" }).map((d) => [d.dutyId, d.unitId ?? null, d.opens, d.due, d.status])).toEqual([
      ["r", "a", "2018-04-15", "2018-04-15", "overdue"],
      ["r", "b", "2018-04-15", "2018-04-15", "overdue"],
      ["w", "a", "2018-04-01", "2018-04-20", "due"],
      ["v", null, "2018-05-10", "2018-05-10", "upcoming"],
    ]);
    expect(() => expandDeadlines(planOf([{ id: "r", kind: "report", description: "x", reportingUnitIds: ["a"], dueOn: "15/4/2018" }]))).toThrow(PlanError);
  });

  it("dates the Cần Thơ plan's yearly report by the plan's window, due at the end of 2025", () => {
    const json = JSON.parse(readFileSync(new URL("../../examples/can-tho-2025/plan.json", import.meta.url), "utf8"));
    for (const duty of json.reporting) delete duty.window; // the transcription gave the duty the plan's window; the plan has it already
    const deadlines = expandDeadlines(parsePlan(json));
    expect(deadlines.length).toBeGreaterThan(0);
    expect(new Set(deadlines.map((d) => d.due))).toEqual(new Set(["2025-12-31"]));
  });
});

describe("buildTimeline (version 2)", () => {
  it("has a row for the plan's own window, milestones for activities due on a day, rows for dated schedule items", () => {
    const p: CalendarPlan = {
      id: "v2",
      header: { subject: "Tuyên truyền Đại hội" },
      window: { start: "2025-09-17", end: "2025-12-31" },
      phases: [],
      channels: [{ id: "c", number: 1, title: "Kênh", activities: [{ id: "a", title: "Gửi báo cáo", dueOn: "2025-10-31", leadUnitIds: ["u"], executingUnitIds: [] }, { id: "b", title: "Không ngày", leadUnitIds: [], executingUnitIds: [] }] }],
      reporting: [],
      units: [{ id: "u", name: "Ban Thường vụ" }],
      appendices: [{ id: "ap", title: "Lịch", items: [{ id: "i1", text: "Đại hội", window: { start: "2025-12-25", end: "2025-12-31" }, unitIds: ["u"] }, { id: "i2", text: "Chưa định ngày", unitIds: [] }] }],
    };
    expect(buildTimeline(p).map((r) => [r.id, r.kind, r.start, r.end, r.milestone])).toEqual([
      ["plan:v2", "plan", "2025-09-17", "2025-12-31", false],
      ["activity:a", "activity", "2025-10-31", "2025-10-31", true],
      ["schedule:i1", "schedule", "2025-12-25", "2025-12-31", false],
    ]);
    expect(buildTimeline(p)[0]!.label).toBe("Tuyên truyền Đại hội");
    expect(buildTimeline(p)[2]!.unitIds).toEqual(["u"]);
  });

  it("draws an open window only up to options.until", () => {
    const p = planOf([], { window: { start: "2025-01-01" } });
    expect(buildTimeline(p)).toEqual([]);
    expect(buildTimeline(p, { until: "2025-12-31" }).map((r) => [r.kind, r.start, r.end])).toEqual([["plan", "2025-01-01", "2025-12-31"]]);
  });

  it("keeps the reference plan's rows as they were: it has phases and no window of its own", () => {
    expect(buildTimeline(plan).some((r) => r.kind === "plan" || r.kind === "schedule")).toBe(false);
  });
});
