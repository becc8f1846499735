import { INVALID_AMOUNT, INVALID_QUANTITY } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError } from "../errors/PlanError.js";
import { MAX_DIGITS } from "./_lib/limits.js";

/**
 * What {@link vnd} accepts: a safe integer number, a bigint, a digit string (`"151500000"`, also grouped
 * with dots `"151.500.000"`, with an optional leading `-`), or a {@link Vnd}.
 *
 * @example
 * ```ts
 * import type { VndInput } from "cong-doan-ke-hoach";
 *
 * const inputs: VndInput[] = [151500000, 151500000n, "151.500.000"];
 * ```
 * @category Money
 */
export type VndInput = number | bigint | string | Vnd;

const PLAIN = /^-?\d+$/;

/** 10^60: an amount, a sum or a product has at most 60 digits. */
const LIMIT = 10n ** BigInt(MAX_DIGITS);

/** Registered with `Symbol.for`, so the same in every copy of the library. */
const VND_BRAND: unique symbol = /* @__PURE__ */ Symbol.for("cong-doan-ke-hoach.Vnd") as never;
const GROUPED = /^-?[1-9]\d{0,2}(?:\.\d{3})+$/;

/**
 * An immutable amount of whole Vietnamese đồng (VND has no minor unit). Exact far beyond 2^53: sums and
 * products are bigint arithmetic; ratios and allocations use decimal.js.
 * Make one with {@link vnd}; every operation returns a new value.
 *
 * @example
 * ```ts
 * import { vnd } from "cong-doan-ke-hoach";
 *
 * const royalties = vnd(100_000).multiply(365);
 * royalties.toString(); //=> "36500000"
 * royalties.add("115.000.000").toJSON(); //=> "151500000"
 * ```
 * @category Money
 */
export class Vnd {
  /**
   * The amount in đồng. Sums, differences and products of whole đồng are exact bigint arithmetic (the fast
   * path for budget tables); ratios, percentages and allocations go through decimal.js in `_lib/decimal`.
   *
   * @internal
   */
  private readonly value: bigint;

  /** @internal Use {@link vnd}. */
  private constructor(value: bigint) {
    if (typeof value !== "bigint") throw new TypeError("Vnd: use vnd() to make an amount");
    // Sums and products stay within the digits an amount may have: never a figure nobody wrote.
    if (value >= LIMIT || value <= -LIMIT) {
      throw amountError(value.toString(), `the result has more than ${MAX_DIGITS} digits`, `kết quả có quá ${MAX_DIGITS} chữ số`);
    }
    this.value = value;
    Object.freeze(this);
  }

  /** @internal */
  static fromBigInt(value: bigint): Vnd {
    return new Vnd(value);
  }

  /**
   * The brand that every copy of the library (the ESM and the CommonJS builds) gives its amounts, so that
   * {@link isVnd} and `instanceof Vnd` recognise an amount made by another copy.
   *
   * @internal
   */
  get [VND_BRAND](): true {
    return true;
  }

  /**
   * `value instanceof Vnd` holds for the amounts of every copy of this library; see {@link isVnd}.
   *
   * @param value - anything.
   * @returns whether `value` is an amount.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isVnd(value);
  }

  /**
   * @param other - the amount to add.
   * @returns `this + other`.
   * @throws {@link PlanError} `invalid_amount` when `other` is not an amount or the sum has more than 60 digits.
   */
  add(other: VndInput): Vnd {
    return new Vnd(this.value + vnd(other).toBigInt());
  }

  /**
   * @param other - the amount to take away.
   * @returns `this − other` (negative where `other` is larger: an overspend).
   * @throws {@link PlanError} `invalid_amount` when `other` is not an amount or the difference has more than 60 digits.
   */
  subtract(other: VndInput): Vnd {
    return new Vnd(this.value - vnd(other).toBigInt());
  }

  /**
   * @param quantity - a whole number of items (a safe integer or a bigint).
   * @returns `this × quantity`.
   * @throws {@link PlanError} `invalid_quantity` when the quantity is not a whole number or not exact;
   *   `invalid_amount` when the product has more than 60 digits.
   */
  multiply(quantity: number | bigint): Vnd {
    if (typeof quantity === "bigint") return new Vnd(this.value * quantity);
    if (typeof quantity !== "number" || !Number.isSafeInteger(quantity)) {
      const [detail, detailVi] =
        typeof quantity !== "number"
          ? [`a quantity is a number or a bigint, not a ${typeof quantity}`, "số lượng phải là số hoặc bigint"]
          : Number.isInteger(quantity)
            ? ["a quantity beyond 2^53 is not exact: pass a bigint", "số lượng vượt quá 2^53 không còn chính xác: hãy dùng bigint"]
            : ["a quantity must be a whole number", "số lượng phải là số nguyên"];
      throw new PlanError([newIssue(INVALID_QUANTITY, [], { value: quantity, detail, detailVi })]);
    }
    return new Vnd(this.value * BigInt(quantity));
  }

  /**
   * @param other - the amount to compare with.
   * @returns `-1`, `0` or `1` as this amount is less than, equal to or greater than `other`.
   */
  compare(other: VndInput): -1 | 0 | 1 {
    const that = vnd(other).toBigInt();
    return this.value < that ? -1 : this.value > that ? 1 : 0;
  }

  /**
   * @param other - the amount to compare with.
   * @returns whether both are the same number of đồng.
   */
  equals(other: VndInput): boolean {
    return this.compare(other) === 0;
  }

