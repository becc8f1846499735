import { readPlanText, safeParsePlan } from "../index.js";
import type { Command } from "./_lib/command.js";
import { OUTPUT_OPTION } from "./_lib/documents.js";
import { EXIT } from "./_lib/failure.js";
import { compute, issueLines } from "./_lib/issues.js";
import { MESSAGES, UNREAD, type Lang } from "./_lib/messages.js";
import { deliver, note, outputFile } from "./_lib/output.js";
import { TEXT_INPUT_HELP, TEXT_OPTIONS, TEXT_OPTIONS_HELP, TEXT_OPTION_NAMES, clip, loadPlanText, locatedLine, placeText, textOptions } from "./_lib/text.js";

/**
 * `cong-doan-ke-hoach read <plan.txt> -o <plan.json>`: reads the text of a plan into a plan document
 * (`readPlanText`) and writes the draft as JSON (with `--full`, the reader's whole result `{ file, valid,
 * issues, draft, findings, unread, sources }`). On standard error, in the language of `--lang`: what the
 * reader guessed or left out and the paragraphs it placed nowhere, each at its line and column, then
 * whether the draft is a valid plan (`safeParsePlan`) and, when it is not, each issue's path and message.
 *
 * Exit 0 when the draft is a valid plan and the reader found no error; 1 when it is not (the draft is
 * written all the same, to be completed); 2 for a usage error or a file that cannot be read.
 *
 * @param context - the text file, `-o`, `--full`, `--reference-date`, `--units`, `--lang`.
 * @returns the exit code.
 * @throws `CliFailure` (exit 2) for a usage error or a file that cannot be read.
 * @example
 * ```sh
 * cong-doan-ke-hoach read ke-hoach.txt -o plan.json
 * cong-doan-ke-hoach read ke-hoach.txt --reference-date 2025-11-19 --units units.json --full -o read.json --lang en
 * ```
 * @category CLI
 * @internal
 */
export const readCommand: Command = {
  name: "read",
  usage: {
    en: "read <plan.txt> [-o <plan.json>] [--full] [--reference-date <date>] [--units <file>]",
    vi: "read <plan.txt> [-o <plan.json>] [--full] [--reference-date <ngày>] [--units <tệp>]",
  },
  summary: {
    en: "Read the text of a plan into a plan file (JSON), with what was guessed or not read.",
    vi: "Đọc văn bản kế hoạch thành tệp kế hoạch (JSON), kèm những chỗ phải đoán hoặc chưa đọc được.",
  },
  help: {
    en: [
      "Reads the text of a plan with readPlanText, the way a careful clerk would retype it, and writes the plan",
      "document it gives (the draft, JSON): nothing invented, what the text does not say is absent.",
      TEXT_INPUT_HELP.en,
      "On standard error: each finding (a guess, something left out, an amount in words that does not say its",
      "figure) and each paragraph not read, at its line and column (plan.txt:13:2); then whether the draft is a",
      "valid plan (parsePlan), and if not, each problem with its path in the draft.",
      "",
      "Options:",
      "  -o, --output <file>   Write the draft to this file instead of standard output (-o - is standard output).",
      "  --full                Write the reader's whole result instead of the draft alone:",
      "                        { file, valid, issues, draft, findings, unread, sources }.",
      TEXT_OPTIONS_HELP.en,
      "",
      "Exit code: 0 the draft is a valid plan, 1 it is not yet one or the reader found an error (the draft is",
      "written all the same), 2 usage error or a file that cannot be read.",
    ].join("\n"),
    vi: [
      "Đọc văn bản kế hoạch bằng readPlanText, như một người đánh máy cẩn thận chép lại, rồi ghi ra văn bản kế hoạch",
      "(bản nháp, dạng JSON): không thêm điều gì văn bản không nói; điều văn bản không ghi thì bỏ trống.",
      TEXT_INPUT_HELP.vi,
      "Ghi ra màn hình (luồng lỗi): từng phát hiện (chỗ phải đoán, chỗ bỏ qua, số tiền bằng chữ không khớp bằng số)",
      "và từng đoạn chưa đọc được, kèm dòng và cột (plan.txt:13:2); sau đó cho biết bản nháp đã là kế hoạch hợp lệ",
      "chưa (parsePlan), nếu chưa thì liệt kê từng lỗi với vị trí trong bản nháp.",
      "",
      "Tùy chọn:",
      "  -o, --output <tệp>    Ghi bản nháp vào tệp này thay vì in ra màn hình (-o - là in ra màn hình).",
      "  --full                Ghi toàn bộ kết quả đọc thay vì chỉ bản nháp:",
      "                        { file, valid, issues, draft, findings, unread, sources }.",
      TEXT_OPTIONS_HELP.vi,
      "",
      "Mã thoát: 0 bản nháp là kế hoạch hợp lệ, 1 bản nháp chưa hợp lệ hoặc có lỗi khi đọc (bản nháp vẫn được ghi),",
      "2 dùng sai lệnh hoặc không đọc được tệp.",
    ].join("\n"),
  },
  positionals: [{ en: "the text of the plan (plan.txt)", vi: "tệp văn bản kế hoạch (plan.txt)" }],
  options: { ...OUTPUT_OPTION, full: { type: "boolean" }, ...TEXT_OPTIONS },
  async run({ positionals, values, lang }) {
    const file = positionals[0]!;
    const options = textOptions(values);
    const text = loadPlanText(file);
    const result = await compute(() => readPlanText(text, options), TEXT_OPTION_NAMES);
    const parsed = safeParsePlan(result.draft);
    const issues = parsed.success ? [] : parsed.error.issues;
    const written = values["full"] === true ? { file, valid: parsed.success, issues, ...result } : result.draft;
    deliver(outputFile(values), `${JSON.stringify(written, null, 2)}\n`);
    note(readReport(file, result, issues, lang));
    return issues.length > 0 || result.findings.some((f) => f.severity === "error") ? EXIT.dataErrors : EXIT.ok;
  },
};

function readReport(file: string, result: ReturnType<typeof readPlanText>, issues: Parameters<typeof issueLines>[0], lang: Lang): string[] {
  const located = [
    ...result.findings.map((f) => ({ offset: f.offset, line: locatedLine(file, f, lang) })),
    ...result.unread.map((u) => ({ offset: u.offset, line: `  ${UNREAD[lang]}  ${placeText(file, u)}  ${clip(u.text)}` })),
  ].sort((a, b) => a.offset - b.offset);
  return [
    MESSAGES.readSummary(file, result.findings.length, result.unread.length)[lang],
    ...located.map((l) => l.line),
    issues.length === 0 ? MESSAGES.draftValid()[lang] : MESSAGES.draftInvalid(issues.length)[lang],
    ...issueLines(issues).map((line) => line[lang]),
  ];
}
