import type { SpendingEntry } from "../../budget/budgetExecution.js";
import type { IsoDate } from "../../calendar/isoDate.js";
import type { Window } from "../../calendar/window.js";
import type { Activity, Plan } from "../../model/plan.js";
import type { PublicationEvent } from "../../rules/evaluateQuota.js";
import type { ReachRecord } from "../../rules/evaluateCoverage.js";
import type { ProgressRecord } from "../records.js";

/** The publication records as quota events. @internal */
export function* publicationEvents(records: readonly ProgressRecord[]): Generator<PublicationEvent> {
  for (const r of records) {
    if (r.type !== "publication") continue;
    yield {
      outletId: r.outletId,
      at: r.at,
      id: r.id,
      ...(r.kind === undefined ? {} : { kind: r.kind }),
      ...(r.issueId === undefined ? {} : { issueId: r.issueId }),
      ...(r.online === undefined ? {} : { online: r.online }),
    };
  }
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
 * The activities that deliver a product by a date: those with a window and a product (or a budget line
 * paying for them), outside the channels whose work is counted by quotas (a column runs all phase long).
 *
 * @internal
 */
export function isDeliverable(plan: Plan, channel: Plan["channels"][number], activity: Activity): boolean {
  if (activity.window === undefined || channel.quotas.length > 0) return false;
  return activity.product !== undefined || (plan.budget?.sections ?? []).some((s) => s.lines.some((l) => l.activityId === activity.id));
}

/** The state of every deliverable on a day, from the deliverable records. @internal */
export function deliverableStates(plan: Plan, records: readonly ProgressRecord[], asOf: IsoDate, only?: (a: Activity) => boolean): DeliverableState[] {
  const delivered = new Map<string, IsoDate>();
  for (const r of records) {
    if (r.type === "deliverable" && r.status === "delivered" && r.at <= asOf) {
      const known = delivered.get(r.activityId);
      if (known === undefined || r.at < known) delivered.set(r.activityId, r.at);
    }
  }
  const out: DeliverableState[] = [];
  for (const channel of plan.channels) {
    for (const activity of channel.activities) {
      if (activity.window === undefined || !isDeliverable(plan, channel, activity) || (only && !only(activity))) continue;
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
