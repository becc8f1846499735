import fc from "fast-check";
import { readFileSync } from "node:fs";
import { thrownIssues } from "../thrownIssues.js";
import { describe, expect, it } from "vitest";
import { PlanError, parsePlan, type Plan } from "../../src/index.js";
import { lintPlan } from "../../src/rules/lintPlan.js";
import { LINT_RULES } from "../../src/rules/lintRules.js";
import { REPORTING_PERIODS, UNIT_KINDS } from "../../src/index.js";
import { isoDateArb, planJsonArb, windowArb } from "../arbitraries.js";
import { minimalPlanJson, referencePlanJson } from "../fixtures.js";
import { clean, cleanWithoutPhases, reference } from "./lint/_lib/fixtures.js";

const CODES = LINT_RULES.map((r) => r.code);

describe("lintPlan on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("returns its real findings, in catalogue order then document order", () => {
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["paid_articles_vs_phase", ["budget", "sections", 0, "lines", 3, "product", "quantity"]],
      ["window_outside_phase", ["budget", "sections", 2, "lines", 0, "window"]],
      ["activity_without_lead", ["channels", 1, "activities", 0, "leadUnitIds"]],
      ["activity_without_lead", ["channels", 1, "activities", 2, "leadUnitIds"]],
      ["activity_without_lead", ["channels", 2, "activities", 3, "leadUnitIds"]],
      ["activity_without_lead", ["channels", 2, "activities", 5, "leadUnitIds"]],
      ["activity_without_lead", ["channels", 5, "activities", 0, "leadUnitIds"]],
      ["budget_line_without_lead", ["budget", "sections", 2, "lines", 0, "leadUnitIds"]],
      ["report_before_phase_end", ["reporting", 1, "window"]],
      ["quota_outlet_without_online_edition", ["channels", 0, "quotas", 0, "requireOnlineCopy"]],
      ["quota_outlet_not_reporting", ["channels", 0, "quotas", 0]],
      ["quota_outlet_not_reporting", ["channels", 0, "quotas", 2]],
      ["quota_outlet_not_reporting", ["channels", 1, "quotas", 0]],
      ["activity_without_window", ["channels", 1, "activities", 0, "window"]],
      ["activity_without_window", ["channels", 1, "activities", 1, "window"]],
      ["activity_without_window", ["channels", 1, "activities", 2, "window"]],
      ["activity_without_window", ["channels", 2, "activities", 3, "window"]],
      ["activity_without_window", ["channels", 2, "activities", 4, "window"]],
      ["activity_without_window", ["channels", 2, "activities", 5, "window"]],
      ["activity_without_window", ["channels", 4, "activities", 0, "window"]],
      ["activity_without_window", ["channels", 5, "activities", 0, "window"]],
      ["responsible_unit_not_recipient", ["responsibilities", 4, "unitIds", 6]],
      ["plan_number_missing", ["header", "documentNumber"]],
      ["plan_date_missing", ["header", "issuedOn"]],
    ]);
  });

  it("finds no error: the appendix adds up (151.500.000 đồng)", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gives every finding the catalogue's severity and both messages", () => {
    for (const f of findings) {
      expect(f.severity).toBe(LINT_RULES.find((r) => r.code === f.code)?.severity);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.messageVi.length).toBeGreaterThan(0);
      expect(f.messageVi).not.toBe(f.message);
      for (const value of Object.values(f.details ?? {})) expect(typeof value).toBe("string");
    }
  });
});

describe("lintPlan: the clean plan passes every rule", () => {
  it("returns no finding", () => {
    expect(lintPlan(clean())).toEqual([]);
  });

  it("the minimal fixture's own findings, each from a rule that the clean plan satisfies", () => {
    const minimal = lintPlan(parsePlan(minimalPlanJson()));
    expect(minimal.map((f) => [f.code, f.path])).toEqual([
      ["quota_outlet_not_reporting", ["channels", 0, "quotas", 1]],
      ["unit_never_used", ["units", 5]],
      ["responsible_unit_not_recipient", ["responsibilities", 0, "unitIds", 0]],
      ["plan_number_missing", ["header", "documentNumber"]],
      ["plan_date_missing", ["header", "issuedOn"]],
    ]);
  });
});

