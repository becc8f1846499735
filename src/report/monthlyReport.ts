import { INVALID_MONTH, INVALID_TYPE, UNKNOWN_REFERENCE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { requireParsedPlan } from "../_lib/parsedPlan.js";
import { kindOf } from "../errors/describe.js";
import { budgetExecution } from "../budget/budgetExecution.js";
import { percentOf } from "../budget/percentOf.js";
import type { Vnd } from "../budget/vnd.js";
import { expandDeadlines, type Deadline, type ExpandDeadlinesOptions } from "../calendar/expandDeadlines.js";
import { isYearMonth, type IsoDate, type YearMonth } from "../calendar/isoDate.js";
import { monthWindow } from "../calendar/makeWindow.js";
import type { Issue } from "../calendar/splitWindow.js";
import type { Window } from "../calendar/window.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import type { Plan, Unit } from "../model/plan.js";
import { evaluateCoverage, type CoverageUnit, type EvaluateCoverageResult } from "../rules/evaluateCoverage.js";
import { evaluateQuota } from "../rules/evaluateQuota.js";
import { quotaLabel } from "../rules/quotaLabel.js";
import { quotaDebtors, quotaOutlets } from "../rules/quotaRule.js";
import { deliverableStates, namedCoverageUnits, publicationRecords, reachRecords, spendingEntries, type DeliverableState } from "./_lib/fromRecords.js";
import { checkReportOptions, issuesUnder } from "./_lib/options.js";
import { quotaWindow } from "./_lib/quotaWindow.js";
import type { ProgressRecord } from "./records.js";

/**
 * Options of {@link monthlyReport}.
 *
 * @example
 * ```ts
 * import type { MonthlyReportOptions } from "cong-doan-ke-hoach";
 *
 * const options: MonthlyReportOptions = { asOf: "2017-09-03", submittedOn: "2017-09-02" };
 * ```
 * @category Report
 */
export interface MonthlyReportOptions {
  /** "Today": deliverables and deadlines are judged on this day. */
  readonly asOf: IsoDate;
  /** When the unit sent the report, if it did: the report is late when this (or, unsent, `asOf`) is after its due date. */
  readonly submittedOn?: IsoDate | undefined;
  /** The magazine's issue schedule, for per-issue quotas. */
  readonly issues?: readonly Issue[] | undefined;
  /** The grassroots unions (with their parents) that coverage targets are measured against. */
  readonly coverageUnits?: readonly CoverageUnit[] | undefined;
  /** When monthly reports fall due, as in `expandDeadlines`. */
  readonly periodicDue?: ExpandDeadlinesOptions["periodicDue"];
}

/**
 * One quota as it applies to the reporting unit in the month. Per outlet and in total: `required`, what
 * the whole month owes; `requiredToDate`, what its periods past on `asOf` owed (all of them once the
 * month is over); `metToDate`, the part of it that was met (a surplus in one week does not count for
 * another); `shortfall` = `requiredToDate − metToDate`; `counted`, every item of the month.
 *
 * @example
 * ```ts
 * import type { MonthlyQuota } from "cong-doan-ke-hoach";
 *
 * const behind = (q: MonthlyQuota) => q.requiredToDate - q.metToDate > 0;
 * ```
 * @category Report
 */
export interface MonthlyQuota {
  readonly quotaId: string;
  /** A short name for readers: the plan's label, or one built from the rule (see `quotaLabel`). */
  readonly label: string;
  /** The quota as the plan writes it (its label when it has no description). */
  readonly description: string;
  readonly min: number;
  readonly per: string;
  /** The unit's outlets under the quota (itself, or the outlets it runs), with what each did. */
  readonly outlets: readonly {
    readonly outletId: string;
    readonly name: string;
    readonly required: number;
    readonly requiredToDate: number;
    readonly metToDate: number;
    readonly counted: number;
    readonly shortfall: number;
    readonly attainment: number;
    readonly missingOnlineCount: number;
  }[];
  readonly required: number;
  readonly requiredToDate: number;
  readonly metToDate: number;
  readonly counted: number;
  readonly shortfall: number;
}

/**
 * A budget line the unit leads, with what was spent on it.
 *
 * @example
 * ```ts
 * import type { MonthlySpending } from "cong-doan-ke-hoach";
 *
 * const left = (s: MonthlySpending) => s.remaining.toString();
 * ```
 * @category Report
 */
export interface MonthlySpending {
  readonly lineId: string;
  readonly title: string;
  readonly budgeted: Vnd;
  /** Spent in the month. */
  readonly spentInMonth: Vnd;
  /** Spent from the start to the month's end. */
  readonly spentToDate: Vnd;
  readonly remaining: Vnd;
  /** `spentToDate` as a percentage of `budgeted` (one decimal, rounded half up), or `null` when nothing is budgeted. */
  readonly percent: string | null;
  readonly over: boolean;
}

/**
 * The monthly report of a reporting unit: what the plan asks it to report to the Ban Tuyên giáo every
 * month. Plain, frozen data; render it with {@link renderMonthlyReport}.
 *
 * @example
 * ```ts
 * import type { MonthlyReport } from "cong-doan-ke-hoach";
 *
 * const late = (r: MonthlyReport) => r.late;
 * ```
 * @category Report
 */
export interface MonthlyReport {
  readonly kind: "monthly-report";
  readonly plan: { readonly id: string; /** The document title, where the plan gives one. */ readonly title?: string; readonly subject: string };
  readonly unit: { readonly id: string; readonly name: string };
  readonly month: YearMonth;
  readonly window: Window;
  readonly asOf: IsoDate;
  /** The report's own due date (from the plan's monthly reporting duty), or `null` if the unit has none for the month. */
  readonly due: IsoDate | null;
  readonly submittedOn: IsoDate | null;
  /** Sent after its due date, or not sent and `asOf` is past it. */
  readonly late: boolean;
  /**
   * The unit's quotas that count in the month, each over the days of the month it counts in: within its
   * phase (or, without one, the plan's time) and from its `startsIn` on. A month outside them owes nothing.
   */
  readonly quotas: readonly MonthlyQuota[];
  /** Per-issue quotas that could not be evaluated because no issue schedule was given: their ids. */
  readonly unevaluatedQuotas: readonly string[];
  /** The same quotas by label, in the same order: what a report shows. */
  readonly unevaluatedQuotaLabels: readonly string[];
  /** The unit's deliverables whose window meets the month, and earlier ones still not delivered. */
  readonly deliverables: readonly DeliverableState[];
  /** Coverage of the unit's grassroots unions up to the month's end, when coverage units are given and a target applies. */
  readonly coverage: EvaluateCoverageResult | null;
  readonly spending: readonly MonthlySpending[];
  /** Events held and people trained in the month, from the unit's records. */
  readonly activities: { readonly events: number; readonly participants: number; readonly trainings: number; readonly peopleTrained: number };
  /** The unit's deadlines in the following month, except the report itself (when it falls due then). */
  readonly upcomingDeadlines: readonly Deadline[];
}

function nameOf(unit: Unit | undefined, id: string): string {
  return unit?.shortName ?? unit?.name ?? id;
}

/**
 * Builds a unit's monthly report: its quotas in the month, each with its label and, per outlet, what the
 * month requires, what was owed and met up to `asOf`, the shortfall and everything done (from
 * {@link evaluateQuota}); its deliverables due or late; coverage of its grassroots unions (from
 * {@link evaluateCoverage}, named, percentages rounded half up); spending against the budget lines it
 * leads (from {@link budgetExecution}); events and trainings; its deadlines in the coming month (not the
 * report itself); and the report's own due date and whether it is late. The numbers are those the rules
 * and budget functions give for the same records.
 *
 * @param plan - the plan.
 * @param unitId - the reporting unit (a federation, a sector union, a newspaper).
 * @param month - `"YYYY-MM"`.
 * @param records - the progress records ({@link parseProgressRecords}).
 * @param options - `asOf` (required), `submittedOn`, `issues`, `coverageUnits`, `periodicDue`.
 * @returns the report, frozen.
 * @throws {@link PlanError} for an unknown unit, a bad month, options that are not an object
 *   (`invalid_type` at `["options"]`), no `asOf` (`missing`), a bad date, issue schedule, list of
 *   coverage units or `periodicDue`, each at its path under `["options"]`.
 * @example
 * ```ts
 * import { monthlyReport, type Plan, type ProgressRecord } from "cong-doan-ke-hoach";
 *
 * declare const plan: Plan;
 * declare const records: readonly ProgressRecord[];
 * const report = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" });
 * report.due; //=> "2017-08-31"
 * ```
 * @category Report
 */
export function monthlyReport(plan: Plan, unitId: string, month: YearMonth, records: readonly ProgressRecord[], options: MonthlyReportOptions): MonthlyReport {
  requireParsedPlan(plan);
  const issues: PlanIssue[] = [];
  const unit = plan.units.find((u) => u.id === unitId);
  if (unit === undefined) issues.push(newIssue(UNKNOWN_REFERENCE, ["unitId"], { kind: "unit", kindVi: "đơn vị", id: unitId }));
  if (!isYearMonth(month)) issues.push(newIssue(INVALID_MONTH, ["month"], { value: month }));
  checkReportOptions(options, issues, ["submittedOn"]);
  if (!Array.isArray(records)) issues.push(newIssue(INVALID_TYPE, ["records"], { expected: "array", received: kindOf(records) }));
  if (issues.length > 0) throw new PlanError(issues);
  const { asOf } = options;
  const window = monthWindow(month);
  const involves = (ids: readonly string[]) => ids.includes(unitId);

  // Quotas: the unit's own outlets, or the outlets it runs; for a quota owed by contributing units, the unit
  // itself or the units under it that owe it.
  const quotas: MonthlyQuota[] = [];
  const publications = publicationRecords(records);
  const unitById = new Map<string, Unit>();
  for (const u of plan.units) if (!unitById.has(u.id)) unitById.set(u.id, u);
  const unevaluatedQuotas: string[] = [];
  const unevaluatedQuotaLabels: string[] = [];
  for (const quota of plan.channels.flatMap((c) => c.quotas)) {
    const byUnit = quota.owedBy !== undefined;
    const outlets = (byUnit ? quotaDebtors(plan, quota) : quotaOutlets(plan, quota)).filter((o) => o.id === unitId || o.parentId === unitId);
    if (outlets.length === 0) continue;
    // The days of the month in which the quota counts (its phase, the plan's time, from startsIn): none, no debt.
    const counting = quotaWindow(plan, quota, window);
    if (counting === undefined) continue;
    const label = quotaLabel(quota, { plan });
    if (quota.per === "issue" && options.issues === undefined) {
      unevaluatedQuotas.push(quota.id);
      unevaluatedQuotaLabels.push(label);
      continue;
    }
    // Prepared before the month is over: only the periods past on asOf are owed yet.
    const result = evaluateQuota(quota, publications, {
      window: counting,
      outlets,
      ...(byUnit ? { by: "unit" as const } : {}),
      ...(asOf < counting.end ? { asOf } : {}),
      ...(options.issues === undefined ? {} : { issues: options.issues }),
    });
    const rows = result.outlets.map((o) =>
      Object.freeze({
        outletId: o.outletId,
        name: nameOf(unitById.get(o.outletId), o.outletId),
        required: o.required,
        requiredToDate: o.requiredToDate,
        metToDate: o.metToDate,
        counted: o.counted,
        shortfall: o.shortfall,
        attainment: o.attainment,
        missingOnlineCount: o.missingOnlineCount,
      }),
    );
    const sum = (key: "required" | "requiredToDate" | "metToDate" | "counted" | "shortfall") => rows.reduce((s, r) => s + r[key], 0);
    quotas.push(
      Object.freeze({
        quotaId: quota.id,
        label,
        description: quota.description ?? label,
        min: quota.min,
        per: quota.per,
        outlets: Object.freeze(rows),
        required: sum("required"),
        requiredToDate: sum("requiredToDate"),
        metToDate: sum("metToDate"),
        counted: sum("counted"),
        shortfall: sum("shortfall"),
      }),
    );
  }

  // Deliverables the unit leads, executes or coordinates, whose window meets the month, or earlier and not delivered.
  const deliverables = deliverableStates(plan, records, asOf, (a) => involves(a.leadUnitIds) || involves(a.executingUnitIds) || involves(a.coordinatingUnitIds)).filter(
    (d) => (d.window.start <= window.end && d.window.end >= window.start) || (d.window.end < window.start && (d.status === "missing" || (d.deliveredOn !== undefined && d.deliveredOn >= window.start && d.deliveredOn <= window.end))),
  );

  // Coverage: the unit's grassroots unions (its own, or all when it is the group of federations).
  let coverage: EvaluateCoverageResult | null = null;
  const target = plan.channels.flatMap((c) => c.activities).flatMap((a) => a.targets).find((t) => t.unitKind === "grassroots-union");
  if (target !== undefined && options.coverageUnits !== undefined) {
    const mine = options.coverageUnits.filter((u) => u.parentId === unitId);
    const units = mine.length > 0 ? mine : unit?.group === true && unit.kind === "provincial-federation" ? options.coverageUnits : [];
    if (units.length > 0) {
      coverage = evaluateCoverage(
        { ...(target.percent === undefined ? {} : { percent: target.percent }), unitKind: "grassroots-union" },
        namedCoverageUnits(plan, units),
        reachRecords(records).filter((r) => typeof r.at === "string" && r.at <= window.end),
        { asOf: window.end < asOf ? window.end : asOf, rounding: "half-up" },
      );
    }
  }

  // Spending on the lines the unit leads.
  const lineIds = new Set((plan.budget?.sections ?? []).flatMap((s) => s.lines.filter((l) => involves(l.leadUnitIds)).map((l) => l.id)));
  const toDate = budgetExecution(plan, spendingEntries(records, window.end));
  const inMonth = budgetExecution(plan, spendingEntries(records, window.end, window.start));
  // The first line and execution of each id, as find would give them.
  const lineById = new Map<string, NonNullable<Plan["budget"]>["sections"][number]["lines"][number]>();
  for (const s of plan.budget?.sections ?? []) for (const x of s.lines) if (!lineById.has(x.id)) lineById.set(x.id, x);
  const inMonthById = new Map<string, (typeof inMonth.lines)[number]>();
  for (const x of inMonth.lines) if (!inMonthById.has(x.lineId)) inMonthById.set(x.lineId, x);
  const spending = toDate.lines
    .filter((l) => lineIds.has(l.lineId))
    .map((l) => {
      const line = lineById.get(l.lineId);
      return Object.freeze({
        lineId: l.lineId,
        title: line?.title ?? l.lineId,
        budgeted: l.budgeted,
        spentInMonth: inMonthById.get(l.lineId)!.spent,
        spentToDate: l.spent,
        remaining: l.remaining,
        // Rounded half up, as the rendered report writes it (budgetExecution rounds half-even).
        percent: l.budgeted.isZero() ? null : percentOf(l.spent, l.budgeted, { rounding: "half-up" }),
        over: l.over,
      });
    });

  // Events and trainings the unit reported in the month.
  let events = 0;
  let participants = 0;
  let trainings = 0;
  let peopleTrained = 0;
  for (const r of records) {
    if (r.at < window.start || r.at > window.end) continue;
    const byUnit = r.reportedBy === unitId || ("unitId" in r && r.unitId === unitId);
    if (!byUnit) continue;
    if (r.type === "event") (events += 1), (participants += r.participants ?? 0);
    if (r.type === "training") (trainings += 1), (peopleTrained += r.people);
  }

  // The report's own deadline, and the unit's deadlines next month.
  const deadlineOptions = { asOf, ...(options.periodicDue === undefined ? {} : { periodicDue: options.periodicDue }) };
  let deadlines: readonly Deadline[];
  try {
    deadlines = expandDeadlines(plan, deadlineOptions);
  } catch (error) {
    throw new PlanError(issuesUnder(error, "periodicDue", ["options", "periodicDue"]));
  }
  const own = deadlines.find((d) => d.kind === "periodic-report" && d.unitId === unitId && d.periodKey === month);
  const due = own?.due ?? null;
  const submittedOn = options.submittedOn ?? null;
  const late = due !== null && (submittedOn !== null ? submittedOn > due : asOf > due);
  const next = monthWindow(nextMonth(month));
  // The report being filed is not a deadline to come, even when it falls due next month.
  const upcomingDeadlines = deadlines.filter((d) => d !== own && (d.unitId === undefined || d.unitId === unitId) && d.due >= next.start && d.due <= next.end);

  return Object.freeze({
    kind: "monthly-report",
    plan: Object.freeze({ id: plan.id, ...(plan.header.title === undefined ? {} : { title: plan.header.title }), subject: plan.header.subject }),
    unit: Object.freeze({ id: unitId, name: nameOf(unit, unitId) }),
    month,
    window,
    asOf,
    due,
    submittedOn,
    late,
    quotas: Object.freeze(quotas),
    unevaluatedQuotas: Object.freeze(unevaluatedQuotas),
    unevaluatedQuotaLabels: Object.freeze(unevaluatedQuotaLabels),
    deliverables: Object.freeze(deliverables),
    coverage,
    spending: Object.freeze(spending),
    activities: Object.freeze({ events, participants, trainings, peopleTrained }),
    upcomingDeadlines: Object.freeze(upcomingDeadlines),
  });
}

function nextMonth(month: YearMonth): YearMonth {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, "0")}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, "0")}`;
}
