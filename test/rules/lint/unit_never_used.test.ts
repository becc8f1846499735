import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clean, run } from "./_lib/fixtures.js";

describe("unit_never_used: triggered by a small change and not triggered without it", () => {
  it("unit_never_used, unless referenced by id or by kind", () => {
    const findings = run(clean((j) => j.units.push({ id: "spare", name: "Công ty dự phòng", kind: "company" })), "unit_never_used");
    expect(findings).toMatchObject([{ path: ["units", 6], details: { unitId: "spare", kind: "company" } }]);
    const byKind = clean((j) => {
      j.units.push({ id: "cdcs", name: "Công đoàn cơ sở", kind: "grassroots-union", parentId: "ldld", group: true });
      j.channels[0].activities[0].targets.push({ id: "t1", description: "100% CĐCS", percent: 100, unitKind: "grassroots-union" });
    });
    expect(run(byKind, "unit_never_used")).toEqual([]);
    const parentOnly = clean((j) => j.units.push({ id: "holding", name: "Tổng công ty", kind: "company" }, { id: "sub", name: "Công ty con", kind: "company", parentId: "holding" }));
    expect(run(parentOnly, "unit_never_used").map((f) => f.details?.["unitId"])).toEqual(["sub"]); // being a parent is a use
  });
});

/** The places where a plan may name a unit by id, each as a change that names `id` there (version 1 and 2). */
const PLACES: Record<string, (j: any, id: string) => void> = {
  issuer: (j, id) => (j.header.issuerId = id),
  "co-issuer": (j, id) => (j.header.coIssuerIds = [...(j.header.coIssuerIds ?? []), id]),
  signatory: (j, id) => (j.signatory.unitId = id),
  "co-signatory": (j, id) => (j.coSignatories = [...(j.coSignatories ?? []), { title: "BÍ THƯ", name: "Trần Thị B", unitId: id }]),
  "issuer of a legal basis": (j, id) => (j.header.legalBases[0].issuerId = id),
  "successor of a unit": (j, id) => (j.units[5].successorIds = [...(j.units[5].successorIds ?? []), id]),
  "lead of an activity": (j, id) => j.channels[0].activities[0].leadUnitIds.push(id),
  "outlet of an activity": (j, id) => (j.channels[0].activities[0].outletIds = [...(j.channels[0].activities[0].outletIds ?? []), id]),
  "scope of a target": (j, id) => j.channels[0].activities[0].targets.push({ id: `t-${id}`, description: "100%", scopeUnitIds: [id] }),
  "outlet of a quota": (j, id) => j.channels[0].quotas[1].outletIds.push(id),
  "debtor of a quota": (j, id) => j.channels[0].quotas.push({ id: `q-${id}`, min: 1, per: "month", itemKinds: [], outletIds: ["bld"], owedBy: { unitIds: [id] }, requireOnlineCopy: false }),
  "population of an indicator": (j, id) =>
    (j.objectives = [...(j.objectives ?? []), { id: `o-${id}`, text: "Mục tiêu.", indicators: [{ id: `i-${id}`, text: "100%", measure: "percent", comparator: "at-least", value: 100, population: { kind: "units", scopeUnitIds: [id] } }] }]),
  "funder of a source": (j, id) => j.funding.sources[1].funderUnitIds.push(id),
  "unit of part V": (j, id) => j.responsibilities[0].unitIds.push(id),
  "unit a duty names": (j, id) => (j.responsibilities[0].duties[0].unitIds = [...(j.responsibilities[0].duties[0].unitIds ?? []), id]),
  "reporting unit": (j, id) => j.reporting[0].reportingUnitIds.push(id),
  "recipient of reports": (j, id) => (j.reporting[0].recipientUnitId = id),
  "recipient of the plan": (j, id) => j.recipients[0].unitIds.push(id),
  "lead of a budget line": (j, id) => j.budget.sections[0].lines[0].coordinatingUnitIds.push(id),
  "unit of an appendix item": (j, id) => (j.appendices = [...(j.appendices ?? []), { id: `a-${id}`, title: "Lịch", items: [{ id: `ai-${id}`, text: "Việc.", unitIds: [id] }] }]),
};

describe("unit_never_used on version 2: every reference version 2 adds", () => {
  const spare = (id: string) => ({ id, name: `Cổng ${id}`, kind: "portal", outlet: { kind: "portal", electronicEdition: false } });

  it("counts each place a plan may name a unit", () => {
    for (const [place, name] of Object.entries(PLACES)) {
      const plan = clean((j) => {
        j.schemaVersion = 2;
        j.units.push(spare("spare"));
        name(j, "spare");
      });
      expect(run(plan, "unit_never_used"), place).toEqual([]);
    }
    expect(run(clean((j) => j.units.push(spare("spare"))), "unit_never_used").map((f) => f.details)).toEqual([{ unitId: "spare", kind: "portal" }]);
  });

  it("counts the units of a kind that an indicator's population or a quota's debtors name", () => {
    const withKind = (name: (j: any) => void) =>
      clean((j) => {
        j.schemaVersion = 2;
        j.units.push({ id: "cdcs", name: "Công đoàn cơ sở", kind: "grassroots-union", parentId: "ldld", group: true });
        name(j);
      });
    expect(run(withKind(() => {}), "unit_never_used").map((f) => f.details?.["unitId"])).toEqual(["cdcs"]);
    const population = (j: any) =>
      (j.objectives = [{ id: "o1", text: "Mục tiêu.", indicators: [{ id: "i1", text: "100% CĐCS", measure: "percent", comparator: "at-least", value: 100, population: { kind: "units", unitKind: "grassroots-union" } }] }]);
    expect(run(withKind(population), "unit_never_used")).toEqual([]);
    const debtors = (j: any) => j.channels[0].quotas.push({ id: "q-owed", min: 1, per: "month", itemKinds: [], outletIds: ["bld"], owedBy: { unitKinds: ["grassroots-union"], minMemberCount: 100 }, requireOnlineCopy: false });
    expect(run(withKind(debtors), "unit_never_used")).toEqual([]);
  });

  it("never names a unit that the plan references anywhere, and names every one it does not", () => {
    // The places that hold one unit (the issuer, the signatory, a legal basis's issuer, a report's recipient)
    // are left to the test above: two spare units there would replace each other.
    const places = Object.keys(PLACES).filter((p) => !["issuer", "signatory", "issuer of a legal basis", "recipient of reports"].includes(p));
    fc.assert(
      fc.property(fc.array(fc.option(fc.subarray(places, { minLength: 1, maxLength: 3 }), { nil: undefined }), { minLength: 1, maxLength: 5 }), (spares) => {
        const plan = clean((j) => {
          j.schemaVersion = 2;
          spares.forEach((where, k) => {
            j.units.push(spare(`spare-${k}`));
            for (const place of where ?? []) PLACES[place]!(j, `spare-${k}`);
          });
        });
        const expected = spares.flatMap((where, k) => (where === undefined ? [`spare-${k}`] : []));
        expect(run(plan, "unit_never_used").map((f) => f.details?.["unitId"])).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
