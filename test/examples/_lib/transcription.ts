/**
 * Checks shared by the tests of the transcribed plans (examples/<name>/plan.json): that a plan document holds
 * no placeholder, i.e. no "…" that its text does not have and no date that its text does not give.
 */
import { findTimeExpressions, type FindTimeExpressionsOptions } from "../../../src/index.js";

/** A string of a JSON document, with its path ("header.legalBases.0.summary"). */
export interface Located {
  readonly path: string;
  readonly text: string;
}

/** Every string of a JSON value (object keys aside), in document order, with its path. */
export function stringsOf(value: unknown, path: readonly (string | number)[] = []): Located[] {
  if (typeof value === "string") return [{ path: path.join("."), text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, [...path, i]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringsOf(item, [...path, key]));
  return [];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The strings of a JSON value that are ISO calendar dates ("2025-11-19"), with their paths. */
export function isoDatesOf(value: unknown): Located[] {
  return stringsOf(value).filter((s) => ISO_DATE.test(s.text));
}

/**
 * The published text of a corpus file on one line: without line 1 (the SOURCE line), without the Markdown
 * bold marks of the copies, every run of white space one space.
 */
export function flatText(source: string): string {
  return source.split("\n").slice(1).join(" ").replace(/\*+/gu, "").replace(/\s+/gu, " ");
}

/**
 * The days that the time expressions of a text name, as findTimeExpressions reads them: the first and last
 * days of windows, deadlines, the starts of open spans (a recurrence names no day).
 */
export function datesNamedIn(text: string, options?: FindTimeExpressionsOptions): Set<string> {
  const days = new Set<string>();
  for (const { expression } of findTimeExpressions(text, options)) {
    if (expression.kind === "window") {
      days.add(expression.window.start);
      days.add(expression.window.end);
    } else if (expression.kind === "deadline") days.add(expression.due);
    else if (expression.kind === "open") days.add(expression.start);
  }
  return days;
}

/** How many characters of a string either side of an ellipsis must be in the text with it. */
const CONTEXT = 12;

/**
 * The ellipses ("…" or "...") of a document's strings that the text does not have: each with up to
 * {@link CONTEXT} characters of its string either side, where that excerpt is not in the (flattened) text.
 * An ellipsis that the document writes itself ("cách làm hay từ cơ sở… trên") is the document's; one that a
 * transcriber wrote (a blank signature "…", a cut marked " … ") is a placeholder.
 */
export function ellipsesNotIn(value: unknown, text: string): Located[] {
  const out: Located[] = [];
  for (const { path, text: s } of stringsOf(value)) {
    const flat = s.replace(/\s+/gu, " ");
    for (const match of flat.matchAll(/…|\.{3,}/gu)) {
      const at = match.index;
      const excerpt = flat.slice(Math.max(0, at - CONTEXT), at + match[0].length + CONTEXT);
      if (!text.includes(excerpt)) out.push({ path, text: excerpt });
    }
  }
  return out;
}
