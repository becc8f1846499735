import { lintPlan, safeParsePlan, type Finding, type PlanIssue } from "../index.js";
import type { Command } from "./_lib/command.js";
import { OUTPUT_OPTION } from "./_lib/documents.js";
import { EXIT } from "./_lib/failure.js";
import { readJson } from "./_lib/files.js";
import { entryLine } from "./_lib/issues.js";
import { MESSAGES, type Lang } from "./_lib/messages.js";
import { deliver, findingsFormat, outputFile } from "./_lib/output.js";

/** The result of `check --format json`. */
interface CheckResult {
  readonly file: string;
  /** Whether the file is a valid plan (`parsePlan` accepts it); lint runs only then. */
  readonly valid: boolean;
  /** The validation issues (each an error), when it is not. */
  readonly issues: readonly PlanIssue[];
  /** The findings of `lintPlan`, when it is. */
  readonly findings: readonly Finding[];
  /** Errors (issues, or findings of severity error), warnings, infos. */
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

function checkFile(file: string): CheckResult {
  const parsed = safeParsePlan(readJson(file));
  if (!parsed.success) {
    const issues = parsed.error.issues;
    return { file, valid: false, issues, findings: [], counts: { error: issues.length, warning: 0, info: 0 } };
  }
  const findings = lintPlan(parsed.data);
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  return { file, valid: true, issues: [], findings, counts: { error: count("error"), warning: count("warning"), info: count("info") } };
}

function checkText(result: CheckResult, lang: Lang): string {
  const { error, warning, info } = result.counts;
  const heading = result.valid ? `${result.file}: ${MESSAGES.counts(error, warning, info)[lang]}` : MESSAGES.invalidPlan(result.file, error)[lang];
  const lines = [heading, ...result.issues.map((issue) => entryLine(issue, lang)), ...result.findings.map((finding) => entryLine(finding, lang))];
  return `${lines.join("\n")}\n`;
}

/**
 * `cong-doan-ke-hoach check <plan.json>`: reads a plan file, checks it with `parsePlan` (structure,
 * references, business rules) and, when it is valid, with `lintPlan` (the rules a careful reader applies:
 * budget figures that do not add up, windows outside the phases, activities without a lead unit, …).
 * Writes the findings, each with its severity, path, code and message (`--lang`), or with `--format json`
 * an object `{ file, valid, issues, findings, counts }` (issues and findings with both messages).
 *
 * Exit 0 when the plan is valid and has no finding of severity error (warnings and infos do not fail);
 * 1 when it is invalid or has errors; 2 for a usage error or a file that cannot be read or is not JSON.
 *
 * @param context - the plan file, `--format`, `-o`, `--lang`.
 * @returns the exit code.
 * @throws `CliFailure` (exit 2) for an unreadable file or invalid JSON.
 * @example
 * ```sh
 * cong-doan-ke-hoach check examples/vgcl-2017/plan.json
 * cong-doan-ke-hoach check plan.json --format json -o findings.json --lang en
 * ```
 * @category CLI
 * @internal
 */
export const checkCommand: Command = {
  name: "check",
  usage: {
    en: "check <plan.json> [--format text|json] [-o <file>]",
    vi: "check <plan.json> [--format text|json] [-o <tệp>]",
  },
  summary: {
    en: "Check a plan: its structure, then the lint rules (errors, warnings, infos).",
    vi: "Kiểm tra kế hoạch: cấu trúc, rồi các quy tắc rà soát (lỗi, cảnh báo, lưu ý).",
  },
  help: {
    en: [
      "Checks a plan file with parsePlan (structure, references, business rules) and, when it is valid, with",
      "lintPlan (budget figures that do not add up, windows outside the phases, activities without a lead unit, …).",
      "Each finding is written with its severity, its path in the plan, its code and its message.",
      "",
      "Options:",
      "  --format text|json    text (default), or JSON: { file, valid, issues, findings, counts }.",
      "                        By default JSON when the file of -o ends in .json.",
      "  -o, --output <file>   Write to this file instead of standard output (-o - is standard output).",
      "",
      "Exit code: 0 valid and no errors (warnings and infos do not fail), 1 invalid or with errors,",
      "2 usage error or a file that cannot be read or is not JSON.",
    ].join("\n"),
    vi: [
      "Kiểm tra tệp kế hoạch bằng parsePlan (cấu trúc, tham chiếu, quy tắc nghiệp vụ) và, nếu hợp lệ, bằng",
      "lintPlan (số liệu dự trù không khớp, thời gian nằm ngoài giai đoạn, hoạt động không có đơn vị chủ trì, …).",
      "Mỗi phát hiện được ghi kèm mức độ, vị trí trong kế hoạch, mã và nội dung.",
      "",
      "Tùy chọn:",
      "  --format text|json    text (văn bản, mặc định) hoặc JSON: { file, valid, issues, findings, counts }.",
      "                        Mặc định là JSON nếu tệp của -o có đuôi .json.",
      "  -o, --output <tệp>    Ghi kết quả vào tệp này thay vì in ra màn hình (-o - là in ra màn hình).",
      "",
      "Mã thoát: 0 hợp lệ và không có lỗi (cảnh báo, lưu ý không tính là lỗi), 1 không hợp lệ hoặc có lỗi,",
      "2 dùng sai lệnh hoặc không đọc được tệp, tệp không phải JSON.",
    ].join("\n"),
  },
  positionals: [{ en: "the plan file (plan.json)", vi: "tệp kế hoạch (plan.json)" }],
  options: { format: { type: "string", choices: ["text", "json"] }, ...OUTPUT_OPTION },
  async run({ positionals, values, lang }) {
    const result = checkFile(positionals[0]!);
    const output = findingsFormat(values) === "json" ? `${JSON.stringify(result, null, 2)}\n` : checkText(result, lang);
    deliver(outputFile(values), output);
    return result.counts.error > 0 ? EXIT.dataErrors : EXIT.ok;
  },
};
