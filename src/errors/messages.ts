import type { IssueCode, PlanIssue } from "./PlanError.js";

/** Parameters that a message of the catalogue may name. @internal */
export interface MessageParams {
  readonly expected?: string;
  readonly received?: string;
  readonly value?: string;
  readonly limit?: number | string;
  readonly keys?: readonly string[];
  readonly kind?: string;
  readonly id?: string;
  readonly detail?: string;
  readonly detailVi?: string;
}

type Catalogue = { readonly [C in IssueCode]: (p: MessageParams) => readonly [en: string, vi: string] };

/** Quotes a value for a message, cut to 60 characters so that a megabyte input gives a short message. */
const q = (s: string | undefined): string => JSON.stringify(clip(s ?? ""));
const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
const withDetail = (en: string, vi: string, p: MessageParams): readonly [string, string] => [
  p.detail ? `${en}: ${p.detail}` : en,
  p.detailVi ? `${vi}: ${p.detailVi}` : vi,
];

/** The messages of every issue code, in English and Vietnamese. One place, keyed by code. @internal */
export const catalogue: Catalogue = {
  invalid_type: (p) => [
    `expected ${p.expected ?? "another type"}, received ${p.received ?? "something else"}`,
    `cần ${typeVi(p.expected)}, nhận được ${typeVi(p.received)}`,
  ],
  missing: (p) => [`required ${p.expected ?? "value"} is missing`, `thiếu trường bắt buộc (${typeVi(p.expected)})`],
  unrecognized_keys: (p) => {
    const keys = p.keys ?? [];
    const shown = keys.slice(0, 10).map((k) => q(k)).join(", ");
    const more = keys.length > 10 ? [` and ${keys.length - 10} more`, ` và ${keys.length - 10} khóa khác`] : ["", ""];
    return [`unknown key${keys.length > 1 ? "s" : ""}: ${shown}${more[0]}`, `khóa không được hỗ trợ: ${shown}${more[1]}`];
  },
  invalid_value: (p) => {
    const single = p.expected !== undefined && !p.expected.includes(", ");
    return [
      `invalid value ${p.received ?? ""}; expected ${single ? "" : "one of "}${p.expected ?? "an allowed value"}`.replace("  ", " "),
      `giá trị ${p.received ?? ""} không hợp lệ; phải là ${single ? "" : "một trong "}${p.expected ?? "giá trị cho phép"}`.replace("  ", " "),
    ];
  },
  invalid_format: (p) =>
    p.expected === "regex"
      ? [`${p.received ?? "the text"} does not match the pattern ${p.value ?? ""}`, `${p.received ?? "chuỗi"} không khớp mẫu ${p.value ?? ""}`]
      : withDetail(`invalid ${p.expected ?? "format"}`, `sai định dạng ${typeVi(p.expected)}`, p),
  too_small: (p) =>
    p.expected === "text length" && p.limit === 1
      ? ["must not be empty", "không được để trống"]
      : [
    `too small: expected ${p.expected ?? "a value"} of at least ${p.limit ?? "?"}`,
    `quá nhỏ: ${typeVi(p.expected)} phải ít nhất là ${p.limit ?? "?"}`,
        ],
  too_big: (p) => [
    `too big: expected ${p.expected ?? "a value"} of at most ${p.limit ?? "?"}`,
    `quá lớn: ${typeVi(p.expected)} tối đa là ${p.limit ?? "?"}`,
  ],
  invalid_date: (p) =>
    p.detail
      ? [`${q(p.value)} is not a valid date: ${p.detail}`, `${q(p.value)} không phải là ngày hợp lệ: ${p.detailVi ?? p.detail}`]
      : [`${q(p.value)} is not a calendar date (YYYY-MM-DD)`, `${q(p.value)} không phải là ngày hợp lệ (YYYY-MM-DD)`],
  invalid_window: (p) => [
    `the window ends (${clip(p.received ?? "?")}) before it starts (${clip(p.expected ?? "?")})`,
    `khoảng thời gian kết thúc (${clip(p.received ?? "?")}) trước khi bắt đầu (${clip(p.expected ?? "?")})`,
  ],
  invalid_time_expression: (p) =>
    withDetail(`${q(p.value)} is not a time expression this library reads`, `${q(p.value)} không phải là cách ghi thời gian đọc được`, p),
  invalid_amount: (p) =>
    withDetail(`${clip(p.value ?? "value")} is not an amount of whole đồng`, `${clip(p.value ?? "giá trị")} không phải là số tiền đồng nguyên`, p),
  invalid_quantity: (p) =>
    withDetail(`${clip(p.value ?? "value")} is not a quantity`, `${clip(p.value ?? "giá trị")} không phải là số lượng hợp lệ`, p),
  invalid_month: (p) => [
    `${q(p.value)} is not a calendar month (YYYY-MM)`,
    `${q(p.value)} không phải là tháng hợp lệ (YYYY-MM)`,
  ],
  invalid_lunar_date: (p) =>
    withDetail(`${q(p.value)} is not a day of the lunar calendar`, `${q(p.value)} không phải là ngày âm lịch có thật`, p),
  invalid_document_reference: (p) => [
    `${q(p.value)} is not a document reference such as "284/HD-TLĐ" or "30/2020/NĐ-CP"`,
    `${q(p.value)} không phải là số hiệu văn bản dạng "284/HD-TLĐ" hoặc "30/2020/NĐ-CP"`,
  ],
  duplicate_id: (p) => [
    `duplicate ${p.kind ?? ""} id ${q(p.id)}: ids must be unique within their kind`.replace("  ", " "),
    `mã ${kindVi(p.kind)} ${q(p.id)} bị trùng: mã phải là duy nhất`,
  ],
  unknown_reference: (p) => [
    `no ${p.kind ?? "item"} has the id ${q(p.id)}`,
    `không có ${kindVi(p.kind)} nào có mã ${q(p.id)}`,
  ],
  wrong_reference_kind: (p) =>
    withDetail(`${q(p.id)} is not a ${p.expected ?? "suitable"} ${p.kind ?? "item"}`, `${q(p.id)} không phải là ${kindVi(p.kind)} phù hợp`, p),
  hierarchy_cycle: (p) => [
    `the unit hierarchy has a cycle through ${q(p.id)}`,
    `cây đơn vị có vòng lặp qua ${q(p.id)}`,
  ],
  invalid_parent_kind: (p) => [
    `a unit of kind ${p.received ?? "?"} cannot belong to a unit of kind ${p.expected ?? "?"}`,
    `${unitKindVi(p.received)} không thể trực thuộc ${unitKindVi(p.expected)}`,
  ],
  outlet_mismatch: (p) => withDetail("outlet details do not fit the unit kind", "thông tin cơ quan báo chí không phù hợp với loại đơn vị", p),
  invalid_input: (p) => withDetail("the input cannot be read", "không đọc được dữ liệu đầu vào", p),
};

