import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatDocumentReference,
  parseDocumentReference,
  parsePlan,
  planToJSON,
  PlanError,
  PlanValidationError,
  safeParsePlan,
  type PlanIssue,
} from "../../src/index.js";
import { minimalPlanJson, referencePlanJson } from "../fixtures.js";
import { documentReferenceArb } from "../referenceArbitraries.js";

type Json = ReturnType<typeof minimalPlanJson>;

/** Parses a changed copy of the minimal plan and returns its issues (failing the test if it parses). */
function issuesOf(change: (plan: Json) => void): PlanIssue[] {
  const json = minimalPlanJson();
  change(json);
  const result = safeParsePlan(json);
  if (result.success) throw new Error("expected the plan to be rejected");
  return [...result.error.issues];
}

const brief = (issues: readonly PlanIssue[]) => issues.map(({ path, code }) => ({ path, code }));

function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== "object" || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => isDeeplyFrozen(v, seen));
}

function collectObjects(value: unknown, into = new Set<object>()): Set<object> {
  if (value !== null && typeof value === "object" && !into.has(value)) {
    into.add(value);
    for (const v of Object.values(value)) collectObjects(v, into);
  }
  return into;
}

describe("parsePlan", () => {
  it("accepts a valid plan and types its amounts as Vnd", () => {
    const plan = parsePlan(minimalPlanJson());
    expect(plan.units.map((u) => u.id)).toEqual(["tld", "btg", "ldld", "bld", "vtv", "media-co"]);
    const line = plan.budget?.sections[0]?.lines[0];
    expect(line?.amount?.toString()).toBe("30000000");
    expect(line?.unitPrice?.toString()).toBe("100000");
    expect(plan.budget?.sections[0]?.declaredTotal?.equals(30_000_000)).toBe(true);
  });

  it("returns a deeply frozen plan that shares no object with its input", () => {
    const json = minimalPlanJson();
    const plan = parsePlan(json);
    expect(isDeeplyFrozen(plan)).toBe(true);
    const inputObjects = collectObjects(json);
    for (const object of collectObjects(plan)) expect(inputObjects.has(object)).toBe(false);
    json.units[0]!.name = "changed";
    expect(plan.units[0]?.name).toBe("Tổng Liên đoàn Lao động Việt Nam");
  });

  it("does not mutate its input, and accepts a frozen input", () => {
    const json = minimalPlanJson();
    const before = JSON.stringify(json);
    parsePlan(json);
    expect(JSON.stringify(json)).toBe(before);
    const frozen = JSON.parse(before, (_key, value: unknown) => (typeof value === "object" && value !== null ? Object.freeze(value) : value));
    expect(() => parsePlan(frozen)).not.toThrow();
  });

  it("never freezes or changes the caller's values, even the ones it rejects", () => {
    const json = minimalPlanJson() as Record<string, any>;
    json["closing"] = { a: 1 };
    json["header"] = ["x"];
    json["units"][0].outlet = { kind: "nope" };
    json["phases"][0].window = { start: "2017-09-01", end: "2017-08-01" };
    const before = JSON.stringify(json);
    expect(safeParsePlan(json).success).toBe(false);
    expect(JSON.stringify(json)).toBe(before);
    for (const value of [json, json["closing"], json["header"], json["units"], json["units"][0].outlet, json["phases"][0].window]) {
      expect(Object.isFrozen(value)).toBe(false);
    }
    const typed = minimalPlanJson() as Record<string, any>;
    typed["closing"] = new Uint8Array(2);
    typed["header"].title = 5;
    const result = safeParsePlan(typed);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join("."))).toEqual(["header.title", "closing"]);
  });

  it("throws a PlanValidationError, a PlanError, listing every problem at once", () => {
    const json = minimalPlanJson() as Record<string, unknown>;
    json["schemaVersion"] = 3;
    delete (json["header"] as Record<string, unknown>)["subject"];
    (json["header"] as Record<string, unknown>)["issuerId"] = 42;
    let caught: unknown;
    try {
      parsePlan(json);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanValidationError);
    expect(caught).toBeInstanceOf(PlanError);
    const issues = (caught as PlanValidationError).issues;
    expect(brief(issues)).toEqual([
      { path: ["schemaVersion"], code: "invalid_value" },
      { path: ["header", "subject"], code: "missing" },
      { path: ["header", "issuerId"], code: "invalid_type" },
    ]);
    for (const issue of issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.messageVi.length).toBeGreaterThan(0);
      expect(issue.messageVi).not.toBe(issue.message);
    }
    expect((caught as Error).message).toContain("header.issuerId");
    expect((caught as Error).name).toBe("PlanValidationError");
  });

  it("names unknown keys", () => {
    const issues = issuesOf((p) => Object.assign(p.units[0]!, { colour: "red" }));
    expect(brief(issues)).toEqual([{ path: ["units", 0], code: "unrecognized_keys" }]);
    expect(issues[0]?.message).toContain('"colour"');
  });

  it("rejects dates that are not calendar dates", () => {
    const issues = issuesOf((p) => {
      p.phases[0]!.window.start = "2017-02-30";
      p.header.legalBases[0]!.issuedOn = "2017-3-9";
    });
    expect(brief(issues)).toEqual([
      { path: ["header", "legalBases", 0, "issuedOn"], code: "invalid_date" },
      { path: ["phases", 0, "window", "start"], code: "invalid_date" },
    ]);
  });

  it("accepts 29 February in a leap year only", () => {
    const leap = minimalPlanJson();
    leap.phases[0]!.window.start = "2016-02-29";
    expect(safeParsePlan(leap).success).toBe(true);
    expect(brief(issuesOf((p) => (p.phases[0]!.window.start = "1900-02-29")))).toEqual([
      { path: ["phases", 0, "window", "start"], code: "invalid_date" },
    ]);
  });

  it("rejects windows that end before they start, at the end date", () => {
    const issues = issuesOf((p) => (p.channels[0]!.activities[0]!.window = { start: "2017-09-30", end: "2017-08-01" }));
    expect(brief(issues)).toEqual([{ path: ["channels", 0, "activities", 0, "window", "end"], code: "invalid_window" }]);
    expect(issues[0]?.message).toContain("2017-08-01");
  });

  it("accepts a one-day window", () => {
    const json = minimalPlanJson();
    json.channels[0]!.activities[0]!.window = { start: "2017-08-01", end: "2017-08-01" };
    expect(safeParsePlan(json).success).toBe(true);
  });

  it("rejects amounts that are not whole, non-negative đồng", () => {
    const issues = issuesOf((p) => {
      const line = p.budget.sections[0]!.lines[0]! as Record<string, unknown>;
      line["amount"] = 1.5;
      line["unitPrice"] = -100;
      p.budget.sections[0]!.declaredTotal = Number.NaN;
      (p.budget as Record<string, unknown>)["declaredTotal"] = "30,000,000";
    });
    expect(brief(issues)).toEqual([
      { path: ["budget", "sections", 0, "declaredTotal"], code: "invalid_amount" },
      { path: ["budget", "sections", 0, "lines", 0, "unitPrice"], code: "invalid_amount" },
      { path: ["budget", "sections", 0, "lines", 0, "amount"], code: "invalid_amount" },
      { path: ["budget", "declaredTotal"], code: "invalid_amount" },
    ]);
    expect(issues[1]?.message).toContain("negative");
    expect(issues[2]?.message).toBe("1.5 is not an amount of whole đồng: a fraction of a đồng");
    expect(issues[2]?.messageVi).toBe("1.5 không phải là số tiền đồng nguyên: có phần lẻ của đồng");
    const unsafe = issuesOf((p) => ((p.budget.sections[0]!.lines[0]! as Record<string, unknown>)["amount"] = 2 ** 60));
    expect(unsafe[0]?.message).toContain("pass a bigint or a digit string");
  });

  it("says which types an amount may have", () => {
    const issues = issuesOf((p) => ((p.budget as Record<string, unknown>)["declaredTotal"] = null));
    expect(brief(issues)).toEqual([{ path: ["budget", "declaredTotal"], code: "invalid_type" }]);
    expect(issues[0]?.message).toBe("expected number or string, received null");
  });

  it("keeps amounts far beyond 2^53 exact", () => {
    const json = minimalPlanJson();
    json.budget.sections[0]!.lines[0]!.amount = "123456789012345678901234567890";
    expect(parsePlan(json).budget?.sections[0]?.lines[0]?.amount?.toBigInt()).toBe(123456789012345678901234567890n);
  });

  it("rejects duplicate ids within a kind, and allows the same id in different kinds", () => {
    const issues = issuesOf((p) => {
      p.units.push({ ...p.units[1]!, name: "Ban khác" });
      p.channels.push({ ...p.channels[0]!, id: "press-2", number: 2, quotas: [] });
    });
    expect(brief(issues)).toEqual([
      { path: ["units", 6, "id"], code: "duplicate_id" },
      { path: ["channels", 1, "activities", 0, "id"], code: "duplicate_id" },
    ]);
    const json = minimalPlanJson();
    json.themes[0]!.id = "btg"; // a theme may share an id with a unit
    expect(safeParsePlan(json).success).toBe(true);
  });

  it("reports every reference that does not resolve, with the kind it looked for", () => {
    const issues = issuesOf((p) => {
      p.header.issuerId = "nobody";
      p.channels[0]!.activities[0]!.leadUnitIds = ["btg", "ghost"];
      p.channels[0]!.quotas[0]!.phaseId = "phase-9";
      p.responsibilities[0]!.duties[0]!.activityIds = ["nothing"];
      p.reporting[0]!.viaUnitId = "nowhere";
      p.budget.sections[0]!.lines[0]!.fundingSourceId = "lottery";
      p.funding.provisions[0]!.sourceId = "lottery";
    });
    expect(brief(issues)).toEqual([
      { path: ["header", "issuerId"], code: "unknown_reference" },
      { path: ["channels", 0, "activities", 0, "leadUnitIds", 1], code: "unknown_reference" },
      { path: ["channels", 0, "quotas", 0, "phaseId"], code: "unknown_reference" },
      { path: ["funding", "provisions", 0, "sourceId"], code: "unknown_reference" },
      { path: ["responsibilities", 0, "duties", 0, "activityIds", 0], code: "unknown_reference" },
      { path: ["reporting", 0, "viaUnitId"], code: "unknown_reference" },
      { path: ["budget", "sections", 0, "lines", 0, "fundingSourceId"], code: "unknown_reference" },
    ]);
    expect(issues[1]?.message).toBe('no unit has the id "ghost"');
    expect(issues[1]?.messageVi).toBe('không có đơn vị nào có mã "ghost"');
  });

  it("requires quota outlets to be press outlets or broadcasters", () => {
    const issues = issuesOf((p) => (p.channels[0]!.quotas[1]!.outletIds = ["vtv", "btg"]));
    expect(brief(issues)).toEqual([{ path: ["channels", 0, "quotas", 1, "outletIds", 1], code: "wrong_reference_kind" }]);
  });

  it("rejects a cycle in the unit hierarchy, once per cycle", () => {
    const issues = issuesOf((p) => {
      p.units.push(
        { id: "d1", name: "Phòng 1", kind: "department", parentId: "d2" },
        { id: "d2", name: "Phòng 2", kind: "department", parentId: "d3" },
        { id: "d3", name: "Phòng 3", kind: "department", parentId: "d1" },
      );
    });
    // at the unit whose parentId closes the loop: d1 → d2 → d3 → d1
    expect(brief(issues)).toEqual([{ path: ["units", 8, "parentId"], code: "hierarchy_cycle" }]);
  });

  it("reports a duplicate unit id once, without false problems through the units that point at it", () => {
    const issues = issuesOf((p) => p.units.push({ id: "tld", name: "Ban trùng mã", kind: "department", parentId: "tld" }));
    expect(brief(issues)).toEqual([{ path: ["units", 6, "id"], code: "duplicate_id" }]);
  });

  it("rejects a unit that is its own parent", () => {
    const issues = issuesOf((p) => (p.units[1]!.parentId = "btg"));
    expect(brief(issues)).toEqual([{ path: ["units", 1, "parentId"], code: "hierarchy_cycle" }]);
  });

  it("rejects a parent of a kind the unit cannot belong to", () => {
    const issues = issuesOf((p) => p.units.push({ id: "cdcs", name: "CĐCS", kind: "grassroots-union", parentId: "media-co" }));
    expect(brief(issues)).toEqual([{ path: ["units", 6, "parentId"], code: "invalid_parent_kind" }]);
  });

  it("requires outlet details exactly on press outlets and broadcasters, of a fitting kind", () => {
    const issues = issuesOf((p) => {
      delete (p.units[3] as Record<string, unknown>)["outlet"];
      Object.assign(p.units[1]!, { outlet: { kind: "daily", electronicEdition: false } });
      p.units[4]!.outlet = { kind: "magazine", electronicEdition: false };
    });
    expect(brief(issues)).toEqual([
      { path: ["units", 1, "outlet"], code: "outlet_mismatch" },
      { path: ["units", 3, "outlet"], code: "outlet_mismatch" },
      { path: ["units", 4, "outlet", "kind"], code: "outlet_mismatch" },
    ]);
  });

  it("rejects a legal basis whose reference is not a document reference", () => {
    const issues = issuesOf((p) => (p.header.legalBases[0]!.reference = "HD 284"));
    expect(brief(issues)).toEqual([{ path: ["header", "legalBases", 0, "reference"], code: "invalid_document_reference" }]);
    // a plan document holds the canonical form, as the JSON Schema does
    const loose = issuesOf((p) => (p.header.legalBases[0]!.reference = "Số 284 / HD - TLĐ"));
    expect(brief(loose)).toEqual([{ path: ["header", "legalBases", 0, "reference"], code: "invalid_document_reference" }]);
  });

  it.each([
    ["state", ["284/HD-TLĐ", "30/2020/NĐ-CP", "655/QĐ-TTg", "50/2024/QH15", "1472/KH-CĐNH", "05/2019/TT-BNV", "02/KHLT/LĐLĐ-TĐTN"]],
    ["party", ["29-NQ/TW", "02-CT/TW", "196-TB/TW", "02-TT/TU", "16-HD/TĐTN", "01-HDLT/BTCTW-BNV"]],
    ["letter", ["8019/TLĐ-TG", "8935/BNV-CTTN&BĐG", "513/TLĐ-QHLĐ"]],
  ] as const)("accepts %s references as the legal bases of the reference plan", (system, references) => {
    const json = referencePlanJson();
    json.header.legalBases = references.map((reference, i) => ({ id: `basis-${i}`, kind: "Văn bản", reference }));
    const plan = parsePlan(json);
    expect(plan.header.legalBases.map((basis) => basis.reference)).toEqual(references);
    expect(plan.header.legalBases.map((basis) => parseDocumentReference(basis.reference ?? "").system)).toEqual(references.map(() => system));
    expect(planToJSON(plan).header.legalBases!.map((basis) => basis.reference)).toEqual(references);
  });

  it("accepts every canonical reference of every system as a legal basis, and only the canonical form", () => {
    fc.assert(
      fc.property(documentReferenceArb, (reference) => {
        const text = formatDocumentReference(reference);
        const json = minimalPlanJson();
        json.header.legalBases[0]!.reference = text;
        expect(parsePlan(json).header.legalBases[0]?.reference).toBe(text);
        json.header.legalBases[0]!.reference = `Số ${text}`;
        const result = safeParsePlan(json);
        expect(result.success).toBe(false);
        if (!result.success) {
          expect(brief(result.error.issues)).toEqual([{ path: ["header", "legalBases", 0, "reference"], code: "invalid_document_reference" }]);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("reads a plan without phases or a window as one that gives no time, and its references to phases as unknown", () => {
    expect(brief(issuesOf((p) => (p.phases = [])))).toEqual([
      { path: ["channels", 0, "quotas", 0, "phaseId"], code: "unknown_reference" },
      { path: ["reporting", 0, "phaseId"], code: "unknown_reference" },
    ]);
  });

  it("reports range, unknown-key and reference problems in one pass", () => {
    const issues = issuesOf((p) => {
      p.units.push({ ...p.units[1]! });
      p.channels[0]!.quotas[0]!.min = 0;
      Object.assign(p.header, { extra: true });
    });
    expect(issues.map((i) => i.code)).toEqual(["unrecognized_keys", "too_small", "duplicate_id"]);
  });

  it("rejects non-objects at the root with one issue", () => {
    for (const input of [null, undefined, 42, "plan", [], true]) {
      const result = safeParsePlan(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(brief(result.error.issues)).toHaveLength(1);
    }
  });
});
