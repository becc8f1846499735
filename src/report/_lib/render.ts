import { INVALID_TYPE } from "../../errors/codes.js";
import { newIssue } from "../../errors/issue.js";
import { typeError } from "../../errors/guards.js";
import { kindOf } from "../../errors/describe.js";
import { padText, textLength, wrapText } from "../../_lib/text.js";
/**
 * The private writer behind the report renderers: a document is a list of blocks (title, headings,
 * fields, lists, paragraphs, tables) written either as Markdown (GitHub tables) or as plain text (aligned
 * tables whose long cells wrap, as `renderBudgetTable` writes them), plus the words and number formats
 * the reports share in Vietnamese and English. Nothing here is exported from the package.
 */
import { enDayText, enMonthText, enWindowText, viDayText, viMonthText, viWindowText } from "../../_lib/dateText.js";
import { PlanError, type PlanIssue } from "../../errors/PlanError.js";
import { optionIssue } from "../../errors/messages.js";
import type { Window } from "../../calendar/window.js";
import type { QuotaPeriod } from "../../model/vocabulary.js";
import type { EvaluateCoverageResult } from "../../rules/evaluateCoverage.js";
import type { DeliverableState, DeliverableStatus } from "./fromRecords.js";
import { percentText } from "./percent.js";

/** The languages of the reports. @internal */
export type Language = "vi" | "en";
/** The text formats of the reports. @internal */
export type Format = "markdown" | "text";

/** The options every text renderer reads, checked and with their defaults. @internal */
export interface RenderSettings {
  readonly format: Format;
  readonly language: Language;
  /** For text: the widest a table column may be before its words wrap. */
  readonly width: number;
}

/** The widest a line of prose may be in the text format. @internal */
export const PROSE_WIDTH = 100;

/**
 * Reads `format`, `language` and `width`, reporting every bad value at once.
 *
 * @internal
 */
export function readRenderOptions(options: { readonly format?: unknown; readonly language?: unknown; readonly width?: unknown } | undefined): RenderSettings {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  }
  const format = options?.format ?? "markdown";
  const language = options?.language ?? "vi";
  const width = options?.width ?? 28;
  const issues: PlanIssue[] = [];
  if (format !== "markdown" && format !== "text") issues.push(optionIssue("format", '"markdown", "text"', format));
  if (language !== "vi" && language !== "en") issues.push(optionIssue("language", '"vi", "en"', language));
  if (typeof width !== "number" || !Number.isInteger(width) || width < 8 || width > 1000) issues.push(optionIssue("width", "a whole number from 8 to 1000", width, "một số nguyên từ 8 đến 1000"));
  if (issues.length > 0) throw new PlanError(issues);
  return { format: format as Format, language: language as Language, width: width as number };
}

/**
 * Throws a PlanError (`invalid_type` at `[parameter]`) unless `value` is the data of the given kind
 * (`report.kind`) that the producer returns.
 *
 * @internal
 */
export function requireKind(value: unknown, kind: "monthly-report" | "phase-review", parameter: string, producer: string): void {
  let actual: unknown;
  try {
    actual = typeof value === "object" && value !== null ? (value as { kind?: unknown }).kind : undefined;
  } catch {
    actual = undefined;
  }
  if (actual !== kind) {
    const vi = kind === "monthly-report" ? "báo cáo tháng" : "báo cáo sơ kết";
    throw typeError([parameter], `the ${kind} that ${producer}() returns`, value, `${vi} do ${producer}() trả về`);
  }
}

/**
 * Checks that `value` is the data of the given kind (as {@link requireKind}), then renders it: a TypeError
 * or RangeError that rendering throws (a report changed by hand, or parsed back from its JSON, where
 * amounts are digit strings) becomes a PlanError `invalid_type` at `[parameter]`.
 *
 * @internal
 */
