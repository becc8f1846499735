import { INVALID_DATE, INVALID_TYPE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import type { Finding } from "../errors/Finding.js";
import { isIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { toVietnamDate } from "../calendar/toVietnamDate.js";
import { PlanError } from "../errors/PlanError.js";
import { safeParseVnd } from "./parseVnd.js";
import { budgetFinding } from "./_lib/findings.js";
import { allocateBigInt } from "./_lib/allocate.js";
import { resolveLines } from "./_lib/resolve.js";
import type { BudgetPlan } from "./budgetPlan.js";
import { percentOf } from "./percentOf.js";
import { vnd, Vnd, type VndInput } from "./vnd.js";

/**
 * Money spent against a budget line.
 *
 * @example
 * ```ts
 * import type { SpendingEntry } from "cong-doan-ke-hoach";
 *
 * const entry: SpendingEntry = { id: "pc-001", lineId: "budget-i-1", amount: "15.000.000", on: "2017-08-20" };
 * ```
 * @category Money
 */
export interface SpendingEntry {
  /** The budget line spent against. */
  readonly lineId: string;
  /** How much, as `vnd()` or `parseVnd` read it ("15.000.000 đồng" too); a negative amount is a refund. */
  readonly amount: VndInput;
  /** When: an ISO date, or an instant (counted on its date in Vietnam). With `asOf`, later entries are not counted. */
  readonly on?: IsoDate | string | Date | undefined;
  /** The entry's own id (a voucher number): a second entry with the same id is rejected. */
  readonly id?: string | undefined;
}

/**
 * What one source pays of a line, and what was spent of its part.
 *
 * @example
 * ```ts
 * import type { LinePartExecution } from "cong-doan-ke-hoach";
 *
 * const left = (part: LinePartExecution) => part.budgeted.subtract(part.spent);
 * ```
 * @category Money
 */
export interface LinePartExecution {
  readonly fundingSourceId: string;
  /** Whether the source is one of the plan's own. */
  readonly own: boolean;
  /** The source's part of the line's amount. */
  readonly budgeted: Vnd;
  /**
   * The source's part of what was spent on the line: the spending split between the parts in proportion
   * to their amounts, by the largest-remainder rule (so the parts' spending adds up to the line's).
   */
  readonly spent: Vnd;
}

/**
 * One line's execution.
 *
 * @example
 * ```ts
 * import type { LineExecution } from "cong-doan-ke-hoach";
 *
 * const isOver = (line: LineExecution) => line.over;
 * ```
 * @category Money
 */
export interface LineExecution {
  readonly lineId: string;
  readonly path: readonly (string | number)[];
  /** Who pays the line (the first source, for a line split between several). */
  readonly fundingSourceId: string;
  /** Whether the plan's own sources pay it, in whole or in part (then their parts count in `total`). */
  readonly own: boolean;
  /** The line's amount (stated, or computed: see `summarizeBudget`); zero when it has none. */
  readonly budgeted: Vnd;
  readonly spent: Vnd;
  /** `budgeted − spent`; negative when over budget. */
  readonly remaining: Vnd;
  /** `spent` as a percentage of `budgeted` (one decimal, half-even), or `null` when nothing is budgeted. */
  readonly percent: string | null;
  /** Whether more was spent than budgeted. */
  readonly over: boolean;
  /**
   * Who pays what: one part for a line paid by one source, one per source for a line split between
   * several; their `budgeted` and their `spent` add up to the line's. A line without an amount has one
   * part, for `fundingSourceId`, with all its spending.
   */
  readonly parts: readonly LinePartExecution[];
}

/**
 * An entry that was not counted, and why.
 *
 * @example
 * ```ts
 * import type { RejectedSpending } from "cong-doan-ke-hoach";
 *
 * const why = (r: RejectedSpending) => r.reason;
 * ```
 * @category Money
 */
export interface RejectedSpending {
  /** The position of the entry in the input. */
  readonly index: number;
  readonly reason: "unknown_line" | "invalid_amount" | "invalid_date" | "duplicate_id" | "after_as_of" | "malformed";
  /** The entry as given. */
  readonly entry: unknown;
}

/**
 * The result of {@link budgetExecution}.
 *
 * @example
 * ```ts
 * import type { BudgetExecutionResult } from "cong-doan-ke-hoach";
 *
 * const spentSoFar = (r: BudgetExecutionResult) => r.total.spent.toString();
 * ```
 * @category Money
 */
export interface BudgetExecutionResult {
  /** Every budget line, in document order. */
  readonly lines: readonly LineExecution[];
  /** Totals over the plan's own money (the own parts of the lines), as `summarizeBudget`'s `total`. */
  readonly total: { readonly budgeted: Vnd; readonly spent: Vnd; readonly remaining: Vnd; readonly percent: string | null };
  /** `over_budget` warnings, one per line spent beyond its amount; `spent_without_budget` (info) for spending on a line with no figure (paid by another funder). */
  readonly findings: readonly Finding[];
  /** Entries that were not counted. */
  readonly rejected: readonly RejectedSpending[];
}

/**
 * Options of {@link budgetExecution}.
 *
 * @example
 * ```ts
 * import type { BudgetExecutionOptions } from "cong-doan-ke-hoach";
 *
 * const options: BudgetExecutionOptions = { asOf: "2017-12-31" };
 * ```
 * @category Money
 */
export interface BudgetExecutionOptions {
  /** Count only entries on or before this day (entries without a date always count). */
  readonly asOf?: IsoDate | undefined;
}

/**
 * How a budget is being spent: for every line, what was budgeted, spent and remains, and the percentage
 * spent; a finding for each line over budget. Entries against unknown lines, with bad amounts or dates,
 * repeated ids or after `asOf` are listed in `rejected` with a reason, never counted, never a crash.
 *
 * A line's amount is the one `summarizeBudget` reads (stated, or computed from its rate, its share or its
 * funding entries). A line split between sources has a part per source; what was spent on it is split
 * between the parts in proportion to their amounts, by the largest-remainder rule, and the totals count
 * the plan's own parts (see {@link BudgetPlan} for which sources are the plan's own).
 *
 * @param plan - a plan, or anything with its budget and funding sources ({@link BudgetPlan}).
 * @param spending - the entries, from an array or any iterable (consumed once).
 * @param options - `asOf`, to count only what was spent by a day.
 * @returns the execution, frozen.
 * @throws {@link PlanError} `invalid_date` at `["asOf"]`, `invalid_type` at `["spending"]` for what is not
 *   an iterable; for a budget of the wrong shape, a bad amount, quantity or percentage, at its path.
 * @example
 * ```ts
 * import { budgetExecution, vnd, type BudgetPlan } from "cong-doan-ke-hoach";
 *
 * declare const plan: BudgetPlan; // the reference plan
 * const result = budgetExecution(plan, [{ lineId: "budget-i-1", amount: 32_000_000 }]);
 * result.findings[0]?.code; //=> "over_budget"
 *
 * const shared: BudgetPlan = {
 *   header: { issuerId: "tld" },
 *   funding: { sources: [
 *     { id: "tld", kind: "union-budget", name: "Quỹ TLĐ", funderUnitIds: ["tld"] },
 *     { id: "tinh", kind: "state-budget", name: "Ngân sách tỉnh", funderUnitIds: ["ubnd-tinh"] },
 *   ] },
 *   budget: { title: "Dự trù", sections: [{ id: "s", title: "Hội nghị", lines: [
 *     { id: "hn", title: "Hội nghị", amount: vnd(100_000_000), fundingSourceId: "tld",
 *       funding: [{ sourceId: "tld", percent: 70 }, { sourceId: "tinh", percent: 30 }], leadUnitIds: [], coordinatingUnitIds: [] },
 *   ] }] },
 * };
 * const split = budgetExecution(shared, [{ lineId: "hn", amount: 10_000_000 }]);
 * split.lines[0]?.parts.map((p) => [p.fundingSourceId, p.spent.toString()]); //=> [["tld", "7000000"], ["tinh", "3000000"]]
 * split.total.spent.toString(); //=> "7000000"
 * ```
 * @category Money
 */
export function budgetExecution(
  plan: BudgetPlan,
  spending: Iterable<SpendingEntry>,
  options: BudgetExecutionOptions = {},
): BudgetExecutionResult {
  const asOf = options?.asOf;
  if (asOf !== undefined && !isIsoDate(asOf)) throw new PlanError([newIssue(INVALID_DATE, ["asOf"], { value: asOf })]);
  if (spending === null || typeof (spending as Iterable<unknown>)?.[Symbol.iterator] !== "function") {
    throw new PlanError([newIssue(INVALID_TYPE, ["spending"], { expected: "iterable", received: kindOf(spending) })]);
  }
  const { lines, isOwn } = resolveLines(plan);
  const spent = new Map<string, bigint>(lines.map((l) => [l.line.id, 0n]));
  const rejected: RejectedSpending[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const entry of spending) {
    const i = index++;
    const reject = (reason: RejectedSpending["reason"]) => rejected.push(Object.freeze({ index: i, reason, entry }));
    if (entry === null || typeof entry !== "object") {
      reject("malformed");
      continue;
    }
    if (typeof entry.lineId !== "string" || !spent.has(entry.lineId)) {
      reject("unknown_line");
      continue;
    }
    if (entry.id !== undefined && typeof entry.id !== "string") {
      reject("malformed");
      continue;
    }
    const amount = amountOf(entry.amount);
    if (amount === undefined) {
      reject("invalid_amount");
      continue;
    }
    const on = entry.on === undefined ? undefined : dateOf(entry.on);
    if (on === null) {
      reject("invalid_date");
      continue;
    }
    if (asOf !== undefined && on !== undefined && on > asOf) {
      reject("after_as_of");
      continue;
    }
    if (entry.id !== undefined) {
      if (seen.has(entry.id)) {
        reject("duplicate_id");
        continue;
      }
      seen.add(entry.id);
    }
    spent.set(entry.lineId, spent.get(entry.lineId)! + amount);
  }

  const findings: Finding[] = [];
  let totalBudgeted = 0n;
  let totalSpent = 0n;
  const executions = lines.map(({ line, amount, path, parts, own }) => {
    const budgeted = amount ?? 0n;
    const lineSpent = spent.get(line.id) ?? 0n;
    const partSpent = splitSpending(lineSpent, parts);
    const partExecutions = (parts ?? [{ sourceId: line.fundingSourceId, amount: 0n }]).map((part, i) => {
      const mine = isOwn(part.sourceId);
      if (mine) {
        totalBudgeted += part.amount;
        totalSpent += partSpent[i]!;
      }
      return Object.freeze({ fundingSourceId: part.sourceId, own: mine, budgeted: Vnd.fromBigInt(part.amount), spent: Vnd.fromBigInt(partSpent[i]!) });
    });
    const over = amount !== undefined && lineSpent > budgeted;
    if (amount === undefined && lineSpent !== 0n) {
      findings.push(budgetFinding("spent_without_budget", "info", path, { spent: lineSpent, title: line.title }, { spent: lineSpent.toString() }));
    }
    if (over) {
      findings.push(
        budgetFinding("over_budget", "warning", path, { spent: lineSpent, budgeted }, {
          budgeted: budgeted.toString(),
          spent: lineSpent.toString(),
          over: (lineSpent - budgeted).toString(),
        }),
      );
    }
    return Object.freeze({
      lineId: line.id,
      path: Object.freeze([...path]),
      fundingSourceId: line.fundingSourceId,
      own,
      budgeted: Vnd.fromBigInt(budgeted),
      spent: Vnd.fromBigInt(lineSpent),
      remaining: Vnd.fromBigInt(budgeted - lineSpent),
      percent: budgeted === 0n ? null : percentOf(lineSpent, budgeted),
      over,
      parts: Object.freeze(partExecutions),
    });
  });
  return Object.freeze({
    lines: Object.freeze(executions),
    total: Object.freeze({
      budgeted: Vnd.fromBigInt(totalBudgeted),
      spent: Vnd.fromBigInt(totalSpent),
      remaining: Vnd.fromBigInt(totalBudgeted - totalSpent),
      percent: totalBudgeted === 0n ? null : percentOf(totalSpent, totalBudgeted),
    }),
    findings: Object.freeze(findings),
    rejected: Object.freeze(rejected),
  });
}

/**
 * What was spent on a line, split between its parts in proportion to their amounts (largest remainder);
 * all of it to the one part of a line without parts, or whose parts are all zero.
 */
function splitSpending(spent: bigint, parts: readonly { readonly amount: bigint }[] | undefined): bigint[] {
  if (parts === undefined || parts.length <= 1) return [spent];
  const weights = parts.map((p) => (p.amount < 0n ? -p.amount : p.amount));
  if (weights.every((w) => w === 0n)) return parts.map((_, i) => (i === 0 ? spent : 0n));
  return allocateBigInt(spent, weights);
}

function amountOf(value: unknown): bigint | undefined {
  try {
    return vnd(value as VndInput).toBigInt();
  } catch {
    if (typeof value !== "string") return undefined;
    const parsed = safeParseVnd(value);
    return parsed.success ? parsed.data.toBigInt() : undefined;
  }
}

/** The entry's date in Vietnam; null when it cannot be read. */
function dateOf(value: unknown): IsoDate | null {
  if (typeof value !== "string" && !(value instanceof Date)) return null;
  try {
    return toVietnamDate(value);
  } catch {
    return null;
  }
}
