/**
 * Reading the packed table of lunar years (table.ts). A year's code holds its month lengths and its leap
 * month; the days of Tết are summed once, on first use.
 *
 * @internal
 */
import { FIRST_TET, FIRST_YEAR, LAST_YEAR, YEAR_CODES } from "./table.js";

export { FIRST_YEAR, LAST_YEAR };

let tets: Int32Array | undefined;

/** The 17-bit code of a lunar year of the table: month lengths in bits 0–12, the leap month in bits 13–16. @internal */
export function codeOf(year: number): number {
  const i = (year - FIRST_YEAR) * 3;
  return (YEAR_CODES.charCodeAt(i) - 48) | ((YEAR_CODES.charCodeAt(i + 1) - 48) << 6) | ((YEAR_CODES.charCodeAt(i + 2) - 48) << 12);
}

/** The leap month of a year's code, 0 when it has none. @internal */
export const leapMonthOf = (code: number): number => code >> 13;

/** The number of months (12 or 13) of a year's code. @internal */
export const monthCountOf = (code: number): number => (code >> 13 ? 13 : 12);

/** The length (29 or 30) of the month at `index` (0-based, leap month included) of a year's code. @internal */
export const daysOf = (code: number, index: number): number => 29 + ((code >> index) & 1);

/**
 * The day numbers (days since 1970-01-01) of Tết of each lunar year FIRST_YEAR..LAST_YEAR + 1: entry
 * `year - FIRST_YEAR`. The last entry is the day after the table ends.
 *
 * @internal
 */
export function tetDays(): Int32Array {
  if (tets === undefined) {
    const days = new Int32Array(LAST_YEAR - FIRST_YEAR + 2);
    days[0] = FIRST_TET;
    for (let i = 1; i < days.length; i += 1) {
      const code = codeOf(FIRST_YEAR + i - 1);
      let length = 0;
      for (let m = monthCountOf(code) - 1; m >= 0; m -= 1) length += daysOf(code, m);
      days[i] = (days[i - 1] ?? 0) + length;
    }
    tets = days;
  }
  return tets;
}

/** The index (0-based, leap month included) of a month in its year: `leap` only for the leap month. @internal */
export function monthIndex(code: number, month: number, leap: boolean): number {
  const leapMonth = leapMonthOf(code);
  return month - 1 + (leapMonth !== 0 && (month > leapMonth || (leap && month === leapMonth)) ? 1 : 0);
}
