import { INVALID_TYPE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { optionIssue } from "../errors/messages.js";
import { vnd, type VndInput } from "./vnd.js";

/**
 * How {@link formatVnd} writes an amount. Every option has a default; pass only what differs.
 *
 * @example
 * ```ts
 * import { formatVnd, type FormatVndOptions } from "cong-doan-ke-hoach";
 *
 * const short: FormatVndOptions = { compact: true, symbol: "₫" };
 * formatVnd(151_500_000, short); //=> "151,5 triệu ₫"
 * ```
 * @category Money
 */
export interface FormatVndOptions {
  /**
   * What follows the digits, after a space: `"đồng"` (default, "151.500.000 đồng"), `"₫"`
   * ("151.500.000 ₫"), `"đ"` ("151.500.000 đ") or `"none"` ("151.500.000").
   */
  readonly symbol?: "đồng" | "₫" | "đ" | "none";
  /**
   * `true` writes the amount in the largest unit among "nghìn", "triệu" and "tỷ" that it reaches, with a
   * decimal comma: "151,5 triệu đồng", "1 tỷ đồng", "1.000 tỷ đồng" (no larger unit than "tỷ"); amounts
   * below 1.000 stay plain digits ("999 đồng"). The value is rounded half-even (to the even last digit on a
   * tie: 1.250.000 is "1,2 triệu", 1.350.000 "1,4 triệu") to at most
   * {@link FormatVndOptions.maximumFractionDigits} digits, trailing zeros dropped; a value that rounds up to
   * 1.000 of its unit moves to the next unit (999.960.000 is "1 tỷ"). Compact text loses precision: it is
   * for reading, not for storing; {@link parseVnd} reads it back to the rounded amount it shows, unless
   * that has exactly three decimals after 1–3 digits ("1,235 triệu", which it refuses as ambiguous).
   * Default `false`.
   */
  readonly compact?: boolean;
  /** With `compact`, the most digits after the decimal comma: an integer from 0 to 20, default 1. */
  readonly maximumFractionDigits?: number;
}

const SYMBOLS = ["đồng", "₫", "đ", "none"] as const;
const UNITS = [
  [1_000_000_000n, "tỷ"],
  [1_000_000n, "triệu"],
  [1_000n, "nghìn"],
] as const;

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** `numerator / denominator` rounded half-even; both positive. */
function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twice = (numerator % denominator) * 2n;
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

/** The compact form of a positive amount of at least 1.000: "151,5 triệu". */
function compactText(magnitude: bigint, fractionDigits: number): string {
  const scale = 10n ** BigInt(fractionDigits);
  let index = UNITS.findIndex(([unit]) => magnitude >= unit);
  let [unit, name] = UNITS[index] ?? UNITS[UNITS.length - 1]!;
  let scaled = divideHalfEven(magnitude * scale, unit);
  // Rounding up may reach 1.000 of the unit (999.960.000 → "1.000,0 triệu"): say it in the next unit.
  while (index > 0 && scaled >= 1000n * scale) {
    index -= 1;
    [unit, name] = UNITS[index]!;
    scaled = divideHalfEven(magnitude * scale, unit);
  }
  const whole = group((scaled / scale).toString());
  const fraction = fractionDigits === 0 ? "" : (scaled % scale).toString().padStart(fractionDigits, "0").replace(/0+$/, "");
  return `${whole}${fraction === "" ? "" : `,${fraction}`} ${name}`;
}

function checkOptions(options: FormatVndOptions): void {
  if (typeof options !== "object") throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  const { symbol, compact, maximumFractionDigits } = options;
  const issues: PlanIssue[] = [];
  if (symbol !== undefined && !(SYMBOLS as readonly string[]).includes(symbol)) issues.push(optionIssue("symbol", '"đồng", "₫", "đ", "none"', symbol));
  if (compact !== undefined && typeof compact !== "boolean") issues.push(optionIssue("compact", "true or false", compact, "true hoặc false"));
  if (maximumFractionDigits !== undefined && !(Number.isInteger(maximumFractionDigits) && maximumFractionDigits >= 0 && maximumFractionDigits <= 20)) {
    issues.push(optionIssue("maximumFractionDigits", "a whole number from 0 to 20", maximumFractionDigits, "một số nguyên từ 0 đến 20"));
  }
  if (issues.length > 0) throw new PlanError(issues);
}

/**
 * Writes an amount as Vietnamese documents do: digits grouped by three with `.`, then `đồng`. Options
 * choose the currency symbol and a compact form for reading ("151,5 triệu đồng").
 *
 * Without `compact` the text is exact, and {@link parseVnd} reads it back to the same amount whatever the
 * `symbol`. A negative amount starts with `-`.
 *
 * @param amount - a {@link Vnd} or anything {@link vnd} accepts.
 * @param options - the symbol and the compact form; see {@link FormatVndOptions}.
 * @returns `"151.500.000 đồng"` by default.
 * @throws {@link PlanError} `invalid_amount` when `amount` is not an amount; `invalid_value` at `["options", name]`
 *   when an option is not one of its documented values.
 * @example
 * ```ts
 * import { formatVnd, vnd } from "cong-doan-ke-hoach";
 *
 * formatVnd(vnd(151_500_000)); //=> "151.500.000 đồng"
 * formatVnd(-30_000); //=> "-30.000 đồng"
 * formatVnd(151_500_000, { symbol: "₫" }); //=> "151.500.000 ₫"
 * formatVnd(151_500_000, { symbol: "none" }); //=> "151.500.000"
 * formatVnd(151_500_000, { compact: true }); //=> "151,5 triệu đồng"
 * formatVnd(1_250_000, { compact: true }); //=> "1,2 triệu đồng"
 * formatVnd(1_234_567, { compact: true, maximumFractionDigits: 3 }); //=> "1,235 triệu đồng"
 * ```
 * @category Money
 */
export function formatVnd(amount: VndInput, options: FormatVndOptions = {}): string {
  const value = vnd(amount).toBigInt();
  options ??= {};
  checkOptions(options);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const body =
    options.compact === true && magnitude >= 1000n
      ? compactText(magnitude, options.maximumFractionDigits ?? 1)
      : group(magnitude.toString());
  const symbol = options.symbol ?? "đồng";
  return `${negative ? "-" : ""}${body}${symbol === "none" ? "" : ` ${symbol}`}`;
}
