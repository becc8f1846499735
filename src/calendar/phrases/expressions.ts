/**
 * The grammar of time expressions: the families tried in a fixed order at the cursor, shared by
 * {@link parseTimeExpression} (a whole phrase) and {@link findTimeExpressions} (every phrase of a text).
 *
 * @internal
 * @packageDocumentation
 */
import type { TimeExpression } from "../timeExpression.js";
import type { Cursor } from "./cursor.js";
import { readDeadline } from "./parsers/deadlines.js";
import { observanceStarts } from "./parsers/observances.js";
import { readContinuous, readRecurring } from "./parsers/recurring.js";
import { readWindow } from "./windows.js";

/** A window ("Quý III/2017") or an open start ("từ tháng 7/2017"). */
function readWindowOrOpen(c: Cursor): TimeExpression | undefined {
  const r = readWindow(c, true);
  if (r === undefined) return undefined;
  return "open" in r ? { kind: "open", start: r.open } : { kind: "window", window: Object.freeze({ start: r.window[0], end: r.window[1] }) };
}

/** An expression parser: reads one expression, or declines. @internal */
export type ExpressionParser = (c: Cursor) => TimeExpression | undefined;

/**
 * The families in the order they are tried: "thường xuyên"; recurrences before deadlines ("trước ngày 05
 * hằng tháng" is a recurrence, "trước ngày 15/4/2018" a deadline); windows and open starts last.
 *
 * @internal
 */
export const EXPRESSIONS: readonly ExpressionParser[] = [readContinuous, readRecurring, readDeadline, readWindowOrOpen];

/** Reads one expression with the first family that takes it; frozen. @internal */
export function readExpression(c: Cursor): TimeExpression | undefined {
  for (const parse of EXPRESSIONS) {
    const e = parse(c);
    if (e !== undefined) {
      if (e.kind === "recurring" && e.due !== undefined) Object.freeze(e.due);
      return Object.freeze(e);
    }
  }
  return undefined;
}

/** Every word a phrase can start with (numbers start phrases too). @internal */
export const STARTS: readonly string[] = [
  "thuong", "lien", "truoc", "cham", "muon", "han", "den", "vao", "ngay", "hang", "moi", "dinh", "tu", "ke", "bat", "trong",
  "nhiem", "giai", "nam", "quy", "thang", "t", "dau", "giua", "cuoi", "trung", "ha", "tuan", "thu", "chu", "luc",
  "tet", "mung", "mong", "ram", "toi", "~toi",
];

/** The words a phrase can start with, the observances' included. @internal */
export const startWords = (): Set<string> => new Set([...STARTS, ...observanceStarts()]);
