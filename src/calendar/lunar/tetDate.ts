import { PlanError } from "../../errors/PlanError.js";
import { fromDay } from "../_lib/days.js";
import type { IsoDate } from "../isoDate.js";
import { yearIssue } from "./_lib/issues.js";
import { FIRST_YEAR, tetDays } from "./_lib/years.js";

/**
 * The solar date of Tết Nguyên đán, the lunar new year (mùng 1 tháng Giêng), of a lunar year in Vietnam.
 *
 * @param year - the lunar year, 1900 to 2199, numbered by the solar year in which its Tết falls.
 * @returns the solar date of its first day, between 21 January and 20 February.
 * @throws {@link PlanError} at path `[]`: `invalid_type` for a non-integer, `too_small` / `too_big` outside
 *   1900–2199.
 * @example
 * ```ts
 * import { tetDate } from "cong-doan-ke-hoach";
 *
 * tetDate(2026); //=> "2026-02-17"
 * tetDate(1985); //=> "1985-01-21"
 * ```
 * @category Calendar
 */
export function tetDate(year: number): IsoDate {
  const issue = yearIssue(year, []);
  if (issue !== undefined) throw new PlanError([issue]);
  return fromDay(tetDays()[year - FIRST_YEAR] ?? 0);
}
