import { INVALID_DATE } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { PlanError } from "../../errors/PlanError.js";
import { fromDay, toDay } from "../_lib/days.js";
import { isDateText, type IsoDate } from "../isoDate.js";
import { nameOf } from "./_lib/names.js";
import { codeOf, daysOf, FIRST_YEAR, LAST_YEAR, leapMonthOf, tetDays } from "./_lib/years.js";

/**
 * A day of the Vietnamese lunisolar calendar (âm lịch): day `day` of month `month` of the lunar year `year`.
 * The lunar year is numbered by the solar year in which it begins, at Tết: the lunar year 2025 (Ất Tỵ) runs
 * from 2025-01-29 to 2026-02-16.
 *
 * @example
 * ```ts
 * import type { LunarDate } from "cong-doan-ke-hoach";
 *
 * const tet: LunarDate = { year: 2026, month: 1, day: 1, leap: false, yearName: "Bính Ngọ" };
 * ```
 * @category Calendar
 */
export interface LunarDate {
  /** The lunar year, numbered by the solar year in which its Tết falls. */
  readonly year: number;
  /** The month, 1 (tháng Giêng) to 12 (tháng Chạp). */
  readonly month: number;
  /** The day of the month, 1 (mùng 1) to 29 or 30. */
  readonly day: number;
  /** Whether the month is the leap month (tháng nhuận) that repeats the number of the month before it. */
  readonly leap: boolean;
  /** The can chi name of the lunar year, such as `"Bính Ngọ"` (see {@link lunarYearName}). */
  readonly yearName: string;
}

/**
 * The Vietnamese lunar date (âm lịch) of a solar date. The calendar is the astronomical lunisolar
 * calendar kept at UTC+07:00: months begin on the day of the new moon in Vietnam, the winter solstice falls
 * in month 11, and a 13-month year repeats its first month without a principal solar term as the leap month.
 * It differs from the Chinese calendar (kept at UTC+08:00) in some years: Tết 1985 fell on 1985-01-21 in
 * Vietnam and on 1985-02-20 in China, Tết 2007 on 2007-02-17 and 2007-02-18.
 *
 * @param date - a solar (Gregorian) date `"YYYY-MM-DD"` from 1900-01-31 (Tết Canh Tý 1900) to 2200-02-14
 *   (the last day of the lunar year 2199). For an instant or a JS `Date`, take its day in Vietnam with
 *   {@link toVietnamDate} first.
 * @returns the lunar date, frozen.
 * @throws {@link PlanError} `invalid_date` for anything that is not an ISO date (path `[]`) and for a date
 *   outside the lunar years 1900–2199.
 * @example
 * ```ts
 * import { solarToLunar } from "cong-doan-ke-hoach";
 *
 * solarToLunar("2026-02-17"); //=> { year: 2026, month: 1, day: 1, leap: false, yearName: "Bính Ngọ" }
 * solarToLunar("2026-02-16"); //=> { year: 2025, month: 12, day: 29, leap: false, yearName: "Ất Tỵ" }
 * solarToLunar("2025-07-25"); //=> { year: 2025, month: 6, day: 1, leap: true, yearName: "Ất Tỵ" }
 * ```
 * @category Calendar
 */
export function solarToLunar(date: IsoDate): LunarDate {
  if (!isDateText(date)) {
    throw new PlanError([newIssue(INVALID_DATE, [], { value: date })]);
  }
  const day = toDay(date);
  const tets = tetDays();
  const last = tets.length - 1;
  if (day < (tets[0] ?? 0) || day >= (tets[last] ?? 0)) {
    throw new PlanError([
      newIssue(INVALID_DATE, [], {
        value: date,
        detail: `the lunar calendar covers ${fromDay(tets[0] ?? 0)} to ${fromDay((tets[last] ?? 0) - 1)} (the lunar years ${FIRST_YEAR}–${LAST_YEAR})`,
        detailVi: `âm lịch chỉ tính từ ${fromDay(tets[0] ?? 0)} đến ${fromDay((tets[last] ?? 0) - 1)} (các năm âm lịch ${FIRST_YEAR}–${LAST_YEAR})`,
      }),
    ]);
  }
  // Tết falls in January or February: the lunar year is the solar year or the one before.
  let index = Number(date.slice(0, 4)) - FIRST_YEAR;
  if (day < (tets[index] ?? Infinity)) index -= 1;
  const year = FIRST_YEAR + index;
  const code = codeOf(year);
  let offset = day - (tets[index] ?? 0);
  let i = 0;
  while (offset >= daysOf(code, i)) offset -= daysOf(code, i++);
  const leapMonth = leapMonthOf(code);
  return Object.freeze({
    year,
    month: leapMonth !== 0 && i >= leapMonth ? i : i + 1,
    day: offset + 1,
    leap: leapMonth !== 0 && i === leapMonth,
    yearName: nameOf(year),
  });
}
