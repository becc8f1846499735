import { describe, expect, it } from "vitest";
import {
  budgetExecution,
  evaluateCoverage,
  evaluateQuota,
  lintPlan,
  parsePlan,
  percentOf,
  quotaOutlets,
  summarizeBudget,
} from "../../src/index.js";
import { monthlyReport } from "../../src/report/monthlyReport.js";
import { phaseReview } from "../../src/report/phaseReview.js";
import { parseProgressRecords } from "../../src/report/records.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

const plan = parsePlan(referencePlanJson());
const units = [
  { id: "cdcs-hn-1", parentId: "ha-noi", kind: "grassroots-union" },
  { id: "cdcs-hn-2", parentId: "ha-noi", kind: "grassroots-union" },
  { id: "cdcs-dn-1", parentId: "dong-nai", kind: "grassroots-union" },
];
const records = parseProgressRecords(
  [
    ...["2017-08-01", "2017-08-02", "2017-08-08", "2017-08-16", "2017-08-22", "2017-08-23"].map((at, i) => ({
      type: "publication" as const,
      id: `bld-${i}`,
      at,
      outletId: "bao-lao-dong",
      kind: "article" as const,
      online: i !== 2,
    })),
    { type: "publication", id: "vtv-8", at: "2017-08-15", outletId: "vtv", kind: "programme" },
    { type: "deliverable", id: "d-video", at: "2017-10-05", activityId: "c3-video-hoat-hoa", status: "delivered" },
    { type: "deliverable", id: "d-clip", at: "2017-09-20", activityId: "c3-clip-nhan-vat", status: "delivered" },
    { type: "posting", id: "s1", at: "2017-11-10", unitId: "cdcs-hn-1", posters: 50 },
    { type: "posting", id: "s2", at: "2017-11-12", unitId: "cdcs-dn-1", posters: 40 },
    { type: "spending", id: "m1", at: "2017-08-20", lineId: "budget-i-nhuan-but", amount: "600.000" },
    { type: "spending", id: "m2", at: "2017-10-06", lineId: "budget-i-1", amount: "32.000.000" },
    { type: "training", id: "t1", at: "2017-08-20", people: 3, unitId: "ban-tuyen-giao" },
  ],
  plan,
);

