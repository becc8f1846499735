import { describe, expect, it } from "vitest";
import { expandDeadlines, parsePlan } from "../../../src/index.js";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { referencePlanJson } from "../../fixtures.js";
import { reference, clean, run, pathsOf } from "./_lib/fixtures.js";

describe("deadline_after_review on the reference plan (examples/vgcl-2017/plan.json)", () => {
  it("reports the May monthly reports after the review when they fall due on the 5th of the next month", () => {
    expect(run(reference, "deadline_after_review")).toEqual([]);
    const late = lintPlan(reference, { rules: ["deadline_after_review"], periodicDue: { dayOfNextPeriod: 5 } });
    expect(pathsOf(late)).toEqual([["reporting", 0, "window"]]);
    expect(late[0]?.details).toEqual({
      dutyId: "report-monthly",
      lateDeadlines: "8",
      lastDue: "2018-06-05",
      reviewId: "review-phase-1",
      reviewEnd: "2018-05-31",
      daysAfter: "5",
    });
  });
});

describe("deadline_after_review: triggered by a small change and not triggered without it", () => {
  it("deadline_after_review: periodic reports and a report due after the review", () => {
    const review = (end: string) => ({
      id: "review",
      kind: "review",
      description: "Sơ kết giai đoạn 1.",
      reportingUnitIds: [],
      window: { start: "2018-05-01", end },
      phaseId: "phase-1",
    });
    const early = run(clean((j) => j.reporting.push(review("2018-05-20"))), "deadline_after_review");
    expect(pathsOf(early)).toEqual([["reporting", 0]]);
    expect(early[0]?.details).toEqual({ dutyId: "monthly", lateDeadlines: "3", lastDue: "2018-05-31", reviewId: "review", reviewEnd: "2018-05-20", daysAfter: "11" });
    expect(run(clean((j) => j.reporting.push(review("2018-05-31"))), "deadline_after_review")).toEqual([]);
    const report = {
      id: "late-report",
      kind: "report",
      description: "Báo cáo sơ kết.",
      reportingUnitIds: ["ldld"],
      recipientUnitId: "tld",
      window: { start: "2018-06-01", end: "2018-06-30" },
      phaseId: "phase-1",
    };
    const after = run(clean((j) => j.reporting.push(review("2018-05-31"), report)), "deadline_after_review");
    expect(pathsOf(after)).toEqual([["reporting", 2, "window"]]);
    expect(after[0]?.details).toMatchObject({ dutyId: "late-report", lateDeadlines: "1", lastDue: "2018-06-30" });
    // Without a review there is nothing to be late for.
    expect(run(clean((j) => j.reporting.push(report)), "deadline_after_review")).toEqual([]);
  });
});

describe("deadline_after_review on a duty that runs for centuries (a mistyped year)", () => {
  const mistyped = (end: string) => {
    const json = referencePlanJson();
    json.reporting![0]!.window!.end = end;
    return parsePlan(json);
  };
  it("counts the late deadlines as expandDeadlines dates them, without listing them", () => {
    const plan = mistyped("2099-12-31");
    const [finding] = lintPlan(plan, { rules: ["deadline_after_review"] });
    const reviewEnd = finding!.details!["reviewEnd"]!;
    const late = expandDeadlines(plan, { maxDeadlines: 1_000_000 }).filter((d) => d.dutyId === plan.reporting[0]!.id && d.due > reviewEnd);
    expect(finding!.details!["lateDeadlines"]).toBe(String(late.length));
    expect(finding!.details!["lastDue"]).toBe(late.map((d) => d.due).sort().at(-1));
    for (const periodicDue of [{ dayOfNextPeriod: 5 }, "end-of-period"] as const) {
      const [f] = lintPlan(plan, { rules: ["deadline_after_review"], periodicDue });
      const expected = expandDeadlines(plan, { maxDeadlines: 1_000_000, periodicDue }).filter((d) => d.dutyId === plan.reporting[0]!.id && d.due > reviewEnd);
      expect(f!.details!["lateDeadlines"]).toBe(String(expected.length));
    }
  });

  it("is a finding, never too_many_periods", () => {
    const findings = lintPlan(mistyped("9999-12-31"));
    const finding = findings.find((f) => f.code === "deadline_after_review");
    expect(finding?.details?.["lastDue"]).toBe("9999-12-31");
    expect(Number(finding?.details?.["lateDeadlines"])).toBeGreaterThan(700_000);
  });
});
