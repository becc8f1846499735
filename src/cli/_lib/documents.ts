import { extname } from "node:path";
import { isIsoDate, isYearMonth } from "../../index.js";
import type { OptionSpec } from "./command.js";
import { loadDocx, type DocxModule } from "./docx.js";
import { usageError } from "./failure.js";
import { compute } from "./issues.js";
import { MESSAGES, type Text } from "./messages.js";
import { deliver, outputFile, stringOption } from "./output.js";

/** The formats of `--as`: a document (`html`, `md`, `txt`, `docx`) or, for the reports, their data (`json`). @internal */
export type DocumentAs = "html" | "md" | "txt" | "docx" | "json";

/** The library's format of each text document. @internal */
export const FORMAT_OF = { html: "html", md: "markdown", txt: "text" } as const;

const BY_EXTENSION: Readonly<Record<string, DocumentAs>> = {
  ".html": "html",
  ".htm": "html",
  ".md": "md",
  ".markdown": "md",
  ".txt": "txt",
  ".docx": "docx",
  ".json": "json",
};

/** Extensions of formats that no command writes (a PDF is printed from the HTML in a browser). */
const UNWRITTEN_EXTENSIONS: ReadonlySet<string> = new Set([".pdf", ".doc", ".odt", ".rtf", ".xlsx", ".xls"]);

/** The output options of a command: `-o/--output`. @internal */
export const OUTPUT_OPTION: Readonly<Record<string, OptionSpec>> = { output: { type: "string", short: "o" } };

/**
 * The options of a command that writes an official document: `--as`, `-o`, and what the document itself
 * leaves blank (`--number`, `--place`, `--date`).
 *
 * @internal
 */
export function documentOptionSpecs(choices: readonly DocumentAs[]): Readonly<Record<string, OptionSpec>> {
  return { as: { type: "string", choices }, ...OUTPUT_OPTION, number: { type: "string" }, place: { type: "string" }, date: { type: "string" } };
}

/** The help lines of those options. @internal */
export function documentOptionsHelp(choices: readonly DocumentAs[], json: Text | undefined): Text {
  const list = choices.join("|");
  return {
    en: [
      `  --as ${list}`,
      "      html: one self-contained file to print (A4, Times New Roman); md: Markdown; txt: plain text;",
      `      docx: a Word file (needs the docx package and -o)${json === undefined ? "" : `; json: ${json.en}`}.`,
      "      By default the extension of -o (.html, .md, .txt, .docx), else txt.",
      "  -o, --output <file>   Write to this file instead of standard output (-o - is standard output).",
      "  --number <number>     The document's number (\"Số: 1234/…\"); dots when absent.",
      "  --place <place>       The place of the date line (\"Hà Nội\").",
      "  --date <date>         The document's date: a day (2017-07-14) or a month (2017-07); dots when absent.",
    ].join("\n"),
    vi: [
      `  --as ${list}`,
      "      html: một tệp hoàn chỉnh để in (khổ A4, phông Times New Roman); md: Markdown; txt: văn bản thuần;",
      `      docx: tệp Word (cần gói docx và tùy chọn -o)${json === undefined ? "" : `; json: ${json.vi}`}.`,
      "      Mặc định theo phần mở rộng của tệp -o (.html, .md, .txt, .docx), nếu không thì txt.",
      "  -o, --output <tệp>    Ghi kết quả vào tệp này thay vì in ra màn hình (-o - là in ra màn hình).",
      "  --number <số>         Số của văn bản (\"Số: 1234/…\"); để dấu chấm nếu không ghi.",
      "  --place <địa danh>    Địa danh ở dòng ngày tháng (\"Hà Nội\").",
      "  --date <ngày>         Ngày của văn bản: một ngày (2017-07-14) hoặc một tháng (2017-07); để dấu chấm nếu không ghi.",
    ].join("\n"),
  };
}