export function readReport<T>(value: unknown, kind: "monthly-report" | "phase-review", parameter: string, producer: string, render: () => T): T {
  requireKind(value, kind, parameter, producer);
  try {
    return render();
  } catch (error) {
    // What malformed data makes the writer throw; anything else (a caller's getter that throws) goes on as it is.
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    const vi = kind === "monthly-report" ? "báo cáo tháng" : "báo cáo sơ kết";
    throw typeError(
      [parameter],
      `the ${kind} that ${producer}() returns, as it returned it (not read back from its JSON, not changed by hand)`,
      value,
      `${vi} do ${producer}() trả về, nguyên như khi trả về (không đọc lại từ JSON, không sửa tay)`,
    );
  }
}

// ---- the document model ----

/** A table: headers, rows of text cells, which columns hold figures, which last rows are totals. @internal */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns aligned to the right (figures). */
  readonly numeric?: readonly number[];
  /** How many of the last rows are totals (bold in Markdown, under a rule in text). */
  readonly totals?: number;
  /** Other rows shown bold in Markdown, by index (the sections of a budget appendix). */
  readonly bold?: readonly number[];
}

/** A list item, with optional sub-items. @internal */
export interface ListItem {
  readonly text: string;
  readonly items?: readonly string[];
}

/** One block of a report. @internal */
export type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "fields"; readonly fields: readonly (readonly [label: string, value: string])[] }
  | { readonly kind: "list"; readonly items: readonly ListItem[] }
  | { readonly kind: "table"; readonly table: Table };

/**
 * Writes the blocks as Markdown or plain text, blocks separated by a blank line, lines ending in "\n".
 *
 * @internal
 */
export function writeBlocks(blocks: readonly Block[], settings: RenderSettings): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (out.length > 0) out.push("");
    appendAll(out, settings.format === "markdown" ? markdownBlock(block) : textBlock(block, settings.width));
  }
  return `${out.join("\n")}\n`;
}

/**
 * Appends `items` to `target` one by one: `target.push(...items)` overflows the call stack for long lists
 * (a table of 200,000 rows).
 *
 * @internal
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Escapes the characters that Markdown would read as markup, GitHub's `~` strikethrough included (CommonMark allows a backslash before any ASCII punctuation). @internal */
export function md(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\\`*[\]<>|&#~]/g, (c) => `\\${c}`)
    // An underscore inside a word ("window_outside_phase") is no markup; at a word's edge it may be.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
    .replace(/\r?\n/g, " ");
}

function markdownBlock(block: Block): string[] {
  switch (block.kind) {
    case "title":
      return [`# ${md(block.text)}`];
    case "heading":
      return [`${"#".repeat(block.level)} ${md(block.text)}`];
    case "paragraph":
      return [md(block.text)];
    case "fields":
      return block.fields.map(([label, value]) => `- ${md(label)}: ${md(value)}`);
    case "list":
      return block.items.flatMap((item) => [`- ${md(item.text)}`, ...(item.items ?? []).map((sub) => `  - ${md(sub)}`)]);
    case "table":
      return markdownTable(block.table);
  }
}

/** A table as GitHub-flavoured Markdown lines. @internal */
export function markdownTable(table: Table): string[] {
  const numeric = new Set(table.numeric ?? []);
  const totals = table.totals ?? 0;
  const boldRows = new Set(table.bold ?? []);
  const cell = (text: string, bold: boolean) => {
    const escaped = md(text);
    return bold && escaped !== "" ? `**${escaped}**` : escaped;
  };
  const out = [`| ${table.headers.map((h) => md(h)).join(" | ")} |`, `|${table.headers.map((_, i) => (numeric.has(i) ? "---:" : "---")).join("|")}|`];
  table.rows.forEach((row, r) => {
    const bold = r >= table.rows.length - totals || boldRows.has(r);
    out.push(`| ${table.headers.map((_, i) => cell(row[i] ?? "", bold)).join(" | ")} |`);
  });
  return out;
}

