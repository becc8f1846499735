import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { generateModelTypes, MODEL_TYPES_FILE } from "../../scripts/gen-model-types.js";
import type { ModelSchemas as S } from "../../src/model/schema.js";
import type * as T from "../../src/model/types.js";
import type { IsoDate, YearMonth } from "../../src/calendar/isoDate.js";
import {
  FUNDING_KINDS,
  parsePlan,
  planJsonSchema,
  planToJSON,
  REPORTING_KINDS,
  safeParsePlan,
  type FundingKind,
  type Plan,
  type PlanJson,
  type PlanValidationError,
  type ReportingKind,
  type SafeResult,
  type Unit,
  type UnitJson,
  type UnitKind,
  type Vnd,
  type Window,
} from "../../src/index.js";

describe("public types", () => {
  it("parsePlan takes unknown and returns a Plan; safeParsePlan a SafeResult", () => {
    expectTypeOf(parsePlan).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parsePlan).returns.toEqualTypeOf<Plan>();
    expectTypeOf(safeParsePlan).returns.toEqualTypeOf<SafeResult<Plan, PlanValidationError>>();
    expectTypeOf(planToJSON).returns.toEqualTypeOf<PlanJson>();
  });

  it("types a parsed plan read-only, with Vnd amounts", () => {
    expectTypeOf<Plan["units"]>().toMatchTypeOf<readonly Unit[]>();
    expectTypeOf<Plan["units"][number]["kind"]>().toEqualTypeOf<UnitKind>();
    expectTypeOf<NonNullable<Plan["budget"]>["sections"][number]["lines"][number]["amount"]>().toEqualTypeOf<Vnd | undefined>();
    expectTypeOf<Plan["phases"][number]["window"]>().toMatchTypeOf<Window>();
    const mutate = (p: Plan, unit: Unit) => {
      // @ts-expect-error a parsed plan cannot be changed
      p.id = "x";
      // @ts-expect-error nor its lists
      p.units.push(unit);
    };
    void mutate; // compile-time only
  });

  it("accepts amounts as numbers or digit strings in a plan document", () => {
    expectTypeOf<NonNullable<PlanJson["budget"]>["declaredTotal"]>().toEqualTypeOf<number | string | undefined>();
  });

  it("has optional fields that are absent, not undefined (exactOptionalPropertyTypes)", () => {
    // @ts-expect-error an optional field may be left out but not set to undefined
    const unit: Unit = { id: "a", name: "A", kind: "department", parentId: undefined };
    void unit;
  });

  it("lets a plan document leave out the lists that may be empty (in version 2 the phases too, for a plan with its own window)", () => {
    const smallest: PlanJson = {
      schemaVersion: 1,
      id: "kh",
      header: { title: "KẾ HOẠCH", subject: "Tuyên truyền", issuerId: "tld" },
      phases: [{ id: "p1", name: "Giai đoạn 1", window: { start: "2017-07-01", end: "2018-05-31" } }],
      units: [{ id: "tld", name: "Tổng Liên đoàn Lao động Việt Nam", kind: "confederation" }],
      signatory: { title: "PHÓ CHỦ TỊCH", name: "Trần Văn Thuật" },
    };
    expect(parsePlan(smallest).channels).toEqual([]);
    // Version 2: a plan without phases has its own window, and a plan that gives no time or signature has none.
    const ownWindow: PlanJson = { schemaVersion: 2, id: "kh", header: smallest.header, window: { start: "2025-01-01" }, units: smallest.units };
    expect(parsePlan(ownWindow).phases).toEqual([]);
    const undated: PlanJson = { schemaVersion: 2, id: "kh", header: { subject: "Tuyên truyền", issuerId: "tld" }, units: smallest.units };
    expect(parsePlan(undated).window).toBeUndefined();
    const unit: UnitJson = { id: "tld", name: "Tổng Liên đoàn", kind: "confederation" };
    unit.name = "Tổng Liên đoàn Lao động Việt Nam"; // the JSON form is mutable
  });

  it("names the funding and reporting kinds", () => {
    expectTypeOf<FundingKind>().toEqualTypeOf<(typeof FUNDING_KINDS)[number]>();
    expectTypeOf<ReportingKind>().toEqualTypeOf<(typeof REPORTING_KINDS)[number]>();
    expectTypeOf<Plan["funding"]["sources"][number]["kind"]>().toEqualTypeOf<FundingKind>();
    expectTypeOf<Plan["reporting"][number]["kind"]>().toEqualTypeOf<ReportingKind>();
  });
});

