import fc from "fast-check";
import { thrownIssues } from "../thrownIssues.js";
import { describe, expect, it } from "vitest";
import { expandDeadlines, PlanError, parsePlan, type Finding, type Plan } from "../../src/index.js";
import { lintPlan } from "../../src/rules/lintPlan.js";
import { LINT_RULES, type LintRuleCode } from "../../src/rules/lintRules.js";
import { isoDateArb, planJsonArb, windowArb } from "../arbitraries.js";
import { minimalPlanJson, referencePlanJson } from "../fixtures.js";

const reference = parsePlan(referencePlanJson());
const CODES = LINT_RULES.map((r) => r.code);

/** The reference plan with a change made to its JSON. */
function changedReference(change: (json: any) => void): Plan {
  const json = referencePlanJson() as any;
  change(json);
  return parsePlan(json);
}

/**
 * The minimal plan made to pass every rule: numbered and dated, the broadcaster reports monthly, the
 * Ban Tuyên giáo receives the plan, the media company coordinates the column.
 */
function cleanJson(): any {
  const json: any = minimalPlanJson();
  Object.assign(json.header, { documentType: "KH", documentNumber: "12", issuerCode: "TLĐ", issuedOn: "2017-07-10" });
  json.reporting[0].reportingUnitIds.push("vtv");
  json.recipients.push({ id: "rcpt-2", text: "Lưu: VT, BTG.", unitIds: ["btg"] });
  json.channels[0].activities[0].coordinatingUnitIds = ["media-co"];
  return json;
}

/** The clean plan with a change made to its JSON. */
function clean(change: (json: any) => void = () => {}): Plan {
  const json = cleanJson();
  change(json);
  return parsePlan(json);
}

/** The findings of one rule. */
const run = (plan: Plan, code: LintRuleCode): readonly Finding[] => lintPlan(plan, { rules: [code] });
const pathsOf = (findings: readonly Finding[]) => findings.map((f) => f.path);

/** Sets the royalty line of the minimal plan to `n` articles, keeping every total consistent. */
function articles(json: any, n: number): void {
  const line = json.budget.sections[0].lines[0];
  const amount = n * 100_000;
  line.product = { ...line.product, description: `${n} bài`, quantity: n };
  line.amount = amount;
  json.budget.sections[0].declaredTotal = amount;
  json.budget.declaredTotal = amount;
}

const LINE = ["budget", "sections", 0, "lines", 0] as const;
const COLUMN = ["channels", 0, "activities", 0] as const;

