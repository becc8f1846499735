import { formatVnd } from "../budget/formatVnd.js";
import { percentOf } from "../budget/percentOf.js";
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
  percentText,
  ratioText,
  readRenderOptions,
  requireKind,
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
 * I. per channel (deliverables by status, quota attainment), II. per quota (attainment, outlets that met
 * it, the worst outlets) and per outlet, III. the deliverables done, late or missing, IV. coverage of the
 * grassroots unions by province, V. the budget executed against the estimate by section, funder and
 * month (amounts in đồng, percentages, totals in words: "Bằng chữ: …"), VI. the plan's open lint
 * findings grouped by severity under the titles of {@link LINT_RULES}. An empty section says "Không có"
 * ("None"). With `language: "en"` the headings, labels, rule titles and finding messages are English.
 *
 * @param review - a review from {@link phaseReview}.
 * @param options - `format` (`"markdown"` or `"text"`), `language` (`"vi"` or `"en"`), text `width`.
 * @returns the report, lines ending in "\n".
 * @throws {@link PlanError} `invalid_type` at `["review"]` when `review` is not a phase review; `invalid_value` at
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
  requireKind(review, "phase-review", "review", "phaseReview");
  const settings = readRenderOptions(options);
  const { language } = settings;
  const vi = language === "vi";
  const window = windowText(review.phase.window, language);
  const blocks: Block[] = [
    {
      kind: "title",
      text: vi
        ? `BÁO CÁO SƠ KẾT ${review.phase.name.toUpperCase()} KẾ HOẠCH ${review.plan.subject.toUpperCase()}`
        : `PHASE REVIEW (${review.phase.name}) OF THE PLAN: ${review.plan.subject}`,
    },
    {
      kind: "fields",
      fields: [
        [vi ? "Kế hoạch" : "Plan", review.plan.subject],
        [vi ? "Giai đoạn" : "Phase", `${review.phase.name} (${vi ? window.charAt(0).toLowerCase() + window.slice(1) : window})`],
        [vi ? "Số liệu tính đến ngày" : "Figures as of", dayText(review.asOf, language)],
      ],
    },
  ];
  const sections: [string, Block[]][] = [
    [vi ? "Kết quả theo kênh tuyên truyền" : "Results by channel", channelBlocks(review, language)],
    [vi ? "Chỉ tiêu bài viết/chương trình" : "Quotas of articles and programmes", quotaBlocks(review, language)],
    [vi ? "Sản phẩm" : "Deliverables", deliverableBlocks(review.deliverables, language)],
    [vi ? "Độ bao phủ" : "Coverage", coverageBlocks(review.coverage, language)],
    [vi ? "Kinh phí" : "Budget", budgetBlocks(review, language)],
    [vi ? "Các vấn đề còn tồn tại của kế hoạch" : "Open findings on the plan", findingBlocks(review.findings, language)],
  ];
  sections.forEach(([title, body], i) => blocks.push({ kind: "heading", level: 2, text: `${roman(i + 1)}. ${title}` }, ...body));
  return writeBlocks(blocks, settings);
}

