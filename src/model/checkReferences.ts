import { kindVi } from "./_lib/kindNames.js";
import type { z } from "zod";
import type { CustomIssueParams } from "../errors/fromZod.js";
import { outletKindVi, unitKindVi } from "../errors/messages.js";
import type { ModelSchemas } from "./schema.js";
import { ALLOWED_PARENT_KINDS, outletKindsFor, type UnitKind } from "./units.js";

type Shape = z.output<ModelSchemas["planShapeSchema"]>;
type Path = (string | number)[];

/** A cross-field problem, ready to become a zod `custom` issue. @internal */
export interface ReferenceProblem {
  readonly path: Path;
  readonly params: CustomIssueParams;
}

interface Registry {
  readonly kind: string;
  /** Each id and the index of its first item in its list (a path is built only for a problem). */
  readonly ids: Map<string, number>;
}

/**
 * The cross-reference rules of a plan: ids unique within their kind, every reference resolves to an
 * item of the right kind, the unit hierarchy has no cycle and respects {@link ALLOWED_PARENT_KINDS},
 * outlet details fit the unit kind. Reports every problem, in document order.
 *
 * It runs on every plan parsePlan reads, tens of thousands of items for a large one: on the way of a plan
 * without problems it allocates nothing per item (no path, no closure); a path is built for a problem only.
 *
 * @internal
 */
