import { INVALID_TYPE } from "./codes.js";
import { newIssue } from "./issue.js";
import { kindOf } from "./describe.js";
/**
 * One problem found in data that a caller passed: where it is, a stable code, and what is wrong
 * in English and in Vietnamese.
 *
 * @example
 * ```ts
 * import { safeParsePlan } from "cong-doan-ke-hoach";
 *
 * const result = safeParsePlan({});
 * if (!result.success) {
 *   const [first] = result.error.issues;
 *   console.log(first?.path, first?.code);
 *   //=> ["schemaVersion"], "missing"
 * }
 * ```
 * @category Errors
 */
export interface PlanIssue {
  /** Where the problem is, from the root of the value that was checked: keys and array indexes. */
  readonly path: readonly (string | number)[];
  /** A stable snake_case code (see {@link IssueCode}); test against it, not against the wording. */
  readonly code: IssueCode;
  /** What is wrong, in English. */
  readonly message: string;
  /** What is wrong, in Vietnamese. */
  readonly messageVi: string;
}

/**
 * The stable codes of {@link PlanIssue}. New codes may be added in minor releases; none is renamed.
 *
 * @example
 * ```ts
 * import type { IssueCode } from "cong-doan-ke-hoach";
 *
 * const code: IssueCode = "unknown_reference";
 * ```
 * @category Errors
 */
export type IssueCode =
  | "invalid_type"
  | "missing"
  | "unrecognized_keys"
  | "invalid_value"
  | "invalid_format"
  | "too_small"
  | "too_big"
  | "invalid_date"
  | "invalid_window"
  | "invalid_time_expression"
  | "invalid_amount"
  | "invalid_quantity"
  | "invalid_month"
  | "invalid_lunar_date"
  | "invalid_document_reference"
  | "duplicate_id"
  | "unknown_reference"
  | "wrong_reference_kind"
  | "hierarchy_cycle"
  | "invalid_parent_kind"
  | "outlet_mismatch"
  | "invalid_input"
  | "too_many_periods";

/**
 * The base class of every error this library throws for bad input. Its {@link PlanError.issues} lists
 * each problem with its path, code and messages in English and Vietnamese.
 *
 * @example
 * ```ts
 * import { PlanError, vnd } from "cong-doan-ke-hoach";
 *
 * try {
 *   vnd(1.5);
 * } catch (error) {
 *   if (error instanceof PlanError) console.log(error.issues[0]?.code);
 *   //=> "invalid_amount"
 * }
 * ```
 * @category Errors
 */
export class PlanError extends Error {
  /** Every problem found, in a stable order. Never empty. */
  readonly issues: readonly PlanIssue[];

  /**
   * Makes an error whose message summarises the first issues.
   *
   * @param issues - the problems; at least one. They are copied and frozen.
   * @param options - the standard `cause`.
   */
  constructor(issues: readonly PlanIssue[], options?: { cause?: unknown }) {
    super(summarize(issues), options);
    this.name = "PlanError";
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
    brand(this, "PlanError");
  }

