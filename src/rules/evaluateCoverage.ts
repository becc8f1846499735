import { DUPLICATE_ID, INVALID_DATE, INVALID_INPUT, INVALID_TYPE, INVALID_VALUE, INVALID_WINDOW } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import type { RoundingMode } from "../budget/percentOf.js";
import { isIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { toVietnamDate } from "../calendar/toVietnamDate.js";
import type { Window } from "../calendar/window.js";

/**
 * What {@link evaluateCoverage} reads of a coverage target (chỉ tiêu bao phủ): the percentage of units to
 * reach and the kind of unit counted. A plan's `Target` fits as it is.
 *
 * @example
 * ```ts
 * import type { CoverageTarget } from "cong-doan-ke-hoach";
 *
 * // "100% CĐCS trực thuộc": every grassroots union directly managed
 * const target: CoverageTarget = { percent: 100, unitKind: "grassroots-union" };
 * ```
 * @category Rules
 */
export interface CoverageTarget {
  /** The percentage of units to reach, 0 to 100 (default 100). Read as the decimal it is written as: `95.5`. */
  readonly percent?: number | undefined;
  /** When given, only units of this kind are counted (`"grassroots-union"`, công đoàn cơ sở); others are ignored. */
  readonly unitKind?: string | undefined;
}

/**
 * A unit to be reached, such as a grassroots union (CĐCS) under its provincial federation. A plan's `Unit`
 * fits as it is.
 *
 * @example
 * ```ts
 * import type { CoverageUnit } from "cong-doan-ke-hoach";
 *
 * const unit: CoverageUnit = { id: "cdcs-may-10", parentId: "ldld-ha-noi", kind: "grassroots-union" };
 * ```
 * @category Rules
 */
export interface CoverageUnit {
  /** The unit's id, unique among the units given. */
  readonly id: string;
  /** The unit it belongs to (a provincial federation, LĐLĐ tỉnh): the group of {@link EvaluateCoverageResult.byParent}. */
  readonly parentId?: string | null | undefined;
  /** The unit's kind, compared with {@link CoverageTarget.unitKind}. */
  readonly kind?: string | undefined;
  /** The unit's name, for readers ("CĐCS Công ty May 10"): reports show it instead of the id. */
  readonly name?: string | undefined;
  /** The name of its parent unit ("LĐLĐ thành phố Hà Nội"), when the parent is not itself among the units given with a name. */
  readonly parentName?: string | undefined;
}

/**
 * A record that a unit was reached: a poster posted at a grassroots union, say.
 *
 * @example
 * ```ts
 * import type { ReachRecord } from "cong-doan-ke-hoach";
 *
 * const record: ReachRecord = { unitId: "cdcs-may-10", at: "2017-11-15T09:00:00+07:00", id: "anh-0001" };
 * ```
 * @category Rules
 */
export interface ReachRecord {
  /** The unit reached. */
  readonly unitId: string;
  /** When: a date `"2017-11-15"`, an instant with `Z` or an offset, or a `Date`; read as a date in Vietnam. */
  readonly at?: IsoDate | Date | undefined;
  /** The record's own id (a photo, a report line); kept in {@link RejectedReach.record} only. */
  readonly id?: string | undefined;
}

/**
 * Options of {@link evaluateCoverage}.
 *
 * @example
 * ```ts
 * import type { EvaluateCoverageOptions } from "cong-doan-ke-hoach";
 *
 * const options: EvaluateCoverageOptions = { asOf: "2017-11-30", window: { start: "2017-11-01", end: "2017-11-30" } };
 * ```
 * @category Rules
 */
export interface EvaluateCoverageOptions {
  /** Count only records dated on or before this day. Records without `at` always count. */
  readonly asOf?: IsoDate | undefined;
  /** Count only records dated inside this window (both ends included). Records without `at` always count. */
  readonly window?: Window | undefined;
  /** Digits after the decimal point of the percentages, 0 to 20 (default 1). */
  readonly decimals?: number | undefined;
  /** How the last digit of the percentages is rounded (default `"half-even"`). `met` is never rounded. */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * The coverage of the units under one parent unit (a province).
 *
 * @example
 * ```ts
 * import type { CoverageGroup } from "cong-doan-ke-hoach";
 *
 * const lagging = (groups: readonly CoverageGroup[]) => groups.filter((g) => !g.met).map((g) => g.parentId);
 * ```
 * @category Rules
 */
export interface CoverageGroup {
  /** The parent unit's id; `null` for units without a parent. */
  readonly parentId: string | null;
  /** The parent's name: the `name` of the parent among the units given, else the first `parentName` its units give; `null` when none is known. */
  readonly parentName: string | null;
  /** How many counted units belong to it. Never 0. */
  readonly total: number;
  /** How many of them were reached. */
  readonly reached: number;
  /** `reached` as a percentage of `total`, rounded: `"66.7"`. */
  readonly percent: string;
  /** Whether the group alone meets the target percentage (exact, not rounded). */
  readonly met: boolean;
  /** The ids of its units not reached, in input order. */
  readonly notReached: readonly string[];
  /** The same units by name (their `name`, else their id), in the same order. */
  readonly notReachedNames: readonly string[];
}

/**
 * A reach record that was not counted, and why: `malformed` (not an object, no string `unitId`, a non-string
 * `id`), `unknown_unit` (not one of the counted units, including units of another kind than the target's),
 * `invalid_date` (an `at` that is no date), `after_as_of`, `outside_window`. Checked in this order.
 *
 * @example
 * ```ts
 * import type { RejectedReach } from "cong-doan-ke-hoach";
 *
 * const why = (r: RejectedReach) => `record ${r.index}: ${r.reason}`;
 * ```
 * @category Rules
 */
export interface RejectedReach {
  /** The position of the record in the input. */
  readonly index: number;
  readonly reason: "unknown_unit" | "invalid_date" | "outside_window" | "after_as_of" | "malformed";
  /** The record as given. */
  readonly record: unknown;
}

/**
 * The result of {@link evaluateCoverage}.
 *
 * @example
 * ```ts
 * import type { EvaluateCoverageResult } from "cong-doan-ke-hoach";
 *
 * const summary = (r: EvaluateCoverageResult) => `${r.reached}/${r.total} (${r.percent ?? "-"}%)`;
 * ```
 * @category Rules
 */
export interface EvaluateCoverageResult {
  /** How many units are counted (of the target's kind, when it has one). */
  readonly total: number;
  /** How many of them were reached at least once. */
  readonly reached: number;
  /** `reached` as a percentage of `total`, rounded (one decimal, half-even by default); `null` when `total` is 0. */
  readonly percent: string | null;
  /** Whether `reached × 100 ≥ target% × total`, exactly. With no unit to reach, the target is met. */
  readonly met: boolean;
  /** The ids of the counted units not reached, in input order. */
  readonly notReached: readonly string[];
  /** The same units by name (their `name`, else their id), in the same order: what a report shows. */
  readonly notReachedNames: readonly string[];
  /** The same per parent unit, in order of first appearance among the counted units. */
  readonly byParent: readonly CoverageGroup[];
  /** The records not counted, in input order. */
  readonly rejected: readonly RejectedReach[];
}

const MODES: readonly RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];

/**
 * How far a set of units was reached against a coverage target such as "100% of the grassroots unions
 * directly managed" (100% CĐCS trực thuộc): the percentage reached, the units not reached, and the same per
 * parent unit (province). Counting is exact integer arithmetic: `met` compares `reached × 100` with
 * `target% × total` without rounding, so 95.5% of 1,000 units needs 955 of them.
 *
 * Units may carry a `name` (and their parent's `parentName`): the result then names the units not reached
 * (`notReachedNames`) and each group's parent (`parentName`), so that a report shows names, not ids.
 *
 * A unit reached several times counts once. Records that cannot be counted are listed in `rejected` with a
 * reason, never a crash.
 *
 * @param target - the percentage (default 100) and the kind of unit counted; a plan's `Target` fits.
 * @param units - the units to be reached, from an array or any iterable; with `target.unitKind` only units
 *   of that kind count.
 * @param reach - the reach records, from an array or any iterable (consumed once).
 * @param options - `asOf` and `window` to count only records of those days; `decimals` and `rounding` of
 *   the percentages.
 * @returns the coverage, frozen.
 * @throws {@link PlanError} listing every problem at once: `invalid_type` / `invalid_value` at
 *   `["target", "percent"]` for a percentage that is not a number from 0 to 100; `invalid_type` at
 *   `["units"]`, `["units", i]` or `["units", i, "id"]` for units that are not an iterable of objects with
 *   string ids; `duplicate_id` at `["units", i, "id"]`; `invalid_type` at `["reach"]` for records that are
 *   not iterable; `invalid_date`, `invalid_window` or `invalid_value` at `["options", …]` for bad options.
 * @example
 * ```ts
 * import { evaluateCoverage } from "cong-doan-ke-hoach";
 *
 * const units = [
 *   { id: "cdcs-hn-1", parentId: "ldld-ha-noi", kind: "grassroots-union" },
 *   { id: "cdcs-hn-2", parentId: "ldld-ha-noi", kind: "grassroots-union" },
 *   { id: "cdcs-dn-1", parentId: "ldld-dong-nai", kind: "grassroots-union" },
 *   { id: "ldld-ha-noi", kind: "provincial-federation" },
 * ];
 * const result = evaluateCoverage({ percent: 100, unitKind: "grassroots-union" }, units, [
 *   { unitId: "cdcs-hn-1", at: "2017-11-05" },
 *   { unitId: "cdcs-dn-1", at: "2017-11-20T03:00:00Z" },
 *   { unitId: "cdcs-dn-1", at: "2017-11-21" },
 * ]);
 * result.percent; //=> "66.7"
 * result.met; //=> false
 * result.notReached; //=> ["cdcs-hn-2"]
 * result.byParent.map((g) => [g.parentId, g.percent, g.met]);
 * //=> [["ldld-ha-noi", "50.0", false], ["ldld-dong-nai", "100.0", true]]
 * ```
 * @category Rules
 */
export function evaluateCoverage(
  target: CoverageTarget,
  units: Iterable<CoverageUnit>,
  reach: Iterable<ReachRecord>,
  options: EvaluateCoverageOptions = {},
): EvaluateCoverageResult {
  const issues: PlanIssue[] = [];
  const goal = readTarget(target, issues);
  const settings = readOptions(options, issues);
  const counted = readUnits(units, goal.unitKind, issues);
  const cause = counted.failure;
  if (!isIterable(reach)) {
    issues.push(newIssue(INVALID_TYPE, ["reach"], { expected: "an iterable of reach records", expectedVi: "danh sách bản ghi tiếp cận", received: kindOf(reach) }));
  }
  if (issues.length > 0) throw new PlanError(issues, cause === undefined ? {} : { cause });

  const reachedIds = new Set<string>();
  const rejected: RejectedReach[] = [];
  const { asOf, window } = settings;
  let index = 0;
  try {
    for (const record of reach) {
      const i = index++;
      const reason = judge(record as unknown, counted.parentOf, asOf, window);
      if (reason === undefined) reachedIds.add((record as { unitId: string }).unitId);
      else rejected.push(Object.freeze({ index: i, reason, record: record as unknown }));
    }
  } catch (error) {
    throw new PlanError(
      [newIssue(INVALID_INPUT, ["reach"], { detail: `reading record ${index} failed`, detailVi: `lỗi khi đọc bản ghi ${index}` })],
      { cause: error },
    );
  }

  const groups = new Map<string | null, { total: number; reached: number; notReached: string[]; notReachedNames: string[] }>();
  const notReached: string[] = [];
  const notReachedNames: string[] = [];
  let reachedCount = 0;
  for (const id of counted.order) {
    const parentId = counted.parentOf.get(id) ?? null;
    let group = groups.get(parentId);
    if (group === undefined) {
      group = { total: 0, reached: 0, notReached: [], notReachedNames: [] };
      groups.set(parentId, group);
    }
    group.total += 1;
    if (reachedIds.has(id)) {
      group.reached += 1;
      reachedCount += 1;
    } else {
      const name = counted.names.get(id) ?? id;
      group.notReached.push(id);
      group.notReachedNames.push(name);
      notReached.push(id);
      notReachedNames.push(name);
    }
  }

  const byParent = [...groups].map(([parentId, g]) =>
    Object.freeze({
      parentId,
      parentName: parentId === null ? null : (counted.names.get(parentId) ?? counted.parentNames.get(parentId) ?? null),
      total: g.total,
      reached: g.reached,
      percent: percentage(g.reached, g.total, settings),
      met: meets(g.reached, g.total, goal),
      notReached: Object.freeze(g.notReached),
      notReachedNames: Object.freeze(g.notReachedNames),
    }),
  );
  const total = counted.order.length;
  return Object.freeze({
    total,
    reached: reachedCount,
    percent: total === 0 ? null : percentage(reachedCount, total, settings),
    met: meets(reachedCount, total, goal),
    notReached: Object.freeze(notReached),
    notReachedNames: Object.freeze(notReachedNames),
    byParent: Object.freeze(byParent),
    rejected: Object.freeze(rejected),
  });
}

/** The target percentage as an exact fraction `numerator / scale`, and the kind counted. */
interface Goal {
  readonly numerator: bigint;
  readonly scale: bigint;
  readonly unitKind: string | undefined;
}

function readTarget(target: unknown, issues: PlanIssue[]): Goal {
  const fallback: Goal = { numerator: 100n, scale: 1n, unitKind: undefined };
  if (target === null || typeof target !== "object") {
    issues.push(newIssue(INVALID_TYPE, ["target"], { expected: "object", received: kindOf(target) }));
    return fallback;
  }
  let percent: unknown;
  let unitKind: unknown;
  try {
    ({ percent, unitKind } = target as { percent?: unknown; unitKind?: unknown });
  } catch {
    issues.push(newIssue(INVALID_INPUT, ["target"], { detail: "its properties cannot be read", detailVi: "không đọc được các trường" }));
    return fallback;
  }
  let goal = fallback;
  if (percent !== undefined) {
    if (typeof percent !== "number") {
      issues.push(newIssue(INVALID_TYPE, ["target", "percent"], { expected: "number", received: kindOf(percent) }));
    } else if (!(percent >= 0 && percent <= 100)) {
      issues.push(newIssue(INVALID_VALUE, ["target", "percent"], { expected: "a number from 0 to 100", expectedVi: "một số từ 0 đến 100", receivedValue: percent }));
    } else {
      goal = { ...exactDecimal(percent), unitKind: undefined };
    }
  }
  if (unitKind !== undefined && typeof unitKind !== "string") {
    issues.push(newIssue(INVALID_TYPE, ["target", "unitKind"], { expected: "string", received: kindOf(unitKind) }));
    return goal;
  }
  return { ...goal, unitKind };
}

/**
 * A finite non-negative number as the exact fraction of its shortest decimal form (the digits JavaScript
 * prints): 95.5 is 955/10, 66.7 is 667/10 (not the binary double nearest to it).
 */
function exactDecimal(value: number): { numerator: bigint; scale: bigint } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  // Unreachable for a finite number ≥ 0; kept total for the type checker.
  if (match === null) return { numerator: 100n, scale: 1n };
  const [, whole = "0", fraction = "", exponent = "0"] = match;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(whole + fraction);
  return shift >= 0 ? { numerator: digits * 10n ** BigInt(shift), scale: 1n } : { numerator: digits, scale: 10n ** BigInt(-shift) };
}