// The zod-inferred types that the generated ones must equal. A named schema that the builder does not return
// is reached through the one that holds it.
// zod's output is mutable; the whole plan schema freezes the parsed plan deeply (`freeze`, once), so the
// generated parsed forms are the deeply read-only output. The library's own types (Vnd, dates, windows) are
// read-only already and kept as they are.
type Leaf = Vnd | IsoDate | YearMonth | Window | string | number | boolean | bigint | undefined | null;
type DeepReadonly<V> = V extends Leaf ? V : V extends readonly (infer I)[] ? readonly DeepReadonly<I>[] : { readonly [P in keyof V]: DeepReadonly<V[P]> };
type Out<K extends keyof S> = DeepReadonly<z.output<S[K]>>;
type In<K extends keyof S> = z.input<S[K]>;
type Item<L> = NonNullable<L> extends readonly (infer I)[] ? I : never;

/** The types that the checks below cover: every generated one must be here (checked at run time). */
const COVERED = [
  "Plan", "Header", "LegalBasis", "LabelledText", "Audience", "Theme", "Phase", "Unit", "Outlet", "Channel",
  "Activity", "Product", "Target", "Quota", "Funding", "FundingSource", "FundingProvision", "Responsibility",
  "Duty", "ReportingDuty", "Recipient", "Signatory", "Budget", "BudgetSection", "BudgetLine",
  // version 2
  "QuotaDebtors", "DueRule", "AuthorityLine", "Quantity", "LineShare", "LineFunding", "Indicator", "Population",
  "IndicatorValue", "IndicatorActual", "Objective", "Appendix", "AppendixItem", "OpenWindow", "Slogan", "Archive", "Provenance",
] as const;