/**
 * The format asked for: `--as`, else the extension of `-o` when it is one of `choices`, else `txt` (a file
 * without an extension, or with one that names no format).
 *
 * @throws `CliFailure` (exit 2) without `--as` when the extension of `-o` names a format that the command
 *   does not write (`-o ke-hoach.pdf`, `-o ke-hoach.doc`, `render -o plan.json`): text in a file of that
 *   name would not open.
 * @internal
 */
export function documentAs(values: Readonly<Record<string, string | true | undefined>>, choices: readonly DocumentAs[]): DocumentAs {
  const as = stringOption(values, "as");
  if (as !== undefined) return as as DocumentAs;
  const output = outputFile(values);
  if (output === undefined) return "txt";
  const extension = extname(output).toLowerCase();
  const byExtension = Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
  if (byExtension !== undefined && choices.includes(byExtension)) return byExtension;
  if (byExtension !== undefined || UNWRITTEN_EXTENSIONS.has(extension)) {
    const written = Object.entries(BY_EXTENSION).filter(([, as]) => choices.includes(as)).map(([ext]) => ext);
    throw usageError(MESSAGES.unwrittenExtension(output, extension, written));
  }
  return "txt";
}

/**
 * The number, place and date of a document from `--number`, `--place` and `--date` (a day or a month).
 *
 * @throws `CliFailure` (exit 2) for a date that is neither.
 * @internal
 */
export function documentDetails(values: Readonly<Record<string, string | true | undefined>>): { number?: string; place?: string; date?: string } {
  const number = stringOption(values, "number");
  const place = stringOption(values, "place");
  const date = stringOption(values, "date");
  if (date !== undefined && !isIsoDate(date) && !isYearMonth(date)) throw usageError(MESSAGES.invalidDocumentDate("--date", date));
  return { ...(number === undefined ? {} : { number }), ...(place === undefined ? {} : { place }), ...(date === undefined ? {} : { date }) };
}

/** The library's option names of a document, as the command line writes them. @internal */
export const DOCUMENT_OPTION_NAMES: Readonly<Record<string, string>> = { number: "--number", place: "--place", date: "--date", sender: "--sender", format: "--as" };

/**
 * `--as` (as {@link documentAs} reads it) and `-o`; a Word file is binary and needs `-o`.
 *
 * @throws `CliFailure` (exit 2) for `--as docx` without `-o`, and as {@link documentAs} throws.
 * @internal
 */
export function documentTarget(values: Readonly<Record<string, string | true | undefined>>, choices: readonly DocumentAs[]): { readonly as: DocumentAs; readonly output: string | undefined } {
  const as = documentAs(values, choices);
  const output = outputFile(values);
  if (as === "docx" && output === undefined) throw usageError(MESSAGES.needsOutput());
  return { as, output };
}

/** How a command writes its document in each format: a text document, a Word file, and (the reports) its data. @internal */
export interface DocumentWriters {
  readonly text: (format: (typeof FORMAT_OF)[keyof typeof FORMAT_OF]) => string;
  readonly docx: (docx: DocxModule) => Promise<Uint8Array>;
  readonly json?: () => string;
}

/**
 * Writes the document in the format `as` names, to `output` or stdout; Word through the optional `/docx`
 * entry, loaded only then. The library's errors name the command line's options (`optionNames`).
 *
 * @throws `CliFailure` as `compute` and `loadDocx` throw.
 * @internal
 */
export async function deliverDocument(as: DocumentAs, output: string | undefined, writers: DocumentWriters, optionNames: Readonly<Record<string, string>>): Promise<void> {
  if (as === "json") {
    if (writers.json !== undefined) deliver(output, writers.json());
  } else if (as === "docx") {
    const docx = await loadDocx();
    deliver(output, await compute(() => writers.docx(docx), optionNames));
  } else {
    deliver(output, await compute(() => writers.text(FORMAT_OF[as]), optionNames));
  }
}
