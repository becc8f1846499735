/**
 * Reads and checks the options of the official documents, reporting every bad value at once.
 *
 * @internal
 */
import { isIsoDate, isYearMonth } from "../../calendar/isoDate.js";
import { INVALID_TYPE } from "../../errors/codes.js";
import { kindOf } from "../../errors/describe.js";
import { isRecord } from "../../errors/guards.js";
import { newIssue } from "../../errors/issue.js";
import { optionIssue } from "../../errors/messages.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import type { Plan } from "../../model/types.js";
import type { DocumentFormat, DocumentSender, DocumentSignatory } from "../options.js";

/** The options, checked. @internal */
export interface DocumentSettings {
  readonly format: DocumentFormat;
  readonly number?: string;
  readonly place?: string;
  readonly date?: string;
}

/** The options of a report, checked. @internal */
export interface ReportSettings extends DocumentSettings {
  readonly sender?: string | DocumentSender;
  readonly recipients?: readonly string[];
  readonly distribution?: readonly string[];
  readonly signatory?: DocumentSignatory;
}

const FORMATS = '"html", "markdown", "text"';
// What a sender and a signatory are, written without ", " (the catalogue would read a list of choices in it).
const SENDER = "the id of a unit of the plan or an object { name } with an optional superior and code";
const SENDER_VI = "mã một đơn vị của kế hoạch hoặc một khối dữ liệu { name } có thể kèm superior và code";
const SIGNATORY = "an object { title; name } with an optional capacity or authority (a list of { mode: TM | KT | Q | TL | TUQ; title })";
const SIGNATORY_VI = "một khối dữ liệu { title; name } có thể kèm capacity hoặc authority (danh sách { mode: TM | KT | Q | TL | TUQ; title })";
const MAX_LINE = 1_000;
const MAX_LINES = 200;

/** A line of text: a non-empty string of at most 1,000 characters without a line break. */
function isLine(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "" && value.length <= MAX_LINE && !/[\r\n]/.test(value);
}

function lineIssue(name: string, value: unknown): PlanIssue {
  return optionIssue(name, "one line of text (1 to 1000 characters)", value, "một dòng chữ (từ 1 đến 1000 ký tự)");
}

function read(options: unknown, names: readonly string[]): { values: Record<string, unknown>; issues: PlanIssue[] } {
  if (!isRecord(options)) {
    throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  }
  const values: Record<string, unknown> = {};
  for (const name of names) values[name] = (options as Record<string, unknown>)[name];
  return { values, issues: [] };
}

/** The common options: `format` (required), `language`, `number`, `place`, `date`. */
function common(values: Record<string, unknown>, issues: PlanIssue[], withFormat: boolean): DocumentSettings {
  const { format, language, number, place, date } = values;
  if (withFormat && format !== "html" && format !== "markdown" && format !== "text") issues.push(optionIssue("format", FORMATS, format));
  if (language !== undefined && language !== "vi") issues.push(optionIssue("language", '"vi"', language));
  if (number !== undefined && !(typeof number === "string" && /^\d{1,10}[a-z]?$/.test(number))) {
    issues.push(optionIssue("number", 'digits, perhaps with a letter ("15", "15a")', number, 'chữ số, có thể thêm một chữ cái ("15", "15a")'));
  }
  if (place !== undefined && !isLine(place)) issues.push(lineIssue("place", place));
  if (date !== undefined && !isIsoDate(date) && !isYearMonth(date)) {
    issues.push(optionIssue("date", 'a day "YYYY-MM-DD" or a month "YYYY-MM"', date, 'một ngày "YYYY-MM-DD" hoặc một tháng "YYYY-MM"'));
  }
  return {
    format: (withFormat ? format : "html") as DocumentFormat,
    ...(number === undefined ? {} : { number: number as string }),
    // Only a checked value is read: a bad one is reported with the others, never trimmed.
    ...(isLine(place) ? { place: place.trim() } : {}),
    ...(date === undefined ? {} : { date: date as string }),
  };
}

const COMMON = ["format", "language", "number", "place", "date"] as const;

