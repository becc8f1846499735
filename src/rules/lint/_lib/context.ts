/**
 * What the lint rules read, built once per run of `lintPlan` and shared by every rule: the units by id,
 * the activities, quotas and budget lines with their paths, the budget findings of `checkDeclaredTotals`,
 * the outlets and the debtor units of each quota, the plan's time (its phases, else its own window).
 *
 * @internal
 */
import { checkDeclaredTotals } from "../../../budget/checkDeclaredTotals.js";
import type { ExpandDeadlinesOptions } from "../../../calendar/expandDeadlines.js";
import { daysInWindow, intersectWindows } from "../../../calendar/makeWindow.js";
import type { Window } from "../../../calendar/window.js";
import type { Finding } from "../../../errors/Finding.js";
import type { Activity, BudgetLine, Phase, Plan, Quota, ReportingDuty, Unit } from "../../../model/plan.js";
import { quotaDebtors } from "../../quotaRule.js";
import type { Path } from "./defineLintRule.js";
import type { OpenSpan } from "./text.js";

/** An item of the plan with its path. @internal */
export interface Located<T> {
  readonly item: T;
  readonly path: Path;
}

/** Options of a {@link LintContext}. @internal */
export interface LintContextOptions {
  /** When periodic reports fall due, as `lintPlan` takes it. */
  readonly periodicDue?: ExpandDeadlinesOptions["periodicDue"] | undefined;
  /**
   * The budget findings the bridges read: `checkDeclaredTotals` by default. Tests pass their own, so that a
   * bridge can be tested on a finding the budget calculators do not make yet.
   */
  readonly budgetFindings?: ((plan: Plan) => readonly Finding[]) | undefined;
}

/**
 * The plan's time, for the rules that compare dates with it: the span of its phases (from the first day of
 * the first to the last day of the last), else its own window, which may be open (no `end`). @internal
 */
export interface PlanTime extends OpenSpan {
  readonly from: "phases" | "window";
}

/** The shared indexes of one lint run. @internal */
export class LintContext {
  readonly units = new Map<string, Unit>();
  readonly activities: Located<Activity>[] = [];
  readonly activityById = new Map<string, Activity>();
  readonly quotas: Located<Quota>[] = [];
  readonly lines: Located<BudgetLine>[] = [];
  readonly linesByActivity = new Map<string, BudgetLine[]>();
  readonly phaseById = new Map<string, Phase>();
  /** Ids of the activities that a duty of part V names. */
  readonly activitiesWithDuty = new Set<string>();
  /** The issuer and the co-issuers of a joint plan. */
  readonly issuers: ReadonlySet<string>;
  readonly periodicDue: ExpandDeadlinesOptions["periodicDue"];
  private readonly budgetOf: (plan: Plan) => readonly Finding[];
  private budgetFindings: readonly Finding[] | undefined;
  private lineIndex: Map<string, Located<BudgetLine>> | undefined;
  private readonly outletsOf = new Map<Quota, readonly Unit[]>();
  private readonly debtorsOf = new Map<Quota, readonly Unit[]>();

  constructor(
    readonly plan: Plan,
    options: LintContextOptions = {},
  ) {
    this.periodicDue = options.periodicDue;
    this.budgetOf = options.budgetFindings ?? checkDeclaredTotals;
    this.issuers = new Set([plan.header.issuerId, ...plan.header.coIssuerIds]);
    for (const unit of plan.units) if (!this.units.has(unit.id)) this.units.set(unit.id, unit);
    for (const phase of plan.phases) if (!this.phaseById.has(phase.id)) this.phaseById.set(phase.id, phase);
    plan.channels.forEach((channel, i) => {
      channel.activities.forEach((activity, j) => {
        this.activities.push({ item: activity, path: ["channels", i, "activities", j] });
        if (!this.activityById.has(activity.id)) this.activityById.set(activity.id, activity);
      });
      channel.quotas.forEach((quota, j) => this.quotas.push({ item: quota, path: ["channels", i, "quotas", j] }));
    });
    (plan.budget?.sections ?? []).forEach((section, i) =>
      section.lines.forEach((line, j) => {
        this.lines.push({ item: line, path: ["budget", "sections", i, "lines", j] });
        if (line.activityId !== undefined) {
          const list = this.linesByActivity.get(line.activityId) ?? [];
          list.push(line);
          this.linesByActivity.set(line.activityId, list);
        }
      }),
    );
    for (const r of plan.responsibilities) for (const duty of r.duties) for (const id of duty.activityIds) this.activitiesWithDuty.add(id);
  }

  /** The findings of the budget calculators (`checkDeclaredTotals`), computed once. */
  budget(): readonly Finding[] {
    this.budgetFindings ??= this.budgetOf(this.plan);
    return this.budgetFindings;
  }

  /**
   * The budget line a path points into (`["budget", "sections", s, "lines", j, …]`), the first listed
   * there; found by its place, not searched.
   */
  lineAt(path: Path): Located<BudgetLine> | undefined {
    const [budget, sections, s, lines, j] = path;
    if (budget !== "budget" || sections !== "sections" || lines !== "lines" || typeof s !== "number" || typeof j !== "number") return undefined;
    if (this.lineIndex === undefined) {
      this.lineIndex = new Map();
      for (const located of this.lines) {
        const key = `${located.path[2]}/${located.path[4]}`;
        if (!this.lineIndex.has(key)) this.lineIndex.set(key, located);
      }
    }
    return this.lineIndex.get(`${s}/${j}`);
  }

