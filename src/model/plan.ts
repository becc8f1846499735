import { z } from "zod";
import { PARSED_PLAN } from "../_lib/parsedPlan.js";
import { checkReferences } from "./checkReferences.js";
import { freeze, schemas, type ModelSchemas } from "./schema.js";

type S = ModelSchemas;

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
  return schemas()
    .planShapeSchema.superRefine(
      (plan, ctx) => {
        for (const problem of checkReferences(plan)) {
          ctx.addIssue({ code: "custom", path: problem.path, message: problem.params.planCode, params: problem.params });
        }
      },
      // Cross-references are checked in the same pass as long as every value has its type (the other
      // problems so far are ranges, unknown keys, formats and dates), so that one parse reports both.
      { when: (payload) => payload.issues.every((issue) => READABLE_ISSUES.has(issue.code)) },
    )
    .transform((plan) => {
      // Marked as checked (see requireParsedPlan), then frozen.
      Object.defineProperty(plan, PARSED_PLAN, { value: true, enumerable: true });
      return freeze(plan);
    })
    .meta({
      id: "Plan",
      title: "Kế hoạch tuyên truyền",
      description: "A communication plan of the Vietnamese trade unions (Kế hoạch tuyên truyền).",
    }) as unknown as z.ZodType<Plan, PlanJson>;
}

/**
 * A checked, deeply frozen communication plan (Kế hoạch tuyên truyền), as {@link parsePlan} returns it.
 * Amounts are {@link Vnd} values; dates are {@link IsoDate} strings.
 *
 * @example
 * ```ts
 * import { parsePlan, type Plan } from "cong-doan-ke-hoach";
 *
 * declare const json: unknown; // a plan document: here examples/vgcl-2017/plan.json
 * const plan: Plan = parsePlan(json);
 * plan.channels.length; //=> 6
 * ```
 * @category Model
 */
export interface Plan extends Readonly<z.output<S["planShapeSchema"]>> {}

/**
 * A plan document as JSON carries it: what {@link parsePlan} accepts and {@link planToJSON} returns.
 * Amounts are safe integers or digit strings.
 *
 * @example
 * ```ts
 * import type { PlanJson } from "cong-doan-ke-hoach";
 *
 * const version: PlanJson["schemaVersion"] = 1;
 * ```
 * @category Model
 */
export interface PlanJson extends z.input<S["planShapeSchema"]> {}

/**
 * The plan's header: title, issuer, number and date, legal bases, background.
 * @example
 * ```ts
 * import type { Header } from "cong-doan-ke-hoach";
 * const title = (h: Header) => h.title;
 * ```
 * @category Model
 */
export interface Header extends z.output<S["headerSchema"]> {}
/**
 * A document the plan is based on (căn cứ).
 * @example
 * ```ts
 * import type { LegalBasis } from "cong-doan-ke-hoach";
 * const ref = (b: LegalBasis) => b.reference;
 * ```
 * @category Model
 */
export interface LegalBasis extends z.output<S["legalBasisSchema"]> {}
/**
 * A target audience (đối tượng).
 * @example
 * ```ts
 * import type { Audience } from "cong-doan-ke-hoach";
 * const name = (a: Audience) => a.name;
 * ```
 * @category Model
 */
export interface Audience extends z.output<S["audienceSchema"]> {}
/**
 * A phase of the plan (giai đoạn) with its window.
 * @example
 * ```ts
 * import type { Phase } from "cong-doan-ke-hoach";
 * const start = (p: Phase) => p.window.start;
 * ```
 * @category Model
 */
export interface Phase extends z.output<S["phaseSchema"]> {}
/**
 * An organisation that the plan names, with its kind and parent.
 * @example
 * ```ts
 * import type { Unit } from "cong-doan-ke-hoach";
 * const isOutlet = (u: Unit) => u.outlet !== undefined;
 * ```
 * @category Model
 */
