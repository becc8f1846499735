/**
 * Months and lists of months: "Tháng 7/2017", "T7/2017", "tháng 7 năm 2017", "Tháng 8,9/2017",
 * "tháng 7, 8 và 9/2017", "tháng 11, 12/2025", "Tháng 7-9/2017", "tháng 7.2017", and at the right end of a
 * range after a month, a bare "5/2018".
 *
 * @internal
 * @packageDocumentation
 */
import { isK, isW, type Cursor } from "../cursor.js";
import { consecutive, month, optionalYear } from "../numbers.js";
import { monthSpan, type Period } from "../period.js";

/**
 * Reads a month or a list of months. `after` is the kind of the left end when this is the right end of a
 * range.
 *
 * @internal
 */
export function readMonths(c: Cursor, after?: Period["k"]): Period | undefined {
  const t0 = c.i;
  let word = true;
  let bare = false;
  if (isW(c, "thang") && (!c.find || isK(c, "n", 1))) c.i++;
  else if (isW(c, "t") && isK(c, "n", 1)) {
    c.i++;
    bare = true;
  } else if (after === "m" && isK(c, "n") && !isW(c, "thang", 1)) word = false;
  else return undefined;
  const from = month(c);
  const { last: to, dash } = word ? consecutive(c, from, month, (c, k) => isK(c, "n", k), bare ? "t" : "thang", ["month", "tháng"]) : { last: from, dash: false };
  const y = optionalYear(c);
  return { k: "m", t0, t1: c.i, y, w: (y) => monthSpan(y, from, to), multi: to > from, dash, bare: bare || !word };
}

/** Phrases of this family and how they read (window start/end; a third column is the reference date). @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["Tháng 7/2017", "2017-07-01/2017-07-31"],
  ["T7/2017", "2017-07-01/2017-07-31"],
  ["tháng 07 năm 2017", "2017-07-01/2017-07-31"],
  ["tháng 7.2017", "2017-07-01/2017-07-31"],
  ["Tháng 8,9/2017", "2017-08-01/2017-09-30"],
  ["tháng 7, 8 và 9/2017", "2017-07-01/2017-09-30"],
  ["tháng 11, 12/2025", "2025-11-01/2025-12-31"],
  ["tháng 11 và tháng 12/2025", "2025-11-01/2025-12-31"],
  ["Tháng 7-9/2017", "2017-07-01/2017-09-30"],
  ["tháng 7/2017 - 5/2018", "2017-07-01/2018-05-31"],
  ["7.1946-7.2014", "1946-07-01/2014-07-31"],
  ["trong tháng 10/2025", "2025-10-01/2025-10-31"],
  ["vào tháng 4/2018", "2018-04-01/2018-04-30"],
  ["tháng 7", "2025-07-01/2025-07-31", "2025-11-19"],
  ["tháng 11, 12", "2025-11-01/2025-12-31", "2025-11-19"],
];
