import { vnd, type VndInput } from "./vnd.js";

/**
 * Writes an amount as Vietnamese documents do: digits grouped by three with `.`, then `đồng`.
 *
 * @param amount - a {@link Vnd} or anything {@link vnd} accepts.
 * @returns `"151.500.000 đồng"`; a negative amount starts with `-`.
 * @throws {@link PlanError} `invalid_amount` when `amount` is not an amount.
 * @example
 * ```ts
 * import { formatVnd, vnd } from "cong-doan-ke-hoach";
 *
 * formatVnd(vnd(151_500_000)); //=> "151.500.000 đồng"
 * formatVnd(-30_000); //=> "-30.000 đồng"
 * ```
 * @category Money
 */
export function formatVnd(amount: VndInput): string {
  const digits = vnd(amount).toString();
  const negative = digits.startsWith("-");
  const grouped = (negative ? digits.slice(1) : digits).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped} đồng`;
}