export function checkReferences(plan: Shape): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];

  const registry = (kind: string): Registry => ({ kind, ids: new Map<string, number>() });
  /** Registers the ids of a list of items, in order; a second item with an id is a duplicate. */
  const register = (target: Registry, items: readonly { id: string }[], ...base: Path): void => {
    const ids = target.ids;
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      if (ids.has(id)) problems.push({ path: [...base, i, "id"], params: { planCode: "duplicate_id", kind: target.kind, kindVi: kindVi(target.kind), id } });
      else ids.set(id, i);
    }
  };
  /** Registers the ids of one list: its path is a constant, allocated once. */
  const one = (kind: string, items: readonly { id: string }[], ...base: Path): Registry => {
    const target = registry(kind);
    if (items.length > 0) register(target, items, ...base);
    return target;
  };

  const units = one("unit", plan.units, "units");
  one("channel", plan.channels, "channels");
  const channels = plan.channels;
  const activities = registry("activity");
  for (let i = 0; i < channels.length; i++) register(activities, channels[i]!.activities, "channels", i, "activities");
  const quotas = registry("quota");
  for (let i = 0; i < channels.length; i++) register(quotas, channels[i]!.quotas, "channels", i, "quotas");
  const targets = registry("target");
  for (let i = 0; i < channels.length; i++) {
    const list = channels[i]!.activities;
    for (let j = 0; j < list.length; j++) {
      const items = list[j]!.targets;
      if (items.length > 0) register(targets, items, "channels", i, "activities", j, "targets");
    }
  }
  one("audience", plan.audiences, "audiences");
  one("theme", plan.themes, "themes");
  const phases = one("phase", plan.phases, "phases");
  one("purpose", plan.purposes, "purposes");
  one("requirement", plan.requirements, "requirements");
  one("objective", plan.objectives, "objectives");
  const indicators = registry("indicator");
  plan.objectives.forEach((o, i) => register(indicators, o.indicators, "objectives", i, "indicators"));
  one("task", plan.tasks, "tasks");
  one("slogan", plan.slogans, "slogans");
  one("appendix", plan.appendices, "appendices");
  const appendixItems = registry("appendix item");
  plan.appendices.forEach((a, i) => register(appendixItems, a.items, "appendices", i, "items"));
  one("legal basis", plan.header.legalBases, "header", "legalBases");
  const sources = one("funding source", plan.funding.sources, "funding", "sources");
  one("funding provision", plan.funding.provisions, "funding", "provisions");
  one("responsibility", plan.responsibilities, "responsibilities");
  const duties = registry("duty");
  plan.responsibilities.forEach((r, i) => register(duties, r.duties, "responsibilities", i, "duties"));
  one("reporting duty", plan.reporting, "reporting");
  one("recipient", plan.recipients, "recipients");
  const sections = plan.budget?.sections ?? [];
  one("budget section", sections, "budget", "sections");
  const lines = registry("budget line");
  for (let i = 0; i < sections.length; i++) register(lines, sections[i]!.lines, "budget", "sections", i, "lines");

  const unknown = (target: Registry, id: string, path: Path): void => {
    problems.push({ path, params: { planCode: "unknown_reference", kind: target.kind, kindVi: kindVi(target.kind), id } });
  };
  /** Checks a reference at `path`. */
  const ref = (target: Registry, id: string | undefined, ...path: Path): void => {
    if (id !== undefined && !target.ids.has(id)) unknown(target, id, path);
  };
  /** Checks a list of references at `path`; the path of an item is built only when it is a problem. */
  const refs = (target: Registry, list: readonly string[] | undefined, ...path: Path): void => {
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      if (!target.ids.has(id)) unknown(target, id, [...path, i]);
    }
  };
  /**
   * Whether every reference of a list resolves: the loops over thousands of items ask this first, and pass a
   * path (an array each call) to `refs` only for a list with a problem.
   */
  const known = (target: Registry, list: readonly string[]): boolean => {
    for (let i = 0; i < list.length; i++) if (!target.ids.has(list[i]!)) return false;
    return true;
  };

  // Units: parents, hierarchy, outlets.
  // The first unit with an id is the one references resolve to, as in the registry: a duplicate is
  // reported once, not again through every unit that points at it.
  const unitById = new Map<string, (typeof plan.units)[number]>();
  for (const unit of plan.units) if (!unitById.has(unit.id)) unitById.set(unit.id, unit);
  plan.units.forEach((unit, i) => {
    if (unit.parentId !== undefined && !units.ids.has(unit.parentId)) ref(units, unit.parentId, "units", i, "parentId");
    if (!known(units, unit.successorIds)) refs(units, unit.successorIds, "units", i, "successorIds");
    if (unit.validFrom !== undefined && unit.validTo !== undefined && unit.validTo < unit.validFrom) {
      problems.push({ path: ["units", i, "validTo"], params: { planCode: "invalid_window", expected: unit.validFrom, received: unit.validTo } });
    }
    const parent = unit.parentId === undefined ? undefined : unitById.get(unit.parentId);
    if (parent && !ALLOWED_PARENT_KINDS[unit.kind].includes(parent.kind)) {
      problems.push({
        path: ["units", i, "parentId"],
        params: { planCode: "invalid_parent_kind", received: unit.kind, expected: parent.kind },
      });
    }
    const allowed = outletKindsFor(unit.kind);
    if (allowed.length === 0 && unit.outlet) {
      problems.push({
        path: ["units", i, "outlet"],
        params: { planCode: "outlet_mismatch", detail: `a unit of kind ${unit.kind} has no outlet details`, detailVi: `${unitKindVi(unit.kind)} không có thông tin cơ quan báo chí` },
      });
    } else if ((unit.kind === "press-outlet" || unit.kind === "broadcaster") && !unit.outlet) {
      // Press outlets and broadcasters need their details (quotas select them by outlet kind); portals, social
      // media and loudspeakers may give them.
      problems.push({
        path: ["units", i, "outlet"],
        params: { planCode: "outlet_mismatch", detail: `a unit of kind ${unit.kind} needs its outlet details`, detailVi: `${unitKindVi(unit.kind)} cần thông tin cơ quan báo chí` },
      });
    } else if (unit.outlet && !allowed.includes(unit.outlet.kind)) {
      problems.push({
        path: ["units", i, "outlet", "kind"],
        params: { planCode: "outlet_mismatch", detail: `a unit of kind ${unit.kind} cannot have an outlet of kind ${unit.outlet.kind}`, detailVi: `${unitKindVi(unit.kind)} không thể là ${outletKindVi(unit.outlet.kind)}` },
      });
    }
  });
  checkCycles([...unitById.values()], units, problems);

  ref(units, plan.header.issuerId, "header", "issuerId");
  refs(units, plan.header.coIssuerIds, "header", "coIssuerIds");
  ref(units, plan.signatory?.unitId, "signatory", "unitId");
  plan.header.legalBases.forEach((basis, i) => ref(units, basis.issuerId, "header", "legalBases", i, "issuerId"));
  plan.coSignatories.forEach((s, i) => ref(units, s.unitId, "coSignatories", i, "unitId"));

  if (plan.window?.end !== undefined && plan.window.end < plan.window.start) {
    problems.push({ path: ["window", "end"], params: { planCode: "invalid_window", expected: plan.window.start, received: plan.window.end } });
  }
  plan.objectives.forEach((o, i) =>
    o.indicators.forEach((indicator, j) => refs(units, indicator.population?.scopeUnitIds, "objectives", i, "indicators", j, "population", "scopeUnitIds")),
  );
  plan.appendices.forEach((a, i) => a.items.forEach((item, j) => refs(units, item.unitIds, "appendices", i, "items", j, "unitIds")));

  const isOutlet = (kind: UnitKind | undefined) => kind !== undefined && outletKindsFor(kind).length > 0;
  /** Checks a list of references to outlets at `path`. */
  const outletRefs = (list: readonly string[], ...path: Path): void => {
    for (let k = 0; k < list.length; k++) {
      const id = list[k]!;
      const unit = unitById.get(id);
      if (!unit) ref(units, id, ...path, k);
      else if (!isOutlet(unit.kind)) {
        problems.push({
          path: [...path, k],
          params: { planCode: "wrong_reference_kind", id, kind: "unit", kindVi: "đơn vị", expected: "outlet", expectedVi: "cơ quan báo chí, đài, cổng thông tin hoặc trang mạng xã hội", detail: `its kind is ${unit.kind}, not an outlet`, detailVi: `đây là ${unitKindVi(unit.kind)}, không phải cơ quan báo chí, đài hay cổng thông tin` },
        });
      }
    }
  };
  for (let i = 0; i < channels.length; i++) {
    const channel = channels[i]!;
    for (let j = 0; j < channel.activities.length; j++) {
      const activity = channel.activities[j]!;
      if (!known(units, activity.leadUnitIds)) refs(units, activity.leadUnitIds, "channels", i, "activities", j, "leadUnitIds");
      if (!known(units, activity.executingUnitIds)) refs(units, activity.executingUnitIds, "channels", i, "activities", j, "executingUnitIds");
      if (!known(units, activity.coordinatingUnitIds)) refs(units, activity.coordinatingUnitIds, "channels", i, "activities", j, "coordinatingUnitIds");
      if (activity.outletIds.length > 0) outletRefs(activity.outletIds, "channels", i, "activities", j, "outletIds");
      const list = activity.targets;
      for (let k = 0; k < list.length; k++) {
        const scope = list[k]!.scopeUnitIds;
        if (scope !== undefined && !known(units, scope)) refs(units, scope, "channels", i, "activities", j, "targets", k, "scopeUnitIds");
      }
    }
    channel.quotas.forEach((quota, j) => {
      outletRefs(quota.outletIds, "channels", i, "quotas", j, "outletIds");
      ref(phases, quota.phaseId, "channels", i, "quotas", j, "phaseId");
      refs(units, quota.owedBy?.unitIds, "channels", i, "quotas", j, "owedBy", "unitIds");
    });
  }

  plan.funding.sources.forEach((source, i) => refs(units, source.funderUnitIds, "funding", "sources", i, "funderUnitIds"));
  plan.funding.provisions.forEach((p, i) => {
    ref(sources, p.sourceId, "funding", "provisions", i, "sourceId");
    refs(sources, p.sourceIds, "funding", "provisions", i, "sourceIds");
    if (p.sourceId === undefined && p.sourceIds.length === 0) {
      problems.push({ path: ["funding", "provisions", i, "sourceId"], params: { planCode: "missing", expected: "sourceId or sourceIds", expectedVi: "nguồn kinh phí (sourceId hoặc sourceIds)" } });
    }
  });

  plan.responsibilities.forEach((r, i) => {
    refs(units, r.unitIds, "responsibilities", i, "unitIds");
    r.duties.forEach((d, j) => {
      refs(activities, d.activityIds, "responsibilities", i, "duties", j, "activityIds");
      refs(units, d.unitIds, "responsibilities", i, "duties", j, "unitIds");
    });
  });

  plan.reporting.forEach((duty, i) => {
    refs(units, duty.reportingUnitIds, "reporting", i, "reportingUnitIds");
    ref(units, duty.recipientUnitId, "reporting", i, "recipientUnitId");
    ref(units, duty.viaUnitId, "reporting", i, "viaUnitId");
    ref(phases, duty.phaseId, "reporting", i, "phaseId");
  });

  plan.recipients.forEach((r, i) => refs(units, r.unitIds, "recipients", i, "unitIds"));

  for (let i = 0; i < sections.length; i++) {
    const list = sections[i]!.lines;
    for (let j = 0; j < list.length; j++) {
      const line = list[j]!;
      if (!sources.ids.has(line.fundingSourceId)) unknown(sources, line.fundingSourceId, ["budget", "sections", i, "lines", j, "fundingSourceId"]);
      const funding = line.funding;
      if (funding.length > 0) {
        let paid = false;
        for (let k = 0; k < funding.length; k++) {
          const sourceId = funding[k]!.sourceId;
          if (!sources.ids.has(sourceId)) unknown(sources, sourceId, ["budget", "sections", i, "lines", j, "funding", k, "sourceId"]);
          if (sourceId === line.fundingSourceId) paid = true;
        }
        if (!paid) {
          problems.push({
            path: ["budget", "sections", i, "lines", j, "fundingSourceId"],
            params: { planCode: "invalid_value", expected: "one of the sources in funding", expectedVi: "một trong các nguồn ghi trong funding", receivedValue: line.fundingSourceId },
          });
        }
      }
      if (!known(units, line.leadUnitIds)) refs(units, line.leadUnitIds, "budget", "sections", i, "lines", j, "leadUnitIds");
      if (!known(units, line.coordinatingUnitIds)) refs(units, line.coordinatingUnitIds, "budget", "sections", i, "lines", j, "coordinatingUnitIds");
      if (line.activityId !== undefined && !activities.ids.has(line.activityId)) unknown(activities, line.activityId, ["budget", "sections", i, "lines", j, "activityId"]);
    }
  }

  return problems;
}

/** Reports each cycle of the parent relation once, at the first unit of the cycle in document order. */
function checkCycles(list: readonly Shape["units"][number][], units: Registry, problems: ReferenceProblem[]): void {
  const parentOf = new Map<string, string>();
  for (const unit of list) if (unit.parentId !== undefined && !parentOf.has(unit.id)) parentOf.set(unit.id, unit.parentId);
  const state = new Map<string, "visiting" | "done">();
  list.forEach((unit) => {
    if (state.has(unit.id)) return;
    const trail: string[] = [];
    let current: string | undefined = unit.id;
    while (current !== undefined && !state.has(current)) {
      state.set(current, "visiting");
      trail.push(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && state.get(current) === "visiting") {
      // Reported at the unit whose parentId closes the loop.
      const closing = trail[trail.length - 1];
      const at = closing === undefined ? undefined : units.ids.get(closing);
      problems.push({ path: at === undefined ? ["units", "parentId"] : ["units", at, "parentId"], params: { planCode: "hierarchy_cycle", id: current } });
    }
    for (const id of trail) state.set(id, "done");
  });
}
