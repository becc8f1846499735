/**
 * Checks the options that the monthly report and the phase review share, each problem at its path under
 * `["options"]` (the functions the reports call name their own arguments `issues`, `units`, `periodicDue`).
 *
 * @internal
 */
import { isIsoDate } from "../../calendar/isoDate.js";
import { splitWindow } from "../../calendar/splitWindow.js";
import type { Window } from "../../calendar/window.js";
import { INVALID_DATE, INVALID_TYPE, MISSING } from "../../errors/codes.js";
import { kindOf } from "../../errors/describe.js";
import { newIssue } from "../../errors/issue.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import { evaluateCoverage } from "../../rules/evaluateCoverage.js";

/**
 * The issues of a PlanError whose paths start with `from`, moved under `to`; anything else is thrown again.
 *
 * @internal
 */
export function issuesUnder(error: unknown, from: string, to: readonly (string | number)[]): PlanIssue[] {
  if (!(error instanceof PlanError)) throw error;
  return error.issues.map((issue) => (issue.path[0] === from ? { ...issue, path: [...to, ...issue.path.slice(1)] } : issue));
}

/**
 * Checks `options` itself, `asOf` (required), a date option such as `submittedOn`, the issue schedule
 * (`issues`) and the grassroots unions (`coverageUnits`), pushing what is wrong onto `issues`. Returns
 * `false` when `options` is not an object (nothing else can be read).
 *
 * @internal
 */
export function checkReportOptions(options: unknown, issues: PlanIssue[], dates: readonly string[] = []): boolean {
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options))) {
    issues.push(newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) }));
    return false;
  }
  const values = (options ?? {}) as Record<string, unknown>;
  const asOf = values["asOf"];
  if (asOf === undefined) issues.push(newIssue(MISSING, ["options", "asOf"], { expected: "asOf date (YYYY-MM-DD)", expectedVi: "ngày số liệu asOf (YYYY-MM-DD)" }));
  else if (!isIsoDate(asOf)) issues.push(newIssue(INVALID_DATE, ["options", "asOf"], { value: asOf }));
  for (const name of dates) {
    if (values[name] !== undefined && !isIsoDate(values[name])) issues.push(newIssue(INVALID_DATE, ["options", name], { value: values[name] }));
  }
  const schedule = values["issues"];
  if (schedule !== undefined) {
    // Every issue of the schedule is checked, whatever window is split.
    const someDay: Window = { start: "2000-01-01", end: "2000-01-01" };
    try {
      splitWindow(someDay, "issue", { issues: schedule as never });
    } catch (error) {
      issues.push(...issuesUnder(error, "issues", ["options", "issues"]));
    }
  }
  const units = values["coverageUnits"];
  if (units !== undefined) {
    if (!Array.isArray(units)) issues.push(newIssue(INVALID_TYPE, ["options", "coverageUnits"], { expected: "array", received: kindOf(units) }));
    else {
      try {
        evaluateCoverage({}, units, []);
      } catch (error) {
        issues.push(...issuesUnder(error, "units", ["options", "coverageUnits"]));
      }
    }
  }
  return true;
}