describe("the generated types (src/model/types.ts) are the schemas' types", () => {
  it("parsed forms equal z.output made deeply read-only (completePlanSchema freezes the parsed plan deeply)", () => {
    expectTypeOf<T.Plan>().toEqualTypeOf<Out<"planShapeSchema">>();
    expectTypeOf<T.Header>().toEqualTypeOf<Out<"headerSchema">>();
    expectTypeOf<T.LegalBasis>().toEqualTypeOf<Out<"legalBasisSchema">>();
    expectTypeOf<T.LabelledText>().toEqualTypeOf<Item<Out<"planShapeSchema">["purposes"]>>();
    expectTypeOf<T.Audience>().toEqualTypeOf<Out<"audienceSchema">>();
    expectTypeOf<T.Theme>().toEqualTypeOf<Out<"themeSchema">>();
    expectTypeOf<T.Phase>().toEqualTypeOf<Out<"phaseSchema">>();
    expectTypeOf<T.Unit>().toEqualTypeOf<Out<"unitSchema">>();
    expectTypeOf<T.Outlet>().toEqualTypeOf<Out<"outletSchema">>();
    expectTypeOf<T.Channel>().toEqualTypeOf<Out<"channelSchema">>();
    expectTypeOf<T.Activity>().toEqualTypeOf<Out<"activitySchema">>();
    expectTypeOf<T.Product>().toEqualTypeOf<Out<"productSchema">>();
    expectTypeOf<T.Target>().toEqualTypeOf<Out<"targetSchema">>();
    expectTypeOf<T.Quota>().toEqualTypeOf<Out<"quotaSchema">>();
    expectTypeOf<T.Funding>().toEqualTypeOf<Out<"fundingSchema">>();
    expectTypeOf<T.FundingSource>().toEqualTypeOf<Out<"fundingSourceSchema">>();
    expectTypeOf<T.FundingProvision>().toEqualTypeOf<Item<Out<"fundingSchema">["provisions"]>>();
    expectTypeOf<T.Responsibility>().toEqualTypeOf<Out<"responsibilitySchema">>();
    expectTypeOf<T.Duty>().toEqualTypeOf<Item<Out<"responsibilitySchema">["duties"]>>();
    expectTypeOf<T.ReportingDuty>().toEqualTypeOf<Out<"reportingDutySchema">>();
    expectTypeOf<T.Recipient>().toEqualTypeOf<Out<"recipientSchema">>();
    expectTypeOf<T.Signatory>().toEqualTypeOf<Out<"signatorySchema">>();
    expectTypeOf<T.Budget>().toEqualTypeOf<Out<"budgetSchema">>();
    expectTypeOf<T.BudgetSection>().toEqualTypeOf<Out<"budgetSectionSchema">>();
    expectTypeOf<T.BudgetLine>().toEqualTypeOf<Out<"budgetLineSchema">>();
    expectTypeOf<T.QuotaDebtors>().toEqualTypeOf<NonNullable<Out<"quotaSchema">["owedBy"]>>();
    expectTypeOf<T.DueRule>().toEqualTypeOf<NonNullable<Out<"reportingDutySchema">["due"]>>();
    expectTypeOf<T.AuthorityLine>().toEqualTypeOf<Item<Out<"signatorySchema">["authority"]>>();
    expectTypeOf<T.Quantity>().toEqualTypeOf<Item<Out<"budgetLineSchema">["quantities"]>>();
    expectTypeOf<T.LineShare>().toEqualTypeOf<NonNullable<Out<"budgetLineSchema">["shareOf"]>>();
    expectTypeOf<T.LineFunding>().toEqualTypeOf<Item<Out<"budgetLineSchema">["funding"]>>();
    expectTypeOf<T.Indicator>().toEqualTypeOf<Out<"indicatorSchema">>();
    expectTypeOf<T.Population>().toEqualTypeOf<NonNullable<Out<"indicatorSchema">["population"]>>();
    expectTypeOf<T.IndicatorValue>().toEqualTypeOf<NonNullable<Out<"indicatorSchema">["baseline"]>>();
    expectTypeOf<T.IndicatorActual>().toEqualTypeOf<NonNullable<Out<"indicatorSchema">["actual"]>>();
    expectTypeOf<T.Objective>().toEqualTypeOf<Out<"objectiveSchema">>();
    expectTypeOf<T.Appendix>().toEqualTypeOf<Out<"appendixSchema">>();
    expectTypeOf<T.AppendixItem>().toEqualTypeOf<Item<Out<"appendixSchema">["items"]>>();
    expectTypeOf<T.OpenWindow>().toEqualTypeOf<Out<"openWindowSchema">>();
    expectTypeOf<T.Slogan>().toEqualTypeOf<Item<Out<"planShapeSchema">["slogans"]>>();
    expectTypeOf<T.Archive>().toEqualTypeOf<NonNullable<Out<"planShapeSchema">["archive"]>>();
  });

  it("JSON forms equal z.input", () => {
    expectTypeOf<T.PlanJson>().toEqualTypeOf<In<"planShapeSchema">>();
    expectTypeOf<T.HeaderJson>().toEqualTypeOf<In<"headerSchema">>();
    expectTypeOf<T.LegalBasisJson>().toEqualTypeOf<In<"legalBasisSchema">>();
    expectTypeOf<T.LabelledTextJson>().toEqualTypeOf<Item<In<"planShapeSchema">["purposes"]>>();
    expectTypeOf<T.AudienceJson>().toEqualTypeOf<In<"audienceSchema">>();
    expectTypeOf<T.ThemeJson>().toEqualTypeOf<In<"themeSchema">>();
    expectTypeOf<T.PhaseJson>().toEqualTypeOf<In<"phaseSchema">>();
    expectTypeOf<T.UnitJson>().toEqualTypeOf<In<"unitSchema">>();
    expectTypeOf<T.OutletJson>().toEqualTypeOf<In<"outletSchema">>();
    expectTypeOf<T.ChannelJson>().toEqualTypeOf<In<"channelSchema">>();
    expectTypeOf<T.ActivityJson>().toEqualTypeOf<In<"activitySchema">>();
    expectTypeOf<T.ProductJson>().toEqualTypeOf<In<"productSchema">>();
    expectTypeOf<T.TargetJson>().toEqualTypeOf<In<"targetSchema">>();
    expectTypeOf<T.QuotaJson>().toEqualTypeOf<In<"quotaSchema">>();
    expectTypeOf<T.FundingJson>().toEqualTypeOf<In<"fundingSchema">>();
    expectTypeOf<T.FundingSourceJson>().toEqualTypeOf<In<"fundingSourceSchema">>();
    expectTypeOf<T.FundingProvisionJson>().toEqualTypeOf<Item<In<"fundingSchema">["provisions"]>>();
    expectTypeOf<T.ResponsibilityJson>().toEqualTypeOf<In<"responsibilitySchema">>();
    expectTypeOf<T.DutyJson>().toEqualTypeOf<Item<In<"responsibilitySchema">["duties"]>>();
    expectTypeOf<T.ReportingDutyJson>().toEqualTypeOf<In<"reportingDutySchema">>();
    expectTypeOf<T.RecipientJson>().toEqualTypeOf<In<"recipientSchema">>();
    expectTypeOf<T.SignatoryJson>().toEqualTypeOf<In<"signatorySchema">>();
    expectTypeOf<T.BudgetJson>().toEqualTypeOf<In<"budgetSchema">>();
    expectTypeOf<T.BudgetSectionJson>().toEqualTypeOf<In<"budgetSectionSchema">>();
    expectTypeOf<T.BudgetLineJson>().toEqualTypeOf<In<"budgetLineSchema">>();
    expectTypeOf<T.QuotaDebtorsJson>().toEqualTypeOf<NonNullable<In<"quotaSchema">["owedBy"]>>();
    expectTypeOf<T.DueRuleJson>().toEqualTypeOf<NonNullable<In<"reportingDutySchema">["due"]>>();
    expectTypeOf<T.AuthorityLineJson>().toEqualTypeOf<Item<In<"signatorySchema">["authority"]>>();
    expectTypeOf<T.QuantityJson>().toEqualTypeOf<Item<In<"budgetLineSchema">["quantities"]>>();
    expectTypeOf<T.LineShareJson>().toEqualTypeOf<NonNullable<In<"budgetLineSchema">["shareOf"]>>();
    expectTypeOf<T.LineFundingJson>().toEqualTypeOf<Item<In<"budgetLineSchema">["funding"]>>();
    expectTypeOf<T.IndicatorJson>().toEqualTypeOf<In<"indicatorSchema">>();
    expectTypeOf<T.PopulationJson>().toEqualTypeOf<NonNullable<In<"indicatorSchema">["population"]>>();
    expectTypeOf<T.IndicatorValueJson>().toEqualTypeOf<NonNullable<In<"indicatorSchema">["baseline"]>>();
    expectTypeOf<T.IndicatorActualJson>().toEqualTypeOf<NonNullable<In<"indicatorSchema">["actual"]>>();
    expectTypeOf<T.ObjectiveJson>().toEqualTypeOf<In<"objectiveSchema">>();
    expectTypeOf<T.AppendixJson>().toEqualTypeOf<In<"appendixSchema">>();
    expectTypeOf<T.AppendixItemJson>().toEqualTypeOf<Item<In<"appendixSchema">["items"]>>();
    expectTypeOf<T.OpenWindowJson>().toEqualTypeOf<In<"openWindowSchema">>();
    expectTypeOf<T.SloganJson>().toEqualTypeOf<Item<In<"planShapeSchema">["slogans"]>>();
    expectTypeOf<T.ArchiveJson>().toEqualTypeOf<NonNullable<In<"planShapeSchema">["archive"]>>();
  });

  it("the parsed and the JSON forms differ (the checks above can fail)", () => {
    expectTypeOf<T.QuotaJson>().not.toEqualTypeOf<Out<"quotaSchema">>();
    expectTypeOf<T.Quota>().not.toEqualTypeOf<In<"quotaSchema">>();
    expectTypeOf<T.Plan>().not.toEqualTypeOf<z.output<S["planShapeSchema"]>>(); // zod's own output is mutable
    expectTypeOf<T.Unit>().not.toEqualTypeOf<z.output<S["unitSchema"]>>();
  });
});

