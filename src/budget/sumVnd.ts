import { requireIterable } from "../errors/guards.js";
import { vnd, Vnd, type VndInput } from "./vnd.js";

/**
 * The sum of many amounts, exact, in any order.
 *
 * @param amounts - any iterable of amounts (consumed once).
 * @returns the total; zero for none.
 * @throws {@link PlanError} `invalid_amount` for an item that is not an amount, or when the total has more than
 *   60 digits; `invalid_type` when `amounts` is not iterable.
 * @example
 * ```ts
 * import { sumVnd } from "cong-doan-ke-hoach";
 *
 * sumVnd([30_000_000, "30.000.000", 15_000_000n]).toString(); //=> "75000000"
 * ```
 * @category Money
 */
export function sumVnd(amounts: Iterable<VndInput>): Vnd {
  requireIterable(amounts, ["amounts"]);
  let total = 0n;
  for (const amount of amounts) total += vnd(amount).toBigInt();
  return Vnd.fromBigInt(total);
}
