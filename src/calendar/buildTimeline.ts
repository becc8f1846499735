import { optionsOf } from "../errors/guards.js";
import { INVALID_DATE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError } from "../errors/PlanError.js";
import { isDateText } from "./isoDate.js";
import { expandDeadlines, type ExpandDeadlinesOptions } from "./expandDeadlines.js";
import type { IsoDate } from "./isoDate.js";
import { checkWindow } from "./makeWindow.js";
import { checkCalendarPlan, type CalendarPlan } from "./planLike.js";

/**
 * A row of a timeline or Gantt chart: the plan's own window, a phase, a dated activity (or an activity's
 * deadline, a milestone), a dated item of a schedule in an appendix, or a reporting deadline (a milestone).
 *
 * @example
 * ```ts
 * import type { TimelineRow } from "cong-doan-ke-hoach";
 *
 * const row: TimelineRow = {
 *   id: "activity:c3-video-2d", kind: "activity", label: "Video hoạt họa 2D",
 *   start: "2017-08-01", end: "2017-09-30", milestone: false,
 *   leadUnitIds: ["ban-tuyen-giao"], unitIds: [], channelId: "c3", channelNumber: 3,
 * };
 * ```
 * @category Calendar
 */
export interface TimelineRow {
  /**
   * Stable: `"plan:<plan id>"`, `"phase:<id>"`, `"activity:<id>"`, `"schedule:<item id>"`,
   * `"deadline:<duty id>:<period key>"`.
   */
  readonly id: string;
  readonly kind: "plan" | "phase" | "activity" | "schedule" | "deadline";
  /** The plan's subject, the phase name, the activity title, the schedule item's text, or the duty's description. */
  readonly label: string;
  /** First day, included. */
  readonly start: IsoDate;
  /** Last day, included (equal to `start` for a milestone). */
  readonly end: IsoDate;
  /** True for deadlines (and activities dated by a deadline): a single day to meet. */
  readonly milestone: boolean;
  /** Lead units of an activity. */
  readonly leadUnitIds: readonly string[];
  /** For a deadline, the units it falls on (the reporting units); for an activity, the executing units; for a schedule item, its units. */
  readonly unitIds: readonly string[];
  /** The channel of an activity. */
  readonly channelId?: string;
  /** The channel's number in the plan (1 to 6 in the reference plan). */
  readonly channelNumber?: number;
  /** For a deadline, the reporting duty. */
  readonly dutyId?: string;
  /** For a schedule item, its appendix. */
  readonly appendixId?: string;
}

/**
 * Options of {@link buildTimeline}.
 *
 * @example
 * ```ts
 * import type { BuildTimelineOptions } from "cong-doan-ke-hoach";
 *
 * const options: BuildTimelineOptions = { deadlines: false };
 * ```
 * @category Calendar
 */
export interface BuildTimelineOptions {
  /** Include the reporting deadlines as milestones (default `true`). */
  readonly deadlines?: boolean | undefined;
  /** When periodic reports fall due, as in {@link expandDeadlines}. */
  readonly periodicDue?: ExpandDeadlinesOptions["periodicDue"];
  /** The most deadlines to make, as in {@link expandDeadlines} (default 100,000). */
  readonly maxDeadlines?: number | undefined;
  /**
   * The last day of an open window ("Từ năm 2025 trở đi"), as in {@link expandDeadlines}: the plan's row
   * ends there. Without it, a plan whose window is open has no row of its own (it has no end to draw).
   */
  readonly until?: string | undefined;
}

const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([]);

const KIND_ORDER = { plan: 0, phase: 1, activity: 2, schedule: 3, deadline: 4 } as const;

/**
 * The rows of a timeline for a plan: the plan's own window where it has one (version 2), its phases, every
 * activity that has a window (or a deadline, `dueOn`: a milestone), every dated item of its appendices (a
 * schedule), and (by default) one milestone per reporting deadline and period, with the units it falls on.
 * What has no date is left out: it has no place on a time axis.
 *
 * Order, stable and documented: by start date; then the plan, phases, activities, schedule items,
 * deadlines; then by end date; then by channel number; then as the plan lists them.
 *
 * @param plan - a plan, or anything of the shape {@link CalendarPlan}.
 * @param options - whether to include deadlines, and when periodic reports fall due.
 * @returns the rows, frozen.
 * @throws {@link PlanError} for a malformed window or option; `too_many_periods` when the deadlines would
 *   be more than `options.maxDeadlines`.
 * @example
 * ```ts
 * import { buildTimeline, type CalendarPlan } from "cong-doan-ke-hoach";
 *
 * declare const plan: CalendarPlan; // the reference plan
 * const rows = buildTimeline(plan, { deadlines: false });
 * // Its phase starts with its first activity, and a phase comes before the activities of its first day.
 * rows[0]?.kind; //=> "phase"
 * ```
 * @category Calendar
 */
