import { formatVnd } from "../budget/formatVnd.js";
import { sumVnd } from "../budget/sumVnd.js";
import type { Vnd } from "../budget/vnd.js";
import { vndToWords } from "../budget/vndToWords.js";
import type { Finding, Severity } from "../errors/Finding.js";
import { LINT_RULES } from "../rules/lintRules.js";
import {
  countText,
  coverageBlocks,
  coverageJson,
  dayText,
  deliverableBlocks,
  deliverableJson,
  minimumText,
  monthText,
  noneText,
  quotaCells,
  quotaHeaders,
  quotaNote,
  readRenderOptions,
  readReport,
  roman,
  someNames,
  STATUSES,
  statusText,
  windowJson,
  windowText,
  writeBlocks,
  type Block,
  type Language,
} from "./_lib/render.js";
import { percentText } from "./_lib/percent.js";
import type { PhaseReview } from "./phaseReview.js";
import type { RenderMonthlyReportOptions } from "./renderMonthlyReport.js";

/**
 * Options of {@link renderPhaseReview}: the same as those of {@link renderMonthlyReport}. With
 * `language: "en"` the lint rule titles are in English too.
 *
 * @example
 * ```ts
 * import type { RenderPhaseReviewOptions } from "cong-doan-ke-hoach";
 *
 * const options: RenderPhaseReviewOptions = { format: "markdown", language: "en" };
 * ```
 * @category Report
 */
export type RenderPhaseReviewOptions = RenderMonthlyReportOptions;

const digits = (amount: Vnd) => formatVnd(amount, { symbol: "none" });
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_WORDS: Readonly<Record<Severity, readonly [vi: string, en: string]>> = {
  error: ["Lỗi", "Errors"],
  warning: ["Cảnh báo", "Warnings"],
  info: ["Lưu ý", "Notes"],
};

/**
 * Writes the phase review as the report to the Presidium ("BÁO CÁO SƠ KẾT GIAI ĐOẠN 1 KẾ HOẠCH …"):
 * a header (plan, phase and its window, the day the figures stand at), then six numbered sections:
 * I. per channel (deliverables by status; quota figures), II. per quota (by label) and per outlet (by
 * name): what the whole phase requires, what was owed to date, met to date and is missing to date (owed −
 * met = missing on every row), attainment and everything done, with the outlets below 100% that did
 * worst, III. the deliverables done, late or missing, IV. coverage of the grassroots unions by province,
 * V. the budget executed against the estimate by section, funder and month, and the lines over budget
 * (amounts in đồng, percentages, totals in words: "Bằng chữ: …"), VI. the plan's open lint findings
 * grouped by severity under the titles of {@link LINT_RULES}. Dates are written "30/04/2018", months
 * "tháng 4/2018", percentages to one decimal rounded half up from the exact counts ("81,3%"); no
 * internal id is shown. An empty section says "Không có" ("None"). With `language: "en"` the headings,
 * labels, rule titles and finding messages are English, dates "30 April 2018".
 *
 * @param review - a review from {@link phaseReview}.
 * @param options - `format` (`"markdown"` or `"text"`), `language` (`"vi"` or `"en"`), text `width`.
 * @returns the report, lines ending in "\n".
 * @throws {@link PlanError} `invalid_type` at `["review"]` when `review` is not a phase review as `phaseReview` returned it (its JSON read back, a value changed so that it cannot be written); `invalid_value` at
 *   `["options", name]` for an unknown format or language or a bad width.
 * @example
 * ```ts
 * import { renderPhaseReview, type PhaseReview } from "cong-doan-ke-hoach";
 *
 * declare const review: PhaseReview; // phaseReview(plan, records, { asOf: "2018-04-30" })
 * renderPhaseReview(review).split("\n")[0];
 * //=> "# BÁO CÁO SƠ KẾT GIAI ĐOẠN 1 KẾ HOẠCH TUYÊN TRUYỀN VỀ “CÔNG ĐOÀN VÌ LỢI ÍCH ĐOÀN VIÊN” VÀ “THIẾT CHẾ CÔNG ĐOÀN”"
 * const text = renderPhaseReview(review, { format: "text", language: "en" });
 * ```
 * @category Report
 */
export function renderPhaseReview(review: PhaseReview, options: RenderPhaseReviewOptions = {}): string {
  return readReport(review, "phase-review", "review", "phaseReview", () => renderPhaseReviewUnchecked(review, options));
}

