import { PlanError, type SafeResult } from "../errors/PlanError.js";
import type { IsoDate } from "./isoDate.js";
import type { Cursor } from "./phrases/cursor.js";
import { phraseError, readPhrase } from "./phrases/read.js";
import { readWindow } from "./phrases/windows.js";
import type { Window } from "./window.js";

/**
 * Options of {@link parseVietnameseWindow}.
 *
 * @example
 * ```ts
 * import { parseVietnameseWindow, type ParseVietnameseWindowOptions } from "cong-doan-ke-hoach";
 *
 * const options: ParseVietnameseWindowOptions = { referenceDate: "2025-11-19" };
 * parseVietnameseWindow("6 tháng đầu năm", options); //=> { start: "2025-01-01", end: "2025-06-30" }
 * ```
 * @category Calendar
 */
export interface ParseVietnameseWindowOptions {
  /**
   * The plan's date (ngày ban hành kế hoạch). A phrase without a year ("ngày 25/11", "trong năm",
   * "6 tháng đầu năm", "Ngày Pháp luật Việt Nam") is read in this date's year; "nay" is this date.
   * Without it, such a phrase is an error that says a reference date is needed.
   */
  readonly referenceDate?: IsoDate;
}

/** Reads a window and nothing else. */
function windowOf(c: Cursor): Window | undefined {
  const r = readWindow(c, false);
  if (r === undefined || !("window" in r)) return undefined;
  return Object.freeze({ start: r.window[0], end: r.window[1] });
}

/**
 * Reads the time expressions that Vietnamese plans write ("Tháng 8,9/2017", "Quý III, IV/2017",
 * "từ tháng 7/2017 đến tháng 5/2018", "6 tháng đầu năm 2018", "ngày 09/3/2017", "nhiệm kỳ 2023 – 2028",
 * "cuối tháng 9/2017", "Tháng Công nhân năm 2018") into a {@link Window}.
 *
 * Case and diacritics do not matter ("THANG 8,9/2017" and "thang 8,9/2017" read the same), nor do
 * spaces, NFC or NFD, a trailing ".", or leading words ("vào", "trong", "dịp", "nhân dịp", "thời
 * gian:"); hyphens and en or em dashes are the same. Every accepted form is listed in `docs/calendar.md`.
 * Lunar dates ("Tết Nguyên đán 2026", "Rằm tháng Giêng 2026") are read by {@link parseTimeExpression}, which
 * carries the lunar calendar; this reader, kept light for forms and browsers, says so for such a phrase.
 * Nothing is guessed: a month 13, a quarter V, a day 30/2, a list of months with a gap ("Tháng 7,9/2017")
 * or going down, a range that ends before it starts, a weekday that contradicts its date, a phrase
 * without a year when there is no `referenceDate`, or text that is none of the forms is an error.
 *
 * @param text - the phrase, at most 200 characters.
 * @param options - `referenceDate`, the plan's date, for phrases without a year.
 * @returns the window, both ends included, frozen.
 * @throws {@link PlanError} with one issue, code `invalid_time_expression`, path `[]`, whose message
 *   says what is wrong and at which character (counted from 1 in the NFC form of `text`), in English
 *   and Vietnamese. Also for a value that is not a string; `invalid_date` at `["referenceDate"]` for a
 *   reference date that is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { parseVietnameseWindow } from "cong-doan-ke-hoach";
 *
 * parseVietnameseWindow("Tháng 8,9/2017");
 * //=> { start: "2017-08-01", end: "2017-09-30" }
 * parseVietnameseWindow("từ tháng 7/2017 đến tháng 5/2018");
 * //=> { start: "2017-07-01", end: "2018-05-31" }
 * parseVietnameseWindow("QUY III/2017");
 * //=> { start: "2017-07-01", end: "2017-09-30" }
 * parseVietnameseWindow("6 tháng đầu năm 2018");
 * //=> { start: "2018-01-01", end: "2018-06-30" }
 * parseVietnameseWindow("ngày 09/3/2017");
 * //=> { start: "2017-03-09", end: "2017-03-09" }
 * parseVietnameseWindow("vào dịp Tháng Công nhân năm 2018");
 * //=> { start: "2018-05-01", end: "2018-05-31" }
 * parseVietnameseWindow("từ ngày 15/11 đến ngày 15/12", { referenceDate: "2025-11-19" });
 * //=> { start: "2025-11-15", end: "2025-12-15" }
 * ```
 * @category Calendar
 */
export function parseVietnameseWindow(text: string, options?: ParseVietnameseWindowOptions): Window {
  const result = read(text, options);
  if (result instanceof PlanError) throw result;
  return result;
}

/** Words of lunar dates, which parseTimeExpression reads (with the lunar calendar) and this reader does not. */
const LUNAR = /(^|[^\p{L}])(tết|âm lịch|rằm|mùng|mồng|tháng giêng|tháng chạp|nguyên đán)($|[^\p{L}])/iu;

function read(text: unknown, options: unknown): Window | PlanError {
  const result = readPhrase(text, options, windowOf);
  if (!(result instanceof PlanError) || typeof text !== "string" || !LUNAR.test(text.normalize("NFC"))) return result;
  // The light reader carries no lunar calendar: say where such a phrase is read.
  const [issue] = result.issues;
  return phraseError(
    text,
    `${issue!.message.slice(issue!.message.indexOf(": ") + 2)}; lunar dates ("Tết Nguyên đán 2026", "Rằm tháng Giêng") are read by parseTimeExpression`,
    `${issue!.messageVi.slice(issue!.messageVi.indexOf(": ") + 2)}; ngày âm lịch ("Tết Nguyên đán 2026", "Rằm tháng Giêng") được đọc bằng parseTimeExpression`,
  );
}

/**
 * Reads a time expression like {@link parseVietnameseWindow}, returning the problem instead of
 * throwing it.
 *
 * @param text - anything; only a string can succeed.
 * @param options - `referenceDate`, as for {@link parseVietnameseWindow}.
 * @returns `{ success: true, data }` with the frozen window, or `{ success: false, error }` with a
 *   {@link PlanError} whose single issue has code `invalid_time_expression` and path `[]`.
 * @throws never.
 * @example
 * ```ts
 * import { safeParseVietnameseWindow } from "cong-doan-ke-hoach";
 *
 * const ok = safeParseVietnameseWindow("Quý III/2017");
 * if (ok.success) console.log(ok.data);
 * //=> { start: "2017-07-01", end: "2017-09-30" }
 * const bad = safeParseVietnameseWindow("Tháng 13/2017");
 * if (!bad.success) console.log(bad.error.issues[0]?.code, bad.error.issues[0]?.message);
 * //=> "invalid_time_expression", "\"Tháng 13/2017\" is not a time expression this library reads: month 13 at character 7"
 * ```
 * @category Calendar
 */
export function safeParseVietnameseWindow(text: unknown, options?: unknown): SafeResult<Window> {
  let result: Window | PlanError;
  try {
    result = read(text, options);
  } catch (cause) {
    // Not expected: readPhrase() reports every problem as a value. Kept so that this function never throws.
    result = phraseError(text, "the text cannot be read", "không đọc được chuỗi", cause);
  }
  return result instanceof PlanError ? { success: false, error: result } : { success: true, data: result };
}
