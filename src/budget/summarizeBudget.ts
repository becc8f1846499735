import { splitWindow } from "../calendar/splitWindow.js";
import type { YearMonth } from "../calendar/isoDate.js";
import type { Window } from "../calendar/window.js";
import { allocateBigInt } from "./_lib/allocate.js";
import { centralSources, checkBudgetPlan, lineAmount } from "./_lib/lines.js";
import type { BudgetPlan } from "./budgetPlan.js";
import { Vnd } from "./vnd.js";

/**
 * A budget summarised by {@link summarizeBudget}. Every view of the central budget (`sections`, `byUnit`,
 * `byChannel`, `byMonth` + `unscheduled`) adds up to `total`; `byFunder` lists every funder, the central
 * budget included.
 *
 * @example
 * ```ts
 * import { summarizeBudget, type BudgetPlan, type BudgetSummary } from "cong-doan-ke-hoach";
 *
 * declare const plan: BudgetPlan; // the reference plan
 * const summary: BudgetSummary = summarizeBudget(plan);
 * summary.total.toString(); //=> "151500000"
 * ```
 * @category Money
 */
export interface BudgetSummary {
  /** What the central budget pays: the sum of the lines funded by a source of kind `"central-budget"`. */
  readonly total: Vnd;
  /** Each section's central total, in document order. */
  readonly sections: readonly { readonly id: string; readonly label?: string; readonly title: string; readonly total: Vnd }[];
  /** Each funding source's total (lines with an amount), in the order of the plan's sources. */
  readonly byFunder: readonly { readonly fundingSourceId: string; readonly kind: string; readonly name: string; readonly total: Vnd }[];
  /**
   * The central budget by lead unit; a line led by several units is shared between them with
   * {@link allocate}; `unitId: null` holds lines without a lead unit. In order of first appearance.
   */
  readonly byUnit: readonly { readonly unitId: string | null; readonly total: Vnd }[];
  /** The central budget by channel, through each line's activity; `channelId: null` for lines without one. */
  readonly byChannel: readonly { readonly channelId: string | null; readonly total: Vnd }[];
  /** The central budget by month: each line's amount spread over its window's days with {@link allocate}. */
  readonly byMonth: readonly { readonly month: YearMonth; readonly total: Vnd }[];
  /** The central amounts of lines without a window. */
  readonly unscheduled: Vnd;
}

/**
 * Summarises a budget appendix by section, funder, lead unit, channel and month. Exact: every view of the
 * central budget adds up to its total, to the đồng.
 *
 * A line's amount is its `amount`, or else unit price × quantity; a line with neither counts as zero (see
 * {@link checkDeclaredTotals} for the findings about such lines and about declared figures).
 *
 * @param plan - a plan, or anything with its budget and funding sources ({@link BudgetPlan}).
 * @returns the summary, frozen.
 * @example
 * ```ts
 * import { summarizeBudget, type BudgetPlan } from "cong-doan-ke-hoach";
 *
 * declare const plan: BudgetPlan; // the reference plan
 * const summary = summarizeBudget(plan);
 * summary.sections.map((s) => s.total.toString()); //=> ["111500000", "30000000", "10000000"]
 * ```
 * @category Money
 */
