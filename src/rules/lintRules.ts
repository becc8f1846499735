import type { Severity } from "../errors/Finding.js";
import type { LintRuleDefinition, LintRuleMeta } from "./lint/_lib/defineLintRule.js";
import * as declared_total_mismatch from "./lint/declared_total_mismatch.js";
import * as line_amount_mismatch from "./lint/line_amount_mismatch.js";
import * as share_amount_mismatch from "./lint/share_amount_mismatch.js";
import * as funding_split_mismatch from "./lint/funding_split_mismatch.js";
import * as own_line_without_amount from "./lint/own_line_without_amount.js";
import * as rate_units_mismatch from "./lint/rate_units_mismatch.js";
import * as share_of_unknown_line from "./lint/share_of_unknown_line.js";
import * as paid_articles_vs_phase from "./lint/paid_articles_vs_phase.js";
import * as line_quantity_mismatch from "./lint/line_quantity_mismatch.js";
import * as plan_without_window from "./lint/plan_without_window.js";
import * as window_outside_phase from "./lint/window_outside_phase.js";
import * as line_window_outside_activity from "./lint/line_window_outside_activity.js";
import * as quota_start_outside_phase from "./lint/quota_start_outside_phase.js";
import * as deadline_after_review from "./lint/deadline_after_review.js";
import * as reporting_without_window from "./lint/reporting_without_window.js";
import * as reporting_without_recipient from "./lint/reporting_without_recipient.js";
import * as activity_without_lead from "./lint/activity_without_lead.js";
import * as budget_line_without_lead from "./lint/budget_line_without_lead.js";
import * as unit_without_work from "./lint/unit_without_work.js";
import * as quota_matches_no_outlet from "./lint/quota_matches_no_outlet.js";
import * as quota_owed_by_no_unit from "./lint/quota_owed_by_no_unit.js";
import * as unit_used_after_valid_to from "./lint/unit_used_after_valid_to.js";
import * as legal_basis_after_plan from "./lint/legal_basis_after_plan.js";
import * as signatory_missing from "./lint/signatory_missing.js";
import * as report_before_phase_end from "./lint/report_before_phase_end.js";
import * as quota_outlet_without_online_edition from "./lint/quota_outlet_without_online_edition.js";
import * as quota_outlet_not_reporting from "./lint/quota_outlet_not_reporting.js";
import * as activity_without_window from "./lint/activity_without_window.js";
import * as budget_line_without_activity from "./lint/budget_line_without_activity.js";
import * as unit_never_used from "./lint/unit_never_used.js";
import * as responsible_unit_not_recipient from "./lint/responsible_unit_not_recipient.js";
import * as objective_without_indicator from "./lint/objective_without_indicator.js";
import * as plan_number_missing from "./lint/plan_number_missing.js";
import * as plan_date_missing from "./lint/plan_date_missing.js";

/**
 * A rule of the plan lint ({@link lintPlan}), as data: its stable code, how much a finding of it matters,
 * a title and a sentence saying what it checks, in English and Vietnamese. The catalogue of every rule
 * is {@link LINT_RULES}.
 *
 * @example
 * ```ts
 * import { LINT_RULES, type LintRule } from "cong-doan-ke-hoach";
 *
 * const errors: LintRule[] = LINT_RULES.filter((rule) => rule.severity === "error");
 * errors.map((rule) => rule.code); //=> ["declared_total_mismatch", "line_amount_mismatch", "share_amount_mismatch", "funding_split_mismatch"]
 * ```
 * @category Rules
 */
export interface LintRule {
  /** The stable snake_case code that the rule's findings carry. */
  readonly code: LintRuleCode;
  /** The severity of the rule's findings. */
  readonly severity: Severity;
  /** A short title, in English. */
  readonly title: string;
  /** A short title, in Vietnamese. */
  readonly titleVi: string;
  /** What the rule checks, in one English sentence. */
  readonly checks: string;
  /** What the rule checks, in one Vietnamese sentence. */
  readonly checksVi: string;
}

/**
 * The codes of every rule of the lint, in catalogue order: the one list that gives the order of
 * {@link LINT_RULES} and of lintPlan's findings. Each rule is one file of `src/rules/lint/`, named by its
 * code; the records below take each file's `rule` and `meta` under its code, and the compiler checks that
 * the file's code is that code and that no rule is left out. Errors first (figures that do not add up),
 * then warnings (for a person to look at), then infos (worth knowing); within a severity, the budget first,
 * then time, then units and quotas, then the document. A new rule goes at the end of its severity's group
 * unless it belongs beside a rule it extends, so that the order of the existing findings does not change.
 * (Hidden from the documentation, not internal: the declarations keep it, since {@link LintRuleCode} is its
 * element type.)
 *
 * @hidden
 */
