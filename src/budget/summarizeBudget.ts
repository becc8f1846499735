import { splitWindow } from "../calendar/splitWindow.js";
import type { YearMonth } from "../calendar/isoDate.js";
import type { Window } from "../calendar/window.js";
import { allocateBigInt } from "./_lib/allocate.js";
import { checkBudgetPlan, isSimpleLine, lineAmount } from "./_lib/lines.js";
import { readSources, type SourceOf } from "./_lib/own.js";
import { resolveLines, type Resolution, type ResolvedLine } from "./_lib/resolve.js";
import type { BudgetLineLike, BudgetPlan } from "./budgetPlan.js";
import { Vnd } from "./vnd.js";

/**
 * A total of a budget summary, with how much of it is ceilings and how many lines it covers.
 *
 * @example
 * ```ts
 * import { summarizeBudget, type BudgetPlan, type BudgetTotal } from "cong-doan-ke-hoach";
 *
 * declare const plan: BudgetPlan; // the reference plan
 * const own: BudgetTotal = summarizeBudget(plan).own;
 * [own.total.toString(), own.ceilings.toString(), own.priced, own.unpriced]; //=> ["151500000", "0", 6, 0]
 * ```
 * @category Money
 */
export interface BudgetTotal {
  /** The amounts of the lines in scope (their parts in scope, for lines split between sources). */
  readonly total: Vnd;
  /** How much of `total` is ceilings (lines with `cap`, "tối đa"): `total − ceilings` is estimated. */
  readonly ceilings: Vnd;
  /** How many lines in scope have an amount (stated or computed). */
  readonly priced: number;
  /** How many lines in scope have none: with `priced` zero, `total` is no figure, not zero đồng. */
  readonly unpriced: number;
}

/**
 * A budget summarised by {@link summarizeBudget}. Every view of the plan's own money (`sections`,
 * `byUnit`, `byChannel`, `byMonth` + `unscheduled`) adds up to `total`; `byFunder` lists every funding
 * source, own or not, and adds up to `all.total`, as `byFunderUnits` does.
 *
 * **No figure is not zero**: where `priced` is 0 (the document states rates or words but no amount, or
 * has no budget), `total` is zero đồng only in arithmetic; write a dash or the document's words instead
 * (as {@link renderBudgetTable} does).
 *
 * @example
 * ```ts
 * import { summarizeBudget, type BudgetPlan, type BudgetSummary } from "cong-doan-ke-hoach";
 *
 * declare const plan: BudgetPlan; // the reference plan
 * const summary: BudgetSummary = summarizeBudget(plan);
 * summary.total.toString(); //=> "151500000"
 * summary.priced; //=> 6
 * ```
 * @category Money
 */
export interface BudgetSummary {
  /**
   * The plan's own money: what the sources funded by the plan's issuer or a co-issuer pay (see
   * {@link BudgetPlan}); for a line split between sources, its own parts. The same as `own.total`.
   */
  readonly total: Vnd;
  /** How much of `total` is ceilings. */
  readonly ceilings: Vnd;
  /** How many lines the plan's own sources pay (in whole or in part) have an amount. */
  readonly priced: number;
  /** How many of them have none. */
  readonly unpriced: number;
  /** `total`, `ceilings`, `priced` and `unpriced` together. */
  readonly own: BudgetTotal;
  /** Every source's money: own + others = all. */
  readonly all: BudgetTotal;
  /** Each section's own total, in document order. */
  readonly sections: readonly ({ readonly id: string; readonly label?: string; readonly title: string } & BudgetTotal)[];
  /**
   * Each funding source's total, in the order of the plan's sources (then any other source a line with
   * an amount names, kind `"unknown"`), with whether it is the plan's own.
   */
  readonly byFunder: readonly ({ readonly fundingSourceId: string; readonly kind: string; readonly name: string; readonly own: boolean } & BudgetTotal)[];
  /**
   * The same totals by who pays: the sources whose `funderUnitIds` are the same units (in any order) are
   * one entry; sources that name no funder are the entry `unitIds: []`. In order of first appearance.
   */
  readonly byFunderUnits: readonly ({ readonly unitIds: readonly string[]; readonly own: boolean } & BudgetTotal)[];
  /**
   * The plan's own money by lead unit; a line led by several units is shared between them with
   * {@link allocate}; `unitId: null` holds lines without a lead unit. In order of first appearance.
   */
  readonly byUnit: readonly { readonly unitId: string | null; readonly total: Vnd; readonly ceilings: Vnd }[];
  /** The plan's own money by channel, through each line's activity; `channelId: null` for lines without one. */
  readonly byChannel: readonly { readonly channelId: string | null; readonly total: Vnd; readonly ceilings: Vnd }[];
  /** The plan's own money by month: each line's own amount spread over its window's days with {@link allocate}. */
  readonly byMonth: readonly { readonly month: YearMonth; readonly total: Vnd; readonly ceilings: Vnd }[];
  /** The own amounts of lines without a window. */
  readonly unscheduled: Vnd;
  /** How much of `unscheduled` is ceilings. */
  readonly unscheduledCeilings: Vnd;
}

