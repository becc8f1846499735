import { planJsonSchema } from "../index.js";
import type { Command } from "./_lib/command.js";
import { OUTPUT_OPTION } from "./_lib/documents.js";
import { EXIT } from "./_lib/failure.js";
import { deliver, outputFile } from "./_lib/output.js";

/**
 * `cong-doan-ke-hoach schema`: the JSON Schema (draft 2020-12) of the plan document (`planJsonSchema()`),
 * the same as the package's `schema/plan.schema.json`, for editors and for services in other languages.
 *
 * @param context - `-o`.
 * @returns 0.
 * @throws `CliFailure` (exit 2) when the output file cannot be written.
 * @example
 * ```sh
 * cong-doan-ke-hoach schema -o plan.schema.json
 * ```
 * @category CLI
 * @internal
 */
export const schemaCommand: Command = {
  name: "schema",
  usage: {
    en: "schema [-o <file>]",
    vi: "schema [-o <tệp>]",
  },
  summary: {
    en: "The JSON Schema of the plan file.",
    vi: "Lược đồ JSON (JSON Schema) của tệp kế hoạch.",
  },
  help: {
    en: [
      "Writes the JSON Schema (draft 2020-12) of the plan file, the same as the package's schema/plan.schema.json:",
      "editors complete and check plan files with it (\"$schema\"), and services in other languages validate them.",
      "",
      "Options:",
      "  -o, --output <file>   Write to this file instead of standard output (-o - is standard output).",
    ].join("\n"),
    vi: [
      "Ghi lược đồ JSON (JSON Schema, bản 2020-12) của tệp kế hoạch, giống tệp schema/plan.schema.json của gói:",
      "trình soạn thảo dùng lược đồ để gợi ý và kiểm tra tệp kế hoạch (\"$schema\"), các dịch vụ viết bằng ngôn ngữ",
      "khác dùng để kiểm tra dữ liệu.",
      "",
      "Tùy chọn:",
      "  -o, --output <tệp>    Ghi kết quả vào tệp này thay vì in ra màn hình (-o - là in ra màn hình).",
    ].join("\n"),
  },
  positionals: [],
  options: { ...OUTPUT_OPTION },
  async run({ values }) {
    deliver(outputFile(values), `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
