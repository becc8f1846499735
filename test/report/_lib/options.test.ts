import { describe, expect, it } from "vitest";
import { newIssue } from "../../../src/errors/issue.js";
import { INVALID_TYPE } from "../../../src/errors/codes.js";
import { PlanError } from "../../../src/errors/PlanError.js";
import { checkReportOptions, issuesUnder } from "../../../src/report/_lib/options.js";

describe("issuesUnder", () => {
  it("moves the issues of one argument under the option that carried it, and leaves the others", () => {
    const error = new PlanError([newIssue(INVALID_TYPE, ["units", 3, "id"], { expected: "string", received: "number" }), newIssue(INVALID_TYPE, ["reach"], { expected: "array", received: "object" })]);
    expect(issuesUnder(error, "units", ["options", "coverageUnits"]).map((i) => i.path)).toEqual([["options", "coverageUnits", 3, "id"], ["reach"]]);
  });

  it("throws again what is not a PlanError", () => {
    const failure = new RangeError("x");
    expect(() => issuesUnder(failure, "units", ["options"])).toThrow(failure);
  });
});

describe("checkReportOptions", () => {
  it("accepts good options and reports every bad one at once", () => {
    const ok: PlanError["issues"][number][] = [];
    expect(checkReportOptions({ asOf: "2018-04-30", issues: [{ id: "a", start: "2018-01-10" }], coverageUnits: [{ id: "u" }] }, ok)).toBe(true);
    expect(ok).toEqual([]);
    const bad: PlanError["issues"][number][] = [];
    expect(checkReportOptions({ asOf: "2018-02-30", submittedOn: "x", issues: "a", coverageUnits: [null] }, bad, ["submittedOn"])).toBe(true);
    expect(bad.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ["options", "asOf"], code: "invalid_date" },
      { path: ["options", "submittedOn"], code: "invalid_date" },
      { path: ["options", "issues"], code: "invalid_type" },
      { path: ["options", "coverageUnits", 0], code: "invalid_type" },
    ]);
    const none: PlanError["issues"][number][] = [];
    expect(checkReportOptions([], none)).toBe(false);
    expect(none.map((i) => i.code)).toEqual(["invalid_type"]);
    // Vietnamese throughout: no English word for a missing asOf.
    const missing: PlanError["issues"][number][] = [];
    checkReportOptions({}, missing);
    expect(missing[0]!.messageVi).not.toMatch(/undefined|required|missing/);
  });
});
