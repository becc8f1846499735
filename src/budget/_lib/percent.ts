/**
 * Percentages read exactly and applied to whole đồng without floating point: a percentage is the decimal
 * its number writes (12.5 is 125/10, 0.1 is 1/10, not the nearest double), so `percent × amount / 100` is
 * a fraction of bigints.
 *
 * @internal
 */

/** A non-negative percentage as `digits / scale` (scale a power of ten). @internal */
export interface ExactPercent {
  readonly digits: bigint;
  readonly scale: bigint;
}

/** A number's shortest round-trip text, which JavaScript may write in exponent form ("1e-7"). */
const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** Reads a finite number ≥ 0 exactly as its decimal text; undefined for anything else. @internal */
export function exactPercent(value: unknown): ExactPercent | undefined {
  if (typeof value !== "number" || !(value >= 0) || value === Number.POSITIVE_INFINITY) return undefined;
  if (Number.isSafeInteger(value)) return { digits: BigInt(value), scale: 1n };
  const match = NUMBER_TEXT.exec(String(value));
  if (match === null) return undefined;
  const [, whole = "0", fraction = "", exponent = "0"] = match;
  const places = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction);
  return places >= 0 ? { digits, scale: 10n ** BigInt(places) } : { digits: digits * 10n ** BigInt(-places), scale: 1n };
}

/**
 * `percent × amount / 100`, rounded half up to the đồng (half away from zero for a negative amount, so
 * that a share of −x is the negation of the share of x). @internal
 */
export function shareOfAmount(percent: ExactPercent, amount: bigint): bigint {
  const numerator = percent.digits * amount;
  const denominator = percent.scale * 100n;
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / denominator;
  if ((n % denominator) * 2n >= denominator) q += 1n;
  return negative ? -q : q;
}

/** The percentage as documents write it: "12.5" in English, "12,5" in Vietnamese. @internal */
export function percentText(value: number, vietnamese: boolean): string {
  const text = String(value);
  return vietnamese ? text.replace(".", ",") : text;
}
