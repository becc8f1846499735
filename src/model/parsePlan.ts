import { INVALID_INPUT } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanValidationError, type SafeResult } from "../errors/PlanError.js";
import { fromZodIssues } from "../errors/fromZod.js";
import { completePlanSchema, relaxedPlanSchema, type Plan } from "./plan.js";

/**
 * Checks a plan document and returns it as a typed, deeply frozen {@link Plan} that shares nothing with
 * the input. Every problem is reported at once: structure (types, required fields, unknown keys, real
 * dates, windows that end before they start, amounts of whole đồng) and cross-references (ids unique
 * within their kind, references that resolve to an item of the right kind, no cycle in the unit
 * hierarchy, parents of an allowed kind, outlet details that fit the unit).
 *
 * @param input - a plan document as JSON carries it ({@link PlanJson}), e.g. the result of `JSON.parse`.
 * @returns the checked plan.
 * @throws {@link PlanValidationError} listing every problem, each with `path`, `code`, `message` and
 *   `messageVi`. Never a partly built plan.
 * @example
 * ```ts
 * import { parsePlan, PlanValidationError } from "cong-doan-ke-hoach";
 *
 * try {
 *   parsePlan({ schemaVersion: 1, id: "kh" });
 * } catch (error) {
 *   if (error instanceof PlanValidationError) {
 *     console.log(error.issues[0]);
 *     //=> { path: ["header"], code: "missing", message: "required object is missing", messageVi: "thiếu trường bắt buộc (khối dữ liệu)" }
 *   }
 * }
 * ```
 * @category Model
 */
export function parsePlan(input: unknown): Plan {
  const result = safeParsePlan(input);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * Like {@link parsePlan}, but returns a result instead of throwing. Never throws, whatever the input.
 *
 * @param input - anything.
 * @returns `{ success: true, data }` with the checked plan, or `{ success: false, error }` with a
 *   {@link PlanValidationError}.
 * @example
 * ```ts
 * import { safeParsePlan } from "cong-doan-ke-hoach";
 *
 * const result = safeParsePlan(JSON.parse('{"schemaVersion": 3}'));
 * if (!result.success) console.log(result.error.issues.map((i) => i.code));
 * //=> ["invalid_value", "missing", …]
 * ```
 * @category Model
 */
export function safeParsePlan(input: unknown): SafeResult<Plan, PlanValidationError> {
  const plan = parseRight(input);
  if (plan !== undefined) return { success: true, data: plan };
  let parsed: ReturnType<ReturnType<typeof completePlanSchema>["safeParse"]>;
  try {
    parsed = completePlanSchema().safeParse(input, { reportInput: true });
  } catch (cause) {
    // Input that throws when read (a getter, a revoked proxy) or defeats the parser: report, never crash.
    const detail = cause instanceof Error ? cause.message.slice(0, 200) : "unreadable value";
    return { success: false, error: new PlanValidationError([newIssue(INVALID_INPUT, [], { detail, detailVi: detail })], { cause }) };
  }
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, error: new PlanValidationError(fromZodIssues(parsed.error.issues)) };
}

/**
 * The plan, when the relaxed schema (the fast way of a document that is right) gives one; otherwise
 * `undefined`, and safeParsePlan asks the complete schema, which says what is wrong.
 */
function parseRight(input: unknown): Plan | undefined {
  try {
    const parsed = relaxedPlanSchema().safeParse(input);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
