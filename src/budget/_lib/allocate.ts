import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import { makeIssue } from "../../errors/messages.js";
import { Decimal } from "./decimal.js";

/**
 * Exact integer weights for ratios given as numbers (or decimal strings): each ratio is read exactly
 * through decimal.js (0.1 is one tenth, not the nearest double) and all are scaled by the same power of
 * ten. Refuses an empty list, negative, non-finite or all-zero ratios.
 *
 * @internal
 */
export function weightsOf(ratios: readonly (number | string)[]): bigint[] {
  const issues: PlanIssue[] = [];
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new PlanError([makeIssue("too_small", ["ratios"], { expected: "list length", limit: 1 })]);
  }
  const decimals: Decimal[] = [];
  ratios.forEach((ratio, i) => {
    const ok =
      (typeof ratio === "number" && Number.isFinite(ratio) && ratio >= 0) ||
      (typeof ratio === "string" && /^\d+(\.\d+)?$/.test(ratio) && ratio.length <= 40);
    if (!ok) {
      issues.push(makeIssue("invalid_value", ["ratios", i], { expected: "a finite number ≥ 0", received: typeof ratio === "number" || typeof ratio === "string" ? String(ratio) : typeof ratio }));
    } else {
      decimals.push(new Decimal(ratio));
    }
  });
  if (issues.length > 0) throw new PlanError(issues);
  if (decimals.every((d) => d.isZero())) {
    throw new PlanError([makeIssue("invalid_value", ["ratios"], { expected: "at least one ratio above 0", received: "all zero" })]);
  }
  const places = Math.max(...decimals.map((d) => d.decimalPlaces()));
  const scale = new Decimal(10).pow(places);
  return decimals.map((d) => BigInt(d.times(scale).toFixed(0)));
}

/**
 * Splits `total` in proportion to `weights` exactly: every unit kept, each share within one unit of its
 * exact proportion (the floor of the exact share, or one more). The units left after the floors go one
 * each to the largest fractional parts; equal fractional parts are served in order of index (first
 * listed first). A negative total is split as its absolute value, negated.
 *
 * @internal
 */
export function allocateBigInt(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) return allocateBigInt(-total, weights).map((share) => -share);
  const sum = weights.reduce((a, b) => a + b, 0n);
  const shares = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares;
}
