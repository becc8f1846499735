import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandDeadlines, parsePlan } from "../../../src/index.js";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { referencePlanJson } from "../../fixtures.js";
import { reference, clean, run, pathsOf, cleanWithoutPhases } from "./_lib/fixtures.js";

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

describe("deadline_after_review on version-2 duties", () => {
  const review = (due: string) => ({ id: "review", kind: "review", description: "Sơ kết.", reportingUnitIds: [], dueOn: due });

  it("dates a one-off report by its due day, and a review too", () => {
    const report = { id: "late-report", kind: "report", description: "Báo cáo kết quả.", reportingUnitIds: ["ldld"], recipientUnitId: "tld", dueOn: "2018-06-15" };
    const findings = run(clean((j) => j.reporting.push(review("2018-05-31"), report)), "deadline_after_review");
    expect(pathsOf(findings)).toEqual([["reporting", 2, "dueOn"]]);
    expect(findings[0]?.details).toEqual({ dutyId: "late-report", lateDeadlines: "1", lastDue: "2018-06-15", reviewId: "review", reviewEnd: "2018-05-31", daysAfter: "15" });
    expect(findings[0]?.messageVi).toContain("hạn muộn nhất ngày 15/06/2018");
  });

  it("dates a periodic duty of a plan without phases by the plan's own window", () => {
    const early = run(cleanWithoutPhases((j) => j.reporting.push(review("2018-05-20"))), "deadline_after_review");
    expect(pathsOf(early)).toEqual([["reporting", 0]]);
    expect(early[0]?.details).toMatchObject({ dutyId: "monthly", lateDeadlines: "3", lastDue: "2018-05-31", reviewEnd: "2018-05-20" });
    // Over an open window the monthly reports run on: nothing to count.
    expect(run(cleanWithoutPhases((j) => j.reporting.push(review("2018-05-20")), { start: "2017-07-01" }), "deadline_after_review")).toEqual([]);
  });

  it("reads the plan's due day (“trước ngày 05 hằng tháng”), as expandDeadlines does", () => {
    const fifth = run(clean((j) => ((j.reporting[0].due = { day: 5 }), j.reporting.push({ ...review("2018-05-31"), phaseId: "phase-1" }))), "deadline_after_review");
    expect(fifth[0]?.details).toMatchObject({ dutyId: "monthly", lateDeadlines: "3", lastDue: "2018-06-05", daysAfter: "5" });
  });

  it("counts the late deadlines of every period and due rule exactly as expandDeadlines dates them", () => {
    const due = fc.oneof(
      fc.constant(undefined),
      fc.record({ day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({ day: fc.integer({ min: 1, max: 31 }), month: fc.integer({ min: 1, max: 12 }) }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom("week", "month", "quarter", "half-year", "year"),
        due,
        fc.option(fc.constantFrom("previous-period", "current-period"), { nil: undefined }),
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: 0, max: 8000 }),
        (every, rule, covers, reviewDay, length) => {
          if (every === "week" && rule !== undefined) return;
          const start = Date.UTC(2017, 6, 1);
          const day = (n: number) => new Date(start + n * 86_400_000).toISOString().slice(0, 10);
          const reviewEnd = day(Math.min(reviewDay, length));
          const plan = clean((j) => {
            Object.assign(j.reporting[0], { every, window: { start: "2017-07-01", end: day(length) } }, rule === undefined ? {} : { due: rule }, covers === undefined ? {} : { covers });
            j.reporting.push(review(reviewEnd));
          });
          const expected = expandDeadlines(plan).filter((d) => d.dutyId === "monthly" && d.due > reviewEnd);
          const [finding] = run(plan, "deadline_after_review");
          expect(finding?.details?.["lateDeadlines"] ?? "0").toBe(String(expected.length));
          if (expected.length > 0) expect(finding?.details?.["lastDue"]).toBe(expected.map((d) => d.due).sort().at(-1));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("skips a duty that expandDeadlines cannot date (a day of the month on a weekly report), never throwing", () => {
    const weekly = clean((j) => (Object.assign(j.reporting[0], { every: "week", due: { day: 5 } }), j.reporting.push(review("2018-01-01"))));
    expect(() => expandDeadlines(weekly)).toThrow();
    expect(run(weekly, "deadline_after_review")).toEqual([]);
    expect(() => lintPlan(weekly)).not.toThrow();
  });
});
