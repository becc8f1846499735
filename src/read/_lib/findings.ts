/**
 * The catalogue of what the reader reports: what it guessed, what it left out, what does not add up in the
 * text. Each code has a severity and a message in English and in Vietnamese.
 *
 * Private to the module, but not marked internal as a whole: under `stripInternal` that tag would strip
 * the import below, which the public ReadFindingRule needs. The private names are marked one by one.
 */
import type { Severity } from "../../errors/Finding.js";

/** Parameters of a message. @internal */
export interface ReadMessageParams {
  /** The text concerned, as written (clipped and quoted by the message). */
  readonly text?: string;
  /** Another text (an activity, a heading). */
  readonly other?: string;
  readonly kind?: string;
  readonly kindVi?: string;
  readonly value?: string;
  readonly expected?: string;
  readonly count?: number;
}

interface Definition {
  readonly severity: Severity;
  readonly title: string;
  readonly titleVi: string;
  readonly message: (p: ReadMessageParams) => readonly [string, string];
}

/** A text clipped to 60 characters and quoted. */
function q(text: string | undefined): string {
  const chars = Array.from((text ?? "").trim());
  return `"${chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : chars.join("")}"`;
}

const DEFINITIONS = {
  input_unreadable: {
    severity: "error",
    title: "Not a readable text",
    titleVi: "Không phải văn bản đọc được",
    message: (p) => [
      `the input is not readable text: ${p.value ?? "many"}% of its characters are control or replacement characters (a binary file?)`,
      `dữ liệu đưa vào không phải văn bản đọc được: ${p.value ?? "nhiều"}% ký tự là ký tự điều khiển hoặc ký tự lỗi (tệp nhị phân?)`,
    ],
  },
  unit_not_recognised: {
    severity: "warning",
    title: "Unit name not recognised",
    titleVi: "Không nhận ra tên đơn vị",
    message: (p) => [
      `${q(p.text)} stands where a unit is named, but the lexicon does not know this kind of name: read as a unit of kind "other"`,
      `${q(p.text)} ở vị trí tên đơn vị nhưng bộ từ vựng không nhận ra loại tên này: ghi là đơn vị loại "khác"`,
    ],
  },
  heading_not_a_unit: {
    severity: "info",
    title: "Heading of the duties names no unit",
    titleVi: "Đề mục phân công không nêu đơn vị",
    message: (p) => [
      `${q(p.text)} heads a part of the duties (tổ chức thực hiện) but names work, not a unit: what it holds is left unread`,
      `${q(p.text)} đứng ở vị trí đề mục phân công nhiệm vụ nhưng nêu công việc, không nêu đơn vị: phần bên dưới không được đọc`,
    ],
  },
  unit_list_truncated: {
    severity: "info",
    title: "List of units ends with an ellipsis",
    titleVi: "Danh sách đơn vị kết thúc bằng dấu ba chấm",
    message: (p) => [
      `the list ${q(p.text)} ends with "…": the plan means more units than it names, and only those named are read`,
      `danh sách ${q(p.text)} kết thúc bằng "…": kế hoạch còn nhiều đơn vị hơn số đơn vị được nêu tên; chỉ đọc các đơn vị có tên`,
    ],
  },
  heading_missing: {
    severity: "info",
    title: "Heading missing",
    titleVi: "Thiếu đề mục",
    message: (p) => [
      `the list that starts again at ${q(p.text)} is read as the ${p.kind ?? "next section"}: its heading is missing (the numbering skips it)`,
      `danh sách bắt đầu lại từ ${q(p.text)} được đọc là phần ${p.kindVi ?? "tiếp theo"}: thiếu đề mục của phần này (số thứ tự bị bỏ qua)`,
    ],
  },
  part_not_recognised: {
    severity: "warning",
    title: "Part not recognised",
    titleVi: "Không nhận ra phần",
    message: (p) => [
      `the part ${q(p.text)} is not one the reader knows: its paragraphs are left unread`,
      `không nhận ra phần ${q(p.text)}: các đoạn của phần này chưa được đọc`,
    ],
  },
  time_without_year: {
    severity: "warning",
    title: "Time without a year",
    titleVi: "Thời gian không có năm",
    message: (p) => [
      `${q(p.text)} gives no year and there is no reference date (the plan's date or options.referenceDate): the time is left out`,
      `${q(p.text)} không ghi năm và không có ngày tham chiếu (ngày của kế hoạch hoặc options.referenceDate): chưa ghi thời gian này`,
    ],
  },
  time_not_read: {
    severity: "warning",
    title: "Time not read",
    titleVi: "Không đọc được thời gian",
    message: (p) => [`the time ${q(p.text)} could not be read: it is left out`, `không đọc được thời gian ${q(p.text)}: chưa ghi thời gian này`],
  },
  quota_not_read: {
    severity: "warning",
    title: "Quota not read",
    titleVi: "Không đọc được định mức",
    message: (p) => [
      `${q(p.text)} looks like a quota (a count per period) but its rule could not be read`,
      `${q(p.text)} có dạng định mức (số lượng theo kỳ) nhưng không đọc được quy định`,
    ],
  },
  amount_not_read: {
    severity: "warning",
    title: "Amount not read",
    titleVi: "Không đọc được số tiền",
    message: (p) => [`the amount ${q(p.text)} could not be read as whole đồng`, `không đọc được số tiền ${q(p.text)} (đồng)`],
  },
  budget_row_realigned: {
    severity: "warning",
    title: "Budget row realigned",
    titleVi: "Dòng dự trù bị lệch cột",
    message: (p) => [
      `the cells of the budget row ${q(p.text)} do not line up with the header (a merged cell?): they are read by their content`,
      `các ô của dòng dự trù ${q(p.text)} không thẳng cột với tiêu đề (ô bị gộp?): được đọc theo nội dung`,
    ],
  },
  budget_row_unread: {
    severity: "warning",
    title: "Budget row not read",
    titleVi: "Không đọc được dòng dự trù",
    message: (p) => [`the row ${q(p.text)} of the budget table could not be read as a section, a line or a total`, `không đọc được dòng ${q(p.text)} của bảng dự trù (không phải mục, dòng chi hay tổng cộng)`],
  },
  amount_in_words_mismatch: {
    severity: "error",
    title: "Amount in words does not match the figure",
    titleVi: "Số tiền bằng chữ không khớp với số",
    message: (p) => [
      `"Bằng chữ" says ${p.value ?? "?"} đồng but the figure is ${p.expected ?? "?"} đồng`,
      `"Bằng chữ" ghi ${p.value ?? "?"} đồng nhưng số ghi ${p.expected ?? "?"} đồng`,
    ],
  },
  amount_in_words_unread: {
    severity: "warning",
    title: "Amount in words not read",
    titleVi: "Không đọc được số tiền bằng chữ",
    message: (p) => [`the amount in words ${q(p.text)} could not be read`, `không đọc được số tiền bằng chữ ${q(p.text)}`],
  },
  funding_source_assumed: {
    severity: "info",
    title: "Funding source taken from the appendix",
    titleVi: "Nguồn kinh phí lấy theo phụ lục",
    message: (p) => [
      `${q(p.text)} names no source: read as paid from the plan's own budget, the one its appendix estimates`,
      `${q(p.text)} không nêu nguồn: được ghi là chi từ kinh phí của kế hoạch (phần phụ lục dự trù)`,
    ],
  },
  link_guessed: {
    severity: "info",
    title: "Link made by shared words",
    titleVi: "Liên kết theo từ ngữ chung",
    message: (p) => [
      `${q(p.text)} is linked to the activity ${q(p.other)}: they share their distinctive words`,
      `${q(p.text)} được gắn với hoạt động ${q(p.other)} vì có các từ ngữ đặc trưng chung`,
    ],
  },
  window_inferred: {
    severity: "info",
    title: "Window inferred",
    titleVi: "Suy ra thời gian",
    message: (p) => [
      `${q(p.text)} gives a start only: read as running to the end of ${p.other ?? "the plan"}`,
      `${q(p.text)} chỉ nêu thời gian bắt đầu: được ghi là kéo dài đến hết ${p.other ?? "kế hoạch"}`,
    ],
  },
  subject_inherited: {
    severity: "info",
    title: "Who reports, from the sentence before",
    titleVi: "Đơn vị báo cáo lấy theo câu trước",
    message: (p) => [
      `${q(p.text)} does not say who reports: read as the units of the sentence before`,
      `${q(p.text)} không nêu đơn vị báo cáo: được ghi là các đơn vị của câu trước`,
    ],
  },
  issuer_not_found: {
    severity: "warning",
    title: "Issuer not found",
    titleVi: "Không tìm thấy cơ quan ban hành",
    message: () => ["the text does not say who issues the plan: the header has no issuer", "văn bản không nêu cơ quan ban hành kế hoạch: phần đầu chưa có cơ quan ban hành"],
  },
  reference_not_read: {
    severity: "warning",
    title: "Document reference not read",
    titleVi: "Không đọc được số hiệu văn bản",
    message: (p) => [`the document reference ${q(p.text)} could not be read`, `không đọc được số hiệu văn bản ${q(p.text)}`],
  },
  table_not_read: {
    severity: "warning",
    title: "Table not read",
    titleVi: "Không đọc được bảng",
    message: (p) => [`the table that starts with ${q(p.text)} is not a budget table: its rows are left unread`, `bảng bắt đầu bằng ${q(p.text)} không phải bảng dự trù kinh phí: các dòng của bảng chưa được đọc`],
  },
  target_not_read: {
    severity: "info",
    title: "Percentage not read as a target",
    titleVi: "Tỷ lệ chưa được đọc thành chỉ tiêu",
    message: (p) => [`${q(p.text)} gives a percentage that is not read as a target`, `${q(p.text)} có tỷ lệ phần trăm chưa được đọc thành chỉ tiêu`],
  },
} as const satisfies Record<ReadFindingCode, Definition>;