describe("the catalogue LINT_RULES", () => {
  it("has unique snake_case codes with non-empty English and Vietnamese texts", () => {
    expect(new Set(CODES).size).toBe(CODES.length);
    for (const rule of LINT_RULES) {
      expect(rule.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(["error", "warning", "info"]).toContain(rule.severity);
      for (const text of [rule.title, rule.titleVi, rule.checks, rule.checksVi]) expect(text.trim().length).toBeGreaterThan(0);
      expect(rule.titleVi).not.toBe(rule.title);
      expect(rule.checksVi).not.toBe(rule.checks);
    }
  });

  it("is frozen, and lists errors, then warnings, then infos", () => {
    expect(Object.isFrozen(LINT_RULES)).toBe(true);
    for (const rule of LINT_RULES) expect(Object.isFrozen(rule)).toBe(true);
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const ranks = LINT_RULES.map((r) => rank[r.severity]);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it("holds the rules the issue asks for", () => {
    for (const code of [
      "declared_total_mismatch",
      "line_amount_mismatch",
      "central_line_without_amount",
      "window_outside_phase",
      "deadline_after_review",
      "activity_without_lead",
      "unit_without_work",
      "quota_matches_no_outlet",
      "paid_articles_vs_phase",
      "quota_outlet_without_online_edition",
      "activity_without_window",
      "budget_line_without_activity",
      "reporting_without_recipient",
      "unit_never_used",
    ]) {
      expect(CODES).toContain(code);
    }
    const severity = (code: string) => LINT_RULES.find((r) => r.code === code)?.severity;
    expect(severity("quota_outlet_without_online_edition")).toBe("info");
    expect(severity("activity_without_window")).toBe("info");
    expect(severity("budget_line_without_activity")).toBe("info");
    expect(severity("unit_never_used")).toBe("info");
  });
});

describe("lintPlan on the reference plan (examples/vgcl-2017/plan.json)", () => {
  const findings = lintPlan(reference);

  it("returns its real findings, in catalogue order then document order", () => {
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["paid_articles_vs_phase", ["budget", "sections", 0, "lines", 3, "product", "quantity"]],
      ["window_outside_phase", ["budget", "sections", 2, "lines", 0, "window"]],
      ["activity_without_lead", ["channels", 1, "activities", 0, "leadUnitIds"]],
      ["activity_without_lead", ["channels", 1, "activities", 2, "leadUnitIds"]],
      ["activity_without_lead", ["channels", 2, "activities", 3, "leadUnitIds"]],
      ["activity_without_lead", ["channels", 2, "activities", 5, "leadUnitIds"]],
      ["activity_without_lead", ["channels", 5, "activities", 0, "leadUnitIds"]],
      ["budget_line_without_lead", ["budget", "sections", 2, "lines", 0, "leadUnitIds"]],
      ["report_before_phase_end", ["reporting", 1, "window"]],
      ["quota_outlet_without_online_edition", ["channels", 0, "quotas", 0, "requireOnlineCopy"]],
      ["quota_outlet_not_reporting", ["channels", 0, "quotas", 0]],
      ["quota_outlet_not_reporting", ["channels", 0, "quotas", 2]],
      ["quota_outlet_not_reporting", ["channels", 1, "quotas", 0]],
      ["activity_without_window", ["channels", 1, "activities", 0, "window"]],
      ["activity_without_window", ["channels", 1, "activities", 1, "window"]],
      ["activity_without_window", ["channels", 1, "activities", 2, "window"]],
      ["activity_without_window", ["channels", 2, "activities", 3, "window"]],
      ["activity_without_window", ["channels", 2, "activities", 4, "window"]],
      ["activity_without_window", ["channels", 2, "activities", 5, "window"]],
      ["activity_without_window", ["channels", 4, "activities", 0, "window"]],
      ["activity_without_window", ["channels", 5, "activities", 0, "window"]],
      ["responsible_unit_not_recipient", ["responsibilities", 4, "unitIds", 6]],
      ["plan_number_missing", ["header", "documentNumber"]],
      ["plan_date_missing", ["header", "issuedOn"]],
    ]);
  });

  it("finds no error: the appendix adds up (151.500.000 đồng)", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("pays royalties for 365 articles, one a day, against a 335-day phase", () => {
    const [finding] = findings.filter((f) => f.code === "paid_articles_vs_phase");
    expect(finding?.severity).toBe("warning");
    expect(finding?.details).toMatchObject({ quantity: "365", phaseDays: "335", capacity: "335", difference: "30", rate: "1", per: "day", excessAmount: "3000000" });
    expect(finding?.messageVi).toContain("365 bài");
    expect(finding?.messageVi).toContain("3.000.000 đồng");
  });

  it("dates the award in July 2018, after phase 1 (July 2017 – May 2018)", () => {
    const [finding] = findings.filter((f) => f.code === "window_outside_phase");
    expect(finding?.details).toEqual({
      start: "2018-07-01",
      end: "2018-07-31",
      days: "31",
      daysOutside: "31",
      phaseId: "phase-1",
      phaseStart: "2017-07-01",
      phaseEnd: "2018-05-31",
    });
    expect(finding?.messageVi).toContain("tháng 7/2018");
  });

  it("leaves May 2018 out of the phase report due in April", () => {
    const [finding] = findings.filter((f) => f.code === "report_before_phase_end");
    expect(finding?.details).toMatchObject({ dutyId: "report-phase-1", due: "2018-04-30", phaseEnd: "2018-05-31", daysLeft: "31" });
    // Dates as a reader reads them: day and month on two digits in Vietnamese, words in English; never ISO.
    expect(finding?.messageVi).toContain("có hạn ngày 30/04/2018");
    expect(finding?.messageVi).toContain("(31/05/2018)");
    expect(finding?.message).toContain("due on 30 April 2018");
    for (const f of findings) expect(`${f.message} ${f.messageVi}`).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
  });

  it("names the outlets: Lao động Nghệ An and the bulletins have no electronic edition", () => {
    const [finding] = findings.filter((f) => f.code === "quota_outlet_without_online_edition");
    expect(finding?.details).toMatchObject({ quotaId: "quota-press-weekly", outletIds: "lao-dong-nghe-an, ban-tin-ldld", outlets: "2" });
    expect(findings.filter((f) => f.code === "quota_outlet_not_reporting").map((f) => f.details?.["outletIds"])).toEqual([
      "ban-tin-ldld",
      "cong-thong-tin-cdvn, website-ldld",
      "vtv, ttxvn, vov",
    ]);
  });

  it("finds the activities without a lead and the award line without one", () => {
    expect(findings.filter((f) => f.code === "activity_without_lead").map((f) => f.details?.["activityId"])).toEqual([
      "c2-trung-uong-chuong-trinh",
      "c2-dia-phuong",
      "c3-trinh-chieu-truc-tuyen",
      "c3-lan-toa-fanpage",
      "c6-quang-ba",
    ]);
    expect(findings.find((f) => f.code === "budget_line_without_lead")?.details).toEqual({ lineId: "budget-iii-giai-thuong", coordinatingUnitIds: "doi-tac" });
  });

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

  it("gives every finding the catalogue's severity and both messages", () => {
    for (const f of findings) {
      expect(f.severity).toBe(LINT_RULES.find((r) => r.code === f.code)?.severity);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.messageVi.length).toBeGreaterThan(0);
      expect(f.messageVi).not.toBe(f.message);
      for (const value of Object.values(f.details ?? {})) expect(typeof value).toBe("string");
    }
  });
});

describe("lintPlan: the clean plan passes every rule", () => {
  it("returns no finding", () => {
    expect(lintPlan(clean())).toEqual([]);
  });

  it("the minimal fixture's own findings, each from a rule that the clean plan satisfies", () => {
    const minimal = lintPlan(parsePlan(minimalPlanJson()));
    expect(minimal.map((f) => [f.code, f.path])).toEqual([
      ["quota_outlet_not_reporting", ["channels", 0, "quotas", 1]],
      ["unit_never_used", ["units", 5]],
      ["responsible_unit_not_recipient", ["responsibilities", 0, "unitIds", 0]],
      ["plan_number_missing", ["header", "documentNumber"]],
      ["plan_date_missing", ["header", "issuedOn"]],
    ]);
  });
});

describe("each rule, triggered by a small change and not triggered without it", () => {
  it("declared_total_mismatch", () => {
    const findings = run(clean((j) => (j.budget.declaredTotal = "31.000.000")), "declared_total_mismatch");
    expect(pathsOf(findings)).toEqual([["budget", "declaredTotal"]]);
    expect(findings[0]?.details).toEqual({ declared: "31000000", computed: "30000000", difference: "1000000" });
    expect(findings[0]?.severity).toBe("error");
    expect(run(clean(), "declared_total_mismatch")).toEqual([]);
  });

  it("line_amount_mismatch", () => {
    const findings = run(clean((j) => (j.budget.sections[0].lines[0].amount = "29.000.000")), "line_amount_mismatch");
    expect(pathsOf(findings)).toEqual([[...LINE, "amount"]]);
    expect(findings[0]?.details).toMatchObject({ quantity: "300", unitPrice: "100000", amount: "29000000", computed: "30000000" });
    expect(findings[0]?.message).toContain('"Nhuận bút"');
    expect(run(clean(), "line_amount_mismatch")).toEqual([]);
  });

  it("central_line_without_amount", () => {
    const plan = clean((j) => {
      delete j.budget.sections[0].lines[0].amount;
      delete j.budget.sections[0].lines[0].unitPrice;
    });
    expect(pathsOf(run(plan, "central_line_without_amount"))).toEqual([[...LINE, "amount"]]);
    // A line that another funder pays needs no figure.
    const regular = clean((j) => {
      const line = j.budget.sections[0].lines[0];
      delete line.amount;
      delete line.unitPrice;
      line.fundingSourceId = "regular";
    });
    expect(run(regular, "central_line_without_amount")).toEqual([]);
  });

  it("paid_articles_vs_phase: one a day by default, over the activity's window", () => {
    const over = run(clean((j) => articles(j, 336)), "paid_articles_vs_phase");
    expect(pathsOf(over)).toEqual([[...LINE, "product", "quantity"]]);
    expect(over[0]?.details).toMatchObject({ quantity: "336", phaseDays: "335", capacity: "335", difference: "1", per: "day", excessAmount: "100000" });
    expect(run(clean((j) => articles(j, 335)), "paid_articles_vs_phase")).toEqual([]);
  });

  it("paid_articles_vs_phase: the rate the line states, and the line's own window", () => {
    // Phase 1 touches 49 ISO weeks: at 02 bài/tuần it carries 98 articles.
    const weekly = (n: number) =>
      clean((j) => {
        articles(j, n);
        j.budget.sections[0].lines[0].product.description = `${n} bài (02 bài/tuần)`;
      });
    const over = run(weekly(100), "paid_articles_vs_phase");
    expect(over[0]?.details).toMatchObject({ quantity: "100", capacity: "98", rate: "2", per: "week", difference: "2" });
    expect(over[0]?.messageVi).toContain("02 bài/tuần");
    expect(run(weekly(98), "paid_articles_vs_phase")).toEqual([]);
    // A rate per paper ("03 bài/tháng/báo") bounds each paper, not the line: 42 articles is no excess.
    const perPaper = clean((j) => {
      articles(j, 42);
      j.budget.sections[0].lines[0].product.description = "42 bài (03 bài/tháng/báo)";
      j.budget.sections[0].lines[0].window = { start: "2017-07-01", end: "2017-09-30" };
    });
    expect(run(perPaper, "paid_articles_vs_phase")).toEqual([]);
    const perMonth = clean((j) => {
      articles(j, 42);
      j.budget.sections[0].lines[0].product.description = "42 bài (03 bài/tháng)";
      j.budget.sections[0].lines[0].window = { start: "2017-07-01", end: "2017-09-30" };
    });
    expect(run(perMonth, "paid_articles_vs_phase")[0]?.details).toMatchObject({ capacity: "9", difference: "33" });
    const july = (n: number) =>
      clean((j) => {
        articles(j, n);
        j.budget.sections[0].lines[0].window = { start: "2017-07-01", end: "2017-07-31" };
      });
    expect(run(july(32), "paid_articles_vs_phase")[0]?.details).toMatchObject({ phaseDays: "31", capacity: "31", start: "2017-07-01", end: "2017-07-31" });
    expect(run(july(31), "paid_articles_vs_phase")).toEqual([]);
    // Not a line paying per article: another unit of measure, or no unit price.
    const clips = clean((j) => {
      articles(j, 400);
      j.budget.sections[0].lines[0].product.unit = "clip";
    });
    expect(run(clips, "paid_articles_vs_phase")).toEqual([]);
  });

  it("line_quantity_mismatch", () => {
    const withProduct = (quantity: number, unit: string) =>
      clean((j) => (j.channels[0].activities[0].product = { quantity, unit }));
    const findings = run(withProduct(200, "bài"), "line_quantity_mismatch");
    expect(pathsOf(findings)).toEqual([[...LINE, "product", "quantity"]]);
    expect(findings[0]?.details).toEqual({ lineQuantity: "300", activityQuantity: "200", activityId: "column", difference: "100" });
    expect(run(withProduct(300, "bài"), "line_quantity_mismatch")).toEqual([]);
    expect(run(withProduct(3, "người"), "line_quantity_mismatch")).toEqual([]); // different measures
  });

  it("window_outside_phase: activities and budget lines, against the phases together", () => {
    const late = clean((j) => (j.channels[0].activities[0].window = { start: "2017-07-01", end: "2018-06-30" }));
    const findings = run(late, "window_outside_phase");
    expect(pathsOf(findings)).toEqual([[...COLUMN, "window"]]);
    expect(findings[0]?.details).toMatchObject({ days: "365", daysOutside: "30", phaseId: "phase-1" });
    // A second phase that continues the first covers June 2018.
    const twoPhases = clean((j) => {
      j.channels[0].activities[0].window = { start: "2017-07-01", end: "2018-06-30" };
      j.phases.push({ id: "phase-2", name: "Giai đoạn 2", window: { start: "2018-06-01", end: "2018-12-31" } });
    });
    expect(run(twoPhases, "window_outside_phase")).toEqual([]);
    const line = clean((j) => (j.budget.sections[0].lines[0].window = { start: "2017-06-01", end: "2017-06-30" }));
    expect(pathsOf(run(line, "window_outside_phase"))).toEqual([[...LINE, "window"]]);
    expect(run(clean(), "window_outside_phase")).toEqual([]);
  });

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

  it("quota_start_outside_phase", () => {
    const findings = run(clean((j) => (j.channels[0].quotas[0].startsIn = "2018-06")), "quota_start_outside_phase");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 0, "startsIn"]]);
    expect(findings[0]?.details).toEqual({ startsIn: "2018-06", phaseId: "phase-1", phaseStart: "2017-07-01", phaseEnd: "2018-05-31" });
    expect(run(clean((j) => (j.channels[0].quotas[0].startsIn = "2018-05")), "quota_start_outside_phase")).toEqual([]);
  });

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

  it("reporting_without_window (and lintPlan does not throw on the undatable duty)", () => {
    const plan = clean((j) => delete j.reporting[0].phaseId);
    expect(pathsOf(run(plan, "reporting_without_window"))).toEqual([["reporting", 0, "window"]]);
    expect(() => lintPlan(plan)).not.toThrow();
    expect(run(clean(), "reporting_without_window")).toEqual([]);
  });

  it("reporting_without_recipient, but not for a review", () => {
    const plan = clean((j) => delete j.reporting[0].recipientUnitId);
    expect(run(plan, "reporting_without_recipient")[0]).toMatchObject({ path: ["reporting", 0, "recipientUnitId"], details: { dutyId: "monthly", kind: "periodic-report" } });
    const review = clean((j) =>
      j.reporting.push({ id: "review", kind: "review", description: "Sơ kết.", reportingUnitIds: [], phaseId: "phase-1" }),
    );
    expect(run(review, "reporting_without_recipient")).toEqual([]);
  });

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

  it("quota_matches_no_outlet", () => {
    const findings = run(clean((j) => (j.channels[0].quotas[0].outletKinds = ["magazine"])), "quota_matches_no_outlet");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 0]]);
    expect(findings[0]?.details).toEqual({ quotaId: "q-daily", outletKinds: "magazine", outletIds: "" });
    expect(findings[0]?.messageVi).toContain("tạp chí");
    const withMagazine = clean((j) => {
      j.channels[0].quotas[0].outletKinds = ["magazine"];
      j.units.push({ id: "tc", name: "Tạp chí", kind: "press-outlet", parentId: "tld", outlet: { kind: "magazine", electronicEdition: true } });
      j.reporting[0].reportingUnitIds.push("tc");
      j.channels[0].activities[0].executingUnitIds.push("tc");
    });
    expect(lintPlan(withMagazine)).toEqual([]);
  });

  it("names a quota without a description by its label, never by its id", () => {
    const findings = run(
      clean((j) => {
        j.channels[0].quotas[0].outletKinds = ["magazine"];
        delete j.channels[0].quotas[0].description;
      }),
      "quota_matches_no_outlet",
    );
    expect(findings).toHaveLength(1);
    for (const text of [findings[0]!.message, findings[0]!.messageVi]) {
      expect(text).not.toContain("q-daily");
      expect(text).toContain("Tạp chí: tối thiểu");
    }
  });

  it("legal_basis_after_plan, against the signing day or month", () => {
    const plan = (header: object, basisDate: string) =>
      clean((j) => {
        delete j.header.issuedOn;
        Object.assign(j.header, header);
        j.header.legalBases[0].issuedOn = basisDate;
      });
    const findings = run(plan({ issuedOn: "2017-07-10" }, "2017-07-11"), "legal_basis_after_plan");
    expect(pathsOf(findings)).toEqual([["header", "legalBases", 0, "issuedOn"]]);
    expect(findings[0]?.details).toEqual({ issuedOn: "2017-07-11", planDate: "2017-07-10" });
    expect(findings[0]?.message).toContain("284/HD-TLĐ");
    expect(run(plan({ issuedOn: "2017-07-10" }, "2017-07-10"), "legal_basis_after_plan")).toEqual([]);
    expect(run(plan({ issuedIn: "2017-07" }, "2017-07-25"), "legal_basis_after_plan")).toEqual([]); // same month: cannot tell
    expect(pathsOf(run(plan({ issuedIn: "2017-07" }, "2017-08-01"), "legal_basis_after_plan"))).toEqual([["header", "legalBases", 0, "issuedOn"]]);
  });

  it("report_before_phase_end", () => {
    const report = (window: object) =>
      clean((j) =>
        j.reporting.push({ id: "phase-report", kind: "report", description: "Báo cáo sơ kết.", reportingUnitIds: ["ldld"], recipientUnitId: "tld", window, phaseId: "phase-1" }),
      );
    const findings = run(report({ start: "2018-04-01", end: "2018-04-30" }), "report_before_phase_end");
    expect(pathsOf(findings)).toEqual([["reporting", 1, "window"]]);
    expect(findings[0]?.details).toEqual({ dutyId: "phase-report", due: "2018-04-30", phaseId: "phase-1", phaseEnd: "2018-05-31", daysLeft: "31" });
    expect(lintPlan(report({ start: "2018-05-01", end: "2018-05-31" }))).toEqual([]);
  });

  it("quota_outlet_without_online_edition", () => {
    const findings = run(clean((j) => (j.units[3].outlet.electronicEdition = false)), "quota_outlet_without_online_edition");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 0, "requireOnlineCopy"]]);
    expect(findings[0]?.details).toEqual({ quotaId: "q-daily", outletIds: "bld", outlets: "1" });
    const notRequired = clean((j) => {
      j.units[3].outlet.electronicEdition = false;
      j.channels[0].quotas[0].requireOnlineCopy = false;
    });
    expect(run(notRequired, "quota_outlet_without_online_edition")).toEqual([]);
  });

  it("quota_outlet_not_reporting, unless the outlet, a unit above it or a group of its kind reports", () => {
    const findings = run(clean((j) => j.reporting[0].reportingUnitIds.pop()), "quota_outlet_not_reporting");
    expect(pathsOf(findings)).toEqual([["channels", 0, "quotas", 1]]);
    expect(findings[0]?.details).toEqual({ quotaId: "q-tv", outletIds: "vtv", outlets: "1" });
    const underFederation = clean((j) => {
      j.units.push({ id: "web", name: "Trang thông tin điện tử LĐLĐ", kind: "press-outlet", parentId: "ldld", outlet: { kind: "website", electronicEdition: false } });
      j.channels[0].quotas.push({ id: "q-web", min: 2, per: "week", itemKinds: ["article"], outletIds: [], outletKinds: ["website"], requireOnlineCopy: false });
    });
    expect(run(underFederation, "quota_outlet_not_reporting")).toEqual([]);
    const group = clean((j) => {
      j.units.push({ id: "dailies", name: "Các nhật báo", kind: "press-outlet", parentId: "tld", group: true, outlet: { kind: "daily", electronicEdition: true } });
      j.reporting[0].reportingUnitIds = ["ldld", "dailies", "vtv"];
    });
    expect(run(group, "quota_outlet_not_reporting")).toEqual([]); // bld is a daily under tld: the group reports for it
  });

  it("activity_without_window, unless a budget line dates it", () => {
    const undated = clean((j) => delete j.channels[0].activities[0].window);
    expect(pathsOf(run(undated, "activity_without_window"))).toEqual([[...COLUMN, "window"]]);
    const byLine = clean((j) => {
      delete j.channels[0].activities[0].window;
      j.budget.sections[0].lines[0].window = { start: "2017-07-01", end: "2018-05-31" };
    });
    expect(run(byLine, "activity_without_window")).toEqual([]);
  });

  it("budget_line_without_activity", () => {
    const findings = run(clean((j) => delete j.budget.sections[0].lines[0].activityId), "budget_line_without_activity");
    expect(findings).toMatchObject([{ path: [...LINE, "activityId"], details: { lineId: "l1" }, severity: "info" }]);
  });

  it("unit_never_used, unless referenced by id or by kind", () => {
    const findings = run(clean((j) => j.units.push({ id: "spare", name: "Công ty dự phòng", kind: "company" })), "unit_never_used");
    expect(findings).toMatchObject([{ path: ["units", 6], details: { unitId: "spare", kind: "company" } }]);
    const byKind = clean((j) => {
      j.units.push({ id: "cdcs", name: "Công đoàn cơ sở", kind: "grassroots-union", parentId: "ldld", group: true });
      j.channels[0].activities[0].targets.push({ id: "t1", description: "100% CĐCS", percent: 100, unitKind: "grassroots-union" });
    });
    expect(run(byKind, "unit_never_used")).toEqual([]);
    const parentOnly = clean((j) => j.units.push({ id: "holding", name: "Tổng công ty", kind: "company" }, { id: "sub", name: "Công ty con", kind: "company", parentId: "holding" }));
    expect(run(parentOnly, "unit_never_used").map((f) => f.details?.["unitId"])).toEqual(["sub"]); // being a parent is a use
  });

  it("responsible_unit_not_recipient, unless a recipient reaches it", () => {
    const findings = run(clean((j) => j.recipients.pop()), "responsible_unit_not_recipient");
    expect(pathsOf(findings)).toEqual([["responsibilities", 0, "unitIds", 0]]);
    expect(findings[0]?.details).toEqual({ unitId: "btg", responsibilityId: "resp-1" });
    // "Các Ban, đơn vị trực thuộc TLĐ": a group of departments under the TLĐ reaches the Ban Tuyên giáo.
    const group = clean((j) => {
      j.units.push({ id: "cac-ban", name: "Các Ban, đơn vị trực thuộc TLĐ", kind: "department", parentId: "tld", group: true });
      j.recipients[1].unitIds = ["cac-ban"];
    });
    expect(run(group, "responsible_unit_not_recipient")).toEqual([]);
    // The issuer need not receive its own plan.
    const issuer = clean((j) => (j.responsibilities[0].unitIds = ["tld", "btg"]));
    expect(run(issuer, "responsible_unit_not_recipient")).toEqual([]);
  });

  it("plan_number_missing and plan_date_missing", () => {
    const blank = clean((j) => {
      delete j.header.documentNumber;
      delete j.header.issuedOn;
      j.header.issuedIn = "2017-07";
    });
    const findings = lintPlan(blank, { rules: ["plan_number_missing", "plan_date_missing"] });
    expect(findings).toMatchObject([
      { code: "plan_number_missing", path: ["header", "documentNumber"], details: { documentType: "KH", issuerCode: "TLĐ" } },
      { code: "plan_date_missing", path: ["header", "issuedOn"], details: { issuedIn: "2017-07" } },
    ]);
    expect(findings[0]?.messageVi).toContain("…/KH-TLĐ");
    expect(findings[1]?.messageVi).toContain("tháng 7/2017");
  });
});

