import { isIsoDate, safeParsePlan, safeParseProgressRecords, type CoverageUnit, type Issue, type Plan, type PlanIssue, type ProgressRecord } from "../../index.js";
import { readJson } from "./files.js";
import { dataFailure } from "./issues.js";
import { MESSAGES } from "./messages.js";

/**
 * A plan file, parsed and checked by `safeParsePlan`.
 *
 * @param file - the path.
 * @returns the plan.
 * @throws `CliFailure`: exit 2 when the file cannot be read or is not JSON, exit 1 (every issue listed with
 *   its path, code and message) when it is not a valid plan.
 * @internal
 */
export function loadPlan(file: string): Plan {
  const result = safeParsePlan(readJson(file));
  if (!result.success) throw dataFailure(MESSAGES.invalidPlan(file, result.error.issues.length), result.error.issues);
  return result.data;
}

/**
 * A records file (an array of progress records), checked against the plan by `safeParseProgressRecords`.
 *
 * @internal
 */
export function loadRecords(file: string, plan: Plan): readonly ProgressRecord[] {
  const result = safeParseProgressRecords(readJson(file), plan);
  if (!result.success) throw dataFailure(MESSAGES.invalidData(file, { en: "progress records", vi: "các bản ghi tiến độ" }, result.error.issues.length), result.error.issues);
  return result.data;
}

type Issues = Pick<PlanIssue, "path" | "code" | "message" | "messageVi">[];

const kind = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);
const KIND_VI: Readonly<Record<string, string>> = {
  null: "null",
  array: "mảng",
  object: "đối tượng",
  string: "chuỗi ký tự",
  number: "số",
  boolean: "giá trị đúng/sai",
  undefined: "không có giá trị",
};

/** An issue for a value of the wrong JSON type. @internal */
export function typeIssue(path: (string | number)[], expected: "array" | "object" | "string", value: unknown): Issues[number] {
  const got = kind(value);
  return {
    path,
    code: "invalid_type",
    message: `expected ${expected}, received ${got}`,
    messageVi: `cần ${KIND_VI[expected]}, nhận được ${KIND_VI[got] ?? got}`,
  };
}

/** An array of objects; each object's string fields checked by `check`. @internal */
export function readList(file: string, what: { en: string; vi: string }, check: (item: Readonly<Record<string, unknown>>, path: (string | number)[], issues: Issues) => void): readonly Record<string, unknown>[] {
  const value = readJson(file);
  const issues: Issues = [];
  if (!Array.isArray(value)) issues.push(typeIssue([], "array", value));
  else {
    value.forEach((item: unknown, i) => {
      if (item === null || typeof item !== "object" || Array.isArray(item)) issues.push(typeIssue([i], "object", item));
      else check(item as Record<string, unknown>, [i], issues);
    });
  }
  if (issues.length > 0) throw dataFailure(MESSAGES.invalidData(file, what, issues.length), issues);
  return value as readonly Record<string, unknown>[];
}

/** Checks that a field is a string (or absent, or null, when optional). @internal */
export function requireString(item: Readonly<Record<string, unknown>>, key: string, path: (string | number)[], issues: Issues, optional = false): void {
  const value = item[key];
  if (value === undefined && optional) return;
  if (value === undefined) issues.push({ path: [...path, key], code: "missing", message: `${key} is required`, messageVi: `thiếu trường ${key}` });
  else if (typeof value !== "string" && !(optional && value === null)) issues.push(typeIssue([...path, key], "string", value));
}

/**
 * An issue schedule file (`--issues`): an array of `{ id, start, end }`, the magazine's issues.
 *
 * @internal
 */
export function loadIssues(file: string): readonly Issue[] {
  return readList(file, { en: "magazine issues", vi: "các số phát hành" }, (item, path, issues) => {
    requireString(item, "id", path, issues);
    for (const key of ["start", "end"] as const) {
      const value = item[key];
      if (value === undefined) issues.push({ path: [...path, key], code: "missing", message: `${key} is required`, messageVi: `thiếu trường ${key}` });
      else if (!isIsoDate(value)) {
        issues.push({
          path: [...path, key],
          code: "invalid_date",
          message: `${JSON.stringify(value)} is not a date (year-month-day)`,
          messageVi: `${JSON.stringify(value)} không phải là ngày hợp lệ (năm-tháng-ngày)`,
        });
      }
    }
  }) as unknown as readonly Issue[];
}

/**
 * A coverage file (`--coverage-units`): an array of `{ id, parentId?, kind?, name?, parentName? }`, the
 * grassroots unions that coverage targets are measured against.
 *
 * @internal
 */
export function loadCoverageUnits(file: string): readonly CoverageUnit[] {
  return readList(file, { en: "coverage units", vi: "các đơn vị tính độ phủ" }, (item, path, issues) => {
    requireString(item, "id", path, issues);
    for (const key of ["parentId", "kind", "name", "parentName"]) requireString(item, key, path, issues, true);
  }) as unknown as readonly CoverageUnit[];
}