export function summarizeBudget(plan: BudgetPlan): BudgetSummary {
  checkBudgetPlan(plan);
  const sectionList = plan.budget?.sections ?? [];
  const isCentral = centralSources(plan);
  // Every total is a slot of one store: the sections first, then the rest as their keys appear.
  const sums: Sums = { small: [], big: [] };
  for (let s = 0; s < sectionList.length; s++) open(sums);
  const unscheduled = open(sums);
  const funders = new Map<string, number>();
  for (const source of plan.funding.sources) slotOf(funders, source.id, sums);
  const units = new Map<string | null, number>();
  const channels = new Map<string | null, number>();
  const months = new Map<YearMonth, number>();
  const channelOf = new Map<string, string>();
  for (const channel of plan.channels ?? []) for (const activity of channel.activities) channelOf.set(activity.id, channel.id);
  const spreads = new Map<string, Spread>();
  /** Per funder slot: whether the funder is the central budget. */
  const centralSlots = new Map<number, boolean>();
  /** Per activity id: the slot of its channel (found once per activity). */
  const channelSlots = new Map<string, number>();
  let noChannel = -1;
  const shares = new Float64Array(SMALL_SPREAD);
  const remainders = new Float64Array(SMALL_SPREAD);

  // One pass, reading the sections and lines as forEach does (holes skipped), each amount checked as
  // costedLines checks it.
  for (let s = 0; s < sectionList.length; s++) {
    if (!(s in sectionList)) continue;
    const lines = sectionList[s]!.lines;
    for (let j = 0, count = lines.length; j < count; j++) {
      if (!(j in lines)) continue;
      const line = lines[j]!;
      const amount = lineAmount(line, s, j);
      if (amount === undefined) continue;
      const small = amount >= -LIMIT_N && amount <= LIMIT_N;
      const value = small ? Number(amount) : 0;
      const funder = slotOf(funders, line.fundingSourceId, sums);
      add(sums, funder, value, amount, small);
      let central = centralSlots.get(funder);
      if (central === undefined) centralSlots.set(funder, (central = isCentral(line.fundingSourceId)));
      if (!central) continue;
      add(sums, s, value, amount, small);
      const leads = line.leadUnitIds;
      if (leads.length <= 1) add(sums, slotOf(units, leads[0] ?? null, sums), value, amount, small);
      else if (small) {
        // Equal shares, the units left over one each to the first units (allocate with equal weights).
        const whole = Math.abs(value);
        const share = Math.floor(whole / leads.length);
        const extra = whole - share * leads.length;
        const sign = value < 0 ? -1 : 1;
        for (let i = 0; i < leads.length; i++) add(sums, slotOf(units, leads[i]!, sums), sign * (share + (i < extra ? 1 : 0)), 0n, true);
      } else {
        const parts = allocateBigInt(amount, leads.map(() => 1n));
        leads.forEach((unitId, i) => add(sums, slotOf(units, unitId, sums), 0, parts[i]!, false));
      }
      const activityId = line.activityId;
      let channel = activityId === undefined ? noChannel : (channelSlots.get(activityId) ?? -1);
      if (channel < 0) {
        channel = slotOf(channels, (activityId === undefined ? undefined : channelOf.get(activityId)) ?? null, sums);
        if (activityId === undefined) noChannel = channel;
        else channelSlots.set(activityId, channel);
      }
      add(sums, channel, value, amount, small);
      if (line.window === undefined) {
        add(sums, unscheduled, value, amount, small);
        continue;
      }
      let spread: Spread;
      try {
        spread = spreadOfLine(line.window, spreads, months, sums);
      } catch (error) {
        // A bad amount further on is reported first, as when every amount was read before any window.
        checkAmountsAfter(sectionList, s, j);
        throw error;
      }
      const n = spread.months.length;
      if (n === 1) add(sums, spread.months[0]!, value, amount, small);
      else if (small && n <= SMALL_SPREAD && Math.abs(value) * spread.max <= Number.MAX_SAFE_INTEGER) {
        spreadNumbers(Math.abs(value), spread, shares, remainders);
        const sign = value < 0 ? -1 : 1;
        for (let i = 0; i < n; i++) add(sums, spread.months[i]!, sign * shares[i]!, 0n, true);
      } else {
        const parts = allocateBigInt(amount, spread.weights);
        for (let i = 0; i < n; i++) add(sums, spread.months[i]!, 0, parts[i]!, false);
      }
    }
  }

  const vnd = (amount: bigint) => Vnd.fromBigInt(amount);
  const sourceById = new Map(plan.funding.sources.map((s) => [s.id, s] as const));
  let total = 0n;
  for (let s = 0; s < sectionList.length; s++) total += totalOf(sums, s);
  return Object.freeze({
    total: vnd(total),
    sections: Object.freeze(
      sectionList.map((s, i) => Object.freeze({ id: s.id, ...(s.label === undefined ? {} : { label: s.label }), title: s.title, total: vnd(totalOf(sums, i)) })),
    ),
    byFunder: Object.freeze(
      entriesOf(funders, sums).map(([id, sum]) =>
        Object.freeze({ fundingSourceId: id, kind: sourceById.get(id)?.kind ?? "unknown", name: sourceById.get(id)?.name ?? id, total: vnd(sum) }),
      ),
    ),
    byUnit: Object.freeze(entriesOf(units, sums).map(([unitId, sum]) => Object.freeze({ unitId, total: vnd(sum) }))),
    byChannel: Object.freeze(entriesOf(channels, sums).map(([channelId, sum]) => Object.freeze({ channelId, total: vnd(sum) }))),
    byMonth: Object.freeze(
      entriesOf(months, sums)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([month, sum]) => Object.freeze({ month, total: vnd(sum) })),
    ),
    unscheduled: vnd(totalOf(sums, unscheduled)),
  });
}