describe("lintPlan options", () => {
  it("runs only the rules asked for, in catalogue order whatever the order given", () => {
    const findings = lintPlan(reference, { rules: ["plan_date_missing", "paid_articles_vs_phase"] });
    expect(findings.map((f) => f.code)).toEqual(["paid_articles_vs_phase", "plan_date_missing"]);
    expect(lintPlan(reference, { rules: [] })).toEqual([]);
  });

  it("skips excluded rules", () => {
    const all = lintPlan(reference);
    const some = lintPlan(reference, { exclude: ["activity_without_window", "activity_without_lead"] });
    expect(some).toEqual(all.filter((f) => f.code !== "activity_without_window" && f.code !== "activity_without_lead"));
    expect(lintPlan(reference, { rules: ["plan_date_missing"], exclude: ["plan_date_missing"] })).toEqual([]);
  });

  it("rejects misuse and a bad periodicDue with a PlanError naming the option", () => {
    expect(thrownIssues(() => lintPlan(reference, { rules: ["no_such_rule"] }))).toEqual([{ path: ["options", "rules", 0], code: "invalid_value" }]);
    expect(thrownIssues(() => lintPlan(reference, { exclude: ["window_outside_phases"] }))).toEqual([{ path: ["options", "exclude", 0], code: "invalid_value" }]);
    expect(thrownIssues(() => lintPlan(reference, { rules: "window_outside_phase" as unknown as string[] }))).toEqual([{ path: ["options", "rules"], code: "invalid_type" }]);
    expect(thrownIssues(() => lintPlan(reference, null as unknown as object))).toEqual([{ path: ["options"], code: "invalid_type" }]);
    expect(thrownIssues(() => lintPlan(null as unknown as Plan))).toEqual([{ path: ["plan"], code: "invalid_type" }]);
    expect(() => lintPlan(reference, { periodicDue: { dayOfNextPeriod: 31 } })).toThrow(PlanError);
    // At the option's own path, and whichever rules run.
    expect(thrownIssues(() => lintPlan(reference, { periodicDue: { dayOfNextPeriod: 31 } }))).toEqual([{ path: ["options", "periodicDue"], code: "invalid_value" }]);
    expect(thrownIssues(() => lintPlan(reference, { rules: ["plan_number_missing"], periodicDue: "monthly" as never }))).toEqual([{ path: ["options", "periodicDue"], code: "invalid_value" }]);
    expect(thrownIssues(() => lintPlan(reference, { rules: [], periodicDue: 5 as never }))).toEqual([{ path: ["options", "periodicDue"], code: "invalid_value" }]);
  });

  it("returns frozen findings", () => {
    const findings = lintPlan(reference);
    expect(Object.isFrozen(findings)).toBe(true);
    for (const f of findings) {
      expect(Object.isFrozen(f)).toBe(true);
      expect(Object.isFrozen(f.path)).toBe(true);
      expect(Object.isFrozen(f.details)).toBe(true);
    }
  });

  it("is deterministic and leaves the plan alone", () => {
    const json = referencePlanJson();
    const before = JSON.stringify(json);
    const plan = parsePlan(json);
    expect(lintPlan(plan)).toEqual(lintPlan(reference));
    expect(lintPlan(plan)).toEqual(lintPlan(plan));
    expect(JSON.stringify(json)).toBe(before);
  });
});

/**
 * Generated plans with what planJsonArb leaves out: reporting duties (periodic, one-off, reviews; dated
 * or not, with or without a phase or recipient), royalty lines paid per article, a dated legal basis.
 */