/**
 * The options of a plan document. `withFormat: false` for the Word writer, which has no format.
 *
 * @internal
 */
export function readDocumentOptions(options: unknown, withFormat = true): DocumentSettings {
  const { values, issues } = read(options ?? (withFormat ? options : {}), COMMON);
  const settings = common(values, issues, withFormat);
  if (issues.length > 0) throw new PlanError(issues);
  return settings;
}

function readLines(name: string, value: unknown, issues: PlanIssue[]): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_LINES) {
    issues.push(optionIssue(name, "a list of lines of text (at most 200)", value, "một danh sách dòng chữ (tối đa 200)"));
    return undefined;
  }
  value.forEach((line: unknown, i) => {
    if (!isLine(line)) issues.push({ ...lineIssue(name, line), path: ["options", name, i] });
  });
  return Object.freeze(value.map((line: unknown) => String(line).trim()));
}

function readSender(value: unknown, plan: Plan, issues: PlanIssue[]): string | DocumentSender | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") {
    if (!plan.units.some((u) => u.id === value)) issues.push(optionIssue("sender", SENDER, value, SENDER_VI));
    return value;
  }
  if (!isRecord(value) || !isLine(value["name"]) || !(value["superior"] === undefined || value["superior"] === null || isLine(value["superior"])) || !(value["code"] === undefined || (typeof value["code"] === "string" && /^[\p{Lu}\d]{1,20}(-[\p{Lu}\d]{1,20}){0,5}$/u.test(value["code"])))) {
    issues.push(optionIssue("sender", SENDER, value, SENDER_VI));
    return undefined;
  }
  const superior = value["superior"];
  const code = value["code"];
  return Object.freeze({
    name: (value["name"] as string).trim(),
    ...(typeof superior === "string" ? { superior: superior.trim() } : {}),
    ...(typeof code === "string" ? { code } : {}),
  });
}

const MODES = new Set(["TM", "KT", "Q", "TL", "TUQ"]);

function readSignatory(value: unknown, issues: PlanIssue[]): DocumentSignatory | undefined {
  if (value === undefined) return undefined;
  const authority = isRecord(value) ? value["authority"] : undefined;
  const authorityOk =
    authority === undefined ||
    (Array.isArray(authority) && authority.length <= 5 && authority.every((a: unknown) => isRecord(a) && typeof a["mode"] === "string" && MODES.has(a["mode"]) && isLine(a["title"])));
  if (!isRecord(value) || !isLine(value["title"]) || !isLine(value["name"]) || !(value["capacity"] === undefined || isLine(value["capacity"])) || !authorityOk) {
    issues.push(optionIssue("signatory", SIGNATORY, value, SIGNATORY_VI));
    return undefined;
  }
  const capacity = value["capacity"];
  return Object.freeze({
    title: (value["title"] as string).trim(),
    name: (value["name"] as string).trim(),
    ...(typeof capacity === "string" ? { capacity: capacity.trim() } : {}),
    ...(Array.isArray(authority) ? { authority: Object.freeze(authority.map((a: Record<string, unknown>) => Object.freeze({ mode: a["mode"] as "TM", title: (a["title"] as string).trim() }))) } : {}),
  });
}

/**
 * The options of a report document.
 *
 * @internal
 */
export function readReportOptions(options: unknown, plan: Plan, withFormat = true): ReportSettings {
  const { values, issues } = read(options ?? (withFormat ? options : {}), [...COMMON, "sender", "recipients", "distribution", "signatory"]);
  const settings = common(values, issues, withFormat);
  const sender = readSender(values["sender"], plan, issues);
  const recipients = readLines("recipients", values["recipients"], issues);
  const distribution = readLines("distribution", values["distribution"], issues);
  const signatory = readSignatory(values["signatory"], issues);
  if (issues.length > 0) throw new PlanError(issues);
  return {
    ...settings,
    ...(sender === undefined ? {} : { sender }),
    ...(recipients === undefined ? {} : { recipients }),
    ...(distribution === undefined ? {} : { distribution }),
    ...(signatory === undefined ? {} : { signatory }),
  };
}
