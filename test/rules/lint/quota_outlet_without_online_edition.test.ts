import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { reference, clean, run, pathsOf } from "./_lib/fixtures.js";

describe("quota_outlet_without_online_edition on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("names the outlets: Lao động Nghệ An and the bulletins have no electronic edition", () => {
    const [finding] = findings.filter((f) => f.code === "quota_outlet_without_online_edition");
    expect(finding?.details).toMatchObject({ quotaId: "quota-press-weekly", outletIds: "lao-dong-nghe-an, ban-tin-ldld", outlets: "2" });
  });
});

describe("quota_outlet_without_online_edition: triggered by a small change and not triggered without it", () => {
  it("quota_outlet_without_online_edition", () => {
    const findings = run(clean((j) => (j.units[3].outlet.electronicEdition = false)), "quota_outlet_without_online_edition");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 0, "requireOnlineCopy"]]);
    expect(findings[0]?.details).toEqual({ quotaId: "q-daily", outletIds: "bld", outlets: "1" });
    const notRequired = clean((j) => {
      j.units[3].outlet.electronicEdition = false;
      j.channels[0].quotas[0].requireOnlineCopy = false;
    });
    expect(run(notRequired, "quota_outlet_without_online_edition")).toEqual([]);
  });
});
