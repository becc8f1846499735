/**
 * The shape of a lint rule, in the manner of ESLint's `lib/rules/<rule>.js` (meta + create): each file of
 * `src/rules/lint/` exports its `meta` (its entry in the catalogue: code, severity, title and what it
 * checks, in English and Vietnamese) and its `rule` (its code, its severity, the builder of its messages and
 * its check). Both read the code and the severity from two constants of the file; neither reads the other,
 * so that a bundle that runs the lint without showing the catalogue (`lintPlan` alone) leaves the texts out,
 * and one that shows the catalogue without running it (`LINT_RULES` alone) leaves the checks out.
 * `src/rules/lintRules.ts` lists the rules in catalogue order.
 *
 * @internal
 */
import type { Finding, Severity } from "../../../errors/Finding.js";
import type { LintContext } from "./context.js";
import type { Texts } from "./text.js";

/** A path into the plan document. @internal */
export type Path = readonly (string | number)[];

/** A rule's entry in the catalogue (a `LintRule` of one code), as its file declares it. @internal */
export interface LintRuleMeta<C extends string = string> extends LintRuleTexts {
  readonly code: C;
  readonly severity: Severity;
}

/** What the catalogue says of a rule, beside its code and severity. @internal */
export interface LintRuleTexts {
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
 * Reports a finding of the rule: where it is, the figures its message template reads, and its `details`
 * (figures as strings). (Declared as a method, so that it is compared bivariantly and a list of rules with
 * different message data is one type.) @internal
 */
export type Report<D> = { report(path: Path, data: D, details: Readonly<Record<string, string>>): void }["report"];

/**
 * A lint rule: its code and severity, the template of its messages, and its check, which reads the plan
 * through the shared {@link LintContext} and reports its findings in document order. (Methods, so that a
 * list of rules with different message data is one type.) @internal
 */
export interface LintRuleDefinition<C extends string = string, D = unknown> {
  /** The stable snake_case code of its findings; also the name of its file. */
  readonly code: C;
  /** The severity of its findings. */
  readonly severity: Severity;
  /** Builds a finding's message in English and Vietnamese from the figures the check found. */
  message(data: D): Texts;
  /** Reads the plan and reports each finding. */
  check(context: LintContext, report: Report<D>): void;
}

/** Declares a rule (an identity function that infers its code and its message data). @internal */
export function defineLintRule<const C extends string, D>(definition: LintRuleDefinition<C, D>): LintRuleDefinition<C, D> {
  return definition;
}

/** Runs one rule on a context: its findings, each frozen (its path and details too), in the order reported. @internal */
export function runLintRule<D>(rule: LintRuleDefinition<string, D>, context: LintContext): Finding[] {
  const findings: Finding[] = [];
  rule.check(context, (path, data, details) => {
    const [message, messageVi] = rule.message(data);
    findings.push(
      Object.freeze({
        code: rule.code,
        severity: rule.severity,
        path: Object.freeze([...path]),
        message,
        messageVi,
        details: Object.freeze({ ...details }),
      }),
    );
  });
  return findings;
}
