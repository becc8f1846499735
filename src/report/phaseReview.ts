import { INVALID_TYPE, MISSING, UNKNOWN_REFERENCE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { optionIssue } from "../errors/messages.js";
import { requireParsedPlan } from "../_lib/parsedPlan.js";
import { kindOf } from "../errors/describe.js";
import { budgetExecution } from "../budget/budgetExecution.js";
import { summarizeBudget } from "../budget/summarizeBudget.js";
import { percentOf } from "../budget/percentOf.js";
import { vnd, Vnd } from "../budget/vnd.js";
import type { IsoDate, YearMonth } from "../calendar/isoDate.js";
import type { Issue } from "../calendar/splitWindow.js";
import type { Window } from "../calendar/window.js";
import type { Finding } from "../errors/Finding.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import type { Plan } from "../model/plan.js";
import { evaluateCoverage, type CoverageUnit, type EvaluateCoverageResult } from "../rules/evaluateCoverage.js";
import { evaluateQuota } from "../rules/evaluateQuota.js";
import { lintPlan } from "../rules/lintPlan.js";
import { quotaLabel } from "../rules/quotaLabel.js";
import { quotaDebtors, quotaOutlets } from "../rules/quotaRule.js";
import { deliverableStates, namedCoverageUnits, publicationRecords, reachRecords, spendingEntries, type DeliverableState, type DeliverableStatus } from "./_lib/fromRecords.js";
import { checkReportOptions } from "./_lib/options.js";
import { quotaWindow } from "./_lib/quotaWindow.js";
import type { ProgressRecord } from "./records.js";

/**
 * Options of {@link phaseReview}.
 *
 * @example
 * ```ts
 * import type { PhaseReviewOptions } from "cong-doan-ke-hoach";
 *
 * const options: PhaseReviewOptions = { asOf: "2018-04-30" };
 * ```
 * @category Report
 */
export interface PhaseReviewOptions {
  /** "Today": what is measured is what happened up to this day. */
  readonly asOf: IsoDate;
  /** The phase to review (default the first; a plan without phases is reviewed over its own window). */
  readonly phaseId?: string | undefined;
  /** The magazine's issue schedule, for per-issue quotas. */
  readonly issues?: readonly Issue[] | undefined;
  /** The grassroots unions, with their provinces, that coverage targets are measured against. */
  readonly coverageUnits?: readonly CoverageUnit[] | undefined;
  /** How many outlets to name as the worst of each quota: a whole number from 0 to 1000 (default 3). */
  readonly worst?: number | undefined;
}

/**
 * One quota across all its outlets. `required` is what the whole phase requires; `requiredToDate` what its
 * periods past on `asOf` owed; `metToDate` the part of that which was met (a surplus in one week does not
 * count for another); `shortfall` = `requiredToDate − metToDate`; `counted` every item published in the
 * phase up to `asOf`, surplus included.
 *
 * @example
 * ```ts
 * import type { QuotaReview } from "cong-doan-ke-hoach";
 *
 * const share = (q: QuotaReview) => `${q.outletsMet}/${q.outlets}`;
 * ```
 * @category Report
 */
export interface QuotaReview {
  readonly quotaId: string;
  /** A short name for readers: the plan's label, or one built from the rule (see `quotaLabel`). */
  readonly label: string;
  readonly channelNumber: number;
  /** The quota as the plan writes it (its label when it has no description). */
  readonly description: string;
  readonly min: number;
  readonly per: string;
  /** Outlets the quota applies to, and how many met it. */
  readonly outlets: number;
  readonly outletsMet: number;
  readonly required: number;
  readonly requiredToDate: number;
  readonly metToDate: number;
  readonly counted: number;
  readonly shortfall: number;
  /** Over all outlets: `metToDate / requiredToDate` (1 when nothing is due yet). */
  readonly attainment: number;
  /** The outlets below 100% with the lowest attainment (at most `options.worst`); none when all met it. */
  readonly worst: readonly { readonly outletId: string; readonly name: string; readonly requiredToDate: number; readonly metToDate: number; readonly attainment: number; readonly shortfall: number }[];
}

/**
 * The phase review: the whole plan at `asOf`, for the Presidium. Plain, frozen data; render it with
 * {@link renderPhaseReview} and the SVG charts.
 *
 * @example
 * ```ts
 * import type { PhaseReview } from "cong-doan-ke-hoach";
 *
 * const executed = (r: PhaseReview) => r.budget.percent;
 * ```
 * @category Report
 */
export interface PhaseReview {
  readonly kind: "phase-review";
  readonly plan: { readonly id: string; /** The document title, where the plan gives one. */ readonly title?: string; readonly subject: string };
  /** The phase reviewed; absent for a plan without phases, which is reviewed over its own window. */
  readonly phase?: { readonly id: string; readonly name: string; readonly window: Window };
  /** The days reviewed: the phase's window, or the plan's own (up to `asOf` where it has no end). */
  readonly window: Window;
  readonly asOf: IsoDate;
  /** Per channel: its deliverables by status, its quotas' attainment. */
  readonly channels: readonly {
    readonly channelId: string;
    readonly number: number;
    readonly title: string;
    readonly deliverables: Readonly<Record<DeliverableStatus, number>>;
    /** The channel's quotas that count in the days reviewed (evaluated or not). */
    readonly quotaIds: readonly string[];
    /** Over the channel's evaluated quotas, as in {@link QuotaReview} (0 when it has none). */
    readonly required: number;
    readonly requiredToDate: number;
    readonly metToDate: number;
    readonly counted: number;
    readonly shortfall: number;
    /** Over the channel's quotas: `metToDate / requiredToDate`, or `null` when it has none evaluated. */
    readonly attainment: number | null;
  }[];
  /** The quotas that count in the days reviewed: a quota of another phase, or one whose `startsIn` is after them, is left out. */
  readonly quotas: readonly QuotaReview[];
  /** Per-issue quotas that could not be evaluated because no issue schedule was given: their ids. */
  readonly unevaluatedQuotas: readonly string[];
  /** The same quotas by label, in the same order: what a report shows. */
  readonly unevaluatedQuotaLabels: readonly string[];
  /** Per outlet, across the quotas that apply to it: the figures of {@link QuotaReview}. */
  readonly units: readonly {
    readonly unitId: string;
    readonly name: string;
    readonly required: number;
    readonly requiredToDate: number;
    readonly metToDate: number;
    readonly counted: number;
    readonly shortfall: number;
    readonly attainment: number;
  }[];
  readonly deliverables: readonly DeliverableState[];
  /** Coverage of the grassroots unions by province, when coverage units are given and a target applies. */
  readonly coverage: EvaluateCoverageResult | null;
  /**
   * The budget executed against the estimate: `estimate`, `spent` and `bySection` cover the central
   * budget; `byFunder` every funder. Percentages have one decimal, rounded half up.
   */
  readonly budget: {
    readonly estimate: Vnd;
    readonly spent: Vnd;
    readonly percent: string | null;
    readonly bySection: readonly { readonly id: string; readonly label?: string; readonly title: string; readonly estimate: Vnd; readonly spent: Vnd; readonly percent: string | null }[];
    /** The lines spent beyond their estimate (as `budgetExecution` finds them), in document order, with the excess. */
    readonly overBudget: readonly { readonly lineId: string; readonly title: string; readonly estimate: Vnd; readonly spent: Vnd; readonly excess: Vnd }[];
    readonly byFunder: readonly { readonly fundingSourceId: string; readonly name: string; readonly estimate: Vnd; readonly spent: Vnd }[];
    /** Spending per month of the phase, for a chart. */
    readonly byMonth: readonly { readonly month: YearMonth; readonly spent: Vnd }[];
  };
  /** The lint findings still open on the plan (see `lintPlan`). */
  readonly findings: readonly Finding[];
}

const ratio = (requiredToDate: number, metToDate: number) => (requiredToDate === 0 ? 1 : metToDate / requiredToDate);

/** The figures of a quota row, added up. */
interface Totals {
  required: number;
  requiredToDate: number;
  metToDate: number;
  counted: number;
  shortfall: number;
}
const zero = (): Totals => ({ required: 0, requiredToDate: 0, metToDate: 0, counted: 0, shortfall: 0 });
const addTo = (acc: Totals, row: Totals) => {
  acc.required += row.required;
  acc.requiredToDate += row.requiredToDate;
  acc.metToDate += row.metToDate;
  acc.counted += row.counted;
  acc.shortfall += row.shortfall;
};

/**
 * Builds the phase review at `asOf`: per channel, per quota (its label, what the whole phase requires,
 * what was owed and met up to `asOf`, the shortfall, attainment and the worst outlets below 100%), per
 * outlet, deliverables done, late or missing, coverage of the grassroots unions by province (named), the
 * budget executed against the estimate by section and funder (and by month) with the lines over budget,
 * and the plan's open lint findings. Percentages are rounded half up. The
 * numbers are those that {@link evaluateQuota}, {@link evaluateCoverage}, {@link summarizeBudget},
 * {@link budgetExecution} and {@link lintPlan} give for the same records: there is no second
 * implementation.
 *
 * @param plan - the plan.
 * @param records - the progress records ({@link parseProgressRecords}).
 * @param options - `asOf` (required), `phaseId`, `issues`, `coverageUnits`, `worst`.
 * @returns the review, frozen.
 * @throws {@link PlanError} for options that are not an object (`invalid_type` at `["options"]`), no
 *   `asOf` (`missing`), a bad `asOf`, issue schedule, list of coverage units or `worst` (a whole number
 *   from 0 to 1000), each at its path under `["options"]`; an unknown phase; or a plan that has neither
 *   phases nor a window of its own (`missing` at `["plan", "window"]`).
 * @example
 * ```ts
 * import { phaseReview, type Plan, type ProgressRecord } from "cong-doan-ke-hoach";
 *
 * declare const plan: Plan;
 * declare const records: readonly ProgressRecord[];
 * const review = phaseReview(plan, records, { asOf: "2018-04-30" });
 * review.budget.estimate.toString(); //=> "151500000"
 * ```
 * @category Report
 */
export function phaseReview(plan: Plan, records: readonly ProgressRecord[], options: PhaseReviewOptions): PhaseReview {
  requireParsedPlan(plan);
  const issues: PlanIssue[] = [];
  if (!checkReportOptions(options, issues)) throw new PlanError(issues);
  const worst = options?.worst;
  if (worst !== undefined && !(typeof worst === "number" && Number.isSafeInteger(worst) && worst >= 0 && worst <= 1000)) {
    issues.push(optionIssue("worst", "a whole number from 0 to 1000", worst, "một số nguyên từ 0 đến 1000"));
  }
  const phase = options?.phaseId === undefined ? plan.phases[0] : plan.phases.find((p) => p.id === options.phaseId);
  // A plan without phases is reviewed over its own window, up to asOf where it is open.
  const own = plan.phases.length === 0 && options?.phaseId === undefined ? plan.window : undefined;
  if (phase === undefined && own === undefined) {
    issues.push(
      options?.phaseId === undefined && plan.phases.length === 0
        ? newIssue(MISSING, ["plan", "window"], { expected: "phases or the plan's own window", expectedVi: "giai đoạn hoặc thời gian thực hiện của kế hoạch" })
        : newIssue(UNKNOWN_REFERENCE, ["options", "phaseId"], { kind: "phase", kindVi: "giai đoạn", id: options?.phaseId }),
    );
  }
  if (!Array.isArray(records)) issues.push(newIssue(INVALID_TYPE, ["records"], { expected: "array", received: kindOf(records) }));
  if (issues.length > 0) throw new PlanError(issues);
  const { asOf } = options;
  const reviewed: Window = phase !== undefined ? phase.window : Object.freeze({ start: own!.start, end: own!.end ?? (asOf < own!.start ? own!.start : asOf) });
  const worstCount = options.worst ?? 3;
  // The first unit of each id, as find would give it.
  const unitById = new Map<string, Plan["units"][number]>();
  for (const unit of plan.units) if (!unitById.has(unit.id)) unitById.set(unit.id, unit);
  const name = (id: string) => {
    const unit = unitById.get(id);
    return unit?.shortName ?? unit?.name ?? id;
  };
  // One list of the publication records for every quota.
  const publications = publicationRecords(records);

  // Quotas, evaluated over the phase as it stands on asOf.
  const quotas: QuotaReview[] = [];
  const unevaluatedQuotas: string[] = [];
  const unevaluatedQuotaLabels: string[] = [];
  const perOutlet = new Map<string, Totals>();
  const channelTotals = new Map<string, Totals>();
  const reviewedQuotas = new Set<string>();
  for (const channel of plan.channels) {
    for (const quota of channel.quotas) {
      // The days of the phase in which the quota counts: a quota of another phase, or one that starts
      // counting after the phase, is not reviewed with it.
      const counting = quotaWindow(plan, quota, reviewed);
      if (counting === undefined) continue;
      reviewedQuotas.add(quota.id);
      const label = quotaLabel(quota, { plan });
      if (quota.per === "issue" && options.issues === undefined) {
        unevaluatedQuotas.push(quota.id);
        unevaluatedQuotaLabels.push(label);
        continue;
      }
      const result = evaluateQuota(quota, publications, {
        window: counting,
        // A quota owed by contributing units is evaluated per unit; any other per outlet.
        ...(quota.owedBy === undefined ? { outlets: quotaOutlets(plan, quota) } : { outlets: quotaDebtors(plan, quota), by: "unit" as const }),
        asOf: asOf < counting.end ? asOf : counting.end,
        ...(options.issues === undefined ? {} : { issues: options.issues }),
      });
      const totals = zero();
      for (const o of result.outlets) {
        addTo(totals, o);
        const acc = perOutlet.get(o.outletId) ?? zero();
        addTo(acc, o);
        perOutlet.set(o.outletId, acc);
      }
      const inChannel = channelTotals.get(channel.id) ?? zero();
      addTo(inChannel, totals);
      channelTotals.set(channel.id, inChannel);
      // "Đạt thấp nhất": the lowest, among the outlets that fell short.
      const worst = result.outlets
        .filter((o) => o.shortfall > 0)
        .sort((a, b) => a.attainment - b.attainment || b.shortfall - a.shortfall || (a.outletId < b.outletId ? -1 : 1))
        .slice(0, worstCount)
        .map((o) => Object.freeze({ outletId: o.outletId, name: name(o.outletId), requiredToDate: o.requiredToDate, metToDate: o.metToDate, attainment: o.attainment, shortfall: o.shortfall }));
      quotas.push(
        Object.freeze({
          quotaId: quota.id,
          label,
          channelNumber: channel.number,
          description: quota.description ?? label,
          min: quota.min,
          per: quota.per,
          outlets: result.outlets.length,
          outletsMet: result.outlets.filter((o) => o.met).length,
          ...totals,
          attainment: ratio(totals.requiredToDate, totals.metToDate),
          worst: Object.freeze(worst),
        }),
      );
    }
  }
  const units = [...perOutlet].map(([unitId, t]) => Object.freeze({ unitId, name: name(unitId), ...t, attainment: ratio(t.requiredToDate, t.metToDate) }));

  // Deliverables and channels.
  const deliverables = deliverableStates(plan, records, asOf);
  const byNumber = new Map<number, Record<DeliverableStatus, number>>();
  for (const d of deliverables) {
    let counts = byNumber.get(d.channelNumber);
    if (counts === undefined) byNumber.set(d.channelNumber, (counts = { done: 0, late: 0, missing: 0, due: 0, upcoming: 0 }));
    counts[d.status] += 1;
  }
  const channels = plan.channels.map((channel) => {
    const counts: Record<DeliverableStatus, number> = { done: 0, late: 0, missing: 0, due: 0, upcoming: 0, ...byNumber.get(channel.number) };
    const totals = channelTotals.get(channel.id);
    return Object.freeze({
      channelId: channel.id,
      number: channel.number,
      title: channel.title,
      deliverables: Object.freeze(counts),
      quotaIds: Object.freeze(channel.quotas.filter((q) => reviewedQuotas.has(q.id)).map((q) => q.id)),
      ...(totals ?? zero()),
      attainment: totals === undefined ? null : ratio(totals.requiredToDate, totals.metToDate),
    });
  });

  // Coverage of the grassroots unions.
  let coverage: EvaluateCoverageResult | null = null;
  const target = plan.channels.flatMap((c) => c.activities).flatMap((a) => a.targets).find((t) => t.unitKind === "grassroots-union");
  if (target !== undefined && options.coverageUnits !== undefined) {
    coverage = evaluateCoverage(
      { ...(target.percent === undefined ? {} : { percent: target.percent }), unitKind: "grassroots-union" },
      namedCoverageUnits(plan, options.coverageUnits),
      reachRecords(records),
      { asOf, rounding: "half-up" },
    );
  }

  // Budget: estimate against execution.
  const summary = summarizeBudget(plan);
  const spending = spendingEntries(records, asOf);
  const execution = budgetExecution(plan, spending);
  // What the plan's own sources paid, line by line: the sections' estimates are own totals, so their
  // spending is too (what other funders paid is in byFunder). A line split between sources has its
  // spending split with it (budgetExecution's parts).
  const ownSpent = new Map<string, bigint>();
  for (const l of execution.lines) {
    if (ownSpent.has(l.lineId)) continue;
    ownSpent.set(l.lineId, l.parts.reduce((sum, p) => (p.own ? sum + p.spent.toBigInt() : sum), 0n));
  }
  const bySection = (plan.budget?.sections ?? []).map((section, i) => {
    const estimate = summary.sections[i]!.total;
    const spent = Vnd.fromBigInt(section.lines.reduce((s, l) => s + (ownSpent.get(l.id) ?? 0n), 0n));
    return Object.freeze({
      id: section.id,
      ...(section.label === undefined ? {} : { label: section.label }),
      title: section.title,
      estimate,
      spent,
      percent: estimate.isZero() ? null : percentOf(spent, estimate, { rounding: "half-up" }),
    });
  });
  const allLines = (plan.budget?.sections ?? []).flatMap((s) => s.lines);
  const lineById = new Map<string, (typeof allLines)[number]>();
  for (const line of allLines) if (!lineById.has(line.id)) lineById.set(line.id, line);
  const overBudget = execution.lines
    .filter((l) => l.over)
    .map((l) =>
      Object.freeze({
        lineId: l.lineId,
        title: lineById.get(l.lineId)?.title ?? l.lineId,
        estimate: l.budgeted,
        spent: l.spent,
        excess: Vnd.fromBigInt(-l.remaining.toBigInt()),
      }),
    );
  // What each funder spent, in one pass over the lines: the parts of each line, as budgetExecution splits
  // its spending (each line once, as the estimates count it).
  const spentByFunder = new Map<string, bigint>();
  const counted = new Set<string>();
  for (const l of execution.lines) {
    if (counted.has(l.lineId)) continue;
    counted.add(l.lineId);
    for (const p of l.parts) spentByFunder.set(p.fundingSourceId, (spentByFunder.get(p.fundingSourceId) ?? 0n) + p.spent.toBigInt());
  }
  const byFunder = summary.byFunder.map((f) => {
    const spent = spentByFunder.get(f.fundingSourceId) ?? 0n;
    return Object.freeze({ fundingSourceId: f.fundingSourceId, name: f.name, estimate: f.total, spent: Vnd.fromBigInt(spent) });
  });
  const months = new Map<YearMonth, bigint>();
  for (const entry of spending) {
    const month = String(entry.on).slice(0, 7);
    months.set(month, (months.get(month) ?? 0n) + vnd(entry.amount).toBigInt());
  }
  const byMonth = [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, spent]) => Object.freeze({ month, spent: Vnd.fromBigInt(spent) }));

  return Object.freeze({
    kind: "phase-review",
    plan: Object.freeze({ id: plan.id, ...(plan.header.title === undefined ? {} : { title: plan.header.title }), subject: plan.header.subject }),
    ...(phase === undefined ? {} : { phase: Object.freeze({ id: phase.id, name: phase.name, window: phase.window }) }),
    window: reviewed,
    asOf,
    channels: Object.freeze(channels),
    quotas: Object.freeze(quotas),
    unevaluatedQuotas: Object.freeze(unevaluatedQuotas),
    unevaluatedQuotaLabels: Object.freeze(unevaluatedQuotaLabels),
    units: Object.freeze(units),
    deliverables: Object.freeze(deliverables),
    coverage,
    budget: Object.freeze({
      estimate: summary.total,
      spent: execution.total.spent,
      percent: execution.total.budgeted.isZero() ? null : percentOf(execution.total.spent, execution.total.budgeted, { rounding: "half-up" }),
      bySection: Object.freeze(bySection),
      overBudget: Object.freeze(overBudget),
      byFunder: Object.freeze(byFunder),
      byMonth: Object.freeze(byMonth),
    }),
    findings: lintPlan(plan),
  });
}
