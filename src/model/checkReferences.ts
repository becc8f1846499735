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
  /** Each id's first item: where its list is and its index in it (a path is built only for a problem). */
  readonly ids: Map<string, { readonly base: Path; readonly index: number }>;
}

/**
 * The cross-reference rules of a plan: ids unique within their kind, every reference resolves to an
 * item of the right kind, the unit hierarchy has no cycle and respects {@link ALLOWED_PARENT_KINDS},
 * outlet details fit the unit kind. Reports every problem, in document order.
 *
 * @internal
 */
export function checkReferences(plan: Shape): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];

  /** Registers the ids of lists of items, in order; a second item with an id is a duplicate. */
  const registry = (kind: string, lists: Iterable<readonly [items: readonly { id: string }[], base: Path]>): Registry => {
    const ids = new Map<string, { base: Path; index: number }>();
    for (const [items, base] of lists) {
      for (let i = 0; i < items.length; i++) {
        const id = items[i]!.id;
        if (ids.has(id)) problems.push({ path: [...base, i, "id"], params: { planCode: "duplicate_id", kind, kindVi: kindVi(kind), id } });
        else ids.set(id, { base, index: i });
      }
    }
    return { kind, ids };
  };
  const one = <T extends { id: string }>(items: readonly T[], base: Path): [readonly T[], Path][] => [[items, base]];

  const units = registry("unit", one(plan.units, ["units"]));
  registry("channel", one(plan.channels, ["channels"]));
  const activities = registry("activity", plan.channels.map((c, i) => [c.activities, ["channels", i, "activities"]] as const));
  registry("quota", plan.channels.map((c, i) => [c.quotas, ["channels", i, "quotas"]] as const));
  registry("target", plan.channels.flatMap((c, i) => c.activities.map((a, j) => [a.targets, ["channels", i, "activities", j, "targets"]] as const)));
  registry("audience", one(plan.audiences, ["audiences"]));
  registry("theme", one(plan.themes, ["themes"]));
  const phases = registry("phase", one(plan.phases, ["phases"]));
  registry("purpose", one(plan.purposes, ["purposes"]));
  registry("requirement", one(plan.requirements, ["requirements"]));
  registry("objective", one(plan.objectives, ["objectives"]));
  registry("indicator", plan.objectives.map((o, i) => [o.indicators, ["objectives", i, "indicators"]] as const));
  registry("task", one(plan.tasks, ["tasks"]));
  registry("slogan", one(plan.slogans, ["slogans"]));
  registry("appendix", one(plan.appendices, ["appendices"]));
  registry("appendix item", plan.appendices.map((a, i) => [a.items, ["appendices", i, "items"]] as const));
  registry("legal basis", one(plan.header.legalBases, ["header", "legalBases"]));
  const sources = registry("funding source", one(plan.funding.sources, ["funding", "sources"]));
  registry("funding provision", one(plan.funding.provisions, ["funding", "provisions"]));
  registry("responsibility", one(plan.responsibilities, ["responsibilities"]));
  registry("duty", plan.responsibilities.map((r, i) => [r.duties, ["responsibilities", i, "duties"]] as const));
  registry("reporting duty", one(plan.reporting, ["reporting"]));
  registry("recipient", one(plan.recipients, ["recipients"]));
  const sections = plan.budget?.sections ?? [];
  registry("budget section", one(sections, ["budget", "sections"]));
  registry("budget line", sections.map((s, i) => [s.lines, ["budget", "sections", i, "lines"]] as const));

  const ref = (target: Registry, id: string | undefined, path: Path): void => {
    if (id !== undefined && !target.ids.has(id)) {
      problems.push({ path, params: { planCode: "unknown_reference", kind: target.kind, kindVi: kindVi(target.kind), id } });
    }
  };
  /** Checks a list of references; the path of an item is built only when it is a problem. */
  const refs = (target: Registry, list: readonly string[] | undefined, path: Path): void => {
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      if (!target.ids.has(id)) problems.push({ path: [...path, i], params: { planCode: "unknown_reference", kind: target.kind, kindVi: kindVi(target.kind), id } });
    }
  };

  // Units: parents, hierarchy, outlets.
  // The first unit with an id is the one references resolve to, as in the registry: a duplicate is
  // reported once, not again through every unit that points at it.
  const unitById = new Map<string, (typeof plan.units)[number]>();
  for (const unit of plan.units) if (!unitById.has(unit.id)) unitById.set(unit.id, unit);
  plan.units.forEach((unit, i) => {
    ref(units, unit.parentId, ["units", i, "parentId"]);
    refs(units, unit.successorIds, ["units", i, "successorIds"]);
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

  ref(units, plan.header.issuerId, ["header", "issuerId"]);
  refs(units, plan.header.coIssuerIds, ["header", "coIssuerIds"]);
  ref(units, plan.signatory?.unitId, ["signatory", "unitId"]);
  plan.header.legalBases.forEach((basis, i) => ref(units, basis.issuerId, ["header", "legalBases", i, "issuerId"]));
  plan.coSignatories.forEach((s, i) => ref(units, s.unitId, ["coSignatories", i, "unitId"]));

  if (plan.window?.end !== undefined && plan.window.end < plan.window.start) {
    problems.push({ path: ["window", "end"], params: { planCode: "invalid_window", expected: plan.window.start, received: plan.window.end } });
  }
  plan.objectives.forEach((o, i) =>
    o.indicators.forEach((indicator, j) => refs(units, indicator.population?.scopeUnitIds, ["objectives", i, "indicators", j, "population", "scopeUnitIds"])),
  );
  plan.appendices.forEach((a, i) => a.items.forEach((item, j) => refs(units, item.unitIds, ["appendices", i, "items", j, "unitIds"])));

  const isOutlet = (kind: UnitKind | undefined) => kind !== undefined && outletKindsFor(kind).length > 0;
  const outletRefs = (list: readonly string[], base: Path): void =>
    list.forEach((id, k) => {
      const unit = unitById.get(id);
      if (!unit) ref(units, id, [...base, k]);
      else if (!isOutlet(unit.kind)) {
        problems.push({
          path: [...base, k],
          params: { planCode: "wrong_reference_kind", id, kind: "unit", kindVi: "đơn vị", expected: "outlet", expectedVi: "cơ quan báo chí, đài, cổng thông tin hoặc trang mạng xã hội", detail: `its kind is ${unit.kind}, not an outlet`, detailVi: `đây là ${unitKindVi(unit.kind)}, không phải cơ quan báo chí, đài hay cổng thông tin` },
        });
      }
    });
  plan.channels.forEach((channel, i) => {
    channel.activities.forEach((activity, j) => {
      const base: Path = ["channels", i, "activities", j];
      refs(units, activity.leadUnitIds, [...base, "leadUnitIds"]);
      refs(units, activity.executingUnitIds, [...base, "executingUnitIds"]);
      refs(units, activity.coordinatingUnitIds, [...base, "coordinatingUnitIds"]);
      outletRefs(activity.outletIds, [...base, "outletIds"]);
      activity.targets.forEach((target, k) => refs(units, target.scopeUnitIds, [...base, "targets", k, "scopeUnitIds"]));
    });
    channel.quotas.forEach((quota, j) => {
      const base: Path = ["channels", i, "quotas", j];
      outletRefs(quota.outletIds, [...base, "outletIds"]);
      ref(phases, quota.phaseId, [...base, "phaseId"]);
      refs(units, quota.owedBy?.unitIds, [...base, "owedBy", "unitIds"]);
    });
  });

  plan.funding.sources.forEach((source, i) => refs(units, source.funderUnitIds, ["funding", "sources", i, "funderUnitIds"]));
  plan.funding.provisions.forEach((p, i) => {
    ref(sources, p.sourceId, ["funding", "provisions", i, "sourceId"]);
    refs(sources, p.sourceIds, ["funding", "provisions", i, "sourceIds"]);
    if (p.sourceId === undefined && p.sourceIds.length === 0) {
      problems.push({ path: ["funding", "provisions", i, "sourceId"], params: { planCode: "missing", expected: "sourceId or sourceIds", expectedVi: "nguồn kinh phí (sourceId hoặc sourceIds)" } });
    }
  });

  plan.responsibilities.forEach((r, i) => {
    refs(units, r.unitIds, ["responsibilities", i, "unitIds"]);
    r.duties.forEach((d, j) => {
      refs(activities, d.activityIds, ["responsibilities", i, "duties", j, "activityIds"]);
      refs(units, d.unitIds, ["responsibilities", i, "duties", j, "unitIds"]);
    });
  });

  plan.reporting.forEach((duty, i) => {
    refs(units, duty.reportingUnitIds, ["reporting", i, "reportingUnitIds"]);
    ref(units, duty.recipientUnitId, ["reporting", i, "recipientUnitId"]);
    ref(units, duty.viaUnitId, ["reporting", i, "viaUnitId"]);
    ref(phases, duty.phaseId, ["reporting", i, "phaseId"]);
  });

  plan.recipients.forEach((r, i) => refs(units, r.unitIds, ["recipients", i, "unitIds"]));

  sections.forEach((section, i) =>
    section.lines.forEach((line, j) => {
      const base: Path = ["budget", "sections", i, "lines", j];
      ref(sources, line.fundingSourceId, [...base, "fundingSourceId"]);
      line.funding.forEach((f, k) => ref(sources, f.sourceId, [...base, "funding", k, "sourceId"]));
      if (line.funding.length > 0 && !line.funding.some((f) => f.sourceId === line.fundingSourceId)) {
        problems.push({
          path: [...base, "fundingSourceId"],
          params: { planCode: "invalid_value", expected: "one of the sources in funding", expectedVi: "một trong các nguồn ghi trong funding", receivedValue: line.fundingSourceId },
        });
      }
      refs(units, line.leadUnitIds, [...base, "leadUnitIds"]);
      refs(units, line.coordinatingUnitIds, [...base, "coordinatingUnitIds"]);
      ref(activities, line.activityId, [...base, "activityId"]);
    }),
  );

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
      problems.push({ path: at === undefined ? ["units", "parentId"] : [...at.base, at.index, "parentId"], params: { planCode: "hierarchy_cycle", id: current } });
    }
    for (const id of trail) state.set(id, "done");
  });
}
