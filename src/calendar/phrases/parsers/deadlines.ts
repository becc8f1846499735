/**
 * Deadlines and as-of dates: "trước ngày 15/4/2018", "chậm nhất ngày 20/12/2025", "chậm nhất là trong
 * tháng 4/2018", "đến 31/12/2025", "đến hết năm 2025", "trước ngày 16 tháng 12 năm 2025". A deadline is due
 * on the day named (the last day of the period named after "chậm nhất" or "đến"). "trước" with a longer
 * period ("trước tháng 5/2018": before it begins, or before it ends?) is an error, not a guess.
 *
 * @internal
 * @packageDocumentation
 */
import type { TimeExpression } from "../../timeExpression.js";
import { AT, eat, fail, isW, rawSpan, unexpected, type Cursor } from "../cursor.js";
import { complete, needRef } from "../period.js";
import { readEndpoint } from "../windows.js";
import { readTet } from "./lunar.js";

/** Reads a deadline, or declines. @internal */
export function readDeadline(c: Cursor): TimeExpression | undefined {
  const t0 = c.i;
  const before = eat(c, "truoc");
  const until = !before && eat(c, "den");
  if (!before && !until && !eat(c, "cham", "nhat") && !eat(c, "muon", "nhat") && !eat(c, "han", "chot")) return undefined;
  if (!before) {
    eat(c, "la");
    if (!eat(c, "vao")) eat(c, "trong");
    eat(c, "het");
  }
  if (until && isW(c, "nay")) {
    c.i++;
    needRef(c, t0, c.i);
    return { kind: "deadline", due: c.ref! };
  }
  const p = (before ? readTet(c, true) : undefined) ?? readEndpoint(c);
  if (p === undefined) {
    if (!c.find) unexpected(c, "a day", "một ngày");
    c.i = t0;
    return undefined;
  }
  const window = complete(c, p);
  if (before && window[0] !== window[1]) {
    const text = rawSpan(c, t0, c.i);
    fail(
      c,
      t0,
      `"${text}" ${AT} is ambiguous: before the period begins, or before it ends? Name the day ("trước ngày …")`,
      `"${text}" ${AT} không rõ nghĩa: trước khi bắt đầu hay trước khi kết thúc? Hãy ghi rõ ngày ("trước ngày …")`,
      true,
    );
  }
  return { kind: "deadline", due: window[1] };
}

/** Phrases of this family and how they read (a third column is the reference date). @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["trước ngày 15/4/2018", "deadline 2018-04-15"],
  ["chậm nhất ngày 20/12/2025", "deadline 2025-12-20"],
  ["chậm nhất là trong tháng 4/2018", "deadline 2018-04-30"],
  ["đến 31/12/2025", "deadline 2025-12-31"],
  ["đến hết năm 2025", "deadline 2025-12-31"],
  ["trước ngày 16 tháng 12 năm 2025", "deadline 2025-12-16"],
  ["hạn chót ngày 30/6/2024", "deadline 2024-06-30"],
  ["trước ngày 25/11", "deadline 2025-11-25", "2025-11-19"],
  ["đến nay", "deadline 2025-11-19", "2025-11-19"],
];
