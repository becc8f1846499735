import { splitWindow } from "../calendar/splitWindow.js";
import type { YearMonth } from "../calendar/isoDate.js";
import type { Window } from "../calendar/window.js";
import { allocateBigInt } from "./_lib/allocate.js";
import { checkBudgetPlan, costedLines } from "./_lib/lines.js";
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
  const sections = (plan.budget?.sections ?? []).map(() => 0n);
  const funders = new Map(plan.funding.sources.map((s) => [s.id, 0n] as const));
  const units = new Map<string | null, bigint>();
  const channels = new Map<string | null, bigint>();
  const months = new Map<YearMonth, bigint>();
  let unscheduled = 0n;
  const channelOf = new Map<string, string>();
  for (const channel of plan.channels ?? []) for (const activity of channel.activities) channelOf.set(activity.id, channel.id);
  const spreads = new Map<string, { keys: YearMonth[]; weights: bigint[] }>();
  const add = <K>(map: Map<K, bigint>, key: K, amount: bigint) => map.set(key, (map.get(key) ?? 0n) + amount);

  for (const { line, amount, central, sectionIndex } of costedLines(plan)) {
    if (amount === undefined) continue;
    add(funders, line.fundingSourceId, amount);
    if (!central) continue;
    sections[sectionIndex]! += amount;
    if (line.leadUnitIds.length <= 1) add(units, line.leadUnitIds[0] ?? null, amount);
    else {
      const shares = allocateBigInt(amount, line.leadUnitIds.map(() => 1n));
      line.leadUnitIds.forEach((unitId, i) => add(units, unitId, shares[i]!));
    }
    add(channels, (line.activityId === undefined ? undefined : channelOf.get(line.activityId)) ?? null, amount);
    if (line.window === undefined) unscheduled += amount;
    else {
      const spread = spreadOf(line.window, spreads);
      const shares = spread.weights.length === 1 ? [amount] : allocateBigInt(amount, spread.weights);
      spread.keys.forEach((month, i) => add(months, month, shares[i]!));
    }
  }

  const vnd = (amount: bigint) => Vnd.fromBigInt(amount);
  const sourceById = new Map(plan.funding.sources.map((s) => [s.id, s] as const));
  return Object.freeze({
    total: vnd(sections.reduce((a, b) => a + b, 0n)),
    sections: Object.freeze(
      (plan.budget?.sections ?? []).map((s, i) =>
        Object.freeze({ id: s.id, ...(s.label === undefined ? {} : { label: s.label }), title: s.title, total: vnd(sections[i]!) }),
      ),
    ),
    byFunder: Object.freeze(
      [...funders].map(([id, total]) => Object.freeze({ fundingSourceId: id, kind: sourceById.get(id)?.kind ?? "unknown", name: sourceById.get(id)?.name ?? id, total: vnd(total) })),
    ),
    byUnit: Object.freeze([...units].map(([unitId, total]) => Object.freeze({ unitId, total: vnd(total) }))),
    byChannel: Object.freeze([...channels].map(([channelId, total]) => Object.freeze({ channelId, total: vnd(total) }))),
    byMonth: Object.freeze(
      [...months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, total]) => Object.freeze({ month, total: vnd(total) })),
    ),
    unscheduled: vnd(unscheduled),
  });
}

/** The months of a window and their day counts, computed once per distinct window. */
function spreadOf(window: Window, cache: Map<string, { keys: YearMonth[]; weights: bigint[] }>) {
  const key = `${window.start}/${window.end}`;
  let spread = cache.get(key);
  if (spread === undefined) {
    const months = splitWindow(window, "month");
    spread = { keys: months.map((m) => m.key), weights: months.map((m) => BigInt(m.days)) };
    cache.set(key, spread);
  }
  return spread;
}
