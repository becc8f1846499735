import { z } from "zod";
import { PARSED_PLAN } from "../_lib/parsedPlan.js";
import { checkReferences } from "./checkReferences.js";
import { makeRelaxedAmountSchema } from "./_lib/primitives.js";
import { relaxSchema } from "./_lib/relaxSchema.js";
import { freeze, freezeDefined, schemas, type ModelSchemas } from "./schema.js";
import type { Plan, PlanJson } from "./types.js";

// The model's types (Plan, Unit, BudgetLine… and their JSON forms PlanJson, UnitJson…) are generated from the
// schemas, with their descriptions as TSDoc: see scripts/gen-model-types.ts.
export type * from "./types.js";

/**
 * The zod schema of a whole plan document: the shape, then the cross-reference rules (unique ids,
 * resolving references, no cycle in the unit hierarchy), reported together in one parse.
 * Prefer {@link parsePlan}, which turns zod's issues into {@link PlanIssue}s with stable codes and
 * Vietnamese messages; use the schema to compose plans into your own zod schemas.
 *
 * @example
 * ```ts
 * import { planSchema } from "cong-doan-ke-hoach";
 *
 * planSchema.safeParse({}).success; //=> false
 * ```
 * @category Model
 */
export const planSchema: z.ZodType<Plan, PlanJson> = /* @__PURE__ */ z.lazy(() => completePlanSchema());

let complete: z.ZodType<Plan, PlanJson> | undefined;

/**
 * The whole plan schema (shape, cross-references, mark, freeze), built on first use. {@link planSchema} is a
 * lazy view of it, so that importing the library builds nothing.
 *
 * @internal
 */
export function completePlanSchema(): z.ZodType<Plan, PlanJson> {
  complete ??= buildPlanSchema();
  return complete;
}

/** Issues after which every value still has its type, so the cross-reference rules can read the plan. */
const READABLE_ISSUES: ReadonlySet<string> = /* @__PURE__ */ new Set(["too_small", "too_big", "unrecognized_keys", "invalid_format", "custom"]);

function buildPlanSchema(): z.ZodType<Plan, PlanJson> {
  return withReferences(schemas().planShapeSchema)
    .transform((plan) => {
      // Marked as checked (see requireParsedPlan), then frozen.
      mark(plan);
      return freeze(plan);
    })
    .meta({
      id: "Plan",
      title: "Kế hoạch tuyên truyền",
      description: "A communication plan of the Vietnamese trade unions (Kế hoạch tuyên truyền).",
    }) as unknown as z.ZodType<Plan, PlanJson>;
}

/** A plan shape, then the cross-reference rules. */
function withReferences<T extends ModelSchemas["planShapeSchema"]>(shape: T) {
  return shape.superRefine(
    (plan, ctx) => {
      for (const problem of checkReferences(plan)) {
        ctx.addIssue({ code: "custom", path: problem.path, message: problem.params.planCode, params: problem.params });
      }
    },
    // Cross-references are checked in the same pass as long as every value has its type (the other
    // problems so far are ranges, unknown keys, formats and dates), so that one parse reports both.
    { when: (payload) => payload.issues.every((issue) => READABLE_ISSUES.has(issue.code)) },
  );
}

function mark(plan: object): void {
  Object.defineProperty(plan, PARSED_PLAN, { value: true, enumerable: true });
}

let relaxed: z.ZodType<Plan | undefined, PlanJson> | undefined;

/**
 * The plan schema that {@link parsePlan} tries first, built on first use: the complete schema with the shape
 * relaxed by {@link relaxSchema} (`optional` for `exactOptional`, an empty list for a list left out, without
 * parsing it), which is much faster on a large plan. A plan it accepts is the plan the complete schema gives
 * for the document, except where a property of the document holds `undefined` (JSON cannot carry it; the
 * complete schema rejects it): it returns `undefined` then. parsePlan answers with the complete schema
 * whenever this one does not give a plan: every problem is the complete schema's.
 *
 * @internal
 */
export function relaxedPlanSchema(): z.ZodType<Plan | undefined, PlanJson> {
  relaxed ??= buildRelaxedPlanSchema();
  return relaxed;
}

function buildRelaxedPlanSchema(): z.ZodType<Plan | undefined, PlanJson> {
  const s = schemas();
  // Amounts, read without a union and a transform (makeRelaxedAmountSchema).
  const amounts = new Map<z.core.$ZodType, z.core.$ZodType>([
    [s.amount, makeRelaxedAmountSchema(false)],
    [s.signedAmount, makeRelaxedAmountSchema(true)],
  ]);
  return withReferences(relaxSchema(s.planShapeSchema, amounts)).transform((plan) => {
    mark(plan);
    return freezeDefined(plan) ? plan : undefined;
  }) as unknown as z.ZodType<Plan | undefined, PlanJson>;
}
