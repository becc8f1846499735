import { INVALID_VALUE, TOO_MANY_PERIODS } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { PlanError } from "../../errors/PlanError.js";

/**
 * How many periods (days, weeks, months, deadlines…) an expansion makes at most unless the caller raises the
 * limit: far above any real plan (a plan of ten years has 3,653 days), far below what would exhaust memory.
 *
 * @internal
 */
export const DEFAULT_MAX_PERIODS = 100_000;

/**
 * Reads a `maxPeriods`-style option: a whole number ≥ 1, default {@link DEFAULT_MAX_PERIODS}.
 *
 * @internal
 */
export function readLimit(value: unknown, path: readonly (string | number)[]): number {
  if (value === undefined) return DEFAULT_MAX_PERIODS;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 1) return value;
  throw new PlanError([newIssue(INVALID_VALUE, path, { expected: "a whole number ≥ 1", expectedVi: "một số nguyên ≥ 1", receivedValue: value })]);
}

/**
 * Throws `too_many_periods` before the work when an expansion would make more than `limit` items.
 *
 * @internal
 */
export function checkLimit(count: number, limit: number, kind: string, option: string, path: readonly (string | number)[] = []): void {
  if (count > limit) throw new PlanError([newIssue(TOO_MANY_PERIODS, path, { value: count, limit, kind, expected: option })]);
}