/** `renderPhaseReview` once its argument is known to be the data it renders. */
function renderPhaseReviewUnchecked(review: PhaseReview, options: RenderPhaseReviewOptions = {}): string {
  const settings = readRenderOptions(options);
  const { language } = settings;
  const vi = language === "vi";
  const window = windowText(review.window, language);
  const phase = review.phase;
  const blocks: Block[] = [
    {
      kind: "title",
      text: vi
        ? `BÁO CÁO SƠ KẾT ${phase === undefined ? "" : `${phase.name.toUpperCase()} `}KẾ HOẠCH ${review.plan.subject.toUpperCase()}`
        : phase === undefined
          ? `REVIEW OF THE PLAN: ${review.plan.subject}`
          : `PHASE REVIEW (${phase.name}) OF THE PLAN: ${review.plan.subject}`,
    },
    {
      kind: "fields",
      fields: [
        [vi ? "Kế hoạch" : "Plan", review.plan.subject],
        phase === undefined
          ? [vi ? "Thời gian" : "Period", window]
          : [vi ? "Giai đoạn" : "Phase", `${phase.name} (${vi ? window.charAt(0).toLowerCase() + window.slice(1) : window})`],
        [vi ? "Số liệu tính đến ngày" : "Figures as of", dayText(review.asOf, language)],
      ],
    },
  ];
  phaseReviewSections(review, language).forEach(([title, body], i) => blocks.push({ kind: "heading", level: 2, text: `${roman(i + 1)}. ${title}` }, ...body));
  return writeBlocks(blocks, settings);
}

/**
 * The numbered sections of a phase review, titles without their numbers: what {@link renderPhaseReview}
 * writes after its header, and what the official document (`renderPhaseReviewDocument`) lays out.
 *
 * @internal
 */
export function phaseReviewSections(review: PhaseReview, language: Language): readonly (readonly [title: string, body: readonly Block[]])[] {
  const vi = language === "vi";
  return [
    [vi ? "Kết quả theo kênh tuyên truyền" : "Results by channel", channelBlocks(review, language)],
    [vi ? "Chỉ tiêu bài viết/chương trình" : "Quotas of articles and programmes", quotaBlocks(review, language)],
    [vi ? "Sản phẩm" : "Deliverables", deliverableBlocks(review.deliverables, language)],
    [vi ? "Độ bao phủ" : "Coverage", coverageBlocks(review.coverage, language)],
    [vi ? "Kinh phí" : "Budget", budgetBlocks(review, language)],
    [vi ? "Các vấn đề còn tồn tại của kế hoạch" : "Open findings on the plan", findingBlocks(review.findings, language)],
  ];
}

function channelBlocks(review: PhaseReview, language: Language): Block[] {
  if (review.channels.length === 0) return [{ kind: "paragraph", text: noneText(language) }];
  const vi = language === "vi";
  const withQuotas = review.channels.filter((c) => c.attainment !== null);
  return [
    { kind: "heading", level: 3, text: vi ? "1. Sản phẩm" : "1. Deliverables" },
    {
      kind: "table",
      table: {
        headers: [vi ? "Kênh" : "Channel", vi ? "Nội dung" : "Title", ...STATUSES.map((s) => capitalize(statusText(s, language)))],
        rows: review.channels.map((c) => [String(c.number), c.title, ...STATUSES.map((s) => countText(c.deliverables[s] ?? 0, language))]),
        numeric: [0, 2, 3, 4, 5, 6],
      },
    },
    { kind: "heading", level: 3, text: vi ? "2. Chỉ tiêu bài viết/chương trình" : "2. Quotas" },
    withQuotas.length === 0
      ? { kind: "paragraph", text: noneText(language) }
      : {
          kind: "table",
          table: {
            headers: [vi ? "Kênh" : "Channel", vi ? "Nội dung" : "Title", ...quotaHeaders("phase", language)],
            rows: withQuotas.map((c) => [String(c.number), c.title, ...quotaCells(c, language)]),
            numeric: [0, 2, 3, 4, 5, 6, 7],
          },
        },
  ];
}