const lintedPlanArb = planJsonArb.chain((json: any) => {
  const unitIds: string[] = json.units.map((u: { id: string }) => u.id);
  const lines: any[] = (json.budget?.sections ?? []).flatMap((s: any) => s.lines);
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const duty = (id: string, kind: "periodic-report" | "report" | "review") =>
    fc
      .record({
        reportingUnitIds: fc.uniqueArray(fc.constantFrom(...unitIds), { maxLength: 3 }),
        recipientUnitId: optional(fc.constantFrom(...unitIds)),
        every: optional(fc.constantFrom("month" as const, "quarter" as const)),
        window: optional(windowArb),
        phaseId: optional(fc.constant("p1")),
      })
      .map((d) => Object.fromEntries(Object.entries({ id, kind, description: `Báo cáo ${id}.`, ...d }).filter(([, v]) => v !== undefined)));
  return fc
    .record({
      reporting: fc.tuple(duty("r0", "periodic-report"), duty("r1", "report"), duty("r2", "review"), duty("r3", "review")).chain((all) => fc.subarray(all)),
      products: fc.array(
        optional(
          fc.record({
            quantity: fc.nat({ max: 5000 }),
            unit: fc.constantFrom("bài", "Bài viết", "clip"),
            description: fc.constantFrom("365 bài, (01 bài/ngày)", "02 bài/tuần", "3 bài/tháng", "1 bài/quý", "0 bài/ngày", "bài"),
          }),
        ),
        { minLength: lines.length, maxLength: lines.length },
      ),
      basis: optional(isoDateArb),
      issuedIn: optional(isoDateArb.map((d) => d.slice(0, 7))),
    })
    .map((extra) => {
      const out = structuredClone(json);
      out.reporting = extra.reporting;
      const outLines: any[] = (out.budget?.sections ?? []).flatMap((s: any) => s.lines);
      outLines.forEach((line, i) => {
        const product = extra.products[i];
        if (product !== undefined) line.product = product;
      });
      if (extra.basis !== undefined) out.header.legalBases = [{ id: "basis", kind: "Hướng dẫn", reference: "284/HD-TLĐ", issuedOn: extra.basis }];
      if (extra.issuedIn !== undefined && out.header.issuedOn === undefined) out.header.issuedIn = extra.issuedIn;
      return out as unknown;
    });
});

/**
 * Generated version-2 plans: the plans above with what version 2 adds, each part present or not: a time of
 * their own or none (phases, a window, an open window, nothing), provenance, no signatory, the year alone,
 * co-issuers, units with a life span, successors and member counts, quotas owed by units, objectives and
 * indicators, appendices, activities due on a day or concerning outlets, duties naming units, legal bases
 * with their issuer, one-off reports due on a day, periodic reports of every period with the plan's due rule
 * (a weekly one with a day of the month among them, which expandDeadlines refuses).
 */
