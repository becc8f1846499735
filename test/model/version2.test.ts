import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePlan, planJsonSchema, planToJSON, safeParsePlan, UNIT_KINDS, type PlanIssue, type PlanJson } from "../../src/index.js";
import { minimalPlanJson } from "../fixtures.js";

/** The minimal plan written as a version-2 document that uses every part version 2 adds. */
function v2Json(): PlanJson {
  const json = minimalPlanJson() as unknown as PlanJson & Record<string, unknown>;
  json.schemaVersion = 2;
  json.header = {
    ...json.header,
    coIssuerIds: ["tdtn"],
    place: "Hà Nội",
    issuedYear: 2025,
    legalBases: [{ id: "hd-284", kind: "Hướng dẫn", reference: "284/HD-TLĐ", issuerId: "tld", issuedOn: "2017-03-09" }],
  };
  json.units = [
    ...json.units!,
    { id: "tdtn", name: "Tỉnh đoàn", kind: "mass-organisation", level: "province" },
    { id: "ldld-h", name: "LĐLĐ huyện", kind: "district-federation", parentId: "ldld", group: true, level: "district", validTo: "2025-06-30", successorIds: ["ldld"] },
    { id: "cdcs", name: "CĐCS từ 100 đoàn viên", kind: "grassroots-union", parentId: "ldld-h", group: true, memberCount: 100 },
    { id: "bch", name: "Ban Chấp hành", kind: "executive-committee", parentId: "ldld" },
    { id: "hdnd", name: "HĐND tỉnh", kind: "peoples-council", level: "province" },
    { id: "cttdt", name: "Cổng thông tin điện tử", kind: "portal", parentId: "ldld", outlet: { kind: "portal", electronicEdition: false } },
    { id: "bao-ct", name: "Báo và Phát thanh, Truyền hình", kind: "press-outlet", outlet: { kind: "newspaper", media: ["print", "radio", "television"], electronicEdition: true } },
  ];
  const channel = json.channels![0]!;
  channel.activities![0] = { ...channel.activities![0]!, outletIds: ["cttdt"], dueOn: "2018-05-31", dueText: "trước ngày 31/5/2018" };
  channel.quotas!.push({ id: "q-owed", min: 1, per: "half-year", itemKinds: ["news", "photo"], outletIds: ["cttdt"], owedBy: { unitIds: ["ldld-h"], unitKinds: ["grassroots-union"], minMemberCount: 100, text: "mỗi LĐLĐ huyện" } });
  json.objectives = [{ id: "o1", text: "Nâng cao nhận thức.", indicators: [{ id: "i1", text: "100% CĐCS", measure: "percent", comparator: "at-least", value: 100, population: { kind: "units", unitKind: "grassroots-union", scopeUnitIds: ["ldld"] } }] }];
  json.tasks = [{ id: "t1", text: "Nhiệm vụ." }];
  json.slogans = [{ id: "s1", text: "Công đoàn Việt Nam vững mạnh!" }];
  json.scope = ["Toàn tỉnh."];
  json.window = { start: "2017-07-01" };
  json.funding!.sources!.push({ id: "xhh", kind: "socialisation", name: "Xã hội hóa", funderUnitIds: [] });
  json.funding!.provisions!.push({ id: "funding-2", text: "Ngân sách và xã hội hóa.", sourceIds: ["central", "xhh"] });
  json.responsibilities![0]!.duties![0] = { id: "duty-1", text: "Chỉ đạo các cơ quan báo chí.", activityIds: ["column"], unitIds: ["bld", "hdnd"] };
  json.responsibilities!.push({ id: "resp-2", title: "Đề nghị Tỉnh đoàn", mode: "request", unitIds: ["tdtn"], duties: [] });
  json.reporting!.push({ id: "yearly", kind: "periodic-report", description: "Báo cáo năm.", reportingUnitIds: ["ldld"], recipientUnitId: "tld", every: "year", due: { day: 15, month: 12 }, covers: "current-period", dueText: "trước ngày 15/12 hằng năm" });
  json.recipients![0] = { id: "rcpt-1", text: "Sở: NN&MT, TC", unitIds: [], parts: ["NN&MT", "TC"] };
  json.archive = { text: "Lưu: VT, BTG", parts: ["VT", "BTG"] };
  json.signatory = { authority: [{ mode: "TM", title: "ỦY BAN NHÂN DÂN" }, { mode: "KT", title: "CHỦ TỊCH" }], title: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn A", unitId: "tld" };
  json.coSignatories = [{ capacity: "TM. BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Trần Thị B", unitId: "tdtn" }];
  const line = json.budget!.sections![0]!.lines![0]!;
  json.budget!.sections![0]!.lines!.push(
    { id: "l2", title: "Tập huấn", unitPrice: "300000", unitPricePer: ["người", "buổi"], quantities: [{ quantity: 100, unit: "người" }, { quantity: 2, unit: "buổi" }], amount: "60000000", fundingSourceId: "central", funding: [{ sourceId: "central", percent: 70 }, { sourceId: "xhh", percent: 30 }] },
    { id: "l3", title: "Nước uống", shareOf: { lineIds: ["l2"], percent: 10 }, cap: true, amount: "6000000", fundingSourceId: "central" },
  );
  void line;
  json.appendices = [{ id: "a1", label: "Phụ lục 1", title: "Lịch", items: [{ id: "a1-1", text: "Hội nghị", window: { start: "2017-09-01", end: "2017-09-01" }, unitIds: ["bch"] }] }];
  json.provenance = { kind: "excerpt", url: "https://example.org/kh", notes: ["Trích phần III."] };
  return json;
}

/** A document to break on purpose: any path may be written. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutable = Record<string, any>;

function issuesOf(change: (plan: Mutable) => void): { path: PlanIssue["path"]; code: string }[] {
  const json = v2Json() as Mutable;
  change(json);
  const result = safeParsePlan(json);
  if (result.success) throw new Error("expected the plan to be rejected");
  return result.error.issues.map(({ path, code }) => ({ path, code }));
}

describe("the version-2 model", () => {
  it("reads a document that uses every version-2 part, and writes it back the same", () => {
    const plan = parsePlan(v2Json());
    expect(plan.schemaVersion).toBe(2);
    expect(plan.header.coIssuerIds).toEqual(["tdtn"]);
    expect(plan.header.issuedYear).toBe(2025);
    expect(plan.units.find((u) => u.id === "bao-ct")?.outlet?.media).toEqual(["print", "radio", "television"]);
    expect(plan.channels[0]!.quotas[2]!.owedBy?.minMemberCount).toBe(100);
    expect(plan.channels[0]!.activities[0]!.outletIds).toEqual(["cttdt"]);
    expect(plan.responsibilities[0]!.duties[0]!.unitIds).toEqual(["bld", "hdnd"]);
    expect(plan.signatory?.authority.map((a) => a.mode)).toEqual(["TM", "KT"]);
    expect(plan.budget?.sections[0]!.lines[2]!.cap).toBe(true);
    expect(plan.provenance?.kind).toBe("excerpt");
    expect(parsePlan(planToJSON(plan))).toEqual(plan);
    expect(planToJSON(plan).schemaVersion).toBe(2);
  });

  it("lists that version 2 adds read as empty where a document leaves them out", () => {
    const plan = parsePlan(minimalPlanJson());
    expect([plan.objectives, plan.tasks, plan.slogans, plan.scope, plan.appendices, plan.coSignatories, plan.header.coIssuerIds]).toEqual([[], [], [], [], [], [], []]);
    expect(plan.channels[0]!.activities[0]!.outletIds).toEqual([]);
    expect(plan.responsibilities[0]!.duties[0]!.unitIds).toEqual([]);
    expect(plan.provenance).toBeUndefined();
  });

  it("checks every reference version 2 adds, at its path", () => {
    expect(issuesOf((p) => (p.header.coIssuerIds = ["nobody"]))).toEqual([{ path: ["header", "coIssuerIds", 0], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.header.legalBases[0].issuerId = "nobody"))).toEqual([{ path: ["header", "legalBases", 0, "issuerId"], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.units[7].successorIds = ["nobody"]))).toEqual([{ path: ["units", 7, "successorIds", 0], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.units[7].validFrom = "2025-07-01"))).toEqual([{ path: ["units", 7, "validTo"], code: "invalid_window" }]);
    expect(issuesOf((p) => (p.channels[0].quotas[2].owedBy.unitIds = ["nobody"]))).toEqual([{ path: ["channels", 0, "quotas", 2, "owedBy", "unitIds", 0], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.channels[0].activities[0].outletIds = ["btg"]))).toEqual([{ path: ["channels", 0, "activities", 0, "outletIds", 0], code: "wrong_reference_kind" }]);
    expect(issuesOf((p) => (p.responsibilities[0].duties[0].unitIds = ["nobody"]))).toEqual([{ path: ["responsibilities", 0, "duties", 0, "unitIds", 0], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.funding.provisions[1].sourceIds = ["central", "nobody"]))).toEqual([{ path: ["funding", "provisions", 1, "sourceIds", 1], code: "unknown_reference" }]);
    expect(issuesOf((p) => delete p.funding.provisions[1].sourceIds)).toEqual([{ path: ["funding", "provisions", 1, "sourceId"], code: "missing" }]);
    expect(issuesOf((p) => (p.budget.sections[0].lines[1].fundingSourceId = "regular"))).toEqual([{ path: ["budget", "sections", 0, "lines", 1, "fundingSourceId"], code: "invalid_value" }]);
    expect(issuesOf((p) => (p.budget.sections[0].lines[1].funding[1].sourceId = "nobody"))).toEqual([{ path: ["budget", "sections", 0, "lines", 1, "funding", 1, "sourceId"], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.objectives[0].indicators[0].population.scopeUnitIds = ["nobody"]))).toEqual([{ path: ["objectives", 0, "indicators", 0, "population", "scopeUnitIds", 0], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.appendices[0].items[0].unitIds = ["nobody"]))).toEqual([{ path: ["appendices", 0, "items", 0, "unitIds", 0], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.coSignatories[0].unitId = "nobody"))).toEqual([{ path: ["coSignatories", 0, "unitId"], code: "unknown_reference" }]);
    expect(issuesOf((p) => (p.window = { start: "2018-01-01", end: "2017-12-31" }))).toEqual([{ path: ["window", "end"], code: "invalid_window" }]);
    expect(issuesOf((p) => (p.objectives[1] = { id: "o1", text: "Trùng.", indicators: [] }))).toEqual([{ path: ["objectives", 1, "id"], code: "duplicate_id" }]);
  });

  it("follows the real structure of the union: a district federation under a province, a sector union under a province, a Ban Thường vụ under any federation", () => {
    const withUnit = (unit: Record<string, unknown>) => {
      const json = v2Json() as Mutable;
      json.units.push(unit);
      return safeParsePlan(json);
    };
    expect(withUnit({ id: "cdn", name: "CĐ ngành Y tế tỉnh", kind: "sector-union", parentId: "ldld", level: "province" }).success).toBe(true);
    expect(withUnit({ id: "btv", name: "Ban Thường vụ LĐLĐ huyện", kind: "presidium", parentId: "ldld-h" }).success).toBe(true);
    expect(withUnit({ id: "bch-cs", name: "BCH CĐCS", kind: "executive-committee", parentId: "cdcs" }).success).toBe(true);
    const wrong = withUnit({ id: "h2", name: "LĐLĐ huyện", kind: "district-federation", parentId: "tld" });
    expect(wrong.success ? [] : wrong.error.issues.map((i) => i.code)).toEqual(["invalid_parent_kind"]);
    const council = withUnit({ id: "h3", name: "HĐND xã", kind: "peoples-council", parentId: "tld" });
    expect(council.success ? [] : council.error.issues.map((i) => [i.path, i.code])).toEqual([[["units", 13, "parentId"], "invalid_parent_kind"]]);
  });

  it("reads a plan that gives no time and no signature (an excerpt, a news report), and no document title", () => {
    const json = v2Json() as Mutable;
    delete json.window;
    json.phases = [];
    for (const q of json.channels[0].quotas) delete q.phaseId;
    delete json.reporting[0].phaseId;
    delete json.signatory;
    delete json.header.title;
    const plan = parsePlan(json);
    expect([plan.window, plan.signatory, plan.header.title, plan.phases.length]).toEqual([undefined, undefined, undefined, 0]);
    expect(parsePlan(planToJSON(plan))).toEqual(plan);
  });

  it("names each unit kind in Vietnamese in its messages", () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNIT_KINDS), (kind) => {
        const json = v2Json() as Mutable;
        json.units.push({ id: "x", name: "X", kind, outlet: { kind: "magazine", electronicEdition: false } });
        const result = safeParsePlan(json);
        const issue = result.success ? undefined : result.error.issues.find((i) => i.code === "outlet_mismatch");
        if (kind === "press-outlet") {
          expect(issue).toBeUndefined();
        } else {
          expect(issue?.messageVi).toBeDefined();
          expect(issue!.messageVi).not.toContain(kind);
        }
      }),
    );
  });

  it("gives a JSON Schema that accepts the version-2 document and what it adds", async () => {
    const { default: Ajv } = await import("ajv/dist/2020.js");
    const ajv = new Ajv({ strict: false, allErrors: true });
    const { default: addFormats } = await import("ajv-formats");
    addFormats(ajv);
    const validate = ajv.compile(planJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(v2Json()))), JSON.stringify(validate.errors)).toBe(true);
    const bad = v2Json() as Mutable;
    bad.provenance.kind = "rumour";
    expect(validate(bad)).toBe(false);
  });
});
