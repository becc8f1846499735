import { ALL_ENDPOINTS } from "./phrases/endpoints.js";
import { PlanError, type SafeResult } from "../errors/PlanError.js";
import type { IsoDate } from "./isoDate.js";
import { readExpression } from "./phrases/expressions.js";
import { phraseError, readPhrase } from "./phrases/read.js";
import type { TimeExpression } from "./timeExpression.js";

/**
 * Options of {@link parseTimeExpression} and {@link findTimeExpressions}.
 *
 * @example
 * ```ts
 * import { parseTimeExpression, type ParseTimeExpressionOptions } from "cong-doan-ke-hoach";
 *
 * const options: ParseTimeExpressionOptions = { referenceDate: "2025-11-19" };
 * parseTimeExpression("trong năm", options); //=> { kind: "window", window: { start: "2025-01-01", end: "2025-12-31" } }
 * ```
 * @category Calendar
 */
export interface ParseTimeExpressionOptions {
  /**
   * The plan's date (ngày ban hành kế hoạch). A phrase without a year is read in this date's year;
   * "nay" ("Từ nay đến hết năm 2025", "đến nay") is this date. Without it, such a phrase is an error.
   */
  readonly referenceDate?: IsoDate;
}

/**
 * Reads a Vietnamese time expression: a window (everything {@link parseVietnameseWindow} reads), a
 * deadline ("trước ngày 15/4/2018", "chậm nhất ngày 20/12/2025", "đến 31/12/2025"), an open start
 * ("Từ năm 2025 trở đi", "từ tháng 7/2017"), a recurrence ("hằng tháng", "định kỳ 6 tháng", "trước
 * ngày 05 hằng tháng") or a continuous time ("thường xuyên", "liên tục"). Leading words ("vào",
 * "trong", "dịp", "thời gian:") and a final "." are ignored; case, diacritics and Unicode form do not
 * matter. An ambiguous phrase is an error, never a guess.
 *
 * @param text - the phrase, at most 200 characters.
 * @param options - `referenceDate`, the plan's date, for phrases without a year.
 * @returns the {@link TimeExpression}, deeply frozen.
 * @throws {@link PlanError} with one issue, code `invalid_time_expression`, path `[]`, saying what is
 *   wrong and at which character; `invalid_date` at `["referenceDate"]` for a bad reference date.
 * @example
 * ```ts
 * import { parseTimeExpression } from "cong-doan-ke-hoach";
 *
 * parseTimeExpression("Quý III, IV/2017"); //=> { kind: "window", window: { start: "2017-07-01", end: "2017-12-31" } }
 * parseTimeExpression("trước ngày 15/4/2018"); //=> { kind: "deadline", due: "2018-04-15" }
 * parseTimeExpression("Từ năm 2025 trở đi"); //=> { kind: "open", start: "2025-01-01" }
 * parseTimeExpression("trước ngày 05 hằng tháng"); //=> { kind: "recurring", every: "month", due: { day: 5 } }
 * parseTimeExpression("thường xuyên"); //=> { kind: "continuous" }
 * ```
 * @category Calendar
 */
export function parseTimeExpression(text: string, options?: ParseTimeExpressionOptions): TimeExpression {
  const result = readPhrase(text, options, readExpression, ALL_ENDPOINTS);
  if (result instanceof PlanError) throw result;
  return result;
}

/**
 * Reads a time expression like {@link parseTimeExpression}, returning the problem instead of throwing it.
 *
 * @param text - anything; only a string can succeed.
 * @param options - `referenceDate`, as for {@link parseTimeExpression}.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link PlanError}.
 * @throws never.
 * @example
 * ```ts
 * import { safeParseTimeExpression } from "cong-doan-ke-hoach";
 *
 * const r = safeParseTimeExpression("ngày 25/11");
 * if (!r.success) console.log(r.error.issues[0]?.message.includes("referenceDate"));
 * //=> true
 * ```
 * @category Calendar
 */
export function safeParseTimeExpression(text: unknown, options?: unknown): SafeResult<TimeExpression> {
  let result: TimeExpression | PlanError;
  try {
    result = readPhrase(text, options, readExpression, ALL_ENDPOINTS);
  } catch (cause) {
    // Not expected: readPhrase() reports every problem as a value. Kept so that this function never throws.
    result = phraseError(typeof text === "string" ? text : typeof text, "the text cannot be read", "không đọc được chuỗi", cause);
  }
  return result instanceof PlanError ? { success: false, error: result } : { success: true, data: result };
}
