import { typeError } from "../errors/guards.js";

/**
 * The mark that `parsePlan` puts on the plans it returns (an own, enumerable symbol property registered with
 * `Symbol.for`, so that every copy of the library recognises it and a spread copy keeps it), so that the
 * functions that read a whole plan can tell a checked plan from a raw document passed by mistake.
 *
 * @internal
 */
export const PARSED_PLAN: unique symbol = /* @__PURE__ */ Symbol.for("cong-doan-ke-hoach.Plan") as never;

/** Whether a value is a plan that `parsePlan` returned (or a copy of one). @internal */
export function isParsedPlan(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as { [PARSED_PLAN]?: unknown })[PARSED_PLAN] === true;
  } catch {
    return false;
  }
}

/** Throws a PlanError unless the value is a plan that `parsePlan` returned. @internal */
export function requireParsedPlan(value: unknown, path: readonly (string | number)[] = ["plan"]): void {
  if (!isParsedPlan(value)) {
    throw typeError(path, "a plan returned by parsePlan", value, "kế hoạch do parsePlan trả về");
  }
}