describe("monthlyReport", () => {
  const report = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" });

  it("gives the unit's quotas as evaluateQuota counts them for the month", () => {
    const quota = plan.channels[0]!.quotas[0]!;
    const expected = evaluateQuota(
      quota,
      records.flatMap((r) => (r.type === "publication" ? [{ outletId: r.outletId, at: r.at, id: r.id, ...(r.kind ? { kind: r.kind } : {}), ...(r.online === undefined ? {} : { online: r.online }) }] : [])),
      { window: { start: "2017-08-01", end: "2017-08-31" }, outlets: quotaOutlets(plan, quota).filter((o) => o.id === "bao-lao-dong") },
    ).outlets[0]!;
    const row = report.quotas.find((q) => q.quotaId === quota.id)!.outlets[0]!;
    expect([row.required, row.counted, row.shortfall, row.attainment, row.missingOnlineCount]).toEqual([
      expected.required,
      expected.counted,
      expected.shortfall,
      expected.attainment,
      expected.missingOnlineCount,
    ]);
    // August 2017 holds three whole ISO weeks (W32–W34): 6 required; 1 + 1 + 2 published in them.
    expect(row).toMatchObject({ required: 6, counted: 6, shortfall: 2, missingOnlineCount: 1 });
  });

  it("carries, per outlet and in total, what was owed and met to date beside the whole month's requirement, and the quota's label", () => {
    const quota = report.quotas.find((q) => q.quotaId === "quota-press-weekly")!;
    expect(quota.label).toBe("Nhật báo, tuần báo, bản tin: tối thiểu 02 bài/tuần");
    expect(quota.outlets[0]).toMatchObject({ required: 6, requiredToDate: 6, metToDate: 4, shortfall: 2, counted: 6 });
    expect(quota).toMatchObject({ required: 6, requiredToDate: 6, metToDate: 4, shortfall: 2, counted: 6 });
    // Prepared before the month is over: the weeks not yet past are not owed yet.
    const early = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-08-16" }).quotas.find((q) => q.quotaId === "quota-press-weekly")!;
    // W32 (7–13 August) is past: 2 owed, 1 met (8 August; 1 and 2 August fall in a week the month cuts); W33 is current.
    expect(early.outlets[0]).toMatchObject({ required: 6, requiredToDate: 2, metToDate: 1, shortfall: 1 });
    for (const q of [quota, early]) {
      expect(q.requiredToDate - q.metToDate).toBe(q.shortfall);
      for (const o of q.outlets) expect(o.requiredToDate - o.metToDate).toBe(o.shortfall);
    }
  });

  it("does not list the report being filed among the deadlines to come", () => {
    const nextMonthDue = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03", periodicDue: { dayOfNextPeriod: 5 } });
    expect(nextMonthDue.due).toBe("2017-09-05");
    expect(nextMonthDue.upcomingDeadlines.some((d) => d.kind === "periodic-report" && d.unitId === "bao-lao-dong" && d.periodKey === "2017-08")).toBe(false);
    expect(nextMonthDue.upcomingDeadlines.every((d) => d.due >= "2017-09-01" && d.due <= "2017-09-30")).toBe(true);
  });

  it("reads the due day from the plan where it gives one (version 2), before the caller's option", () => {
    const json = referencePlanJson() as unknown as { reporting: { kind: string; due?: unknown }[] };
    json.reporting.find((d) => d.kind === "periodic-report")!.due = { day: 5 };
    const withRule = parsePlan(json);
    const fromPlan = monthlyReport(withRule, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" });
    expect(fromPlan.due).toBe("2017-09-05");
    expect(fromPlan.late).toBe(false);
    expect(monthlyReport(withRule, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03", periodicDue: "end-of-period" }).due).toBe("2017-09-05");
  });

  it("knows its own due date and whether it is late", () => {
    expect(report.due).toBe("2017-08-31");
    expect(report.late).toBe(true);
    const onTime = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03", submittedOn: "2017-08-31" });
    expect(onTime.late).toBe(false);
    expect(report.upcomingDeadlines.every((d) => d.due >= "2017-09-01" && d.due <= "2017-09-30")).toBe(true);
    expect(report.upcomingDeadlines.map((d) => d.periodKey)).toContain("2017-09");
  });

  it("lists the deliverables and the spending of the Ban Tuyên giáo", () => {
    const ban = monthlyReport(plan, "ban-tuyen-giao", "2017-10", records, { asOf: "2017-10-31" });
    expect(ban.deliverables.find((d) => d.activityId === "c3-video-hoat-hoa")).toMatchObject({ status: "late", deliveredOn: "2017-10-05" });
    const august = monthlyReport(plan, "ban-tuyen-giao", "2017-08", records, { asOf: "2017-08-31" });
    const royalties = august.spending.find((s) => s.lineId === "budget-i-nhuan-but");
    const executed = budgetExecution(plan, [{ lineId: "budget-i-nhuan-but", amount: 600_000 }]).lines.find((l) => l.lineId === "budget-i-nhuan-but")!;
    expect(royalties?.spentToDate.equals(executed.spent)).toBe(true);
    expect(royalties?.spentInMonth.toString()).toBe("600000");
    expect(august.activities).toEqual({ events: 0, participants: 0, trainings: 1, peopleTrained: 3 });
  });

  it("measures coverage of a province's grassroots unions as evaluateCoverage does", () => {
    const ldld = monthlyReport(plan, "ldld-tinh", "2017-11", records, { asOf: "2017-12-05", coverageUnits: units });
    const expected = evaluateCoverage({ percent: 100, unitKind: "grassroots-union" }, units, [
      { unitId: "cdcs-hn-1", at: "2017-11-10" },
      { unitId: "cdcs-dn-1", at: "2017-11-12" },
    ]);
    expect(ldld.coverage?.reached).toBe(expected.reached);
    expect(ldld.coverage?.percent).toBe(expected.percent);
    expect(ldld.coverage?.notReached).toEqual(["cdcs-hn-2"]);
  });

  it("refuses an unknown unit, a bad month or date", () => {
    expect(thrownIssues(() => monthlyReport(plan, "nobody", "2017-13", records, { asOf: "2017-02-30" }))).toEqual([
      { path: ["unitId"], code: "unknown_reference" },
      { path: ["month"], code: "invalid_month" },
      { path: ["options", "asOf"], code: "invalid_date" },
    ]);
  });

  it("refuses bad options at their paths under options, never with a TypeError", () => {
    const month = (options: unknown) => thrownIssues(() => monthlyReport(plan, "ldld-tinh", "2017-11", records, options as never));
    expect(month(undefined)).toEqual([{ path: ["options", "asOf"], code: "missing" }]);
    expect(month({})).toEqual([{ path: ["options", "asOf"], code: "missing" }]);
    expect(month(5)).toEqual([{ path: ["options"], code: "invalid_type" }]);
    expect(month({ asOf: "2017-12-03", submittedOn: 20171202 })).toEqual([{ path: ["options", "submittedOn"], code: "invalid_date" }]);
    for (const coverageUnits of [null, 0, "units", {}]) {
      expect(month({ asOf: "2017-12-03", coverageUnits })).toEqual([{ path: ["options", "coverageUnits"], code: "invalid_type" }]);
    }
    expect(month({ asOf: "2017-12-03", coverageUnits: [units[0], 7, { id: "cdcs-hn-1" }] })).toEqual([
      { path: ["options", "coverageUnits", 1], code: "invalid_type" },
      { path: ["options", "coverageUnits", 2, "id"], code: "duplicate_id" },
    ]);
    // The issue schedule is checked even for a unit without a per-issue quota.
    expect(month({ asOf: "2017-12-03", issues: {} })).toEqual([{ path: ["options", "issues"], code: "invalid_type" }]);
    expect(month({ asOf: "2017-12-03", issues: [{ id: "tc-1", start: "2017-07-10" }, { start: "2017-08-10" }] })).toEqual([{ path: ["options", "issues", 1, "id"], code: "invalid_type" }]);
    expect(month({ asOf: "2017-12-03", periodicDue: { dayOfNextPeriod: 31 } })).toEqual([{ path: ["options", "periodicDue"], code: "invalid_value" }]);
  });

  it("is frozen and deterministic", () => {
    expect(Object.isFrozen(report) && Object.isFrozen(report.quotas)).toBe(true);
    expect(monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" })).toEqual(report);
  });
});

describe("phaseReview", () => {
  const review = phaseReview(plan, records, { asOf: "2018-04-30", coverageUnits: units });

  it("uses the budget functions' figures", () => {
    const summary = summarizeBudget(plan);
    const execution = budgetExecution(plan, [
      { lineId: "budget-i-nhuan-but", amount: 600_000 },
      { lineId: "budget-i-1", amount: 32_000_000 },
    ]);
    expect(review.budget.estimate.equals(summary.total)).toBe(true);
    expect(review.budget.spent.equals(execution.total.spent)).toBe(true);
    // The review rounds half up, as its rendering does; budgetExecution rounds half-even.
    expect(review.budget.percent).toBe(percentOf(execution.total.spent, execution.total.budgeted, { rounding: "half-up" }));
    expect(review.budget.bySection.map((s) => [s.label, s.estimate.toString(), s.spent.toString()])).toEqual([
      ["I", "111500000", "32600000"],
      ["II", "30000000", "0"],
      ["III", "10000000", "0"],
    ]);
    expect(review.budget.byMonth.map((m) => [m.month, m.spent.toString()])).toEqual([
      ["2017-08", "600000"],
      ["2017-10", "32000000"],
    ]);
  });

  it("uses evaluateQuota's figures for every quota, and names the per-issue quota it could not evaluate", () => {
    expect(review.unevaluatedQuotas).toEqual([plan.channels[0]!.quotas[1]!.id]);
    for (const quota of plan.channels.flatMap((c) => c.quotas)) {
      if (quota.per === "issue") continue;
      const result = evaluateQuota(
        quota,
        records.flatMap((r) => (r.type === "publication" ? [{ outletId: r.outletId, at: r.at, id: r.id, ...(r.kind ? { kind: r.kind } : {}) }] : [])),
        { window: plan.phases[0]!.window, outlets: quotaOutlets(plan, quota), asOf: "2018-04-30" },
      );
      const row = review.quotas.find((q) => q.quotaId === quota.id)!;
      expect(row.shortfall).toBe(result.outlets.reduce((s, o) => s + o.shortfall, 0));
      expect(row.outlets).toBe(result.outlets.length);
      expect(row.worst.length).toBeLessThanOrEqual(3);
    }
  });

  it("carries owed and met to date on every quota, outlet and channel, and names the worst outlets only when below 100%", () => {
    for (const q of review.quotas) {
      expect(q.requiredToDate - q.metToDate).toBe(q.shortfall);
      expect(q.required).toBeGreaterThanOrEqual(q.requiredToDate);
      expect(q.worst.every((o) => o.metToDate < o.requiredToDate && o.attainment < 1)).toBe(true);
    }
    expect(review.quotas.map((q) => q.label)).toEqual([
      "Nhật báo, tuần báo, bản tin: tối thiểu 02 bài/tuần",
      "Cổng thông tin CĐVN, trang thông tin điện tử: tối thiểu 02 bài/tuần",
      "VTV, TTXVN, VOV: 01 chương trình/tháng",
    ]);
    expect(review.unevaluatedQuotaLabels).toEqual(["Tạp chí: tối thiểu 03 bài/số"]);
    const broadcast = review.quotas.find((q) => q.quotaId === "quota-broadcast-monthly")!;
    // VTV published in August only: 9 months past (July to March), 1 met; TTXVN and VOV nothing.
    expect(broadcast).toMatchObject({ required: 33, requiredToDate: 27, metToDate: 1, shortfall: 26, counted: 1 });
    expect(broadcast.worst.map((o) => o.outletId)).toEqual(["ttxvn", "vov", "vtv"]);
    for (const u of review.units) {
      expect(u.requiredToDate - u.metToDate).toBe(u.shortfall);
      expect(u.required).toBeGreaterThanOrEqual(u.requiredToDate);
    }
    const press = review.channels.find((c) => c.number === 1)!;
    const own = review.quotas.filter((q) => q.channelNumber === 1);
    expect(press).toMatchObject({
      required: own.reduce((s, q) => s + q.required, 0),
      requiredToDate: own.reduce((s, q) => s + q.requiredToDate, 0),
      metToDate: own.reduce((s, q) => s + q.metToDate, 0),
      shortfall: own.reduce((s, q) => s + q.shortfall, 0),
    });
    for (const c of review.channels) expect(c.requiredToDate - c.metToDate).toBe(c.shortfall);
    // A quota every outlet met names no worst outlet.
    const met = parseProgressRecords(
      ["2017-07", "2017-08"].flatMap((m) => ["vtv", "ttxvn", "vov"].map((o) => ({ type: "publication" as const, id: `${o}-${m}`, at: `${m}-10`, outletId: o, kind: "programme" as const }))),
      plan,
    );
    const summer = phaseReview(plan, met, { asOf: "2017-09-01" }).quotas.find((q) => q.quotaId === "quota-broadcast-monthly")!;
    expect(summer).toMatchObject({ requiredToDate: 6, metToDate: 6, shortfall: 0, outletsMet: 3 });
    expect(summer.worst).toEqual([]);
  });

  it("lists the budget lines spent beyond their estimate, with the excess, as budgetExecution finds them", () => {
    const execution = budgetExecution(plan, [
      { lineId: "budget-i-nhuan-but", amount: 600_000 },
      { lineId: "budget-i-1", amount: 32_000_000 },
    ]);
    const over = execution.lines.filter((l) => l.over);
    expect(review.budget.overBudget.map((l) => [l.lineId, l.title, l.estimate.toString(), l.spent.toString(), l.excess.toString()])).toEqual([
      ["budget-i-1", "Video hoạt họa 2D", "30000000", "32000000", "2000000"],
    ]);
    expect(review.budget.overBudget.map((l) => l.lineId)).toEqual(over.map((l) => l.lineId));
  });

  it("splits the spending on a line shared between funders as budgetExecution does, the own part in the sections", () => {
    const json = referencePlanJson() as any;
    // The video paid half by the TLĐ and half by the partners.
    json.budget.sections[0].lines[0].funding = [{ sourceId: "central-budget", percent: 50 }, { sourceId: "partner", percent: 50 }];
    const shared = parsePlan(json);
    const sharedRecords = parseProgressRecords(
      [
        { type: "spending", id: "m1", at: "2017-08-20", lineId: "budget-i-nhuan-but", amount: "600.000" },
        { type: "spending", id: "m2", at: "2017-10-06", lineId: "budget-i-1", amount: "32.000.001" },
      ],
      shared,
    );
    const { budget } = phaseReview(shared, sharedRecords, { asOf: "2018-04-30" });
    // 32.000.001 split half and half: the đồng left over to the first listed, the TLĐ.
    expect([budget.estimate.toString(), budget.spent.toString()]).toEqual(["136500000", "16600001"]);
    expect(budget.bySection.map((s) => [s.estimate.toString(), s.spent.toString()])).toEqual([
      ["96500000", "16600001"],
      ["30000000", "0"],
      ["10000000", "0"],
    ]);
    expect(budget.byFunder.map((f) => [f.fundingSourceId, f.estimate.toString(), f.spent.toString()])).toEqual([
      ["central-budget", "136500000", "16600001"],
      ["regular-budget", "0", "0"],
      ["partner", "15000000", "16000000"],
    ]);
    // Every đồng spent is some funder's.
    expect(budget.byFunder.reduce((a, f) => a + f.spent.toBigInt(), 0n)).toBe(32_600_001n);
  });

  it("counts a deliverable record of an activity in a channel that has quotas", () => {
    const withColumn = [...records, ...parseProgressRecords([{ type: "deliverable", id: "d-column", at: "2017-07-10", activityId: "c1-chuyen-muc", status: "delivered" }], plan)];
    const states = phaseReview(plan, withColumn, { asOf: "2018-04-30" }).deliverables;
    expect(states.find((d) => d.activityId === "c1-chuyen-muc")).toMatchObject({ channelNumber: 1, status: "done", deliveredOn: "2017-07-10" });
    expect(phaseReview(plan, withColumn, { asOf: "2018-04-30" }).channels.find((c) => c.number === 1)?.deliverables.done).toBe(1);
    // Without such a record the column is no deliverable: its work is counted by the quotas.
    expect(review.deliverables.some((d) => d.activityId === "c1-chuyen-muc")).toBe(false);
  });

  it("sorts the deliverables and reports coverage and the open lint findings", () => {
    expect(review.deliverables.map((d) => [d.activityId, d.status])).toEqual([
      ["c3-video-hoat-hoa", "late"],
      ["c3-clip-nhan-vat", "done"],
      ["c3-fanpage", "missing"],
      ["c4-thiet-ke-poster", "missing"],
      ["c4-in-an-poster", "missing"],
    ]);
    expect(review.channels.find((c) => c.number === 3)?.deliverables).toEqual({ done: 1, late: 1, missing: 1, due: 0, upcoming: 0 });
    expect(review.coverage?.byParent.map((p) => [p.parentId, p.reached, p.total])).toEqual([
      ["ha-noi", 1, 2],
      ["dong-nai", 1, 1],
    ]);
    expect(review.findings).toEqual(lintPlan(plan));
  });

  it("refuses bad options at their paths under options, never with a TypeError", () => {
    const review = (options: unknown) => thrownIssues(() => phaseReview(plan, records, options as never));
    expect(review(undefined)).toEqual([{ path: ["options", "asOf"], code: "missing" }]);
    expect(review("2018-04-30")).toEqual([{ path: ["options"], code: "invalid_type" }]);
    for (const coverageUnits of [null, 0, {}]) expect(review({ asOf: "2018-04-30", coverageUnits })).toEqual([{ path: ["options", "coverageUnits"], code: "invalid_type" }]);
    expect(review({ asOf: "2018-04-30", coverageUnits: [{ id: 1 }] })).toEqual([{ path: ["options", "coverageUnits", 0, "id"], code: "invalid_type" }]);
    expect(review({ asOf: "2018-04-30", issues: [{ id: "a", start: "2017-02-30" }] })).toEqual([{ path: ["options", "issues", 0, "start"], code: "invalid_date" }]);
    for (const worst of [-1, 1.5, "3", 1001]) expect(review({ asOf: "2018-04-30", worst })).toEqual([{ path: ["options", "worst"], code: "invalid_value" }]);
    expect(phaseReview(plan, records, { asOf: "2018-04-30", worst: 0 }).quotas.every((q) => q.worst.length === 0)).toBe(true);
  });

  it("refuses a bad asOf or an unknown phase", () => {
    expect(thrownIssues(() => phaseReview(plan, records, { asOf: "2018-13-01", phaseId: "phase-9" }))).toEqual([
      { path: ["options", "asOf"], code: "invalid_date" },
      { path: ["options", "phaseId"], code: "unknown_reference" },
    ]);
  });
});

describe("phaseReview of a plan without phases (version 2)", () => {
  /** The reference plan as a version-2 plan dated by its own window: no phases, nothing pointing at one. */
  const ownWindow = (window: { start: string; end?: string }) => {
    const json = referencePlanJson() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    json["schemaVersion"] = 2;
    json["phases"] = [];
    json["window"] = window;
    for (const c of json["channels"]) for (const q of c.quotas) delete q.phaseId;
    for (const d of json["reporting"]) delete d.phaseId;
    return parsePlan(json);
  };

  it("reviews the plan's own window, with the same figures as the phase of the same days", () => {
    const phased = phaseReview(plan, records, { asOf: "2018-04-30" });
    const own = phaseReview(ownWindow(plan.phases[0]!.window), records, { asOf: "2018-04-30" });
    expect(own.phase).toBeUndefined();
    expect(own.window).toEqual(plan.phases[0]!.window);
    expect(own.quotas).toEqual(phased.quotas);
    expect(own.budget).toEqual(phased.budget);
  });

  it("reviews an open window up to asOf", () => {
    const review = phaseReview(ownWindow({ start: "2017-07-01" }), records, { asOf: "2017-12-31" });
    expect(review.window).toEqual({ start: "2017-07-01", end: "2017-12-31" });
  });

  it("says so when a plan has neither phases nor a window", () => {
    const json = referencePlanJson() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    json["phases"] = [];
    for (const c of json["channels"]) for (const q of c.quotas) delete q.phaseId;
    for (const d of json["reporting"]) delete d.phaseId;
    expect(thrownIssues(() => phaseReview(parsePlan(json), records, { asOf: "2018-04-30" }))).toEqual([{ path: ["plan", "window"], code: "missing" }]);
  });
});

describe("reports on a quota owed by contributing units (version 2)", () => {
  const owed = parsePlan({
    schemaVersion: 2,
    id: "cong-ttdt",
    header: { subject: "Cổng thông tin điện tử", issuerId: "ldld" },
    window: { start: "2025-01-06", end: "2025-02-02" },
    units: [
      { id: "ldld", name: "LĐLĐ tỉnh An Giang", kind: "provincial-federation" },
      { id: "h1", name: "LĐLĐ huyện Châu Thành", kind: "district-federation", parentId: "ldld" },
      { id: "h2", name: "LĐLĐ huyện Thoại Sơn", kind: "district-federation", parentId: "ldld" },
      { id: "cong", name: "Cổng thông tin điện tử LĐLĐ tỉnh", kind: "portal", parentId: "ldld" },
    ],
    channels: [{ id: "c", number: 1, title: "Cổng", quotas: [{ id: "q", min: 1, per: "week", outletIds: ["cong"], owedBy: { unitKinds: ["district-federation"] } }] }],
  });
  const sent = parseProgressRecords(
    [
      { type: "publication", id: "a", at: "2025-01-07", outletId: "cong", unitId: "h1", kind: "news" },
      { type: "publication", id: "b", at: "2025-01-14", outletId: "cong", unitId: "h1", kind: "news" },
      { type: "publication", id: "c", at: "2025-01-15", outletId: "cong", unitId: "h2", kind: "photo" },
      { type: "publication", id: "d", at: "2025-01-16", outletId: "cong", kind: "article" },
    ],
    owed,
  );

  it("the phase review counts each unit that owes, not the portal", () => {
    const review = phaseReview(owed, sent, { asOf: "2025-02-02" });
    const [quota] = review.quotas;
    // Two units owe 1 a week; on the last day of the fourth week, three weeks are past: 6 owed, 3 met.
    expect([quota!.outlets, quota!.outletsMet, quota!.required, quota!.requiredToDate, quota!.metToDate, quota!.counted]).toEqual([2, 0, 8, 6, 3, 3]);
    expect(quota!.label).toBe("LĐLĐ cấp huyện: tối thiểu 1 sản phẩm/tuần về Cổng thông tin điện tử LĐLĐ tỉnh");
    expect(review.units.map((u) => [u.unitId, u.metToDate])).toEqual([
      ["h1", 2],
      ["h2", 1],
    ]);
  });

  it("the monthly report of a unit shows its own debt, and a federation's the debts of the units under it", () => {
    const own = monthlyReport(owed, "h1", "2025-01", sent, { asOf: "2025-02-05" });
    expect(own.quotas.map((q) => q.outlets.map((o) => [o.outletId, o.counted]))).toEqual([[["h1", 2]]]);
    const federation = monthlyReport(owed, "ldld", "2025-01", sent, { asOf: "2025-02-05" });
    expect(federation.quotas.map((q) => q.outlets.map((o) => o.outletId))).toEqual([["h1", "h2"]]);
  });

  it("records name a contributing unit of the plan", () => {
    expect(() => parseProgressRecords([{ type: "publication", id: "x", at: "2025-01-07", outletId: "cong", unitId: "nobody" }], owed)).toThrow();
  });
});

describe("reports count a quota only in its own time (its phase, the plan's window, from startsIn)", () => {
  /** The reference plan with a second phase, June 2018 to May 2019, and a quota of its own. */
  const twoPhases = () => {
    const json = referencePlanJson() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    json["phases"].push({ id: "phase-2", name: "Giai đoạn 2", window: { start: "2018-06-01", end: "2019-05-31" } });
    json["channels"][0].quotas.push({ id: "quota-phase-2", label: "Giai đoạn 2: 01 bài/tuần", min: 1, per: "week", itemKinds: ["article"], outletIds: ["bao-lao-dong"], phaseId: "phase-2" });
    return parsePlan(json);
  };
  const codes = (quotas: readonly { quotaId: string }[]) => quotas.map((q) => q.quotaId);

  it("a monthly report owes no quota of the phase in a month before it or after it", () => {
    expect(codes(monthlyReport(plan, "bao-lao-dong", "2017-06", [], { asOf: "2017-07-03" }).quotas)).toEqual([]);
    expect(codes(monthlyReport(plan, "bao-lao-dong", "2018-06", [], { asOf: "2018-07-03" }).quotas)).toEqual([]);
    expect(codes(monthlyReport(plan, "vtv", "2016-01", [], { asOf: "2016-02-03" }).quotas)).toEqual([]);
    // The issue schedule is not asked for when the per-issue quota does not count in the month.
    expect(monthlyReport(plan, "tap-chi-lao-dong-cong-doan", "2018-06", [], { asOf: "2018-07-03" }).unevaluatedQuotas).toEqual([]);
    expect(codes(monthlyReport(plan, "bao-lao-dong", "2018-05", [], { asOf: "2018-06-03" }).quotas)).toEqual(["quota-press-weekly"]);
  });

  it("a quota of the second phase is owed in the second phase's months and reviewed with it, not with the first", () => {
    const phased = twoPhases();
    expect(codes(monthlyReport(phased, "bao-lao-dong", "2017-08", [], { asOf: "2017-09-03" }).quotas)).toEqual(["quota-press-weekly"]);
    expect(codes(monthlyReport(phased, "bao-lao-dong", "2018-08", [], { asOf: "2018-09-03" }).quotas)).toEqual(["quota-phase-2"]);
    const first = phaseReview(phased, records, { asOf: "2018-04-30" });
    expect(codes(first.quotas)).toEqual(codes(phaseReview(plan, records, { asOf: "2018-04-30" }).quotas));
    expect(first.units.find((u) => u.unitId === "bao-lao-dong")!.required).toBe(94);
    expect(first.channels[0]!.quotaIds).toEqual(["quota-press-weekly", "quota-magazine-issue", "quota-online-weekly"]);
    const second = phaseReview(phased, records, { asOf: "2019-06-01", phaseId: "phase-2" });
    const quota = second.quotas.find((q) => q.quotaId === "quota-phase-2")!;
    // 1 June 2018 to 31 May 2019: the complete ISO weeks from Monday 4 June 2018 to Sunday 26 May 2019.
    expect(quota.required).toBe(evaluateQuota(phased.channels[0]!.quotas.at(-1)!, [], { window: phased.phases[1]!.window, outlets: quotaOutlets(phased, phased.channels[0]!.quotas.at(-1)!) }).outlets[0]!.required);
    expect(quota.required).toBe(51);
  });

  it("counting starts on the first day of startsIn, in the monthly report and in the review", () => {
    const json = referencePlanJson() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    json["channels"][0].quotas[0].startsIn = "2017-09";
    const late = parsePlan(json);
    expect(codes(monthlyReport(late, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" }).quotas)).toEqual([]);
    expect(codes(monthlyReport(late, "bao-lao-dong", "2017-09", records, { asOf: "2017-10-03" }).quotas)).toEqual(["quota-press-weekly"]);
    const review = phaseReview(late, records, { asOf: "2018-06-30" });
    const quota = review.quotas.find((q) => q.quotaId === "quota-press-weekly")!;
    const window = { start: "2017-09-01", end: "2018-05-31" };
    const expected = evaluateQuota(late.channels[0]!.quotas[0]!, [], { window, outlets: quotaOutlets(late, late.channels[0]!.quotas[0]!) });
    expect(quota.required).toBe(expected.outlets.reduce((s, o) => s + o.required, 0));
    // 4 September 2017 to 27 May 2018: 38 complete weeks, 76 articles for each of the six outlets.
    expect(quota.required).toBe(6 * 76);
  });

  it("a plan without phases counts its quotas within its own window only", () => {
    const json = referencePlanJson() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    json["schemaVersion"] = 2;
    json["phases"] = [];
    json["window"] = { start: "2017-07-01", end: "2017-12-31" };
    for (const c of json["channels"]) for (const q of c.quotas) delete q.phaseId;
    for (const d of json["reporting"]) delete d.phaseId;
    const own = parsePlan(json);
    expect(codes(monthlyReport(own, "bao-lao-dong", "2017-12", [], { asOf: "2018-01-03" }).quotas)).toEqual(["quota-press-weekly"]);
    expect(codes(monthlyReport(own, "bao-lao-dong", "2018-01", [], { asOf: "2018-02-03" }).quotas)).toEqual([]);
  });
});
