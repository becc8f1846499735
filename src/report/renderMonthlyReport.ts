import { formatVnd } from "../budget/formatVnd.js";
import { weekdayDayText } from "./_lib/weekday.js";
import { sumVnd } from "../budget/sumVnd.js";
import { Vnd } from "../budget/vnd.js";
import { vndToWords } from "../budget/vndToWords.js";
import type { Deadline } from "../calendar/expandDeadlines.js";
import {
  countText,
  coverageBlocks,
  coverageJson,
  dayText,
  deliverableBlocks,
  deliverableJson,
  monthText,
  noneText,
  periodText,
  quotaCells,
  quotaHeaders,
  quotaNote,
  readRenderOptions,
  readReport,
  roman,
  someNames,
  windowJson,
  windowText,
  writeBlocks,
  type Block,
  type Language,
} from "./_lib/render.js";
import { percentText } from "./_lib/percent.js";
import type { MonthlyReport } from "./monthlyReport.js";

/**
 * Options of {@link renderMonthlyReport}.
 *
 * @example
 * ```ts
 * import type { RenderMonthlyReportOptions } from "cong-doan-ke-hoach";
 *
 * const options: RenderMonthlyReportOptions = { format: "text", language: "en", width: 32 };
 * ```
 * @category Report
 */
export interface RenderMonthlyReportOptions {
  /** `"markdown"` (GitHub tables, the default) or `"text"` (aligned plain-text tables whose long cells wrap). */
  readonly format?: "markdown" | "text" | undefined;
  /** `"vi"` (the default) writes the headings and labels in Vietnamese, `"en"` in English; the plan's own words stay as written. */
  readonly language?: "vi" | "en" | undefined;
  /** For `"text"`: the widest a table column may be before its words wrap (default 28, from 8 to 1000). */
  readonly width?: number | undefined;
}

const digits = (amount: Vnd) => formatVnd(amount, { symbol: "none" });
const money = (amount: Vnd) => formatVnd(amount);

/**
 * Writes a monthly report as a federation sends it to the Ban Tuyên giáo: the title ("BÁO CÁO KẾT QUẢ
 * THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN … THÁNG 8/2017"), a header (reporting unit, plan, month, "Ngày lập"
 * from `asOf`, the due date and whether the report is "đúng hạn" or "nộp muộn"), then six numbered
 * sections: I. the quotas (a table per quota, headed by its label: per outlet and in total what the whole
 * month requires, what was owed to date, met to date and is missing to date, attainment, everything
 * done), II. the deliverables and their status (hoàn thành, chậm, chưa thực hiện, đang thực hiện, chưa
 * đến hạn), III. coverage (percentage, units not reached by name, a table per province), IV. spending (a
 * table in đồng, "15.000.000", with the totals in words: "Bằng chữ: …"), V. events and trainings, VI. the
 * deadlines of the coming month. Dates are written "03/09/2017", percentages to one decimal rounded half
 * up from the exact counts; no internal id is shown. An empty section says "Không có" ("None"). With
 * `language: "en"` the headings and labels are English, dates "3 September 2017"; the plan's titles stay
 * Vietnamese. The output depends on the report alone.
 *
 * @param report - a report from {@link monthlyReport}.
 * @param options - `format` (`"markdown"` or `"text"`), `language` (`"vi"` or `"en"`), text `width`.
 * @returns the report, lines ending in "\n".
 * @throws {@link PlanError} `invalid_type` at `["report"]` when `report` is not a monthly report as `monthlyReport` returned it (its JSON read back, a value changed so that it cannot be written); `invalid_value` at
 *   `["options", name]` for an unknown format or language or a bad width.
 * @example
 * ```ts
 * import { renderMonthlyReport, type MonthlyReport } from "cong-doan-ke-hoach";
 *
 * declare const report: MonthlyReport; // monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" })
 * renderMonthlyReport(report).split("\n")[0];
 * //=> "# BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN VỀ “CÔNG ĐOÀN VÌ LỢI ÍCH ĐOÀN VIÊN” VÀ “THIẾT CHẾ CÔNG ĐOÀN” THÁNG 8/2017"
 * renderMonthlyReport(report, { language: "en" }).split("\n")[0];
 * //=> "# MONTHLY REPORT ON THE PLAN: Tuyên truyền về “Công đoàn vì lợi ích đoàn viên” và “Thiết chế Công đoàn” — AUGUST 2017"
 * const text = renderMonthlyReport(report, { format: "text", width: 24 }); // aligned plain-text tables
 * ```
 * @category Report
 */
