import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan, type PlanJson } from "../../src/index.js";
import { evaluateQuota, type PublicationEvent } from "../../src/rules/evaluateQuota.js";
import { quotaDebtors, quotaOutlets } from "../../src/rules/quotaRule.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

/** An An Giang-like plan: district federations and sector unions owe the provincial portal; grassroots unions of 100 members or more too. */
const json: PlanJson = {
  schemaVersion: 2,
  id: "cong-ttdt",
  header: { subject: "Cổng thông tin điện tử", issuerId: "ldld" },
  units: [
    { id: "ldld", name: "LĐLĐ tỉnh An Giang", kind: "provincial-federation" },
    { id: "h1", name: "LĐLĐ huyện Châu Thành", kind: "district-federation", parentId: "ldld" },
    { id: "h2", name: "LĐLĐ huyện Thoại Sơn", kind: "district-federation", parentId: "ldld" },
    { id: "ng", name: "CĐ ngành Giáo dục", kind: "sector-union", parentId: "ldld" },
    { id: "cs-big", name: "CĐCS Công ty A", kind: "grassroots-union", parentId: "h1", memberCount: 320 },
    { id: "cs-small", name: "CĐCS Trường B", kind: "grassroots-union", parentId: "h1", memberCount: 35 },
    { id: "cs-unknown", name: "CĐCS C", kind: "grassroots-union", parentId: "h2" },
    { id: "cs-all", name: "Các CĐCS từ 100 đoàn viên", kind: "grassroots-union", parentId: "ldld", group: true },
    { id: "cong", name: "Cổng thông tin điện tử LĐLĐ tỉnh", shortName: "CTTĐT LĐLĐ tỉnh", kind: "portal", parentId: "ldld" },
    { id: "cdvn", name: "Cổng thông tin điện tử CĐVN", kind: "portal" },
  ],
  channels: [
    {
      id: "cong-ttdt",
      number: 1,
      title: "Cổng thông tin",
      quotas: [
        { id: "q-week", min: 1, per: "week", itemKinds: ["news", "article", "photo"], outletIds: ["cong"], owedBy: { unitKinds: ["district-federation", "sector-union"], text: "LĐLĐ cấp huyện, CĐ ngành" } },
        { id: "q-month", min: 1, per: "month", outletIds: ["cong"], owedBy: { unitKinds: ["grassroots-union"], minMemberCount: 100 } },
        { id: "q-named", min: 2, per: "month", outletIds: ["cong"], owedBy: { unitIds: ["cs-small", "h1"], unitKinds: ["district-federation"] } },
      ],
    },
  ],
};
const plan = parsePlan(json);
const [weekly, monthly, named] = plan.channels[0]!.quotas as [(typeof plan.channels)[0]["quotas"][0], (typeof plan.channels)[0]["quotas"][0], (typeof plan.channels)[0]["quotas"][0]];

