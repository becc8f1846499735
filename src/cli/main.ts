import { readFileSync } from "node:fs";
import { budgetCommand } from "./budget.js";
import { checkCommand } from "./check.js";
import { checkTextCommand } from "./checkText.js";
import { findLang, readArguments, type Command } from "./_lib/command.js";
import { CliFailure, EXIT } from "./_lib/failure.js";
import { MESSAGES, type Lang, type Text } from "./_lib/messages.js";
import { outputFile, refuseOverwrite } from "./_lib/output.js";
import { icsCommand } from "./ics.js";
import { readCommand } from "./read.js";
import { renderCommand } from "./render.js";
import { reportCommand } from "./report.js";
import { reviewCommand } from "./review.js";
import { schemaCommand } from "./schema.js";

/** The bin's name, as users type it. @internal */
export const BIN = "cong-doan-ke-hoach";

/** The commands, in the order of the help. @internal */
export const COMMANDS: readonly Command[] = [checkCommand, renderCommand, reportCommand, reviewCommand, icsCommand, budgetCommand, schemaCommand, readCommand, checkTextCommand];

const COMMAND_COLUMN = 38;

function generalHelp(lang: Lang): string {
  const rows = COMMANDS.map((c) => {
    const head = `  ${c.usage[lang].replace(/ \[.*$/, "").replace(/ --.*$/, "")}`;
    return `${head.padEnd(COMMAND_COLUMN)}${head.length >= COMMAND_COLUMN ? `\n${" ".repeat(COMMAND_COLUMN)}` : ""}${c.summary[lang]}`;
  });
  const text: Text = {
    en: [
      `${BIN}: check the communication plans (Kế hoạch tuyên truyền) of the Vietnamese trade unions, and write`,
      "their documents, reports, calendar and budget appendix.",
      "",
      `Usage: ${BIN} <command> <files…> [options]`,
      "",
      "Commands:",
      ...rows,
      "",
      "Options of every command:",
      "  -h, --help            This help, or a command's (cong-doan-ke-hoach check --help).",
      "  --lang vi|en          The language of the messages: vi (Vietnamese, the default) or en (English).",
      "  --version             The version.",
      "",
      "Files are JSON (a plan as parsePlan reads it; records as parseProgressRecords reads them), except for read",
      "and check-text, which read the text of a plan (UTF-8). Results go to standard output, or to the file of",
      "-o/--output. The date of \"today\" comes from --as-of (reports only).",
      "",
      "Exit code: 0 success; 1 the plan (or its data) has errors; 2 a usage error (unknown command or option,",
      "missing argument, bad value) or a file that cannot be read, parsed as JSON or written; 70 a bug.",
    ].join("\n"),
    vi: [
      `${BIN}: kiểm tra kế hoạch tuyên truyền của tổ chức công đoàn Việt Nam và xuất văn bản, báo cáo, lịch và`,
      "phụ lục dự trù kinh phí của kế hoạch.",
      "",
      `Cách dùng: ${BIN} <lệnh> <tệp…> [tùy chọn]`,
      "",
      "Các lệnh:",
      ...rows,
      "",
      "Tùy chọn của mọi lệnh:",
      "  -h, --help            Hướng dẫn này, hoặc hướng dẫn của một lệnh (cong-doan-ke-hoach check --help).",
      "  --lang vi|en          Ngôn ngữ của thông báo: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh).",
      "  --version             Phiên bản của chương trình.",
      "",
      "Các tệp ở dạng JSON (kế hoạch như parsePlan đọc; bản ghi tiến độ như parseProgressRecords đọc), trừ hai lệnh",
      "read và check-text đọc nội dung văn bản kế hoạch (mã UTF-8). Kết quả in ra màn hình, hoặc ghi vào tệp của",
      "tùy chọn -o/--output. Ngày \"hôm nay\" lấy từ --as-of (chỉ các báo cáo).",
      "",
      "Mã thoát: 0 thành công; 1 kế hoạch (hoặc số liệu kèm theo) có lỗi; 2 dùng sai lệnh (lệnh hoặc tùy chọn",
      "không có, thiếu đối số, giá trị sai) hoặc không đọc, không ghi được tệp, tệp không phải JSON; 70 lỗi của chương trình.",
    ].join("\n"),
  };
  return `${text[lang]}\n`;
}

