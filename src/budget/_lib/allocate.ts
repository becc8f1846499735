import { INVALID_TYPE, INVALID_VALUE, TOO_SMALL } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { kindOf } from "../../errors/describe.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";

/** A ratio read exactly: `digits × 10^-places` (digits a number while it is exact, else a bigint). */
interface Exact {
  readonly digits: number | bigint;
  readonly places: number;
}

const DECIMAL_TEXT = /^(\d+)(?:\.(\d+))?$/;
/** A number's shortest round-trip text, which JavaScript may write in exponent form ("1e-7", "1.5e+21"). */
const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** Reads a ratio exactly as its decimal text says (0.1 is one tenth, not the nearest double); undefined if it is not one. */
function exactOf(ratio: unknown): Exact | undefined {
  let match: RegExpExecArray | null = null;
  if (typeof ratio === "number") {
    if (!(ratio >= 0) || ratio === Number.POSITIVE_INFINITY) return undefined;
    if (Number.isSafeInteger(ratio)) return { digits: ratio, places: 0 }; // the common case: day counts, shares
    match = NUMBER_TEXT.exec(String(ratio));
  } else if (typeof ratio === "string" && ratio.length <= 40) {
    match = DECIMAL_TEXT.exec(ratio);
  }
  if (match === null) return undefined;
  const [, whole = "0", fraction = "", exponent = "0"] = match;
  const places = fraction.length - Number(exponent);
  const text = whole + fraction;
  const digits = text.length <= 15 ? Number(text) : BigInt(text);
  return places >= 0 ? { digits, places } : { digits: BigInt(digits) * 10n ** BigInt(-places), places: 0 };
}

/**
 * Exact integer weights for ratios given as numbers (or decimal strings): each ratio is read exactly as its
 * decimal text (0.1 is one tenth, not the nearest double) and all are scaled by the same power of ten.
 * Refuses an empty list, negative, non-finite or all-zero ratios. Linear in the number of ratios, in double
 * arithmetic while it is exact and bigint beyond (no decimal.js).
 *
 * @internal
 */
export function weightsOf(ratios: readonly (number | string)[]): readonly number[] | readonly bigint[] {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new PlanError([
      Array.isArray(ratios)
        ? newIssue(TOO_SMALL, ["ratios"], { expected: "list length", limit: 1 })
        : newIssue(INVALID_TYPE, ["ratios"], { expected: "array", received: kindOf(ratios) }),
    ]);
  }
  const issues: PlanIssue[] = [];
  const exact: Exact[] = new Array(ratios.length);
  let places = 0;
  let positive = false;
  let small = true;
  for (let i = 0; i < ratios.length; i += 1) {
    const ratio: unknown = ratios[i];
    const read = exactOf(ratio);
    if (read === undefined) {
      if (issues.length < 100) issues.push(newIssue(INVALID_VALUE, ["ratios", i], { expected: "a finite number ≥ 0", expectedVi: "một số hữu hạn ≥ 0", receivedValue: ratio }));
      continue;
    }
    exact[i] = read;
    if (read.places > places) places = read.places;
    if (typeof read.digits === "bigint") small = false;
    if (read.digits > 0) positive = true;
  }
  if (issues.length > 0) throw new PlanError(issues);
  if (!positive) {
    throw new PlanError([newIssue(INVALID_VALUE, ["ratios"], { expected: "at least one ratio above 0", expectedVi: "ít nhất một tỷ lệ lớn hơn 0", receivedValue: 0 })]);
  }
  if (small && places <= 15) {
    // Doubles, while every scaled weight and their sum stay exact.
    const numbers = new Array<number>(exact.length);
    let sum = 0;
    for (let i = 0; i < exact.length; i += 1) {
      const { digits, places: own } = exact[i]!;
      numbers[i] = (digits as number) * 10 ** (places - own);
      sum += numbers[i]!;
    }
    if (Number.isSafeInteger(sum) && numbers.every((n) => Number.isSafeInteger(n))) return numbers;
  }
  const scales = new Map<number, bigint>();
  return exact.map(({ digits, places: own }) => {
    const d = BigInt(digits);
    if (own === places) return d;
    let scale = scales.get(places - own);
    if (scale === undefined) scales.set(places - own, (scale = 10n ** BigInt(places - own)));
    return d * scale;
  });
}

/**
 * Splits `total` in proportion to `weights` exactly: every unit kept, each share within one unit of its
 * exact proportion (the floor of the exact share, or one more). The units left after the floors go one
 * each to the largest fractional parts; equal fractional parts are served in order of index (first
 * listed first). A negative total is split as its absolute value, negated. Double arithmetic where every
 * product is exact (below 2^53), bigint otherwise: the same shares either way.
 *
 * @internal
 */
export function allocateBigInt(total: bigint, weights: readonly number[] | readonly bigint[]): bigint[] {
  if (total < 0n) return allocateBigInt(-total, weights).map((share) => -share);
  const n = weights.length;
  if (typeof weights[0] === "number") {
    const numbers = weights as readonly number[];
    let sum = 0;
    let max = 0;
    for (let i = 0; i < n; i += 1) {
      sum += numbers[i]!;
      if (numbers[i]! > max) max = numbers[i]!;
    }
    if (total <= BigInt(Number.MAX_SAFE_INTEGER) && Number(total) * max <= Number.MAX_SAFE_INTEGER) {
      return allocateNumbers(Number(total), numbers, sum).map(BigInt);
    }
  }
  const big = typeof weights[0] === "number" ? (weights as readonly number[]).map(BigInt) : (weights as readonly bigint[]);
  let sum = 0n;
  for (let i = 0; i < n; i += 1) sum += big[i]!;
  const shares = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let left = total;
  for (let i = 0; i < n; i += 1) {
    const product = total * big[i]!;
    shares[i] = product / sum;
    remainders[i] = product % sum;
    left -= shares[i]!;
  }
  if (left > 0n) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => (remainders[a]! === remainders[b]! ? a - b : remainders[a]! > remainders[b]! ? -1 : 1));
    for (let k = 0; k < Number(left); k += 1) shares[order[k]!]! += 1n;
  }
  return shares;
}

/**
 * {@link allocateBigInt} where `total × weight` and the sum of the weights are below 2^53, so exact in
 * doubles. The leftover units go to the largest remainders: those above the `left`-th largest, then the
 * ones equal to it in index order.
 */
function allocateNumbers(total: number, weights: readonly number[], sum: number): number[] {
  const n = weights.length;
  const shares = new Array<number>(n);
  const remainders = new Float64Array(n);
  let left = total;
  for (let i = 0; i < n; i += 1) {
    const product = total * weights[i]!;
    const remainder = product % sum;
    shares[i] = (product - remainder) / sum;
    remainders[i] = remainder;
    left -= shares[i]!;
  }
  if (left > 0) {
    const sorted = Float64Array.from(remainders).sort();
    const threshold = sorted[n - left]!;
    let above = 0;
    for (let i = 0; i < n; i += 1) if (remainders[i]! > threshold) above += 1;
    let ties = left - above;
    for (let i = 0; i < n; i += 1) {
      if (remainders[i]! > threshold) shares[i]! += 1;
      else if (remainders[i] === threshold && ties > 0) {
        shares[i]! += 1;
        ties -= 1;
      }
    }
  }
  return shares;
}
