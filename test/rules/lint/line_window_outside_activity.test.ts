import { describe, expect, it } from "vitest";
import { clean, run, pathsOf, LINE } from "./_lib/fixtures.js";

describe("line_window_outside_activity: triggered by a small change and not triggered without it", () => {
  it("line_window_outside_activity", () => {
    const plan = (lineWindow: object) =>
      clean((j) => {
        j.channels[0].activities[0].window = { start: "2017-07-01", end: "2017-12-31" };
        j.budget.sections[0].lines[0].window = lineWindow;
      });
    const findings = run(plan({ start: "2018-01-01", end: "2018-01-31" }), "line_window_outside_activity");
    expect(pathsOf(findings)).toEqual([[...LINE, "window"]]);
    expect(findings[0]?.details).toEqual({ start: "2018-01-01", end: "2018-01-31", activityId: "column", activityStart: "2017-07-01", activityEnd: "2017-12-31" });
    expect(run(plan({ start: "2017-08-01", end: "2017-09-30" }), "line_window_outside_activity")).toEqual([]);
  });
});
