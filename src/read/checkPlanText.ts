import { checkDeclaredTotals } from "../budget/checkDeclaredTotals.js";
import type { BudgetPlan } from "../budget/budgetPlan.js";
import type { Finding } from "../errors/Finding.js";
import { safeParsePlan } from "../model/parsePlan.js";
import { lintPlan } from "../rules/lintPlan.js";
import { bestSource, readPlanText, type ReadPlanTextOptions, type TextLocation } from "./readPlanText.js";

/**
 * A finding of {@link checkPlanText}, located in the text: from the reader (`"read"`: a guess, something
 * left out, an amount in words that does not match its figure), from the model (`"model"`: what the plan
 * the text makes still lacks or gets wrong, as `parsePlan` says), or from the lint (`"lint"`: a declared total
 * that its lines do not add up to, a window outside the phases…).
 *
 * @example
 * ```ts
 * import type { TextFinding } from "cong-doan-ke-hoach";
 *
 * declare const finding: TextFinding;
 * if (finding.severity === "error") console.log(`${finding.line}:${finding.column} ${finding.messageVi}`);
 * ```
 * @category Read
 */
export interface TextFinding extends TextLocation, Finding {
  /** Who found it: the reader, the plan's schema, or the lint. */
  readonly source: "read" | "model" | "lint";
  /** Where in the draft it is (`[]` where nowhere in particular). */
  readonly path: readonly (string | number)[];
}

/**
 * Checks the text of a plan before it is signed: reads it ({@link readPlanText}), checks the draft as a plan
 * (`safeParsePlan`) and, where it is one, lints it (`lintPlan`), and returns every finding in one list,
 * each located in the text by line and column, so that an app can underline the sentence where the
 * appendix total and its lines disagree, or where "Bằng chữ" does not say the figure. Where the draft is not
 * yet a whole plan, its budget's figures are checked all the same (`checkDeclaredTotals`). A finding of the plan
 * is placed where the text says the part of the plan it is about (the row of a budget line, the paragraph
 * of an activity); one about nothing the text says (a signature the text lacks) at its start.
 *
 * @param text - the plan's text, as {@link readPlanText} takes it.
 * @param options - as {@link readPlanText} takes them.
 * @returns the findings in the order of the text, deeply frozen.
 * @throws {@link PlanError} as {@link readPlanText} does, for a text that is not a string or is too long,
 *   or bad options. Never for what the text says.
 * @example
 * ```ts
 * import { checkPlanText } from "cong-doan-ke-hoach";
 *
 * const text = [
 *   "KẾ HOẠCH", "Tuyên truyền", "I. THỜI GIAN", "Năm 2026.",
 *   "Dự trù kinh phí", "\tSTT", "\tNội dung", "\tKinh phí (đồng)", "",
 *   "\t1", "\tIn tờ rơi", "\t1.000.000", "", "\tTỔNG CỘNG", "\t", "\t2.000.000", "",
 * ].join("\n");
 * const total = checkPlanText(text).find((f) => f.code === "declared_total_mismatch");
 * total?.line; //=> 14
 * ```
 * @category Read
 */
export function checkPlanText(text: string, options?: ReadPlanTextOptions): readonly TextFinding[] {
  const read = readPlanText(text, options);
  const sources = read.sources.map((s) => ({ ...s, start: s.offset }));
  const at = (path: readonly (string | number)[]): TextLocation => {
    const s = bestSource(sources, path);
    return s === undefined ? { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, length: 0 } : { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, offset: s.offset, length: s.length };
  };
  const out: TextFinding[] = read.findings.map((f) => ({ source: "read", ...f }));
  const parsed = safeParsePlan(read.draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) out.push({ source: "model", code: issue.code, severity: "error", path: issue.path, message: issue.message, messageVi: issue.messageVi, ...at(issue.path) });
    // The budget's figures are checked all the same: they need no whole plan.
    const draft = read.draft as unknown as BudgetPlan & { funding?: { sources?: unknown } };
    if (draft.budget !== undefined) {
      try {
        const plan = { ...draft, funding: { sources: Array.isArray(draft.funding?.sources) ? draft.funding.sources : [] } } as BudgetPlan;
        for (const f of checkDeclaredTotals(plan)) out.push({ source: "lint", code: f.code, severity: f.severity, path: f.path, message: f.message, messageVi: f.messageVi, ...(f.details === undefined ? {} : { details: f.details }), ...at(f.path) });
      } catch {
        // A budget too broken to add up: the model's issues say why.
      }
    }
  } else {
    for (const f of lintPlan(parsed.data)) {
      out.push({ source: "lint", code: f.code, severity: f.severity, path: f.path, message: f.message, messageVi: f.messageVi, ...(f.details === undefined ? {} : { details: f.details }), ...at(f.path) });
    }
  }
  out.sort((a, b) => a.offset - b.offset || a.length - b.length);
  return Object.freeze(out.map((f) => Object.freeze({ ...f, path: Object.freeze([...f.path]) })));
}
