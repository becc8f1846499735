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
  const own = readSources(plan);
  return (sourceId) => own.get(sourceId)?.own === true;
}

/** A funding source, and whether it is the plan's own. @internal */
export interface SourceOf {
  readonly source: BudgetPlan["funding"]["sources"][number];
  readonly own: boolean;
}

/** The plan's sources by id (the last of an id), each with whether it is the plan's own ({@link ownSources}). @internal */
export function readSources(plan: BudgetPlan): Map<string, SourceOf> {
  const header = plan.header;
  const issuerId = header?.issuerId;
  const coIssuerIds = header?.coIssuerIds ?? [];
  const byId = new Map<string, SourceOf>();
  const sources = plan.funding.sources;
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    const funders = source.funderUnitIds ?? [];
    let own = funders.length === 0 && source.kind === "central-budget";
    for (let i = 0; i < funders.length && !own; i++) own = funders[i] === issuerId || coIssuerIds.includes(funders[i]!);
    byId.set(source.id, { source, own });
  }
  return byId;
}
