/**
 * The bridges between the budget calculators and the lint: a bridge rule reports the findings of
 * `checkDeclaredTotals` that carry its code, at their paths and with their details, rather than checking
 * the budget a second time.
 *
 * @internal
 */
import type { Finding } from "../../../errors/Finding.js";
import type { LintContext } from "./context.js";
import type { Path } from "./defineLintRule.js";
import { lineName, quoted } from "./text.js";

/** The messages of a budget finding, and the line it points into (quoted) where it points into one. @internal */
export interface BudgetMessage {
  readonly message: string;
  readonly messageVi: string;
  /** The line the path points into, by its quoted title; else the path itself, quoted. */
  readonly line: string;
  /** Whether the path points into a budget line of the plan. */
  readonly atLine: boolean;
  /** Whether the budget's own message already names the line by its title. */
  readonly namesLine: boolean;
}

/**
 * The findings of `checkDeclaredTotals` with one of these codes, each with the line it points into.
 *
 * @internal
 */
export function budgetFindings(c: LintContext, codes: readonly string[]): { readonly path: Path; readonly data: BudgetMessage; readonly details: Readonly<Record<string, string>> }[] {
  return c
    .budget()
    .filter((f: Finding) => codes.includes(f.code))
    .map((f) => {
      const located = f.path.length > 5 ? c.lineAt(f.path) : undefined;
      const line = located === undefined ? quoted(f.path.join(".")) : lineName(located.item);
      const namesLine = located !== undefined && quotesTitle(f, located.item.title);
      return { path: f.path, data: { message: f.message, messageVi: f.messageVi, line, atLine: located !== undefined, namesLine }, details: f.details ?? {} };
    });
}

/**
 * A budget finding's messages, led by the line they concern ("budget line "…": …") unless they name it
 * already.
 *
 * @internal
 */
export function lineMessage(d: BudgetMessage): readonly [string, string] {
  if (!d.atLine || d.namesLine) return [d.message, d.messageVi];
  return [`budget line ${d.line}: ${d.message}`, `dòng dự trù ${d.line}: ${d.messageVi}`];
}

/**
 * Whether both messages of a budget finding quote a line's title, as the budget calculators quote it: whole
 * (`"…"`), or cut to 80 characters (its first 77 and "...", as `checkDeclaredTotals` cuts a long title).
 */
function quotesTitle(f: Finding, title: string): boolean {
  if (title.trim() === "") return false;
  const forms = [`"${title}"`, ...(title.length > 80 ? [`"${title.slice(0, 77)}..."`] : [])];
  return forms.some((q) => f.message.includes(q) && f.messageVi.includes(q));
}
