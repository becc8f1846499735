/**
 * The checks and issues shared by the lunar calendar functions.
 *
 * @internal
 */
import type { PlanIssue } from "../../../errors/PlanError.js";
import { makeIssue } from "../../../errors/messages.js";
import { FIRST_YEAR, LAST_YEAR } from "./years.js";

export { kindOf } from "../../../errors/describe.js";
import { kindOf } from "../../../errors/describe.js";

/** The issue for a value that is not an integer, or `undefined` when it is one. @internal */
export function integerIssue(value: unknown, path: readonly (string | number)[]): PlanIssue | undefined {
  return Number.isInteger(value) ? undefined : makeIssue("invalid_type", path, { expected: "integer", received: kindOf(value) });
}

/**
 * The issue for a lunar year that is not an integer from FIRST_YEAR to LAST_YEAR, or `undefined` when it
 * is one.
 *
 * @internal
 */
export function yearIssue(year: unknown, path: readonly (string | number)[]): PlanIssue | undefined {
  const issue = integerIssue(year, path);
  if (issue !== undefined) return issue;
  if ((year as number) < FIRST_YEAR) return makeIssue("too_small", path, { expected: "lunar year", limit: FIRST_YEAR });
  if ((year as number) > LAST_YEAR) return makeIssue("too_big", path, { expected: "lunar year", limit: LAST_YEAR });
  return undefined;
}
