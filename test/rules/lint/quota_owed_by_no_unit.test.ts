import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quotaDebtors } from "../../../src/index.js";
import { clean, pathsOf, reference, run } from "./_lib/fixtures.js";

/** The clean plan with a quota owed by `owedBy` and, under the federations, the grassroots unions `units`. */
const owed = (owedBy: object, units: object[] = []) =>
  clean((j) => {
    j.schemaVersion = 2;
    j.units.push(...units.map((u, k) => ({ id: `cdcs-${k}`, name: `CĐCS ${k}`, kind: "grassroots-union", parentId: "ldld", ...u })));
    j.channels[0].quotas.push({ id: "q-owed", min: 1, per: "month", itemKinds: ["news"], outletIds: ["bld"], owedBy, requireOnlineCopy: false });
  });
const AT = ["channels", 0, "quotas", 2, "owedBy"];

describe("quota_owed_by_no_unit", () => {
  it("finds an owedBy that names no unit and no unit kind", () => {
    const findings = run(owed({ text: "mỗi đơn vị" }), "quota_owed_by_no_unit");
    expect(findings.map((f) => [f.severity, f.path, f.details])).toEqual([["warning", AT, { quotaId: "q-owed", unitKinds: "", candidates: "0" }]]);
    expect(findings[0]?.messageVi).toMatch(/không giao được cho đơn vị nào của kế hoạch \("mỗi đơn vị"\): không nêu đơn vị hay loại đơn vị nào$/);
  });

  it("finds unit kinds of which the plan has no unit", () => {
    const findings = run(owed({ unitKinds: ["grassroots-union", "district-federation"] }), "quota_owed_by_no_unit");
    expect(findings.map((f) => f.details)).toEqual([{ quotaId: "q-owed", unitKinds: "grassroots-union, district-federation", candidates: "0" }]);
    expect(findings[0]?.messageVi).toContain("kế hoạch không có đơn vị nào là công đoàn cơ sở hay LĐLĐ cấp huyện");
    expect(findings[0]?.message).toContain("no unit of the plan is a grassroots union or district federation");
    expect(run(owed({ unitKinds: ["grassroots-union"] }, [{}]), "quota_owed_by_no_unit")).toEqual([]);
  });

  it("selects by minMemberCount: a unit with so many members, or a group unit that gives no count; not a single unit that gives none", () => {
    const min = { unitKinds: ["grassroots-union"], minMemberCount: 100 };
    const none = run(owed(min, [{}, { memberCount: 99 }]), "quota_owed_by_no_unit");
    expect(none.map((f) => f.details)).toEqual([{ quotaId: "q-owed", unitKinds: "grassroots-union", candidates: "2", minMemberCount: "100" }]);
    expect(none[0]?.messageVi).toContain("không đơn vị nào trong 2 đơn vị thuộc loại đó được ghi là có từ 100 đoàn viên trở lên");
    expect(none[0]?.message).toContain("none of the 2 units of that kind is known to have at least 100 members");
    expect(run(owed(min, [{}, { memberCount: 100 }]), "quota_owed_by_no_unit")).toEqual([]);
    expect(run(owed(min, [{ group: true }]), "quota_owed_by_no_unit")).toEqual([]); // "các CĐCS": stands for all
    expect(pathsOf(run(owed(min, [{ group: true, memberCount: 50 }]), "quota_owed_by_no_unit"))).toEqual([AT]);
  });

  it("finds nothing for a quota owed by units named by id, whatever their members, or by its outlets", () => {
    expect(run(owed({ unitIds: ["ldld"], unitKinds: ["grassroots-union"], minMemberCount: 100 }), "quota_owed_by_no_unit")).toEqual([]);
    expect(run(clean(), "quota_owed_by_no_unit")).toEqual([]);
    expect(run(reference, "quota_owed_by_no_unit")).toEqual([]);
  });

  it("fires exactly when quotaDebtors selects no unit of the plan (property)", () => {
    const kindArb = fc.constantFrom("grassroots-union", "district-federation", "sector-union");
    const unitArb = fc.record(
      { kind: kindArb, memberCount: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }), group: fc.boolean() },
      { requiredKeys: ["kind"] },
    );
    const owedByArb = fc.record(
      {
        unitIds: fc.subarray(["ldld", "cdcs-0", "cdcs-1", "cdcs-2"]),
        unitKinds: fc.uniqueArray(kindArb, { maxLength: 2 }),
        minMemberCount: fc.integer({ min: 1, max: 300 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(owedByArb, fc.array(unitArb, { maxLength: 3 }), (owedBy, units) => {
        // A unit id that names no unit of the plan is no debtor (parsePlan would refuse it): only the ones there.
        const known = new Set(["ldld", ...units.map((_, k) => `cdcs-${k}`)]);
        const ids = owedBy.unitIds?.filter((id) => known.has(id));
        const plan = owed({ ...owedBy, ...(ids === undefined ? {} : { unitIds: ids }) }, units.map((u) => Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined))));
        const quota = plan.channels[0]!.quotas[2]!;
        const findings = run(plan, "quota_owed_by_no_unit");
        expect(pathsOf(findings)).toEqual(quotaDebtors(plan, quota).length === 0 ? [AT] : []);
      }),
      { numRuns: 150 },
    );
  });
});
