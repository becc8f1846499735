import { INVALID_TYPE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { formatVnd } from "../budget/formatVnd.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { optionIssue } from "../errors/messages.js";
import { percentText } from "./_lib/percent.js";
import { dayText, readReport, shortMonthText, type Language } from "./_lib/render.js";
import type { PhaseReview } from "./phaseReview.js";

/**
 * Options of {@link attainmentChart}.
 *
 * @example
 * ```ts
 * import type { AttainmentChartOptions } from "cong-doan-ke-hoach";
 *
 * const options: AttainmentChartOptions = { width: 720, title: "Tỷ lệ đạt chỉ tiêu, giai đoạn 1", language: "vi" };
 * ```
 * @category Report
 */
export interface AttainmentChartOptions {
  /** The chart's width in pixels (user units of the `viewBox`): a whole number from 320 to 4000, default 640. The height follows the number of units. */
  readonly width?: number | undefined;
  /** The heading drawn on the chart and its accessible `<title>` (default "Tỷ lệ đạt chỉ tiêu theo cơ quan" / "Quota attainment by outlet"). */
  readonly title?: string | undefined;
  /** `"vi"` (default) or `"en"`: the default title, the axis and the decimal separator of the percentages. */
  readonly language?: "vi" | "en" | undefined;
}

/**
 * Options of {@link spendingChart}.
 *
 * @example
 * ```ts
 * import type { SpendingChartOptions } from "cong-doan-ke-hoach";
 *
 * const options: SpendingChartOptions = { width: 480, language: "en" };
 * ```
 * @category Report
 */
export interface SpendingChartOptions {
  /** The chart's width in pixels (user units of the `viewBox`): a whole number from 320 to 4000, default 640. */
  readonly width?: number | undefined;
  /** The heading drawn on the chart and its accessible `<title>` (default "Kinh phí đã chi theo tháng" / "Spending by month"). */
  readonly title?: string | undefined;
  /** `"vi"` (default) or `"en"`: the default title, the axis and the month labels ("8/2017", "Aug 2017"). */
  readonly language?: "vi" | "en" | undefined;
}

interface ChartSettings {
  readonly width: number;
  readonly title: string;
  readonly language: Language;
}

function readChartOptions(options: AttainmentChartOptions | SpendingChartOptions | undefined, titles: readonly [vi: string, en: string]): ChartSettings {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  }
  const width: unknown = options?.width ?? 640;
  const language: unknown = options?.language ?? "vi";
  const title: unknown = options?.title;
  const issues: PlanIssue[] = [];
  if (typeof width !== "number" || !Number.isInteger(width) || width < 320 || width > 4000) issues.push(optionIssue("width", "a whole number from 320 to 4000", width, "một số nguyên từ 320 đến 4000"));
  if (language !== "vi" && language !== "en") issues.push(optionIssue("language", '"vi", "en"', language));
  if (title !== undefined && (typeof title !== "string" || title.length > 500)) issues.push(optionIssue("title", "a string of at most 500 characters", title, "một chuỗi tối đa 500 ký tự"));
  if (issues.length > 0) throw new PlanError(issues);
  const lang = language as Language;
  return { width: width as number, language: lang, title: (title as string | undefined) ?? titles[lang === "vi" ? 0 : 1] };
}