/**
 * The codes of what {@link readPlanText} reports.
 *
 * @example
 * ```ts
 * import type { ReadFindingCode } from "cong-doan-ke-hoach";
 *
 * const code: ReadFindingCode = "budget_row_realigned";
 * ```
 * @category Read
 */
export type ReadFindingCode =
  | "input_unreadable"
  | "unit_not_recognised"
  | "heading_not_a_unit"
  | "unit_list_truncated"
  | "heading_missing"
  | "part_not_recognised"
  | "time_without_year"
  | "time_not_read"
  | "quota_not_read"
  | "amount_not_read"
  | "budget_row_realigned"
  | "budget_row_unread"
  | "amount_in_words_mismatch"
  | "amount_in_words_unread"
  | "funding_source_assumed"
  | "link_guessed"
  | "window_inferred"
  | "subject_inherited"
  | "issuer_not_found"
  | "reference_not_read"
  | "table_not_read"
  | "target_not_read";

/**
 * A kind of finding of the reader, as data: its code, severity and title in English and Vietnamese.
 *
 * @example
 * ```ts
 * import { READ_FINDINGS, type ReadFindingRule } from "cong-doan-ke-hoach";
 *
 * const realigned: ReadFindingRule | undefined = READ_FINDINGS.find((f) => f.code === "budget_row_realigned");
 * realigned?.severity; //=> "warning"
 * ```
 * @category Read
 */
export interface ReadFindingRule {
  readonly code: ReadFindingCode;
  readonly severity: Severity;
  readonly title: string;
  readonly titleVi: string;
}

/**
 * Every kind of finding that {@link readPlanText} reports, in catalogue order.
 *
 * @example
 * ```ts
 * import { READ_FINDINGS } from "cong-doan-ke-hoach";
 *
 * READ_FINDINGS.some((f) => f.code === "amount_in_words_mismatch" && f.severity === "error"); //=> true
 * ```
 * @category Read
 */
export const READ_FINDINGS: readonly ReadFindingRule[] = /* @__PURE__ */ Object.freeze(
  (Object.keys(DEFINITIONS) as ReadFindingCode[]).map((code) =>
    Object.freeze({ code, severity: DEFINITIONS[code].severity as Severity, title: DEFINITIONS[code].title, titleVi: DEFINITIONS[code].titleVi }),
  ),
);

/** The severity and messages of a finding. @internal */
export function readMessage(code: ReadFindingCode, params: ReadMessageParams): { severity: Severity; message: string; messageVi: string } {
  const definition: Definition = DEFINITIONS[code];
  const [message, messageVi] = definition.message(params);
  return { severity: definition.severity, message, messageVi };
}
