import { INVALID_DATE, INVALID_TIME_EXPRESSION, INVALID_TYPE } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
/**
 * Reads a whole phrase with a grammar: checks the arguments, normalises, skips the leading words, and
 * turns a problem into a {@link PlanError}.
 *
 * @internal
 * @packageDocumentation
 */
import { kindOf } from "../../errors/describe.js";
import { PlanError } from "../../errors/PlanError.js";
import { isDateText, type IsoDate } from "../isoDate.js";
import { AT, fail, Problem, render, unexpected, type Cursor } from "./cursor.js";
import { skipLeads, tokenize } from "./normalize.js";

/** The longest phrase read, in UTF-16 code units (`String.length`). @internal */
export const MAX_LENGTH = 200;

/** Checks `options.referenceDate`. @internal */
export function referenceDate(options: unknown): IsoDate | undefined | PlanError {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== "object") {
    return new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  }
  const ref: unknown = (options as { referenceDate?: unknown }).referenceDate;
  if (ref === undefined || isDateText(ref)) return ref;
  return new PlanError([newIssue(INVALID_DATE, ["referenceDate"], { value: ref })]);
}

/** The PlanError of a time expression that cannot be read. @internal */
export function phraseError(value: unknown, detail: string, detailVi: string, cause?: unknown): PlanError {
  return new PlanError([newIssue(INVALID_TIME_EXPRESSION, [], { value, detail, detailVi })], cause === undefined ? undefined : { cause });
}

/** Reads `text` as one phrase of `grammar`. @internal */
export function readPhrase<T>(text: unknown, options: unknown, grammar: (c: Cursor) => T | undefined, endpoints?: Cursor["endpoints"]): T | PlanError {
  if (typeof text !== "string") return phraseError(text, `expected a string, received ${kindOf(text)}`, "cần chuỗi ký tự");
  if (text.length > MAX_LENGTH) {
    return phraseError(text, `the text has ${text.length} characters; at most ${MAX_LENGTH} are read`, `chuỗi có ${text.length} ký tự; chỉ đọc tối đa ${MAX_LENGTH}`);
  }
  const ref = referenceDate(options);
  if (ref instanceof PlanError) return ref;
  const t = tokenize(text);
  const c: Cursor = { t, i: 0, src: text, ref, find: false, ...(endpoints === undefined ? {} : { endpoints }) };
  try {
    const odd = t.findIndex((x) => x.k === "?");
    if (odd >= 0) {
      const ch = JSON.stringify(text.slice(t[odd]!.s, t[odd]!.e).normalize("NFC"));
      fail(c, odd, `unexpected character ${ch} ${AT}`, `ký tự ${ch} không hợp lệ ${AT}`);
    }
    // A phrase may end with a full stop.
    if (t.at(-1)?.k === ".") t.pop();
    if (t.length === 0) return phraseError(text, "the text is empty", "chuỗi rỗng");
    c.i = skipLeads(t, 0);
    const result = grammar(c);
    if (result === undefined) {
      unexpected(c, 'a time expression ("tháng", "quý", "năm", "ngày" or a date)', 'một cách ghi thời gian ("tháng", "quý", "năm", "ngày" hoặc một ngày)');
    }
    if (c.i < t.length) unexpected(c, "the end of the text", "hết chuỗi");
    return result;
  } catch (problem) {
    if (!(problem instanceof Problem)) throw problem;
    const [en, vi] = render(text, problem);
    return phraseError(text, en, vi);
  }
}
