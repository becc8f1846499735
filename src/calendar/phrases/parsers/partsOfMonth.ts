/**
 * Parts of a month and of a year: "đầu / giữa / cuối tháng 9/2017" and "thượng / trung / hạ tuần tháng
 * 9/2017" (days 1–10, 11–20, 21 to the end), "tuần đầu tháng 10/2017" (days 1–7), "tuần cuối tháng
 * 12/2025" (the last 7 days), "3 / 6 / 9 tháng đầu / cuối năm 2024", "quý đầu / cuối năm 2024".
 *
 * @internal
 * @packageDocumentation
 */
import { AT, fail, isK, isW, raw, tok, unexpected, type Cursor } from "../cursor.js";
import { month, optionalYear, year } from "../numbers.js";
import { daySpan, monthSpan, type Period } from "../period.js";
import { daysInMonth } from "../../isoDate.js";

/** The first and last day of each part of a month; 0 counts from the end. */
const PARTS: Readonly<Record<string, readonly [number, number]>> = {
  dau: [1, 10],
  giua: [11, 20],
  cuoi: [21, 31],
  "thuong tuan": [1, 10],
  "trung tuan": [11, 20],
  "ha tuan": [21, 31],
  "tuan dau": [1, 7],
  "tuan cuoi": [0, 0],
};

const FIRST = new Set(["dau", "giua", "cuoi", "thuong", "trung", "ha", "tuan"]);

/** Reads a part of a month: "cuối tháng 9/2017", "tuần đầu tháng 10/2017". @internal */
export function readPartOfMonth(c: Cursor): Period | undefined {
  const t0 = c.i;
  const first = tok(c);
  if (first?.k !== "w" || !FIRST.has(first.t)) return undefined;
  const two = `${first.t} ${tok(c, 1)?.t}`;
  const words = PARTS[two] !== undefined ? 2 : 1;
  const part = PARTS[words === 2 ? two : first.t];
  if (part === undefined || !isW(c, "thang", words)) return undefined;
  c.i += words + 1;
  const m = month(c);
  const y = optionalYear(c);
  const [a, b] = part;
  return { k: "p", t0, t1: c.i, y, w: (y) => (a === 0 ? daySpan(y, m, daysInMonth(y, m) - 6, 31) : daySpan(y, m, a, b)) };
}

const YEAR_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  "3 dau": [1, 3],
  "6 dau": [1, 6],
  "9 dau": [1, 9],
  "3 cuoi": [10, 12],
  "6 cuoi": [7, 12],
  "9 cuoi": [4, 12],
};

/** Reads "6 tháng đầu năm 2018", "quý đầu năm", the year left out when there is a reference date. @internal */
export function readPartOfYear(c: Cursor): Period | undefined {
  const t0 = c.i;
  const quarter = isW(c, "quy") && (isW(c, "dau", 1) || isW(c, "cuoi", 1));
  if (!quarter && !(isK(c, "n") && isW(c, "thang", 1) && !isK(c, "n", 2))) return undefined;
  const count = quarter ? 3 : tok(c)!.t.length > 2 ? 0 : Number(tok(c)!.t);
  c.i += quarter ? 1 : 2;
  if (!isW(c, "dau") && !isW(c, "cuoi")) unexpected(c, '"đầu" or "cuối"', '"đầu" hoặc "cuối"');
  const range = YEAR_PARTS[`${count} ${tok(c)!.t}`];
  if (range === undefined) {
    fail(c, t0, `${raw(c, t0)} months ${AT}: only 3, 6 or 9 months at the start or end of a year are read`, `${raw(c, t0)} tháng ${AT}: chỉ đọc 3, 6 hoặc 9 tháng đầu hoặc cuối năm`);
  }
  c.i++;
  if (!isW(c, "nam")) unexpected(c, '"năm"', '"năm"');
  c.i++;
  const y = isK(c, "n") ? year(c) : undefined;
  return { k: "p", t0, t1: c.i, y, w: (y) => monthSpan(y, range[0], range[1]), multi: true };
}

/** Phrases of this family and how they read (window start/end; a third column is the reference date). @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["đầu tháng 9/2017", "2017-09-01/2017-09-10"],
  ["giữa tháng 9/2017", "2017-09-11/2017-09-20"],
  ["cuối tháng 9/2017", "2017-09-21/2017-09-30"],
  ["thượng tuần tháng 9/2017", "2017-09-01/2017-09-10"],
  ["trung tuần tháng 9/2017", "2017-09-11/2017-09-20"],
  ["hạ tuần tháng 2/2024", "2024-02-21/2024-02-29"],
  ["tuần đầu tháng 10/2017", "2017-10-01/2017-10-07"],
  ["trong tuần cuối tháng 12/2025", "2025-12-25/2025-12-31"],
  ["từ đầu tháng 9 đến cuối tháng 10/2017", "2017-09-01/2017-10-31"],
  ["6 tháng đầu năm 2024", "2024-01-01/2024-06-30"],
  ["6 tháng cuối năm 2024", "2024-07-01/2024-12-31"],
  ["9 tháng đầu năm 2018", "2018-01-01/2018-09-30"],
  ["quý đầu năm 2024", "2024-01-01/2024-03-31"],
  ["6 tháng đầu năm", "2025-01-01/2025-06-30", "2025-11-19"],
  ["quý đầu năm", "2025-01-01/2025-03-31", "2025-11-19"],
];
