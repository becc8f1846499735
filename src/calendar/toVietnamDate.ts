import { PlanError } from "../errors/PlanError.js";
import { makeIssue } from "../errors/messages.js";
import { fromDay } from "./_lib/days.js";
import { isIsoDate, type IsoDate } from "./isoDate.js";

const MS_PER_DAY = 86_400_000;
/** Vietnam's offset from UTC: +07:00 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

function invalid(value: unknown): PlanError {
  const shown = typeof value === "string" ? value : value instanceof Date ? "Invalid Date" : `(${typeof value})`;
  return new PlanError([makeIssue("invalid_date", [], { value: shown })]);
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
    return fromDay(Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY));
  }
  if (typeof value !== "string") throw invalid(value);
  const text = value.trim();
  if (text.length <= 10) {
    if (isIsoDate(text)) return text;
    throw invalid(value);
  }
  const match = INSTANT.exec(text);
  if (match === null) throw invalid(value);
  const [, y, mo, d, h, mi, s = "0", frac = "0", zulu, sign, oh = "0", om = "0"] = match;
  if (!isIsoDate(`${y}-${mo}-${d}`) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(oh) > 23 || Number(om) > 59) {
    throw invalid(value);
  }
  const offsetMs = zulu ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  const utc = new Date(0);
  utc.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  utc.setUTCHours(Number(h), Number(mi), Number(s), Math.floor(Number(`0.${frac}`) * 1000));
  return fromDay(Math.floor((utc.getTime() - offsetMs + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}