function textBlock(block: Block, width: number): string[] {
  switch (block.kind) {
    case "title": {
      const lines = wrapText(block.text, PROSE_WIDTH);
      const rule = "=".repeat(Math.max(...lines.map(textLength)));
      return [...lines, rule];
    }
    case "heading": {
      const text = block.level === 2 ? block.text.toUpperCase() : block.text;
      const lines = wrapText(text, PROSE_WIDTH);
      return block.level === 2 ? [...lines, "-".repeat(Math.max(...lines.map(textLength)))] : lines;
    }
    case "paragraph":
      return wrapText(block.text, PROSE_WIDTH);
    case "fields":
      return block.fields.flatMap(([label, value]) => hanging(`${label}: ${value}`, "", "  "));
    case "list":
      return block.items.flatMap((item) => [...hanging(item.text, "- ", "  "), ...(item.items ?? []).flatMap((sub) => hanging(sub, "  - ", "    "))]);
    case "table":
      return textTable(block.table, width);
  }
}

/** Wraps `text` after a first-line prefix, indenting the following lines. */
function hanging(text: string, first: string, rest: string): string[] {
  return wrapText(text, PROSE_WIDTH - textLength(rest)).map((line, i) => (i === 0 ? first : rest) + line);
}

/** The widest the header of a column of figures may be before it wraps: long headers over short figures would stretch the table. */
const FIGURE_HEADER_WIDTH = 12;

/** A table as aligned plain-text lines whose long cells wrap at `width`. @internal */
export function textTable(table: Table, width: number): string[] {
  const numeric = new Set(table.numeric ?? []);
  const totals = table.totals ?? 0;
  const columns = table.headers.length;
  const headerWidth = (col: number) => (numeric.has(col) ? Math.min(width, FIGURE_HEADER_WIDTH) : width);
  const grid = [table.headers, ...table.rows].map((cells, r) => Array.from({ length: columns }, (_, col) => wrapText(cells[col] ?? "", r === 0 ? headerWidth(col) : width)));
  // Loops, not Math.max(...rows): a table of 200,000 rows would overflow the call stack.
  const widths = new Array<number>(columns).fill(0);
  for (const cells of grid) for (let col = 0; col < columns; col++) for (const line of cells[col]!) widths[col] = Math.max(widths[col]!, textLength(line));
  const rule = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
  // When a row wraps onto several lines, a rule between all rows keeps them apart.
  const wrapped = grid.slice(1).some((cells) => cells.some((c) => c.length > 1));
  const out = [rule];
  grid.forEach((cells, r) => {
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      out.push(`|${cells.map((c, col) => ` ${padText(c[k] ?? "", widths[col]!, numeric.has(col) && r > 0)} `).join("|")}|`);
    }
    // A rule under the headers, above the totals and at the end (and between rows that wrap).
    if (wrapped || r === 0 || r === grid.length - 1 - totals || r === grid.length - 1) out.push(rule);
  });
  return out;
}


// ---- words and numbers shared by the reports ----

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** A day: "03/09/2017" in Vietnamese (as documents write it: day and month on two digits), "3 September 2017" in English. @internal */
export function dayText(date: string, language: Language): string {
  return language === "vi" ? viDayText(date) : enDayText(date);
}

