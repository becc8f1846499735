import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("unit_without_work: triggered by a small change and not triggered without it", () => {
  it("unit_without_work", () => {
    const plan = (work: boolean) =>
      clean((j) => {
        j.units.push({ id: "ban-tc", name: "Ban Tài chính", kind: "department", parentId: "tld" });
        j.responsibilities.push({ id: "resp-2", title: "Ban Tài chính", unitIds: ["ban-tc"], duties: [{ id: "duty-2", text: "Cấp kinh phí.", activityIds: [] }] });
        j.recipients.push({ id: "rcpt-3", text: "Ban Tài chính", unitIds: ["ban-tc"] });
        if (work) j.channels[0].activities[0].coordinatingUnitIds.push("ban-tc");
      });
    const findings = run(plan(false), "unit_without_work");
    expect(pathsOf(findings)).toEqual([["responsibilities", 1, "unitIds", 0]]);
    expect(findings[0]?.details).toEqual({ unitId: "ban-tc", responsibilityId: "resp-2" });
    expect(lintPlan(plan(true))).toEqual([]);
  });
});
