import { formatPath, isPlanError, type Finding, type PlanIssue } from "../../index.js";
import { CliFailure, EXIT } from "./failure.js";
import { MESSAGES, ROOT_PATH, SEVERITY_NAMES, type Lang, type Text } from "./messages.js";

/** How many issues a failure lists before "… and N more". @internal */
export const MAX_LISTED = 50;

/** A path as JavaScript addresses it (`channels[0].quotas[1].min`), "(gốc)" for the whole value. @internal */
export function pathText(path: readonly (string | number)[], lang: Lang): string {
  return path.length === 0 ? ROOT_PATH[lang] : formatPath(path);
}

/**
 * One line of the text output for an issue or a finding: `  <severity>  <path>  <code>: <message>`.
 *
 * @internal
 */
export function entryLine(entry: Pick<Finding, "path" | "code" | "message" | "messageVi"> & { readonly severity?: Finding["severity"] }, lang: Lang): string {
  const severity = SEVERITY_NAMES[entry.severity ?? "error"][lang];
  const message = lang === "vi" ? entry.messageVi : entry.message;
  return `  ${severity}  ${pathText(entry.path, lang)}  ${entry.code}: ${message}`;
}

/** The lines of a list of issues in both languages, the first {@link MAX_LISTED} of them. @internal */
export function issueLines(issues: readonly Pick<PlanIssue, "path" | "code" | "message" | "messageVi">[]): Text[] {
  const lines: Text[] = issues.slice(0, MAX_LISTED).map((issue) => ({ en: entryLine(issue, "en"), vi: entryLine(issue, "vi") }));
  if (issues.length > MAX_LISTED) {
    const more = MESSAGES.moreProblems(issues.length - MAX_LISTED);
    lines.push({ en: `  ${more.en}`, vi: `  ${more.vi}` });
  }
  return lines;
}

/**
 * A failure (exit 1) that lists data errors under a heading.
 *
 * @internal
 */
export function dataFailure(heading: Text, issues: readonly Pick<PlanIssue, "path" | "code" | "message" | "messageVi">[]): CliFailure {
  return new CliFailure(EXIT.dataErrors, [heading, ...issueLines(issues)]);
}

/**
 * Runs a computation of the library; a `PlanError` it throws becomes a failure: a usage error (exit 2)
 * naming the option when the issue is in an option the command passed on (`optionNames` maps the
 * library's option names to the command's, as `asOf` to `--as-of`), else a data failure (exit 1). When
 * every issue is in one argument that came from a file (`files` maps the library's argument names to the
 * files, as `plan` to `plan.json`), the failure names that file and gives each path inside it
 * (`window`, not `plan.window`).
 *
 * @internal
 */
export async function compute<T>(run: () => T | Promise<T>, optionNames: Readonly<Record<string, string>> = {}, files: Readonly<Record<string, string>> = {}): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isPlanError(error)) throw error;
    const issues = error.issues;
    const first = issues[0];
    const head = first?.path[0];
    const name = head === "options" ? first?.path[1] : head;
    const option = typeof name === "string" && Object.hasOwn(optionNames, name) ? optionNames[name] : undefined;
    if (first !== undefined && option !== undefined) {
      throw new CliFailure(EXIT.usage, [MESSAGES.invalidOption(option, { en: first.message, vi: first.messageVi })]);
    }
    const argument = typeof head === "string" && Object.hasOwn(files, head) ? head : undefined;
    if (argument !== undefined && issues.every((issue) => issue.path[0] === argument)) {
      const inFile = issues.map((issue) => ({ ...issue, path: issue.path.slice(1) }));
      throw dataFailure(MESSAGES.rejectedFile(files[argument]!, issues.length), inFile);
    }
    throw dataFailure(MESSAGES.rejected(issues.length), issues);
  }
}
