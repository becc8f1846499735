import { describe, expect, it } from "vitest";
import { clean, run, pathsOf, COLUMN } from "./_lib/fixtures.js";

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
