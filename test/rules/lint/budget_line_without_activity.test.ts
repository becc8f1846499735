import { describe, expect, it } from "vitest";
import { clean, run, LINE } from "./_lib/fixtures.js";

describe("budget_line_without_activity: triggered by a small change and not triggered without it", () => {
  it("budget_line_without_activity", () => {
    const findings = run(clean((j) => delete j.budget.sections[0].lines[0].activityId), "budget_line_without_activity");
    expect(findings).toMatchObject([{ path: [...LINE, "activityId"], details: { lineId: "l1" }, severity: "info" }]);
  });
});
