/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), by Date.UTC only: nothing here reads the
 * host's time zone, so results are the same everywhere.
 *
 * @internal
 */
import type { IsoDate } from "../isoDate.js";

const MS_PER_DAY = 86_400_000;

/** The day number of an ISO date that is known to be valid. @internal */
export function toDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return dayOf(y, m, d);
}

/** Day numbers that a JavaScript Date can hold: ±10^8 days (±8.64 × 10^15 ms) around 1970-01-01. */
const DATE_RANGE = 100_000_000;

/**
 * The day number of a whole year, month (1–12) and day, by integer arithmetic (the proleptic Gregorian
 * calendar, as `Date.UTC` counts it): a month or day beyond its range carries over, as `Date` does (month 13
 * is January of the next year, day 0 the last day of the month before), and a day that `Date` cannot hold
 * is `NaN`. @internal
 */
export function dayOf(year: number, month: number, day: number): number {
  const result = civilDay(year + Math.floor((month - 1) / 12), ((((month - 1) % 12) + 12) % 12) + 1, 1) + day - 1;
  return result >= -DATE_RANGE && result <= DATE_RANGE ? result : Number.NaN;
}

/** Days since 1970-01-01 of a year, month (1–12) and day of the month (Hinnant's days-from-civil). @internal */
export function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The ISO date of a day number. @internal */
export function fromDay(day: number): IsoDate {
  const { year, month, day: d } = partsOf(day);
  return `${year >= 1000 ? year : String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${d < 10 ? "0" : ""}${d}`;
}

/** Year, month (1–12) and day of a day number: by arithmetic (Hinnant's civil-from-days) for a whole day that Date can hold, else by Date. @internal */
export function partsOf(day: number): { year: number; month: number; day: number } {
  if (!Number.isInteger(day) || day < -DATE_RANGE || day > DATE_RANGE) {
    const date = new Date(day * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** ISO weekday of a day number: 1 Monday … 7 Sunday. 1970-01-01 was a Thursday. @internal */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-year and week number of a day number. @internal */
export function isoWeek(day: number): { year: number; week: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = day - isoWeekday(day) + 4;
  const year = partsOf(thursday).year;
  const week = Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Two-digit zero padding. @internal */
export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** How many periods of a kind the days `first` to `last` touch, without listing them. @internal */
export function periodCount(first: number, last: number, per: "day" | "week" | "month" | "quarter" | "half-year" | "year"): number {
  switch (per) {
    case "day":
      return last - first + 1;
    case "week":
      return (last - isoWeekday(last) - (first - isoWeekday(first))) / 7 + 1;
    default: {
      const a = partsOf(first);
      const b = partsOf(last);
      const months = per === "month" ? 1 : per === "quarter" ? 3 : per === "half-year" ? 6 : 12;
      return (b.year - a.year) * (12 / months) + (Math.floor((b.month - 1) / months) - Math.floor((a.month - 1) / months)) + 1;
    }
  }
}
