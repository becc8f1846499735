import { INVALID_TYPE, TOO_BIG, TOO_SMALL } from "../../../errors/codes.js";
import { newIssue } from "../../../errors/issue.js";
/**
 * The checks and issues shared by the lunar calendar functions.
 *
 * @internal
 */
import type { PlanIssue } from "../../../errors/PlanError.js";
import { FIRST_YEAR, LAST_YEAR } from "./years.js";

export { kindOf } from "../../../errors/describe.js";
import { kindOf } from "../../../errors/describe.js";

/** The issue for a value that is not an integer, or `undefined` when it is one. @internal */
export function integerIssue(value: unknown, path: readonly (string | number)[]): PlanIssue | undefined {
  return Number.isInteger(value) ? undefined : newIssue(INVALID_TYPE, path, { expected: "integer", received: kindOf(value) });
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
  if ((year as number) < FIRST_YEAR) return newIssue(TOO_SMALL, path, { expected: "lunar year", expectedVi: "năm âm lịch", limit: FIRST_YEAR });
  if ((year as number) > LAST_YEAR) return newIssue(TOO_BIG, path, { expected: "lunar year", expectedVi: "năm âm lịch", limit: LAST_YEAR });
  return undefined;
}
