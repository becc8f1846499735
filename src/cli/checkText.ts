import { checkPlanText, type TextFinding } from "../index.js";
import type { Command } from "./_lib/command.js";
import { OUTPUT_OPTION } from "./_lib/documents.js";
import { EXIT } from "./_lib/failure.js";
import { compute } from "./_lib/issues.js";
import { MESSAGES } from "./_lib/messages.js";
import { deliver, findingsFormat, outputFile } from "./_lib/output.js";
import { TEXT_INPUT_HELP, TEXT_OPTIONS, TEXT_OPTIONS_HELP, TEXT_OPTION_NAMES, loadPlanText, locatedLine, textOptions } from "./_lib/text.js";

/**
 * `cong-doan-ke-hoach check-text <plan.txt>`: checks the text of a plan before it is signed
 * (`checkPlanText`: what the reader finds, what the plan it makes lacks, what the lint rules find), each
 * finding at its line and column in the text (`plan.txt:221:1`), with its severity, code and message; or
 * with `--format json` an object `{ file, findings, counts }`.
 *
 * Exit 0 when no finding is an error (warnings and infos do not fail); 1 when one is; 2 for a usage error
 * or a file that cannot be read.
 *
 * @param context - the text file, `--format`, `-o`, `--reference-date`, `--units`, `--lang`.
 * @returns the exit code.
 * @throws `CliFailure` (exit 2) for a usage error or a file that cannot be read.
 * @example
 * ```sh
 * cong-doan-ke-hoach check-text ke-hoach.txt
 * cong-doan-ke-hoach check-text ke-hoach.txt --format json -o findings.json --lang en
 * ```
 * @category CLI
 * @internal
 */
export const checkTextCommand: Command = {
  name: "check-text",
  usage: {
    en: "check-text <plan.txt> [--format text|json] [-o <file>] [--reference-date <date>] [--units <file>]",
    vi: "check-text <plan.txt> [--format text|json] [-o <tệp>] [--reference-date <ngày>] [--units <tệp>]",
  },
  summary: {
    en: "Check the text of a plan before it is signed: findings at their line and column.",
    vi: "Kiểm tra văn bản kế hoạch trước khi ký: các phát hiện kèm dòng và cột.",
  },
  help: {
    en: [
      "Checks the text of a plan with checkPlanText: reads it, checks the plan it makes (parsePlan) and lints it",
      "(lintPlan; the budget's totals even when the plan is not yet whole), and writes every finding at its",
      "line and column in the text (plan.txt:221:1) with its severity, code and message: a total that its",
      "lines do not add up to, \"Bằng chữ\" that does not say the figure, a part the text lacks, …",
      TEXT_INPUT_HELP.en,
      "",
      "Options:",
      "  --format text|json    text (default), or JSON: { file, findings, counts }.",
      "                        By default JSON when the file of -o ends in .json.",
      "  -o, --output <file>   Write to this file instead of standard output (-o - is standard output).",
      TEXT_OPTIONS_HELP.en,
      "",
      "Exit code: 0 no errors (warnings and infos do not fail), 1 errors, 2 usage error or a file that cannot be read.",
    ].join("\n"),
    vi: [
      "Kiểm tra văn bản kế hoạch bằng checkPlanText: đọc văn bản, kiểm tra kế hoạch đọc được (parsePlan) và rà soát",
      "(lintPlan; các tổng của dự trù kinh phí được kiểm tra cả khi kế hoạch chưa đầy đủ), rồi ghi từng phát hiện kèm",
      "dòng và cột trong văn bản (plan.txt:221:1), mức độ, mã và nội dung: tổng cộng không khớp với các khoản,",
      "số tiền \"Bằng chữ\" không khớp bằng số, phần văn bản còn thiếu, …",
      TEXT_INPUT_HELP.vi,
      "",
      "Tùy chọn:",
      "  --format text|json    text (văn bản, mặc định) hoặc JSON: { file, findings, counts }.",
      "                        Mặc định là JSON nếu tệp của -o có đuôi .json.",
      "  -o, --output <tệp>    Ghi kết quả vào tệp này thay vì in ra màn hình (-o - là in ra màn hình).",
      TEXT_OPTIONS_HELP.vi,
      "",
      "Mã thoát: 0 không có lỗi (cảnh báo, lưu ý không tính là lỗi), 1 có lỗi, 2 dùng sai lệnh hoặc không đọc được tệp.",
    ].join("\n"),
  },
  positionals: [{ en: "the text of the plan (plan.txt)", vi: "tệp văn bản kế hoạch (plan.txt)" }],
  options: { format: { type: "string", choices: ["text", "json"] }, ...OUTPUT_OPTION, ...TEXT_OPTIONS },
  async run({ positionals, values, lang }) {
    const file = positionals[0]!;
    const options = textOptions(values);
    const text = loadPlanText(file);
    const findings = await compute(() => checkPlanText(text, options), TEXT_OPTION_NAMES);
    const count = (severity: TextFinding["severity"]) => findings.filter((f) => f.severity === severity).length;
    const counts = { error: count("error"), warning: count("warning"), info: count("info") };
    const output =
      findingsFormat(values) === "json"
        ? `${JSON.stringify({ file, findings, counts }, null, 2)}\n`
        : `${[`${file}: ${MESSAGES.counts(counts.error, counts.warning, counts.info)[lang]}`, ...findings.map((f) => locatedLine(file, f, lang))].join("\n")}\n`;
    deliver(outputFile(values), output);
    return counts.error > 0 ? EXIT.dataErrors : EXIT.ok;
  },
};