interface Settings {
  readonly asOf: IsoDate | undefined;
  readonly window: Window | undefined;
  readonly decimals: number;
  readonly rounding: RoundingMode;
}

function readOptions(options: unknown, issues: PlanIssue[]): Settings {
  const settings: { asOf: IsoDate | undefined; window: Window | undefined; decimals: number; rounding: RoundingMode } = {
    asOf: undefined,
    window: undefined,
    decimals: 1,
    rounding: "half-even",
  };
  if (options === undefined) return settings;
  if (options === null || typeof options !== "object") {
    issues.push(newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) }));
    return settings;
  }
  let asOf: unknown, window: unknown, decimals: unknown, rounding: unknown;
  try {
    ({ asOf, window, decimals, rounding } = options as Record<string, unknown>);
  } catch {
    issues.push(newIssue(INVALID_INPUT, ["options"], { detail: "its properties cannot be read", detailVi: "không đọc được các trường" }));
    return settings;
  }
  if (asOf !== undefined) {
    if (isIsoDate(asOf)) settings.asOf = asOf;
    else issues.push(newIssue(INVALID_DATE, ["options", "asOf"], { value: asOf }));
  }
  if (window !== undefined) settings.window = readWindow(window, issues);
  if (decimals !== undefined) {
    if (typeof decimals === "number" && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20) settings.decimals = decimals;
    else issues.push(newIssue(INVALID_VALUE, ["options", "decimals"], { expected: "a whole number from 0 to 20", expectedVi: "một số nguyên từ 0 đến 20", receivedValue: decimals }));
  }
  if (rounding !== undefined) {
    if (MODES.includes(rounding as RoundingMode)) settings.rounding = rounding as RoundingMode;
    else issues.push(newIssue(INVALID_VALUE, ["options", "rounding"], { expected: MODES.map((m) => JSON.stringify(m)).join(", "), receivedValue: rounding }));
  }
  return settings;
}

