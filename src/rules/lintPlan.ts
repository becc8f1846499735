import { INVALID_TYPE, INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { requireParsedPlan } from "../_lib/parsedPlan.js";
import { kindOf } from "../errors/describe.js";
import { PlanError } from "../errors/PlanError.js";
import type { ExpandDeadlinesOptions } from "../calendar/expandDeadlines.js";
import type { Finding } from "../errors/Finding.js";
import type { Plan } from "../model/plan.js";
import { LintContext } from "./lint/_lib/context.js";
import { runLintRule, type LintRuleDefinition } from "./lint/_lib/defineLintRule.js";
import { LINT_RULE_DEFINITIONS, isLintRuleCode, type LintRuleCode } from "./lintRules.js";

/**
 * Options of {@link lintPlan}.
 *
 * @example
 * ```ts
 * import type { LintPlanOptions } from "cong-doan-ke-hoach";
 *
 * const budgetOnly: LintPlanOptions = { rules: ["declared_total_mismatch", "line_amount_mismatch"] };
 * const quiet: LintPlanOptions = { exclude: ["activity_without_window", "unit_never_used"] };
 * const fifth: LintPlanOptions = { periodicDue: { dayOfNextPeriod: 5 } };
 * ```
 * @category Rules
 */
export interface LintPlanOptions {
  /**
   * Run only these rules (codes of {@link LINT_RULES}); all of them when absent. The findings still come
   * in catalogue order, whatever the order given here. An empty list runs no rule.
   */
  readonly rules?: readonly string[] | undefined;
  /** Skip these rules (codes of {@link LINT_RULES}); applied after `rules`. */
  readonly exclude?: readonly string[] | undefined;
  /**
   * When periodic reports fall due, for `deadline_after_review`, where the plan's duty gives no due rule of
   * its own (`due`, which {@link expandDeadlines} reads first): as {@link expandDeadlines} takes it.
   * `"end-of-period"` (the default) dates the report on a month on its last day; `{ dayOfNextPeriod: 5 }`
   * on the 5th of the next month.
   */
  readonly periodicDue?: ExpandDeadlinesOptions["periodicDue"];
}

/**
 * Reads a plan the way a careful reader does and returns what it finds, from the catalogue of rules
 * {@link LINT_RULES} (kept as data, in the spirit of the IATI validator's rule table): budget figures that
 * do not add up (through {@link checkDeclaredTotals}), royalties for more articles than the phase can
 * carry, windows outside the phases (or the plan's own window), deadlines after the review, activities and
 * budget lines without a lead unit, units with duties but nothing to do, quotas that match no outlet or no
 * unit, units named after they ceased to exist, a plan that gives no time, and more; `docs/rules.md`
 * explains every rule. Each rule is one file of `src/rules/lint/`; an excerpt or a news report
 * (`plan.provenance`) is not faulted for what its text does not show.
 *
 * Each finding has the rule's `code` and `severity`, a `path` into the plan, a `message` and `messageVi`
 * built from the rule's templates, and `details` with its figures as strings. The order is stable: by
 * the rules' order in {@link LINT_RULES}, then by document order (channels and their activities and
 * quotas, responsibilities, reporting, then the budget appendix, as the plan lists them). The function is
 * pure and deterministic; a problem of the plan is a finding, never an exception.
 *
 * @param plan - a parsed plan ({@link parsePlan}).
 * @param options - `rules` to run only some rules, `exclude` to skip some, `periodicDue` for the
 *   deadlines of periodic reports ({@link LintPlanOptions}).
 * @returns the findings, frozen (each finding, its path and details too); empty for a plan that passes.
 * @throws {@link PlanError} `invalid_type` when `plan` or `options` is not an object or `options.rules` /
 *   `options.exclude` is not an array; `invalid_value` at `["options", "rules", i]` for a code that is not
 *   in {@link LINT_RULES}; `invalid_value` at `["options", "periodicDue"]` for anything but
 *   `"end-of-period"` or `{ dayOfNextPeriod: 1–28 }`.
 * @example
 * ```ts
 * import { lintPlan, parsePlan } from "cong-doan-ke-hoach";
 *
 * declare const json: unknown; // examples/vgcl-2017/plan.json
 * const findings = lintPlan(parsePlan(json));
 * findings.find((f) => f.code === "paid_articles_vs_phase")?.details;
 * //=> { quantity: "365", phaseDays: "335", capacity: "335", difference: "30", … }
 * // The July 2018 award comes after phase 1:
 * findings.find((f) => f.code === "window_outside_phase")?.path;
 * //=> ["budget", "sections", 2, "lines", 0, "window"]
 * lintPlan(parsePlan(json), { rules: ["declared_total_mismatch"] }); //=> []
 * ```
 * @category Rules
 */
export function lintPlan(plan: Plan, options?: LintPlanOptions): readonly Finding[] {
  requireParsedPlan(plan);
  const rules = selectRules(options);
  if (rules.length === 0) return Object.freeze([]);
  const context = new LintContext(plan, { periodicDue: options?.periodicDue });
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...runLintRule(rule, context));
  return Object.freeze(findings);
}

/** The rules to run, in catalogue order. */
function selectRules(options: LintPlanOptions | undefined): readonly LintRuleDefinition<LintRuleCode, unknown>[] {
  if (options === undefined) return LINT_RULE_DEFINITIONS;
  if (options === null || typeof options !== "object") {
    throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  }
  const read = (key: "rules" | "exclude"): ReadonlySet<LintRuleCode> | undefined => {
    const list: unknown = options[key];
    if (list === undefined) return undefined;
    if (!Array.isArray(list)) {
      throw new PlanError([newIssue(INVALID_TYPE, ["options", key], { expected: "array", received: kindOf(list) })]);
    }
    const unknown = list.flatMap((code: unknown, i) =>
      isLintRuleCode(code) ? [] : [newIssue(INVALID_VALUE, ["options", key, i], { expected: "a rule code of LINT_RULES", expectedVi: "mã quy tắc trong LINT_RULES", receivedValue: code })],
    );
    if (unknown.length > 0) throw new PlanError(unknown);
    return new Set(list as LintRuleCode[]);
  };
  const only = read("rules");
  const exclude = read("exclude");
  // Checked here, whichever rules run (only deadline_after_review reads it), at the option's own path.
  const due: unknown = options.periodicDue;
  const day = typeof due === "object" && due !== null ? (due as { dayOfNextPeriod?: unknown }).dayOfNextPeriod : undefined;
  if (!(due === undefined || due === "end-of-period" || (typeof day === "number" && Number.isInteger(day) && day >= 1 && day <= 28))) {
    throw new PlanError([newIssue(INVALID_VALUE, ["options", "periodicDue"], { expected: '"end-of-period" or { dayOfNextPeriod: 1–28 }', receivedValue: due })]);
  }
  return LINT_RULE_DEFINITIONS.filter(({ code }) => (only === undefined || only.has(code)) && !exclude?.has(code));
}
