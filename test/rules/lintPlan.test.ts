import fc from "fast-check";
import { thrownIssues } from "../thrownIssues.js";
import { describe, expect, it } from "vitest";
import { PlanError, parsePlan, type Plan } from "../../src/index.js";
import { lintPlan } from "../../src/rules/lintPlan.js";
import { LINT_RULES } from "../../src/rules/lintRules.js";
import { isoDateArb, planJsonArb, windowArb } from "../arbitraries.js";
import { minimalPlanJson, referencePlanJson } from "../fixtures.js";
import { clean, reference } from "./lint/_lib/fixtures.js";

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

  it("runs one rule alone exactly as within the whole run", () => {
    fc.assert(
      fc.property(lintedPlanArb, fc.constantFrom(...CODES), (json, code) => {
        const plan = parsePlan(json);
        expect(lintPlan(plan, { rules: [code] })).toEqual(lintPlan(plan).filter((f) => f.code === code));
      }),
      { numRuns: 100 },
    );
  });
});
