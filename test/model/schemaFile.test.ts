import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, planJsonSchema, planToJSON, safeParsePlan } from "../../src/index.js";
import { referencePlanJson } from "../fixtures.js";

describe("schema/plan.schema.json, the JSON Schema the package ships for editors", () => {
  it("is planJsonSchema(), as `npm run schema` writes it", () => {
    const text = readFileSync(new URL("../../schema/plan.schema.json", import.meta.url), "utf8");
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
    // Byte for byte, keys in the same order: a change that only moves keys still changes the shipped file.
    expect(text).toBe(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  });

  it("is in the package's files and exports", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain("schema");
    expect(pkg.exports["./schema/plan.schema.json"]).toBe("./schema/plan.schema.json");
  });
});

describe("friendlier plan JSON", () => {
  /** The smallest document: every list that may be empty is left out, and so are the booleans. */
  const smallest = () => ({
    $schema: "./node_modules/cong-doan-ke-hoach/schema/plan.schema.json",
    schemaVersion: 1,
    id: "kh-nho",
    header: { title: "KẾ HOẠCH", subject: "Tuyên truyền", issuerId: "tld" },
    phases: [{ id: "p1", name: "Giai đoạn 1", window: { start: "2017-07-01", end: "2018-05-31" } }],
    units: [
      { id: "tld", name: "Tổng Liên đoàn Lao động Việt Nam", kind: "confederation" },
      { id: "bld", name: "Báo Lao Động", kind: "press-outlet", outlet: { kind: "daily" } },
    ],
    channels: [{ id: "c1", number: 1, title: "Báo chí", activities: [{ id: "a1", title: "Chuyên mục" }], quotas: [{ id: "q1", min: 2, per: "week", outletKinds: ["daily"] }] }],
    signatory: { title: "PHÓ CHỦ TỊCH", name: "Trần Văn Thuật" },
  });

  it("reads optional lists and booleans left out as empty and false, and accepts a $schema key", () => {
    const plan = parsePlan(smallest());
    expect(plan.purposes).toEqual([]);
    expect(plan.funding).toEqual({ sources: [], provisions: [] });
    expect(plan.channels[0]!.activities[0]!.executingUnitIds).toEqual([]);
    expect(plan.channels[0]!.activities[0]!.targets).toEqual([]);
    expect(plan.channels[0]!.quotas[0]!.itemKinds).toEqual([]);
    expect(plan.channels[0]!.quotas[0]!.requireOnlineCopy).toBe(false);
    expect(plan.units[1]!.outlet?.electronicEdition).toBe(false);
    expect(Object.isFrozen(plan.purposes)).toBe(true);
    expect(plan.$schema).toBe("./node_modules/cong-doan-ke-hoach/schema/plan.schema.json");
  });

  it("writes every list in full, so that the round trip holds", () => {
    const plan = parsePlan(smallest());
    const json = planToJSON(plan);
    expect(json.purposes).toEqual([]);
    expect(json.channels?.[0]?.quotas?.[0]?.requireOnlineCopy).toBe(false);
    expect(parsePlan(json)).toEqual(plan);
  });

  it("still requires what a plan cannot do without", () => {
    const { header: _header, ...noHeader } = smallest();
    const result = safeParsePlan(noHeader);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([[["header"], "missing"]]);
    // A plan that gives no time (no phases, no window) and no signature is a plan: an excerpt, a news report.
    const { phases: _phases, signatory: _signatory, ...undated } = smallest();
    expect(safeParsePlan(undated).success).toBe(true);
  });

  it("reads the reference plan as before: every value kept, amounts written as plain digits, version 2", () => {
    const written = planToJSON(parsePlan(referencePlanJson())) as unknown as Record<string, unknown>;
    const document = JSON.parse(JSON.stringify(referencePlanJson()).replace(/"(\d{1,3}(?:\.\d{3})+)"/g, (_, digits: string) => `"${digits.replaceAll(".", "")}"`)) as Record<string, unknown>;
    // What version 2 adds to a version-1 document: the version, and its own parts, empty or at their default.
    const added = (value: unknown, original: unknown): unknown => {
      if (Array.isArray(value)) return value.map((item, i) => added(item, (original as unknown[] | undefined)?.[i]));
      if (value === null || typeof value !== "object") return value;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const before = (original as Record<string, unknown> | undefined)?.[key];
        const defaulted = before === undefined && ((Array.isArray(item) && item.length === 0) || item === false);
        if (!defaulted) out[key] = added(item, before);
      }
      return out;
    };
    expect(written["schemaVersion"]).toBe(2);
    expect(added({ ...written, schemaVersion: 1 }, document)).toEqual(document);
  });
});
