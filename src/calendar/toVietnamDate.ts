import { INVALID_DATE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError } from "../errors/PlanError.js";
import { fromDay } from "./_lib/days.js";
import { parseInstant } from "./_lib/instant.js";
import { isDateText, type IsoDate } from "./isoDate.js";

const MS_PER_DAY = 86_400_000;
/** Vietnam's offset from UTC: +07:00 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function invalid(value: unknown, detail?: readonly [string, string]): PlanError {
  return new PlanError([newIssue(INVALID_DATE, [], { value, ...(detail ? { detail: detail[0], detailVi: detail[1] } : {}) })]);
}

const NEEDS_OFFSET = ["an instant needs Z or an offset such as +07:00", "thời điểm cần Z hoặc múi giờ như +07:00"] as const;
const OUT_OF_RANGE = ["the date is outside the years 0001–9999", "ngày nằm ngoài các năm 0001–9999"] as const;

/** The ISO date of a day number, checked to be within years 0001–9999. */
function dayToDate(value: unknown, day: number): IsoDate {
  const date = fromDay(day);
  if (!isDateText(date)) throw invalid(value, OUT_OF_RANGE);
  return date;
}

/**
 * The calendar date in Vietnam (UTC+07:00) of an instant. A date-only string is checked and returned as it
 * is. Results never depend on the host's time zone: `2017-07-02T17:30:00Z` is 3 July 2017 everywhere.
 *
 * @param value - an ISO 8601 instant with `Z` or an offset (`"2017-07-02T17:30:00Z"`,
 *   `"2017-07-03T00:30+07:00"`), a date `"2017-07-03"`, or a JS `Date`.
 * @returns the ISO calendar date in Vietnam.
 * @throws {@link PlanError} `invalid_date` for anything else: a date-time without an offset (its day is
 *   ambiguous), an invalid `Date`, a day that does not exist (`"2017-02-30T10:00Z"`), a non-string.
 * @example
 * ```ts
 * import { toVietnamDate } from "cong-doan-ke-hoach";
 *
 * toVietnamDate("2017-07-02T17:30:00Z"); //=> "2017-07-03"
 * toVietnamDate("2017-07-02T16:59:59Z"); //=> "2017-07-02"
 * toVietnamDate(new Date(Date.UTC(2017, 6, 2, 17, 30))); //=> "2017-07-03"
 * toVietnamDate("2017-08-01"); //=> "2017-08-01"
 * ```
 * @category Calendar
 */
export function toVietnamDate(value: string | Date): IsoDate {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw invalid(value);
    return dayToDate(value, Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY));
  }
  if (typeof value !== "string") throw invalid(value);
  const text = value.trim();
  if (text.length <= 10) {
    if (isDateText(text)) return text;
    throw invalid(value);
  }
  const ms = parseInstant(text);
  if (ms === undefined) throw invalid(value, /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?$/.test(text) ? NEEDS_OFFSET : undefined);
  return dayToDate(value, Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}
