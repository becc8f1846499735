import { INVALID_FORMAT, INVALID_INPUT, INVALID_TYPE, INVALID_VALUE, MISSING, TOO_BIG, TOO_SMALL, UNRECOGNIZED_KEYS } from "./codes.js";
import { newIssue } from "./issue.js";
import type { z } from "zod";
import type { IssueCode, PlanIssue } from "./PlanError.js";
import { makeIssue, type MessageParams } from "./messages.js";
import { MODEL_TYPE_VI, q, typeVi } from "./_lib/words.js";
import { ID_PATTERN } from "../model/_lib/idPattern.js";

/** The id pattern as zod reports it in an issue. */
const ID_PATTERN_TEXT = String(ID_PATTERN);

/**
 * The params that our own schemas put on a `custom` zod issue, so that it maps to a catalogue entry.
 *
 * @internal
 */
export interface CustomIssueParams extends MessageParams {
  readonly planCode: IssueCode;
  /** An issue already written (by vnd(), say): reported as it is, at the schema's path. */
  readonly issue?: PlanIssue;
}

/**
 * A zod refinement that rejects a string failing `test` with a `custom` issue carrying `planCode` and the
 * value, so that {@link fromZodIssues} reports it with that code.
 *
 * @internal
 */
export function requireString(test: (value: string) => boolean, planCode: IssueCode) {
  return (value: string, ctx: z.core.$RefinementCtx<string>): void => {
    if (!test(value)) {
      ctx.addIssue({ code: "custom", message: planCode, params: { planCode, value } satisfies CustomIssueParams });
    }
  };
}

/**
 * Turns zod's issues into ours: stable codes, paths, English and Vietnamese messages.
 *
 * @internal
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): PlanIssue[] {
  const out: PlanIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
    out.push(convert(issue, path));
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return String(value);
  }
  return typeof value;
}

function convert(issue: z.core.$ZodIssue, path: (string | number)[]): PlanIssue {
  switch (issue.code) {
    case "invalid_type": {
      const received = describe(issue.input);
      if (issue.input === undefined) return newIssue(MISSING, path, { expected: issue.expected, ...inVietnamese(issue.expected) });
      if (issue.expected === "int" || (issue.expected === "number" && typeof issue.input === "number")) {
        return newIssue(INVALID_TYPE, path, { expected: issue.expected === "int" ? "integer" : "number", received: describeNumber(issue.input) });
      }
      return newIssue(INVALID_TYPE, path, { expected: issue.expected, ...inVietnamese(issue.expected), received });
    }
    case "unrecognized_keys":
      return newIssue(UNRECOGNIZED_KEYS, path, { keys: issue.keys });
    case "invalid_value":
      if (issue.input === undefined) return newIssue(MISSING, path, { expected: "value", ...inVietnamese("value") });
      return newIssue(INVALID_VALUE, path, {
        expected: issue.values.map((v) => JSON.stringify(v)).join(", "),
        receivedValue: issue.input,
      });
    case "invalid_format":
      if (issue.format === "regex" && "pattern" in issue && String(issue.pattern) === ID_PATTERN_TEXT) {
        // An id: said in words, not as the regular expression, for the people who type plans.
        const shown = q(typeof issue.input === "string" ? issue.input : "");
        return newIssue(INVALID_FORMAT, path, {
          expected: "id",
          expectedVi: "mã",
          detail: `${shown} (an id is 1 to 100 ASCII letters, digits, ".", "_" or "-", starting with a letter or a digit)`,
          detailVi: `${shown} (mã gồm 1 đến 100 chữ cái không dấu, chữ số, ".", "_" hoặc "-", bắt đầu bằng chữ cái hoặc chữ số)`,
        });
      }
      return newIssue(INVALID_FORMAT, path, {
        expected: issue.format,
        // The pattern's own message reads `expected` as "regex" in both languages.
        ...(issue.format === "regex" ? {} : inVietnamese(issue.format)),
        receivedValue: issue.input,
        ...(issue.format === "regex" && "pattern" in issue ? { value: issue.pattern } : {}),
      });
    case "too_small":
      return newIssue(TOO_SMALL, path, { expected: originName(issue.origin), ...inVietnamese(originName(issue.origin)), limit: Number(issue.minimum) });
    case "too_big":
      return newIssue(TOO_BIG, path, { expected: originName(issue.origin), ...inVietnamese(originName(issue.origin)), limit: Number(issue.maximum) });
    case "not_multiple_of":
      return newIssue(INVALID_TYPE, path, { expected: "integer", received: describeNumber(issue.input) });
    case "invalid_union": {
      if (issue.errors.length === 0 && "discriminator" in issue) {
        // A discriminated union whose tag matched no option (a record of an unknown `type`).
        return newIssue(INVALID_VALUE, path, { expected: "one of the documented types", expectedVi: "một trong các loại được mô tả", receivedValue: issue.input });
      }
      // Every branch failed on the value's type (our only union is an amount: a number or a string).
      const expected = [...new Set(issue.errors.flat().flatMap((i) => (i.code === "invalid_type" && i.path.length === 0 && i.expected !== "nan" ? [i.expected] : [])))];
      const names = expected.length > 0 ? expected.join(" or ") : "another type";
      return newIssue(INVALID_TYPE, path, { expected: names, ...inVietnamese(names), received: describe(issue.input) });
    }
    case "custom": {
      const params = issue.params as Partial<CustomIssueParams> | undefined;
      if (params?.issue) return { ...params.issue, path };
      if (params?.planCode) return makeIssue(params.planCode, path, params);
      return newIssue(INVALID_INPUT, path, { detail: issue.message });
    }
    default:
      return newIssue(INVALID_INPUT, path, { detail: issue.message });
  }
}

function describeNumber(input: unknown): string {
  if (typeof input !== "number") return describe(input);
  return Number.isFinite(input) ? String(input) : describe(input);
}

function originName(origin: string): string {
  switch (origin) {
    case "string":
      return "text length";
    case "array":
      return "list length";
    default:
      return origin;
  }
}

/**
 * The Vietnamese of a name that zod gives (a type, a format, "value"), as `expectedVi`, where it needs the
 * model's own words ({@link MODEL_TYPE_VI}); nothing where the shared table already has it.
 */
function inVietnamese(expected: string): { expectedVi?: string } {
  const vi = typeVi(expected, MODEL_TYPE_VI);
  return vi === typeVi(expected) ? {} : { expectedVi: vi };
}
