import type { BudgetPlan } from "../budgetPlan.js";

/**
 * Which funding sources are the plan's own: a source is the plan's own when one of its funders
 * (`funderUnitIds`) is the plan's issuer or a co-issuer (`header.issuerId`, `header.coIssuerIds`), whatever
 * the source's kind and level. A source that names no funder is the plan's own when its kind is
 * `"central-budget"` (version 1's kind for the issuer's budget), so that a version-1 document and a budget
 * built by an app without a header read as they always did. The last source of an id decides.
 *
 * Expects a plan that {@link checkBudgetPlan} accepted.
 *
 * @internal
 */
export function ownSources(plan: BudgetPlan): (sourceId: string) => boolean {
  const issuers = new Set<string>();
  const header = plan.header;
  if (header !== undefined && header !== null) {
    if (typeof header.issuerId === "string") issuers.add(header.issuerId);
    for (const id of header.coIssuerIds ?? []) issuers.add(id);
  }
  const own = new Map<string, boolean>();
  for (const source of plan.funding.sources) {
    const funders = source.funderUnitIds ?? [];
    let isOwn = funders.length === 0 && source.kind === "central-budget";
    for (let i = 0; i < funders.length && !isOwn; i++) isOwn = issuers.has(funders[i]!);
    own.set(source.id, isOwn);
  }
  return (sourceId) => own.get(sourceId) === true;
}
