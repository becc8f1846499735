import type { z } from "zod";
import { PARSED_PLAN } from "../_lib/parsedPlan.js";
import { checkReferences } from "./checkReferences.js";
import {
  activitySchema,
  audienceSchema,
  budgetLineSchema,
  budgetSchema,
  budgetSectionSchema,
  channelSchema,
  fundingSourceSchema,
  headerSchema,
  legalBasisSchema,
  outletSchema,
  phaseSchema,
  planShapeSchema,
  productSchema,
  quotaSchema,
  reportingDutySchema,
  responsibilitySchema,
  targetSchema,
  unitSchema,
  freeze,
} from "./schema.js";

/** Issues after which every value still has its type, so the cross-reference rules can read the plan. */
const READABLE_ISSUES: ReadonlySet<string> = new Set(["too_small", "too_big", "unrecognized_keys", "invalid_format", "custom"]);

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
export const planSchema: z.ZodType<Plan, PlanJson> = planShapeSchema
  .superRefine(
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
  });

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
export interface Plan extends Readonly<z.output<typeof planShapeSchema>> {}

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
export interface PlanJson extends z.input<typeof planShapeSchema> {}

/**
 * The plan's header: title, issuer, number and date, legal bases, background.
 * @example
 * ```ts
 * import type { Header } from "cong-doan-ke-hoach";
 * const title = (h: Header) => h.title;
 * ```
 * @category Model
 */
export interface Header extends z.output<typeof headerSchema> {}
/**
 * A document the plan is based on (căn cứ).
 * @example
 * ```ts
 * import type { LegalBasis } from "cong-doan-ke-hoach";
 * const ref = (b: LegalBasis) => b.reference;
 * ```
 * @category Model
 */
export interface LegalBasis extends z.output<typeof legalBasisSchema> {}
/**
 * A target audience (đối tượng).
 * @example
 * ```ts
 * import type { Audience } from "cong-doan-ke-hoach";
 * const name = (a: Audience) => a.name;
 * ```
 * @category Model
 */
export interface Audience extends z.output<typeof audienceSchema> {}
/**
 * A phase of the plan (giai đoạn) with its window.
 * @example
 * ```ts
 * import type { Phase } from "cong-doan-ke-hoach";
 * const start = (p: Phase) => p.window.start;
 * ```
 * @category Model
 */
export interface Phase extends z.output<typeof phaseSchema> {}
/**
 * An organisation that the plan names, with its kind and parent.
 * @example
 * ```ts
 * import type { Unit } from "cong-doan-ke-hoach";
 * const isOutlet = (u: Unit) => u.outlet !== undefined;
 * ```
 * @category Model
 */
export interface Unit extends z.output<typeof unitSchema> {}
/**
 * The outlet details of a press outlet or broadcaster.
 * @example
 * ```ts
 * import type { Outlet } from "cong-doan-ke-hoach";
 * const online = (o: Outlet) => o.electronicEdition;
 * ```
 * @category Model
 */
export interface Outlet extends z.output<typeof outletSchema> {}
/**
 * A form of communication (hình thức) with its activities and quotas.
 * @example
 * ```ts
 * import type { Channel } from "cong-doan-ke-hoach";
 * const count = (c: Channel) => c.activities.length;
 * ```
 * @category Model
 */
export interface Channel extends z.output<typeof channelSchema> {}
/**
 * An activity of a channel: product, window, lead / executing / coordinating units, targets.
 * @example
 * ```ts
 * import type { Activity } from "cong-doan-ke-hoach";
 * const lead = (a: Activity) => a.leadUnitIds;
 * ```
 * @category Model
 */
export interface Activity extends z.output<typeof activitySchema> {}
/**
 * What an activity or budget line produces: description, quantity, unit of measure.
 * @example
 * ```ts
 * import type { Product } from "cong-doan-ke-hoach";
 * const qty = (p: Product) => p.quantity ?? 0;
 * ```
 * @category Model
 */
export interface Product extends z.output<typeof productSchema> {}
/**
 * A coverage target such as "100% of grassroots unions".
 * @example
 * ```ts
 * import type { Target } from "cong-doan-ke-hoach";
 * const pct = (t: Target) => t.percent;
 * ```
 * @category Model
 */
export interface Target extends z.output<typeof targetSchema> {}
/**
 * A posting quota of the plan: at least `min` items `per` period.
 * @example
 * ```ts
 * import type { Quota } from "cong-doan-ke-hoach";
 * const text = (q: Quota) => `${q.min}/${q.per}`;
 * ```
 * @category Model
 */
export interface Quota extends z.output<typeof quotaSchema> {}
/**
 * A funding source: the central budget, units' regular budgets, partners.
 * @example
 * ```ts
 * import type { FundingSource } from "cong-doan-ke-hoach";
 * const kind = (s: FundingSource) => s.kind;
 * ```
 * @category Model
 */
export interface FundingSource extends z.output<typeof fundingSourceSchema> {}
/**
 * The duties of a group of units (trách nhiệm thực hiện).
 * @example
 * ```ts
 * import type { Responsibility } from "cong-doan-ke-hoach";
 * const n = (r: Responsibility) => r.duties.length;
 * ```
 * @category Model
 */
export interface Responsibility extends z.output<typeof responsibilitySchema> {}
/**
 * A reporting duty: periodic reports, a report due in a month, a review.
 * @example
 * ```ts
 * import type { ReportingDuty } from "cong-doan-ke-hoach";
 * const every = (d: ReportingDuty) => d.every;
 * ```
 * @category Model
 */
export interface ReportingDuty extends z.output<typeof reportingDutySchema> {}
/**
 * The budget appendix (dự trù kinh phí).
 * @example
 * ```ts
 * import type { Budget } from "cong-doan-ke-hoach";
 * const sections = (b: Budget) => b.sections.length;
 * ```
 * @category Model
 */
export interface Budget extends z.output<typeof budgetSchema> {}
/**
 * A section of the budget appendix ("I. Sản phẩm truyền thông điện tử").
 * @example
 * ```ts
 * import type { BudgetSection } from "cong-doan-ke-hoach";
 * const declared = (s: BudgetSection) => s.declaredTotal?.toString();
 * ```
 * @category Model
 */
export interface BudgetSection extends z.output<typeof budgetSectionSchema> {}
/**
 * A line of the budget appendix.
 * @example
 * ```ts
 * import type { BudgetLine } from "cong-doan-ke-hoach";
 * const amount = (l: BudgetLine) => l.amount?.toString() ?? "0";
 * ```
 * @category Model
 */
export interface BudgetLine extends z.output<typeof budgetLineSchema> {}
