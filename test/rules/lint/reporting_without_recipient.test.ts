import { describe, expect, it } from "vitest";
import { clean, run } from "./_lib/fixtures.js";

describe("reporting_without_recipient: triggered by a small change and not triggered without it", () => {
  it("reporting_without_recipient, but not for a review", () => {
    const plan = clean((j) => delete j.reporting[0].recipientUnitId);
    expect(run(plan, "reporting_without_recipient")[0]).toMatchObject({ path: ["reporting", 0, "recipientUnitId"], details: { dutyId: "monthly", kind: "periodic-report" } });
    const review = clean((j) =>
      j.reporting.push({ id: "review", kind: "review", description: "Sơ kết.", reportingUnitIds: [], phaseId: "phase-1" }),
    );
    expect(run(review, "reporting_without_recipient")).toEqual([]);
  });
});
