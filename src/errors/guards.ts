import { INVALID_TYPE, MISSING } from "./codes.js";
import { newIssue } from "./issue.js";
import { kindOf } from "./describe.js";
import { PlanError } from "./PlanError.js";

type Path = readonly (string | number)[];

/** The PlanError for a value of the wrong kind at a path: `invalid_type`, naming what was expected. @internal */
export function typeError(path: Path, expected: string, value: unknown, expectedVi?: string): PlanError {
  return new PlanError([newIssue(value === undefined ? MISSING : INVALID_TYPE, path, { expected, received: kindOf(value), ...(expectedVi === undefined ? {} : { expectedVi }) })]);
}

/** Whether a value is an object that is neither null nor an array. @internal */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Throws a PlanError unless the value is an object (not null, not an array). @internal */
export function requireObject(value: unknown, path: Path, expected = "object", expectedVi?: string): asserts value is Readonly<Record<string, unknown>> {
  if (!isRecord(value)) throw typeError(path, expected, value, expectedVi);
}

/** Throws a PlanError unless the value is an array. @internal */
export function requireArray(value: unknown, path: Path): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw typeError(path, "array", value);
}

/** Throws a PlanError unless the value is iterable (an array, a generator, a Set…) and not a string. @internal */
export function requireIterable(value: unknown, path: Path): asserts value is Iterable<unknown> {
  let iterable = false;
  try {
    iterable = typeof value === "object" && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
  } catch {
    iterable = false;
  }
  if (!iterable) throw typeError(path, "iterable", value);
}

/** Options: `undefined` (or `null`) reads as `{}`; anything but an object is a PlanError at `["options"]`. @internal */
export function optionsOf<T extends object>(options: T | null | undefined, path: Path = ["options"]): Partial<T> {
  if (options === undefined || options === null) return {};
  requireObject(options, path);
  return options;
}
