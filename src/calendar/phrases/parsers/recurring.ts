/**
 * Recurring and continuous times: "hằng tháng", "hàng tháng", "mỗi quý", "định kỳ 6 tháng", "hằng năm",
 * "6 tháng một lần", with the day they fall due: "trước ngày 05 hằng tháng" (`due: { day: 5 }`),
 * "trước ngày 15/12 hằng năm" (`due: { month: 12, day: 15 }`), "hằng tháng, trước ngày 25"; and
 * "thường xuyên", "liên tục". Which period a report covers is the reporting duty's business, not the
 * phrase's.
 *
 * @internal
 * @packageDocumentation
 */
import { daysInMonth } from "../../isoDate.js";
import type { Recurrence, RecurringDue, TimeExpression } from "../../timeExpression.js";
import { AT, eat, fail, isK, isW, rawSpan, tok, type Cursor } from "../cursor.js";
import { own } from "../../../_lib/own.js";
import { month } from "../numbers.js";

const UNITS: Readonly<Record<string, Recurrence>> = { ngay: "day", tuan: "week", thang: "month", quy: "quarter", nam: "year" };
const MONTHS: Readonly<Record<string, Recurrence>> = { 1: "month", 3: "quarter", 6: "half-year", 12: "year" };

/** "tháng", "quý", "6 tháng", "nửa năm"; not when a number follows ("hàng năm 2025" is goods of 2025). */
function unit(c: Cursor): Recurrence | undefined {
  const t0 = c.i;
  let every: Recurrence | undefined;
  if (isK(c, "n") && isW(c, "thang", 1)) {
    every = own(MONTHS, String(Number(tok(c)!.t)));
    c.i += 2;
  } else if (eat(c, "nua", "nam")) every = "half-year";
  else if ((every = own(UNITS, tok(c)?.k === "w" ? tok(c)!.t : "")) !== undefined) c.i++;
  if (every === undefined || isK(c, "n")) {
    c.i = t0;
    return undefined;
  }
  return every;
}

/** "hằng", "hàng", "mỗi", "mọi". */
const every = (c: Cursor): boolean => eat(c, "hang") || eat(c, "moi");

/** "[trước | chậm nhất [là] | vào] ngày D[/M]": the day and month, or undefined with the cursor back. */
function dueDay(c: Cursor, must: boolean): { day: number; month?: number; at: number } | undefined {
  const t0 = c.i;
  const lead = eat(c, "truoc") || eat(c, "cham", "nhat") || eat(c, "vao");
  if (lead) eat(c, "la");
  const at = c.i;
  if ((must || lead) && eat(c, "ngay") && isK(c, "n") && tok(c)!.t.length <= 2 && Number(tok(c)!.t) >= 1 && Number(tok(c)!.t) <= 31) {
    const day = Number(tok(c)!.t);
    c.i++;
    if ((isK(c, "/") || isW(c, "thang")) && isK(c, "n", 1)) {
      c.i++;
      return { day, month: month(c), at };
    }
    return { day, at };
  }
  c.i = t0;
  return undefined;
}

function recurring(c: Cursor, t0: number, every: Recurrence, due: ReturnType<typeof dueDay>): TimeExpression {
  if (due === undefined) return { kind: "recurring", every };
  const text = rawSpan(c, t0, c.i);
  const ok = every === "month" ? due.month === undefined : every === "year" && due.month !== undefined && due.day <= daysInMonth(2000, due.month);
  if (!ok) {
    fail(
      c,
      due.at,
      `"${text}" ${AT}: a due day is read for a monthly recurrence ("ngày 05 hằng tháng") or a yearly one with its month ("ngày 15/12 hằng năm")`,
      `"${text}" ${AT}: chỉ đọc ngày hạn cho việc hằng tháng ("ngày 05 hằng tháng") hoặc hằng năm có tháng ("ngày 15/12 hằng năm")`,
      true,
    );
  }
  const d: RecurringDue = due.month === undefined ? { day: due.day } : { month: due.month, day: due.day };
  return { kind: "recurring", every, due: d };
}

/** Reads a recurring time, or declines. @internal */
export function readRecurring(c: Cursor): TimeExpression | undefined {
  const t0 = c.i;
  const first = dueDay(c, true);
  if (first !== undefined) {
    const u = every(c) ? unit(c) : undefined;
    if (u !== undefined) return recurring(c, t0, u, first);
    c.i = t0;
    return undefined;
  }
  if (every(c) || eat(c, "dinh", "ky")) {
    every(c);
    const u = unit(c);
    if (u === undefined) {
      c.i = t0;
      return undefined;
    }
    const after = c.i;
    if (isK(c, ",")) c.i++;
    const due = dueDay(c, false);
    if (due === undefined) c.i = after;
    return recurring(c, t0, u, due);
  }
  // "6 tháng một lần", "3 tháng/lần"
  const u = isK(c, "n") ? unit(c) : undefined;
  if (u !== undefined && (eat(c, "mot", "lan") || ((tok(c)?.t === "1" || isK(c, "/")) && isW(c, "lan", 1)))) {
    if (isW(c, "lan", 1)) c.i += 2;
    return { kind: "recurring", every: u };
  }
  c.i = t0;
  return undefined;
}

/** Words before "thường xuyên" that make it a budget term ("chi thường xuyên": recurrent spending). */
const BUDGET = ["chi", "kinh phi", "quy hoat dong", "ngan sach", "von", "nguon"];

/** Reads "thường xuyên", "liên tục", "thường xuyên, liên tục", or declines. @internal */
export function readContinuous(c: Cursor): TimeExpression | undefined {
  const regular = isW(c, "thuong") && isW(c, "xuyen", 1);
  if (!regular && !(isW(c, "lien") && isW(c, "tuc", 1))) return undefined;
  if (regular) {
    const before = c.t
      .slice(Math.max(0, c.i - 3), c.i)
      .map((t) => t.t.replace("~", ""))
      .join(" ");
    if (BUDGET.some((b) => before === b || before.endsWith(` ${b}`))) return undefined;
  }
  c.i += 2;
  const t = c.i;
  if (isK(c, ",") || isW(c, "va")) c.i++;
  if (!(eat(c, "lien", "tuc") || eat(c, "thuong", "xuyen"))) c.i = t;
  return { kind: "continuous" };
}

/** Phrases of this family and how they read. @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["hằng tháng", "recurring month"],
  ["Hàng tháng", "recurring month"],
  ["mỗi quý", "recurring quarter"],
  ["hàng quý", "recurring quarter"],
  ["định kỳ 6 tháng", "recurring half-year"],
  ["định kỳ hằng năm", "recurring year"],
  ["6 tháng một lần", "recurring half-year"],
  ["hằng năm", "recurring year"],
  ["hằng tuần", "recurring week"],
  ["mỗi ngày", "recurring day"],
  ["trước ngày 05 hằng tháng", "recurring month 5"],
  ["trước ngày 15/12 hằng năm", "recurring year 12-15"],
  ["ngày 20 hằng tháng", "recurring month 20"],
  ["hằng tháng, trước ngày 25", "recurring month 25"],
  ["thường xuyên", "continuous"],
  ["liên tục", "continuous"],
  ["thường xuyên, liên tục", "continuous"],
];
