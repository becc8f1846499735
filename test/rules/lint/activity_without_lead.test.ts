import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { reference, clean, run, pathsOf } from "./_lib/fixtures.js";

describe("activity_without_lead on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("finds the activities without a lead", () => {
    expect(findings.filter((f) => f.code === "activity_without_lead").map((f) => f.details?.["activityId"])).toEqual([
      "c2-trung-uong-chuong-trinh",
      "c2-dia-phuong",
      "c3-trinh-chieu-truc-tuyen",
      "c3-lan-toa-fanpage",
      "c6-quang-ba",
    ]);
  });
});

describe("activity_without_lead: triggered by a small change and not triggered without it", () => {
  it("activity_without_lead, unless a budget line or a duty of part V assigns it", () => {
    const events = { id: "events", title: "Sự kiện", window: { start: "2017-09-01", end: "2017-09-30" }, leadUnitIds: [], executingUnitIds: ["ldld"], coordinatingUnitIds: [], targets: [], notes: [] };
    const findings = run(clean((j) => j.channels[0].activities.push(events)), "activity_without_lead");
    expect(pathsOf(findings)).toEqual([["channels", 0, "activities", 1, "leadUnitIds"]]);
    expect(findings[0]?.details).toEqual({ activityId: "events", executingUnits: "1", executingUnitIds: "ldld" });
    const byDuty = clean((j) => {
      j.channels[0].activities.push(events);
      j.responsibilities[0].duties.push({ id: "duty-2", text: "Tổ chức sự kiện.", activityIds: ["events"] });
    });
    expect(run(byDuty, "activity_without_lead")).toEqual([]);
    const byLine = clean((j) => {
      j.channels[0].activities.push(events);
      j.budget.sections[0].lines[0].activityId = "events";
    });
    expect(run(byLine, "activity_without_lead")).toEqual([]);
    // Without its own lead, the column is still assigned by the duty and the budget line that name it.
    expect(run(clean((j) => (j.channels[0].activities[0].leadUnitIds = [])), "activity_without_lead")).toEqual([]);
    expect(run(clean(), "activity_without_lead")).toEqual([]);
  });
});