function quotaBlocks(review: PhaseReview, language: Language): Block[] {
  const vi = language === "vi";
  const blocks: Block[] = [];
  if (review.quotas.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: vi ? "1. Theo chỉ tiêu" : "1. By quota" });
    blocks.push({
      kind: "table",
      table: {
        headers: [...(vi ? ["STT", "Chỉ tiêu", "Kênh", "Cơ quan đạt"] : ["No.", "Quota", "Channel", "Outlets met"]), ...quotaHeaders("phase", language)],
        rows: review.quotas.map((q, i) => [
          String(i + 1),
          q.label,
          String(q.channelNumber),
          `${countText(q.outletsMet, language)}/${countText(q.outlets, language)}`,
          ...quotaCells(q, language),
        ]),
        numeric: [0, 2, 3, 4, 5, 6, 7, 8, 9],
      },
    });
    blocks.push({ kind: "paragraph", text: quotaNote("phase", language) });
    blocks.push({ kind: "heading", level: 3, text: vi ? "2. Chi tiết từng chỉ tiêu" : "2. Each quota" });
    blocks.push({
      kind: "list",
      items: review.quotas.map((q) => {
        // "Đạt thấp nhất" names only outlets that fell short.
        const worst = q.worst
          .filter((o) => o.shortfall > 0)
          .map((o) => `${o.name} (${percentText(o.metToDate, o.requiredToDate, language)}, ${vi ? "còn thiếu" : "short"} ${countText(o.shortfall, language)})`)
          .join("; ");
        const attainment = percentText(q.metToDate, q.requiredToDate, language);
        return {
          text: q.label,
          items: [
            ...(q.description === q.label ? [] : [vi ? `Kế hoạch ghi: ${q.description}` : `The plan says: ${q.description}`]),
            vi
              ? `Mức: ${minimumText(q.min, q.per, language)}. Tỷ lệ đạt ${attainment}; cơ quan đạt chỉ tiêu: ${countText(q.outletsMet, language)}/${countText(q.outlets, language)}.`
              : `Minimum: ${minimumText(q.min, q.per, language)}. Attainment ${attainment}; outlets that met it: ${countText(q.outletsMet, language)} of ${countText(q.outlets, language)}.`,
            ...(worst === "" ? [] : [vi ? `Đạt thấp nhất: ${worst}.` : `Lowest: ${worst}.`]),
          ],
        };
      }),
    });
  }
  if (review.units.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: vi ? "3. Theo cơ quan" : "3. By outlet" });
    blocks.push({
      kind: "table",
      table: {
        headers: [vi ? "Cơ quan" : "Outlet", ...quotaHeaders("phase", language)],
        rows: review.units.map((u) => [u.name, ...quotaCells(u, language)]),
        numeric: [1, 2, 3, 4, 5, 6],
      },
    });
  }
  if (review.unevaluatedQuotas.length > 0) {
    const labels = someNames(review.unevaluatedQuotaLabels, language);
    blocks.push({ kind: "paragraph", text: vi ? `Chỉ tiêu chưa đánh giá được (chưa có lịch phát hành các số): ${labels}.` : `Quotas not evaluated (no issue schedule given): ${labels}.` });
  }
  return blocks.length === 0 ? [{ kind: "paragraph", text: noneText(language) }] : blocks;
}

