import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/model/parsePlan.js";
import { lintPlan } from "../../src/rules/lintPlan.js";
import { LINT_RULE_DEFINITIONS, LINT_RULE_ORDER, LINT_RULES } from "../../src/rules/lintRules.js";

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
      // Issue 12: the rules the version-2 model needs.
      "plan_without_window",
      "signatory_missing",
      "objective_without_indicator",
      "quota_owed_by_no_unit",
      "unit_used_after_valid_to",
      "rate_units_mismatch",
      "share_of_unknown_line",
      "share_amount_mismatch",
      "funding_split_mismatch",
    ]) {
      expect(CODES).toContain(code);
    }
    const severity = (code: string) => LINT_RULES.find((r) => r.code === code)?.severity;
    expect(severity("quota_outlet_without_online_edition")).toBe("info");
    expect(severity("activity_without_window")).toBe("info");
    expect(severity("budget_line_without_activity")).toBe("info");
    expect(severity("unit_never_used")).toBe("info");
    expect(severity("plan_without_window")).toBe("warning");
    expect(severity("signatory_missing")).toBe("warning");
    expect(severity("objective_without_indicator")).toBe("info");
    expect(severity("quota_owed_by_no_unit")).toBe("warning");
    expect(severity("unit_used_after_valid_to")).toBe("warning");
    expect(severity("rate_units_mismatch")).toBe("warning");
    expect(severity("share_of_unknown_line")).toBe("warning");
    expect(severity("share_amount_mismatch")).toBe("error");
    expect(severity("funding_split_mismatch")).toBe("error");
    expect(CODES).not.toContain("central_line_without_amount"); // renamed own_line_without_amount
  });

  it("is assembled from src/rules/lint/: one file per rule, named by its code, whose meta is its entry and whose rule runs it", async () => {
    const files = readdirSync(new URL("../../src/rules/lint/", import.meta.url)).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3));
    expect([...files].sort()).toEqual([...CODES].sort());
    for (const file of files) {
      const module = (await import(`../../src/rules/lint/${file}.ts`)) as { rule: { code: string; severity: string }; meta: { code: string; severity: string } };
      expect([module.rule.code, module.meta.code], file).toEqual([file, file]);
      expect(module.rule.severity, file).toBe(module.meta.severity);
      expect(LINT_RULES.find((r) => r.code === file), file).toEqual(module.meta);
      expect(LINT_RULE_DEFINITIONS).toContain(module.rule);
    }
    expect(LINT_RULE_DEFINITIONS.map((r) => r.code)).toEqual(CODES);
    expect(LINT_RULE_ORDER).toEqual(CODES);
  });

  it("is the table of docs/rules.md, row for row (code, severity, title and what it checks, in English and Vietnamese)", () => {
    const doc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf("## The rules"), doc.indexOf("### Paths and details"));
    const rows = section.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows).toEqual(LINT_RULES.map((r) => `| \`${r.code}\` | ${r.severity} | **${r.title}.** ${r.checks} | **${r.titleVi}.** ${r.checksVi} |`));
  });

  it("has every rule, once and in its order, in the paths table of docs/rules.md and in the TSDoc table of LINT_RULES", () => {
    const doc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    const paths = doc.slice(doc.indexOf("### Paths and details"), doc.indexOf("### How some rules decide"));
    expect([...paths.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1])).toEqual(CODES);
    const source = readFileSync(new URL("../../src/rules/lintRules.ts", import.meta.url), "utf8");
    expect([...source.matchAll(/^ \* \| `(\w+)` \| (\w+) \|$/gm)].map((m) => [m[1], m[2]])).toEqual(LINT_RULES.map((r) => [r.code, r.severity]));
  });

  it("gives, in the review of docs/rules.md, each corpus plan's count of findings by severity as lintPlan finds them", () => {
    const doc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    const review = doc.slice(doc.indexOf("## The corpus plans' findings"));
    const rows = [...review.matchAll(/^\| \[`([\w-]+)`\][^|]*\|[^|]*\| (\d+) \| (\d+) \/ (\d+) \/ (\d+) \|/gm)].map((m) => m.slice(1).map((x, i) => (i === 0 ? x : Number(x))));
    expect(rows.map((r) => r[0])).toEqual(["vgcl-2017", "can-tho-2025", "tld-tet-2026", "an-giang-cong-thong-tin", "cd-ngan-hang-2025", "son-la-2019"]);
    for (const [name] of rows) {
      const plan = parsePlan(JSON.parse(readFileSync(new URL(`../../examples/${name}/plan.json`, import.meta.url), "utf8")));
      const findings = lintPlan(plan);
      const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
      expect([name, findings.length, count("error"), count("warning"), count("info")]).toEqual(rows.find((r) => r[0] === name));
    }
  });
});
