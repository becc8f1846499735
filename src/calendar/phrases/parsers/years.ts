/**
 * Years, spans of years and terms: "năm 2018", "năm 2017-2018", "nhiệm kỳ 2023 – 2028",
 * "nhiệm kỳ 2025 2030", "giai đoạn 2021 - 2025", with a reference date "trong năm"; at the right end of a
 * range after a year, a bare "2028" ("từ năm 2023 đến 2028").
 *
 * @internal
 * @packageDocumentation
 */
import { AT, eat, fail, isK, isW, rawSpan, tok, type Cursor } from "../cursor.js";
import { isYear, year } from "../numbers.js";
import { iso, monthSpan, needRef, type Period } from "../period.js";

/** Words after "trong năm" that make "năm" the number five ("trong năm ngày": within five days). */
const UNITS = new Set(["ngay", "tuan", "thang", "nam", "quy", "gio", "phut", "lan"]);

/** Reads a year, a span of years or a term. @internal */
export function readYears(c: Cursor, after?: Period["k"]): Period | undefined {
  const t0 = c.i;
  if (isW(c, "trong") && isW(c, "nam", 1) && !isK(c, "n", 2) && !UNITS.has(tok(c, 2)?.t ?? "")) {
    c.i += 2;
    const y = needRef(c, t0, c.i);
    return { k: "y", t0, t1: c.i, fixed: monthSpan(y, 1, 12) };
  }
  const term = eat(c, "nhiem", "ky") || eat(c, "giai", "doan");
  if (term && !isYear(c)) {
    c.i = t0;
    return undefined;
  }
  if (!term && (c.find && !isK(c, "n", 1) ? true : !eat(c, "nam")) && !(after === "y" && isYear(c))) return undefined;
  const from = year(c);
  let to = from;
  if ((isK(c, "-") && isYear(c, 1)) || (term && isYear(c))) {
    if (isK(c, "-")) c.i++;
    const at = c.i;
    to = year(c);
    if (to <= from) {
      const text = rawSpan(c, t0, c.i);
      fail(c, at, `"${text}" ${AT}: the last year must come after the first`, `"${text}" ${AT}: năm cuối phải sau năm đầu`, true);
    }
  } else if (term) {
    const text = rawSpan(c, t0, c.i);
    fail(c, c.i, `expected the last year of "${text}" ${AT}`, `thiếu năm cuối của "${text}" ${AT}`);
  }
  return to > from
    ? { k: "s", t0, t1: c.i, fixed: [iso(from, 1, 1), iso(to, 12, 31)], multi: true, dash: true } : { k: "y", t0, t1: c.i, y: from, w: (y) => monthSpan(y, 1, 12) };
}

/** Phrases of this family and how they read (window start/end; a third column is the reference date). @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["năm 2018", "2018-01-01/2018-12-31"],
  ["trong năm 2018", "2018-01-01/2018-12-31"],
  ["năm 2017-2018", "2017-01-01/2018-12-31"],
  ["nhiệm kỳ 2023 – 2028", "2023-01-01/2028-12-31"],
  ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
  ["nhiệm kỳ 2025 2030", "2025-01-01/2030-12-31"],
  ["giai đoạn 2021 - 2025", "2021-01-01/2025-12-31"],
  ["từ năm 2023 đến năm 2028", "2023-01-01/2028-12-31"],
  ["từ năm 2023 đến 2028", "2023-01-01/2028-12-31"],
  ["trong năm", "2025-01-01/2025-12-31", "2025-11-19"],
];
