import type { SpendingEntry } from "../../budget/budgetExecution.js";
import type { IsoDate } from "../../calendar/isoDate.js";
import type { Window } from "../../calendar/window.js";
import type { Activity, Plan } from "../../model/plan.js";
import type { PublicationEvent } from "../../rules/evaluateQuota.js";
import type { CoverageUnit, ReachRecord } from "../../rules/evaluateCoverage.js";
import type { ProgressRecord } from "../records.js";

/**
 * The publication records themselves, for evaluateQuota: a record has every field of the event it makes
 * (`outletId`, `at`, `id`, `kind`, `issueId`, `online`), so it is read as that event, and one list serves
 * every quota (no event made per record and quota). @internal
 */
export function publicationRecords(records: readonly ProgressRecord[]): PublicationEvent[] {
  const out: PublicationEvent[] = [];
  for (const r of records) if (r.type === "publication") out.push(r);
  return out;
}

/** The spending records as budget entries, up to a day. @internal */
export function spendingEntries(records: readonly ProgressRecord[], until?: IsoDate, from?: IsoDate): SpendingEntry[] {
  const out: SpendingEntry[] = [];
  for (const r of records) {
    if (r.type !== "spending") continue;
    if (until !== undefined && r.at > until) continue;
    if (from !== undefined && r.at < from) continue;
    out.push({ lineId: r.lineId, amount: r.amount, on: r.at, id: r.id });
  }
  return out;
}

/** The posting records as coverage reach records. @internal */
export function reachRecords(records: readonly ProgressRecord[]): ReachRecord[] {
  return records.flatMap((r) => (r.type === "posting" ? [{ unitId: r.unitId, at: r.at, id: r.id }] : []));
}

/**
 * The coverage units, each given the name of its parent when the parent is a unit of the plan and the
 * unit names none (`shortName`, else `name`), so that a report names the provinces. Anything else is
 * passed on as it is, for `evaluateCoverage` to check.
 *
 * @internal
 */
export function namedCoverageUnits(plan: Plan, units: readonly CoverageUnit[]): CoverageUnit[] {
  const names = new Map(plan.units.map((u) => [u.id, u.shortName ?? u.name] as const));
  return units.map((u) => {
    if (u === null || typeof u !== "object" || u.parentName !== undefined || typeof u.parentId !== "string") return u;
    const parentName = names.get(u.parentId);
    return parentName === undefined ? u : { ...u, parentName };
  });
}

/**
 * Where a dated activity's product stands on a day.
 *
 * @example
 * ```ts
 * import type { DeliverableStatus } from "cong-doan-ke-hoach";
 *
 * const status: DeliverableStatus = "late";
 * ```
 * @category Report
 */
export type DeliverableStatus = "done" | "late" | "missing" | "due" | "upcoming";

/**
 * A dated activity and whether its product was delivered in its window.
 *
 * @example
 * ```ts
 * import type { DeliverableState } from "cong-doan-ke-hoach";
 *
 * const overdue = (d: DeliverableState) => d.status === "missing";
 * ```
 * @category Report
 */
export interface DeliverableState {
  readonly activityId: string;
  readonly title: string;
  readonly channelNumber: number;
  readonly window: Window;
  /** `done`: delivered within its window; `late`: delivered after it; `missing`: not delivered and the window has passed; `due`: its window holds `asOf`; `upcoming`: its window has not begun. */
  readonly status: DeliverableStatus;
  /** The first day a `delivered` record was dated. */
  readonly deliveredOn?: IsoDate;
}

/**
 * The activities that deliver a product by a date: every activity with a window that has a deliverable
 * record; and, without one, those with a window and a product (or a budget line paying for them) outside
 * the channels whose work is counted by quotas (a column runs all phase long: its articles are counted,
 * not its delivery, unless someone records one). A deliverable record of an activity without a window is
 * refused by `parseProgressRecords(records, plan)`, so no record is accepted and then ignored.
 *
 * @internal
 */
export function isDeliverable(plan: Plan, channel: Plan["channels"][number], activity: Activity, recorded = false, paid: ReadonlySet<string> = paidActivities(plan)): boolean {
  if (activity.window === undefined) return false;
  if (recorded) return true;
  if (channel.quotas.length > 0) return false;
  return activity.product !== undefined || paid.has(activity.id);
}

/** The ids of the activities that a budget line pays for: read once, not once per activity. @internal */
export function paidActivities(plan: Plan): Set<string> {
  const paid = new Set<string>();
  for (const section of plan.budget?.sections ?? []) for (const line of section.lines) if (line.activityId !== undefined) paid.add(line.activityId);
  return paid;
}

/** The state of every deliverable on a day, from the deliverable records. @internal */
export function deliverableStates(plan: Plan, records: readonly ProgressRecord[], asOf: IsoDate, only?: (a: Activity) => boolean): DeliverableState[] {
  const delivered = new Map<string, IsoDate>();
  const recorded = new Set<string>();
  for (const r of records) {
    if (r.type !== "deliverable") continue;
    recorded.add(r.activityId);
    if (r.status === "delivered" && r.at <= asOf) {
      const known = delivered.get(r.activityId);
      if (known === undefined || r.at < known) delivered.set(r.activityId, r.at);
    }
  }
  const out: DeliverableState[] = [];
  const paid = paidActivities(plan);
  for (const channel of plan.channels) {
    for (const activity of channel.activities) {
      if (activity.window === undefined || !isDeliverable(plan, channel, activity, recorded.has(activity.id), paid) || (only && !only(activity))) continue;
      const on = delivered.get(activity.id);
      const { start, end } = activity.window;
      const status: DeliverableStatus =
        on !== undefined ? (on <= end ? "done" : "late") : end < asOf ? "missing" : start <= asOf ? "due" : "upcoming";
      out.push(
        Object.freeze({
          activityId: activity.id,
          title: activity.title,
          channelNumber: channel.number,
          window: activity.window,
          status,
          ...(on === undefined ? {} : { deliveredOn: on }),
        }),
      );
    }
  }
  return out;
}