function readWindow(window: unknown, issues: PlanIssue[]): Window | undefined {
  if (window === null || typeof window !== "object") {
    issues.push(newIssue(INVALID_TYPE, ["options", "window"], { expected: "object", received: kindOf(window) }));
    return undefined;
  }
  let start: unknown, end: unknown;
  try {
    ({ start, end } = window as Record<string, unknown>);
  } catch {
    issues.push(newIssue(INVALID_INPUT, ["options", "window"], { detail: "its properties cannot be read", detailVi: "không đọc được các trường" }));
    return undefined;
  }
  const before = issues.length;
  for (const [key, value] of [["start", start], ["end", end]] as const) {
    if (!isIsoDate(value)) {
      issues.push(newIssue(INVALID_DATE, ["options", "window", key], { value: value }));
    }
  }
  if (issues.length > before || !isIsoDate(start) || !isIsoDate(end)) return undefined;
  if (end < start) {
    issues.push(newIssue(INVALID_WINDOW, ["options", "window", "end"], { expected: start, received: end }));
    return undefined;
  }
  return { start, end };
}

interface Counted {
  /** The counted units' ids, in input order. */
  readonly order: readonly string[];
  /** Each counted unit's parent (`null` for none). */
  readonly parentOf: ReadonlyMap<string, string | null>;
  /** The name of every unit given with one, counted or not (a parent may be among the units). */
  readonly names: ReadonlyMap<string, string>;
  /** Per parent id, the first `parentName` a counted unit gives it. */
  readonly parentNames: ReadonlyMap<string, string>;
  /** What the units' iterator threw, if it did. */
  readonly failure?: unknown;
}

