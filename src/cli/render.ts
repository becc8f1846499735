import { renderPlanDocument } from "../index.js";
import type { Command } from "./_lib/command.js";
import { DOCUMENT_OPTION_NAMES, deliverDocument, documentDetails, documentOptionSpecs, documentOptionsHelp, documentTarget, type DocumentAs } from "./_lib/documents.js";
import { EXIT } from "./_lib/failure.js";
import { loadPlan } from "./_lib/inputs.js";

const CHOICES: readonly DocumentAs[] = ["html", "md", "txt", "docx"];
const OPTIONS_HELP = documentOptionsHelp(CHOICES, undefined);

/**
 * `cong-doan-ke-hoach render <plan.json> --as html|md|txt|docx -o <file>`: the plan as the official
 * document printed for signature (`renderPlanDocument`; Word through `planToDocx` of
 * `cong-doan-ke-hoach/docx`, loaded only for `--as docx`, which needs the `docx` package and `-o`).
 * `--number`, `--place` and `--date` fill in what the plan leaves blank.
 *
 * @param context - the plan file and the options.
 * @returns the exit code: 0 written, 1 the plan is invalid, 2 usage error or unreadable file.
 * @throws `CliFailure` for an invalid plan (exit 1), a usage error or an unreadable file (exit 2).
 * @example
 * ```sh
 * cong-doan-ke-hoach render plan.json --as html --place "Hà Nội" -o ke-hoach.html
 * cong-doan-ke-hoach render plan.json -o ke-hoach.docx
 * ```
 * @category CLI
 * @internal
 */
export const renderCommand: Command = {
  name: "render",
  usage: {
    en: "render <plan.json> [--as html|md|txt|docx] [-o <file>] [--number <n>] [--place <place>] [--date <date>]",
    vi: "render <plan.json> [--as html|md|txt|docx] [-o <tệp>] [--number <số>] [--place <địa danh>] [--date <ngày>]",
  },
  summary: {
    en: "Write the plan as the official document (HTML to print, Markdown, text, Word).",
    vi: "Xuất kế hoạch thành văn bản hành chính (HTML để in, Markdown, văn bản thuần, Word).",
  },
  help: {
    en: [
      "Writes the plan as the official document printed for signature, in the layout of Decree 30/2020/NĐ-CP:",
      "the issuing body and the national title, the number and date line, the parts, \"Nơi nhận\", the",
      "signature and the budget appendix with its total in words.",
      "",
      "Options:",
      OPTIONS_HELP.en,
    ].join("\n"),
    vi: [
      "Xuất kế hoạch thành văn bản để trình ký, theo thể thức của Nghị định 30/2020/NĐ-CP: tên cơ quan ban hành",
      "và quốc hiệu, tiêu ngữ, số và ngày tháng, các phần nội dung, nơi nhận, chữ ký và phụ lục dự trù kinh phí",
      "với tổng cộng bằng chữ.",
      "",
      "Tùy chọn:",
      OPTIONS_HELP.vi,
    ].join("\n"),
  },
  positionals: [{ en: "the plan file (plan.json)", vi: "tệp kế hoạch (plan.json)" }],
  options: documentOptionSpecs(CHOICES),
  async run({ positionals, values }) {
    const { as, output } = documentTarget(values, CHOICES);
    const details = documentDetails(values);
    const plan = loadPlan(positionals[0]!);
    await deliverDocument(
      as,
      output,
      { text: (format) => renderPlanDocument(plan, { format, ...details }), docx: (docx) => docx.planToDocx(plan, details) },
      DOCUMENT_OPTION_NAMES,
    );
    return EXIT.ok;
  },
};
