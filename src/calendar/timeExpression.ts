import type { IsoDate } from "./isoDate.js";
import type { Window } from "./window.js";

/**
 * How often a recurring time comes back: every day, week, month, quarter, half-year (6 months) or year.
 *
 * @example
 * ```ts
 * import type { Recurrence } from "cong-doan-ke-hoach";
 *
 * const monthly: Recurrence = "month";
 * ```
 * @category Calendar
 */
export type Recurrence = "day" | "week" | "month" | "quarter" | "half-year" | "year";

/**
 * The day a recurring time falls due: `{ day: 5 }` is the 5th of every month ("trước ngày 05 hằng
 * tháng"), `{ month: 12, day: 15 }` the 15th of December every year ("trước ngày 15/12 hằng năm").
 *
 * @example
 * ```ts
 * import type { RecurringDue } from "cong-doan-ke-hoach";
 *
 * const fifth: RecurringDue = { day: 5 };
 * ```
 * @category Calendar
 */
export interface RecurringDue {
  /** The month, for a yearly recurrence. */
  readonly month?: number;
  /** The day of the month. */
  readonly day: number;
}

/**
 * What a Vietnamese time expression says, read by {@link parseTimeExpression}:
 *
 * - `window`: a span of days ("Quý III/2017", "từ tháng 7/2017 đến tháng 5/2018");
 * - `deadline`: a day something is due by, or an as-of date ("trước ngày 15/4/2018", "đến 31/12/2025");
 * - `open`: a start with no end ("Từ năm 2025 trở đi", "từ tháng 7/2017");
 * - `recurring`: a time that comes back ("hằng tháng", "định kỳ 6 tháng", "trước ngày 05 hằng tháng");
 * - `continuous`: all the time ("thường xuyên", "liên tục").
 *
 * @example
 * ```ts
 * import { parseTimeExpression, type TimeExpression } from "cong-doan-ke-hoach";
 *
 * const e: TimeExpression = parseTimeExpression("hằng tháng");
 * if (e.kind === "recurring") console.log(e.every);
 * //=> "month"
 * ```
 * @category Calendar
 */
export type TimeExpression =
  | { readonly kind: "window"; readonly window: Window }
  | { readonly kind: "deadline"; readonly due: IsoDate }
  | { readonly kind: "open"; readonly start: IsoDate }
  | { readonly kind: "recurring"; readonly every: Recurrence; readonly due?: RecurringDue }
  | { readonly kind: "continuous" };