/**
 * Summarises a budget appendix by section, funding source, funder, lead unit, channel and month. Exact:
 * every view of the plan's own money adds up to its total, and every source's to all the money, to the
 * đồng.
 *
 * A line's amount is its `amount`; without one, its rate's (unit price × its `quantities`, or × its
 * `product.quantity`), else its share of other lines (`shareOf`), else the sum of its `funding` entries'
 * amounts; a line with none of these has no amount: it adds nothing and counts in `unpriced`. A line
 * split between sources (`funding`) counts each part for its source, and its own parts for the plan's
 * own views. A ceiling (`cap`) counts in full, and again in `ceilings`. See {@link checkDeclaredTotals}
 * for the findings about lines, shares, splits and declared figures.
 *
 * @param plan - a plan, or anything with its budget and funding sources ({@link BudgetPlan}).
 * @returns the summary, frozen.
 * @throws {@link PlanError} for a budget of the wrong shape, a bad amount, quantity or percentage, at its path.
 * @example
 * ```ts
 * import { summarizeBudget, vnd, type BudgetPlan } from "cong-doan-ke-hoach";
 *
 * const training: BudgetPlan = {
 *   header: { issuerId: "ldld" },
 *   funding: {
 *     sources: [
 *       { id: "kpcd", kind: "union-budget", name: "Kinh phí công đoàn", funderUnitIds: ["ldld"] },
 *       { id: "xhh", kind: "socialisation", name: "Xã hội hóa", funderUnitIds: [] },
 *     ],
 *   },
 *   budget: {
 *     title: "Dự trù",
 *     sections: [{ id: "s", title: "Tập huấn", lines: [
 *       { id: "an", title: "Tiền ăn", unitPrice: vnd(150_000), unitPricePer: ["người", "buổi"],
 *         quantities: [{ quantity: 100, unit: "người" }, { quantity: 2, unit: "buổi" }],
 *         fundingSourceId: "kpcd", funding: [{ sourceId: "kpcd", percent: 70 }, { sourceId: "xhh", percent: 30 }],
 *         leadUnitIds: [], coordinatingUnitIds: [] },
 *       { id: "nuoc", title: "Nước uống", shareOf: { lineIds: ["an"], percent: 12.5 }, cap: true,
 *         fundingSourceId: "kpcd", leadUnitIds: [], coordinatingUnitIds: [] },
 *     ] }],
 *   },
 * };
 * const summary = summarizeBudget(training);
 * summary.all.total.toString(); //=> "33750000"
 * summary.total.toString(); //=> "24750000"
 * summary.ceilings.toString(); //=> "3750000"
 * summary.byFunder.map((f) => [f.fundingSourceId, f.total.toString()]); //=> [["kpcd", "24750000"], ["xhh", "9000000"]]
 * ```
 * @category Money
 */
