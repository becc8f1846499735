/**
 * Readers of the numbers that phrases are made of: months, years, quarters.
 *
 * @internal
 * @packageDocumentation
 */
import { AT, fail, isK, isW, raw, tok, unexpected, type Cursor } from "./cursor.js";
import { own } from "../../_lib/own.js";

/** A month number 1–12, one or two digits. @internal */
export function month(c: Cursor): number {
  const t = tok(c);
  if (t?.k !== "n") return unexpected(c, "a month", "một tháng");
  const m = Number(t.t);
  if (t.t.length > 2 || m < 1 || m > 12) fail(c, c.i, `month ${raw(c, c.i)} ${AT}`, `tháng ${raw(c, c.i)} ${AT}`, true);
  c.i++;
  return m;
}

/** Four digits, 0001–9999. @internal */
export function year(c: Cursor): number {
  const t = tok(c);
  if (t?.k !== "n") return unexpected(c, "a year", "năm");
  const y = Number(t.t);
  if (t.t.length !== 4 || y < 1) {
    fail(c, c.i, `year ${raw(c, c.i)} ${AT}: a year has four digits, 0001 to 9999`, `năm ${raw(c, c.i)} ${AT}: năm phải có bốn chữ số, từ 0001 đến 9999`, true);
  }
  c.i++;
  return y;
}

/** Whether the token `k` places ahead is a number of four digits. @internal */
export const isYear = (c: Cursor, k = 0): boolean => isK(c, "n", k) && tok(c, k)!.t.length === 4;

/** "/2017", "năm 2017", ".2017" (four digits after a dot only), or nothing. @internal */
export function optionalYear(c: Cursor): number | undefined {
  if (isK(c, "/") || isW(c, "nam") || (isK(c, ".") && isYear(c, 1))) {
    c.i++;
    return year(c);
  }
  return undefined;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A quarter, I–IV or 1–4. @internal */
export function quarter(c: Cursor): number {
  const t = tok(c);
  let q: number | undefined;
  if (t?.k === "n") q = t.t.length <= 2 && Number(t.t) >= 1 && Number(t.t) <= 4 ? Number(t.t) : undefined;
  else if (t?.k === "w" && /^[ivxlcdm]+$/.test(t.t)) q = own(ROMAN, t.t);
  else return unexpected(c, "a quarter (I–IV or 1–4)", "một quý (I–IV hoặc 1–4)");
  if (q === undefined) {
    fail(c, c.i, `quarter ${raw(c, c.i)} ${AT}: a quarter is I–IV or 1–4`, `quý ${raw(c, c.i)} ${AT}: quý phải là I–IV hoặc 1–4`, true);
  }
  c.i++;
  return q;
}

/** Whether a quarter number or numeral comes `k` places ahead. @internal */
export const isQuarter = (c: Cursor, k = 0): boolean => isK(c, "n", k) || /^[iv]+$/.test(tok(c, k)?.k === "w" ? tok(c, k)!.t : "");

/** Reads a list or dash span of consecutive numbers after the first ("7, 8 và 9", "7-9", "III, IV"). @internal */
export function consecutive(
  c: Cursor,
  first: number,
  read: (c: Cursor) => number,
  starts: (c: Cursor, k: number) => boolean,
  word: string,
  what: readonly [string, string],
): { last: number; dash: boolean } {
  const [en, vi] = what;
  let last = first;
  if (isK(c, "-") && starts(c, 1) && !isYear(c, 1)) {
    c.i++;
    const at = c.i;
    last = read(c);
    if (last <= first) notIncreasing(c, at, first, last, what);
    return { last, dash: true };
  }
  while ((isK(c, ",") || isW(c, "va")) && (starts(c, 1) || (isW(c, word, 1) && starts(c, 2)))) {
    c.i++;
    if (isW(c, word)) c.i++;
    const at = c.i;
    const n = read(c);
    if (n <= last) notIncreasing(c, at, last, n, what);
    if (n !== last + 1) {
      const missing = last + 2 === n ? [`${en} ${last + 1} is missing`, `thiếu ${vi} ${last + 1}`] : [`${en}s ${last + 1}–${n - 1} are missing`, `thiếu các ${vi} ${last + 1}–${n - 1}`];
      fail(c, at, `${en}s ${last} and ${n} are not consecutive (${missing[0]}) ${AT}`, `${vi} ${last} và ${vi} ${n} không liền nhau (${missing[1]}) ${AT}`, true);
    }
    last = n;
  }
  return { last, dash: false };
}

function notIncreasing(c: Cursor, at: number, before: number, n: number, [en, vi]: readonly [string, string]): never {
  if (before === n) fail(c, at, `${en} ${n} is repeated ${AT}`, `${vi} ${n} bị lặp lại ${AT}`, true);
  return fail(c, at, `${en} ${n} comes after ${en} ${before} ${AT}: ${en}s go up`, `${vi} ${n} đứng sau ${vi} ${before} ${AT}: các ${vi} phải tăng dần`, true);
}