describe("lintPlan options", () => {
  it("runs only the rules asked for, in catalogue order whatever the order given", () => {
    const findings = lintPlan(reference, { rules: ["plan_date_missing", "paid_articles_vs_phase"] });
    expect(findings.map((f) => f.code)).toEqual(["paid_articles_vs_phase", "plan_date_missing"]);
    expect(lintPlan(reference, { rules: [] })).toEqual([]);
  });

  it("skips excluded rules", () => {
    const all = lintPlan(reference);
    const some = lintPlan(reference, { exclude: ["activity_without_window", "activity_without_lead"] });
    expect(some).toEqual(all.filter((f) => f.code !== "activity_without_window" && f.code !== "activity_without_lead"));
    expect(lintPlan(reference, { rules: ["plan_date_missing"], exclude: ["plan_date_missing"] })).toEqual([]);
  });

  it("rejects misuse and a bad periodicDue with a PlanError naming the option", () => {
    expect(thrownIssues(() => lintPlan(reference, { rules: ["no_such_rule"] }))).toEqual([{ path: ["options", "rules", 0], code: "invalid_value" }]);
    expect(thrownIssues(() => lintPlan(reference, { exclude: ["window_outside_phases"] }))).toEqual([{ path: ["options", "exclude", 0], code: "invalid_value" }]);
    expect(thrownIssues(() => lintPlan(reference, { rules: "window_outside_phase" as unknown as string[] }))).toEqual([{ path: ["options", "rules"], code: "invalid_type" }]);
    expect(thrownIssues(() => lintPlan(reference, null as unknown as object))).toEqual([{ path: ["options"], code: "invalid_type" }]);
    expect(thrownIssues(() => lintPlan(null as unknown as Plan))).toEqual([{ path: ["plan"], code: "invalid_type" }]);
    expect(() => lintPlan(reference, { periodicDue: { dayOfNextPeriod: 31 } })).toThrow(PlanError);
  });

  it("returns frozen findings", () => {
    const findings = lintPlan(reference);
    expect(Object.isFrozen(findings)).toBe(true);
    for (const f of findings) {
      expect(Object.isFrozen(f)).toBe(true);
      expect(Object.isFrozen(f.path)).toBe(true);
      expect(Object.isFrozen(f.details)).toBe(true);
    }
  });

  it("is deterministic and leaves the plan alone", () => {
    const json = referencePlanJson();
    const before = JSON.stringify(json);
    const plan = parsePlan(json);
    expect(lintPlan(plan)).toEqual(lintPlan(reference));
    expect(lintPlan(plan)).toEqual(lintPlan(plan));
    expect(JSON.stringify(json)).toBe(before);
  });
});

