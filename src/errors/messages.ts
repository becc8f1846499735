import * as codes from "./codes.js";
import { newIssue, type Message, type MessageParams } from "./issue.js";
import type { IssueCode, PlanIssue } from "./PlanError.js";

export type { MessageParams } from "./issue.js";
export { unitKindVi, outletKindVi } from "./_lib/words.js";

/**
 * The messages of every issue code, keyed by code: for the model and the zod conversion, which may report any
 * code. Calculators import the messages they use from `codes.ts` instead, so that a bundle carries only those.
 *
 * @internal
 */
export const catalogue: { readonly [C in IssueCode]: Message } = {
  invalid_type: codes.INVALID_TYPE,
  missing: codes.MISSING,
  unrecognized_keys: codes.UNRECOGNIZED_KEYS,
  invalid_value: codes.INVALID_VALUE,
  invalid_format: codes.INVALID_FORMAT,
  too_small: codes.TOO_SMALL,
  too_big: codes.TOO_BIG,
  invalid_date: codes.INVALID_DATE,
  invalid_window: codes.INVALID_WINDOW,
  invalid_time_expression: codes.INVALID_TIME_EXPRESSION,
  invalid_amount: codes.INVALID_AMOUNT,
  invalid_quantity: codes.INVALID_QUANTITY,
  invalid_month: codes.INVALID_MONTH,
  invalid_lunar_date: codes.INVALID_LUNAR_DATE,
  invalid_document_reference: codes.INVALID_DOCUMENT_REFERENCE,
  duplicate_id: codes.DUPLICATE_ID,
  unknown_reference: codes.UNKNOWN_REFERENCE,
  wrong_reference_kind: codes.WRONG_REFERENCE_KIND,
  hierarchy_cycle: codes.HIERARCHY_CYCLE,
  invalid_parent_kind: codes.INVALID_PARENT_KIND,
  outlet_mismatch: codes.OUTLET_MISMATCH,
  invalid_input: codes.INVALID_INPUT,
  too_many_periods: codes.TOO_MANY_PERIODS,
};

/**
 * Builds an issue from the catalogue, by code.
 *
 * @internal
 */
export function makeIssue(code: IssueCode, path: readonly (string | number)[], params: MessageParams = {}): PlanIssue {
  return newIssue(catalogue[code], path, params);
}

/**
 * The issue for an option that is not one of its documented values: `invalid_value` at `["options", name]`.
 *
 * @internal
 */
export function optionIssue(name: string, expected: string, received: unknown, expectedVi?: string): PlanIssue {
  return newIssue(codes.INVALID_VALUE, ["options", name], { expected, receivedValue: received, ...(expectedVi === undefined ? {} : { expectedVi }) });
}
