import { INVALID_QUANTITY, INVALID_TYPE } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { kindOf } from "../../errors/describe.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import type { BudgetLineLike, BudgetPlan } from "../budgetPlan.js";
import { vnd, type VndInput } from "../vnd.js";

/**
 * Checks that a value has what the budget functions read, so that misuse gets a PlanError naming the
 * path, not a TypeError.
 *
 * @internal
 */
export function checkBudgetPlan(plan: BudgetPlan): void {
  const issues: PlanIssue[] = [];
  if (plan === null || typeof plan !== "object") {
    throw new PlanError([newIssue(INVALID_TYPE, [], { expected: "object", received: kindOf(plan) })]);
  }
  const sources: unknown = plan.funding?.sources;
  if (!Array.isArray(sources)) issues.push(newIssue(INVALID_TYPE, ["funding", "sources"], { expected: "array", received: kindOf(sources) }));
  else {
    for (let i = 0; i < sources.length; i++) {
      const source: unknown = sources[i];
      if (source === null || typeof source !== "object") issues.push(newIssue(INVALID_TYPE, ["funding", "sources", i], { expected: "object", received: kindOf(source) }));
      else {
        const funders = (source as { funderUnitIds?: unknown }).funderUnitIds;
        if (funders !== undefined && !isStringList(funders)) issues.push(newIssue(INVALID_TYPE, ["funding", "sources", i, "funderUnitIds"], { expected: "array", received: kindOf(funders) }));
      }
    }
  }
  const header: unknown = plan.header;
  if (header !== undefined) {
    if (header === null || typeof header !== "object") issues.push(newIssue(INVALID_TYPE, ["header"], { expected: "object", received: kindOf(header) }));
    else {
      const { issuerId, coIssuerIds } = header as { issuerId?: unknown; coIssuerIds?: unknown };
      if (issuerId !== undefined && typeof issuerId !== "string") issues.push(newIssue(INVALID_TYPE, ["header", "issuerId"], { expected: "string", received: kindOf(issuerId) }));
      if (coIssuerIds !== undefined && !isStringList(coIssuerIds)) issues.push(newIssue(INVALID_TYPE, ["header", "coIssuerIds"], { expected: "array", received: kindOf(coIssuerIds) }));
    }
  }
  if (plan.budget !== undefined) {
    if (!Array.isArray(plan.budget?.sections)) issues.push(newIssue(INVALID_TYPE, ["budget", "sections"], { expected: "array", received: kindOf(plan.budget?.sections) }));
    else {
      plan.budget.sections.forEach((section, i) => {
        if (!Array.isArray(section?.lines)) issues.push(newIssue(INVALID_TYPE, ["budget", "sections", i, "lines"], { expected: "array", received: kindOf(section?.lines) }));
      });
    }
  }
  if (issues.length > 0) throw new PlanError(issues);
}

/** Whether a value is an array of strings. @internal */
export function isStringList(value: unknown): value is readonly string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
}

/**
 * Whether a line uses none of the version-2 parts that make its amount depend on more than itself: no
 * rate units or quantities, no share, no split between sources, and no `cap` of another type than
 * boolean. Such a line's amount is {@link lineAmount}'s, and its one source pays all of it; the others
 * go through `resolveLines`. @internal
 */
export function isSimpleLine(line: BudgetLineLike): boolean {
  if (line === null || typeof line !== "object") return false;
  const { quantities, funding, unitPricePer, cap } = line;
  return (
    line.shareOf === undefined &&
    (quantities === undefined || (Array.isArray(quantities) && quantities.length === 0)) &&
    (funding === undefined || (Array.isArray(funding) && funding.length === 0)) &&
    (unitPricePer === undefined || (Array.isArray(unitPricePer) && unitPricePer.length === 0)) &&
    (cap === undefined || typeof cap === "boolean")
  );
}

/** A line's quantity, checked to be a whole number (a PlanError at its path otherwise). @internal */
export function checkedQuantity(line: BudgetLineLike, sectionIndex: number, lineIndex: number): number | undefined {
  const quantity = line.product?.quantity;
  if (quantity !== undefined && !Number.isSafeInteger(quantity)) {
    throw new PlanError([
      newIssue(INVALID_QUANTITY, ["budget", "sections", sectionIndex, "lines", lineIndex, "product", "quantity"], {
        value: quantity,
        detail: "a quantity is a whole number",
        detailVi: "số lượng phải là số nguyên",
      }),
    ]);
  }
  return quantity;
}

/**
 * The amount of a simple line ({@link isSimpleLine}) as `resolveLines` gives it (its `amount`, else unit
 * price × quantity, else undefined), with the same checks in the same order, but no path or record made
 * unless a check fails: for a loop over a million lines. @internal
 */
export function lineAmount(line: BudgetLineLike, sectionIndex: number, lineIndex: number): bigint | undefined {
  const quantity = checkedQuantity(line, sectionIndex, lineIndex);
  const at = (field: string) => ["budget", "sections", sectionIndex, "lines", lineIndex, field];
  const given = line.amount === undefined ? undefined : readAmountAt(line.amount, at, "amount");
  const unitPrice = line.unitPrice === undefined ? undefined : readAmountAt(line.unitPrice, at, "unitPrice");
  return given ?? (unitPrice !== undefined && quantity !== undefined ? unitPrice * BigInt(quantity) : undefined);
}

/** {@link readAmount} with the path made only when the amount is bad. */
function readAmountAt(value: unknown, at: (field: string) => (string | number)[], field: string): bigint {
  try {
    return vnd(value as VndInput).toBigInt();
  } catch (error) {
    if (error instanceof PlanError) throw new PlanError(error.issues.map((i) => ({ ...i, path: at(field) })));
    throw error;
  }
}

/** {@link readAmount} at `[...path, field]`, the path made only when the amount is bad. @internal */
export function readAmountIn(value: unknown, path: readonly (string | number)[], field: string): bigint {
  try {
    return vnd(value as VndInput).toBigInt();
  } catch (error) {
    if (error instanceof PlanError) throw new PlanError(error.issues.map((i) => ({ ...i, path: [...path, field] })));
    throw error;
  }
}

/** Reads an amount of a plan (a Vnd, or what vnd() accepts), reporting a bad one at its path. @internal */
export function readAmount(value: unknown, path: readonly (string | number)[]): bigint {
  try {
    return vnd(value as VndInput).toBigInt();
  } catch (error) {
    if (error instanceof PlanError) throw new PlanError(error.issues.map((i) => ({ ...i, path: [...path] })));
    throw error;
  }
}
