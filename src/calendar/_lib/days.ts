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

/** The day number of a year, month (1–12) and day. @internal */
export function dayOf(year: number, month: number, day: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 0–99 as they are
  return Math.floor(utc.getTime() / MS_PER_DAY);
}

/** The ISO date of a day number. @internal */
export function fromDay(day: number): IsoDate {
  const date = new Date(day * MS_PER_DAY);
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Year, month (1–12) and day of a day number. @internal */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
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