export const LINT_RULE_ORDER = [
  "declared_total_mismatch",
  "line_amount_mismatch",
  "share_amount_mismatch",
  "funding_split_mismatch",
  "own_line_without_amount",
  "rate_units_mismatch",
  "share_of_unknown_line",
  "paid_articles_vs_phase",
  "line_quantity_mismatch",
  "plan_without_window",
  "window_outside_phase",
  "line_window_outside_activity",
  "quota_start_outside_phase",
  "deadline_after_review",
  "reporting_without_window",
  "reporting_without_recipient",
  "activity_without_lead",
  "budget_line_without_lead",
  "unit_without_work",
  "quota_matches_no_outlet",
  "quota_owed_by_no_unit",
  "unit_used_after_valid_to",
  "legal_basis_after_plan",
  "signatory_missing",
  "report_before_phase_end",
  "quota_outlet_without_online_edition",
  "quota_outlet_not_reporting",
  "activity_without_window",
  "budget_line_without_activity",
  "unit_never_used",
  "responsible_unit_not_recipient",
  "objective_without_indicator",
  "plan_number_missing",
  "plan_date_missing",
] as const;

/**
 * The code of a rule of {@link LINT_RULES}: the `code` of every finding {@link lintPlan} returns, one for
 * each file of `src/rules/lint/`.
 *
 * @example
 * ```ts
 * import type { LintRuleCode } from "cong-doan-ke-hoach";
 *
 * const code: LintRuleCode = "window_outside_phase";
 * ```
 * @category Rules
 * @useDeclaredType
 */
export type LintRuleCode = (typeof LINT_RULE_ORDER)[number];

/** Every rule's check, from its file, by code. Only lintPlan reads them. */
const RULES: { readonly [C in LintRuleCode]: LintRuleDefinition<C, unknown> } = {
  declared_total_mismatch: declared_total_mismatch.rule,
  line_amount_mismatch: line_amount_mismatch.rule,
  share_amount_mismatch: share_amount_mismatch.rule,
  funding_split_mismatch: funding_split_mismatch.rule,
  own_line_without_amount: own_line_without_amount.rule,
  rate_units_mismatch: rate_units_mismatch.rule,
  share_of_unknown_line: share_of_unknown_line.rule,
  paid_articles_vs_phase: paid_articles_vs_phase.rule,
  line_quantity_mismatch: line_quantity_mismatch.rule,
  plan_without_window: plan_without_window.rule,
  window_outside_phase: window_outside_phase.rule,
  line_window_outside_activity: line_window_outside_activity.rule,
  quota_start_outside_phase: quota_start_outside_phase.rule,
  deadline_after_review: deadline_after_review.rule,
  reporting_without_window: reporting_without_window.rule,
  reporting_without_recipient: reporting_without_recipient.rule,
  activity_without_lead: activity_without_lead.rule,
  budget_line_without_lead: budget_line_without_lead.rule,
  unit_without_work: unit_without_work.rule,
  quota_matches_no_outlet: quota_matches_no_outlet.rule,
  quota_owed_by_no_unit: quota_owed_by_no_unit.rule,
  unit_used_after_valid_to: unit_used_after_valid_to.rule,
  legal_basis_after_plan: legal_basis_after_plan.rule,
  signatory_missing: signatory_missing.rule,
  report_before_phase_end: report_before_phase_end.rule,
  quota_outlet_without_online_edition: quota_outlet_without_online_edition.rule,
  quota_outlet_not_reporting: quota_outlet_not_reporting.rule,
  activity_without_window: activity_without_window.rule,
  budget_line_without_activity: budget_line_without_activity.rule,
  unit_never_used: unit_never_used.rule,
  responsible_unit_not_recipient: responsible_unit_not_recipient.rule,
  objective_without_indicator: objective_without_indicator.rule,
  plan_number_missing: plan_number_missing.rule,
  plan_date_missing: plan_date_missing.rule,
};

/**
 * Every rule's catalogue entry, from its file (its `meta`), by code. Only {@link LINT_RULES} reads them, so
 * that a bundle that runs the lint without showing the catalogue leaves their texts out.
 */
