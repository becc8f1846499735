import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../src/rules/lintRules.js";

const CODES = LINT_RULES.map((r) => r.code);

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
      "own_line_without_amount",
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