export function summarizeBudget(plan: BudgetPlan): BudgetSummary {
  checkBudgetPlan(plan);
  const sectionList = plan.budget?.sections ?? [];
  const sourceById = readSources(plan);
  // Every total is a slot of one store: the sections first, then the rest as their keys appear.
  const sums: Sums = { small: [], big: [], capSmall: [], capBig: [], lines: [], unpriced: [], own: [] };
  for (let s = 0; s < sectionList.length; s++) open(sums);
  const unscheduled = open(sums);
  const funders = new Map<string, number>();
  for (const source of plan.funding.sources) slotOf(funders, source.id, sums);
  for (const [id, i] of funders) sums.own[i] = sourceById.get(id)!.own ? 1 : 0;
  const units = new Map<string | null, number>();
  const channels = new Map<string | null, number>();
  const months = new Map<YearMonth, number>();
  const channelOf = new Map<string, string>();
  for (const channel of plan.channels ?? []) for (const activity of channel.activities) channelOf.set(activity.id, channel.id);
  const spreads: Spreads = { byDates: new Map(), byText: undefined };
  const views: Views = {
    sums,
    units,
    channels,
    months,
    channelOf,
    spreads,
    channelSlots: new Map(),
    noChannel: -1,
    unscheduled,
    all: { lines: 0, unpriced: 0 },
    shares: new Float64Array(SMALL_SPREAD),
    remainders: new Float64Array(SMALL_SPREAD),
  };
  /** The lines resolved, made the first time a line needs more than itself (a rate, a share, a split). */
  let resolution: Resolution | undefined;

  // One pass, reading the sections and lines as forEach does (holes skipped), each amount checked as
  // resolveLines checks it.
  for (let s = 0; s < sectionList.length; s++) {
    if (!(s in sectionList)) continue;
    const lines = sectionList[s]!.lines;
    for (let j = 0, count = lines.length; j < count; j++) {
      if (!(j in lines)) continue;
      const line = lines[j]!;
      if (!isSimpleLine(line)) {
        resolution ??= resolveLines(plan);
        addResolved(resolution.at(s, j)!, s, sums, funders, views, sectionList);
        continue;
      }
      const amount = lineAmount(line, s, j);
      const capped = line.cap === true;
      if (amount === undefined) {
        // Counted, not added: a source that only unpriced lines name is not listed.
        const funder = funders.get(line.fundingSourceId);
        views.all.lines++;
        views.all.unpriced++;
        if (funder === undefined) continue;
        tally(sums, funder, false);
        if (sums.own[funder] === 1) tally(sums, s, false);
        continue;
      }
      const small = amount >= -LIMIT_N && amount <= LIMIT_N;
      const value = small ? Number(amount) : 0;
      const funder = slotOf(funders, line.fundingSourceId, sums);
      add(sums, funder, value, amount, small, capped);
      sums.lines[funder]!++;
      views.all.lines++;
      // A source no plan's source names (opened by the line) is not the plan's own.
      if (sums.own[funder] !== 1) continue;
      sums.lines[s]!++;
      addOwn(views, line, s, value, amount, small, capped, sectionList, j);
    }
  }

  let ownTotal = 0n;
  let ownCeilings = 0n;
  let ownLines = 0;
  let ownUnpriced = 0;
  const sections: BudgetSummary["sections"][number][] = [];
  for (let i = 0; i < sectionList.length; i++) {
    const section = sectionList[i]!;
    const total = totalOf(sums, i);
    ownTotal += total;
    ownCeilings += ceilingsOf(sums, i);
    ownLines += sums.lines[i]!;
    ownUnpriced += sums.unpriced[i]!;
    const figures = { total: money(total), ceilings: ceilingsVnd(sums, i), priced: sums.lines[i]! - sums.unpriced[i]!, unpriced: sums.unpriced[i]! };
    sections.push(Object.freeze(section.label === undefined ? { id: section.id, title: section.title, ...figures } : { id: section.id, label: section.label, title: section.title, ...figures }));
  }
  let allTotal = 0n;
  let allCeilings = 0n;
  const byFunder: BudgetSummary["byFunder"][number][] = [];
  for (const [id, i] of funders) {
    const total = totalOf(sums, i);
    allTotal += total;
    allCeilings += ceilingsOf(sums, i);
    const source = sourceById.get(id)?.source;
    byFunder.push(
      Object.freeze({
        fundingSourceId: id,
        kind: source?.kind ?? "unknown",
        name: source?.name ?? id,
        own: sums.own[i] === 1,
        total: money(total),
        ceilings: ceilingsVnd(sums, i),
        priced: sums.lines[i]! - sums.unpriced[i]!,
        unpriced: sums.unpriced[i]!,
      }),
    );
  }
  const own = Object.freeze({ total: money(ownTotal), ceilings: money(ownCeilings), priced: ownLines - ownUnpriced, unpriced: ownUnpriced });
  const byMonth = viewOf(months, sums).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.freeze({
    total: own.total,
    ceilings: own.ceilings,
    priced: own.priced,
    unpriced: own.unpriced,
    own,
    all: Object.freeze({ total: money(allTotal), ceilings: money(allCeilings), priced: views.all.lines - views.all.unpriced, unpriced: views.all.unpriced }),
    sections: Object.freeze(sections),
    byFunder: Object.freeze(byFunder),
    byFunderUnits: Object.freeze(groupByFunderUnits(byFunder, sourceById)),
    byUnit: Object.freeze(viewOf(units, sums).map(([unitId, total, ceilings]) => Object.freeze({ unitId, total, ceilings }))),
    byChannel: Object.freeze(viewOf(channels, sums).map(([channelId, total, ceilings]) => Object.freeze({ channelId, total, ceilings }))),
    byMonth: Object.freeze(byMonth.map(([month, total, ceilings]) => Object.freeze({ month, total, ceilings }))),
    unscheduled: money(totalOf(sums, unscheduled)),
    unscheduledCeilings: ceilingsVnd(sums, unscheduled),
  });
}