/** Reads the amounts of the lines after line `j` of section `s` (throwing at the first bad one). */
function checkAmountsAfter(sectionList: NonNullable<BudgetPlan["budget"]>["sections"], s: number, j: number): void {
  sectionList.forEach((section, i) => {
    if (i >= s) section.lines.forEach((line, k) => (i > s || k > j) && lineAmount(line, i, k));
  });
}

/** 2^52: doubles add amounts of at most this size exactly while their sum stays below 2^53. */
const LIMIT = 2 ** 52;
const LIMIT_N = 2n ** 52n;
/** Spreads over at most this many months take the double path without sorting. */
const SMALL_SPREAD = 16;

/**
 * Sums of whole đồng by slot, exact: a double while the partial sum stays within ±2^52 (every addend of at
 * most 2^52 keeps it exact below 2^53), moved into a bigint beyond; so a million additions allocate no
 * bigint in the common case. Plain arrays and maps only: per-call objects of a class shape would have
 * their hidden classes collected with them, and the optimised code that knows them thrown away at every
 * collection between two calls.
 */
interface Sums {
  readonly small: number[];
  readonly big: bigint[];
}

/** Opens a slot at the end; returns its index. */
function open(sums: Sums): number {
  sums.small.push(0);
  sums.big.push(0n);
  return sums.small.length - 1;
}

/** The slot of a key, opened at the first sight of the key (so in order of first appearance). */
function slotOf<K>(slots: Map<K, number>, key: K, sums: Sums): number {
  let i = slots.get(key);
  if (i === undefined) {
    i = open(sums);
    slots.set(key, i);
  }
  return i;
}

/** Adds `value` (when `isSmall`, a number of at most 2^52 in size) or else `amount` to a slot. */
function add(sums: Sums, i: number, value: number, amount: bigint, isSmall: boolean): void {
  if (!isSmall) {
    sums.big[i]! += amount;
    return;
  }
  const sum = sums.small[i]! + value;
  if (sum > LIMIT || sum < -LIMIT) {
    sums.big[i]! += BigInt(sum);
    sums.small[i] = 0;
  } else sums.small[i] = sum;
}

function totalOf(sums: Sums, i: number): bigint {
  return sums.big[i]! + BigInt(sums.small[i]!);
}

/** The keys of a view with their totals, in order of first appearance. */
function entriesOf<K>(slots: Map<K, number>, sums: Sums): [K, bigint][] {
  return [...slots].map(([key, i]) => [key, totalOf(sums, i)]);
}

/** A window's months (as indexes into the month sums) and the days of each, computed once per distinct window. */
interface Spread {
  readonly months: readonly number[];
  readonly days: readonly number[];
  readonly weights: readonly bigint[];
  readonly sum: number;
  readonly max: number;
}

/** The spread of a line's window, computed once per distinct window (by its text `start/end`). */
function spreadOfLine(window: Window, spreads: Map<string, Spread>, months: Map<YearMonth, number>, sums: Sums): Spread {
  const key = `${window.start}/${window.end}`;
  let spread = spreads.get(key);
  if (spread === undefined) spreads.set(key, (spread = spreadOf(window, months, sums)));
  return spread;
}

/** A window's months and the days of each. */
function spreadOf(window: Window, months: Map<YearMonth, number>, sums: Sums): Spread {
  const periods = splitWindow(window, "month");
  const days = periods.map((m) => m.days);
  return {
    months: periods.map((m) => slotOf(months, m.key, sums)),
    days,
    weights: days.map((d) => BigInt(d)),
    sum: days.reduce((a, b) => a + b, 0),
    max: Math.max(...days),
  };
}

/**
 * Splits `total` (≥ 0, with `total × max` exact in doubles) over a spread's days as allocateBigInt does:
 * the floor of each exact share, then one more to the largest remainders, the first listed first on a tie.
 * A spread has few months, so the leftover units (fewer than the months) are placed by picking the largest
 * remainder each time, without sorting.
 */
function spreadNumbers(total: number, spread: Spread, shares: Float64Array, remainders: Float64Array): void {
  const n = spread.days.length;
  let left = total;
  for (let i = 0; i < n; i++) {
    const product = total * spread.days[i]!;
    const remainder = product % spread.sum;
    shares[i] = (product - remainder) / spread.sum;
    remainders[i] = remainder;
    left -= shares[i]!;
  }
  for (; left > 0; left--) {
    let best = 0;
    for (let i = 1; i < n; i++) if (remainders[i]! > remainders[best]!) best = i;
    shares[best]! += 1;
    remainders[best] = -1;
  }
}
