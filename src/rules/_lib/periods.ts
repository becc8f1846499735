import { toDay } from "../../calendar/_lib/days.js";
import type { IsoDate } from "../../calendar/isoDate.js";
import { checkWindow } from "../../calendar/makeWindow.js";
import { splitWindow, type Issue } from "../../calendar/splitWindow.js";
import type { Window } from "../../calendar/window.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import { makeIssue } from "../../errors/messages.js";
import { EDGE_POLICIES, QUOTA_PERIODS } from "../../model/schema.js";
import type { QuotaRule } from "../quotaRule.js";

/** A period of a quota with what it requires. @internal */
export interface RequiredPeriod {
  readonly key: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly complete: boolean;
  readonly required: number;
}

/** The periods of a rule over a window, what each requires, and which period each day of the window is in. @internal */
export interface RequiredPeriods {
  readonly periods: readonly RequiredPeriod[];
  /** Day number of the window's first day. */
  readonly firstDay: number;
  /** For each day of the window, the index of its period, or −1 (a day in no issue of the schedule). */
  readonly periodOfDay: Int32Array;
  /** Issue ids to period indexes, for `per: "issue"`. */
  readonly issueIndex: ReadonlyMap<string, number>;
}

/** Checks a rule's shape: a PlanError naming the field, never a TypeError. @internal */
export function checkRule(rule: QuotaRule): void {
  if (rule === null || typeof rule !== "object") {
    throw new PlanError([makeIssue("invalid_type", ["rule"], { expected: "object", received: rule === null ? "null" : typeof rule })]);
  }
  const issues: PlanIssue[] = [];
  if (!Number.isSafeInteger(rule.min) || rule.min < 1) issues.push(makeIssue("invalid_value", ["rule", "min"], { expected: "a whole number ≥ 1", received: String(rule.min) }));
  if (!QUOTA_PERIODS.includes(rule.per)) {
    issues.push(makeIssue("invalid_value", ["rule", "per"], { expected: QUOTA_PERIODS.map((p) => JSON.stringify(p)).join(", "), received: JSON.stringify(rule.per) ?? String(rule.per) }));
  }
  if (rule.edge !== undefined && !EDGE_POLICIES.includes(rule.edge)) {
    issues.push(makeIssue("invalid_value", ["rule", "edge"], { expected: EDGE_POLICIES.map((p) => JSON.stringify(p)).join(", "), received: JSON.stringify(rule.edge) ?? String(rule.edge) }));
  }
  if (issues.length > 0) throw new PlanError(issues);
}

/** What a period owes under an edge policy. */
function owed(min: number, days: number, periodDays: number, complete: boolean, edge: QuotaRule["edge"]): number {
  if (complete) return min;
  switch (edge ?? "complete") {
    case "complete":
      return 0;
    case "full":
      return min;
    case "prorate-up":
      return Math.floor((min * days + periodDays - 1) / periodDays);
    case "prorate-down":
      return Math.floor((min * days) / periodDays);
  }
}

/** The periods of a rule over a window. @internal */
export function requiredPeriods(rule: QuotaRule, window: Window, issues: readonly Issue[] | undefined): RequiredPeriods {
  checkRule(rule);
  const { start, end } = checkWindow(window, ["window"]);
  const firstDay = toDay(start);
  const periodOfDay = new Int32Array(toDay(end) - firstDay + 1).fill(-1);
  const periods: RequiredPeriod[] = [];
  const issueIndex = new Map<string, number>();
  if (rule.per === "window") {
    periods.push({ key: "window", start, end, complete: true, required: rule.min });
    periodOfDay.fill(0);
  } else if (rule.per === "issue") {
    if (issues === undefined) throw new PlanError([makeIssue("missing", ["issues"], { expected: "issue schedule for a per-issue quota" })]);
    // An issue belongs to the window when it is published inside it, and then owes `min` whatever the
    // edge policy; the days of an issue published before the window belong to no period.
    for (const period of splitWindow({ start, end }, "issue", { issues })) {
      if (period.periodStart < start) continue;
      const index = periods.length;
      issueIndex.set(period.key, index);
      periods.push({ key: period.key, start: period.start, end: period.end, complete: true, required: rule.min });
      periodOfDay.fill(index, toDay(period.start) - firstDay, toDay(period.end) - firstDay + 1);
    }
  } else {
    for (const period of splitWindow({ start, end }, rule.per)) {
      const index = periods.length;
      periods.push({
        key: period.key,
        start: period.start,
        end: period.end,
        complete: period.complete,
        required: owed(rule.min, period.days, period.periodDays, period.complete, rule.edge),
      });
      periodOfDay.fill(index, toDay(period.start) - firstDay, toDay(period.end) - firstDay + 1);
    }
  }
  return { periods, firstDay, periodOfDay, issueIndex };
}