/** A slot's ceilings as an amount. */
function ceilingsVnd(sums: Sums, i: number): Vnd {
  return sums.capSmall[i] === 0 && sums.capBig[i] === 0n ? zeroVnd() : money(ceilingsOf(sums, i));
}

/** The keys of a view with their totals and ceilings, in order of first appearance. */
function viewOf<K>(slots: Map<K, number>, sums: Sums): [K, Vnd, Vnd][] {
  const out: [K, Vnd, Vnd][] = [];
  for (const [key, i] of slots) out.push([key, money(totalOf(sums, i)), ceilingsVnd(sums, i)]);
  return out;
}

/** Zero đồng, made once on first use: most ceilings are zero. */
let zero: Vnd | undefined;
const zeroVnd = (): Vnd => (zero ??= Vnd.fromBigInt(0n));
const money = (amount: bigint): Vnd => (amount === 0n ? zeroVnd() : Vnd.fromBigInt(amount));

/** The totals by funder units: sources with the same set of funders are one entry. */
function groupByFunderUnits(
  byFunder: readonly ({ readonly fundingSourceId: string; readonly own: boolean } & BudgetTotal)[],
  sourceById: ReadonlyMap<string, SourceOf>,
): ({ readonly unitIds: readonly string[]; readonly own: boolean } & BudgetTotal)[] {
  const groups = new Map<string, { unitIds: readonly string[]; own: boolean; total: bigint; ceilings: bigint; priced: number; unpriced: number }>();
  for (const f of byFunder) {
    const funders = sourceById.get(f.fundingSourceId)?.source.funderUnitIds ?? [];
    const unitIds = funders.length <= 1 ? funders : [...new Set(funders)];
    const key = unitIds.length <= 1 ? (unitIds[0] ?? "") : [...unitIds].sort().join("\u0000");
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { unitIds: Object.isFrozen(unitIds) ? unitIds : Object.freeze([...unitIds]), own: false, total: 0n, ceilings: 0n, priced: 0, unpriced: 0 }));
    group.own ||= f.own;
    group.total += f.total.toBigInt();
    group.ceilings += f.ceilings.toBigInt();
    group.priced += f.priced;
    group.unpriced += f.unpriced;
  }
  return [...groups.values()].map((g) =>
    Object.freeze({ unitIds: g.unitIds, own: g.own, total: money(g.total), ceilings: money(g.ceilings), priced: g.priced, unpriced: g.unpriced }),
  );
}

/** What the own views need besides the store. */
interface Views {
  readonly sums: Sums;
  readonly units: Map<string | null, number>;
  readonly channels: Map<string | null, number>;
  readonly months: Map<YearMonth, number>;
  readonly channelOf: ReadonlyMap<string, string>;
  readonly spreads: Spreads;
  /** Per activity id: the slot of its channel (found once per activity). */
  readonly channelSlots: Map<string, number>;
  noChannel: number;
  readonly unscheduled: number;
  /** How many lines there are, and how many of them have no amount. */
  readonly all: { lines: number; unpriced: number };
  readonly shares: Float64Array;
  readonly remainders: Float64Array;
}

/**
 * Adds a line's own amount to the own views: its section, its lead units, its channel, its months (or
 * the unscheduled lines).
 */
