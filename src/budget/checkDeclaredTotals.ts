import type { Finding } from "../errors/Finding.js";
import { budgetFinding } from "./_lib/findings.js";
import { costedLines, readAmount } from "./_lib/lines.js";
import type { BudgetPlan } from "./budgetPlan.js";

/**
 * Checks the figures that a budget appendix states against the ones its lines give. A real document can
 * be wrong, so declared figures are checked, never trusted, and a mismatch is a finding, not an exception:
 *
 * - `declared_total_mismatch` (error): a section's declared subtotal, or the declared grand total, differs
 *   from the sum of the lines the central budget pays (lines paid by another funder belong to that
 *   funder's total); `details` gives `declared`, `computed` and `difference` (declared − computed);
 * - `line_amount_mismatch` (error): a line's quantity × unit price differs from its amount;
 * - `central_line_without_amount` (warning): a line the central budget pays has neither an amount nor a
 *   unit price and quantity.
 *
 * @param plan - a plan, or anything with its budget and funding sources ({@link BudgetPlan}).
 * @returns the findings in document order; none for the reference plan, whose figures add up.
 * @example
 * ```ts
 * import { checkDeclaredTotals, type BudgetPlan } from "cong-doan-ke-hoach";
 *
 * declare const plan: BudgetPlan;
 * for (const finding of checkDeclaredTotals(plan)) console.log(finding.path, finding.messageVi);
 * ```
 * @category Money
 */
export function checkDeclaredTotals(plan: BudgetPlan): readonly Finding[] {
  const findings: Finding[] = [];
  const lines = costedLines(plan);
  const sectionTotals = (plan.budget?.sections ?? []).map(() => 0n);
  for (const costed of lines) {
    const { line, amount, central, path, given, unitPrice } = costed;
    const quantity = line.product?.quantity;
    if (given !== undefined && unitPrice !== undefined && quantity !== undefined) {
      const product = unitPrice * BigInt(quantity);
      if (product !== given) {
        findings.push(
          budgetFinding("line_amount_mismatch", "error", [...path, "amount"], { quantity, unitPrice, amount: given }, {
            quantity: String(quantity),
            unitPrice: unitPrice.toString(),
            amount: given.toString(),
            computed: product.toString(),
            difference: (given - product).toString(),
          }),
        );
      }
    }
    if (central && amount === undefined) {
      findings.push(budgetFinding("central_line_without_amount", "warning", [...path, "amount"], { title: line.title }, {}));
    }
    if (central && amount !== undefined) sectionTotals[costed.sectionIndex]! += amount;
  }
  const mismatch = (declared: bigint, computed: bigint, path: readonly (string | number)[], what: string, whatVi: string) => {
    if (declared === computed) return;
    findings.push(
      budgetFinding("declared_total_mismatch", "error", path, { declared, computed, what, whatVi }, {
        declared: declared.toString(),
        computed: computed.toString(),
        difference: (declared - computed).toString(),
      }),
    );
  };
  (plan.budget?.sections ?? []).forEach((section, i) => {
    if (section.declaredTotal === undefined) return;
    const name = section.label ?? section.title;
    const at = ["budget", "sections", i, "declaredTotal"];
    mismatch(readAmount(section.declaredTotal, at), sectionTotals[i]!, at, `section ${name}`, `mục ${name}`);
  });
  if (plan.budget?.declaredTotal !== undefined) {
    const total = sectionTotals.reduce((a, b) => a + b, 0n);
    mismatch(readAmount(plan.budget.declaredTotal, ["budget", "declaredTotal"]), total, ["budget", "declaredTotal"], "the grand total", "tổng cộng");
  }
  return Object.freeze(findings);
}
