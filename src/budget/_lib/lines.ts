import type { BudgetLineLike, BudgetPlan } from "../budgetPlan.js";

/** A budget line with where it is and what it costs. @internal */
export interface CostedLine {
  readonly line: BudgetLineLike;
  readonly sectionIndex: number;
  readonly lineIndex: number;
  readonly path: readonly (string | number)[];
  /** The line's amount; without one, unit price × quantity where both are given; else undefined. */
  readonly amount: bigint | undefined;
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
  const kinds = new Map(plan.funding.sources.map((s) => [s.id, s.kind] as const));
  const out: CostedLine[] = [];
  (plan.budget?.sections ?? []).forEach((section, sectionIndex) =>
    section.lines.forEach((line, lineIndex) => {
      const quantity = line.product?.quantity;
      const amount =
        line.amount !== undefined
          ? line.amount.toBigInt()
          : line.unitPrice !== undefined && quantity !== undefined
            ? line.unitPrice.toBigInt() * BigInt(quantity)
            : undefined;
      out.push({
        line,
        sectionIndex,
        lineIndex,
        path: ["budget", "sections", sectionIndex, "lines", lineIndex],
        amount,
        central: kinds.get(line.fundingSourceId) === "central-budget",
      });
    }),
  );
  return out;
}