/**
 * Generated plans with what planJsonArb leaves out: reporting duties (periodic, one-off, reviews; dated
 * or not, with or without a phase or recipient), royalty lines paid per article, a dated legal basis.
 */
const lintedPlanArb = planJsonArb.chain((json: any) => {
  const unitIds: string[] = json.units.map((u: { id: string }) => u.id);
  const lines: any[] = (json.budget?.sections ?? []).flatMap((s: any) => s.lines);
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const duty = (id: string, kind: "periodic-report" | "report" | "review") =>
    fc
      .record({
        reportingUnitIds: fc.uniqueArray(fc.constantFrom(...unitIds), { maxLength: 3 }),
        recipientUnitId: optional(fc.constantFrom(...unitIds)),
        every: optional(fc.constantFrom("month" as const, "quarter" as const)),
        window: optional(windowArb),
        phaseId: optional(fc.constant("p1")),
      })
      .map((d) => Object.fromEntries(Object.entries({ id, kind, description: `Báo cáo ${id}.`, ...d }).filter(([, v]) => v !== undefined)));
  return fc
    .record({
      reporting: fc.tuple(duty("r0", "periodic-report"), duty("r1", "report"), duty("r2", "review"), duty("r3", "review")).chain((all) => fc.subarray(all)),
      products: fc.array(
        optional(
          fc.record({
            quantity: fc.nat({ max: 5000 }),
            unit: fc.constantFrom("bài", "Bài viết", "clip"),
            description: fc.constantFrom("365 bài, (01 bài/ngày)", "02 bài/tuần", "3 bài/tháng", "1 bài/quý", "0 bài/ngày", "bài"),
          }),
        ),
        { minLength: lines.length, maxLength: lines.length },
      ),
      basis: optional(isoDateArb),
      issuedIn: optional(isoDateArb.map((d) => d.slice(0, 7))),
    })
    .map((extra) => {
      const out = structuredClone(json);
      out.reporting = extra.reporting;
      const outLines: any[] = (out.budget?.sections ?? []).flatMap((s: any) => s.lines);
      outLines.forEach((line, i) => {
        const product = extra.products[i];
        if (product !== undefined) line.product = product;
      });
      if (extra.basis !== undefined) out.header.legalBases = [{ id: "basis", kind: "Hướng dẫn", reference: "284/HD-TLĐ", issuedOn: extra.basis }];
      if (extra.issuedIn !== undefined && out.header.issuedOn === undefined) out.header.issuedIn = extra.issuedIn;
      return out as unknown;
    });
});