/** A month `"2017-08"`: "tháng 8/2017", "August 2017". @internal */
export function monthText(month: string, language: Language): string {
  return language === "vi" ? viMonthText(month) : enMonthText(month);
}

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/** A period key of a periodic report: a month ("tháng 8/2017"), a quarter ("quý III/2017", "Q3 2017"), an ISO week ("tuần 35/2017"), a half ("6 tháng đầu năm 2017") or a year ("năm 2017"). @internal */
export function periodText(key: string, language: Language): string {
  if (/^\d{4}-\d{2}$/.test(key)) return monthText(key, language);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter !== null) return language === "vi" ? `quý ${ROMAN_QUARTERS[Number(quarter[2]) - 1]}/${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  // The other keys of the reporting periods: ISO weeks, halves and years (no key reaches the reader).
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week !== null) return language === "vi" ? `tuần ${Number(week[2])}/${week[1]}` : `week ${Number(week[2])} of ${week[1]}`;
  const half = /^(\d{4})-H([12])$/.exec(key);
  if (half !== null) return language === "vi" ? `6 tháng ${half[2] === "1" ? "đầu" : "cuối"} năm ${half[1]}` : `${half[2] === "1" ? "first" : "second"} half of ${half[1]}`;
  if (/^\d{4}$/.test(key)) return language === "vi" ? `năm ${key}` : key;
  return key;
}

/** A short month for a chart axis: "8/2017", "Aug 2017". @internal */
export function shortMonthText(month: string, language: Language): string {
  const m = Number(month.slice(5, 7));
  return language === "vi" ? `${m}/${month.slice(0, 4)}` : `${(EN_MONTHS[m - 1] ?? month.slice(5, 7)).slice(0, 3)} ${month.slice(0, 4)}`;
}

/** A window: "Tháng 8,9/2017", "Từ ngày 01/07/2017 đến ngày 15/07/2017"; "August to September 2017". @internal */
export function windowText(window: Window, language: Language): string {
  return language === "vi" ? viWindowText(window) : enWindowText(window);
}

/**
 * A whole number grouped by three: "125.000", "125,000". Anything else (NaN, Infinity, a fraction, text)
 * is no count of a report: a TypeError, which {@link readReport} reports as the report's `invalid_type`.
 *
 * @internal
 */
export function countText(value: number, language: Language): string {
  if (!Number.isSafeInteger(value)) throw new TypeError(`not a count: ${typeof value}`);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, language === "vi" ? "." : ",");
}

/** What a quota asks: "tối thiểu 2/tuần", "at least 2 per week". @internal */
export function minimumText(min: number, per: string, language: Language): string {
  // Every period of QUOTA_PERIODS, so that no English word is left in the Vietnamese text.
  const vi: Readonly<Record<QuotaPeriod, string>> = { day: "/ngày", week: "/tuần", month: "/tháng", quarter: "/quý", "half-year": "/6 tháng", year: "/năm", issue: "/số", window: " trong cả thời gian thực hiện" };
  const en: Readonly<Record<QuotaPeriod, string>> = { day: " per day", week: " per week", month: " per month", quarter: " per quarter", "half-year": " per half-year", year: " per year", issue: " per issue", window: " over the whole window" };
  const known = Object.hasOwn(vi, per) ? (per as QuotaPeriod) : undefined;
  if (known === undefined) throw new TypeError(`not a quota period: ${typeof per}`);
  return language === "vi" ? `tối thiểu ${countText(min, language)}${vi[known]}` : `at least ${countText(min, language)}${en[known]}`;
}

/** The figures of a row of a quota table, as the reports carry them. @internal */
export interface QuotaFigures {
  readonly required: number;
  readonly requiredToDate: number;
  readonly metToDate: number;
  readonly shortfall: number;
  readonly counted: number;
}

/**
 * The headers of the figures of a quota table: what the whole window (phase or month) requires, in its
 * own column; then what was owed to date, the part of it met and what is missing (so that owed − met =
 * missing on every row); attainment (met ÷ owed); and every item done, surplus included.
 *
 * @internal
 */
export function quotaHeaders(scope: "phase" | "month", language: Language): string[] {
  return language === "vi"
    ? [scope === "phase" ? "Yêu cầu cả giai đoạn" : "Yêu cầu cả tháng", "Yêu cầu đến nay", "Đã đạt đến nay", "Còn thiếu đến nay", "Tỷ lệ đạt", "Tổng số đã thực hiện"]
    : [scope === "phase" ? "Required (whole phase)" : "Required (whole month)", "Required to date", "Met to date", "Short to date", "Attainment", "Done in total"];
}

/** The cells of {@link quotaHeaders} for a row. @internal */
export function quotaCells(row: QuotaFigures, language: Language): string[] {
  return [
    countText(row.required, language),
    countText(row.requiredToDate, language),
    countText(row.metToDate, language),
    countText(row.shortfall, language),
    percentText(row.metToDate, row.requiredToDate, language),
    countText(row.counted, language),
  ];
}

/** A note under a quota table saying what its columns count. @internal */
export function quotaNote(scope: "phase" | "month", language: Language): string {
  const [required, toDate, met, short, attainment, done] = quotaHeaders(scope, language).map((h) => `“${h}”`) as [string, string, string, string, string, string];
  return language === "vi"
    ? `${required}: số phải thực hiện trong ${scope === "phase" ? "cả giai đoạn" : "cả tháng"}; ${toDate}: số phải thực hiện trong các kỳ (tuần, tháng, số) đã qua; ${met}: phần đã thực hiện được của số đó (số vượt trong một kỳ không bù cho kỳ khác); ${short} = ${toDate} − ${met}; ${attainment} = ${met} ÷ ${toDate}; ${done}: mọi bài, chương trình đã thực hiện, kể cả số vượt.`
    : `${required}: what ${scope === "phase" ? "the whole phase" : "the whole month"} requires; ${toDate}: what the periods already past (weeks, months, issues) required; ${met}: the part of it that was done (a surplus in one period does not make up for another); ${short} = ${toDate} − ${met}; ${attainment} = ${met} ÷ ${toDate}; ${done}: every item done, surplus included.`;
}

const STATUS: Readonly<Record<DeliverableStatus, readonly [vi: string, en: string]>> = {
  done: ["hoàn thành", "done"],
  late: ["chậm", "late"],
  missing: ["chưa thực hiện", "missing"],
  due: ["đang thực hiện", "in progress"],
  upcoming: ["chưa đến hạn", "not yet due"],
};

/** The statuses of deliverables, in the order the reports count them. @internal */
export const STATUSES: readonly DeliverableStatus[] = ["done", "late", "missing", "due", "upcoming"];

/** A deliverable's status in words: "hoàn thành", "chậm", … @internal */
export function statusText(status: DeliverableStatus, language: Language): string {
  const words = STATUS[status];
  return words === undefined ? String(status) : words[language === "vi" ? 0 : 1];
}

/** "Không có" / "None": what an empty section says. @internal */
export function noneText(language: Language): string {
  return language === "vi" ? "Không có." : "None.";
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"] as const;

/** The Roman numeral of a section (1–10). @internal */
export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

/** Up to `max` names, then how many more: "a, b và 3 đơn vị khác", "a, b and 3 more". @internal */
export function someNames(names: readonly string[], language: Language, max = 10): string {
  const shown = names.slice(0, max).join(", ");
  const more = names.length - max;
  if (more <= 0) return shown;
  return language === "vi" ? `${shown} và ${more} đơn vị khác` : `${shown} and ${more} more`;
}

// ---- JSON pieces shared by the JSON renderers (keys in the documented order) ----

/** A window as JSON. @internal */
export function windowJson(window: Window): { start: string; end: string } {
  return { start: window.start, end: window.end };
}

/** A deliverable as JSON: every key always present, `deliveredOn` `null` when not delivered. @internal */
export function deliverableJson(d: DeliverableState) {
  return {
    activityId: d.activityId,
    title: d.title,
    channelNumber: d.channelNumber,
    window: windowJson(d.window),
    status: d.status,
    deliveredOn: d.deliveredOn ?? null,
  };
}

/** Coverage as JSON, or `null`. @internal */
export function coverageJson(c: EvaluateCoverageResult | null) {
  if (c === null) return null;
  return {
    total: c.total,
    reached: c.reached,
    percent: c.percent,
    met: c.met,
    notReached: [...c.notReached],
    notReachedNames: [...c.notReachedNames],
    byParent: c.byParent.map((g) => ({
      parentId: g.parentId,
      parentName: g.parentName,
      total: g.total,
      reached: g.reached,
      percent: g.percent,
      met: g.met,
      notReached: [...g.notReached],
      notReachedNames: [...g.notReachedNames],
    })),
    rejected: c.rejected.map((r) => ({ index: r.index, reason: r.reason, record: r.record ?? null })),
  };
}

// ---- sections shared by the two reports ----

/** The deliverables: a count per status, then a table. @internal */
export function deliverableBlocks(deliverables: readonly DeliverableState[], language: Language): Block[] {
  if (deliverables.length === 0) return [{ kind: "paragraph", text: noneText(language) }];
  const vi = language === "vi";
  const counts = STATUSES.map((s) => `${statusText(s, language)}: ${deliverables.filter((d) => d.status === s).length}`);
  const summary = counts.join("; ");
  return [
    { kind: "paragraph", text: `${vi ? "Tổng số" : "In all"}: ${deliverables.length} (${summary}).` },
    {
      kind: "table",
      table: {
        headers: vi ? ["STT", "Sản phẩm", "Kênh", "Thời gian", "Tình trạng", "Ngày giao"] : ["No.", "Product", "Channel", "Window", "Status", "Delivered on"],
        rows: deliverables.map((d, i) => [String(i + 1), d.title, String(d.channelNumber), windowText(d.window, language), statusText(d.status, language), d.deliveredOn === undefined ? "" : dayText(d.deliveredOn, language)]),
        numeric: [0, 2],
      },
    },
  ];
}

/** Coverage: the percentage reached, the units not reached, and a table per parent unit (province). @internal */
export function coverageBlocks(coverage: EvaluateCoverageResult | null, language: Language): Block[] {
  if (coverage === null) return [{ kind: "paragraph", text: noneText(language) }];
  const vi = language === "vi";
  const percent = percentText(coverage.reached, coverage.total, language);
  const met = (yes: boolean) => (vi ? (yes ? "đạt" : "chưa đạt") : yes ? "met" : "not met");
  const notReached = coverage.notReachedNames;
  const fields: [string, string][] = [
    [
      vi ? "Tỷ lệ CĐCS được tiếp cận" : "Grassroots unions reached",
      vi ? `${percent} (${countText(coverage.reached, language)}/${countText(coverage.total, language)}), ${met(coverage.met)} chỉ tiêu` : `${percent} (${countText(coverage.reached, language)} of ${countText(coverage.total, language)}), target ${met(coverage.met)}`,
    ],
    [vi ? "Số CĐCS chưa được tiếp cận" : "Not reached", countText(notReached.length, language) + (notReached.length === 0 ? "" : ` (${someNames(notReached, language)})`)],
  ];
  if (coverage.rejected.length > 0) fields.push([vi ? "Bản ghi không được tính" : "Records not counted", countText(coverage.rejected.length, language)]);
  const blocks: Block[] = [{ kind: "fields", fields }];
  if (coverage.byParent.length > 0) {
    blocks.push({
      kind: "table",
      table: {
        headers: vi ? ["Đơn vị cấp trên", "Tổng số CĐCS", "Đã tiếp cận", "Tỷ lệ", "Chỉ tiêu", "Chưa tiếp cận"] : ["Parent unit", "Units", "Reached", "Percent", "Target", "Not reached"],
        rows: [
          ...coverage.byParent.map((g) => [
            g.parentName ?? g.parentId ?? (vi ? "(không có đơn vị cấp trên)" : "(no parent)"),
            countText(g.total, language),
            countText(g.reached, language),
            percentText(g.reached, g.total, language),
            met(g.met),
            countText(g.notReached.length, language),
          ]),
          [vi ? "Cộng" : "Total", countText(coverage.total, language), countText(coverage.reached, language), percent, met(coverage.met), countText(coverage.notReached.length, language)],
        ],
        numeric: [1, 2, 3, 5],
        totals: 1,
      },
    });
  }
  return blocks;
}