function readUnits(units: unknown, unitKind: string | undefined, issues: PlanIssue[]): Counted {
  const order: string[] = [];
  const parentOf = new Map<string, string | null>();
  const names = new Map<string, string>();
  const parentNames = new Map<string, string>();
  if (typeof units === "string" || !isIterable(units)) {
    issues.push(newIssue(INVALID_TYPE, ["units"], { expected: "an iterable of units", expectedVi: "danh sách đơn vị", received: kindOf(units) }));
    return { order, parentOf, names, parentNames };
  }
  const seen = new Set<string>();
  let i = 0;
  try {
    for (const unit of units) {
      const at = i++;
      if (unit === null || typeof unit !== "object") {
        issues.push(newIssue(INVALID_TYPE, ["units", at], { expected: "object", received: kindOf(unit) }));
        continue;
      }
      let id: unknown, parentId: unknown, kind: unknown, name: unknown, parentName: unknown;
      try {
        ({ id, parentId, kind, name, parentName } = unit as Record<string, unknown>);
      } catch {
        issues.push(newIssue(INVALID_INPUT, ["units", at], { detail: "its properties cannot be read", detailVi: "không đọc được các trường" }));
        continue;
      }
      let ok = true;
      if (typeof id !== "string") {
        issues.push(newIssue(INVALID_TYPE, ["units", at, "id"], { expected: "string", received: kindOf(id) }));
        ok = false;
      } else if (seen.has(id)) {
        issues.push(newIssue(DUPLICATE_ID, ["units", at, "id"], { kind: "unit", kindVi: "đơn vị", id }));
        ok = false;
      } else {
        seen.add(id);
      }
      if (parentId !== undefined && parentId !== null && typeof parentId !== "string") {
        issues.push(newIssue(INVALID_TYPE, ["units", at, "parentId"], { expected: "string", received: kindOf(parentId) }));
        ok = false;
      }
      if (kind !== undefined && typeof kind !== "string") {
        issues.push(newIssue(INVALID_TYPE, ["units", at, "kind"], { expected: "string", received: kindOf(kind) }));
        ok = false;
      }
      for (const [key, value] of [["name", name], ["parentName", parentName]] as const) {
        if (value !== undefined && typeof value !== "string") {
          issues.push(newIssue(INVALID_TYPE, ["units", at, key], { expected: "string", received: kindOf(value) }));
          ok = false;
        }
      }
      if (!ok || typeof id !== "string") continue;
      if (typeof name === "string" && name !== "") names.set(id, name);
      if (unitKind !== undefined && kind !== unitKind) continue;
      order.push(id);
      parentOf.set(id, typeof parentId === "string" ? parentId : null);
      if (typeof parentId === "string" && typeof parentName === "string" && parentName !== "" && !parentNames.has(parentId)) parentNames.set(parentId, parentName);
    }
  } catch (failure) {
    issues.push(newIssue(INVALID_INPUT, ["units"], { detail: `reading unit ${i} failed`, detailVi: `lỗi khi đọc đơn vị ${i}` }));
    return { order, parentOf, names, parentNames, failure };
  }
  return { order, parentOf, names, parentNames };
}