export function renderMonthlyReport(report: MonthlyReport, options: RenderMonthlyReportOptions = {}): string {
  return readReport(report, "monthly-report", "report", "monthlyReport", () => renderMonthlyReportUnchecked(report, options));
}

/** `renderMonthlyReport` once its argument is known to be the data it renders. */
function renderMonthlyReportUnchecked(report: MonthlyReport, options: RenderMonthlyReportOptions = {}): string {
  const settings = readRenderOptions(options);
  const { language } = settings;
  const vi = language === "vi";
  const blocks: Block[] = [];
  const month = monthText(report.month, language);

  blocks.push({
    kind: "title",
    text: vi
      ? `BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH ${report.plan.subject.toUpperCase()} ${month.toUpperCase()}`
      : `MONTHLY REPORT ON THE PLAN: ${report.plan.subject} — ${month.toUpperCase()}`,
  });
  blocks.push({
    kind: "fields",
    fields: [
      [vi ? "Đơn vị báo cáo" : "Reporting unit", report.unit.name],
      [vi ? "Kế hoạch" : "Plan", report.plan.subject],
      [vi ? "Kỳ báo cáo" : "Period", vi ? `${month} (từ ngày ${dayText(report.window.start, language)} đến ngày ${dayText(report.window.end, language)})` : `${month} (${dayText(report.window.start, language)} to ${dayText(report.window.end, language)})`],
      [vi ? "Ngày lập" : "Prepared on", dayText(report.asOf, language)],
      [vi ? "Hạn nộp" : "Due", dueText(report, language)],
    ],
  });

  monthlyReportSections(report, language).forEach(([title, body], i) => blocks.push({ kind: "heading", level: 2, text: `${roman(i + 1)}. ${title}` }, ...body));
  return writeBlocks(blocks, settings);
}

/**
 * The numbered sections of a monthly report, titles without their numbers: what {@link renderMonthlyReport}
 * writes after its header, and what the official document (`renderMonthlyReportDocument`) lays out.
 *
 * @internal
 */
export function monthlyReportSections(report: MonthlyReport, language: Language): readonly (readonly [title: string, body: readonly Block[]])[] {
  const vi = language === "vi";
  return [
    [vi ? "Chỉ tiêu bài viết/chương trình" : "Quotas of articles and programmes", quotaBlocks(report, language)],
    [vi ? "Sản phẩm" : "Deliverables", deliverableBlocks(report.deliverables, language)],
    [vi ? "Độ bao phủ" : "Coverage", coverageBlocks(report.coverage, language)],
    [vi ? "Kinh phí" : "Spending", spendingBlocks(report, language)],
    [vi ? "Hoạt động khác" : "Other activities", activityBlocks(report, language)],
    [vi ? "Hạn sắp tới" : "Upcoming deadlines", deadlineBlocks(report.upcomingDeadlines, language)],
  ];
}

function dueText(report: MonthlyReport, language: Language): string {
  const vi = language === "vi";
  if (report.due === null) return vi ? "không có" : "none";
  const due = dayText(report.due, language);
  if (report.submittedOn !== null) {
    const on = dayText(report.submittedOn, language);
    return report.late ? (vi ? `${due}, nộp muộn (nộp ngày ${on})` : `${due}, sent late (on ${on})`) : vi ? `${due}, đúng hạn (nộp ngày ${on})` : `${due}, on time (sent on ${on})`;
  }
  return report.late ? (vi ? `${due}, nộp muộn (chưa nộp)` : `${due}, late (not sent)`) : vi ? `${due}, chưa đến hạn` : `${due}, not yet due`;
}

