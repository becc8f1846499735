import { INVALID_TYPE, INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { requireParsedPlan } from "../_lib/parsedPlan.js";
import { kindOf } from "../errors/describe.js";
import { PlanError } from "../errors/PlanError.js";
import { checkDeclaredTotals } from "../budget/checkDeclaredTotals.js";
import { expandDeadlines, type ExpandDeadlinesOptions } from "../calendar/expandDeadlines.js";
import { dayOf, fromDay, partsOf, periodCount, toDay } from "../calendar/_lib/days.js";
import { daysInWindow, intersectWindows, isWithinWindow, monthWindow } from "../calendar/makeWindow.js";
import { splitWindow } from "../calendar/splitWindow.js";
import type { Window } from "../calendar/window.js";
import type { Finding } from "../errors/Finding.js";
import { outletKindVi } from "../errors/messages.js";
import type { Activity, BudgetLine, Phase, Plan, Quota, Unit } from "../model/plan.js";
import { LINT_RULES, isLintRuleCode, lintFinding, type LintRuleCode } from "./lintRules.js";
import { quotaLabel } from "./quotaLabel.js";

/**
 * Options of {@link lintPlan}.
 *
 * @example
 * ```ts
 * import type { LintPlanOptions } from "cong-doan-ke-hoach";
 *
 * const budgetOnly: LintPlanOptions = { rules: ["declared_total_mismatch", "line_amount_mismatch"] };
 * const quiet: LintPlanOptions = { exclude: ["activity_without_window", "unit_never_used"] };
 * const fifth: LintPlanOptions = { periodicDue: { dayOfNextPeriod: 5 } };
 * ```
 * @category Rules
 */
export interface LintPlanOptions {
  /**
   * Run only these rules (codes of {@link LINT_RULES}); all of them when absent. The findings still come
   * in catalogue order, whatever the order given here. An empty list runs no rule.
   */
  readonly rules?: readonly string[] | undefined;
  /** Skip these rules (codes of {@link LINT_RULES}); applied after `rules`. */
  readonly exclude?: readonly string[] | undefined;
  /**
   * When periodic reports fall due, for `deadline_after_review`: as {@link expandDeadlines} takes it.
   * `"end-of-period"` (the default) dates the report on a month on its last day; `{ dayOfNextPeriod: 5 }`
   * on the 5th of the next month.
   */
  readonly periodicDue?: ExpandDeadlinesOptions["periodicDue"];
}

type Path = readonly (string | number)[];

/**
 * Reads a plan the way a careful reader does and returns what it finds, from the catalogue of rules
 * {@link LINT_RULES} (kept as data, in the spirit of the IATI validator's rule table): budget figures that
 * do not add up (through {@link checkDeclaredTotals}), royalties for more articles than the phase can
 * carry, windows outside the phases, deadlines after the review, activities and budget lines without a
 * lead unit, units with duties but nothing to do, quotas that match no outlet, and more; `docs/rules.md`
 * explains every rule.
 *
 * Each finding has the rule's `code` and `severity`, a `path` into the plan, a `message` and `messageVi`
 * built from the rule's templates, and `details` with its figures as strings. The order is stable: by
 * the rules' order in {@link LINT_RULES}, then by document order (channels and their activities and
 * quotas, responsibilities, reporting, then the budget appendix, as the plan lists them). The function is
 * pure and deterministic; a problem of the plan is a finding, never an exception.
 *
 * @param plan - a parsed plan ({@link parsePlan}).
 * @param options - `rules` to run only some rules, `exclude` to skip some, `periodicDue` for the
 *   deadlines of periodic reports ({@link LintPlanOptions}).
 * @returns the findings, frozen (each finding, its path and details too); empty for a plan that passes.
 * @throws {@link PlanError} `invalid_type` when `plan` or `options` is not an object or `options.rules` /
 *   `options.exclude` is not an array; `invalid_value` at `["options", "rules", i]` for a code that is not
 *   in {@link LINT_RULES}; what {@link expandDeadlines} throws for a malformed `options.periodicDue`.
 * @example
 * ```ts
 * import { lintPlan, parsePlan } from "cong-doan-ke-hoach";
 *
 * declare const json: unknown; // examples/vgcl-2017/plan.json
 * const findings = lintPlan(parsePlan(json));
 * findings.find((f) => f.code === "paid_articles_vs_phase")?.details;
 * //=> { quantity: "365", phaseDays: "335", capacity: "335", difference: "30", … }
 * // The July 2018 award comes after phase 1:
 * findings.find((f) => f.code === "window_outside_phase")?.path;
 * //=> ["budget", "sections", 2, "lines", 0, "window"]
 * lintPlan(parsePlan(json), { rules: ["declared_total_mismatch"] }); //=> []
 * ```
 * @category Rules
 */
export function lintPlan(plan: Plan, options?: LintPlanOptions): readonly Finding[] {
  requireParsedPlan(plan);
  const codes = selectRules(options);
  if (codes.length === 0) return Object.freeze([]);
  const context = new Context(plan, options?.periodicDue);
  const findings: Finding[] = [];
  for (const code of codes) findings.push(...CHECKS[code](context));
  return Object.freeze(findings);
}

/** The codes to run, in catalogue order. */
function selectRules(options: LintPlanOptions | undefined): LintRuleCode[] {
  if (options === undefined) return LINT_RULES.map((rule) => rule.code);
  if (options === null || typeof options !== "object") {
    throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  }
  const read = (key: "rules" | "exclude"): ReadonlySet<LintRuleCode> | undefined => {
    const list: unknown = options[key];
    if (list === undefined) return undefined;
    if (!Array.isArray(list)) {
      throw new PlanError([newIssue(INVALID_TYPE, ["options", key], { expected: "array", received: kindOf(list) })]);
    }
    const unknown = list.flatMap((code: unknown, i) =>
      isLintRuleCode(code) ? [] : [newIssue(INVALID_VALUE, ["options", key, i], { expected: "a rule code of LINT_RULES", expectedVi: "mã quy tắc trong LINT_RULES", receivedValue: code })],
    );
    if (unknown.length > 0) throw new PlanError(unknown);
    return new Set(list as LintRuleCode[]);
  };
  const only = read("rules");
  const exclude = read("exclude");
  return LINT_RULES.map((rule) => rule.code).filter((code) => (only === undefined || only.has(code)) && !exclude?.has(code));
}

// ---------------------------------------------------------------------------------------------------
// What the checks read, computed once per call.

interface Located<T> {
  readonly item: T;
  readonly path: Path;
}

/** A title cut to 60 characters and quoted, for messages. */
function quoted(text: string): string {
  const chars = Array.from(text.trim());
  return `"${chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : chars.join("")}"`;
}

const normalize = (text: string | undefined): string => (text ?? "").normalize("NFC").trim().toLowerCase();

/** Whether `inner` lies inside `outer`, both ends included. */
const within = (outer: Window, inner: Window): boolean => isWithinWindow(outer, inner.start) && isWithinWindow(outer, inner.end);

class Context {
  readonly units = new Map<string, Unit>();
  readonly activities: Located<Activity>[] = [];
  readonly activityById = new Map<string, Activity>();
  readonly quotas: Located<Quota>[] = [];
  readonly lines: Located<BudgetLine>[] = [];
  readonly linesByActivity = new Map<string, BudgetLine[]>();
  readonly phaseById = new Map<string, Phase>();
  /** Ids of the activities that a duty of part V names. */
  readonly activitiesWithDuty = new Set<string>();
  private budgetFindings: readonly Finding[] | undefined;
  private lineIndex: Map<string, Located<BudgetLine>> | undefined;

  constructor(
    readonly plan: Plan,
    readonly periodicDue: ExpandDeadlinesOptions["periodicDue"],
  ) {
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

  /** The line at `["budget", "sections", s, "lines", j]`, the first listed there. */
  lineAt(s: string | number | undefined, j: string | number | undefined): Located<BudgetLine> | undefined {
    if (this.lineIndex === undefined) {
      this.lineIndex = new Map();
      for (const located of this.lines) {
        const key = `${located.path[2]}/${located.path[4]}`;
        if (!this.lineIndex.has(key)) this.lineIndex.set(key, located);
      }
    }
    return typeof s === "number" && typeof j === "number" ? this.lineIndex.get(`${s}/${j}`) : undefined;
  }

  budget(): readonly Finding[] {
    this.budgetFindings ??= checkDeclaredTotals(this.plan);
    return this.budgetFindings;
  }

  unitName(id: string): string {
    const unit = this.units.get(id);
    return unit === undefined ? id : (unit.shortName ?? unit.name);
  }

  /** The outlets a quota applies to: by id, or by outlet kind; in the order of the plan's units. */
  quotaOutlets(quota: Quota): Unit[] {
    const ids = new Set(quota.outletIds);
    const kinds = new Set<string>(quota.outletKinds);
    return [...this.units.values()].filter((u) => ids.has(u.id) || (u.outlet !== undefined && kinds.has(u.outlet.kind)));
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
}

const lineName = (line: BudgetLine): string => quoted(line.title);
const activityName = (activity: Activity): string => quoted(activity.title);
/** A quota by its text, else its label (the plan's or one built from the rule): never its id. */
const quotaName = (quota: Quota): string => quoted(quota.description ?? quotaLabel(quota));
const dutyName = (duty: Plan["reporting"][number]): string => quoted(duty.description);
const joined = (list: readonly string[]): string => list.join(", ");

// ---------------------------------------------------------------------------------------------------
// The checks, one per rule; each returns its findings in document order.

type Check = (c: Context) => Finding[];

/** The findings of checkDeclaredTotals with one code, with the lint's messages. */
const fromBudget =
  (code: "declared_total_mismatch"): Check =>
  (c) =>
    c
      .budget()
      .filter((f) => f.code === code)
      .map((f) => lintFinding(code, f.path, { message: f.message, messageVi: f.messageVi }, f.details ?? {}));

const CHECKS: { readonly [C in LintRuleCode]: Check } = {
  declared_total_mismatch: /* @__PURE__ */ fromBudget("declared_total_mismatch"),

  line_amount_mismatch: (c) =>
    c
      .budget()
      .filter((f) => f.code === "line_amount_mismatch")
      .map((f) => {
        // A finding's path is its line's path and "amount": the line is found by its place, not searched.
        const [budget, sections, s, lines, j] = f.path;
        const at = f.path.length === 6 && budget === "budget" && sections === "sections" && lines === "lines" ? c.lineAt(s, j) : undefined;
        const name = at === undefined ? quoted(String(f.path.join("."))) : lineName(at.item);
        return lintFinding("line_amount_mismatch", f.path, { name, message: f.message, messageVi: f.messageVi }, f.details ?? {});
      }),

  // checkDeclaredTotals names it own_line_without_amount (the plan's own money, whatever its source's kind).
  central_line_without_amount: (c) =>
    c
      .budget()
      .filter((f) => f.code === "own_line_without_amount")
      .map((f) => lintFinding("central_line_without_amount", f.path, { message: f.message, messageVi: f.messageVi }, f.details ?? {})),

  paid_articles_vs_phase: (c) => {
    const out: Finding[] = [];
    const phases = c.plan.phases;
    const planSpan: Window | undefined =
      phases.length === 0
        ? undefined
        : {
            start: phases.map((p) => p.window.start).reduce((a, b) => (b < a ? b : a)),
            end: phases.map((p) => p.window.end).reduce((a, b) => (b > a ? b : a)),
          };
    for (const { item: line, path } of c.lines) {
      const unit = normalize(line.product?.unit);
      const quantity = line.product?.quantity;
      if ((unit !== "bài" && unit !== "bài viết") || line.unitPrice === undefined || quantity === undefined) continue;
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      const span = line.window ?? activity?.window ?? planSpan;
      if (span === undefined) continue;
      const rate = statedRate(line.product?.description);
      // A rate per outlet bounds each outlet, not the line: nothing to compare the quantity with.
      if (rate?.perOutlet === true) continue;
      const days = daysInWindow(span);
      const per = rate?.per ?? "day";
      const perRate = rate?.count ?? 1;
      const capacity = perRate * (per === "day" ? days : splitWindow(span, per).length);
      if (quantity <= capacity) continue;
      const difference = quantity - capacity;
      const excessAmount = (line.unitPrice.toBigInt() * BigInt(difference)).toString();
      out.push(
        lintFinding(
          "paid_articles_vs_phase",
          [...path, "product", "quantity"],
          { name: lineName(line), quantity, capacity, rate: perRate, per, stated: rate !== undefined, span, days, excessAmount },
          {
            quantity: String(quantity),
            phaseDays: String(days),
            capacity: String(capacity),
            difference: String(difference),
            rate: String(perRate),
            per,
            start: span.start,
            end: span.end,
            unitPrice: line.unitPrice.toString(),
            excessAmount,
          },
        ),
      );
    }
    return out;
  },

  line_quantity_mismatch: (c) => {
    const out: Finding[] = [];
    for (const { item: line, path } of c.lines) {
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      const lineQuantity = line.product?.quantity;
      const activityQuantity = activity?.product?.quantity;
      if (activity === undefined || lineQuantity === undefined || activityQuantity === undefined || lineQuantity === activityQuantity) continue;
      const lineUnit = normalize(line.product?.unit);
      const activityUnit = normalize(activity.product?.unit);
      if (lineUnit !== "" && activityUnit !== "" && lineUnit !== activityUnit) continue; // different measures
      const unit = (line.product?.unit ?? activity.product?.unit ?? "").trim();
      out.push(
        lintFinding(
          "line_quantity_mismatch",
          [...path, "product", "quantity"],
          { name: lineName(line), activity: activityName(activity), lineQuantity, activityQuantity, unit },
          {
            lineQuantity: String(lineQuantity),
            activityQuantity: String(activityQuantity),
            activityId: activity.id,
            difference: String(lineQuantity - activityQuantity),
          },
        ),
      );
    }
    return out;
  },

  window_outside_phase: (c) => {
    const out: Finding[] = [];
    const spans = c.phaseSpans();
    const check = (item: "activity" | "budget line", name: string, window: Window | undefined, path: Path): void => {
      if (window === undefined) return;
      const days = daysInWindow(window);
      const inside = spans.reduce((sum, span) => {
        const common = intersectWindows(window, span);
        return sum + (common === undefined ? 0 : daysInWindow(common));
      }, 0);
      const phase = c.nearestPhase(window);
      if (inside === days || phase === undefined) return;
      out.push(
        lintFinding(
          "window_outside_phase",
          [...path, "window"],
          { name, item, window, days, daysOutside: days - inside, phase: phase.name, phaseWindow: phase.window },
          {
            start: window.start,
            end: window.end,
            days: String(days),
            daysOutside: String(days - inside),
            phaseId: phase.id,
            phaseStart: phase.window.start,
            phaseEnd: phase.window.end,
          },
        ),
      );
    };
    for (const { item, path } of c.activities) check("activity", activityName(item), item.window, path);
    for (const { item, path } of c.lines) check("budget line", lineName(item), item.window, path);
    return out;
  },

  line_window_outside_activity: (c) => {
    const out: Finding[] = [];
    for (const { item: line, path } of c.lines) {
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      if (line.window === undefined || activity?.window === undefined || within(activity.window, line.window)) continue;
      out.push(
        lintFinding(
          "line_window_outside_activity",
          [...path, "window"],
          { name: lineName(line), activity: activityName(activity), window: line.window, activityWindow: activity.window },
          { start: line.window.start, end: line.window.end, activityId: activity.id, activityStart: activity.window.start, activityEnd: activity.window.end },
        ),
      );
    }
    return out;
  },

  quota_start_outside_phase: (c) => {
    const out: Finding[] = [];
    for (const { item: quota, path } of c.quotas) {
      if (quota.startsIn === undefined) continue;
      const own = quota.phaseId === undefined ? undefined : c.phaseById.get(quota.phaseId);
      const phases = own === undefined ? c.plan.phases : [own];
      const month = monthWindow(quota.startsIn);
      if (phases.length === 0 || phases.some((p) => intersectWindows(month, p.window) !== undefined)) continue;
      const phase = c.nearestPhase(month, phases);
      if (phase === undefined) continue;
      out.push(
        lintFinding(
          "quota_start_outside_phase",
          [...path, "startsIn"],
          { name: quotaName(quota), startsIn: quota.startsIn, phase: phase.name, phaseWindow: phase.window },
          { startsIn: quota.startsIn, phaseId: phase.id, phaseStart: phase.window.start, phaseEnd: phase.window.end },
        ),
      );
    }
    return out;
  },

  deadline_after_review: (c) => {
    const duties = c.plan.reporting;
    // Only the duties that can be dated (the others are reporting_without_window).
    const windowOf = (d: (typeof duties)[number]): Window | undefined => d.window ?? (d.phaseId === undefined ? undefined : c.phaseById.get(d.phaseId)?.window);
    const reviews = duties.filter((d) => d.kind === "review" && windowOf(d) !== undefined);
    const out: Finding[] = [];
    duties.forEach((duty, i) => {
      if (duty.kind === "review") return;
      const window = windowOf(duty);
      if (window === undefined) return;
      // The reviews that cover the duty: of its phase, or of no phase in particular; any when it has none.
      // A review falls due on the last day of its window, as expandDeadlines dates it.
      const covering = reviews.filter((r) => r.phaseId === undefined || duty.phaseId === undefined || r.phaseId === duty.phaseId);
      let last: { id: string; name: string; end: string } | undefined;
      for (const review of covering) {
        const due = windowOf(review)!.end;
        if (last === undefined || due > last.end) last = { id: review.id, name: dutyName(review), end: due };
      }
      if (last === undefined) return;
      const reviewEnd = last.end;
      const { count, lastDue } = deadlinesAfter(c, duty, window, reviewEnd);
      if (count === 0) return;
      out.push(
        lintFinding(
          "deadline_after_review",
          duty.window === undefined ? ["reporting", i] : ["reporting", i, "window"],
          { name: dutyName(duty), late: count, lastDue, review: last.name, reviewEnd },
          {
            dutyId: duty.id,
            lateDeadlines: String(count),
            lastDue,
            reviewId: last.id,
            reviewEnd,
            daysAfter: String(daysInWindow({ start: reviewEnd, end: lastDue }) - 1),
          },
        ),
      );
    });
    return out;
  },

  reporting_without_window: (c) =>
    c.plan.reporting.flatMap((duty, i) =>
      duty.window === undefined && (duty.phaseId === undefined || !c.phaseById.has(duty.phaseId))
        ? [lintFinding("reporting_without_window", ["reporting", i, "window"], { name: dutyName(duty) }, { dutyId: duty.id, kind: duty.kind })]
        : [],
    ),

  reporting_without_recipient: (c) =>
    c.plan.reporting.flatMap((duty, i) =>
      duty.kind !== "review" && duty.recipientUnitId === undefined
        ? [lintFinding("reporting_without_recipient", ["reporting", i, "recipientUnitId"], { name: dutyName(duty) }, { dutyId: duty.id, kind: duty.kind })]
        : [],
    ),

  activity_without_lead: (c) => {
    const out: Finding[] = [];
    for (const { item: activity, path } of c.activities) {
      if (activity.leadUnitIds.length > 0 || c.activitiesWithDuty.has(activity.id)) continue;
      if ((c.linesByActivity.get(activity.id) ?? []).some((line) => line.leadUnitIds.length > 0)) continue;
      out.push(
        lintFinding(
          "activity_without_lead",
          [...path, "leadUnitIds"],
          { name: activityName(activity), executing: activity.executingUnitIds.map((id) => c.unitName(id)) },
          { activityId: activity.id, executingUnits: String(activity.executingUnitIds.length), executingUnitIds: joined(activity.executingUnitIds) },
        ),
      );
    }
    return out;
  },

  budget_line_without_lead: (c) => {
    const out: Finding[] = [];
    for (const { item: line, path } of c.lines) {
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      if (line.leadUnitIds.length > 0 || (activity !== undefined && activity.leadUnitIds.length > 0)) continue;
      out.push(
        lintFinding(
          "budget_line_without_lead",
          [...path, "leadUnitIds"],
          { name: lineName(line), coordinating: line.coordinatingUnitIds.map((id) => c.unitName(id)) },
          { lineId: line.id, coordinatingUnitIds: joined(line.coordinatingUnitIds) },
        ),
      );
    }
    return out;
  },

  unit_without_work: (c) => {
    const work = new Set<string>();
    const add = (ids: readonly string[]) => ids.forEach((id) => work.add(id));
    for (const { item } of c.activities) add([...item.leadUnitIds, ...item.executingUnitIds, ...item.coordinatingUnitIds]);
    for (const { item } of c.quotas) add(c.quotaOutlets(item).map((u) => u.id));
    for (const { item } of c.lines) add([...item.leadUnitIds, ...item.coordinatingUnitIds]);
    for (const duty of c.plan.reporting) {
      add(duty.reportingUnitIds);
      if (duty.recipientUnitId !== undefined) work.add(duty.recipientUnitId);
      if (duty.viaUnitId !== undefined) work.add(duty.viaUnitId);
    }
    for (const r of c.plan.responsibilities) if (r.duties.some((d) => d.activityIds.length > 0)) add(r.unitIds);
    return perResponsibleUnit(c, (id) => !work.has(id), "unit_without_work");
  },

  quota_matches_no_outlet: (c) =>
    c.quotas.flatMap(({ item: quota, path }) =>
      c.quotaOutlets(quota).length > 0
        ? []
        : [
            lintFinding(
              "quota_matches_no_outlet",
              path,
              { name: quotaName(quota), outletKinds: quota.outletKinds, outletKindsVi: quota.outletKinds.map((k) => outletKindVi(k)) },
              { quotaId: quota.id, outletKinds: joined(quota.outletKinds), outletIds: joined(quota.outletIds) },
            ),
          ],
    ),

  legal_basis_after_plan: (c) => {
    const { issuedOn, issuedIn } = c.plan.header;
    const planDate = issuedOn ?? issuedIn;
    if (planDate === undefined) return [];
    return c.plan.header.legalBases.flatMap((basis, i) => {
      if (basis.issuedOn === undefined) return [];
      const after = issuedOn !== undefined ? basis.issuedOn > issuedOn : basis.issuedOn.slice(0, 7) > planDate;
      if (!after) return [];
      const name = basis.reference === undefined ? quoted(basis.title ?? basis.kind) : `${basis.kind} ${basis.reference}`;
      return [lintFinding("legal_basis_after_plan", ["header", "legalBases", i, "issuedOn"], { name, issuedOn: basis.issuedOn, planDate }, { issuedOn: basis.issuedOn, planDate })];
    });
  },

  report_before_phase_end: (c) =>
    c.plan.reporting.flatMap((duty, i) => {
      const phase = duty.phaseId === undefined ? undefined : c.phaseById.get(duty.phaseId);
      if (duty.kind !== "report" || duty.window === undefined || phase === undefined || duty.window.end >= phase.window.end) return [];
      const due = duty.window.end;
      const daysLeft = daysInWindow({ start: due, end: phase.window.end }) - 1;
      return [
        lintFinding(
          "report_before_phase_end",
          ["reporting", i, "window"],
          { name: dutyName(duty), due, phase: phase.name, phaseEnd: phase.window.end, daysLeft },
          { dutyId: duty.id, due, phaseId: phase.id, phaseEnd: phase.window.end, daysLeft: String(daysLeft) },
        ),
      ];
    }),

  quota_outlet_without_online_edition: (c) =>
    c.quotas.flatMap(({ item: quota, path }) => {
      if (!quota.requireOnlineCopy) return [];
      const offline = c.quotaOutlets(quota).filter((u) => u.outlet?.electronicEdition !== true);
      if (offline.length === 0) return [];
      return [
        lintFinding(
          "quota_outlet_without_online_edition",
          [...path, "requireOnlineCopy"],
          { name: quotaName(quota), outlets: offline.map((u) => c.unitName(u.id)) },
          { quotaId: quota.id, outletIds: joined(offline.map((u) => u.id)), outlets: String(offline.length) },
        ),
      ];
    }),

  quota_outlet_not_reporting: (c) => {
    const reporters = new Set(c.plan.reporting.filter((d) => d.kind === "periodic-report").flatMap((d) => d.reportingUnitIds));
    return c.quotas.flatMap(({ item: quota, path }) => {
      const silent = c.quotaOutlets(quota).filter((u) => !c.reaches(reporters, u.id));
      if (silent.length === 0) return [];
      return [
        lintFinding(
          "quota_outlet_not_reporting",
          path,
          { name: quotaName(quota), outlets: silent.map((u) => c.unitName(u.id)) },
          { quotaId: quota.id, outletIds: joined(silent.map((u) => u.id)), outlets: String(silent.length) },
        ),
      ];
    });
  },

  activity_without_window: (c) =>
    c.activities.flatMap(({ item: activity, path }) =>
      activity.window !== undefined || (c.linesByActivity.get(activity.id) ?? []).some((l) => l.window !== undefined)
        ? []
        : [lintFinding("activity_without_window", [...path, "window"], { name: activityName(activity) }, { activityId: activity.id })],
    ),

  budget_line_without_activity: (c) =>
    c.lines.flatMap(({ item: line, path }) =>
      line.activityId !== undefined ? [] : [lintFinding("budget_line_without_activity", [...path, "activityId"], { name: lineName(line) }, { lineId: line.id })],
    ),

  unit_never_used: (c) => {
    const plan = c.plan;
    const ids = new Set<string>();
    const add = (list: readonly (string | undefined)[]) => list.forEach((id) => id !== undefined && ids.add(id));
    add([plan.header.issuerId, plan.signatory?.unitId]);
    add(plan.units.map((u) => u.parentId));
    for (const { item } of c.activities) {
      add([...item.leadUnitIds, ...item.executingUnitIds, ...item.coordinatingUnitIds]);
      for (const target of item.targets) add(target.scopeUnitIds ?? []);
    }
    for (const { item } of c.quotas) add(c.quotaOutlets(item).map((u) => u.id));
    for (const source of plan.funding.sources) add(source.funderUnitIds);
    for (const r of plan.responsibilities) add(r.unitIds);
    for (const d of plan.reporting) add([...d.reportingUnitIds, d.recipientUnitId, d.viaUnitId]);
    for (const r of plan.recipients) add(r.unitIds);
    for (const { item } of c.lines) add([...item.leadUnitIds, ...item.coordinatingUnitIds]);
    const kinds = new Set<string>();
    for (const { item } of c.activities) for (const t of item.targets) if (t.unitKind !== undefined) kinds.add(t.unitKind);
    for (const a of plan.audiences) for (const k of a.unitKinds ?? []) kinds.add(k);
    return plan.units.flatMap((unit, k) =>
      ids.has(unit.id) || kinds.has(unit.kind)
        ? []
        : [lintFinding("unit_never_used", ["units", k], { name: c.unitName(unit.id) }, { unitId: unit.id, kind: unit.kind })],
    );
  },

  responsible_unit_not_recipient: (c) => {
    const recipients = new Set(c.plan.recipients.flatMap((r) => r.unitIds));
    const issuer = c.plan.header.issuerId;
    return perResponsibleUnit(c, (id) => id !== issuer && !c.reaches(recipients, id), "responsible_unit_not_recipient");
  },

  plan_number_missing: (c) => {
    const { documentNumber, documentType, issuerCode } = c.plan.header;
    if (documentNumber !== undefined) return [];
    const pattern = documentType !== undefined && issuerCode !== undefined ? `…/${documentType}-${issuerCode}` : "…";
    return [
      lintFinding("plan_number_missing", ["header", "documentNumber"], { pattern }, {
        ...(documentType === undefined ? {} : { documentType }),
        ...(issuerCode === undefined ? {} : { issuerCode }),
      }),
    ];
  },

  plan_date_missing: (c) => {
    const { issuedOn, issuedIn } = c.plan.header;
    if (issuedOn !== undefined) return [];
    return [lintFinding("plan_date_missing", ["header", "issuedOn"], { issuedIn }, issuedIn === undefined ? {} : { issuedIn })];
  },
};

/** The rate a royalty line's product states: "365 bài, (01 bài/ngày)" is 1 a day. */
/**
 * The rate a line's product states ("365 bài, (01 bài/ngày)", "02 bài/tuần"). A rate per outlet or unit
 * ("03 bài/tháng/báo": three a month for each paper) says nothing of the whole line's capacity, which
 * depends on how many outlets write: `perOutlet` is then true.
 */
function statedRate(description: string | undefined): { count: number; per: "day" | "week" | "month" | "quarter"; perOutlet: boolean } | undefined {
  const match = /(\d{1,6})\s*bài(?:\s*viết)?\s*\/\s*(ngày|tuần|tháng|quý)(\s*\/\s*(?:tờ báo|báo|tờ|tạp chí|cơ quan|đơn vị|đài|kênh|trang|người|tác giả))?/u.exec(normalize(description));
  const count = Number(match?.[1]);
  if (match === null || !(count > 0)) return undefined;
  const per = ({ ngày: "day", tuần: "week", tháng: "month", quý: "quarter" } as const)[match[2] as "ngày" | "tuần" | "tháng" | "quý"];
  return { count, per, perOutlet: match[3] !== undefined };
}

/** One finding per unit of part V (at its first mention) for which `flagged` holds. */
function perResponsibleUnit(c: Context, flagged: (id: string) => boolean, code: "unit_without_work" | "responsible_unit_not_recipient"): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  c.plan.responsibilities.forEach((r, i) =>
    r.unitIds.forEach((id, k) => {
      if (seen.has(id)) return;
      seen.add(id);
      if (!flagged(id)) return;
      out.push(
        lintFinding(code, ["responsibilities", i, "unitIds", k], { name: c.unitName(id), responsibility: quoted(r.label === undefined ? r.title : `${r.label}. ${r.title}`) }, {
          unitId: id,
          responsibilityId: r.id,
        }),
      );
    }),
  );
  return out;
}

/**
 * How many deadlines of one dated duty (as expandDeadlines dates them: one per reporting unit and period) fall
 * due after `after`, and the last due date. Only the periods around `after` and the last period are dated; the
 * periods beyond are counted, so that a duty that runs for centuries (a mistyped year) costs nothing and
 * stays a finding, never too many periods.
 */
function deadlinesAfter(c: Context, duty: Plan["reporting"][number], window: Window, after: string): { count: number; lastDue: string } {
  const options = c.periodicDue === undefined ? {} : { periodicDue: c.periodicDue };
  const expand = (w: Window) => expandDeadlines({ ...c.plan, reporting: [{ ...duty, window: w }] }, options);
  if (duty.kind !== "periodic-report") {
    const deadlines = expand(window);
    const late = deadlines.filter((d) => d.due > after);
    return { count: late.length, lastDue: late.reduce((m, d) => (d.due > m ? d.due : m), "") };
  }
  const every = duty.every === "quarter" ? "quarter" : "month";
  const first = toDay(window.start);
  const lastDay = toDay(window.end);
  const day = toDay(after);
  // Periods that end well before `after` cannot fall due after it (a due day is at most 28 days into the next
  // period); those that start well after it all do.
  const from = Math.max(first, periodBounds(day - 40, every)[0]);
  const to = Math.min(lastDay, periodBounds(day + 40, every)[1]);
  let count = from > to ? 0 : expand({ start: fromDay(from), end: fromDay(to) }).filter((d) => d.due > after).length;
  if (to < lastDay) count += periodCount(to + 1, lastDay, every) * duty.reportingUnitIds.length;
  if (count === 0) return { count, lastDue: "" };
  const tail = expand({ start: fromDay(Math.max(first, periodBounds(lastDay, every)[0])), end: window.end });
  return { count, lastDue: tail.reduce((m, d) => (d.due > m ? d.due : m), "") };
}

/** The first and last day numbers of the month or quarter that holds a day. */
function periodBounds(day: number, every: "month" | "quarter"): [number, number] {
  const { year, month } = partsOf(day);
  const firstMonth = every === "month" ? month : Math.floor((month - 1) / 3) * 3 + 1;
  return [dayOf(year, firstMonth, 1), dayOf(year, firstMonth + (every === "month" ? 1 : 3), 1) - 1];
}