export function buildTimeline(plan: CalendarPlan, options: BuildTimelineOptions = {}): readonly TimelineRow[] {
  options = optionsOf(options);
  const rows: { row: TimelineRow; order: number }[] = [];
  const push = (row: TimelineRow) => rows.push({ row: Object.freeze(row), order: rows.length });

  checkCalendarPlan(plan);
  const until = options.until;
  if (until !== undefined && !isDateText(until)) throw new PlanError([newIssue(INVALID_DATE, ["until"], { value: until })]);
  const own = plan.window;
  if (own !== undefined && own !== null) {
    const end = own.end ?? until;
    if (end !== undefined) {
      const { start } = checkWindow({ start: own.start, end }, ["window"]);
      push({ id: `plan:${plan.id}`, kind: "plan", label: plan.header?.subject ?? plan.id, start, end, milestone: false, leadUnitIds: NONE, unitIds: NONE });
    }
  }
  plan.phases.forEach((phase, i) => {
    const { start, end } = checkWindow(phase.window, ["phases", i, "window"]);
    push({ id: `phase:${phase.id}`, kind: "phase", label: phase.name, start, end, milestone: false, leadUnitIds: NONE, unitIds: NONE });
  });
  plan.channels.forEach((channel, c) => {
    channel.activities.forEach((activity, a) => {
      let start: string;
      let end: string;
      if (activity.window !== undefined) ({ start, end } = checkWindow(activity.window, ["channels", c, "activities", a, "window"]));
      else if (activity.dueOn !== undefined) {
        if (!isDateText(activity.dueOn)) throw new PlanError([newIssue(INVALID_DATE, ["channels", c, "activities", a, "dueOn"], { value: activity.dueOn })]);
        start = end = activity.dueOn;
      } else return;
      push({
        id: `activity:${activity.id}`,
        kind: "activity",
        label: activity.title,
        start,
        end,
        milestone: activity.window === undefined,
        leadUnitIds: Object.freeze([...activity.leadUnitIds]),
        unitIds: Object.freeze([...activity.executingUnitIds]),
        channelId: channel.id,
        channelNumber: channel.number,
      });
    });
  });
  (plan.appendices ?? []).forEach((appendix, p) => {
    appendix.items.forEach((item, k) => {
      if (item.window === undefined) return;
      const { start, end } = checkWindow(item.window, ["appendices", p, "items", k, "window"]);
      push({ id: `schedule:${item.id}`, kind: "schedule", label: item.text, start, end, milestone: false, leadUnitIds: NONE, unitIds: Object.freeze([...item.unitIds]), appendixId: appendix.id });
    });
  });
  if (options.deadlines ?? true) {
    const grouped = new Map<string, { dutyId: string; periodKey: string | undefined; due: IsoDate; unitIds: string[] }>();
    const deadlineOptions = {
      ...(options.periodicDue === undefined ? {} : { periodicDue: options.periodicDue }),
      ...(options.maxDeadlines === undefined ? {} : { maxDeadlines: options.maxDeadlines }),
      ...(until === undefined ? {} : { until }),
    };
    for (const deadline of expandDeadlines(plan, deadlineOptions)) {
      const key = `${deadline.dutyId}:${deadline.periodKey ?? "-"}`;
      const group = grouped.get(key) ?? { dutyId: deadline.dutyId, periodKey: deadline.periodKey, due: deadline.due, unitIds: [] };
      if (deadline.unitId !== undefined) group.unitIds.push(deadline.unitId);
      grouped.set(key, group);
    }
    const descriptions = new Map(plan.reporting.map((d) => [d.id, d.description] as const));
    for (const [key, group] of grouped) {
      const description = descriptions.get(group.dutyId) ?? group.dutyId;
      push({
        id: `deadline:${key}`,
        kind: "deadline",
        label: group.periodKey === undefined ? description : `${description} (${group.periodKey})`,
        start: group.due,
        end: group.due,
        milestone: true,
        leadUnitIds: NONE,
        unitIds: Object.freeze(group.unitIds),
        dutyId: group.dutyId,
      });
    }
  }
  rows.sort((a, b) => compare(a.row, b.row) || a.order - b.order);
  return Object.freeze(rows.map((r) => r.row));
}

function compare(a: TimelineRow, b: TimelineRow): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return (a.channelNumber ?? 0) - (b.channelNumber ?? 0);
}
