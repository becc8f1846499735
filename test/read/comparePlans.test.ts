/**
 * comparePlans: a plan against itself scores 1 (the reference, generated plans, a plan against its own
 * version-2 form or its parsed form); removing one fact lowers the score by exactly that fact's share;
 * a changed value is "different", an added one "extra"; ids do not matter.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePlans, isPlanError, parsePlan, planToJSON } from "../../src/index.js";
import { planJsonArb } from "../arbitraries.js";
import { referenceJson } from "./fixtures.js";

type Json = Record<string, any>;

const reference = referenceJson() as unknown as Json;
const total = comparePlans(reference, reference).total;

/** Ways of removing exactly one fact from the reference plan (a fresh copy each time). */
const REMOVALS: [string, (p: Json) => void][] = [
  ["an activity's window", (p) => delete p.channels[2].activities[0].window],
  ["a budget line's amount", (p) => delete p.budget.sections[0].lines[1].amount],
  ["a section's declared subtotal", (p) => delete p.budget.sections[1].declaredTotal],
  ["the declared total", (p) => delete p.budget.declaredTotal],
  ["a legal basis's date", (p) => delete p.header.legalBases[1].issuedOn],
  ["an executing unit of an activity", (p) => p.channels[0].activities[0].executingUnitIds.splice(3, 1)],
  ["a coordinating unit", (p) => p.channels[0].activities[0].coordinatingUnitIds.splice(0, 1)],
  ["a purpose", (p) => p.purposes.splice(1, 1)],
  ["a closing paragraph", (p) => p.closing.splice(3, 1)],
  ["a quota's start", (p) => delete p.channels[0].quotas[2].startsIn],
  ["an outlet kind of a quota", (p) => p.channels[0].quotas[0].outletKinds.splice(1, 1)],
  ["a reporting unit", (p) => p.reporting[0].reportingUnitIds.splice(2, 1)],
  ["a product's quantity", (p) => delete p.budget.sections[1].lines[1].product.quantity],
  ["the signatory's name", (p) => delete p.signatory.name],
  ["a theme", (p) => p.themes.splice(0, 1)],
  ["a duty's link to an activity", (p) => p.responsibilities[0].duties[1].activityIds.splice(0, 1)],
  ["the plan's month", (p) => delete p.header.issuedIn],
];