describe("quotaDebtors", () => {
  it("gives the units of the kinds that owe, in the plan's order", () => {
    expect(quotaDebtors(plan, weekly).map((u) => u.id)).toEqual(["h1", "h2", "ng"]);
  });

  it("reads the condition on members: enough members owe, too few do not, an unknown count owes only for a group", () => {
    expect(quotaDebtors(plan, monthly).map((u) => u.id)).toEqual(["cs-big", "cs-all"]);
  });

  it("adds the units named by id whatever their count, each once", () => {
    expect(quotaDebtors(plan, named).map((u) => u.id)).toEqual(["h1", "h2", "cs-small"]);
  });

  it("is a quota's outlets when no unit owes it by contributing", () => {
    const reference = parsePlan(referencePlanJson());
    for (const quota of reference.channels.flatMap((c) => c.quotas)) expect(quotaDebtors(reference, quota)).toEqual(quotaOutlets(reference, quota));
  });

  it("owes exactly the units named or of a kind meeting the condition (property)", () => {
    const kinds = ["district-federation", "sector-union", "grassroots-union"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom(...kinds), members: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }), group: fc.boolean() }), { maxLength: 12 }),
        fc.subarray([...kinds]),
        fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        fc.array(fc.nat({ max: 11 }), { maxLength: 3 }),
        (specs, owingKinds, least, picked) => {
          const units = specs.map((s, i) => ({ id: `u${i}`, name: `U${i}`, kind: s.kind, group: s.group, ...(s.members === undefined ? {} : { memberCount: s.members }) }));
          const unitIds = [...new Set(picked.filter((i) => i < units.length).map((i) => `u${i}`))];
          const rule = { min: 1, per: "week" as const, owedBy: { unitIds, unitKinds: owingKinds, ...(least === undefined ? {} : { minMemberCount: least }) } };
          const got = quotaDebtors({ units } as never, rule).map((u) => u.id);
          const expected = units
            .filter((u) => unitIds.includes(u.id) || ((owingKinds as string[]).includes(u.kind) && (least === undefined || ("memberCount" in u ? (u.memberCount as number) >= least : u.group))))
            .map((u) => u.id);
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it("refuses what is not a plan or a rule", () => {
    expect(thrownIssues(() => quotaDebtors(plan, null as never))).toEqual([{ path: ["rule"], code: "invalid_type" }]);
    expect(thrownIssues(() => quotaDebtors({} as never, weekly))).toEqual([{ path: ["plan", "units"], code: "missing" }]);
    expect(thrownIssues(() => quotaDebtors(plan, { min: 1, per: "week", owedBy: { unitKinds: "grassroots-union" as never } }))).toEqual([{ path: ["rule", "owedBy", "unitKinds"], code: "invalid_type" }]);
  });
});

describe("evaluateQuota by unit (a quota owed by contributing units)", () => {
  const window = { start: "2025-01-06", end: "2025-02-02" }; // four ISO weeks
  const debtors = quotaDebtors(plan, weekly);
  const sent = (unitId: string | undefined, at: string, outletId = "cong"): PublicationEvent => ({ outletId, at, kind: "news", ...(unitId === undefined ? {} : { unitId }) });

  it("counts each item for the unit that sent it, only in the outlets the quota names", () => {
    const events = [sent("h1", "2025-01-07"), sent("h1", "2025-01-14"), sent("ng", "2025-01-08"), sent("h2", "2025-01-09", "cdvn"), sent(undefined, "2025-01-10"), sent("cs-big", "2025-01-11")];
    const result = evaluateQuota(weekly, events, { window, outlets: debtors, by: "unit" });
    expect(result.outlets.map((o) => [o.outletId, o.counted, o.metToDate, o.requiredToDate])).toEqual([
      ["h1", 2, 2, 4],
      ["h2", 0, 0, 4],
      ["ng", 1, 1, 4],
    ]);
    expect(result.rejected.map((r) => [r.index, r.reason])).toEqual([
      [3, "unknown_outlet"],
      [4, "unknown_unit"],
      [5, "unknown_unit"],
    ]);
  });

  it("gives what an evaluation by outlet gives when each unit is its own outlet (property)", () => {
    const ids = debtors.map((u) => u.id);
    fc.assert(
      fc.property(fc.array(fc.record({ unit: fc.constantFrom(...ids), day: fc.integer({ min: 0, max: 27 }) }), { maxLength: 60 }), (items) => {
        const at = (d: number) => new Date(Date.UTC(2025, 0, 6 + d)).toISOString().slice(0, 10);
        const byUnit = evaluateQuota(weekly, items.map((e) => sent(e.unit, at(e.day))), { window, outlets: ids, by: "unit" });
        const asOutlets = evaluateQuota({ ...weekly, outletIds: ids }, items.map((e) => ({ outletId: e.unit, at: at(e.day), kind: "news" as const })), { window, outlets: ids });
        expect(byUnit.outlets).toEqual(asOutlets.outlets);
        expect(byUnit.outlets.reduce((s, o) => s + o.counted, 0)).toBe(items.length);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses an unknown way of owing", () => {
    expect(thrownIssues(() => evaluateQuota(weekly, [], { window, by: "person" as never }))).toEqual([{ path: ["by"], code: "invalid_value" }]);
  });
});
