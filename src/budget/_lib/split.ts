import { allocateBigInt } from "./allocate.js";
import type { ExactPercent } from "./percent.js";

/** An entry of a line's `funding`, read. @internal */
export interface FundingEntry {
  readonly sourceId: string;
  readonly amount: bigint | undefined;
  readonly percent: ExactPercent | undefined;
}

/** What a source pays of a line. @internal */
export interface Part {
  readonly sourceId: string;
  readonly amount: bigint;
}

/** Why a split does not hold. @internal */
export type SplitFailure =
  /** The percentages add up to more than 100. */
  | { readonly reason: "percent_over_100"; readonly percentTotal: string }
  /** An entry gives an amount and a percentage that differ by a đồng or more. */
  | { readonly reason: "percent_amount_mismatch"; readonly index: number; readonly computed: bigint }
  /** The entries' amounts and percentages do not make up the line: `covered` is what they give. */
  | { readonly reason: "parts_do_not_add_up"; readonly covered: bigint };

/** The sum of the percentages (as exact digits over a common power of ten), or undefined when none is given. */
function percentSum(entries: readonly FundingEntry[]): { digits: bigint; scale: bigint } | undefined {
  let scale = 1n;
  let any = false;
  for (const e of entries) {
    if (e.percent === undefined) continue;
    any = true;
    if (e.percent.scale > scale) scale = e.percent.scale;
  }
  if (!any) return undefined;
  let digits = 0n;
  for (const e of entries) if (e.percent !== undefined) digits += e.percent.digits * (scale / e.percent.scale);
  return { digits, scale };
}

/** `digits / scale` as a decimal text: 1125 / 10 is "112.5". */
function decimalText(digits: bigint, scale: bigint): string {
  const places = scale.toString().length - 1;
  if (places === 0) return digits.toString();
  const text = digits.toString().padStart(places + 1, "0");
  const whole = text.slice(0, -places);
  const fraction = text.slice(-places).replace(/0+$/, "");
  return fraction === "" ? whole : `${whole}.${fraction}`;
}

/**
 * Checks the percentages of a line's funding without the line's amount: they may not add up to more
 * than 100. @internal
 */
export function checkPercents(entries: readonly FundingEntry[]): SplitFailure | undefined {
  const sum = percentSum(entries);
  if (sum !== undefined && sum.digits > 100n * sum.scale) return { reason: "percent_over_100", percentTotal: decimalText(sum.digits, sum.scale) };
  return undefined;
}

/**
 * Splits a line's amount between the sources of its `funding`, exactly:
 *
 * - an entry with an `amount` takes it (an entry that also gives a `percent` must be within a đồng of
 *   that percentage of the line);
 * - an entry with a `percent` (and no amount) takes that percentage **of the whole line**; the
 *   percentages' parts are rounded to the đồng by the largest-remainder rule (the floor of each exact
 *   part, then one đồng each to the largest remainders, the first listed first on a tie);
 * - an entry with neither takes what the others leave (several such entries share it equally, by the
 *   same rule).
 *
 * Without an entry that takes the rest, the amounts and the percentages must make up the line: the
 * percentages' parts then add up to the line less the amounts, which must be within a đồng per entry
 * of their exact value. The parts always add up to the line when the split holds. A negative line (a
 * refund line an app builds) is split as its opposite, negated.
 *
 * @internal
 */
export function splitLine(amount: bigint, entries: readonly FundingEntry[]): { readonly parts: Part[] } | SplitFailure {
  if (amount < 0n) {
    const negated = splitLine(
      -amount,
      entries.map((e) => (e.amount === undefined ? e : { ...e, amount: -e.amount })),
    );
    if ("parts" in negated) return { parts: negated.parts.map((p) => ({ sourceId: p.sourceId, amount: -p.amount })) };
    if (negated.reason === "percent_amount_mismatch") return { ...negated, computed: -negated.computed };
    if (negated.reason === "parts_do_not_add_up") return { ...negated, covered: -negated.covered };
    return negated;
  }
  const over = checkPercents(entries);
  if (over !== undefined) return over;
  let given = 0n;
  const percentIndexes: number[] = [];
  const restIndexes: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.amount !== undefined) {
      given += e.amount;
      if (e.percent !== undefined) {
        // |amount − percent × line / 100| < 1, in whole numbers.
        const denominator = 100n * e.percent.scale;
        const difference = e.amount * denominator - e.percent.digits * amount;
        if (difference >= denominator || difference <= -denominator) {
          return { reason: "percent_amount_mismatch", index: i, computed: roundHalfUp(e.percent.digits * amount, denominator) };
        }
      }
    } else if (e.percent !== undefined) percentIndexes.push(i);
    else restIndexes.push(i);
  }
  // The exact parts of the percentages, over one denominator.
  let scale = 1n;
  for (const i of percentIndexes) if (entries[i]!.percent!.scale > scale) scale = entries[i]!.percent!.scale;
  const denominator = 100n * scale;
  const numerators = percentIndexes.map((i) => {
    const p = entries[i]!.percent!;
    return p.digits * (scale / p.scale) * amount;
  });
  const exact = numerators.reduce((a, b) => a + b, 0n);
  const shares = new Array<bigint>(entries.length).fill(0n);
  for (let i = 0; i < entries.length; i++) if (entries[i]!.amount !== undefined) shares[i] = entries[i]!.amount!;
  let target: bigint;
  if (restIndexes.length === 0) {
    target = amount - given;
    const off = exact - target * denominator;
    if (off >= denominator || off <= -denominator) return { reason: "parts_do_not_add_up", covered: given + roundHalfUp(exact, denominator) };
  } else {
    target = roundHalfUp(exact, denominator);
    const rest = amount - given - target;
    if (rest < 0n) return { reason: "parts_do_not_add_up", covered: given + target };
    allocateBigInt(rest, restIndexes.map(() => 1)).forEach((share, k) => (shares[restIndexes[k]!] = share));
  }
  if (!distribute(target, numerators, denominator, percentIndexes, shares)) {
    return { reason: "parts_do_not_add_up", covered: given + roundHalfUp(exact, denominator) };
  }
  return { parts: entries.map((e, i) => ({ sourceId: e.sourceId, amount: shares[i]! })) };
}

/**
 * Gives the entries at `indexes` the floors of `numerators / denominator`, then one more each to the
 * largest remainders until they add up to `target`; false when that cannot be done (never, when the
 * caller's conditions hold).
 */
function distribute(target: bigint, numerators: readonly bigint[], denominator: bigint, indexes: readonly number[], shares: bigint[]): boolean {
  let left = target;
  const remainders = numerators.map((n) => n % denominator);
  numerators.forEach((n, k) => {
    shares[indexes[k]!] = n / denominator;
    left -= n / denominator;
  });
  if (left < 0n || left > BigInt(indexes.length)) return false;
  const order = indexes.map((_, k) => k).sort((a, b) => (remainders[a]! === remainders[b]! ? a - b : remainders[a]! > remainders[b]! ? -1 : 1));
  for (let k = 0; k < Number(left); k++) shares[indexes[order[k]!]!]! += 1n;
  return true;
}

/** `numerator / denominator` (both ≥ 0, denominator > 0) rounded half up. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const q = numerator / denominator;
  return (numerator % denominator) * 2n >= denominator ? q + 1n : q;
}
