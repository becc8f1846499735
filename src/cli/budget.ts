import { budgetTable, renderBudgetTable } from "../index.js";
import type { Command } from "./_lib/command.js";
import { OUTPUT_OPTION, documentAs, type DocumentAs } from "./_lib/documents.js";
import { EXIT } from "./_lib/failure.js";
import { compute } from "./_lib/issues.js";
import { loadPlan } from "./_lib/inputs.js";
import { deliver, outputFile } from "./_lib/output.js";

const CHOICES: readonly DocumentAs[] = ["txt", "md", "json"];

/**
 * `cong-doan-ke-hoach budget <plan.json>`: the plan's budget appendix (Dự trù kinh phí) as the document
 * lays it out (`renderBudgetTable`): a row per section with its subtotal, a row per line, the TỔNG CỘNG
 * row, the total in words ("Bằng chữ: …") and a note for each declared figure the lines do not give; as
 * aligned text (default), a Markdown table, or with `--as json` the table as data (`budgetTable`, amounts
 * as digit strings); by default the format of the extension of `-o`, as for the documents.
 *
 * @param context - the plan file, `--as`, `-o`.
 * @returns the exit code: 0 written, 1 the plan is invalid, 2 usage error or unreadable file.
 * @throws `CliFailure` for an invalid plan (exit 1), a usage error or an unreadable file (exit 2).
 * @example
 * ```sh
 * cong-doan-ke-hoach budget examples/vgcl-2017/plan.json
 * ```
 * @category CLI
 * @internal
 */
export const budgetCommand: Command = {
  name: "budget",
  usage: {
    en: "budget <plan.json> [--as txt|md|json] [-o <file>]",
    vi: "budget <plan.json> [--as txt|md|json] [-o <tệp>]",
  },
  summary: {
    en: "The budget appendix, with its total in figures and in words.",
    vi: "Phụ lục dự trù kinh phí, với tổng cộng bằng số và bằng chữ.",
  },
  help: {
    en: [
      "Writes the plan's budget appendix (Dự trù kinh phí): a row per section with its subtotal, a row per line,",
      "the TỔNG CỘNG row, the total in words (\"Bằng chữ: …\") and a note for each declared figure that the lines",
      "do not give.",
      "",
      "Options:",
      "  --as txt|md|json      txt: aligned columns (default); md: a Markdown table; json: the table as data.",
      "                        By default the extension of -o (.txt, .md, .json), else txt.",
      "  -o, --output <file>   Write to this file instead of standard output (-o - is standard output).",
    ].join("\n"),
    vi: [
      "Ghi phụ lục dự trù kinh phí của kế hoạch: mỗi mục một dòng với cộng mục, mỗi khoản một dòng, dòng TỔNG CỘNG,",
      "tổng số tiền bằng chữ (\"Bằng chữ: …\") và lưu ý cho mỗi số liệu ghi trong văn bản mà các khoản không khớp.",
      "",
      "Tùy chọn:",
      "  --as txt|md|json      txt: bảng căn cột (mặc định); md: bảng Markdown; json: bảng dưới dạng dữ liệu.",
      "                        Mặc định theo phần mở rộng của tệp -o (.txt, .md, .json), nếu không thì txt.",
      "  -o, --output <tệp>    Ghi kết quả vào tệp này thay vì in ra màn hình (-o - là in ra màn hình).",
    ].join("\n"),
  },
  positionals: [{ en: "the plan file (plan.json)", vi: "tệp kế hoạch (plan.json)" }],
  options: { as: { type: "string", choices: CHOICES }, ...OUTPUT_OPTION },
  async run({ positionals, values }) {
    const as = documentAs(values, CHOICES);
    const plan = loadPlan(positionals[0]!);
    const output = await compute(() =>
      as === "json" ? `${JSON.stringify(budgetTable(plan), null, 2)}\n` : renderBudgetTable(plan, { format: as === "md" ? "markdown" : "text" }),
    );
    deliver(outputFile(values), output);
    return EXIT.ok;
  },
};
