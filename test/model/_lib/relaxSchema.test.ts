import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { relaxSchema } from "../../../src/model/_lib/relaxSchema.js";
import { completePlanSchema, relaxedPlanSchema } from "../../../src/model/plan.js";
import { safeParsePlan } from "../../../src/index.js";
import { planJsonArb } from "../../arbitraries.js";
import { minimalPlanJson, referencePlanJson } from "../../fixtures.js";

/** Plain data of a parse result, for deep equality: amounts as text, and whether each object is frozen. */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return { class: value.constructor.name, text: String(value) };
  const entries = Object.entries(value).map(([k, v]) => [k, plain(v)] as const);
  return { frozen: Object.isFrozen(value), array: Array.isArray(value), entries };
}

describe("relaxSchema", () => {
  const text = z.string().min(1);
  const item = z.strictObject({ id: text, label: text.exactOptional(), tags: z.array(text).prefault([]), on: z.boolean().default(false) });
  const relaxed = relaxSchema(item);

  it("accepts and parses what the schema accepts, as the schema does", () => {
    for (const input of [{ id: "a" }, { id: "a", label: "b", tags: ["x"] }, { id: "a", on: true }]) {
      expect(relaxed.parse(input)).toEqual(item.parse(input));
    }
  });

  it("rejects what the schema rejects, but for a present property that holds undefined", () => {
    for (const input of [{}, { id: "" }, { id: "a", label: "" }, { id: "a", tags: [""] }, { id: "a", extra: 1 }, { id: "a", tags: null }]) {
      expect(item.safeParse(input).success).toBe(false);
      expect(relaxed.safeParse(input).success).toBe(false);
    }
    expect(item.safeParse({ id: "a", label: undefined }).success).toBe(false);
    expect(relaxed.parse({ id: "a", label: undefined })).toEqual({ id: "a", label: undefined, tags: [], on: false });
  });

  it("gives a new empty list for each list left out", () => {
    const a = relaxed.parse({ id: "a" });
    const b = relaxed.parse({ id: "b" });
    expect(a.tags).toEqual([]);
    expect(a.tags).not.toBe(b.tags);
  });

  it("keeps a schema with nothing to relax, and copies a shared one once", () => {
    expect(relaxSchema(text)).toBe(text);
    const plain = z.strictObject({ id: text, n: z.number() });
    expect(relaxSchema(plain)).toBe(plain);
    const pair = z.strictObject({ a: item, b: item });
    const copy = relaxSchema(pair);
    expect(copy).not.toBe(pair);
    expect(copy._zod.def.shape.a).toBe(copy._zod.def.shape.b);
    expect(copy._zod.def.shape.a).not.toBe(item);
  });

  it("keeps the checks of objects and lists", () => {
    const window = z.strictObject({ start: text, end: text.exactOptional() }).refine((w) => w.end === undefined || w.end >= w.start);
    const list = z.array(window).min(1).max(2);
    const copy = relaxSchema(list);
    expect(copy.safeParse([]).success).toBe(false);
    expect(copy.safeParse([{ start: "b", end: "a" }]).success).toBe(false);
    expect(copy.safeParse([{ start: "a" }, { start: "a" }, { start: "a" }]).success).toBe(false);
    expect(copy.parse([{ start: "a", end: "b" }])).toEqual([{ start: "a", end: "b" }]);
  });
});

describe("relaxedPlanSchema, the way parsePlan tries first", () => {
  it("gives the complete schema's plan for every valid plan", () => {
    fc.assert(
      fc.property(planJsonArb, (json) => {
        const complete = completePlanSchema().safeParse(json);
        const relaxed = relaxedPlanSchema().safeParse(json);
        expect(complete.success).toBe(true);
        expect(relaxed.success).toBe(true);
        expect(plain(relaxed.data)).toEqual(plain(complete.data));
      }),
      { numRuns: 60 },
    );
    const json = referencePlanJson();
    expect(plain(relaxedPlanSchema().parse(json))).toEqual(plain(completePlanSchema().parse(json)));
  });

  it("gives no plan for a document with a property that holds undefined, and parsePlan reports the complete schema's issue", () => {
    const json = minimalPlanJson() as Record<string, unknown>;
    json["windowText"] = undefined;
    const relaxed = relaxedPlanSchema().safeParse(json);
    expect(relaxed.success && relaxed.data).toBeUndefined();
    const result = safeParsePlan(json);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ["windowText"], code: "missing" }]);
  });

  it("rejects, or gives no plan for, every document the complete schema rejects", () => {
    const values = fc.constantFrom<unknown>(undefined, null, "", "x", -1, 1.5, "2017-02-30", {}, [], "root", "nope", true);
    fc.assert(
      fc.property(planJsonArb, fc.array(fc.tuple(fc.nat(), values), { minLength: 1, maxLength: 3 }), (json, changes) => {
        const doc = structuredClone(json) as unknown as Record<string, unknown>;
        // Set a property of some object of the document to the value (an object found by a walk in document order).
        const objects: Record<string, unknown>[] = [];
        const walk = (v: unknown): void => {
          if (v !== null && typeof v === "object") {
            if (!Array.isArray(v)) objects.push(v as Record<string, unknown>);
            Object.values(v).forEach(walk);
          }
        };
        walk(doc);
        for (const [n, value] of changes) {
          const target = objects[n % objects.length]!;
          const keys = Object.keys(target);
          if (keys.length > 0) target[keys[n % keys.length]!] = value;
        }
        const complete = completePlanSchema().safeParse(doc);
        const relaxed = relaxedPlanSchema().safeParse(doc);
        if (complete.success) expect(plain(relaxed.success ? relaxed.data : "rejected")).toEqual(plain(complete.data));
        else expect(relaxed.success ? relaxed.data : undefined).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
