import type { BudgetPlan } from "../budgetPlan.js";

/** A funding source, and whether it is the plan's own. @internal */
export interface SourceOf {
  readonly source: BudgetPlan["funding"]["sources"][number];
  readonly own: boolean;
}

/**
 * Which funding sources are the plan's own: a source is the plan's own when one of its funders
 * (`funderUnitIds`) is the plan's issuer or a co-issuer (`header.issuerId`, `header.coIssuerIds`), whatever
 * the source's kind and level. A source that names no funder is the plan's own when its kind is
 * `"central-budget"` (version 1's kind for the issuer's budget), so that a version-1 document and a budget
 * built by an app without a header read as they always did.
 *
 * Returns the sources by id (the last of an id decides), each with whether it is the plan's own. Expects
 * a plan that {@link checkBudgetPlan} accepted.
 *
 * @internal
 */
export function readSources(plan: BudgetPlan): Map<string, SourceOf> {
  const header = plan.header;
  const issuerId = header?.issuerId;
  const coIssuerIds = header?.coIssuerIds ?? [];
  // A set where the list is long, so that many funders against many co-issuers stays linear.
  const coIssuers = coIssuerIds.length > 8 ? new Set(coIssuerIds) : undefined;
  const byId = new Map<string, SourceOf>();
  const sources = plan.funding.sources;
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    const funders = source.funderUnitIds ?? [];
    let own = funders.length === 0 && source.kind === "central-budget";
    for (let i = 0; i < funders.length && !own; i++) {
      const funder = funders[i]!;
      own = funder === issuerId || (coIssuers === undefined ? coIssuerIds.includes(funder) : coIssuers.has(funder));
    }
    byId.set(source.id, { source, own });
  }
  return byId;
}