const v2PlanArb = lintedPlanArb.chain((json: any) => {
  const unitIds: string[] = json.units.map((u: { id: string }) => u.id);
  const outletIds: string[] = json.units.filter((u: { outlet?: unknown }) => u.outlet !== undefined).map((u: { id: string }) => u.id);
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const ids = (list: readonly string[]) => (list.length === 0 ? fc.constant([] as string[]) : fc.uniqueArray(fc.constantFrom(...list), { maxLength: 3 }));
  const quotas: number = json.channels.reduce((n: number, c: any) => n + c.quotas.length, 0);
  const activities: number = json.channels.reduce((n: number, c: any) => n + c.activities.length, 0);
  return fc
    .record({
      time: fc.constantFrom("phases", "window", "open", "none"),
      window: windowArb,
      provenance: optional(fc.constantFrom("document", "excerpt", "news-report")),
      unsigned: fc.boolean(),
      issuedYear: optional(fc.integer({ min: 1990, max: 2100 })),
      coIssuerIds: ids(unitIds.filter((id) => id !== json.header.issuerId)),
      lives: fc.array(fc.record({ validTo: optional(isoDateArb), successorIds: ids(unitIds), memberCount: optional(fc.nat({ max: 500 })) }), { minLength: unitIds.length, maxLength: unitIds.length }),
      owedBy: fc.array(optional(fc.record({ unitIds: ids(unitIds), unitKinds: fc.uniqueArray(fc.constantFrom(...UNIT_KINDS), { maxLength: 2 }), minMemberCount: optional(fc.nat({ max: 300 })) })), { minLength: quotas, maxLength: quotas }),
      objectives: fc.array(fc.record({ indicators: fc.nat({ max: 1 }), scope: ids(unitIds), unitKind: optional(fc.constantFrom(...UNIT_KINDS)) }), { maxLength: 2 }),
      appendix: optional(ids(unitIds)),
      activityParts: fc.array(fc.record({ dueOn: optional(isoDateArb), dueText: optional(fc.constant("trước tối 30 Tết")), outletIds: ids(outletIds) }), { minLength: activities, maxLength: activities }),
      dutyUnits: ids(unitIds),
      basisIssuer: optional(fc.constantFrom(...unitIds)),
      dueOn: optional(isoDateArb),
      every: fc.constantFrom(...REPORTING_PERIODS),
      due: optional(fc.record({ day: fc.integer({ min: 1, max: 31 }), month: optional(fc.integer({ min: 1, max: 12 })) })),
    })
    .map((x) => {
      const out = structuredClone(json);
      out.schemaVersion = 2;
      if (x.time !== "phases") {
        out.phases = [];
        for (const c of out.channels) for (const q of c.quotas) delete q.phaseId;
        for (const d of out.reporting) delete d.phaseId;
        if (x.time === "window") out.window = x.window;
        if (x.time === "open") out.window = { start: x.window.start };
      }
      if (x.provenance !== undefined) out.provenance = { kind: x.provenance };
      if (x.unsigned) delete out.signatory;
      if (x.issuedYear !== undefined && out.header.issuedOn === undefined && out.header.issuedIn === undefined) out.header.issuedYear = x.issuedYear;
      out.header.coIssuerIds = x.coIssuerIds;
      out.units.forEach((u: any, i: number) => {
        const life = x.lives[i]!;
        if (life.validTo !== undefined) u.validTo = life.validTo;
        u.successorIds = life.successorIds.filter((id) => id !== u.id);
        if (life.memberCount !== undefined) u.memberCount = life.memberCount;
      });
      let q = 0;
      for (const c of out.channels) for (const quota of c.quotas) {
        const owedBy = x.owedBy[q++];
        if (owedBy !== undefined) quota.owedBy = Object.fromEntries(Object.entries(owedBy).filter(([, v]) => v !== undefined));
      }
      out.objectives = x.objectives.map((o, i) => ({
        id: `o${i}`,
        text: `Mục tiêu ${i}.`,
        indicators: o.indicators === 0 ? [] : [{ id: `o${i}i`, text: "100%", measure: "percent", comparator: "at-least", value: 100, population: { kind: "units", scopeUnitIds: o.scope, ...(o.unitKind === undefined ? {} : { unitKind: o.unitKind }) } }],
      }));
      if (x.appendix !== undefined) out.appendices = [{ id: "ap", title: "Phụ lục", items: [{ id: "ap1", text: "Việc.", unitIds: x.appendix }] }];
      let a = 0;
      for (const c of out.channels) for (const activity of c.activities) Object.assign(activity, Object.fromEntries(Object.entries(x.activityParts[a++]!).filter(([, v]) => v !== undefined)));
      for (const r of out.responsibilities) for (const d of r.duties) d.unitIds = x.dutyUnits;
      if (x.basisIssuer !== undefined) for (const b of out.header.legalBases) b.issuerId = x.basisIssuer;
      for (const d of out.reporting) {
        if (d.kind !== "periodic-report" && x.dueOn !== undefined) d.dueOn = x.dueOn;
        if (d.kind === "periodic-report") {
          d.every = x.every;
          if (x.due !== undefined) d.due = Object.fromEntries(Object.entries(x.due).filter(([, v]) => v !== undefined));
        }
      }
      return out as unknown;
    });
});