describe("lintPlan on generated plans", () => {
  const rank = new Map(CODES.map((code, i) => [code as string, i]));

  it("never throws, produces only catalogue codes with their severity, in catalogue order, deterministically", () => {
    fc.assert(
      fc.property(lintedPlanArb, (json) => {
        const plan = parsePlan(json);
        const findings = lintPlan(plan);
        const ranks = findings.map((f) => rank.get(f.code));
        for (const [i, f] of findings.entries()) {
          expect(CODES).toContain(f.code);
          expect(f.severity).toBe(LINT_RULES[ranks[i]!]?.severity);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.messageVi.length).toBeGreaterThan(0);
          for (const value of Object.values(f.details ?? {})) expect(typeof value).toBe("string");
        }
        expect([...ranks].sort((a, b) => a! - b!)).toEqual(ranks);
        expect(lintPlan(plan)).toEqual(findings);
      }),
      { numRuns: 150 },
    );
  });

  it("also on the plain generated plans of test/arbitraries.ts", () => {
    fc.assert(
      fc.property(planJsonArb, (json) => {
        const findings = lintPlan(parsePlan(json));
        for (const f of findings) expect(CODES).toContain(f.code);
      }),
    );
  });

  it("runs one rule alone exactly as within the whole run", () => {
    fc.assert(
      fc.property(lintedPlanArb, fc.constantFrom(...CODES), (json, code) => {
        const plan = parsePlan(json);
        expect(lintPlan(plan, { rules: [code] })).toEqual(lintPlan(plan).filter((f) => f.code === code));
      }),
      { numRuns: 100 },
    );
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
