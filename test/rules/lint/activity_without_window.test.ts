import { lintPlan } from "../../../src/rules/lintPlan.js";
import { describe, expect, it } from "vitest";
import { clean, run, pathsOf, COLUMN, cleanWithoutPhases } from "./_lib/fixtures.js";

describe("activity_without_window: triggered by a small change and not triggered without it", () => {
  it("activity_without_window, unless a budget line dates it", () => {
    const undated = clean((j) => delete j.channels[0].activities[0].window);
    expect(pathsOf(run(undated, "activity_without_window"))).toEqual([[...COLUMN, "window"]]);
    const byLine = clean((j) => {
      delete j.channels[0].activities[0].window;
      j.budget.sections[0].lines[0].window = { start: "2017-07-01", end: "2018-05-31" };
    });
    expect(run(byLine, "activity_without_window")).toEqual([]);
  });
});

describe("activity_without_window on version 2: what else says when an activity runs", () => {
  const undated = (change: (json: any) => void = () => {}) =>
    clean((j) => {
      delete j.channels[0].activities[0].window;
      change(j);
    });

  it("takes a deadline (dueOn) or the time as the document writes it (windowText, dueText) as a time", () => {
    expect(pathsOf(run(undated(), "activity_without_window"))).toEqual([[...COLUMN, "window"]]);
    expect(run(undated((j) => (j.channels[0].activities[0].dueOn = "2018-01-15")), "activity_without_window")).toEqual([]);
    expect(run(undated((j) => (j.channels[0].activities[0].windowText = "thường xuyên")), "activity_without_window")).toEqual([]);
    expect(run(undated((j) => (j.channels[0].activities[0].dueText = "trước tối 30 Tết")), "activity_without_window")).toEqual([]);
  });

  it("dates an undated activity by the plan's own window, open or not", () => {
    const noPhases = (window?: { start: string; end?: string }) => cleanWithoutPhases((j) => delete j.channels[0].activities[0].window, window);
    expect(run(noPhases(), "activity_without_window")).toEqual([]);
    expect(run(noPhases({ start: "2017-07-01" }), "activity_without_window")).toEqual([]);
    // A plan with phases and a window of its own: the window dates it too.
    expect(run(undated((j) => ((j.schemaVersion = 2), (j.window = { start: "2017-07-01", end: "2018-05-31" }))), "activity_without_window")).toEqual([]);
  });

  it("leaves a plan that gives no time to plan_without_window: one finding, not one per activity", () => {
    const none = cleanWithoutPhases((j) => {
      delete j.window;
      delete j.channels[0].activities[0].window;
      j.channels[0].activities.push({ ...j.channels[0].activities[0], id: "second", title: "Hoạt động thứ hai" });
    });
    expect(run(none, "activity_without_window")).toEqual([]);
    expect(pathsOf(lintPlan(none, { rules: ["plan_without_window", "activity_without_window"] }))).toEqual([["window"]]);
  });
});
