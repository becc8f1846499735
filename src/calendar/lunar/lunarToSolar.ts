import { INVALID_LUNAR_DATE, INVALID_TYPE, MISSING } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import { fromDay } from "../_lib/days.js";
import type { IsoDate } from "../isoDate.js";
import { integerIssue, kindOf, yearIssue } from "./_lib/issues.js";
import { nameOf } from "./_lib/names.js";
import { codeOf, daysOf, FIRST_YEAR, leapMonthOf, monthIndex, tetDays } from "./_lib/years.js";

/**
 * A lunar date to convert with {@link lunarToSolar}: a {@link LunarDate} without its `yearName`, or with it.
 *
 * @example
 * ```ts
 * import type { LunarDateInput } from "cong-doan-ke-hoach";
 *
 * const ram: LunarDateInput = { year: 2026, month: 1, day: 15 };
 * ```
 * @category Calendar
 */
export interface LunarDateInput {
  /** The lunar year, 1900 to 2199, numbered by the solar year in which its Tết falls. */
  readonly year: number;
  /** The month, 1 (tháng Giêng) to 12 (tháng Chạp). */
  readonly month: number;
  /** The day, 1 (mùng 1) to 29 or 30 (the length of the month). */
  readonly day: number;
  /** `true` for the leap month (tháng nhuận) of that number; `false` or left out for the ordinary month. */
  readonly leap?: boolean;
  /** Ignored: lets a {@link LunarDate} be passed back. */
  readonly yearName?: string;
}

const MONTHS_VI = ["Giêng", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "Chạp"];

/** "tháng Chạp", "tháng 6 nhuận": a month for a Vietnamese message. */
const monthVi = (month: number, leap: boolean): string => `tháng ${MONTHS_VI[month - 1] ?? month}${leap ? " nhuận" : ""}`;

/**
 * The solar date of a day of the Vietnamese lunar calendar (âm lịch, UTC+07:00), the inverse of
 * {@link solarToLunar}.
 *
 * @param date - the lunar year (1900–2199), month (1–12), day (1–30) and, for the leap month of a year
 *   that has one, `leap: true`. A {@link LunarDate} is accepted as it is.
 * @returns the solar date `"YYYY-MM-DD"`.
 * @throws {@link PlanError} listing every problem: `invalid_type` (path `[]`) for a non-object;
 *   `missing` / `invalid_type` at `["year"]`, `["month"]`, `["day"]` or `["leap"]` for an absent or
 *   non-integer field (a non-boolean `leap`); `too_small` / `too_big` at `["year"]` outside 1900–2199;
 *   `invalid_lunar_date` for a day that does not exist: a month outside 1–12 (`["month"]`), a day outside
 *   1–30 or day 30 of a 29-day month (`["day"]`), `leap: true` for a month that is not the leap month of
 *   that year (`["leap"]`).
 * @example
 * ```ts
 * import { lunarToSolar } from "cong-doan-ke-hoach";
 *
 * lunarToSolar({ year: 2026, month: 1, day: 1 }); //=> "2026-02-17"
 * lunarToSolar({ year: 2026, month: 1, day: 15 }); //=> "2026-03-03"
 * lunarToSolar({ year: 2025, month: 12, day: 29 }); //=> "2026-02-16"
 * lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }); //=> "2025-07-25"
 * ```
 * @category Calendar
 */
export function lunarToSolar(date: LunarDateInput): IsoDate {
  if (typeof date !== "object" || date === null || Array.isArray(date)) {
    throw new PlanError([newIssue(INVALID_TYPE, [], { expected: "object", received: kindOf(date) })]);
  }
  const { year, month, day, leap } = date;
  const issues: PlanIssue[] = [];
  const field = (value: unknown, key: string, check: (value: unknown, path: readonly string[]) => PlanIssue | undefined): void => {
    const issue = value === undefined ? newIssue(MISSING, [key], { expected: "integer" }) : check(value, [key]);
    if (issue !== undefined) issues.push(issue);
  };
  field(year, "year", yearIssue);
  field(month, "month", integerIssue);
  field(day, "day", integerIssue);
  if (leap !== undefined && typeof leap !== "boolean") issues.push(newIssue(INVALID_TYPE, ["leap"], { expected: "boolean", received: kindOf(leap) }));
  if (issues.length > 0) throw new PlanError(issues);

  const isLeap = leap === true;
  const value = `${day}/${month}/${year}`;
  const name = `${nameOf(year)} (${year})`;
  const notADay = (path: string, detail: string, detailVi: string): PlanError =>
    new PlanError([newIssue(INVALID_LUNAR_DATE, [path], { value, detail, detailVi })]);
  if (month < 1 || month > 12) throw notADay("month", "a lunar month is numbered 1 to 12", "tháng âm lịch đánh số từ 1 đến 12");
  if (day < 1 || day > 30) throw notADay("day", "a lunar month has 29 or 30 days", "tháng âm lịch có 29 hoặc 30 ngày");
  const code = codeOf(year);
  const leapMonth = leapMonthOf(code);
  if (isLeap && month !== leapMonth) {
    throw leapMonth === 0
      ? notADay("leap", `the lunar year ${name} has no leap month`, `năm ${name} không có tháng nhuận`)
      : notADay("leap", `the leap month of the lunar year ${name} is month ${leapMonth}`, `tháng nhuận của năm ${name} là ${monthVi(leapMonth, false)}`);
  }
  const index = monthIndex(code, month, isLeap);
  const length = daysOf(code, index);
  if (day > length) {
    throw notADay("day", `${isLeap ? "leap " : ""}month ${month} of the lunar year ${name} has ${length} days`, `${monthVi(month, isLeap)} năm ${name} có ${length} ngày`);
  }
  let result = (tetDays()[year - FIRST_YEAR] ?? 0) + day - 1;
  for (let i = 0; i < index; i += 1) result += daysOf(code, i);
  return fromDay(result);
}
