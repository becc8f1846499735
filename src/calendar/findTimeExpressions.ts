import { ALL_ENDPOINTS } from "./phrases/endpoints.js";
import { INVALID_TYPE, TOO_BIG } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError } from "../errors/PlanError.js";
import type { ParseTimeExpressionOptions } from "./parseTimeExpression.js";
import { Problem, type Cursor } from "./phrases/cursor.js";
import { readExpression, startWords } from "./phrases/expressions.js";
import { tokenize } from "./phrases/normalize.js";
import { referenceDate } from "./phrases/read.js";
import type { TimeExpression } from "./timeExpression.js";

/** The longest text searched, in UTF-16 code units. */
const MAX_TEXT = 1_000_000;

/**
 * Options of {@link findTimeExpressions}: `referenceDate`, the plan's date, as for
 * {@link parseTimeExpression}.
 *
 * @example
 * ```ts
 * import type { FindTimeExpressionsOptions } from "cong-doan-ke-hoach";
 *
 * const options: FindTimeExpressionsOptions = { referenceDate: "2017-07-01" };
 * ```
 * @category Calendar
 */
export type FindTimeExpressionsOptions = ParseTimeExpressionOptions;

/**
 * A time expression found in a text: `text.slice(index, index + length)` is `text`, the phrase as
 * written (without leading words such as "vào"), and `expression` what it says.
 *
 * @example
 * ```ts
 * import { findTimeExpressions, type FoundTimeExpression } from "cong-doan-ke-hoach";
 *
 * const [found]: readonly FoundTimeExpression[] = findTimeExpressions("gửi báo cáo vào tháng 4/2018.");
 * found?.text; //=> "tháng 4/2018"
 * ```
 * @category Calendar
 */
export interface FoundTimeExpression {
  /** Where the phrase starts, in UTF-16 code units of the text given. */
  readonly index: number;
  /** Its length, in UTF-16 code units. */
  readonly length: number;
  /** The phrase as written. */
  readonly text: string;
  /** What it says, as {@link parseTimeExpression} reads it. */
  readonly expression: TimeExpression;
}

/**
 * Finds every time expression in a text (a paragraph or a whole document), in order, the longest at each
 * place, none overlapping, the way chrono's `parse` finds dates: "Thời gian thực hiện: Tháng 8,9/2017",
 * "gửi báo cáo về Tổng Liên đoàn vào tháng 4/2018", "Hằng tháng". What reads as no definite time (a
 * phrase without a year when there is no `referenceDate`, a document number "06/2022/TT-BTTTT", a
 * fraction "1/3", a weekday that contradicts its date) is not found. Linear in the length of the text.
 *
 * @param text - the text, at most 1,000,000 characters.
 * @param options - `referenceDate`, the plan's date, for phrases without a year.
 * @returns the phrases found, deeply frozen.
 * @throws {@link PlanError} `invalid_type` at `[]` when `text` is not a string, `too_big` at `[]` when it
 *   is longer than 1,000,000 characters, `invalid_date` at `["referenceDate"]` for a bad reference date.
 * @example
 * ```ts
 * import { findTimeExpressions } from "cong-doan-ke-hoach";
 *
 * const found = findTimeExpressions("Thực hiện sơ kết giai đoạn 1, gửi báo cáo vào tháng 4/2018; hằng tháng báo cáo.");
 * found.map((f) => f.text); //=> ["tháng 4/2018", "hằng tháng"]
 * found[0]?.expression; //=> { kind: "window", window: { start: "2018-04-01", end: "2018-04-30" } }
 * ```
 * @category Calendar
 */
export function findTimeExpressions(text: string, options?: FindTimeExpressionsOptions): readonly FoundTimeExpression[] {
  if (typeof text !== "string") {
    throw new PlanError([newIssue(INVALID_TYPE, [], { expected: "string", received: kindOf(text) })]);
  }
  if (text.length > MAX_TEXT) throw new PlanError([newIssue(TOO_BIG, [], { expected: "text length", limit: MAX_TEXT })]);
  const ref = referenceDate(options);
  if (ref instanceof PlanError) throw ref;
  const t = tokenize(text);
  const c: Cursor = { t, i: 0, src: text, ref, find: true, endpoints: ALL_ENDPOINTS };
  const found: FoundTimeExpression[] = [];
  const starts = startWords();
  for (let i = 0; i < t.length; ) {
    if (t[i]!.k !== "n" && !starts.has(t[i]!.t)) {
      i++;
      continue;
    }
    c.i = i;
    try {
      const expression = readExpression(c);
      if (expression !== undefined && c.i > i) {
        const index = t[i]!.s;
        const length = t[c.i - 1]!.e - index;
        found.push(Object.freeze({ index, length, text: text.slice(index, index + length), expression }));
        i = c.i;
        continue;
      }
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      if (problem.skip > i) {
        i = problem.skip;
        continue;
      }
    }
    i++;
  }
  return Object.freeze(found);
}