const METAS: { readonly [C in LintRuleCode]: LintRuleMeta<C> } = {
  declared_total_mismatch: declared_total_mismatch.meta,
  line_amount_mismatch: line_amount_mismatch.meta,
  share_amount_mismatch: share_amount_mismatch.meta,
  funding_split_mismatch: funding_split_mismatch.meta,
  own_line_without_amount: own_line_without_amount.meta,
  rate_units_mismatch: rate_units_mismatch.meta,
  share_of_unknown_line: share_of_unknown_line.meta,
  paid_articles_vs_phase: paid_articles_vs_phase.meta,
  line_quantity_mismatch: line_quantity_mismatch.meta,
  plan_without_window: plan_without_window.meta,
  window_outside_phase: window_outside_phase.meta,
  line_window_outside_activity: line_window_outside_activity.meta,
  quota_start_outside_phase: quota_start_outside_phase.meta,
  deadline_after_review: deadline_after_review.meta,
  reporting_without_window: reporting_without_window.meta,
  reporting_without_recipient: reporting_without_recipient.meta,
  activity_without_lead: activity_without_lead.meta,
  budget_line_without_lead: budget_line_without_lead.meta,
  unit_without_work: unit_without_work.meta,
  quota_matches_no_outlet: quota_matches_no_outlet.meta,
  quota_owed_by_no_unit: quota_owed_by_no_unit.meta,
  unit_used_after_valid_to: unit_used_after_valid_to.meta,
  legal_basis_after_plan: legal_basis_after_plan.meta,
  signatory_missing: signatory_missing.meta,
  report_before_phase_end: report_before_phase_end.meta,
  quota_outlet_without_online_edition: quota_outlet_without_online_edition.meta,
  quota_outlet_not_reporting: quota_outlet_not_reporting.meta,
  activity_without_window: activity_without_window.meta,
  budget_line_without_activity: budget_line_without_activity.meta,
  unit_never_used: unit_never_used.meta,
  responsible_unit_not_recipient: responsible_unit_not_recipient.meta,
  objective_without_indicator: objective_without_indicator.meta,
  plan_number_missing: plan_number_missing.meta,
  plan_date_missing: plan_date_missing.meta,
};

/** The rules, in catalogue order, as lintPlan runs them. @internal */
export const LINT_RULE_DEFINITIONS: readonly LintRuleDefinition<LintRuleCode, unknown>[] = /* @__PURE__ */ LINT_RULE_ORDER.map((code) => RULES[code]);

/**
 * The catalogue of the plan lint, as data, in the order {@link lintPlan} runs the rules and returns
 * their findings: errors first (figures that do not add up), then warnings (for a person to look at),
 * then infos (worth knowing). Each rule has a stable `code`, a `severity`, a `title` and a sentence of
 * what it `checks`, in English and Vietnamese. Frozen; `docs/rules.md` explains every rule.
 *
 * | code | severity |
 * |---|---|
 * | `declared_total_mismatch` | error |
 * | `line_amount_mismatch` | error |
 * | `share_amount_mismatch` | error |
 * | `funding_split_mismatch` | error |
 * | `own_line_without_amount` | warning |
 * | `rate_units_mismatch` | warning |
 * | `share_of_unknown_line` | warning |
 * | `paid_articles_vs_phase` | warning |
 * | `line_quantity_mismatch` | warning |
 * | `plan_without_window` | warning |
 * | `window_outside_phase` | warning |
 * | `line_window_outside_activity` | warning |
 * | `quota_start_outside_phase` | warning |
 * | `deadline_after_review` | warning |
 * | `reporting_without_window` | warning |
 * | `reporting_without_recipient` | warning |
 * | `activity_without_lead` | warning |
 * | `budget_line_without_lead` | warning |
 * | `unit_without_work` | warning |
 * | `quota_matches_no_outlet` | warning |
 * | `quota_owed_by_no_unit` | warning |
 * | `unit_used_after_valid_to` | warning |
 * | `legal_basis_after_plan` | warning |
 * | `signatory_missing` | warning |
 * | `report_before_phase_end` | info |
 * | `quota_outlet_without_online_edition` | info |
 * | `quota_outlet_not_reporting` | info |
 * | `activity_without_window` | info |
 * | `budget_line_without_activity` | info |
 * | `unit_never_used` | info |
 * | `responsible_unit_not_recipient` | info |
 * | `objective_without_indicator` | info |
 * | `plan_number_missing` | info |
 * | `plan_date_missing` | info |
 *
 * @example
 * ```ts
 * import { LINT_RULES } from "cong-doan-ke-hoach";
 *
 * const rule = LINT_RULES.find((r) => r.code === "window_outside_phase");
 * rule?.severity; //=> "warning"
 * rule?.titleVi; //=> "Thời gian nằm ngoài các giai đoạn"
 * LINT_RULES.length; //=> 34
 * ```
 * @category Rules
 */
export const LINT_RULES: readonly LintRule[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ LINT_RULE_ORDER.map((key) => {
    const { code, severity, title, titleVi, checks, checksVi } = METAS[key];
    return Object.freeze({ code, severity, title, titleVi, checks, checksVi });
  }),
);

/** Whether a string is the code of a rule of the catalogue. @internal */
export function isLintRuleCode(code: unknown): code is LintRuleCode {
  return typeof code === "string" && (LINT_RULE_ORDER as readonly string[]).includes(code);
}
