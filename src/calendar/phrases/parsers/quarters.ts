/**
 * Quarters and lists of quarters: "Quý III/2017", "quý 3/2017", "Quý III năm 2017", "Quý III, IV/2017",
 * "quý I và II năm 2025", "quý I-II/2025".
 *
 * @internal
 * @packageDocumentation
 */
import { isW, type Cursor } from "../cursor.js";
import { consecutive, isQuarter, optionalYear, quarter } from "../numbers.js";
import { monthSpan, type Period } from "../period.js";

/** Reads a quarter or a list of quarters after "quý". @internal */
export function readQuarters(c: Cursor): Period | undefined {
  const t0 = c.i;
  if (!isW(c, "quy") || (c.find && !isQuarter(c, 1))) return undefined;
  c.i++;
  const from = quarter(c);
  const { last: to, dash } = consecutive(c, from, quarter, isQuarter, "quy", ["quarter", "quý"]);
  const y = optionalYear(c);
  return { k: "q", t0, t1: c.i, y, w: (y) => monthSpan(y, from * 3 - 2, to * 3), multi: to > from, dash };
}

/** Phrases of this family and how they read (window start/end; a third column is the reference date). @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["Quý III/2017", "2017-07-01/2017-09-30"],
  ["quý 3/2017", "2017-07-01/2017-09-30"],
  ["Quý III năm 2017", "2017-07-01/2017-09-30"],
  ["Quý III, IV/2017", "2017-07-01/2017-12-31"],
  ["quý I và II năm 2025", "2025-01-01/2025-06-30"],
  ["quý I-II/2025", "2025-01-01/2025-06-30"],
  ["từ quý III/2017 đến quý II/2018", "2017-07-01/2018-06-30"],
  ["quý IV", "2025-10-01/2025-12-31", "2025-11-19"],
];