describe("comparePlans", () => {
  it("scores a plan against itself 1", () => {
    const c = comparePlans(reference, reference);
    expect(c.score).toBe(1);
    expect(c.missing).toEqual([]);
    expect(c.different).toEqual([]);
    expect(c.extra).toEqual([]);
    expect(c.total).toBeGreaterThan(400);
  });

  it("matches thousands of units and activities in bounded time, whatever their order (once quadratic: 60 s for 16,000 units)", () => {
    const big = referenceJson() as unknown as Json & { units: Json[]; channels: { activities: Json[] }[]; budget: { sections: { lines: Json[] }[] } };
    for (let i = 0; i < 8000; i++) big.units.push({ id: `cdcs-${i}`, kind: "grassroots-union", name: `Công đoàn cơ sở Công ty ${i}` });
    for (let i = 0; i < 8000; i++) big.channels[0]!.activities.push({ id: `extra-${i}`, title: `Hoạt động bổ sung ${i}`, leadUnitIds: [`cdcs-${i}`], executingUnitIds: [], coordinatingUnitIds: [], targets: [], notes: [] });
    for (let i = 0; i < 8000; i++) big.budget.sections[0]!.lines.push({ id: `extra-line-${i}`, title: `Chi bổ sung ${i}`, amount: "1000", activityId: `extra-${i}` });
    const reversed = JSON.parse(JSON.stringify(big)) as typeof big;
    reversed.units.reverse();
    const started = performance.now();
    const c = comparePlans(big, reversed);
    // About 1 s here; the quadratic code took 15 s.
    expect(performance.now() - started).toBeLessThan(6_000);
    expect(c.score).toBe(1);
    expect(c.total).toBeGreaterThan(8000 * 4);
  }, 60_000);

  it("scores generated plans against themselves 1", () => {
    fc.assert(
      fc.property(planJsonArb, (plan) => {
        const c = comparePlans(plan, plan);
        return c.score === 1 && c.missing.length === 0 && c.different.length === 0 && c.extra.length === 0;
      }),
      { numRuns: 60 },
    );
  });

  it("scores a plan against its version-2 form and its parsed form 1", () => {
    const parsed = parsePlan(reference);
    expect(comparePlans(planToJSON(parsed), reference).score).toBe(1);
    expect(comparePlans(parsed, reference).score).toBe(1);
    expect(comparePlans(reference, parsed).score).toBe(1);
  });

  it("lowers the score by exactly the share of one removed fact", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REMOVALS), ([name, remove]) => {
        const a = referenceJson() as unknown as Json;
        remove(a);
        const c = comparePlans(a, reference);
        expect(c.total, name).toBe(total);
        expect(c.missing.length, name).toBe(1);
        expect(c.different, name).toEqual([]);
        expect(c.score, name).toBe((total - 1) / total);
      }),
      { numRuns: REMOVALS.length * 3 },
    );
  });

  it("does not depend on ids", () => {
    const a = referenceJson() as unknown as Json;
    const rename = new Map<string, string>(a.units.map((u: Json, i: number) => [u.id, `unit-${i}`]));
    const text = JSON.stringify(a).replace(/"([a-z0-9-]+)"/g, (m, id: string) => (rename.has(id) ? `"${rename.get(id)}"` : m));
    const renamed = JSON.parse(text) as Json;
    renamed.channels.forEach((c: Json) => c.activities.forEach((x: Json, i: number) => (x.id = `${c.id}-x${i}`)));
    for (const r of renamed.responsibilities) for (const d of r.duties) d.activityIds = d.activityIds.map((id: string) => {
      for (const c of a.channels) {
        const i = c.activities.findIndex((x: Json) => x.id === id);
        if (i >= 0) return `${c.id}-x${i}`;
      }
      return id;
    });
    for (const s of renamed.budget.sections) for (const l of s.lines) {
      for (const c of a.channels) {
        const i = c.activities.findIndex((x: Json) => x.id === l.activityId);
        if (i >= 0) l.activityId = `${c.id}-x${i}`;
      }
    }
    expect(comparePlans(renamed, reference).score).toBe(1);
  });

  it("calls a changed value different, and an added one extra", () => {
    const a = referenceJson() as unknown as Json;
    a.budget.sections[0].lines[0].amount = "31.000.000";
    a.purposes.push({ id: "purpose-d", label: "d", text: "Một mục đích khác." });
    const c = comparePlans(a, reference);
    expect(c.different.map((d) => [d.fact.label, d.fact.value, d.actual])).toEqual([['budget line "Video hoạt họa 2D" amount', "30000000", "31000000"]]);
    expect(c.extra.map((f) => f.value)).toEqual(["một mục đích khác"]);
    expect(c.score).toBe((total - 1) / total);
  });

  it("compares texts whatever their Unicode form, quotes and spaces", () => {
    const a = JSON.parse(JSON.stringify(reference).normalize("NFD").replace(/[“”]/g, '\\"').replace(/ /g, "  ")) as Json;
    expect(comparePlans(a, reference).score).toBe(1);
  });

  it("scores a plan that states nothing 0 against a plan, and 1 against an empty one", () => {
    expect(comparePlans({}, reference).score).toBe(0);
    expect(comparePlans(reference, {}).score).toBe(1);
    expect(comparePlans({}, {}).total).toBe(0);
  });

  it("throws a PlanError for a plan that is not an object", () => {
    for (const [a, b, path] of [[null, {}, "a"], [{}, 3, "b"], [[], {}, "a"]] as const) {
      try {
        comparePlans(a, b);
        expect.unreachable();
      } catch (error) {
        expect(isPlanError(error)).toBe(true);
        expect((error as { issues: { path: unknown[]; code: string }[] }).issues[0]).toMatchObject({ code: "invalid_type", path: [path] });
      }
    }
  });

  it("changes neither plan, and returns frozen results", () => {
    const freeze = <T>(v: T): T => {
      if (v !== null && typeof v === "object") {
        for (const x of Object.values(v)) freeze(x);
        Object.freeze(v);
      }
      return v;
    };
    const a = structuredClone(reference);
    a.purposes.splice(0, 1);
    const b = freeze(structuredClone(reference));
    const expected = comparePlans(structuredClone(a), structuredClone(reference));
    const result = comparePlans(freeze(a), b);
    expect(result).toEqual(expected);
    expect(b).toEqual(reference);
    expect(Object.isFrozen(result) && Object.isFrozen(result.missing) && Object.isFrozen(result.missing[0])).toBe(true);
    expect(result.missing.map((f) => f.part)).toEqual(["purposes"]);
  });

  it("never throws for objects, whatever they hold", () => {
    fc.assert(
      fc.property(fc.object({ maxDepth: 3 }), fc.object({ maxDepth: 3 }), (a, b) => {
        const r = comparePlans(a, b);
        return r.total === r.matched.length + r.missing.length + r.different.length && r.score >= 0 && r.score <= 1;
      }),
      { numRuns: 300 },
    );
  });
});
