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
  if (!Array.isArray(plan.funding?.sources)) issues.push(newIssue(INVALID_TYPE, ["funding", "sources"], { expected: "array", received: kindOf(plan.funding?.sources) }));
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

/** A budget line with where it is and what it costs. @internal */
export interface CostedLine {
  readonly line: BudgetLineLike;
  readonly sectionIndex: number;
  readonly lineIndex: number;
  readonly path: readonly (string | number)[];
  /** The line's amount; without one, unit price × quantity where both are given; else undefined. */
  readonly amount: bigint | undefined;
  /** The amount the line states, if any. */
  readonly given: bigint | undefined;
  /** The unit price the line states, if any. */
  readonly unitPrice: bigint | undefined;
  /** Whether the central budget (a funding source of kind "central-budget") pays the line. */
  readonly central: boolean;
}

/**
 * The lines of a plan's budget with their costs. The central total of a section and of the appendix is
 * the sum of the lines that the central budget pays; a line paid by another funder belongs to that
 * funder's total.
 *
 * @internal
 */
export function costedLines(plan: BudgetPlan): CostedLine[] {
  checkBudgetPlan(plan);
  const isCentral = centralSources(plan);
  const out: CostedLine[] = [];
  (plan.budget?.sections ?? []).forEach((section, sectionIndex) =>
    section.lines.forEach((line, lineIndex) => {
      const path = ["budget", "sections", sectionIndex, "lines", lineIndex];
      const quantity = checkedQuantity(line, sectionIndex, lineIndex);
      const given = line.amount === undefined ? undefined : readAmount(line.amount, [...path, "amount"]);
      const unitPrice = line.unitPrice === undefined ? undefined : readAmount(line.unitPrice, [...path, "unitPrice"]);
      const amount = given ?? (unitPrice !== undefined && quantity !== undefined ? unitPrice * BigInt(quantity) : undefined);
      out.push({
        line,
        sectionIndex,
        lineIndex,
        path,
        amount,
        given,
        unitPrice,
        central: isCentral(line.fundingSourceId),
      });
    }),
  );
  return out;
}

/** Whether a funding source id names a source of kind "central-budget" (the last source of an id decides). @internal */
export function centralSources(plan: BudgetPlan): (fundingSourceId: string) => boolean {
  const kinds = new Map(plan.funding.sources.map((s) => [s.id, s.kind] as const));
  return (id) => kinds.get(id) === "central-budget";
}

/** A line's quantity, checked to be a whole number (a PlanError at its path otherwise). */
function checkedQuantity(line: BudgetLineLike, sectionIndex: number, lineIndex: number): number | undefined {
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
 * A line's amount as {@link costedLines} gives it (its `amount`, else unit price × quantity, else
 * undefined), with the same checks in the same order, but no path or record made unless a check fails:
 * for a loop over a million lines. @internal
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

/** Reads an amount of a plan (a Vnd, or what vnd() accepts), reporting a bad one at its path. @internal */
export function readAmount(value: unknown, path: readonly (string | number)[]): bigint {
  try {
    return vnd(value as VndInput).toBigInt();
  } catch (error) {
    if (error instanceof PlanError) throw new PlanError(error.issues.map((i) => ({ ...i, path: [...path] })));
    throw error;
  }
}
