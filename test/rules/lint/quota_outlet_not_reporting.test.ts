import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { reference, clean, run, pathsOf } from "./_lib/fixtures.js";

describe("quota_outlet_not_reporting on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("names the outlets that send no monthly report: the bulletins, the portal and the websites, the broadcasters", () => {
    expect(findings.filter((f) => f.code === "quota_outlet_not_reporting").map((f) => f.details?.["outletIds"])).toEqual([
      "ban-tin-ldld",
      "cong-thong-tin-cdvn, website-ldld",
      "vtv, ttxvn, vov",
    ]);
  });
});

describe("quota_outlet_not_reporting: triggered by a small change and not triggered without it", () => {
  it("quota_outlet_not_reporting, unless the outlet, a unit above it or a group of its kind reports", () => {
    const findings = run(clean((j) => j.reporting[0].reportingUnitIds.pop()), "quota_outlet_not_reporting");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 1]]);
    expect(findings[0]?.details).toEqual({ quotaId: "q-tv", outletIds: "vtv", outlets: "1" });
    const underFederation = clean((j) => {
      j.units.push({ id: "web", name: "Trang thông tin điện tử LĐLĐ", kind: "press-outlet", parentId: "ldld", outlet: { kind: "website", electronicEdition: false } });
      j.channels[0].quotas.push({ id: "q-web", min: 2, per: "week", itemKinds: ["article"], outletIds: [], outletKinds: ["website"], requireOnlineCopy: false });
    });
    expect(run(underFederation, "quota_outlet_not_reporting")).toEqual([]);
    const group = clean((j) => {
      j.units.push({ id: "dailies", name: "Các nhật báo", kind: "press-outlet", parentId: "tld", group: true, outlet: { kind: "daily", electronicEdition: true } });
      j.reporting[0].reportingUnitIds = ["ldld", "dailies", "vtv"];
    });
    expect(run(group, "quota_outlet_not_reporting")).toEqual([]); // bld is a daily under tld: the group reports for it
  });
});

describe("quota_outlet_not_reporting on a quota owed by contributing units (version 2, owedBy)", () => {
  const owed = (owedBy: object, reporters?: string[]) =>
    clean((j) => {
      j.units.push(
        { id: "cd-nganh", name: "Công đoàn ngành Trung ương", shortName: "CĐ ngành TW", kind: "sector-union", parentId: "tld", group: true },
        { id: "web", name: "Trang thông tin điện tử", kind: "portal", outlet: { kind: "portal", electronicEdition: false } },
      );
      j.channels[0].quotas.push({ id: "q-owed", min: 1, per: "week", itemKinds: ["news"], outletIds: ["web"], owedBy, requireOnlineCopy: false });
      if (reporters !== undefined) j.reporting[0].reportingUnitIds.push(...reporters);
    });

  it("asks the units that owe the quota to report, not the outlet that publishes", () => {
    const findings = run(owed({ unitKinds: ["sector-union"] }), "quota_outlet_not_reporting");
    expect(findings.map((f) => [f.path, f.details])).toEqual([[["channels", 0, "quotas", 2], { quotaId: "q-owed", unitIds: "cd-nganh", units: "1" }]]);
    expect(findings[0]?.messageVi).toContain("giao cho CĐ ngành TW nhưng đơn vị này không có nhiệm vụ báo cáo định kỳ");
    expect(findings[0]?.message).toContain("is owed by CĐ ngành TW, which sends no periodic report");
    // The sector unions report: found nothing, though the portal does not report.
    expect(run(owed({ unitKinds: ["sector-union"] }, ["cd-nganh"]), "quota_outlet_not_reporting")).toEqual([]);
    // Owed by the federations, which report monthly.
    expect(run(owed({ unitIds: ["ldld"] }), "quota_outlet_not_reporting")).toEqual([]);
  });
});