function channelBlocks(review: PhaseReview, language: Language): Block[] {
  if (review.channels.length === 0) return [{ kind: "paragraph", text: noneText(language) }];
  const vi = language === "vi";
  return [
    {
      kind: "table",
      table: {
        headers: [vi ? "Kênh" : "Channel", vi ? "Nội dung" : "Title", ...STATUSES.map((s) => capitalize(statusText(s, language))), vi ? "Tỷ lệ đạt chỉ tiêu" : "Quota attainment"],
        rows: review.channels.map((c) => [
          String(c.number),
          c.title,
          ...STATUSES.map((s) => countText(c.deliverables[s] ?? 0, language)),
          c.attainment === null ? "-" : ratioText(c.attainment, language),
        ]),
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
        headers: vi
          ? ["STT", "Chỉ tiêu", "Kênh", "Mức", "Cơ quan đạt", "Yêu cầu", "Đã thực hiện", "Còn thiếu", "Tỷ lệ đạt"]
          : ["No.", "Quota", "Channel", "Minimum", "Outlets met", "Required", "Done", "Short", "Attainment"],
        rows: review.quotas.map((q, i) => [
          String(i + 1),
          q.quotaId,
          String(q.channelNumber),
          minimumText(q.min, q.per, language),
          `${countText(q.outletsMet, language)}/${countText(q.outlets, language)}`,
          countText(q.required, language),
          countText(q.counted, language),
          countText(q.shortfall, language),
          ratioText(q.attainment, language),
        ]),
        numeric: [0, 2, 4, 5, 6, 7, 8],
      },
    });
    blocks.push({ kind: "heading", level: 3, text: vi ? "2. Chi tiết từng chỉ tiêu" : "2. Each quota" });
    blocks.push({
      kind: "list",
      items: review.quotas.map((q) => {
        const worst = q.worst.map((o) => `${o.name} (${ratioText(o.attainment, language)}, ${vi ? "còn thiếu" : "short"} ${countText(o.shortfall, language)})`).join("; ");
        return {
          text: `${q.quotaId}: ${q.description}`,
          items: [
            vi
              ? `Tỷ lệ đạt ${ratioText(q.attainment, language)}; cơ quan đạt chỉ tiêu: ${countText(q.outletsMet, language)}/${countText(q.outlets, language)}.`
              : `Attainment ${ratioText(q.attainment, language)}; outlets that met it: ${countText(q.outletsMet, language)} of ${countText(q.outlets, language)}.`,
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
        headers: vi ? ["Cơ quan", "Yêu cầu", "Đã thực hiện", "Còn thiếu", "Tỷ lệ đạt"] : ["Outlet", "Required", "Done", "Short", "Attainment"],
        rows: review.units.map((u) => [u.name, countText(u.required, language), countText(u.counted, language), countText(u.shortfall, language), ratioText(u.attainment, language)]),
        numeric: [1, 2, 3, 4],
      },
    });
  }
  if (review.unevaluatedQuotas.length > 0) {
    const ids = someNames(review.unevaluatedQuotas, language);
    blocks.push({ kind: "paragraph", text: vi ? `Chỉ tiêu chưa đánh giá được (chưa có lịch phát hành các số): ${ids}.` : `Quotas not evaluated (no issue schedule given): ${ids}.` });
  }
  return blocks.length === 0 ? [{ kind: "paragraph", text: noneText(language) }] : blocks;
}

function budgetBlocks(review: PhaseReview, language: Language): Block[] {
  const vi = language === "vi";
  const { budget } = review;
  const percent = (p: string | null) => (p === null ? "-" : percentText(p, language));
  const share = (spent: Vnd, estimate: Vnd) => (estimate.isZero() ? "-" : percentText(percentOf(spent, estimate), language));
  const blocks: Block[] = [
    {
      kind: "list",
      items: [
        { text: vi ? `Tổng dự toán: ${formatVnd(budget.estimate)}. Bằng chữ: ${vndToWords(budget.estimate)}.` : `Estimate: ${formatVnd(budget.estimate)}. In words: ${vndToWords(budget.estimate)}.` },
        {
          text: vi
            ? `Đã chi: ${formatVnd(budget.spent)} (${percent(budget.percent)} dự toán). Bằng chữ: ${vndToWords(budget.spent)}.`
            : `Spent: ${formatVnd(budget.spent)} (${percent(budget.percent)} of the estimate). In words: ${vndToWords(budget.spent)}.`,
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
          ...budget.bySection.map((s) => [s.label ?? s.id, s.title, digits(s.estimate), digits(s.spent), percent(s.percent)]),
          ["", vi ? "Tổng cộng" : "Total", digits(budget.estimate), digits(budget.spent), percent(budget.percent)],
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
  requireKind(review, "phase-review", "review", "phaseReview");
  const { budget } = review;
  const json = {
    kind: review.kind,
    version: 1,
    plan: { id: review.plan.id, title: review.plan.title, subject: review.plan.subject },
    phase: { id: review.phase.id, name: review.phase.name, window: windowJson(review.phase.window) },
    asOf: review.asOf,
    channels: review.channels.map((c) => ({
      channelId: c.channelId,
      number: c.number,
      title: c.title,
      deliverables: Object.fromEntries(STATUSES.map((s) => [s, c.deliverables[s] ?? 0])),
      quotaIds: [...c.quotaIds],
      attainment: c.attainment,
    })),
    quotas: review.quotas.map((q) => ({
      quotaId: q.quotaId,
      channelNumber: q.channelNumber,
      description: q.description,
      min: q.min,
      per: q.per,
      outlets: q.outlets,
      outletsMet: q.outletsMet,
      required: q.required,
      counted: q.counted,
      shortfall: q.shortfall,
      attainment: q.attainment,
      worst: q.worst.map((o) => ({ outletId: o.outletId, name: o.name, attainment: o.attainment, shortfall: o.shortfall })),
    })),
    unevaluatedQuotas: [...review.unevaluatedQuotas],
    units: review.units.map((u) => ({ unitId: u.unitId, name: u.name, required: u.required, counted: u.counted, shortfall: u.shortfall, attainment: u.attainment })),
    deliverables: review.deliverables.map(deliverableJson),
    coverage: coverageJson(review.coverage),
    budget: {
      estimate: budget.estimate.toString(),
      spent: budget.spent.toString(),
      percent: budget.percent,
      bySection: budget.bySection.map((s) => ({ id: s.id, label: s.label ?? null, title: s.title, estimate: s.estimate.toString(), spent: s.spent.toString(), percent: s.percent })),
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