function budgetBlocks(review: PhaseReview, language: Language): Block[] {
  const vi = language === "vi";
  const { budget } = review;
  // Percentages from the exact amounts, rounded half up.
  const share = (spent: Vnd, estimate: Vnd) => percentText(spent.toBigInt(), estimate.toBigInt(), language);
  const blocks: Block[] = [
    {
      kind: "list",
      items: [
        { text: vi ? `Tổng dự toán: ${formatVnd(budget.estimate)}. Bằng chữ: ${vndToWords(budget.estimate)}.` : `Estimate: ${formatVnd(budget.estimate)}. In words: ${vndToWords(budget.estimate)}.` },
        {
          text: vi
            ? `Đã chi: ${formatVnd(budget.spent)} (${share(budget.spent, budget.estimate)} dự toán). Bằng chữ: ${vndToWords(budget.spent)}.`
            : `Spent: ${formatVnd(budget.spent)} (${share(budget.spent, budget.estimate)} of the estimate). In words: ${vndToWords(budget.spent)}.`,
        },
      ],
    },
    { kind: "heading", level: 3, text: vi ? "1. Theo mục" : "1. By section" },
  ];
  if (budget.bySection.length === 0) blocks.push({ kind: "paragraph", text: noneText(language) });
  else {
    blocks.push({
      kind: "table",
      table: {
        headers: vi ? ["Mục", "Nội dung", "Dự toán (đồng)", "Đã chi (đồng)", "Tỷ lệ"] : ["Section", "Title", "Estimate (đồng)", "Spent (đồng)", "Percent"],
        rows: [
          ...budget.bySection.map((s, i) => [s.label ?? roman(i + 1), s.title, digits(s.estimate), digits(s.spent), share(s.spent, s.estimate)]),
          ["", vi ? "Tổng cộng" : "Total", digits(budget.estimate), digits(budget.spent), share(budget.spent, budget.estimate)],
        ],
        numeric: [2, 3, 4],
        totals: 1,
      },
    });
  }
  blocks.push({ kind: "heading", level: 3, text: vi ? "2. Theo nguồn kinh phí" : "2. By funding source" });
  if (budget.byFunder.length === 0) blocks.push({ kind: "paragraph", text: noneText(language) });
  else {
    blocks.push({
      kind: "table",
      table: {
        headers: vi ? ["Nguồn kinh phí", "Dự toán (đồng)", "Đã chi (đồng)", "Tỷ lệ"] : ["Funding source", "Estimate (đồng)", "Spent (đồng)", "Percent"],
        rows: budget.byFunder.map((f) => [f.name, digits(f.estimate), digits(f.spent), share(f.spent, f.estimate)]),
        numeric: [1, 2, 3],
      },
    });
  }
  blocks.push({ kind: "heading", level: 3, text: vi ? "3. Theo tháng" : "3. By month" });
  if (budget.byMonth.length === 0) blocks.push({ kind: "paragraph", text: noneText(language) });
  else {
    const total = sumVnd(budget.byMonth.map((m) => m.spent));
    blocks.push({
      kind: "table",
      table: {
        headers: vi ? ["Tháng", "Đã chi (đồng)"] : ["Month", "Spent (đồng)"],
        rows: [...budget.byMonth.map((m) => [capitalize(monthText(m.month, language)), digits(m.spent)]), [vi ? "Cộng" : "Total", digits(total)]],
        numeric: [1],
        totals: 1,
      },
    });
  }
  blocks.push({ kind: "heading", level: 3, text: vi ? "4. Vượt dự toán" : "4. Over budget" });
  const over = budget.overBudget;
  if (over.length === 0) blocks.push({ kind: "paragraph", text: noneText(language) });
  else {
    blocks.push({
      kind: "table",
      table: {
        headers: vi ? ["STT", "Nội dung", "Dự toán (đồng)", "Đã chi (đồng)", "Vượt dự toán (đồng)"] : ["No.", "Budget line", "Estimate (đồng)", "Spent (đồng)", "Over by (đồng)"],
        rows: over.map((l, i) => [String(i + 1), l.title, digits(l.estimate), digits(l.spent), digits(l.excess)]),
        numeric: [0, 2, 3, 4],
      },
    });
  }
  return blocks;
}

function findingBlocks(findings: readonly Finding[], language: Language): Block[] {
  const vi = language === "vi";
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: `${vi ? "Tổng số" : "In all"}: ${countText(findings.length, language)} (${SEVERITIES.map((s) => `${SEVERITY_WORDS[s][vi ? 0 : 1].toLowerCase()}: ${countText(count(s), language)}`).join("; ")}).`,
    },
  ];
  SEVERITIES.forEach((severity, i) => {
    blocks.push({ kind: "heading", level: 3, text: `${i + 1}. ${SEVERITY_WORDS[severity][vi ? 0 : 1]}` });
    const mine = findings.filter((f) => f.severity === severity);
    if (mine.length === 0) {
      blocks.push({ kind: "paragraph", text: noneText(language) });
      return;
    }
    // Grouped by rule, in the order of the catalogue; codes it does not know come last, in order of appearance.
    const codes = [...LINT_RULES.map((r) => r.code as string).filter((code) => mine.some((f) => f.code === code)), ...new Set(mine.map((f) => f.code).filter((code) => !LINT_RULES.some((r) => r.code === code)))];
    blocks.push({
      kind: "list",
      items: codes.map((code) => {
        const rule = LINT_RULES.find((r) => r.code === code);
        const title = rule === undefined ? code : vi ? rule.titleVi : rule.title;
        const ofRule = mine.filter((f) => f.code === code);
        return { text: `${title} (${code}): ${countText(ofRule.length, language)}`, items: ofRule.map((f) => capitalize(vi ? f.messageVi : f.message)) };
      }),
    });
  });
  return blocks;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Writes the phase review as stable JSON, 2-space indented: every key always present (`null` where the
 * review has nothing), in the order `docs/reports.md` documents, amounts as digit strings ("151500000"),
 * dates as ISO strings, attainments as ratios from 0 to 1. The top level starts with
 * `"kind": "phase-review"` and `"version": 1`; a change of shape raises the version.
 *
 * @param review - a review from {@link phaseReview}.
 * @returns the JSON text.
 * @throws {@link PlanError} `invalid_type` at `["review"]` when `review` is not a phase review.
 * @example
 * ```ts
 * import { renderPhaseReviewJson, type PhaseReview } from "cong-doan-ke-hoach";
 *
 * declare const review: PhaseReview; // phaseReview(plan, records, { asOf: "2018-04-30" }) of the reference plan
 * const data = JSON.parse(renderPhaseReviewJson(review));
 * data.budget.estimate; //=> "151500000"
 * ```
 * @category Report
 */