function addOwn(
  views: Views,
  line: BudgetLineLike,
  s: number,
  value: number,
  amount: bigint,
  small: boolean,
  capped: boolean,
  sectionList: NonNullable<BudgetPlan["budget"]>["sections"],
  j: number,
): void {
  const { sums, units, channels, months } = views;
  add(sums, s, value, amount, small, capped);
  const leads = line.leadUnitIds;
  if (leads.length <= 1) add(sums, slotOf(units, leads[0] ?? null, sums), value, amount, small, capped);
  else if (small) {
    // Equal shares, the units left over one each to the first units (allocate with equal weights).
    const whole = Math.abs(value);
    const share = Math.floor(whole / leads.length);
    const extra = whole - share * leads.length;
    const sign = value < 0 ? -1 : 1;
    for (let i = 0; i < leads.length; i++) add(sums, slotOf(units, leads[i]!, sums), sign * (share + (i < extra ? 1 : 0)), 0n, true, capped);
  } else {
    const parts = allocateBigInt(amount, leads.map(() => 1n));
    leads.forEach((unitId, i) => add(sums, slotOf(units, unitId, sums), 0, parts[i]!, false, capped));
  }
  const activityId = line.activityId;
  let channel = activityId === undefined ? views.noChannel : (views.channelSlots.get(activityId) ?? -1);
  if (channel < 0) {
    channel = slotOf(channels, (activityId === undefined ? undefined : views.channelOf.get(activityId)) ?? null, sums);
    if (activityId === undefined) views.noChannel = channel;
    else views.channelSlots.set(activityId, channel);
  }
  add(sums, channel, value, amount, small, capped);
  if (line.window === undefined) {
    add(sums, views.unscheduled, value, amount, small, capped);
    return;
  }
  let spread: Spread;
  try {
    spread = spreadOfLine(line.window, views.spreads, months, sums);
  } catch (error) {
    // A bad amount further on is reported first, as when every amount was read before any window.
    checkAmountsAfter(sectionList, s, j);
    throw error;
  }
  const n = spread.months.length;
  if (n === 1) add(sums, spread.months[0]!, value, amount, small, capped);
  else if (small && n <= SMALL_SPREAD && Math.abs(value) * spread.max <= Number.MAX_SAFE_INTEGER) {
    const { shares } = views;
    spreadNumbers(Math.abs(value), spread, shares, views.remainders);
    const sign = value < 0 ? -1 : 1;
    for (let i = 0; i < n; i++) add(sums, spread.months[i]!, sign * shares[i]!, 0n, true, capped);
  } else {
    const parts = allocateBigInt(amount, spread.weights);
    for (let i = 0; i < n; i++) add(sums, spread.months[i]!, 0, parts[i]!, false, capped);
  }
}