/** Escapes text for XML content and attribute values. */
function xml(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A coordinate rounded to one decimal, without "-0". */
function n(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/** Shortens a label to `max` characters, ending in "…". */
function clip(text: string, max: number): string {
  const chars = [...text.normalize("NFC")];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}

const FONT = 'font-family="sans-serif"';
const TEXT = "#1a202c";
const MUTED = "#718096";
const GRID = "#e2e8f0";

function open(width: number, height: number, title: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" ${FONT} font-size="12">`,
    `<title>${xml(title)}</title>`,
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold" fill="${TEXT}">${xml(title)}</text>`,
  ];
}

/** The colour of a bar of attainment: met, halfway, far behind. */
function attainmentColour(ratio: number): string {
  return ratio >= 1 ? "#2f855a" : ratio >= 0.5 ? "#d69e2e" : "#c53030";
}

/**
 * Draws the attainment of each outlet of the phase review (its `units`: the share of the articles and
 * programmes due that it published) as a small SVG of horizontal bars from 0 to 100%, the worst first,
 * with the unit names, a percentage at the end of each bar and a dashed guide line at 100%. Bars are red
 * below 50%, amber below 100%, green at 100%. The SVG needs no library and no script: it has a `viewBox`,
 * `role="img"` and a `<title>` for screen readers; names are escaped for XML and clipped to fit (in full
 * in each bar's `<title>`); coordinates are rounded to one decimal, so the same review always gives the
 * same text.
 *
 * @param review - a review from {@link phaseReview}.
 * @param options - `width` (default 640), `title`, `language`.
 * @returns the SVG document, one element a line, ending in "\n".
 * @throws {@link PlanError} `invalid_type` at `["review"]` when `review` is not a phase review as `phaseReview` returned it (its JSON read back, a value changed so that it cannot be drawn); `invalid_value` at
 *   `["options", name]` for a bad width, title or language.
 * @example
 * ```ts
 * import { attainmentChart, type PhaseReview } from "cong-doan-ke-hoach";
 *
 * declare const review: PhaseReview;
 * const svg = attainmentChart(review, { width: 720 });
 * svg.startsWith("<svg"); //=> true
 * ```
 * @category Report
 */
export function attainmentChart(review: PhaseReview, options: AttainmentChartOptions = {}): string {
  return readReport(review, "phase-review", "review", "phaseReview", () => attainmentChartUnchecked(review, options));
}

/** `attainmentChart` once its argument is known to be the data it renders. */
function attainmentChartUnchecked(review: PhaseReview, options: AttainmentChartOptions = {}): string {
  const { width, title, language } = readChartOptions(options, ["Tỷ lệ đạt chỉ tiêu theo cơ quan", "Quota attainment by outlet"]);
  // Each bar is drawn from the counts its label is written from, so that bar and label always agree.
  const ratio = (u: PhaseReview["units"][number]) => (u.requiredToDate > 0 ? u.metToDate / u.requiredToDate : 1);
  const units = [...review.units]
    .map((u) => ({ ...u, attainment: ratio(u) }))
    .sort((a, b) => a.attainment - b.attainment || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  const top = 44;
  const row = 24;
  const bar = 16;
  const labelWidth = Math.round(width * 0.32);
  const plotX = labelWidth + 8;
  const plotWidth = width - plotX - 60;
  const plotHeight = Math.max(1, units.length) * row;
  const height = top + plotHeight + 44;
  const x = (ratio: number) => plotX + plotWidth * Math.min(1, Math.max(0, ratio));
  const maxChars = Math.max(4, Math.floor((labelWidth - 12) / 6.5));
  const out = open(width, height, title);

  // The scale: 0, 25, 50, 75, 100 %.
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(`<line x1="${n(x(tick))}" y1="${n(top)}" x2="${n(x(tick))}" y2="${n(top + plotHeight)}" stroke="${GRID}" stroke-width="1"/>`);
    out.push(`<text x="${n(x(tick))}" y="${n(top + plotHeight + 16)}" text-anchor="middle" font-size="10" fill="${MUTED}">${xml(`${tick * 100}%`)}</text>`);
  }
  if (units.length === 0) {
    out.push(`<text x="${n(plotX + plotWidth / 2)}" y="${n(top + row / 2 + 4)}" text-anchor="middle" fill="${MUTED}">${xml(language === "vi" ? "Không có dữ liệu" : "No data")}</text>`);
  }
  units.forEach((unit, i) => {
    const y = top + i * row + (row - bar) / 2;
    const percent = percentText(unit.metToDate, unit.requiredToDate, language);
    out.push(`<g>`);
    out.push(`<title>${xml(`${unit.name}: ${percent}`)}</title>`);
    out.push(`<text x="${n(labelWidth)}" y="${n(y + bar / 2 + 4)}" text-anchor="end" fill="${TEXT}">${xml(clip(unit.name, maxChars))}</text>`);
    out.push(`<rect x="${n(plotX)}" y="${n(y)}" width="${n(x(unit.attainment) - plotX)}" height="${n(bar)}" fill="${attainmentColour(unit.attainment)}"/>`);
    out.push(`<text x="${n(x(unit.attainment) + 4)}" y="${n(y + bar / 2 + 4)}" font-size="11" fill="${TEXT}">${xml(percent)}</text>`);
    out.push(`</g>`);
  });
  // The 100% guide line, over the bars.
  out.push(`<line x1="${n(x(1))}" y1="${n(top - 4)}" x2="${n(x(1))}" y2="${n(top + plotHeight)}" stroke="${TEXT}" stroke-width="1" stroke-dasharray="4 3"/>`);
  out.push(`<text x="${n(width - 8)}" y="${n(height - 6)}" text-anchor="end" font-size="10" fill="${MUTED}">${xml(language === "vi" ? `Số liệu đến ngày ${dayText(review.asOf, "vi")}` : `As of ${dayText(review.asOf, "en")}`)}</text>`);
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}

/** The months from `first` to `last`, both `"YYYY-MM"`. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    if (key > last) break;
    out.push(key);
    month += 1;
    if (month === 13) (month = 1), (year += 1);
  }
  return out;
}

/** A step of 1, 2 or 5 × 10^k that divides `max` into at most five intervals. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= rough) return factor * power;
  return 10 * power;
}

/**
 * Draws the spending of the phase review per month (its `budget.byMonth`) as a small SVG of vertical
 * bars: every month from the start of the phase to `asOf` (or the phase's end), months without spending
 * at zero; the axis in millions of đồng ("triệu đồng"), each bar labelled in the compact form of
 * {@link formatVnd} ("35 triệu"). A month whose refunds exceed its spending has no bar and a negative
 * label. Dependency-free, with a `viewBox`, `role="img"` and a `<title>`; coordinates rounded to one
 * decimal, so the same review always gives the same text.
 *
 * @param review - a review from {@link phaseReview}.
 * @param options - `width` (default 640), `title`, `language`.
 * @returns the SVG document, one element a line, ending in "\n".
 * @throws {@link PlanError} `invalid_type` at `["review"]` when `review` is not a phase review as `phaseReview` returned it (its JSON read back, a value changed so that it cannot be drawn); `invalid_value` at
 *   `["options", name]` for a bad width, title or language.
 * @example
 * ```ts
 * import { spendingChart, type PhaseReview } from "cong-doan-ke-hoach";
 *
 * declare const review: PhaseReview;
 * const svg = spendingChart(review, { language: "en" });
 * svg.includes('role="img"'); //=> true
 * ```
 * @category Report
 */
export function spendingChart(review: PhaseReview, options: SpendingChartOptions = {}): string {
  return readReport(review, "phase-review", "review", "phaseReview", () => spendingChartUnchecked(review, options));
}

/** `spendingChart` once its argument is known to be the data it renders. */
function spendingChartUnchecked(review: PhaseReview, options: SpendingChartOptions = {}): string {
  const { width, title, language } = readChartOptions(options, ["Kinh phí đã chi theo tháng", "Spending by month"]);
  const spent = new Map(review.budget.byMonth.map((m) => [m.month, m.spent.toBigInt()] as const));
  const data = [...spent.keys()].sort();
  const phaseFirst = review.window.start.slice(0, 7);
  const phaseLast = (review.asOf < review.window.end ? review.asOf : review.window.end).slice(0, 7);
  const first = [phaseFirst, ...data].sort()[0]!;
  const last = [phaseLast, ...data].sort().at(-1)!;
  const range = monthsBetween(first, last);
  const months = range.length <= 120 ? range : data;

  const millions = months.map((m) => Number(spent.get(m) ?? 0n) / 1_000_000);
  const max = Math.max(0, ...millions);
  const step = max > 0 ? niceStep(max) : 1;
  const ceiling = max > 0 ? Math.ceil(max / step - 1e-9) * step : 5;
  const ticks = Math.round(ceiling / (max > 0 ? step : 1));
  const tickStep = ceiling / ticks;

  const top = 56;
  const plotX = 56;
  const plotWidth = width - plotX - 16;
  const plotHeight = 200;
  const height = top + plotHeight + 44;
  const y = (value: number) => top + plotHeight - (plotHeight * Math.max(0, value)) / ceiling;
  const slot = plotWidth / Math.max(1, months.length);
  const barWidth = Math.max(2, slot * 0.6);
  const vi = language === "vi";
  const out = open(width, height, title);

  out.push(`<text x="12" y="${n(top - 12)}" font-size="10" fill="${MUTED}">${xml(vi ? "triệu đồng" : "million đồng")}</text>`);
  for (let i = 0; i <= ticks; i++) {
    const value = tickStep * i;
    const label = String(Math.round(value * 1000) / 1000);
    out.push(`<line x1="${n(plotX)}" y1="${n(y(value))}" x2="${n(plotX + plotWidth)}" y2="${n(y(value))}" stroke="${GRID}" stroke-width="1"/>`);
    out.push(`<text x="${n(plotX - 6)}" y="${n(y(value) + 4)}" text-anchor="end" font-size="10" fill="${MUTED}">${xml(vi ? label.replace(".", ",") : label)}</text>`);
  }
  if (months.length === 0) {
    out.push(`<text x="${n(plotX + plotWidth / 2)}" y="${n(top + plotHeight / 2)}" text-anchor="middle" fill="${MUTED}">${xml(vi ? "Không có dữ liệu" : "No data")}</text>`);
  }
  months.forEach((month, i) => {
    const amount = spent.get(month) ?? 0n;
    const value = millions[i]!;
    const cx = plotX + slot * i + slot / 2;
    const monthLabel = shortMonthText(month, language);
    const amountLabel = formatVnd(amount, { compact: true, symbol: "none" });
    out.push(`<g>`);
    out.push(`<title>${xml(`${monthLabel}: ${formatVnd(amount)}`)}</title>`);
    out.push(`<rect x="${n(cx - barWidth / 2)}" y="${n(y(value))}" width="${n(barWidth)}" height="${n(y(0) - y(value))}" fill="#2b6cb0"/>`);
    if (amount !== 0n) out.push(`<text x="${n(cx)}" y="${n(y(value) - 4)}" text-anchor="middle" font-size="10" fill="${TEXT}">${xml(amountLabel)}</text>`);
    out.push(`<text x="${n(cx)}" y="${n(top + plotHeight + 16)}" text-anchor="middle" font-size="10" fill="${MUTED}">${xml(monthLabel)}</text>`);
    out.push(`</g>`);
  });
  out.push(`<line x1="${n(plotX)}" y1="${n(y(0))}" x2="${n(plotX + plotWidth)}" y2="${n(y(0))}" stroke="${TEXT}" stroke-width="1"/>`);
  out.push(`<text x="${n(width - 8)}" y="${n(height - 6)}" text-anchor="end" font-size="10" fill="${MUTED}">${xml(vi ? `Số liệu đến ngày ${dayText(review.asOf, "vi")}` : `As of ${dayText(review.asOf, "en")}`)}</text>`);
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}