const TYPE_VI: Readonly<Record<string, string>> = {
  string: "chuỗi ký tự",
  number: "số",
  integer: "số nguyên",
  boolean: "giá trị đúng/sai",
  object: "khối dữ liệu",
  array: "danh sách",
  null: "null",
  undefined: "không có giá trị",
  bigint: "số nguyên lớn",
  date: "ngày",
  value: "giá trị",
  text: "văn bản",
  list: "danh sách",
  "text length": "độ dài chuỗi",
  "list length": "số phần tử",
  format: "định dạng",
  regex: "mẫu",
  "one of the allowed shapes": "một trong các dạng cho phép",
  "lunar year": "năm âm lịch",
  "can chi year name": "tên năm can chi",
};

function typeVi(expected: string | undefined): string {
  if (expected === undefined) return "giá trị";
  return expected
    .split(/( or | \| )/)
    .map((part) => (part === " or " || part === " | " ? " hoặc " : (TYPE_VI[part.trim()] ?? part)))
    .join("");
}

const UNIT_KIND_VI: Readonly<Record<string, string>> = {
  confederation: "Tổng Liên đoàn",
  presidium: "Đoàn Chủ tịch",
  department: "ban, đơn vị trực thuộc",
  "provincial-federation": "LĐLĐ tỉnh, thành phố",
  "sector-union": "công đoàn ngành Trung ương",
  "industrial-zone-union": "công đoàn khu công nghiệp",
  "grassroots-union": "công đoàn cơ sở",
  "press-outlet": "cơ quan báo chí",
  broadcaster: "đài, thông tấn",
  company: "công ty",
  partner: "đối tác",
};

/** The Vietnamese name of a unit kind, for messages. @internal */
export function unitKindVi(kind: string | undefined): string {
  return kind === undefined ? "đơn vị" : (UNIT_KIND_VI[kind] ?? kind);
}

const OUTLET_KIND_VI: Readonly<Record<string, string>> = {
  daily: "nhật báo",
  weekly: "tuần báo",
  magazine: "tạp chí",
  bulletin: "bản tin",
  portal: "cổng thông tin điện tử",
  website: "trang thông tin điện tử",
  fanpage: "fanpage",
  television: "đài truyền hình",
  radio: "đài phát thanh",
  "news-agency": "thông tấn xã",
};

/** The Vietnamese name of an outlet kind, for messages. @internal */
export function outletKindVi(kind: string | undefined): string {
  return kind === undefined ? "cơ quan báo chí" : (OUTLET_KIND_VI[kind] ?? kind);
}

const KIND_VI: Readonly<Record<string, string>> = {
  unit: "đơn vị",
  channel: "hình thức tuyên truyền",
  activity: "hoạt động",
  quota: "chỉ tiêu",
  audience: "đối tượng",
  theme: "nội dung",
  phase: "giai đoạn",
  purpose: "mục đích",
  requirement: "yêu cầu",
  "funding source": "nguồn kinh phí",
  "funding provision": "quy định kinh phí",
  responsibility: "nhóm trách nhiệm",
  duty: "nhiệm vụ",
  "reporting duty": "chế độ báo cáo",
  "budget section": "mục dự toán",
  "budget line": "dòng dự toán",
  target: "chỉ tiêu bao phủ",
  "legal basis": "căn cứ pháp lý",
  recipient: "nơi nhận",
};

function kindVi(kind: string | undefined): string {
  return kind === undefined ? "mục" : (KIND_VI[kind] ?? kind);
}

/**
 * Builds an issue from the catalogue.
 *
 * @internal
 */
export function makeIssue(code: IssueCode, path: readonly (string | number)[], params: MessageParams = {}): PlanIssue {
  const [message, messageVi] = catalogue[code](params);
  return { path: [...path], code, message, messageVi };
}

/**
 * The issue for an option that is not one of its documented values: `invalid_value` at `["options", name]`.
 *
 * @internal
 */
export function optionIssue(name: string, expected: string, received: unknown): PlanIssue {
  const shown = typeof received === "string" ? JSON.stringify(received) : received === null ? "null" : typeof received === "object" ? "object" : String(received);
  return makeIssue("invalid_value", ["options", name], { expected, received: shown });
}