export interface Unit extends z.output<S["unitSchema"]> {}
/**
 * The outlet details of a press outlet or broadcaster.
 * @example
 * ```ts
 * import type { Outlet } from "cong-doan-ke-hoach";
 * const online = (o: Outlet) => o.electronicEdition;
 * ```
 * @category Model
 */
export interface Outlet extends z.output<S["outletSchema"]> {}
/**
 * A form of communication (hình thức) with its activities and quotas.
 * @example
 * ```ts
 * import type { Channel } from "cong-doan-ke-hoach";
 * const count = (c: Channel) => c.activities.length;
 * ```
 * @category Model
 */
export interface Channel extends z.output<S["channelSchema"]> {}
/**
 * An activity of a channel: product, window, lead / executing / coordinating units, targets.
 * @example
 * ```ts
 * import type { Activity } from "cong-doan-ke-hoach";
 * const lead = (a: Activity) => a.leadUnitIds;
 * ```
 * @category Model
 */
export interface Activity extends z.output<S["activitySchema"]> {}
/**
 * What an activity or budget line produces: description, quantity, unit of measure.
 * @example
 * ```ts
 * import type { Product } from "cong-doan-ke-hoach";
 * const qty = (p: Product) => p.quantity ?? 0;
 * ```
 * @category Model
 */
export interface Product extends z.output<S["productSchema"]> {}
/**
 * A coverage target such as "100% of grassroots unions".
 * @example
 * ```ts
 * import type { Target } from "cong-doan-ke-hoach";
 * const pct = (t: Target) => t.percent;
 * ```
 * @category Model
 */
export interface Target extends z.output<S["targetSchema"]> {}
/**
 * A posting quota of the plan: at least `min` items `per` period.
 * @example
 * ```ts
 * import type { Quota } from "cong-doan-ke-hoach";
 * const text = (q: Quota) => `${q.min}/${q.per}`;
 * ```
 * @category Model
 */
export interface Quota extends z.output<S["quotaSchema"]> {}
/**
 * A funding source: the central budget, units' regular budgets, partners.
 * @example
 * ```ts
 * import type { FundingSource } from "cong-doan-ke-hoach";
 * const kind = (s: FundingSource) => s.kind;
 * ```
 * @category Model
 */
export interface FundingSource extends z.output<S["fundingSourceSchema"]> {}
/**
 * The duties of a group of units (trách nhiệm thực hiện).
 * @example
 * ```ts
 * import type { Responsibility } from "cong-doan-ke-hoach";
 * const n = (r: Responsibility) => r.duties.length;
 * ```
 * @category Model
 */
export interface Responsibility extends z.output<S["responsibilitySchema"]> {}
/**
 * A reporting duty: periodic reports, a report due in a month, a review.
 * @example
 * ```ts
 * import type { ReportingDuty } from "cong-doan-ke-hoach";
 * const every = (d: ReportingDuty) => d.every;
 * ```
 * @category Model
 */
export interface ReportingDuty extends z.output<S["reportingDutySchema"]> {}
/**
 * The budget appendix (dự trù kinh phí).
 * @example
 * ```ts
 * import type { Budget } from "cong-doan-ke-hoach";
 * const sections = (b: Budget) => b.sections.length;
 * ```
 * @category Model
 */
export interface Budget extends z.output<S["budgetSchema"]> {}
/**
 * A section of the budget appendix ("I. Sản phẩm truyền thông điện tử").
 * @example
 * ```ts
 * import type { BudgetSection } from "cong-doan-ke-hoach";
 * const declared = (s: BudgetSection) => s.declaredTotal?.toString();
 * ```
 * @category Model
 */
export interface BudgetSection extends z.output<S["budgetSectionSchema"]> {}
/**
 * A line of the budget appendix.
 * @example
 * ```ts
 * import type { BudgetLine } from "cong-doan-ke-hoach";
 * const amount = (l: BudgetLine) => l.amount?.toString() ?? "0";
 * ```
 * @category Model
 */
export interface BudgetLine extends z.output<S["budgetLineSchema"]> {}
