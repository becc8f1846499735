/**
 * The plan model: zod schemas (the source of truth), the validated constructor {@link parsePlan}, the
 * JSON form and JSON Schema of a plan, and document references.
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach/model
 */
export { parsePlan, safeParsePlan } from "./parsePlan.js";
export { planToJSON } from "./planToJSON.js";
export { planJsonSchema } from "./planJsonSchema.js";
export { planSchema } from "./plan.js";
export type * from "./types.js";
export { UNIT_KINDS, OUTLET_KINDS, ALLOWED_PARENT_KINDS, UNIT_LEVELS, OUTLET_MEDIA } from "./units.js";
export type { UnitKind, OutletKind, UnitLevel, OutletMedium } from "./units.js";
export { QUOTA_PERIODS, EDGE_POLICIES, ITEM_KINDS, FUNDING_KINDS, REPORTING_KINDS, REPORTING_PERIODS } from "./vocabulary.js";
export type { QuotaPeriod, EdgePolicy, ItemKind, FundingKind, ReportingKind, ReportingPeriod } from "./vocabulary.js";
export { isoDateSchema, yearMonthSchema, windowSchema, amountSchema, signedAmountSchema } from "./primitiveSchemas.js";
export {
  parseDocumentReference,
  safeParseDocumentReference,
  formatDocumentReference,
  isDocumentReference,
  DOCUMENT_REFERENCE_PATTERN,
} from "./documentReference.js";
export type { DocumentReference, DocumentNumberingSystem } from "./documentReference.js";
export { documentTypeName } from "./documentTypeName.js";
export type { DocumentTypeNameOptions } from "./documentTypeName.js";
export { PlanError, PlanValidationError, formatPath, isPlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult, Finding, Severity } from "../errors/index.js";
