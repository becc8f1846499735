import { splitWindow } from "../calendar/splitWindow.js";
import type { YearMonth } from "../calendar/isoDate.js";
import type { Window } from "../calendar/window.js";
import { allocate } from "./allocate.js";
import type { Vnd, VndInput } from "./vnd.js";

/**
 * One month's part of a spread amount.
 *
 * @example
 * ```ts
 * import { vnd, type MonthAmount } from "cong-doan-ke-hoach";
 *
 * const part: MonthAmount = { month: "2017-08", amount: vnd(15_000_000) };
 * ```
 * @category Money
 */
export interface MonthAmount {
  /** `"YYYY-MM"`. */
  readonly month: YearMonth;
  /** The part of the amount for that month. */
  readonly amount: Vnd;
}

/**
 * Spreads an amount over the months of a window in proportion to the window's days in each month, with
 * {@link allocate}: the parts add up to the amount exactly.
 *
 * @param amount - the amount.
 * @param window - the window (the line's "Thời gian thực hiện").
 * @returns one entry per month the window touches, in order, frozen.
 * @throws {@link PlanError} for a bad amount or window.
 * @example
 * ```ts
 * import { spreadOverMonths } from "cong-doan-ke-hoach";
 *
 * spreadOverMonths(30_000_000, { start: "2017-08-01", end: "2017-09-30" }).map((m) => [m.month, m.amount.toString()]);
 * //=> [["2017-08", "15245902"], ["2017-09", "14754098"]]
 * ```
 * @category Money
 */
export function spreadOverMonths(amount: VndInput, window: Window): readonly MonthAmount[] {
  const months = splitWindow(window, "month");
  const parts = allocate(amount, months.map((m) => m.days));
  return Object.freeze(months.map((m, i) => Object.freeze({ month: m.key, amount: parts[i]! })));
}
