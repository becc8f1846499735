import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { reference, clean, run, pathsOf, LINE } from "./_lib/fixtures.js";

describe("budget_line_without_lead on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("finds the award line without a lead", () => {
    expect(findings.find((f) => f.code === "budget_line_without_lead")?.details).toEqual({ lineId: "budget-iii-giai-thuong", coordinatingUnitIds: "doi-tac" });
  });
});

describe("budget_line_without_lead: triggered by a small change and not triggered without it", () => {
  it("budget_line_without_lead, unless its activity names one", () => {
    const noLead = (activityLead: string[]) =>
      clean((j) => {
        j.budget.sections[0].lines[0].leadUnitIds = [];
        j.budget.sections[0].lines[0].coordinatingUnitIds = ["media-co"];
        j.channels[0].activities[0].leadUnitIds = activityLead;
      });
    const findings = run(noLead([]), "budget_line_without_lead");
    expect(pathsOf(findings)).toEqual([[...LINE, "leadUnitIds"]]);
    expect(findings[0]?.details).toEqual({ lineId: "l1", coordinatingUnitIds: "media-co" });
    expect(run(noLead(["btg"]), "budget_line_without_lead")).toEqual([]);
  });
});
