import { Ajv2020 } from "ajv/dist/2020.js";
import type addFormatsType from "ajv-formats";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDocumentReference, planJsonSchema, safeParsePlan } from "../../src/index.js";
import { planJsonArb } from "../arbitraries.js";
import { documentReferenceArb } from "../referenceArbitraries.js";
import { minimalPlanJson, referencePlanJson } from "../fixtures.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
// ajv-formats is CommonJS whose module.exports is the plugin itself.
const addFormats = createRequire(import.meta.url)("ajv-formats") as typeof addFormatsType;
addFormats(ajv);
const validate = ajv.compile(planJsonSchema());

describe("planJsonSchema", () => {
  it("is a draft 2020-12 schema, frozen, the same object on every call", () => {
    const schema = planJsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.isFrozen(schema)).toBe(true);
    expect(planJsonSchema()).toBe(schema);
    expect(JSON.stringify(schema)).not.toContain('"readOnly"');
  });

  it("accepts the reference plan and the minimal plan", () => {
    expect(validate(referencePlanJson()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(minimalPlanJson()), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts every generated valid plan", () => {
    fc.assert(
      fc.property(planJsonArb, (plan) => {
        expect(validate(plan), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  const malformed: [string, (p: Record<string, any>) => void][] = [
    ["a missing header", (p) => delete p["header"]],
    ["a wrong schema version", (p) => (p["schemaVersion"] = 3)],
    ["an unknown key", (p) => (p["extra"] = true)],
    ["an unknown unit kind", (p) => (p["units"][1].kind = "ministry")],
    ["a date that is not ISO", (p) => (p["phases"][0].window.start = "01/07/2017")],
    ["a fractional amount", (p) => (p["budget"].sections[0].lines[0].amount = 1.5)],
    ["a negative amount", (p) => (p["budget"].sections[0].lines[0].amount = -1)],
    ["an amount with commas", (p) => (p["budget"].declaredTotal = "30,000,000")],
    ["a quota with min 0", (p) => (p["channels"][0].quotas[0].min = 0)],
    ["an unknown period", (p) => (p["channels"][0].quotas[0].per = "fortnight")],
    ["a bad id", (p) => (p["units"][0].id = "has space")],
    ["a bad document reference", (p) => (p["header"].legalBases[0].reference = "HD 284")],
    ["a phase without its window", (p) => delete p["phases"][0].window],
    ["a window with an extra key", (p) => (p["phases"][0].window.days = 335)],
  ];

  const withReference = (reference: string) => {
    const plan = minimalPlanJson();
    plan.header.legalBases[0]!.reference = reference;
    return plan;
  };

  it.each([
    "284/HD-TLĐ", "30/2020/NĐ-CP", "655/QĐ-TTg", "50/2024/QH15", "1472/KH-CĐNH", "02/KHLT/LĐLĐ-TĐTN",
    "05/2015/TTLT-BLĐTBXH-BTC", "29-NQ/TW", "02-CT/TW", "196-TB/TW", "02-TT/TU", "01-HDLT/BTCTW-BNV",
    "8019/TLĐ-TG", "8935/BNV-CTTN&BĐG",
  ])("accepts the legal basis %s, as parsePlan does", (reference) => {
    const plan = withReference(reference);
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    expect(safeParsePlan(plan).success).toBe(true);
  });

  it.each([
    "Số 284/HD-TLĐ", "284 / HD-TLĐ", "29 - NQ/TW", "284/hd-TLĐ", "284/TLĐ", "50/QH15", "02/KHLT/LĐLĐ", "284/HD/TLĐ",
    "29-NQ/TW/2013", "8019/TLĐ-TG&", "284/HD-A&B", "15/QĐ-ỦBMTTQ".normalize("NFD"), "",
  ])("rejects the legal basis %j, as parsePlan does", (reference) => {
    const plan = withReference(reference);
    expect(validate(plan)).toBe(false);
    expect(safeParsePlan(plan).success).toBe(false);
  });

  it("agrees with parsePlan on generated references and their near misses", () => {
    const textArb = fc.oneof(
      documentReferenceArb.map((reference) => formatDocumentReference(reference)),
      fc
        .tuple(documentReferenceArb, fc.nat(), fc.constantFrom("/", "-", "&", " ", "1", "a", "NQ", "KHLT", "QH15"))
        .map(([reference, at, insert]) => {
          const text = formatDocumentReference(reference);
          const index = at % (text.length + 1);
          return text.slice(0, index) + insert + text.slice(index);
        }),
    );
    fc.assert(
      fc.property(textArb, (reference) => {
        const plan = withReference(reference);
        expect(validate(plan)).toBe(safeParsePlan(plan).success);
      }),
      { numRuns: 300 },
    );
  });

  it.each(malformed)("rejects %s, as parsePlan does", (_name, change) => {
    const plan = minimalPlanJson() as Record<string, any>;
    change(plan);
    expect(validate(plan)).toBe(false);
    expect(safeParsePlan(plan).success).toBe(false);
  });
});