/** Adds a resolved line (a rate, a share, a split): each part to its source, its own parts to the own views. */
function addResolved(
  r: ResolvedLine,
  s: number,
  sums: Sums,
  funders: Map<string, number>,
  views: Views,
  sectionList: NonNullable<BudgetPlan["budget"]>["sections"],
): void {
  const priced = r.amount !== undefined;
  views.all.lines++;
  if (!priced) views.all.unpriced++;
  let anyOwn = false;
  for (const sourceId of r.sources) {
    const funder = priced ? slotOf(funders, sourceId, sums) : funders.get(sourceId);
    if (funder === undefined) continue;
    tally(sums, funder, priced);
    if (sums.own[funder] === 1) anyOwn = true;
  }
  if (anyOwn) tally(sums, s, priced);
  if (!priced) return;
  for (const part of r.parts!) {
    const small = part.amount >= -LIMIT_N && part.amount <= LIMIT_N;
    add(sums, funders.get(part.sourceId)!, small ? Number(part.amount) : 0, part.amount, small, r.cap);
  }
  if (!anyOwn) return;
  const mine = r.ownAmount!;
  const small = mine >= -LIMIT_N && mine <= LIMIT_N;
  addOwn(views, r.line, s, small ? Number(mine) : 0, mine, small, r.cap, sectionList, r.lineIndex);
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
 * bigint in the common case. The ceilings of each slot are a second pair of sums, touched only by lines
 * with `cap`; `lines` and `unpriced` count the lines of the slots that count lines (the sections, the
 * sources), and how many of them have no amount. Plain arrays and maps only: per-call objects of a class shape would have their hidden classes
 * collected with them, and the optimised code that knows them thrown away at every collection between
 * two calls.
 */
interface Sums {
  readonly small: number[];
  readonly big: bigint[];
  readonly capSmall: number[];
  readonly capBig: bigint[];
  readonly lines: number[];
  readonly unpriced: number[];
  /** For a source's slot: 1 when it is one of the plan's own, 0 when not (any other slot: 0). */
  readonly own: number[];
}

/** Opens a slot at the end; returns its index. */
function open(sums: Sums): number {
  sums.small.push(0);
  sums.big.push(0n);
  sums.capSmall.push(0);
  sums.capBig.push(0n);
  sums.lines.push(0);
  sums.unpriced.push(0);
  sums.own.push(0);
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

/**
 * Adds `value` (when `isSmall`, a number of at most 2^52 in size) or else `amount` to a slot, and to its
 * ceilings when `capped`.
 */
function add(sums: Sums, i: number, value: number, amount: bigint, isSmall: boolean, capped: boolean): void {
  if (!isSmall) {
    sums.big[i]! += amount;
    if (capped) sums.capBig[i]! += amount;
    return;
  }
  const sum = sums.small[i]! + value;
  if (sum > LIMIT || sum < -LIMIT) {
    sums.big[i]! += BigInt(sum);
    sums.small[i] = 0;
  } else sums.small[i] = sum;
  if (capped) {
    const cap = sums.capSmall[i]! + value;
    if (cap > LIMIT || cap < -LIMIT) {
      sums.capBig[i]! += BigInt(cap);
      sums.capSmall[i] = 0;
    } else sums.capSmall[i] = cap;
  }
}

/** Counts a line in a slot, priced or not. */
function tally(sums: Sums, i: number, priced: boolean): void {
  sums.lines[i]!++;
  if (!priced) sums.unpriced[i]!++;
}

function totalOf(sums: Sums, i: number): bigint {
  return sums.big[i]! + BigInt(sums.small[i]!);
}

function ceilingsOf(sums: Sums, i: number): bigint {
  return sums.capBig[i]! + BigInt(sums.capSmall[i]!);
}


/** A window's months (as indexes into the month sums) and the days of each, computed once per distinct window. */
interface Spread {
  readonly months: readonly number[];
  readonly days: readonly number[];
  readonly weights: readonly bigint[];
  readonly sum: number;
  readonly max: number;
}

/**
 * The spreads of the windows seen, by their start and end dates: two lookups of the line's own strings
 * instead of a key built per line. Windows whose ends are not strings (splitWindow refuses them, unless
 * they turn into the text of a window already seen) go by the text `start/end`, as they always did.
 */
interface Spreads {
  readonly byDates: Map<string, Map<string, Spread>>;
  byText: Map<string, Spread> | undefined;
}

function spreadOfLine(window: Window, spreads: Spreads, months: Map<YearMonth, number>, sums: Sums): Spread {
  const start: unknown = window.start;
  if (typeof start === "string") {
    const end: unknown = window.end;
    if (typeof end === "string") {
      let ends = spreads.byDates.get(start);
      let spread = ends?.get(end);
      if (spread === undefined) {
        spread = spreads.byText?.get(`${start}/${end}`) ?? spreadOf(window, months, sums);
        if (ends === undefined) spreads.byDates.set(start, (ends = new Map()));
        ends.set(end, spread);
        spreads.byText?.set(`${start}/${end}`, spread);
      }
      return spread;
    }
    return spreadByText(`${start}/${end as string}`, window, spreads, months, sums);
  }
  const head = `${start as string}/`;
  return spreadByText(`${head}${window.end}`, window, spreads, months, sums);
}

/** The spread of a window by its text, as the cache was once keyed: a window seen by its dates counts too. */
function spreadByText(key: string, window: Window, spreads: Spreads, months: Map<YearMonth, number>, sums: Sums): Spread {
  if (spreads.byText === undefined) {
    spreads.byText = new Map();
    for (const [start, ends] of spreads.byDates) for (const [end, spread] of ends) spreads.byText.set(`${start}/${end}`, spread);
  }
  let spread = spreads.byText.get(key);
  if (spread === undefined) spreads.byText.set(key, (spread = spreadOf(window, months, sums)));
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