  /**
   * `error instanceof PlanError` holds for the PlanErrors of every copy of this library (the ESM and the
   * CommonJS builds, two versions bundled together), which carry the same registered brand; see
   * {@link isPlanError}.
   *
   * @param value - anything.
   * @returns whether `value` is a PlanError (or, for a subclass, an error of that subclass).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasInstance(this, value, PlanError, "PlanError");
  }
}

/**
 * `instanceof` for the error classes: a true instance, or, for the class itself (not a subclass of it), a value
 * that carries its brand. Each class asks for itself, so that PlanError does not name its subclasses (a bundle
 * that never makes a PlanValidationError does not carry it).
 */
function hasInstance(target: unknown, value: unknown, own: unknown, kind: string): boolean {
  return Function.prototype[Symbol.hasInstance].call(target, value) || (target === own && brandsOf(value).includes(kind));
}

/** The brand that every copy of the library registers under the same key (`Symbol.for`). */
const ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for("cong-doan-ke-hoach.PlanError") as never;

function brand(error: PlanError, kind: string): void {
  const kinds = brandsOf(error);
  Object.defineProperty(error, ERROR_BRAND, { value: Object.freeze([...kinds, kind]), enumerable: false, configurable: true });
}

function brandsOf(value: unknown): readonly string[] {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return [];
  try {
    const kinds: unknown = (value as Record<symbol, unknown>)[ERROR_BRAND];
    return Array.isArray(kinds) ? (kinds as string[]) : [];
  } catch {
    return []; // a revoked proxy, a throwing getter
  }
}

/**
 * Tells whether a value is a {@link PlanError} of this library, from whichever copy of it (the ESM and the
 * CommonJS builds, which a bundler or a test runner may load side by side, each have their own class; they
 * recognise each other's errors by a brand registered with `Symbol.for`). `instanceof PlanError` answers the
 * same.
 *
 * @param value - anything, e.g. a caught exception.
 * @returns whether it is a PlanError (a {@link PlanValidationError} included).
 * @example
 * ```ts
 * import { isPlanError, vnd } from "cong-doan-ke-hoach";
 *
 * let caught: unknown;
 * try {
 *   vnd(1.5);
 * } catch (error) {
 *   caught = error;
 * }
 * isPlanError(caught); //=> true
 * isPlanError(new Error("x")); //=> false
 * ```
 * @category Errors
 */
export function isPlanError(value: unknown): value is PlanError {
  return brandsOf(value).includes("PlanError");
}

/**
 * Thrown by {@link parsePlan} when a plan document is not valid: lists every problem at once.
 *
 * @example
 * ```ts
 * import { parsePlan, PlanValidationError } from "cong-doan-ke-hoach";
 *
 * try {
 *   parsePlan({ schemaVersion: 1 });
 * } catch (error) {
 *   if (error instanceof PlanValidationError) console.log(error.issues.length > 1);
 *   //=> true
 * }
 * ```
 * @category Errors
 */
export class PlanValidationError extends PlanError {
  /**
   * Makes the error for a rejected plan document.
   *
   * @param issues - the problems; at least one. They are copied and frozen.
   * @param options - the standard `cause`.
   */
  constructor(issues: readonly PlanIssue[], options?: { cause?: unknown }) {
    super(issues, options);
    this.name = "PlanValidationError";
    brand(this, "PlanValidationError");
  }

  /**
   * `error instanceof PlanValidationError` holds for the PlanValidationErrors of every copy of this library,
   * as for {@link PlanError}.
   *
   * @param value - anything.
   * @returns whether `value` is a PlanValidationError (or, for a subclass, an error of that subclass).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasInstance(this, value, PlanValidationError, "PlanValidationError");
  }
}

/**
 * What the `safe*` functions return instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParsePlan, type SafeResult, type Plan, type PlanValidationError } from "cong-doan-ke-hoach";
 *
 * const result: SafeResult<Plan, PlanValidationError> = safeParsePlan({});
 * console.log(result.success);
 * //=> false
 * ```
 * @category Errors
 */
export type SafeResult<T, E extends PlanError = PlanError> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: E };

function summarize(issues: readonly PlanIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return `${issues.length} problem${issues.length === 1 ? "" : "s"}: ${shown.join("; ")}${more}`;
}

/**
 * Writes an issue path the way JavaScript would address it: `channels[0].quotas[1].min`.
 *
 * @param path - the path of a {@link PlanIssue}.
 * @returns the path as text; `(root)` for the empty path.
 * @throws {@link PlanError} `invalid_type` when `path` is not an array of strings and numbers.
 * @example
 * ```ts
 * import { formatPath } from "cong-doan-ke-hoach";
 *
 * formatPath(["channels", 0, "quotas", 1, "min"]);
 * //=> "channels[0].quotas[1].min"
 * ```
 * @category Errors
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path)) throw new PlanError([newIssue(INVALID_TYPE, ["path"], { expected: "array", received: kindOf(path) })]);
  let out = "";
  path.forEach((key: unknown, i) => {
    if (typeof key !== "number" && typeof key !== "string") throw new PlanError([newIssue(INVALID_TYPE, ["path", i], { expected: "string or number", expectedVi: "chuỗi ký tự hoặc số", received: kindOf(key) })]);
    out += typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? (out === "" ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
  });
  // Every key writes something: only the empty path writes nothing.
  return out || "(root)";
}
