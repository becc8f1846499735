/**
 * Rates: a unit price per units ("300.000 đồng/người/buổi") times quantities in those units (100 người ×
 * 2 buổi).
 *
 * @internal
 */

/** A unit as rates compare it: trimmed, NFC, lower case ("Người " and "người" are one unit). @internal */
export function unitKey(unit: string): string {
  return unit.trim().normalize("NFC").toLowerCase();
}

/** Whether two lists hold the same units, each as many times, in any order. @internal */
export function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const unit of a) {
    const key = unitKey(unit);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const unit of b) {
    const key = unitKey(unit);
    const left = counts.get(key);
    if (left === undefined || left === 0) return false;
    counts.set(key, left - 1);
  }
  return true;
}

/**
 * The product of the quantities, exact; `undefined` once its size passes `limit` (so that a list of a
 * hundred thousand quantities cannot build a bigint of a million digits). A zero anywhere gives zero.
 *
 * @internal
 */
export function productOf(quantities: readonly { readonly quantity: number }[], limit: bigint): bigint | undefined {
  let product = 1n;
  let overflow = false;
  for (const { quantity } of quantities) {
    if (quantity === 0) return 0n;
    if (overflow) continue;
    product *= BigInt(quantity);
    if (product >= limit || product <= -limit) overflow = true;
  }
  return overflow ? undefined : product;
}

/** "100 người × 2 buổi" (the first ten quantities, then "…"). @internal */
export function quantitiesText(quantities: readonly { readonly quantity: number; readonly unit: string }[]): string {
  const shown = quantities.slice(0, 10).map((q) => `${q.quantity} ${clip(q.unit.trim())}`);
  return quantities.length > 10 ? `${shown.join(" × ")} × …` : shown.join(" × ");
}

/** "người/buổi" (the first ten units, then "…"). @internal */
export function unitsText(units: readonly string[]): string {
  const shown = units.slice(0, 10).map((u) => clip(u.trim()));
  return units.length > 10 ? `${shown.join("/")}/…` : shown.join("/");
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}...` : s);
