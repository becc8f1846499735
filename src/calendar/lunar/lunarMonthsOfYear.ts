import { PlanError } from "../../errors/PlanError.js";
import { fromDay } from "../_lib/days.js";
import type { IsoDate } from "../isoDate.js";
import { yearIssue } from "./_lib/issues.js";
import { codeOf, daysOf, FIRST_YEAR, leapMonthOf, monthCountOf, tetDays } from "./_lib/years.js";

/**
 * A month of the Vietnamese lunar calendar and the solar days it spans. It is a {@link Window}, so it can be
 * given to {@link splitWindow}, {@link eachDayOfWindow} and the other window functions.
 *
 * @example
 * ```ts
 * import type { LunarMonth } from "cong-doan-ke-hoach";
 *
 * const chap: LunarMonth = { year: 2025, month: 12, leap: false, start: "2026-01-19", end: "2026-02-16", days: 29 };
 * ```
 * @category Calendar
 */
export interface LunarMonth {
  /** The lunar year. */
  readonly year: number;
  /** The month, 1 (tháng Giêng) to 12 (tháng Chạp). */
  readonly month: number;
  /** Whether it is the leap month (tháng nhuận), which repeats the number of the month before it. */
  readonly leap: boolean;
  /** Its first day (mùng 1), the day of the new moon in Vietnam. */
  readonly start: IsoDate;
  /** Its last day. */
  readonly end: IsoDate;
  /** Its length: 29 (tháng thiếu) or 30 (tháng đủ) days. */
  readonly days: 29 | 30;
}

/**
 * The months of a lunar year in order, with the solar days each spans: 12 months, or 13 in a year with a
 * leap month (năm nhuận), the leap month right after the month whose number it repeats.
 *
 * @param year - the lunar year, 1900 to 2199.
 * @returns the months from tháng Giêng (its `start` is Tết) to tháng Chạp, frozen.
 * @throws {@link PlanError} at path `[]`: `invalid_type` for a non-integer, `too_small` / `too_big` outside
 *   1900–2199.
 * @example
 * ```ts
 * import { lunarMonthsOfYear } from "cong-doan-ke-hoach";
 *
 * const months = lunarMonthsOfYear(2025);
 * months.length; //=> 13
 * months.find((m) => m.leap); //=> { year: 2025, month: 6, leap: true, start: "2025-07-25", end: "2025-08-22", days: 29 }
 * months[12]; //=> { year: 2025, month: 12, leap: false, start: "2026-01-19", end: "2026-02-16", days: 29 }
 * ```
 * @category Calendar
 */
export function lunarMonthsOfYear(year: number): readonly LunarMonth[] {
  const issue = yearIssue(year, []);
  if (issue !== undefined) throw new PlanError([issue]);
  const code = codeOf(year);
  const leapMonth = leapMonthOf(code);
  const months: LunarMonth[] = [];
  let start = tetDays()[year - FIRST_YEAR] ?? 0;
  for (let i = 0; i < monthCountOf(code); i += 1) {
    const days = daysOf(code, i) as 29 | 30;
    const leap = leapMonth !== 0 && i === leapMonth;
    const month = leapMonth !== 0 && i >= leapMonth ? i : i + 1;
    months.push(Object.freeze({ year, month, leap, start: fromDay(start), end: fromDay(start + days - 1), days }));
    start += days;
  }
  return Object.freeze(months);
}
