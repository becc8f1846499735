import { z } from "zod";
import { completePlanSchema } from "./plan.js";

let cached: Readonly<Record<string, unknown>> | undefined;

/**
 * A JSON Schema (draft 2020-12) of the plan document, generated from the same zod schemas that
 * {@link parsePlan} uses, for services in other languages that validate the same documents.
 *
 * The JSON Schema checks the shape: types, required fields, unknown keys, formats and ranges. The
 * cross-reference rules (unique ids, resolving references, no cycle in the unit hierarchy, windows
 * that end after they start, real calendar dates such as the absence of 30 February) need code:
 * {@link parsePlan} applies them.
 *
 * @returns a deeply frozen JSON Schema object; the same object on every call.
 * @example
 * ```ts
 * import { planJsonSchema } from "cong-doan-ke-hoach";
 *
 * const schema = planJsonSchema();
 * schema["$schema"]; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 * @category Model
 */
export function planJsonSchema(): Readonly<Record<string, unknown>> {
  cached ??= deepFreeze(
    z.toJSONSchema(completePlanSchema(), {
      target: "draft-2020-12",
      io: "input",
      unrepresentable: "any",
    }) as Record<string, unknown>,
  );
  return cached;
}

/** Freezes every own property, enumerable or not (zod's `~standard` member is not enumerable). */
function deepFreeze<T>(value: T): T {
  if (value !== null && (typeof value === "object" || typeof value === "function") && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  }
  return value;
}
