/**
 * The plans the lint's tests change: the reference plan, and the minimal plan made to pass every rule
 * (`clean`); how to run one rule; the paths the tests point at.
 */
import { parsePlan, type Finding, type Plan } from "../../../../src/index.js";
import { LintContext } from "../../../../src/rules/lint/_lib/context.js";
import { runLintRule, type LintRuleDefinition } from "../../../../src/rules/lint/_lib/defineLintRule.js";
import { lintPlan } from "../../../../src/rules/lintPlan.js";
import { LINT_RULE_DEFINITIONS, type LintRuleCode } from "../../../../src/rules/lintRules.js";
import { minimalPlanJson, referencePlanJson } from "../../../fixtures.js";

/** The reference plan (examples/vgcl-2017/plan.json), parsed. */
export const reference = parsePlan(referencePlanJson());

/** The reference plan with a change made to its JSON. */
export function changedReference(change: (json: any) => void): Plan {
  const json = referencePlanJson() as any;
  change(json);
  return parsePlan(json);
}

/**
 * The minimal plan made to pass every rule: numbered and dated, the broadcaster reports monthly, the
 * Ban Tuyên giáo receives the plan, the media company coordinates the column.
 */
export function cleanJson(): any {
  const json: any = minimalPlanJson();
  Object.assign(json.header, { documentType: "KH", documentNumber: "12", issuerCode: "TLĐ", issuedOn: "2017-07-10" });
  json.reporting[0].reportingUnitIds.push("vtv");
  json.recipients.push({ id: "rcpt-2", text: "Lưu: VT, BTG.", unitIds: ["btg"] });
  json.channels[0].activities[0].coordinatingUnitIds = ["media-co"];
  return json;
}

/** The clean plan with a change made to its JSON. */
export function clean(change: (json: any) => void = () => {}): Plan {
  const json = cleanJson();
  change(json);
  return parsePlan(json);
}

/** The findings of one rule. */
export const run = (plan: Plan, code: LintRuleCode): readonly Finding[] => lintPlan(plan, { rules: [code] });
export const pathsOf = (findings: readonly Finding[]) => findings.map((f) => f.path);

/**
 * The findings of one rule on a plan whose budget findings are `budget` instead of those of
 * checkDeclaredTotals: how a bridge is tested on a finding the budget calculators do not make yet.
 */
export function runWithBudget(plan: Plan, code: LintRuleCode, budget: readonly Finding[]): readonly Finding[] {
  const rule: LintRuleDefinition<string, unknown> = LINT_RULE_DEFINITIONS.find((r) => r.code === code)!;
  return runLintRule(rule, new LintContext(plan, { budgetFindings: () => budget }));
}

/** A finding as checkDeclaredTotals makes them. */
export function budgetFinding(code: string, severity: Finding["severity"], path: readonly (string | number)[], details: Record<string, string> = {}): Finding {
  return { code, severity, path, message: `${code} found`, messageVi: `phát hiện ${code.length} lỗi`, details };
}

/** Sets the royalty line of the minimal plan to `n` articles, keeping every total consistent. */
export function articles(json: any, n: number): void {
  const line = json.budget.sections[0].lines[0];
  const amount = n * 100_000;
  line.product = { ...line.product, description: `${n} bài`, quantity: n };
  line.amount = amount;
  json.budget.sections[0].declaredTotal = amount;
  json.budget.declaredTotal = amount;
}

/** The royalty line of the minimal plan. */
export const LINE = ["budget", "sections", 0, "lines", 0] as const;
/** The column (the one activity) of the minimal plan. */
export const COLUMN = ["channels", 0, "activities", 0] as const;

/** Phase 1 of the minimal plan: 1 July 2017 to 31 May 2018. */
export const PHASE_1 = { start: "2017-07-01", end: "2018-05-31" } as const;

/**
 * The clean plan as a version-2 plan without phases: its own window (phase 1's by default; `{ start }` for an
 * open one) instead, its quotas and reporting duty without a phase.
 */
export function cleanWithoutPhasesJson(window: { start: string; end?: string } = PHASE_1): any {
  const json = cleanJson();
  json.schemaVersion = 2;
  json.phases = [];
  json.window = { ...window };
  for (const quota of json.channels[0].quotas) delete quota.phaseId;
  for (const duty of json.reporting) delete duty.phaseId;
  return json;
}

/** {@link cleanWithoutPhasesJson} with a change made to it. */
export function cleanWithoutPhases(change: (json: any) => void = () => {}, window?: { start: string; end?: string }): Plan {
  const json = cleanWithoutPhasesJson(window);
  change(json);
  return parsePlan(json);
}