function quotaBlocks(report: MonthlyReport, language: Language): Block[] {
  const vi = language === "vi";
  const blocks: Block[] = [];
  report.quotas.forEach((quota, i) => {
    blocks.push({ kind: "heading", level: 3, text: `${i + 1}. ${quota.label}` });
    if (quota.description !== quota.label) blocks.push({ kind: "paragraph", text: quota.description });
    blocks.push({
      kind: "table",
      table: {
        headers: [vi ? "Cơ quan" : "Outlet", ...quotaHeaders("month", language)],
        rows: [...quota.outlets.map((o) => [o.name, ...quotaCells(o, language)]), [vi ? "Cộng" : "Total", ...quotaCells(quota, language)]],
        numeric: [1, 2, 3, 4, 5, 6],
        totals: 1,
      },
    });
    const missingOnline = quota.outlets.filter((o) => o.missingOnlineCount > 0);
    if (missingOnline.length > 0) {
      const list = missingOnline.map((o) => `${o.name}: ${countText(o.missingOnlineCount, language)}`).join("; ");
      blocks.push({ kind: "paragraph", text: vi ? `Bài chưa đăng trên bản điện tử: ${list}.` : `Items without their online copy: ${list}.` });
    }
  });
  if (report.quotas.length > 0) blocks.push({ kind: "paragraph", text: quotaNote("month", language) });
  if (report.unevaluatedQuotas.length > 0) {
    const labels = someNames(report.unevaluatedQuotaLabels, language);
    blocks.push({ kind: "paragraph", text: vi ? `Chỉ tiêu chưa đánh giá được (chưa có lịch phát hành các số): ${labels}.` : `Quotas not evaluated (no issue schedule given): ${labels}.` });
  }
  return blocks.length === 0 ? [{ kind: "paragraph", text: noneText(language) }] : blocks;
}

function spendingBlocks(report: MonthlyReport, language: Language): Block[] {
  if (report.spending.length === 0) return [{ kind: "paragraph", text: noneText(language) }];
  const vi = language === "vi";
  const lines = report.spending;
  const inMonth = sumVnd(lines.map((l) => l.spentInMonth));
  const toDate = sumVnd(lines.map((l) => l.spentToDate));
  const budgeted = sumVnd(lines.map((l) => l.budgeted));
  const remaining = sumVnd(lines.map((l) => l.remaining));
  // Percentages from the exact amounts, rounded half up.
  const percent = (spent: Vnd, budgeted: Vnd) => percentText(spent.toBigInt(), budgeted.toBigInt(), language);
  const blocks: Block[] = [
    {
      kind: "table",
      table: {
        headers: vi
          ? ["STT", "Nội dung", "Dự toán (đồng)", "Chi trong tháng (đồng)", "Lũy kế (đồng)", "Còn lại (đồng)", "Tỷ lệ"]
          : ["No.", "Budget line", "Budgeted (đồng)", "Spent in month (đồng)", "Spent to date (đồng)", "Remaining (đồng)", "Percent"],
        rows: [
          ...lines.map((l, i) => [String(i + 1), l.title, digits(l.budgeted), digits(l.spentInMonth), digits(l.spentToDate), digits(l.remaining), percent(l.spentToDate, l.budgeted)]),
          ["", vi ? "Cộng" : "Total", digits(budgeted), digits(inMonth), digits(toDate), digits(remaining), percent(toDate, budgeted)],
        ],
        numeric: [0, 2, 3, 4, 5, 6],
        totals: 1,
      },
    },
  ];
  const items = [
    { text: vi ? `Tổng chi trong tháng: ${money(inMonth)}. Bằng chữ: ${vndToWords(inMonth)}.` : `Spent in the month: ${money(inMonth)}. In words: ${vndToWords(inMonth)}.` },
    { text: vi ? `Lũy kế từ đầu kế hoạch: ${money(toDate)}. Bằng chữ: ${vndToWords(toDate)}.` : `Spent to date: ${money(toDate)}. In words: ${vndToWords(toDate)}.` },
  ];
  for (const line of lines.filter((l) => l.over)) {
    const excess = formatVnd(Vnd.fromBigInt(-line.remaining.toBigInt()));
    items.push({ text: vi ? `Vượt dự toán: ${line.title} (vượt ${excess}).` : `Over budget: ${line.title} (by ${excess}).` });
  }
  blocks.push({ kind: "list", items });
  return blocks;
}

function activityBlocks(report: MonthlyReport, language: Language): Block[] {
  const { events, participants, trainings, peopleTrained } = report.activities;
  if (events === 0 && trainings === 0) return [{ kind: "paragraph", text: noneText(language) }];
  const vi = language === "vi";
  return [
    {
      kind: "fields",
      fields: [
        [vi ? "Sự kiện đã tổ chức" : "Events held", vi ? `${countText(events, language)} (${countText(participants, language)} người tham dự)` : `${countText(events, language)} (${countText(participants, language)} participants)`],
        [vi ? "Lớp tập huấn" : "Trainings", vi ? `${countText(trainings, language)} (${countText(peopleTrained, language)} người được tập huấn)` : `${countText(trainings, language)} (${countText(peopleTrained, language)} people trained)`],
      ],
    },
  ];
}

