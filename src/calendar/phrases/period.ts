/**
 * What the endpoint parsers return: a period as written, before a missing year is filled in, and the
 * arithmetic that turns it into a window.
 *
 * @internal
 * @packageDocumentation
 */
import { dayOf, isoWeekday, pad } from "../_lib/days.js";
import { daysInMonth, type IsoDate } from "../isoDate.js";
import { AT, fail, quiet, rawSpan, type Cursor } from "./cursor.js";

/** A window as a pair of ISO dates, both included. @internal */
export type Win = readonly [start: IsoDate, end: IsoDate];

/**
 * A period read from the text. `k`: `d` a day, `m` a month (or several), `q` a quarter (or several),
 * `y` a year, `p` a part of a month or year, `o` an observance, `s` a span of years or a term, `n` the
 * reference date ("nay"), `l` a lunar date.
 *
 * @internal
 */
export interface Period {
  readonly k: "d" | "m" | "q" | "y" | "p" | "o" | "s" | "n" | "l";
  /** Tokens `t0` to `t1` (excluded). */
  readonly t0: number;
  readonly t1: number;
  /** The year as written. */
  readonly y?: number | undefined;
  /** A day: its day and month as written, the token of the day number, and the weekday written with it (1 Monday … 7 Sunday) and its token. */
  readonly d?: number;
  readonly mo?: number | undefined;
  readonly dt?: number;
  readonly wd?: number | undefined;
  readonly wdt?: number;
  /** The window in a given year (every kind but days and fixed windows). */
  readonly w?: (year: number) => Win;
  /** A window that needs no year (a term, "nay"). */
  readonly fixed?: Win;
  /** Several months or quarters, a part of a year, a term, an observance: not an end of a range. */
  readonly multi?: boolean;
  /** Written as a span with a dash ("tháng 7-9/2017"): "từ" needs no "đến". */
  readonly dash?: boolean;
  /** Written without its word ("25/11", "T7"): it takes no year from the reference date. */
  readonly bare?: boolean;
}

/** `YYYY-MM-DD`. @internal */
export const iso = (y: number, m: number, d: number): IsoDate => `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;

/** Months `a` to `b` of year `y`. @internal */
export const monthSpan = (y: number, a: number, b: number): Win => [iso(y, a, 1), iso(y, b, daysInMonth(y, b))];

/** Days `a` to `b` (capped at the month's last day) of month `m`. @internal */
export const daySpan = (y: number, m: number, a: number, b: number): Win => [iso(y, m, a), iso(y, m, Math.min(b, daysInMonth(y, m)))];

/** The year of the reference date. @internal */
export const refYear = (c: Cursor): number | undefined => (c.ref === undefined ? undefined : Number(c.ref.slice(0, 4)));

const WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** Vietnamese weekday names, 1 Monday (thứ hai) … 7 Sunday (chủ nhật). @internal */
export const WEEKDAYS_VI = ["", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"];

/** "; a reference date is needed" for messages about a missing year. @internal */
export const NEEDS_REF = [
  ": pass options.referenceDate (the plan's date, ngày ban hành kế hoạch) to read a phrase without a year",
  ": cần ngày tham chiếu (ngày ban hành kế hoạch) để đọc cách ghi không có năm",
] as const;

/** Problem "… needs a reference date" at token `at` when there is none. @internal */
export function needRef(c: Cursor, at: number, to: number): number {
  const y = refYear(c);
  if (y !== undefined) return y;
  quiet(c);
  const text = rawSpan(c, at, to);
  return fail(c, at, `"${text}" ${AT} is relative${NEEDS_REF[0]}`, `"${text}" ${AT} là cách ghi tương đối${NEEDS_REF[1]}`);
}

/** The window of a period: fills in its year (from the reference date when it has none) and checks its day. @internal */
export function complete(c: Cursor, p: Period): Win {
  if (p.fixed !== undefined) return p.fixed;
  if (p.k === "d" && p.mo === undefined) {
    quiet(c);
    const text = rawSpan(c, p.t0, p.t1);
    fail(c, p.t0, `"${text}" ${AT} has no month`, `"${text}" ${AT} thiếu tháng`);
  }
  let y = p.y;
  if (y === undefined) {
    y = p.bare ? undefined : refYear(c);
    if (y === undefined) {
      quiet(c);
      const text = rawSpan(c, p.t0, p.t1);
      const [en, vi] = p.bare ? ["", ""] : NEEDS_REF;
      fail(c, p.t0, `"${text}" ${AT} has no year${en}`, `"${text}" ${AT} thiếu năm${vi}`);
    }
  }
  if (p.k !== "d") return p.w!(y);
  const d = p.d!;
  const m = p.mo!;
  const limit = daysInMonth(y, m);
  if (d > limit) {
    fail(c, p.dt!, `day ${d}/${m}/${y} does not exist ${AT}: the month has ${limit} days`, `ngày ${d}/${m}/${y} không tồn tại ${AT}: tháng này có ${limit} ngày`, true);
  }
  const actual = isoWeekday(dayOf(y, m, d));
  if (p.wd !== undefined && p.wd !== actual) {
    const said = WEEKDAYS_VI[p.wd];
    fail(
      c,
      p.wdt!,
      `${d}/${m}/${y} is a ${WEEKDAYS[actual]} (${WEEKDAYS_VI[actual]}), not ${said} ${AT}`,
      `ngày ${d}/${m}/${y} là ${WEEKDAYS_VI[actual]}, không phải ${said} ${AT}`,
      true,
    );
  }
  const date = iso(y, m, d);
  return [date, date];
}

/** The left end of a range takes what the right end says and it leaves out: its year, for a day its month too. @internal */
export function inherit(left: Period, right: Period): Period {
  if (left.fixed !== undefined || left.k === "y" || left.y !== undefined || right.k === "y" || right.k === "n") return left;
  if (left.k === "d" && left.mo === undefined) return right.k === "d" && right.mo !== undefined ? { ...left, mo: right.mo, y: right.y } : left;
  return right.y === undefined ? left : { ...left, y: right.y };
}