export function renderPhaseReviewJson(review: PhaseReview): string {
  return readReport(review, "phase-review", "review", "phaseReview", () => renderPhaseReviewJsonUnchecked(review));
}

/** `renderPhaseReviewJson` once its argument is known to be the data it renders. */
function renderPhaseReviewJsonUnchecked(review: PhaseReview): string {
  const { budget } = review;
  const json = {
    kind: review.kind,
    version: 1,
    plan: { id: review.plan.id, title: review.plan.title ?? null, subject: review.plan.subject },
    phase: review.phase === undefined ? null : { id: review.phase.id, name: review.phase.name, window: windowJson(review.phase.window) },
    window: windowJson(review.window),
    asOf: review.asOf,
    channels: review.channels.map((c) => ({
      channelId: c.channelId,
      number: c.number,
      title: c.title,
      deliverables: Object.fromEntries(STATUSES.map((s) => [s, c.deliverables[s] ?? 0])),
      quotaIds: [...c.quotaIds],
      required: c.required,
      requiredToDate: c.requiredToDate,
      metToDate: c.metToDate,
      counted: c.counted,
      shortfall: c.shortfall,
      attainment: c.attainment,
    })),
    quotas: review.quotas.map((q) => ({
      quotaId: q.quotaId,
      label: q.label,
      channelNumber: q.channelNumber,
      description: q.description,
      min: q.min,
      per: q.per,
      outlets: q.outlets,
      outletsMet: q.outletsMet,
      required: q.required,
      requiredToDate: q.requiredToDate,
      metToDate: q.metToDate,
      counted: q.counted,
      shortfall: q.shortfall,
      attainment: q.attainment,
      worst: q.worst.map((o) => ({ outletId: o.outletId, name: o.name, requiredToDate: o.requiredToDate, metToDate: o.metToDate, attainment: o.attainment, shortfall: o.shortfall })),
    })),
    unevaluatedQuotas: [...review.unevaluatedQuotas],
    unevaluatedQuotaLabels: [...review.unevaluatedQuotaLabels],
    units: review.units.map((u) => ({
      unitId: u.unitId,
      name: u.name,
      required: u.required,
      requiredToDate: u.requiredToDate,
      metToDate: u.metToDate,
      counted: u.counted,
      shortfall: u.shortfall,
      attainment: u.attainment,
    })),
    deliverables: review.deliverables.map(deliverableJson),
    coverage: coverageJson(review.coverage),
    budget: {
      estimate: budget.estimate.toString(),
      spent: budget.spent.toString(),
      percent: budget.percent,
      bySection: budget.bySection.map((s) => ({ id: s.id, label: s.label ?? null, title: s.title, estimate: s.estimate.toString(), spent: s.spent.toString(), percent: s.percent })),
      overBudget: budget.overBudget.map((l) => ({ lineId: l.lineId, title: l.title, estimate: l.estimate.toString(), spent: l.spent.toString(), excess: l.excess.toString() })),
      byFunder: budget.byFunder.map((f) => ({ fundingSourceId: f.fundingSourceId, name: f.name, estimate: f.estimate.toString(), spent: f.spent.toString() })),
      byMonth: budget.byMonth.map((m) => ({ month: m.month, spent: m.spent.toString() })),
    },
    findings: review.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      path: [...f.path],
      message: f.message,
      messageVi: f.messageVi,
      details: f.details === undefined ? null : Object.fromEntries(Object.keys(f.details).sort().map((k) => [k, f.details![k]!])),
    })),
  };
  return JSON.stringify(json, null, 2);
}