function deadlineBlocks(deadlines: readonly Deadline[], language: Language): Block[] {
  if (deadlines.length === 0) return [{ kind: "paragraph", text: noneText(language) }];
  const vi = language === "vi";
  const what = (d: Deadline) => {
    const kind = { "periodic-report": vi ? "Báo cáo định kỳ" : "Periodic report", report: vi ? "Báo cáo" : "Report", review: vi ? "Sơ kết" : "Review" }[d.kind] ?? d.kind;
    return d.periodKey === undefined ? kind : `${kind} ${periodText(d.periodKey, language)}`;
  };
  return [
    {
      kind: "table",
      table: {
        headers: vi ? ["Hạn", "Nội dung", "Thời gian", "Còn lại (ngày)"] : ["Due", "Duty", "Window", "Days left"],
        // A deadline is met on a working day: its weekday beside its date ("Thứ Ba, 05/09/2017").
        rows: deadlines.map((d) => [weekdayDayText(d.due, language), what(d), windowText(d.window, language), d.daysLeft === undefined ? "" : String(d.daysLeft)]),
        numeric: [3],
      },
    },
  ];
}

/**
 * Writes a monthly report as stable JSON, 2-space indented: every key always present (`null` where the
 * report has nothing), in the order `docs/reports.md` documents, amounts as digit strings ("15000000"),
 * dates as ISO strings, attainments as ratios from 0 to 1. The top level starts with
 * `"kind": "monthly-report"` and `"version": 1`; a change of shape raises the version.
 *
 * @param report - a report from {@link monthlyReport}.
 * @returns the JSON text.
 * @throws {@link PlanError} `invalid_type` at `["report"]` when `report` is not a monthly report.
 * @example
 * ```ts
 * import { renderMonthlyReportJson, type MonthlyReport } from "cong-doan-ke-hoach";
 *
 * declare const report: MonthlyReport;
 * const data = JSON.parse(renderMonthlyReportJson(report));
 * data.kind; //=> "monthly-report"
 * data.version; //=> 1
 * ```
 * @category Report
 */
export function renderMonthlyReportJson(report: MonthlyReport): string {
  return readReport(report, "monthly-report", "report", "monthlyReport", () => renderMonthlyReportJsonUnchecked(report));
}

/** `renderMonthlyReportJson` once its argument is known to be the data it renders. */
function renderMonthlyReportJsonUnchecked(report: MonthlyReport): string {
  const json = {
    kind: report.kind,
    version: 1,
    plan: { id: report.plan.id, title: report.plan.title ?? null, subject: report.plan.subject },
    unit: { id: report.unit.id, name: report.unit.name },
    month: report.month,
    window: windowJson(report.window),
    asOf: report.asOf,
    due: report.due,
    submittedOn: report.submittedOn,
    late: report.late,
    quotas: report.quotas.map((q) => ({
      quotaId: q.quotaId,
      label: q.label,
      description: q.description,
      min: q.min,
      per: q.per,
      required: q.required,
      requiredToDate: q.requiredToDate,
      metToDate: q.metToDate,
      counted: q.counted,
      shortfall: q.shortfall,
      outlets: q.outlets.map((o) => ({
        outletId: o.outletId,
        name: o.name,
        required: o.required,
        requiredToDate: o.requiredToDate,
        metToDate: o.metToDate,
        counted: o.counted,
        shortfall: o.shortfall,
        attainment: o.attainment,
        missingOnlineCount: o.missingOnlineCount,
      })),
    })),
    unevaluatedQuotas: [...report.unevaluatedQuotas],
    unevaluatedQuotaLabels: [...report.unevaluatedQuotaLabels],
    deliverables: report.deliverables.map(deliverableJson),
    coverage: coverageJson(report.coverage),
    spending: report.spending.map((s) => ({
      lineId: s.lineId,
      title: s.title,
      budgeted: s.budgeted.toString(),
      spentInMonth: s.spentInMonth.toString(),
      spentToDate: s.spentToDate.toString(),
      remaining: s.remaining.toString(),
      percent: s.percent,
      over: s.over,
    })),
    activities: {
      events: report.activities.events,
      participants: report.activities.participants,
      trainings: report.activities.trainings,
      peopleTrained: report.activities.peopleTrained,
    },
    upcomingDeadlines: report.upcomingDeadlines.map((d) => ({
      id: d.id,
      dutyId: d.dutyId,
      kind: d.kind,
      unitId: d.unitId ?? null,
      periodKey: d.periodKey ?? null,
      window: windowJson(d.window),
      due: d.due,
      opens: d.opens,
      status: d.status ?? null,
      daysLeft: d.daysLeft ?? null,
    })),
  };
  return JSON.stringify(json, null, 2);
}
