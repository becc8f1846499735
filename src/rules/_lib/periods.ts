import { INVALID_TYPE, INVALID_VALUE, MISSING } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { kindOf } from "../../errors/describe.js";
import { fromDay, toDay } from "../../calendar/_lib/days.js";
import { eachIssue, eachPeriod } from "../../calendar/_lib/periodsOf.js";
import type { IsoDate } from "../../calendar/isoDate.js";
import { checkWindow } from "../../calendar/makeWindow.js";
import { readLimit } from "../../calendar/_lib/limits.js";
import type { Issue } from "../../calendar/splitWindow.js";
import type { Window } from "../../calendar/window.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import { EDGE_POLICIES, QUOTA_PERIODS } from "../../model/vocabulary.js";
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
    throw new PlanError([newIssue(INVALID_TYPE, ["rule"], { expected: "object", received: kindOf(rule) })]);
  }
  const issues: PlanIssue[] = [];
  if (!Number.isSafeInteger(rule.min) || rule.min < 1) issues.push(newIssue(INVALID_VALUE, ["rule", "min"], { expected: "a whole number ≥ 1", expectedVi: "một số nguyên ≥ 1", receivedValue: rule.min }));
  if (!QUOTA_PERIODS.includes(rule.per)) {
    issues.push(newIssue(INVALID_VALUE, ["rule", "per"], { expected: QUOTA_PERIODS.map((p) => JSON.stringify(p)).join(", "), receivedValue: rule.per }));
  }
  if (rule.edge !== undefined && !EDGE_POLICIES.includes(rule.edge)) {
    issues.push(newIssue(INVALID_VALUE, ["rule", "edge"], { expected: EDGE_POLICIES.map((p) => JSON.stringify(p)).join(", "), receivedValue: rule.edge }));
  }
  if (issues.length > 0) throw new PlanError(issues);
}

/** What a period owes under an edge policy; exact for any safe `min` (bigint where `min × days` is not). */
function owed(min: number, days: number, periodDays: number, edge: QuotaRule["edge"]): number {
  if (days === periodDays) return min;
  switch (edge ?? "complete") {
    case "complete":
      return 0;
    case "full":
      return min;
    case "prorate-up":
    case "prorate-down": {
      const up = edge === "prorate-up";
      if (Number.isSafeInteger(min * days + periodDays)) return Math.floor((min * days + (up ? periodDays - 1 : 0)) / periodDays);
      return Number((BigInt(min) * BigInt(days) + BigInt(up ? periodDays - 1 : 0)) / BigInt(periodDays));
    }
  }
}

/**
 * The periods of a rule over a window. The total requirement must be exact: a rule whose periods add up to
 * more than 2^53 − 1 items is refused (`invalid_value` at `["rule", "min"]`), never rounded. @internal
 */
export function requiredPeriods(rule: QuotaRule, window: Window, issues: readonly Issue[] | undefined, maxPeriods?: number): RequiredPeriods {
  checkRule(rule);
  const { start, end } = checkWindow(window, ["window"]);
  const limit = readLimit(maxPeriods, ["options", "maxPeriods"]);
  const firstDay = toDay(start);
  const lastDay = toDay(end);
  const periodOfDay = new Int32Array(lastDay - firstDay + 1).fill(-1);
  const periods: RequiredPeriod[] = [];
  const issueIndex = new Map<string, number>();
  /** Adds a period: its key, the whole period's first and last days, and what it owes. */
  const add = (key: string, periodFirst: number, periodLast: number, required: number): void => {
    const from = Math.max(periodFirst, firstDay);
    const to = Math.min(periodLast, lastDay);
    periodOfDay.fill(periods.length, from - firstDay, to - firstDay + 1);
    periods.push({ key, start: fromDay(from), end: fromDay(to), complete: from === periodFirst && to === periodLast, required });
  };
  if (rule.per === "window") add("window", firstDay, lastDay, rule.min);
  else if (rule.per === "issue") {
    if (issues === undefined) throw new PlanError([newIssue(MISSING, ["issues"], { expected: "issue schedule for a per-issue quota", expectedVi: "lịch phát hành các số cho chỉ tiêu tính theo số báo" })]);
    // An issue belongs to the window when it is published inside it, and then owes `min` whatever the
    // edge policy (it counts as complete); the days of an issue published before the window belong to no period.
    eachIssue(firstDay, lastDay, issues, limit, (key, periodFirst, periodLast) => {
      if (periodFirst < firstDay) return;
      issueIndex.set(key, periods.length);
      add(key, periodFirst, Math.min(periodLast, lastDay), rule.min);
    });
  } else {
    eachPeriod(firstDay, lastDay, rule.per, limit, (key, periodFirst, periodLast) => {
      const days = Math.min(periodLast, lastDay) - Math.max(periodFirst, firstDay) + 1;
      add(key, periodFirst, periodLast, owed(rule.min, days, periodLast - periodFirst + 1, rule.edge));
    });
  }
  let total = 0;
  for (const period of periods) total += period.required;
  if (!Number.isSafeInteger(total)) {
    throw new PlanError([
      newIssue(INVALID_VALUE, ["rule", "min"], {
        expected: "a requirement that adds up to at most 2^53 − 1 items over the window",
        expectedVi: "một chỉ tiêu mà tổng số yêu cầu trong khoảng thời gian không vượt quá 2^53 − 1",
        receivedValue: rule.min,
      }),
    ]);
  }
  return { periods, firstDay, periodOfDay, issueIndex };
}
