import { PlanError, type SafeResult } from "../errors/PlanError.js";
import { amountError, checkText, readVnd, safely, surely } from "./parseVnd.js";
import type { Vnd } from "./vnd.js";

/**
 * An amount per unit, as plans write prices and allowances: "300.000 đồng/người/buổi" is 300.000 đồng per
 * person (người) per session (buổi). Read with {@link parseVndRate}, written with {@link formatVndRate}.
 *
 * @example
 * ```ts
 * import { vnd, type VndRate } from "cong-doan-ke-hoach";
 *
 * const meal: VndRate = { amount: vnd(70_000), per: ["suất"] };
 * ```
 * @category Money
 */
export interface VndRate {
  /** The amount for one of each unit. */
  readonly amount: Vnd;
  /**
   * The units in the order written, in NFC lower case as the document writes them: `["người", "buổi"]` (per
   * person, per session), `["suất"]` (per portion), `["bài"]` (per article), `["tác phẩm"]` (per work).
   */
  readonly per: readonly string[];
}

/** The longest text that {@link parseVndRate} reads, in UTF-16 code units: room for NFD text. */
const MAX_LENGTH = 500;
/** The most units a rate may have. @internal */
export const MAX_UNITS = 4;
/** A unit: one to four words of letters, single-spaced (at most 30 characters, checked apart). */
const UNIT = /^\p{L}+(?: \p{L}+){0,3}$/u;
/** The currency of the amount of a rate: a leading "₫" or a currency word at the end. */
const CURRENCY = /^[-\u2212]?\s*₫|(?:đồng|vnđ|vnd|đ|₫)$/iu;

/**
 * Whether `unit` is a unit as a rate writes it (already normalised: NFC, lower case, single spaces).
 *
 * @internal
 */
export function isUnit(unit: string): boolean {
  return unit.length <= 30 && UNIT.test(unit);
}

/** Reads the rate, or says what is wrong; never throws. */
function read(text: unknown): VndRate | PlanError {
  const checked = checkText(text, MAX_LENGTH, "300.000 đồng/người");
  if (checked instanceof PlanError) return checked;
  const [written = "", ...units] = checked.normalize("NFC").split("/");
  if (units.length === 0) {
    return amountError(text, [`a rate is an amount, "/" and a unit: "300.000 đồng/người"`, `mức chi gồm số tiền, dấu "/" và đơn vị tính: "300.000 đồng/người"`]);
  }
  if (units.length > MAX_UNITS) return amountError(text, [`more than ${MAX_UNITS} units`, `quá ${MAX_UNITS} đơn vị tính`]);
  const figure = written.trim();
  if (!CURRENCY.test(figure)) {
    return amountError(text, [`a rate names its currency ("02 bài/tuần" is a count): "300.000 đồng/người"`, `mức chi phải ghi đơn vị tiền tệ ("02 bài/tuần" là số lượng): "300.000 đồng/người"`]);
  }
  const amount = readVnd(figure);
  if (amount instanceof PlanError) return amount;
  const per: string[] = [];
  for (const unit of units) {
    const name = unit.trim().toLowerCase().replace(/\s+/gu, " ");
    if (!isUnit(name)) {
      const shown = JSON.stringify(name.slice(0, 30));
      return amountError(text, [`${shown} is not a unit (one to four words)`, `${shown} không phải là đơn vị tính (một đến bốn từ)`]);
    }
    per.push(name);
  }
  return Object.freeze({ amount, per: Object.freeze(per) });
}

/**
 * Reads an amount per unit as plans write it: `"300.000 đồng/người/buổi"` is 300.000 đồng per person per
 * session, `{ amount, per: ["người", "buổi"] }`.
 *
 * - The amount is anything {@link parseVnd} reads that names its currency ("đồng", "đ", "VNĐ", "VND",
 *   "₫"), so that a count such as "02 bài/tuần" is never read as money: `"70.000đồng/suất"`,
 *   `"100.000 đ/bài"`, `"1.900.000 đồng/người/tháng"`, `"1,3 triệu đồng/người"`, `"₫300.000/người"`.
 * - Then one to four units, each after a `"/"`, each one to four words of letters ("người", "buổi", "suất",
 *   "tháng", "bài", "ngày", "lượt", "cuộc", "tin", "tác phẩm"), returned in NFC lower case, single-spaced,
 *   as the document writes them. Spaces around the `"/"` are ignored.
 *
 * @param text - the rate as written, at most 500 characters.
 * @returns the rate, frozen.
 * @throws {@link PlanError} with one issue, code `invalid_amount`, path `[]`, whose message says what is
 *   wrong in English and Vietnamese: no `"/"`, no currency, an amount {@link parseVnd} refuses, a unit
 *   that is not words; also when `text` is not a string.
 * @example
 * ```ts
 * import { parseVndRate } from "cong-doan-ke-hoach";
 *
 * const rate = parseVndRate("300.000 đồng/người/buổi");
 * rate.amount.toString(); //=> "300000"
 * rate.per; //=> ["người", "buổi"]
 * parseVndRate("1,3 triệu đồng/người").amount.toString(); //=> "1300000"
 * parseVndRate("100.000 đ/Bài").per; //=> ["bài"]
 * ```
 * @category Money
 */
export function parseVndRate(text: string): VndRate {
  return surely(read, text);
}

/**
 * Reads an amount per unit like {@link parseVndRate}, returning the problem instead of throwing it.
 *
 * @param text - anything; only a string can succeed.
 * @returns `{ success: true, data }` with the rate, or `{ success: false, error }` with a
 *   {@link PlanError} whose single issue has code `invalid_amount` and path `[]`.
 * @throws never.
 * @example
 * ```ts
 * import { safeParseVndRate } from "cong-doan-ke-hoach";
 *
 * const ok = safeParseVndRate("70.000đồng/suất");
 * if (ok.success) console.log(ok.data.per);
 * //=> ["suất"]
 * const bad = safeParseVndRate("02 bài/tuần");
 * if (!bad.success) console.log(bad.error.issues[0]?.code);
 * //=> "invalid_amount"
 * ```
 * @category Money
 */
export function safeParseVndRate(text: unknown): SafeResult<VndRate> {
  return safely(read, text);
}