/** Why a record is not counted, or `undefined` when it counts. Never throws. */
function judge(
  record: unknown,
  counted: ReadonlyMap<string, string | null>,
  asOf: IsoDate | undefined,
  window: Window | undefined,
): RejectedReach["reason"] | undefined {
  if (record === null || typeof record !== "object") return "malformed";
  let unitId: unknown, at: unknown, id: unknown;
  try {
    ({ unitId, at, id } = record as Record<string, unknown>);
  } catch {
    return "malformed";
  }
  if (typeof unitId !== "string" || (id !== undefined && typeof id !== "string")) return "malformed";
  if (!counted.has(unitId)) return "unknown_unit";
  if (at === undefined) return undefined;
  let day: IsoDate;
  try {
    day = toVietnamDate(at as string | Date);
  } catch {
    return "invalid_date";
  }
  if (asOf !== undefined && day > asOf) return "after_as_of";
  if (window !== undefined && (day < window.start || day > window.end)) return "outside_window";
  return undefined;
}

/** Whether `reached / total ≥ numerator / (100 × scale)`, in integers. */
function meets(reached: number, total: number, goal: Goal): boolean {
  return BigInt(reached) * 100n * goal.scale >= goal.numerator * BigInt(total);
}

/** `reached / total × 100` rounded to `decimals` digits by `rounding`, in integers. `total` > 0. */
function percentage(reached: number, total: number, { decimals, rounding }: Settings): string {
  const denominator = BigInt(total);
  const scaled = BigInt(reached) * 100n * 10n ** BigInt(decimals);
  let quotient = scaled / denominator;
  const twice = (scaled % denominator) * 2n;
  const exact = twice === 0n;
  let up: boolean;
  switch (rounding) {
    case "up":
    case "ceil":
      up = !exact;
      break;
    case "down":
    case "floor":
      up = false;
      break;
    case "half-up":
      up = twice >= denominator;
      break;
    case "half-down":
      up = twice > denominator;
      break;
    case "half-even":
      up = twice > denominator || (twice === denominator && quotient % 2n === 1n);
      break;
  }
  if (up) quotient += 1n;
  const digits = quotient.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  try {
    return (
      value !== null &&
      (typeof value === "object" || typeof value === "function" || typeof value === "string") &&
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
    );
  } catch {
    return false;
  }
}