  /** @returns whether the amount is zero. */
  isZero(): boolean {
    return this.value === 0n;
  }

  /** @returns whether the amount is below zero. */
  isNegative(): boolean {
    return this.value < 0n;
  }

  /** @returns the plain digits, `"151500000"` (with a leading `-` when negative). */
  toString(): string {
    return this.value.toString();
  }

  /** @returns the amount as a bigint. */
  toBigInt(): bigint {
    return this.value;
  }

  /** @returns the digit string, so that `JSON.stringify` writes amounts exactly. */
  toJSON(): string {
    return this.toString();
  }

  /**
   * Amounts become text (`${amount}`, `String(amount)`) as their digits, but never numbers: `<`, `>` and
   * `+` on two amounts would compare or join their digit strings, so they throw. Use {@link Vnd.compare},
   * {@link Vnd.add} and {@link Vnd.compare | Vnd.compare} for sorting.
   *
   * @param hint - what JavaScript asks for.
   * @returns the digits, for `"string"`.
   * @throws TypeError for `"number"` and `"default"` (`+`, `<`, `==` with a primitive).
   */
  [Symbol.toPrimitive](hint: "string" | "number" | "default"): string {
    if (hint === "string") return this.toString();
    throw new TypeError("A Vnd amount is not a number: use compare(), add() or subtract(), or Vnd.compare to sort");
  }

  /**
   * Compares two amounts, for `Array.prototype.sort`.
   *
   * @param a - an amount.
   * @param b - another amount.
   * @returns `-1`, `0` or `1`.
   * @example
   * ```ts
   * import { vnd, Vnd } from "cong-doan-ke-hoach";
   *
   * [vnd(10), vnd(9), vnd(100)].sort(Vnd.compare).map(String); //=> ["9", "10", "100"]
   * ```
   */
  static compare(this: void, a: VndInput, b: VndInput): -1 | 0 | 1 {
    return vnd(a).compare(b);
  }
}

function amountError(value: unknown, detail?: string, detailVi?: string): PlanError {
  return new PlanError([newIssue(INVALID_AMOUNT, [], { value, ...(detail ? { detail } : {}), ...(detailVi ? { detailVi } : {}) })]);
}

/**
 * Makes an exact amount of whole đồng.
 *
 * @param value - a safe integer number, a bigint, a digit string (`"151500000"` or `"151.500.000"`,
 *   an optional leading `-`), or a {@link Vnd} (returned as it is).
 * @returns the amount.
 * @throws {@link PlanError} with code `invalid_amount` for a fraction, `NaN`, `Infinity`, an unsafe
 *   integer number (pass a bigint or a string instead), an empty or unreadable string, or more than 60 digits.
 * @example
 * ```ts
 * import { vnd } from "cong-doan-ke-hoach";
 *
 * vnd("151.500.000").toString(); //=> "151500000"
 * vnd(10n ** 30n).toString(); //=> "1000000000000000000000000000000"
 * ```
 * @category Money
 */
export function vnd(value: VndInput): Vnd {
  if (isVnd(value)) return value;
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw amountError(value, "not a finite number", "không phải là số hữu hạn");
      if (!Number.isInteger(value)) throw amountError(value, "a fraction of a đồng", "có phần lẻ của đồng");
      if (!Number.isSafeInteger(value)) {
        throw amountError(value, "beyond 2^53 a number is not exact: pass a bigint or a digit string", "vượt quá 2^53, số không còn chính xác: hãy dùng bigint hoặc chuỗi chữ số");
      }
      return Vnd.fromBigInt(BigInt(value));
    case "bigint":
      return fromDigits(value.toString(), value);
    case "string": {
      const text = value.trim();
      if (PLAIN.test(text)) return fromDigits(text, value);
      if (GROUPED.test(text)) return fromDigits(text.replaceAll(".", ""), value);
      throw amountError(value, text === "" ? "empty text" : "not digits such as \"151500000\" or \"151.500.000\"", text === "" ? "chuỗi rỗng" : "không phải chữ số dạng \"151500000\" hoặc \"151.500.000\"");
    }
    default:
      throw amountError(value, "expected a number, a bigint or a digit string", "cần số, bigint hoặc chuỗi chữ số");
  }
}

function fromDigits(digits: string, original: unknown): Vnd {
  const unsigned = digits.startsWith("-") ? digits.slice(1) : digits;
  if (unsigned.replace(/^0+/, "").length > MAX_DIGITS) {
    throw amountError(original, `more than ${MAX_DIGITS} digits`, `quá ${MAX_DIGITS} chữ số`);
  }
  return Vnd.fromBigInt(BigInt(digits));
}

/**
 * Tells whether a value is a {@link Vnd}, made by any copy of this library: the ESM and the CommonJS
 * builds (which a bundler or a test runner may load side by side) recognise each other's amounts by a brand
 * registered with `Symbol.for`. `instanceof Vnd` answers the same.
 *
 * @param value - anything.
 * @returns whether it is an amount.
 * @example
 * ```ts
 * import { isVnd, vnd } from "cong-doan-ke-hoach";
 *
 * isVnd(vnd(1)); //=> true
 * isVnd(1); //=> false
 * ```
 * @category Money
 */
export function isVnd(value: unknown): value is Vnd {
  if (value === null || typeof value !== "object") return false;
  try {
    return (value as { [VND_BRAND]?: unknown })[VND_BRAND] === true;
  } catch {
    return false; // a revoked proxy, a throwing getter
  }
}