  /** A unit by its short name, else its name; an id that names no unit as it is. */
  unitName(id: string): string {
    const unit = this.units.get(id);
    return unit === undefined ? id : (unit.shortName ?? unit.name);
  }

  /** The outlets a quota applies to: by id, or by outlet kind; in the order of the plan's units. */
  quotaOutlets(quota: Quota): readonly Unit[] {
    let outlets = this.outletsOf.get(quota);
    if (outlets === undefined) {
      const ids = new Set(quota.outletIds);
      const kinds = new Set<string>(quota.outletKinds);
      outlets = [...this.units.values()].filter((u) => ids.has(u.id) || (u.outlet !== undefined && kinds.has(u.outlet.kind)));
      this.outletsOf.set(quota, outlets);
    }
    return outlets;
  }

  /**
   * The units that owe a quota with `owedBy`, as {@link quotaDebtors} selects them (in the plan's order:
   * those it names by id, and those of its unit kinds that meet its `minMemberCount`, a group unit without a
   * `memberCount` meeting it), computed once per quota. Empty for a quota without `owedBy` (its outlets owe
   * it: {@link LintContext.quotaOutlets}).
   */
  quotaDebtors(quota: Quota): readonly Unit[] {
    if (quota.owedBy === undefined) return [];
    let debtors = this.debtorsOf.get(quota);
    if (debtors === undefined) {
      debtors = quotaDebtors(this.plan, quota);
      this.debtorsOf.set(quota, debtors);
    }
    return debtors;
  }

  /** The units above a unit, nearest first (a cycle, which parsePlan rejects, stops the walk). */
  ancestors(id: string): string[] {
    const out: string[] = [];
    const seen = new Set([id]);
    let parent = this.units.get(id)?.parentId;
    while (parent !== undefined && !seen.has(parent)) {
      out.push(parent);
      seen.add(parent);
      parent = this.units.get(parent)?.parentId;
    }
    return out;
  }

  /**
   * Whether a set of units reaches a unit: the unit itself, a unit above it, or a group unit of its kind
   * under the same parent (a group entry stands for all units of its kind: "các Ban, đơn vị trực thuộc TLĐ").
   */
  reaches(set: ReadonlySet<string>, id: string): boolean {
    if (set.has(id) || this.ancestors(id).some((a) => set.has(a))) return true;
    const unit = this.units.get(id);
    if (unit === undefined) return false;
    for (const other of set) {
      const group = this.units.get(other);
      if (group?.group === true && group.id !== id && group.kind === unit.kind && group.parentId === unit.parentId) return true;
    }
    return false;
  }

  /** The phases merged into disjoint spans (phases that overlap or touch become one), in order. */
  phaseSpans(): Window[] {
    const sorted = [...this.plan.phases.map((p) => p.window)].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const spans: { start: string; end: string }[] = [];
    for (const w of sorted) {
      const last = spans[spans.length - 1];
      if (last !== undefined && (w.start <= last.end || daysInWindow({ start: last.end, end: w.start }) === 2)) {
        if (w.end > last.end) last.end = w.end;
      } else spans.push({ start: w.start, end: w.end });
    }
    return spans;
  }

  /** The phase a window overlaps most, else the nearest one; the first in document order on a tie. */
  nearestPhase(window: Window, phases: readonly Phase[] = this.plan.phases): Phase | undefined {
    let best: { phase: Phase; overlap: number; gap: number } | undefined;
    for (const phase of phases) {
      const common = intersectWindows(window, phase.window);
      const overlap = common === undefined ? 0 : daysInWindow(common);
      const gap =
        common !== undefined
          ? 0
          : window.end < phase.window.start
            ? daysInWindow({ start: window.end, end: phase.window.start })
            : daysInWindow({ start: phase.window.end, end: window.start });
      if (best === undefined || overlap > best.overlap || (overlap === best.overlap && gap < best.gap)) best = { phase, overlap, gap };
    }
    return best?.phase;
  }

  /**
   * The plan's time: the span of its phases, else its own window (maybe open); undefined for a plan that
   * gives no time (`plan_without_window`).
   */
  planTime(): PlanTime | undefined {
    const { phases, window } = this.plan;
    if (phases.length > 0) {
      let start = phases[0]!.window.start;
      let end = phases[0]!.window.end;
      for (const p of phases) {
        if (p.window.start < start) start = p.window.start;
        if (p.window.end > end) end = p.window.end;
      }
      return { start, end, from: "phases" };
    }
    return window === undefined ? undefined : { start: window.start, end: window.end, from: "window" };
  }

  /** The plan's own window when it has an end: what dates a duty or a line that gives no time of its own. */
  closedPlanWindow(): Window | undefined {
    const window = this.plan.window;
    return window?.end === undefined ? undefined : { start: window.start, end: window.end };
  }

  /**
   * When a reporting duty runs (periodic) or falls due (a report, a review), as expandDeadlines dates it:
   * its own window, else its phase's; for a one-off report or a review, its due day (`dueOn`); for a
   * periodic report, the plan's own window where it has an end. Undefined when none dates it (a periodic
   * duty over an open plan window too: its deadlines run on).
   */
  reportingWindow(duty: ReportingDuty): Window | undefined {
    if (duty.window !== undefined) return duty.window;
    const phase = duty.phaseId === undefined ? undefined : this.phaseById.get(duty.phaseId);
    if (phase !== undefined) return phase.window;
    if (duty.kind !== "periodic-report") return duty.dueOn === undefined ? undefined : { start: duty.dueOn, end: duty.dueOn };
    return this.closedPlanWindow();
  }
}
