import { INVALID_DATE, INVALID_TYPE, INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import type { IsoDate } from "../calendar/isoDate.js";
import { fromDay, toDay } from "../calendar/_lib/days.js";
import { readDateDay, readInstantDay, vietnamDay } from "../calendar/_lib/instant.js";
import type { Issue } from "../calendar/splitWindow.js";
import type { Window } from "../calendar/window.js";
import { PlanError } from "../errors/PlanError.js";
import type { ItemKind } from "../model/vocabulary.js";
import { addId } from "./_lib/idSet.js";
import { requiredPeriods, type RequiredPeriod } from "./_lib/periods.js";
import type { QuotaRule } from "./quotaRule.js";

/**
 * A published item: an article, a programme, a clip, a post.
 *
 * @example
 * ```ts
 * import type { PublicationEvent } from "cong-doan-ke-hoach";
 *
 * const article: PublicationEvent = { id: "bld-2017-0712-1", outletId: "bao-lao-dong", at: "2017-07-12T08:30:00+07:00", kind: "article", online: true };
 * ```
 * @category Rules
 */
export interface PublicationEvent {
  /** The outlet that published it. */
  readonly outletId: string;
  /**
   * The unit that contributed it, for a quota owed by contributing units ("mỗi LĐLĐ huyện gửi ít nhất 01
   * tin, bài/tuần về Cổng thông tin"): evaluated with `by: "unit"`, items count for this unit.
   */
  readonly unitId?: string | undefined;
  /** When: an ISO date (a day in Vietnam), an ISO instant with `Z` or an offset, or a `Date`; instants count on their date in Vietnam. */
  readonly at: IsoDate | string | Date;
  /** What was published; an event without a kind counts for any rule. */
  readonly kind?: ItemKind | undefined;
  /** For a per-issue rule: the issue it appeared in (otherwise the issue is found by date). */
  readonly issueId?: string | undefined;
  /** The item's own id: a second event with the same id is a duplicate. */
  readonly id?: string | undefined;
  /** Whether the item also appeared in the outlet's electronic edition. */
  readonly online?: boolean | undefined;
}

/**
 * An outlet to evaluate: its id, or a unit with its outlet details (which tell whether it has an electronic
 * edition).
 *
 * @example
 * ```ts
 * import type { OutletRef } from "cong-doan-ke-hoach";
 *
 * const outlets: OutletRef[] = ["vtv", { id: "bao-lao-dong", outlet: { kind: "daily", electronicEdition: true } }];
 * ```
 * @category Rules
 */
export type OutletRef = string | { readonly id: string; readonly outlet?: { readonly kind: string; readonly electronicEdition: boolean } | undefined };

/**
 * Options of {@link evaluateQuota}.
 *
 * @example
 * ```ts
 * import type { EvaluateQuotaOptions } from "cong-doan-ke-hoach";
 *
 * const options: EvaluateQuotaOptions = { window: { start: "2017-07-01", end: "2018-05-31" }, asOf: "2017-09-15" };
 * ```
 * @category Rules
 */
export interface EvaluateQuotaOptions {
  /** The window to evaluate; events outside it are rejected. */
  readonly window: Window;
  /**
   * The outlets to evaluate, each of which appears in the result even with nothing published; events of
   * other outlets are rejected. When absent: the rule's `outletIds`, or (if it has none) every outlet
   * that has an event.
   */
  readonly outlets?: readonly OutletRef[] | undefined;
  /** "Today": periods after it are upcoming (not shortfalls), the current one shows what is still needed, and later events are rejected. */
  readonly asOf?: IsoDate | undefined;
  /** The issue schedule, for a rule `per: "issue"`. */
  readonly issues?: readonly Issue[] | undefined;
  /** At most this many rejected events and items without an online copy are listed (all are counted); default 1,000. */
  readonly maxListed?: number | undefined;
  /** The most periods the window may hold for the rule (default 100,000), as in `splitWindow`. */
  readonly maxPeriods?: number | undefined;
  /**
   * Who owes the quota: the outlets that publish (`"outlet"`, the default), or the units that contribute
   * items (`"unit"`, for a quota with `owedBy`): then `outlets` lists the owing units ({@link quotaDebtors}),
   * each event counts for its `unitId` (an event without one is rejected as `unknown_unit`), and only
   * items published in the rule's `outletIds`, where it has some, count (others are `unknown_outlet`). The
   * result's `outletId`s are then the units' ids.
   */
  readonly by?: "outlet" | "unit" | undefined;
}

/**
 * Where a period stands on `asOf`.
 *
 * @example
 * ```ts
 * import type { PeriodStatus } from "cong-doan-ke-hoach";
 *
 * const status: PeriodStatus = "current";
 * ```
 * @category Rules
 */
export type PeriodStatus = "past" | "current" | "upcoming";

/**
 * One outlet's result for one period.
 *
 * @example
 * ```ts
 * import type { PeriodQuota } from "cong-doan-ke-hoach";
 *
 * const behind = (p: PeriodQuota) => p.status === "current" && (p.stillNeeded ?? 0) > 0;
 * ```
 * @category Rules
 */
export interface PeriodQuota {
  /** `"2017-W27"`, `"2017-08"`, the issue's id, `"window"`… */
  readonly key: string;
  /** The period's days inside the window. */
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Whether the window holds the whole period. */
  readonly complete: boolean;
  /** What the period owes (by the rule's edge policy where it is cut). */
  readonly required: number;
  /** Items counted in it. */
  readonly counted: number;
  /** `max(0, required − counted)` for a past period; 0 for the current and upcoming ones. */
  readonly shortfall: number;
  /** Whether `counted ≥ required`. */
  readonly met: boolean;
  /** Without `asOf` every period is `"past"`. */
  readonly status: PeriodStatus;
  /** For the current period: what it still needs. */
  readonly stillNeeded?: number;
  /** For the current period: days left in it, today included. */
  readonly daysLeft?: number;
}

/**
 * One outlet's result.
 *
 * @example
 * ```ts
 * import type { OutletQuota } from "cong-doan-ke-hoach";
 *
 * const fallingBehind = (o: OutletQuota) => o.shortfall > 0;
 * ```
 * @category Rules
 */
export interface OutletQuota {
  readonly outletId: string;
  /** The sum of the periods' requirements: what the whole window owes. */
  readonly required: number;
  /** What the past periods owed (the periods that ended before `asOf`; all of them without `asOf`, when it equals `required`). */
  readonly requiredToDate: number;
  /** The part of `requiredToDate` that was met: the sum over the past periods of `min(counted, required)`, so a surplus in one period is not counted. `requiredToDate − metToDate = shortfall`. */
  readonly metToDate: number;
  /** Items inside the window, surplus and current or later periods included. */
  readonly counted: number;
  /** The sum of the past periods' shortfalls, `requiredToDate − metToDate`: a surplus in one week does not make up for another (unless the rule is per window). */
  readonly shortfall: number;
  /** `metToDate / requiredToDate`; 1 when nothing is due yet. */
  readonly attainment: number;
  /** No shortfall. */
  readonly met: boolean;
  readonly periods: readonly PeriodQuota[];
  /** For a rule that requires online copies, at an outlet with an electronic edition: items not marked `online` (the first `maxListed`). */
  readonly missingOnline: readonly { readonly id?: string; readonly date: IsoDate }[];
  /** How many items lack their online copy. */
  readonly missingOnlineCount: number;
}

/**
 * An event that was not counted, and why.
 *
 * @example
 * ```ts
 * import type { RejectedEvent } from "cong-doan-ke-hoach";
 *
 * const why = (r: RejectedEvent) => r.reason;
 * ```
 * @category Rules
 */
export interface RejectedEvent {
  /** The event's position in the input. */
  readonly index: number;
  readonly reason: "malformed" | "invalid_date" | "outside_window" | "after_as_of" | "unknown_outlet" | "unknown_unit" | "kind_not_counted" | "duplicate" | "unknown_issue";
  /** The event's id, when it has one. */
  readonly id?: string;
}

/**
 * The result of {@link evaluateQuota}.
 *
 * @example
 * ```ts
 * import type { QuotaEvaluation } from "cong-doan-ke-hoach";
 *
 * const worst = (e: QuotaEvaluation) => [...e.outlets].sort((a, b) => a.attainment - b.attainment)[0];
 * ```
 * @category Rules
 */
export interface QuotaEvaluation {
  readonly rule: QuotaRule;
  readonly window: Window;
  readonly asOf?: IsoDate;
  /** One entry per outlet, in the order of `options.outlets` (or of the rule's ids, or of first event). */
  readonly outlets: readonly OutletQuota[];
  /** The first `maxListed` rejected events. */
  readonly rejected: readonly RejectedEvent[];
  /** How many events were rejected. */
  readonly rejectedCount: number;
  /** How many events were read. */
  readonly eventCount: number;
}

/** The counts an evaluation is made of: what merging adds up. @internal */
export interface QuotaCounts {
  readonly rule: QuotaRule;
  readonly window: Window;
  readonly asOf: IsoDate | undefined;
  readonly periods: readonly RequiredPeriod[];
  readonly outletIds: string[];
  /** counts[o * periods + p]; an extra column per outlet holds items in no period. */
  counts: Int32Array;
  readonly counted: number[];
  readonly missingOnline: { id?: string; date: IsoDate }[][];
  readonly missingOnlineCount: number[];
  readonly rejected: RejectedEvent[];
  rejectedCount: number;
  eventCount: number;
  readonly maxListed: number;
}

/**
 * The day number of an event's date in Vietnam, or `NaN`, as `toVietnamDate` reads it: `"YYYY-MM-DD"` and
 * the ISO instants by character codes (after trimming the white space around them, as `toVietnamDate` does) and
 * a `Date` by `getTime()`, each within the years 0001–9999.
 */
function dayOfEvent(at: unknown): number {
  if (typeof at !== "string") return at instanceof Date ? vietnamDay(at.getTime()) : Number.NaN;
  // Ten characters: a date, or nothing toVietnamDate accepts either.
  const day = at.length === 10 ? readDateDay(at) : readInstantDay(at);
  if (day === day || at.length === 10) return day;
  const text = at.trim();
  return text.length === 10 ? readDateDay(text) : text.length > 10 ? readInstantDay(text) : Number.NaN;
}

// A module function, not a closure made per evaluation: optimised code that calls a closure knows that
// closure, and is thrown away once it is collected (that is, after every evaluation).
function addOutlet(outletIndex: Map<string, number>, outletIds: string[], withOnlineEdition: boolean[], id: string, online: boolean): void {
  outletIndex.set(id, outletIds.length);
  outletIds.push(id);
  withOnlineEdition.push(online);
}

/** Counts events into a fresh set of counts. @internal */
export function countQuota(rule: QuotaRule, events: Iterable<PublicationEvent>, options: EvaluateQuotaOptions): QuotaCounts {
  if (options === null || typeof options !== "object") {
    throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  }
  const { periods, firstDay, periodOfDay, issueIndex } = requiredPeriods(rule, options.window, options.issues, options.maxPeriods);
  const asOf = options.asOf;
  let lastDay = firstDay + periodOfDay.length - 1;
  if (asOf !== undefined) {
    const day = dayOfEvent(asOf);
    if (day !== day || typeof asOf !== "string" || asOf.length !== 10) {
      throw new PlanError([newIssue(INVALID_DATE, ["asOf"], { value: asOf })]);
    }
    lastDay = Math.min(lastDay, day);
  }
  const maxListed = options.maxListed ?? 1000;
  if (!Number.isSafeInteger(maxListed) || maxListed < 0) {
    throw new PlanError([newIssue(INVALID_VALUE, ["maxListed"], { expected: "a whole number ≥ 0", expectedVi: "một số nguyên ≥ 0", receivedValue: maxListed })]);
  }
  if (events === null || typeof (events as Iterable<unknown>)?.[Symbol.iterator] !== "function") {
    throw new PlanError([newIssue(INVALID_TYPE, ["events"], { expected: "iterable", received: kindOf(events) })]);
  }

  const width = periods.length + 1; // + items in no period
  const outletIndex = new Map<string, number>();
  const withOnlineEdition: boolean[] = [];
  const outletIds: string[] = [];
  const by = options.by ?? "outlet";
  if (by !== "outlet" && by !== "unit") throw new PlanError([newIssue(INVALID_VALUE, ["by"], { expected: '"outlet", "unit"', receivedValue: by })]);
  const byUnit = by === "unit";
  // By unit, the rule's outletIds say where items must appear; the owing units are the caller's.
  const publishedIn = byUnit && (rule.outletIds?.length ?? 0) > 0 ? new Set<unknown>(rule.outletIds) : undefined;
  const fixed = options.outlets !== undefined || (!byUnit && (rule.outletIds?.length ?? 0) > 0);
  for (const ref of options.outlets ?? (byUnit ? [] : (rule.outletIds ?? []))) {
    const id = typeof ref === "string" ? ref : ref?.id;
    if (typeof id !== "string") throw new PlanError([newIssue(INVALID_TYPE, ["outlets"], { expected: "outlet ids or units", expectedVi: "mã cơ quan báo chí hoặc đơn vị", received: kindOf(ref) })]);
    if (!outletIndex.has(id)) addOutlet(outletIndex, outletIds, withOnlineEdition, id, typeof ref === "object" && ref.outlet?.electronicEdition === true);
  }
  let counts = new Int32Array(Math.max(1, outletIds.length) * width);
  const counted: number[] = outletIds.map(() => 0);
  const missingOnline: { id?: string; date: IsoDate }[][] = outletIds.map(() => []);
  const missingOnlineCount: number[] = outletIds.map(() => 0);
  const kinds = rule.itemKinds !== undefined && rule.itemKinds.length > 0 ? new Set<string>(rule.itemKinds) : undefined;
  const requireOnline = rule.requireOnlineCopy === true;
  const seen: Set<string>[] = [];
  const rejected: RejectedEvent[] = [];
  let rejectedCount = 0;
  let index = -1;

  for (const event of events) {
    index += 1;
    // Each check names the reason of the rejection that follows it; an event that passes them all is counted.
    let reason: RejectedEvent["reason"] = "malformed";
    check: {
      if (event === null || typeof event !== "object" || typeof event.outletId !== "string") break check;
      reason = "invalid_date";
      const day = dayOfEvent(event.at);
      if (day !== day) break check;
      reason = "outside_window";
      const offset = day - firstDay;
      if (offset < 0 || offset >= periodOfDay.length) break check;
      reason = "after_as_of";
      if (day > lastDay) break check;
      reason = "kind_not_counted";
      if (kinds !== undefined && event.kind !== undefined && !kinds.has(event.kind)) break check;
      let key = event.outletId;
      if (byUnit) {
        reason = "unknown_outlet";
        if (publishedIn !== undefined && !publishedIn.has(event.outletId)) break check;
        reason = "unknown_unit";
        const unitId = event.unitId;
        if (typeof unitId !== "string") break check;
        key = unitId;
      }
      let o = outletIndex.get(key);
      if (o === undefined) {
        reason = byUnit ? "unknown_unit" : "unknown_outlet";
        if (fixed) break check;
        addOutlet(outletIndex, outletIds, withOnlineEdition, key, false);
        o = outletIds.length - 1;
        counted.push(0);
        missingOnline.push([]);
        missingOnlineCount.push(0);
        if ((o + 1) * width > counts.length) {
          const grown = new Int32Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
      }
      let period = periodOfDay[offset]!;
      if (event.issueId !== undefined && rule.per === "issue") {
        reason = "unknown_issue";
        const issue = issueIndex.get(event.issueId);
        if (issue === undefined) break check;
        period = issue;
      }
      reason = "duplicate";
      if (event.id !== undefined && !addId(seen, event.id)) break check;
      counts[o * width + (period < 0 ? periods.length : period)]! += 1;
      counted[o]! += 1;
      if (requireOnline && withOnlineEdition[o] && event.online !== true) {
        missingOnlineCount[o]! += 1;
        const list = missingOnline[o]!;
        if (list.length < maxListed) {
          const date = fromDay(day);
          list.push(Object.freeze(typeof event.id === "string" ? { id: event.id, date } : { date }));
        }
      }
      continue;
    }
    rejectedCount += 1;
    const id: unknown = reason === "malformed" ? undefined : event.id;
    if (rejected.length < maxListed) rejected.push(Object.freeze(typeof id === "string" ? { index, reason, id } : { index, reason }));
  }
  return {
    rule,
    window: options.window,
    asOf,
    periods,
    outletIds,
    counts,
    counted,
    missingOnline,
    missingOnlineCount,
    rejected,
    rejectedCount,
    eventCount: index + 1,
    maxListed,
  };
}

/** One outlet's frozen record of one period. */
function periodRecord(p: RequiredPeriod, status: PeriodStatus, counted: number, asOf: IsoDate | undefined, asOfDay: number): PeriodQuota {
  const short = status === "past" ? Math.max(0, p.required - counted) : 0;
  const base = { key: p.key, start: p.start, end: p.end, complete: p.complete, required: p.required, counted, shortfall: short, met: counted >= p.required, status };
  return Object.freeze(
    status === "current" && asOf !== undefined ? { ...base, stillNeeded: Math.max(0, p.required - counted), daysLeft: toDay(p.end) - asOfDay + 1 } : base,
  );
}

/** A frozen empty list, shared by the outlets with nothing to list. */
const NONE: readonly never[] = Object.freeze([]);

/** The most distinct counts per period whose frozen period records are shared, and the most records kept. */
const SHARED_COUNTS = 64;
const SHARED_RECORDS = 65_536;

/**
 * Turns counts into the documented, frozen result. The period records are frozen values, so outlets with
 * the same count in a period share one record (counts repeat: most outlets publish a handful a week), and
 * 2,000 outlets over 49 weeks make a few thousand records, not a hundred thousand. @internal
 */
export function resultOf(c: QuotaCounts): QuotaEvaluation {
  const n = c.periods.length;
  const width = n + 1;
  const asOf = c.asOf;
  const asOfDay = asOf === undefined ? 0 : toDay(asOf);
  const counts = c.counts;
  const statuses: PeriodStatus[] = [];
  let required = 0;
  let due = 0;
  for (const p of c.periods) {
    const status: PeriodStatus = asOf === undefined || p.end < asOf ? "past" : p.start > asOf ? "upcoming" : "current";
    statuses.push(status);
    required += p.required;
    if (status === "past") due += p.required;
  }
  const shared = c.outletIds.length > 1 ? Math.min(SHARED_COUNTS, Math.floor(SHARED_RECORDS / Math.max(1, n))) : 0;
  const records: (PeriodQuota | undefined)[] = shared > 0 ? new Array(n * shared) : [];
  const outlets: OutletQuota[] = [];
  /** The records of an outlet that counted nothing, copied for each such outlet (most of them, early on). */
  let idle: PeriodQuota[] | undefined;
  for (let o = 0; o < c.outletIds.length; o++) {
    const row = o * width;
    let shortfall = 0;
    let metToDate = 0;
    let periods: PeriodQuota[] = [];
    let nothing = true;
    for (let i = 0; i < n && nothing; i++) nothing = counts[row + i] === 0;
    if (nothing) {
      idle ??= c.periods.map((p, i) => periodRecord(p, statuses[i]!, 0, asOf, asOfDay));
      periods = idle.slice();
      shortfall = due;
    }
    for (let i = 0; i < n && !nothing; i++) {
      const counted = counts[row + i]!;
      let period = counted < shared ? records[i * shared + counted] : undefined;
      if (period === undefined) {
        period = periodRecord(c.periods[i]!, statuses[i]!, counted, asOf, asOfDay);
        if (counted < shared) records[i * shared + counted] = period;
      }
      periods.push(period);
      // From the counts, not the frozen records: code that reads objects of a frozen shape is thrown away
      // when the last of them is collected, and this loop runs at every evaluation.
      if (statuses[i] === "past") {
        const owed = c.periods[i]!.required;
        shortfall += owed > counted ? owed - counted : 0;
        metToDate += counted < owed ? counted : owed;
      }
    }
    const missing = c.missingOnline[o]!;
    outlets.push(
      Object.freeze({
        outletId: c.outletIds[o]!,
        required,
        requiredToDate: due,
        metToDate,
        counted: c.counted[o]!,
        shortfall,
        attainment: due === 0 ? 1 : metToDate / due,
        met: shortfall === 0,
        periods: Object.freeze(periods),
        missingOnline: missing.length === 0 ? NONE : Object.freeze([...missing]),
        missingOnlineCount: c.missingOnlineCount[o]!,
      }),
    );
  }
  return Object.freeze({
    rule: copyRule(c.rule),
    window: Object.freeze({ start: c.window.start, end: c.window.end }),
    ...(asOf === undefined ? {} : { asOf }),
    outlets: Object.freeze(outlets),
    rejected: c.rejected.length === 0 ? NONE : Object.freeze([...c.rejected]),
    rejectedCount: c.rejectedCount,
    eventCount: c.eventCount,
  });
}

/**
 * Checks publications against a quota rule, outlet by outlet and period by period: what each period
 * requires, counts and falls short by; per outlet the total required over the window, what was owed and
 * met up to `asOf` (`requiredToDate`, `metToDate`), counted, shortfall (`requiredToDate − metToDate`: a
 * surplus in one week does not make up for another) and attainment (`metToDate / requiredToDate`). Events come from an array or any iterable and are
 * read once, in memory that does not grow with their number (only with the outlets and periods, and the
 * ids of events that carry one, kept to find duplicates). Instants count on their date in Vietnam.
 * Duplicates, events outside the window or after `asOf`, of unknown outlets, of kinds the rule does not
 * count, or malformed are rejected with a reason: never counted, never a crash.
 *
 * @param rule - the quota ({@link QuotaRule}; a plan's `Quota` is one).
 * @param events - the publications ({@link PublicationEvent}).
 * @param options - `window` (required), `outlets`, `asOf`, `issues`, `maxListed`.
 * @returns the evaluation, frozen.
 * @throws {@link PlanError} for a malformed rule, window, `asOf`, outlet list or issue schedule; never for
 *   a bad event.
 * @example
 * ```ts
 * import { evaluateQuota } from "cong-doan-ke-hoach";
 *
 * const result = evaluateQuota(
 *   { min: 2, per: "week" },
 *   [
 *     { outletId: "bao-lao-dong", at: "2017-07-03" },
 *     { outletId: "bao-lao-dong", at: "2017-07-05T09:00:00+07:00" },
 *     { outletId: "bao-lao-dong", at: "2017-07-12" },
 *   ],
 *   { window: { start: "2017-07-03", end: "2017-07-16" }, outlets: ["bao-lao-dong", "nguoi-lao-dong"] },
 * );
 * result.outlets.map((o) => [o.outletId, o.counted, o.shortfall, o.attainment]);
 * //=> [["bao-lao-dong", 3, 1, 0.75], ["nguoi-lao-dong", 0, 4, 0]]
 * result.outlets.map((o) => [o.requiredToDate, o.metToDate, o.requiredToDate - o.metToDate]);
 * //=> [[4, 3, 1], [4, 0, 4]]
 * ```
 * @category Rules
 */
export function evaluateQuota(rule: QuotaRule, events: Iterable<PublicationEvent>, options: EvaluateQuotaOptions): QuotaEvaluation {
  return resultOf(countQuota(rule, events, options));
}

/** A frozen copy of a rule, for a result: never the caller's object. @internal */
export function copyRule(rule: QuotaRule): QuotaRule {
  const debtors = rule.owedBy;
  return frozenCopy(rule, ["itemKinds", "outletIds", "outletKinds"], debtors === undefined ? {} : { owedBy: frozenCopy(debtors, ["unitIds", "unitKinds"]) });
}

/** A frozen copy of an object with frozen copies of the lists at `keys` (where it has them) and `extra`'s fields. */
function frozenCopy<T extends object>(source: T, keys: readonly (keyof T & string)[], extra: Partial<T> = {}): T {
  const copy: Record<string, unknown> = { ...source, ...extra };
  for (const key of keys) {
    const list = source[key] as readonly unknown[] | undefined;
    if (list !== undefined) copy[key] = Object.freeze([...list]);
  }
  return Object.freeze(copy) as T;
}
