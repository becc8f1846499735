import { requireParsedPlan } from "../_lib/parsedPlan.js";
import type { Plan, PlanJson } from "./plan.js";

/**
 * Writes a plan as plain JSON data: amounts as digit strings, dates as ISO strings, absent fields left
 * out. `parsePlan(planToJSON(plan))` deep-equals `plan`, and `JSON.stringify` of the result is the
 * plan's document.
 *
 * @param plan - a plan returned by {@link parsePlan}.
 * @returns a new, plain, mutable JSON value that shares nothing with the plan.
 * @throws {@link PlanError} `invalid_type` at `["plan"]` when `plan` is not a plan that parsePlan returned.
 * @example
 * ```ts
 * import { parsePlan, planToJSON } from "cong-doan-ke-hoach";
 *
 * declare const json: unknown; // a plan document: here examples/vgcl-2017/plan.json
 * const plan = parsePlan(json);
 * const text = JSON.stringify(planToJSON(plan), null, 2);
 * // Parsing the text gives the same plan, so writing that plan again gives the same text.
 * JSON.stringify(planToJSON(parsePlan(JSON.parse(text))), null, 2) === text; //=> true
 * ```
 * @category Model
 */
export function planToJSON(plan: Plan): PlanJson {
  requireParsedPlan(plan);
  return toJson(plan) as PlanJson;
}

function toJson(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toJson);
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === "function") return withToJson.toJSON();
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) out[key] = toJson(item);
  }
  return out;
}
