import { INVALID_QUANTITY } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError } from "../errors/PlanError.js";
import { allocateBigInt, weightsOf } from "./_lib/allocate.js";
import { vnd, Vnd, type VndInput } from "./vnd.js";

/**
 * Splits an amount exactly in proportion to ratios: the shares add up to the total (no đồng lost or
 * invented), and each share is within one đồng of its exact proportion. After each share takes the whole
 * đồng of its exact proportion, the đồng left over go one each to the shares with the largest fractional
 * parts; equal fractional parts are served in the order of the ratios (first listed first), so the result
 * is deterministic. A negative total (an overspend) is split as its absolute value, negated.
 *
 * @param total - the amount to split.
 * @param ratios - non-negative finite numbers (or decimal strings such as `"0.3"`), not all zero; read
 *   exactly, so `[0.1, 0.2]` is one part to two.
 * @returns one share per ratio, in order, frozen.
 * @throws {@link PlanError} `too_small` for no ratio, `invalid_value` at `["ratios", i]` for a negative,
 *   non-finite or non-number ratio, and at `["ratios"]` when all are zero; `invalid_amount` for a bad total.
 * @example
 * ```ts
 * import { allocate, vnd } from "cong-doan-ke-hoach";
 *
 * allocate(vnd(30_000_000), [1, 1, 1]).map(String); //=> ["10000000", "10000000", "10000000"]
 * allocate(vnd(100), [1, 1, 1]).map(String); //=> ["34", "33", "33"]
 * allocate(vnd(10), [0.7, 0.3]).map(String); //=> ["7", "3"]
 * ```
 * @category Money
 */
export function allocate(total: VndInput, ratios: readonly (number | string)[]): readonly Vnd[] {
  const amount = vnd(total);
  return Object.freeze(allocateBigInt(amount.toBigInt(), weightsOf(ratios)).map((share) => Vnd.fromBigInt(share)));
}

/**
 * Splits a whole count (posters, clips, articles) in proportion to ratios, like {@link allocate}: the
 * parts add up to the count, each within one of its exact proportion, leftovers to the largest fractional
 * parts, ties in the order of the ratios.
 *
 * @param count - a safe integer number or a bigint; the parts have the same type.
 * @param ratios - as for {@link allocate}.
 * @returns one part per ratio, frozen.
 * @throws {@link PlanError} `invalid_quantity` for a count that is not a whole number; the ratio errors of
 *   {@link allocate}.
 * @example
 * ```ts
 * import { allocateCount } from "cong-doan-ke-hoach";
 *
 * allocateCount(125_000, [3, 2, 2]); //=> [53572, 35714, 35714]
 * ```
 * @category Money
 */
export function allocateCount<T extends number | bigint>(count: T, ratios: readonly (number | string)[]): readonly T[] {
  if (typeof count === "bigint") return Object.freeze(allocateBigInt(count, weightsOf(ratios)) as T[]);
  if (typeof count !== "number" || !Number.isSafeInteger(count)) {
    throw new PlanError([
      newIssue(INVALID_QUANTITY, ["count"], { value: count, detail: "a count is a whole number", detailVi: "số lượng phải là số nguyên" }),
    ]);
  }
  return Object.freeze(allocateBigInt(BigInt(count), weightsOf(ratios)).map((part) => Number(part)) as T[]);
}