describe("lintPlan on generated plans", () => {
  const rank = new Map(CODES.map((code, i) => [code as string, i]));

  it("never throws, produces only catalogue codes with their severity, in catalogue order, deterministically", () => {
    fc.assert(
      fc.property(lintedPlanArb, (json) => {
        const plan = parsePlan(json);
        const findings = lintPlan(plan);
        const ranks = findings.map((f) => rank.get(f.code));
        for (const [i, f] of findings.entries()) {
          expect(CODES).toContain(f.code);
          expect(f.severity).toBe(LINT_RULES[ranks[i]!]?.severity);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.messageVi.length).toBeGreaterThan(0);
          for (const value of Object.values(f.details ?? {})) expect(typeof value).toBe("string");
        }
        expect([...ranks].sort((a, b) => a! - b!)).toEqual(ranks);
        expect(lintPlan(plan)).toEqual(findings);
      }),
      { numRuns: 150 },
    );
  });

  it("also on the plain generated plans of test/arbitraries.ts", () => {
    fc.assert(
      fc.property(planJsonArb, (json) => {
        const findings = lintPlan(parsePlan(json));
        for (const f of findings) expect(CODES).toContain(f.code);
      }),
    );
  });

  it("on generated version-2 plans too: never throws, only catalogue codes, in catalogue order, deterministic, frozen", () => {
    fc.assert(
      fc.property(v2PlanArb, (json) => {
        const plan = parsePlan(json);
        const findings = lintPlan(plan);
        const ranks = findings.map((f) => rank.get(f.code));
        for (const [i, f] of findings.entries()) {
          expect(f.severity).toBe(LINT_RULES[ranks[i]!]?.severity);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.messageVi.length).toBeGreaterThan(0);
          expect(`${f.message} ${f.messageVi}`).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b|\[object Object\]|undefined|NaN/);
          expect(Object.isFrozen(f) && Object.isFrozen(f.path) && Object.isFrozen(f.details)).toBe(true);
          for (const value of Object.values(f.details ?? {})) expect(typeof value).toBe("string");
        }
        expect([...ranks].sort((a, b) => a! - b!)).toEqual(ranks);
        expect(lintPlan(plan)).toEqual(findings);
        // A plan that gives no time has one plan_without_window and no per-activity activity_without_window.
        if (plan.phases.length === 0 && plan.window === undefined) {
          expect(findings.filter((f) => f.code === "plan_without_window")).toHaveLength(1);
          expect(findings.filter((f) => f.code === "activity_without_window")).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("runs one rule alone exactly as within the whole run", () => {
    fc.assert(
      fc.property(fc.oneof(lintedPlanArb, v2PlanArb), fc.constantFrom(...CODES), (json, code) => {
        const plan = parsePlan(json);
        expect(lintPlan(plan, { rules: [code] })).toEqual(lintPlan(plan).filter((f) => f.code === code));
      }),
      { numRuns: 100 },
    );
  });
});

describe("lintPlan's messages", () => {
  const examples = ["an-giang-cong-thong-tin", "can-tho-2025", "cd-ngan-hang-2025", "son-la-2019", "tld-tet-2026"].map((name) =>
    parsePlan(JSON.parse(readFileSync(new URL(`../../examples/${name}/plan.json`, import.meta.url), "utf8"))),
  );
  /** A plan without time or signature, with an objective without indicator and a quota owed by no unit. */
  const silent = cleanWithoutPhases((j) => {
    delete j.window;
    delete j.signatory;
    delete j.header.documentNumber;
    delete j.header.issuedOn;
    j.objectives = [{ id: "o1", text: "Nâng cao nhận thức.", indicators: [] }];
    j.channels[0].quotas.push({ id: "q-owed", min: 1, per: "month", itemKinds: ["news"], outletIds: ["bld"], owedBy: { unitKinds: ["grassroots-union"], minMemberCount: 100 }, requireOnlineCopy: false });
  });
  /** A plan with its own window, dated by its year, with late items, a dissolved unit and a late basis. */
  const late = cleanWithoutPhases((j) => {
    delete j.header.issuedOn;
    j.header.issuedYear = 2017;
    j.header.legalBases[0].issuedOn = "2018-01-05";
    j.units.push({ id: "ldld-h", name: "LĐLĐ cấp huyện", kind: "district-federation", parentId: "ldld", group: true, validTo: "2017-06-30", successorIds: ["ldld"] });
    j.channels[0].activities[0].window = { start: "2017-07-01", end: "2018-06-30" };
    j.channels[0].activities[0].executingUnitIds.push("ldld-h");
    j.channels[0].quotas[0].startsIn = "2018-07";
    j.reporting.push({ id: "final", kind: "report", description: "Báo cáo tổng kết.", reportingUnitIds: ["ldld"], recipientUnitId: "tld", dueOn: "2018-05-20" });
  });

  it("are Vietnamese throughout in messageVi, with dates as documents write them, never ids", () => {
    const findings = [reference, ...examples, silent, late].flatMap((plan) => lintPlan(plan));
    const codes = new Set(findings.map((f) => f.code));
    for (const code of ["plan_without_window", "signatory_missing", "objective_without_indicator", "quota_owed_by_no_unit", "unit_used_after_valid_to", "legal_basis_after_plan", "plan_date_missing", "window_outside_phase", "quota_start_outside_phase", "report_before_phase_end"]) {
      expect(codes, code).toContain(code);
    }
    for (const f of findings) {
      expect(f.messageVi, f.code).not.toMatch(/\b(the|and|of|is|are|which|has|no|not|quota|activity|budget|line|unit|plan|report|duty|days?|outside|owed|after|before)\b/);
      expect(`${f.message} ${f.messageVi}`, f.code).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b|\[object Object\]|undefined|NaN/);
      for (const id of Object.values(f.details ?? {}).flatMap((v) => v.split(", ")).filter((v) => /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(v))) {
        expect(f.messageVi, `${f.code}: ${id}`).not.toContain(id);
      }
    }
  });
});