function commandHelp(command: Command, lang: Lang): string {
  const usage = lang === "vi" ? "Cách dùng" : "Usage";
  return `${usage}: ${BIN} ${command.usage[lang]}\n\n${command.summary[lang]}\n\n${command.help[lang]}\n`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return `${String(pkg.version)}\n`;
}

function write(stream: "stdout" | "stderr", text: string): void {
  process[stream].write(text);
}

function report(failure: CliFailure, lang: Lang, usage?: Text): number {
  const lines = failure.lines.map((line) => (typeof line === "string" ? line : line[lang]));
  if (usage !== undefined) lines.push(`${lang === "vi" ? "Cách dùng" : "Usage"}: ${BIN} ${usage[lang]}`);
  write("stderr", `${lines.join("\n")}\n`);
  return failure.exitCode;
}

/**
 * Runs the `cong-doan-ke-hoach` command line: reads the command and its arguments, runs it, and writes
 * its result to standard output (or the file of `-o`) and its errors to standard error, in the language
 * of `--lang` (Vietnamese by default). Never throws: every failure becomes an exit code.
 *
 * @param argv - the arguments after the program's name (`process.argv.slice(2)`).
 * @returns the exit code: 0 success, 1 the plan or its data has errors, 2 a usage error or a file that
 *   cannot be read, parsed or written, 70 an unexpected failure (a bug, reported with its stack).
 * @throws nothing.
 * @example
 * ```sh
 * cong-doan-ke-hoach --help
 * cong-doan-ke-hoach check plan.json --lang en; echo $?
 * ```
 * @category CLI
 * @internal
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  let lang: Lang = "vi";
  try {
    lang = findLang(argv) ?? "vi";
    return await dispatch(argv, lang);
  } catch (error) {
    if (error instanceof CliFailure) return report(error, lang);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    write("stderr", `${MESSAGES.internal(detail)[lang]}\n`);
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], lang: Lang): Promise<number> {
  // Global options may come before the command: --lang <vi|en>, --help, --version.
  let index = 0;
  const leading: string[] = [];
  let help = false;
  let wantsVersion = false;
  while (index < argv.length && argv[index]!.startsWith("-") && argv[index] !== "--") {
    const arg = argv[index]!;
    leading.push(arg);
    if (arg === "--lang") leading.push(argv[++index] ?? "");
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--version") wantsVersion = true;
    else if (!arg.startsWith("--lang=")) throw new CliFailure(EXIT.usage, [MESSAGES.unknownGlobalOption(arg.replace(/=.*$/, ""))]);
    index += 1;
  }
  if (argv[index] === "--") index += 1;
  let name = argv[index];
  let rest = argv.slice(index + 1);
  if (wantsVersion) {
    write("stdout", version());
    return EXIT.ok;
  }
  if (name === "help") {
    // `help <command>` is `<command> --help` (with the options given, --lang among them).
    const at = rest.findIndex((arg, i) => !arg.startsWith("-") && rest[i - 1] !== "--lang");
    name = at < 0 ? undefined : rest[at];
    rest = [...rest.filter((_, i) => i !== at), "--help"];
    help = name === undefined;
  }
  if (name === undefined) {
    if (help) {
      write("stdout", generalHelp(lang));
      return EXIT.ok;
    }
    write("stderr", `${MESSAGES.noCommand()[lang]}\n\n${generalHelp(lang)}`);
    return EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) throw new CliFailure(EXIT.usage, [MESSAGES.unknownCommand(name)]);
  let args: ReturnType<typeof readArguments>;
  try {
    args = readArguments(command, [...leading, ...rest]);
  } catch (error) {
    if (error instanceof CliFailure) return report(error, lang, command.usage);
    throw error;
  }
  if (args.help) {
    write("stdout", commandHelp(command, lang));
    return EXIT.ok;
  }
  const inputs = Object.entries(command.options).flatMap(([option, spec]) => (spec.input === true && typeof args.values[option] === "string" ? [args.values[option]] : []));
  refuseOverwrite(outputFile(args.values), [...args.positionals, ...inputs]);
  return await command.run({ lang, positionals: args.positionals, values: args.values });
}
