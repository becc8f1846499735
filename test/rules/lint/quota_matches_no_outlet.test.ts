import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("quota_matches_no_outlet: triggered by a small change and not triggered without it", () => {
  it("quota_matches_no_outlet", () => {
    const findings = run(clean((j) => (j.channels[0].quotas[0].outletKinds = ["magazine"])), "quota_matches_no_outlet");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 0]]);
    expect(findings[0]?.details).toEqual({ quotaId: "q-daily", outletKinds: "magazine", outletIds: "" });
    expect(findings[0]?.messageVi).toContain("tạp chí");
    const withMagazine = clean((j) => {
      j.channels[0].quotas[0].outletKinds = ["magazine"];
      j.units.push({ id: "tc", name: "Tạp chí", kind: "press-outlet", parentId: "tld", outlet: { kind: "magazine", electronicEdition: true } });
      j.reporting[0].reportingUnitIds.push("tc");
      j.channels[0].activities[0].executingUnitIds.push("tc");
    });
    expect(lintPlan(withMagazine)).toEqual([]);
  });

  it("names a quota without a description by its label, never by its id", () => {
    const findings = run(
      clean((j) => {
        j.channels[0].quotas[0].outletKinds = ["magazine"];
        delete j.channels[0].quotas[0].description;
      }),
      "quota_matches_no_outlet",
    );
    expect(findings).toHaveLength(1);
    for (const text of [findings[0]!.message, findings[0]!.messageVi]) {
      expect(text).not.toContain("q-daily");
      expect(text).toContain("Tạp chí: tối thiểu");
    }
  });
});

describe("quota_matches_no_outlet on a quota owed by contributing units (version 2, owedBy)", () => {
  const owed = (quota: object) => clean((j) => j.channels[0].quotas.push({ id: "q-owed", min: 1, per: "month", itemKinds: ["news"], owedBy: { unitIds: ["ldld"] }, requireOnlineCopy: false, ...quota }));

  it("needs no outlet when the quota names none (the items may go to a unit)", () => {
    expect(run(owed({ outletIds: [], outletKinds: [] }), "quota_matches_no_outlet")).toEqual([]);
  });

  it("still finds outlets that the quota names and the plan does not have", () => {
    const findings = run(owed({ outletIds: [], outletKinds: ["portal"] }), "quota_matches_no_outlet");
    expect(findings.map((f) => [f.path, f.details])).toEqual([[["channels", 0, "quotas", 2], { quotaId: "q-owed", outletKinds: "portal", outletIds: "" }]]);
  });
});
