import { closeSync, openSync, readSync } from "node:fs";
import { formatPath, isIsoDate, MAX_PLAN_TEXT_LENGTH, type ReadPlanTextOptions, type Severity, type TextLocation, type UnitDirectoryEntry } from "../../index.js";
import type { OptionSpec } from "./command.js";
import { CliFailure, EXIT, usageError } from "./failure.js";
import { readText } from "./files.js";
import { readList, requireString, typeIssue } from "./inputs.js";
import { MESSAGES, SEVERITY_NAMES, type Lang, type Text } from "./messages.js";
import { stringOption } from "./output.js";

type Values = Readonly<Record<string, string | true | undefined>>;

/** The options of both reading commands: the date of phrases without a year, and an app's own units. @internal */
export const TEXT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  "reference-date": { type: "string" },
  units: { type: "string", input: true },
};

/** The help lines of those options. @internal */
export const TEXT_OPTIONS_HELP: Text = {
  en: [
    "  --reference-date <date>  The date that time phrases without a year (\"Tháng 11\") are read in, when the",
    "                        text gives no date of its own (2025-11-19). Never the clock.",
    "  --units <file>        Known units, matched by name before the lexicon is asked, JSON",
    "                        [{ \"id\", \"name\", \"shortName\", \"aliases\": [\"…\"], \"kind\" }].",
  ].join("\n"),
  vi: [
    "  --reference-date <ngày>  Ngày dùng để hiểu các cụm thời gian không ghi năm (\"Tháng 11\") khi văn bản",
    "                        không ghi ngày tháng của nó (2025-11-19). Không bao giờ đọc đồng hồ.",
    "  --units <tệp>         Danh sách đơn vị đã biết, được đối chiếu theo tên trước bộ từ vựng, JSON",
    "                        [{ \"id\", \"name\", \"shortName\", \"aliases\": [\"…\"], \"kind\" }].",
  ].join("\n"),
};

/** What the text of a plan is, for the help of both commands. @internal */
export const TEXT_INPUT_HELP: Text = {
  en: [
    "The file is the text of a plan (Kế hoạch tuyên truyền) in UTF-8: plain text as copied from the document",
    "(a Word file saved as text, tables as tab-separated cells), Markdown, or the HTML of a Word file as",
    "mammoth converts it (tables kept as tables).",
  ].join("\n"),
  vi: [
    "Tệp là nội dung văn bản kế hoạch tuyên truyền, mã UTF-8: văn bản thuần sao chép từ văn bản gốc (tệp Word",
    "lưu dưới dạng văn bản, bảng thành các ô cách nhau bằng dấu tab), Markdown, hoặc HTML của tệp Word do mammoth",
    "chuyển đổi (giữ nguyên các bảng).",
  ].join("\n"),
};

/** The library's option names of the reader, as the command line writes them. @internal */
export const TEXT_OPTION_NAMES: Readonly<Record<string, string>> = { referenceDate: "--reference-date", units: "--units" };

/**
 * The text of a plan file: UTF-8, at most the reader's {@link MAX_PLAN_TEXT_LENGTH} characters; a Word file
 * (a zip archive) is named as such, with what to do.
 *
 * @throws `CliFailure` (exit 2) for a file that cannot be read, is too long, or is a Word file.
 * @internal
 */
export function loadPlanText(file: string): string {
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    if (error instanceof CliFailure && isZip(file)) throw new CliFailure(EXIT.usage, [MESSAGES.wordFile(file)]);
    throw error;
  }
  if (text.startsWith("PK\u0003\u0004")) throw new CliFailure(EXIT.usage, [MESSAGES.wordFile(file)]);
  if (text.length > MAX_PLAN_TEXT_LENGTH) throw new CliFailure(EXIT.usage, [MESSAGES.tooLong(file, text.length, MAX_PLAN_TEXT_LENGTH)]);
  return text;
}

/** Whether a file starts as a zip archive does ("PK\x03\x04"), as a .docx does. */
function isZip(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A units file (`--units`): an array of `{ id, name, shortName?, aliases?, kind?, … }`. @internal */
export function loadUnitDirectory(file: string): readonly UnitDirectoryEntry[] {
  return readList(file, { en: "units", vi: "các đơn vị" }, (item, path, issues) => {
    requireString(item, "id", path, issues);
    requireString(item, "name", path, issues);
    for (const key of ["shortName", "kind"]) requireString(item, key, path, issues, true);
    const aliases = item["aliases"];
    if (aliases === undefined) return;
    if (!Array.isArray(aliases)) issues.push(typeIssue([...path, "aliases"], "array", aliases));
    else aliases.forEach((alias: unknown, i) => {
      if (typeof alias !== "string") issues.push(typeIssue([...path, "aliases", i], "string", alias));
    });
  }) as unknown as readonly UnitDirectoryEntry[];
}

/**
 * The reader's options from `--reference-date` and `--units`.
 *
 * @throws `CliFailure`: exit 2 for a date that is not one or a units file that cannot be read, exit 1 for a
 *   units file of the wrong shape.
 * @internal
 */
export function textOptions(values: Values): ReadPlanTextOptions {
  const referenceDate = stringOption(values, "reference-date");
  if (referenceDate !== undefined && !isIsoDate(referenceDate)) throw usageError(MESSAGES.invalidDate("--reference-date", referenceDate));
  const unitsFile = stringOption(values, "units");
  return {
    ...(referenceDate === undefined ? {} : { referenceDate }),
    ...(unitsFile === undefined ? {} : { units: loadUnitDirectory(unitsFile) }),
  };
}

/** A place in a file as compilers and editors write it: `plan.txt:13:2`. @internal */
export function placeText(file: string, at: Pick<TextLocation, "line" | "column">): string {
  return `${file}:${at.line}:${at.column}`;
}

/** What a located line shows of a finding. @internal */
export type LocatedEntry = TextLocation & {
  readonly severity: Severity;
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
  readonly messageVi: string;
};

/**
 * One line of the text output for a finding located in a text:
 * `  <severity>  <file>:<line>:<column>  [<path in the draft>  ]<code>: <message>`.
 *
 * @internal
 */
export function locatedLine(file: string, entry: LocatedEntry, lang: Lang): string {
  const path = entry.path.length === 0 ? "" : `${formatPath(entry.path)}  `;
  return `  ${SEVERITY_NAMES[entry.severity][lang]}  ${placeText(file, entry)}  ${path}${entry.code}: ${lang === "vi" ? entry.messageVi : entry.message}`;
}

/** A paragraph's text, clipped to 60 characters and quoted. @internal */
export function clip(text: string): string {
  const chars = Array.from(text.trim());
  return JSON.stringify(chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : chars.join(""));
}
