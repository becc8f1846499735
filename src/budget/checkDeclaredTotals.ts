import type { Finding } from "../errors/Finding.js";
import { budgetFinding } from "./_lib/findings.js";
import { readAmount } from "./_lib/lines.js";
import { resolveLines } from "./_lib/resolve.js";
import type { BudgetPlan } from "./budgetPlan.js";

/**
 * Checks the figures that a budget appendix states against the ones its lines give, and the lines'
 * rates, shares and splits. A real document can be wrong, so declared figures are checked, never
 * trusted, and a mismatch is a finding, not an exception. The findings, each at the field it concerns,
 * with `details` as strings (amounts as digit strings):
 *
 * | code | severity | what it checks |
 * |---|---|---|
 * | `declared_total_mismatch` | error | a section's declared subtotal, or the declared grand total, equals the sum of the plan's own money in its lines (a line another funder pays belongs to that funder's total; of a split line, its own parts); at `declaredTotal`, with `declared`, `computed`, `difference` (declared − computed) |
 * | `line_amount_mismatch` | error | unit price × quantity (or × each of the rate's `quantities`) equals the amount the line states; at `amount`, with `quantity` (the product), `quantities` (for a rate), `unitPrice`, `amount`, `computed`, `difference` |
 * | `own_line_without_amount` | warning | a line the plan's own sources pay (in whole or in part) has an amount, stated or computed; at `amount`, with `unitPrice` and `per` when the line states a rate but no quantities |
 * | `rate_units_mismatch` | warning | the units of a rate (`unitPricePer`) are the units of its `quantities`, each as many times (compared trimmed, in NFC, in lower case); a rate that does not match is not priced; at `unitPricePer`, with `per` and `units` |
 * | `share_of_unknown_line` | warning | a share (`shareOf`) is of lines that exist, that have an amount, and that do not depend on the share itself (directly or through other shares); such a share is not computed; at `shareOf.lineIds.<k>`, with `lineId`, `reason` (`"unknown_line"`, `"no_amount"`, `"cycle"`) and `percent` |
 * | `share_amount_mismatch` | error | a share's amount, `percent` % of the sum of its lines' amounts rounded half up to the đồng, equals the amount the line states; at `amount`, with `percent`, `lineIds`, `base`, `computed`, `amount`, `difference` |
 * | `funding_split_mismatch` | error | the parts of a line split between sources (`funding`) make up the line and their percentages do not add up to more than 100; a split that fails counts the whole line for its `fundingSourceId`; at `funding` (or `funding.<k>` for an entry whose amount is not its percentage), with `reason` (`"percent_over_100"`, `"parts_do_not_add_up"`, `"percent_amount_mismatch"`) and the figures |
 *
 * A line's split: an entry with an `amount` takes it; an entry with a `percent` takes that percentage of
 * **the whole line**, the parts rounded by the largest-remainder rule so that they add up to the đồng;
 * an entry with neither takes what the others leave. Without such an entry the amounts and percentages
 * must make up the line (within a đồng per percentage, for rounding).
 *
 * @param plan - a plan, or anything with its budget and funding sources ({@link BudgetPlan}).
 * @returns the findings, frozen: each line's in document order (in the order of the table above), then
 *   the declared subtotals and the grand total; none for the reference plan, whose figures add up.
 * @throws {@link PlanError} for a budget of the wrong shape, a bad amount, quantity or percentage, at its path.
 * @example
 * ```ts
 * import { checkDeclaredTotals, vnd, type BudgetPlan } from "cong-doan-ke-hoach";
 *
 * const plan: BudgetPlan = {
 *   header: { issuerId: "tld" },
 *   funding: { sources: [{ id: "tld", kind: "union-budget", name: "Quỹ của Tổng Liên đoàn", funderUnitIds: ["tld"] }] },
 *   budget: { title: "Mức chi", sections: [{ id: "s", title: "Thăm, tặng quà", lines: [
 *     { id: "qua", title: "Quà Tết", unitPrice: vnd(1_300_000), unitPricePer: ["người"],
 *       fundingSourceId: "tld", leadUnitIds: ["tld"], coordinatingUnitIds: [] },
 *   ] }] },
 * };
 * const [finding] = checkDeclaredTotals(plan);
 * finding?.code; //=> "own_line_without_amount"
 * finding?.path; //=> ["budget", "sections", 0, "lines", 0, "amount"]
 * finding?.messageVi;
 * //=> "\"Quà Tết\" do nguồn kinh phí của đơn vị ban hành kế hoạch chi nhưng không có số tiền (chỉ ghi mức chi 1.300.000 đồng/người, không có số lượng)"
 * ```
 * @category Money
 */
export function checkDeclaredTotals(plan: BudgetPlan): readonly Finding[] {
  const findings: Finding[] = [];
  const { lines } = resolveLines(plan);
  const sectionTotals = (plan.budget?.sections ?? []).map(() => 0n);
  for (const line of lines) {
    findings.push(...line.findings);
    if (line.ownAmount !== undefined) sectionTotals[line.sectionIndex]! += line.ownAmount;
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
