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
export type {
  Plan,
  PlanJson,
  Header,
  LegalBasis,
  Audience,
  Phase,
  Unit,
  Outlet,
  Channel,
  Activity,
  Product,
  Target,
  Quota,
  FundingSource,
  Responsibility,
  ReportingDuty,
  Budget,
  BudgetSection,
  BudgetLine,
  LabelledText,
  Theme,
  Funding,
  FundingProvision,
  Duty,
  Recipient,
  Signatory,
  HeaderJson,
  LegalBasisJson,
  LabelledTextJson,
  AudienceJson,
  ThemeJson,
  PhaseJson,
  UnitJson,
  OutletJson,
  ChannelJson,
  ActivityJson,
  ProductJson,
  TargetJson,
  QuotaJson,
  FundingJson,
  FundingSourceJson,
  FundingProvisionJson,
  ResponsibilityJson,
  DutyJson,
  ReportingDutyJson,
  RecipientJson,
  SignatoryJson,
  BudgetJson,
  BudgetSectionJson,
  BudgetLineJson,
} from "./plan.js";
export { UNIT_KINDS, OUTLET_KINDS, ALLOWED_PARENT_KINDS } from "./units.js";
export type { UnitKind, OutletKind } from "./units.js";
export { QUOTA_PERIODS, EDGE_POLICIES, ITEM_KINDS, FUNDING_KINDS, REPORTING_KINDS } from "./vocabulary.js";
export type { QuotaPeriod, EdgePolicy, ItemKind, FundingKind, ReportingKind } from "./vocabulary.js";
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
