import { INVALID_AMOUNT, INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";

import { PlanError } from "../errors/PlanError.js";
import { decimal, ROUNDING } from "./_lib/decimal.js";
import { vnd, type VndInput } from "./vnd.js";

/**
 * How a decimal result is rounded to its last kept digit. `"half-even"` (banker's rounding) is the
 * default: it does not drift upwards over many roundings.
 *
 * @example
 * ```ts
 * import type { RoundingMode } from "cong-doan-ke-hoach";
 *
 * const rounding: RoundingMode = "half-up";
 * ```
 * @category Money
 */
export type RoundingMode = "half-even" | "half-up" | "half-down" | "up" | "down" | "ceil" | "floor";

const MODES: Readonly<Record<RoundingMode, 0 | 1 | 2 | 3 | 4 | 5 | 6>> = ROUNDING;

/**
 * Options of {@link percentOf} and {@link ratioOf}.
 *
 * @example
 * ```ts
 * import type { RatioOptions } from "cong-doan-ke-hoach";
 *
 * const options: RatioOptions = { decimals: 2, rounding: "half-up" };
 * ```
 * @category Money
 */
export interface RatioOptions {
  /** Digits after the decimal point, 0 to 20 (default 1 for percentages, 4 for ratios). */
  readonly decimals?: number | undefined;
  /** How the last digit is rounded (default `"half-even"`). */
  readonly rounding?: RoundingMode | undefined;
}

function divide(part: VndInput, whole: VndInput, scale: number, options: RatioOptions, defaultDecimals: number): string {
  const decimals = options?.decimals ?? defaultDecimals;
  const rounding = options?.rounding ?? "half-even";
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new PlanError([newIssue(INVALID_VALUE, ["decimals"], { expected: "a whole number from 0 to 20", expectedVi: "một số nguyên từ 0 đến 20", receivedValue: decimals })]);
  }
  if (typeof rounding !== "string" || !Object.hasOwn(MODES, rounding)) {
    throw new PlanError([newIssue(INVALID_VALUE, ["rounding"], { expected: Object.keys(MODES).map((m) => JSON.stringify(m)).join(", "), receivedValue: rounding })]);
  }
  const denominator = vnd(whole);
  if (denominator.isZero()) {
    throw new PlanError([newIssue(INVALID_AMOUNT, ["whole"], { value: "0", detail: "cannot divide by zero", detailVi: "không thể chia cho 0" })]);
  }
  const Decimal = decimal();
  const quotient = new Decimal(vnd(part).toString()).times(scale).dividedBy(denominator.toString());
  return quotient.toDecimalPlaces(decimals, MODES[rounding]).toFixed(decimals);
}

/**
 * What percentage one amount is of another, as an exact decimal string rounded by a named mode.
 *
 * @param part - the amount measured (spent, say).
 * @param whole - the amount it is measured against (the budget); not zero.
 * @param options - `decimals` (default 1) and `rounding` (default `"half-even"`).
 * @returns the percentage, `"73.6"`; negative when exactly one of the amounts is.
 * @throws {@link PlanError} `invalid_amount` at `["whole"]` for a zero whole, `invalid_value` for bad options.
 * @example
 * ```ts
 * import { percentOf } from "cong-doan-ke-hoach";
 *
 * percentOf(36_500_000, 151_500_000); //=> "24.1"
 * percentOf(1, 8, { decimals: 1 }); //=> "12.5"
 * percentOf(1, 8, { decimals: 0, rounding: "half-up" }); //=> "13"
 * ```
 * @category Money
 */
export function percentOf(part: VndInput, whole: VndInput, options: RatioOptions = {}): string {
  return divide(part, whole, 100, options, 1);
}

/**
 * One amount divided by another, as an exact decimal string rounded by a named mode.
 *
 * @param part - the numerator.
 * @param whole - the denominator; not zero.
 * @param options - `decimals` (default 4) and `rounding` (default `"half-even"`).
 * @returns the ratio, `"0.2409"`.
 * @throws {@link PlanError} as {@link percentOf}.
 * @example
 * ```ts
 * import { ratioOf } from "cong-doan-ke-hoach";
 *
 * ratioOf(36_500_000, 151_500_000); //=> "0.2409"
 * ```
 * @category Money
 */
export function ratioOf(part: VndInput, whole: VndInput, options: RatioOptions = {}): string {
  return divide(part, whole, 1, options, 4);
}