/** The interfaces of src/model/types.ts: their TSDoc, and the TSDoc of each property. */
function readDeclarations(text: string): Map<string, { doc: string; tags: string[]; properties: Map<string, string | undefined> }> {
  const source = ts.createSourceFile("types.ts", text, ts.ScriptTarget.ES2022, true);
  const comment = (node: ts.Node) =>
    ts
      .getJSDocCommentsAndTags(node)
      .filter(ts.isJSDoc)
      .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "")
      .join(" ");
  const tagNames = (node: ts.Node) => ts.getJSDocTags(node).map((tag) => tag.tagName.text);
  const found = new Map<string, { doc: string; tags: string[]; properties: Map<string, string | undefined> }>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const properties = new Map<string, string | undefined>();
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member)) continue;
      const doc = comment(member);
      properties.set(member.name.getText(source), doc === "" ? undefined : doc);
    }
    found.set(statement.name.text, { doc: comment(statement), tags: tagNames(statement), properties });
  }
  return found;
}

/** A TSDoc text as the schema wrote it: lines joined, the generator's escapes undone. */
const normalize = (text: string) => text.replace(/\\([@{}])/g, "$1").replace(/\*\\\//g, "*/").replace(/\s+/g, " ").trim();

describe("src/model/types.ts", () => {
  const text = readFileSync(MODEL_TYPES_FILE, "utf8");
  const declarations = readDeclarations(text);

  it("is what `npm run gen:types` writes from the schemas now (run it after a change of the schemas)", () => {
    expect(generateModelTypes() === text, "src/model/types.ts is out of date: run `npm run gen:types`").toBe(true);
  });

  it("declares a parsed and a JSON interface for every named schema, and the type checks above cover them all", () => {
    const defs = Object.keys(planJsonSchema()["$defs"] as Record<string, unknown>).sort();
    expect([...declarations.keys()].sort()).toEqual(defs.flatMap((name) => [name, `${name}Json`]).sort());
    expect([...COVERED].sort()).toEqual(defs);
  });

  it("gives every property that has a description in the JSON Schema that description as its TSDoc, in both forms", () => {
    const defs = planJsonSchema()["$defs"] as Record<string, { properties: Record<string, { description?: string }> }>;
    let checked = 0;
    for (const [name, def] of Object.entries(defs)) {
      for (const typeName of [name, `${name}Json`]) {
        const declared = declarations.get(typeName);
        expect(declared, typeName).toBeDefined();
        expect([...declared!.properties.keys()], typeName).toEqual(Object.keys(def.properties));
        for (const [key, property] of Object.entries(def.properties)) {
          if (property.description === undefined) continue;
          checked += 1;
          const doc = declared!.properties.get(key);
          expect(doc === undefined ? undefined : normalize(doc), `${typeName}.${key}`).toBe(normalize(property.description));
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("documents every interface with a summary, an example and the Model category", () => {
    for (const [name, declared] of declarations) {
      expect(declared.doc.length, name).toBeGreaterThan(10);
      expect(declared.tags, name).toEqual(["example", "category"]);
    }
    expect(declarations.get("Unit")!.doc).toBe("An organisation that the plan names.");
    expect(declarations.get("Plan")!.doc).toContain("Kế hoạch tuyên truyền");
  });

  it("shows the default of a property that a document may leave out", () => {
    expect(text).toMatch(/\* Outlets the quota applies to, by kind\.\n {3}\*\n {3}\* @defaultValue `\[\]`\n {3}\*\/\n {2}outletKinds\?: OutletKind\[\] \| undefined;/);
    expect(text).toMatch(/@defaultValue `\{ sources: \[\], provisions: \[\] \}`\n {3}\*\/\n {2}funding\?: FundingJson \| undefined;/);
  });
});
