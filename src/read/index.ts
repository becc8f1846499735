/**
 * Reading plan documents: a plan's text (plain text, a Word file's text or HTML) into a plan document, with
 * what was guessed or left out located in the text; a check of a text before it is signed; a comparison
 * of two plans fact by fact. `cong-doan-ke-hoach/read`.
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach/read
 */
export { readPlanText, MAX_PLAN_TEXT_LENGTH } from "./readPlanText.js";
export type {
  ReadPlanTextOptions,
  ReadPlanTextResult,
  ReadFinding,
  UnreadParagraph,
  SourceLocation,
  TextLocation,
  PlanDraft,
  UnitDirectoryEntry,
} from "./readPlanText.js";
export { checkPlanText } from "./checkPlanText.js";
export type { TextFinding } from "./checkPlanText.js";
export { comparePlans } from "./comparePlans.js";
export type { ComparePlansResult, PlanFact, DifferentFact } from "./comparePlans.js";
export { READ_FINDINGS } from "./_lib/findings.js";
export type { ReadFindingCode, ReadFindingRule } from "./_lib/findings.js";
export { PlanError, isPlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult, Finding, Severity } from "../errors/index.js";
