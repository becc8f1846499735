import { describeValue, quoteValue } from "./describe.js";
import type { IssueCode, PlanIssue } from "./PlanError.js";

/**
 * Parameters that a message of the catalogue may name. `value`, `received` and `id` may be the caller's own
 * values, of any type, never by calling their methods: `value` and `id` are shown quoted when they are text
 * (`"2017-02-30"`), by their digits or kind otherwise; `received` is shown as it is when it is text (a kind
 * such as "object", or a value the caller quoted), by its digits or kind otherwise.
 *
 * @internal
 */
export interface MessageParams {
  readonly expected?: string;
  /** The Vietnamese of `expected`, where the catalogue's table of words does not have it. */
  readonly expectedVi?: string;
  readonly received?: unknown;
  /** The caller's value itself, shown like `value` (quoted when it is text); it takes the place of `received`. */
  readonly receivedValue?: unknown;
  readonly value?: unknown;
  readonly limit?: number | string;
  readonly keys?: readonly string[];
  readonly kind?: string;
  readonly id?: unknown;
  readonly detail?: string;
  readonly detailVi?: string;
}

/** The parameters as the messages read them: every value already text. */
interface Params extends Omit<MessageParams, "received" | "receivedValue" | "value" | "id"> {
  readonly received?: string;
  readonly value?: string;
  readonly id?: string;
}

type Catalogue = { readonly [C in IssueCode]: (p: Params) => readonly [en: string, vi: string] };

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
      `giá trị ${p.received ?? ""} không hợp lệ; phải là ${single ? "" : "một trong "}${p.expected === undefined ? "giá trị cho phép" : typeVi(p.expected)}`.replace("  ", " "),
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
      ? [`${p.value ?? "?"} is not a valid date: ${p.detail}`, `${p.value ?? "?"} không phải là ngày hợp lệ: ${p.detailVi ?? p.detail}`]
      : [`${p.value ?? "?"} is not a calendar date (YYYY-MM-DD)`, `${p.value ?? "?"} không phải là ngày hợp lệ (YYYY-MM-DD)`],
  invalid_window: (p) => [
    `the window ends (${clip(p.received ?? "?")}) before it starts (${clip(p.expected ?? "?")})`,
    `khoảng thời gian kết thúc (${clip(p.received ?? "?")}) trước khi bắt đầu (${clip(p.expected ?? "?")})`,
  ],
  invalid_time_expression: (p) =>
    withDetail(`${p.value ?? "?"} is not a time expression this library reads`, `${p.value ?? "?"} không phải là cách ghi thời gian đọc được`, p),
  invalid_amount: (p) =>
    withDetail(`${p.value ?? "value"} is not an amount of whole đồng`, `${p.value ?? "giá trị"} không phải là số tiền đồng nguyên`, p),
  invalid_quantity: (p) =>
    withDetail(`${p.value ?? "value"} is not a quantity`, `${p.value ?? "giá trị"} không phải là số lượng hợp lệ`, p),
  invalid_month: (p) => [
    `${p.value ?? "?"} is not a calendar month (YYYY-MM)`,
    `${p.value ?? "?"} không phải là tháng hợp lệ (YYYY-MM)`,
  ],
  invalid_lunar_date: (p) =>
    withDetail(`${p.value ?? "?"} is not a day of the lunar calendar`, `${p.value ?? "?"} không phải là ngày âm lịch có thật`, p),
  invalid_document_reference: (p) => [
    `${p.value ?? "?"} is not a document reference such as "284/HD-TLĐ", "30/2020/NĐ-CP", "29-NQ/TW" or "8019/TLĐ-TG"`,
    `${p.value ?? "?"} không phải là số hiệu văn bản dạng "284/HD-TLĐ", "30/2020/NĐ-CP", "29-NQ/TW" hoặc "8019/TLĐ-TG"`,
  ],
  duplicate_id: (p) => [
    `duplicate ${p.kind ?? ""} id ${p.id ?? "?"}: ids must be unique within their kind`.replace("  ", " "),
    `mã ${kindVi(p.kind)} ${p.id ?? "?"} bị trùng: mã phải là duy nhất`,
  ],
  unknown_reference: (p) => [
    `no ${p.kind ?? "item"} has the id ${p.id ?? "?"}`,
    `không có ${kindVi(p.kind)} nào có mã ${p.id ?? "?"}`,
  ],
  wrong_reference_kind: (p) =>
    withDetail(`${p.id ?? "?"} is not a ${p.expected ?? "suitable"} ${p.kind ?? "item"}`, `${p.id ?? "?"} không phải là ${kindVi(p.kind)} phù hợp`, p),
  hierarchy_cycle: (p) => [
    `the unit hierarchy has a cycle through ${p.id ?? "?"}`,
    `cây đơn vị có vòng lặp qua ${p.id ?? "?"}`,
  ],
  invalid_parent_kind: (p) => [
    `a unit of kind ${p.received ?? "?"} cannot belong to a unit of kind ${p.expected ?? "?"}`,
    `${unitKindVi(p.received)} không thể trực thuộc ${unitKindVi(p.expected)}`,
  ],
  outlet_mismatch: (p) => withDetail("outlet details do not fit the unit kind", "thông tin cơ quan báo chí không phù hợp với loại đơn vị", p),
  invalid_input: (p) => withDetail("the input cannot be read", "không đọc được dữ liệu đầu vào", p),
  too_many_periods: (p) => [
    `this would make ${p.value ?? "too many"} ${p.kind ?? "periods"}, more than the limit of ${p.limit ?? "?"}: pass a shorter window, or a larger limit (${p.expected ?? "maxPeriods"}) if you mean it`,
    `thao tác này sẽ tạo ${p.value ?? "quá nhiều"} ${periodKindVi(p.kind)}, vượt giới hạn ${p.limit ?? "?"}: hãy dùng khoảng thời gian ngắn hơn, hoặc tăng giới hạn (${p.expected ?? "maxPeriods"}) nếu thật sự cần`,
  ],
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
  "one of the documented types": "một trong các loại được mô tả",
  iterable: "danh sách hoặc dãy có thể duyệt",
  Date: "đối tượng Date",
  Map: "đối tượng Map",
  Set: "đối tượng Set",
  "typed array": "mảng định kiểu",
  function: "hàm",
  symbol: "ký hiệu (symbol)",
  "a whole number from 0 to 20": "một số nguyên từ 0 đến 20",
  "a whole number ≥ 1": "một số nguyên ≥ 1",
  "a whole number ≥ 0": "một số nguyên ≥ 0",
  "a whole number of at least 8": "một số nguyên ≥ 8",
  "a number from 0 to 100": "một số từ 0 đến 100",
  "a finite number ≥ 0": "một số hữu hạn ≥ 0",
  "at least one ratio above 0": "ít nhất một tỷ lệ lớn hơn 0",
  "all zero": "toàn số 0",
  "window or phaseId": "khoảng thời gian (window) hoặc giai đoạn (phaseId)",
  "press-outlet or broadcaster": "cơ quan báo chí hoặc đài, thông tấn",
  "outlet ids or units": "mã cơ quan báo chí hoặc đơn vị",
  "issue schedule for a per-issue quota": "lịch phát hành các số cho chỉ tiêu tính theo số báo",
  "instant (the plan has no phase to take a default from)": "thời điểm (kế hoạch không có giai đoạn để lấy mặc định)",
  "an iterable of units": "danh sách đơn vị",
  "an iterable of reach records": "danh sách bản ghi tiếp cận",
  "an evaluation of the same rule, window and asOf": "kết quả đánh giá cùng chỉ tiêu, khoảng thời gian và ngày tính",
  "a rule code of LINT_RULES": "mã quy tắc trong LINT_RULES",
  "a parsed plan": "kế hoạch đã được kiểm tra bằng parsePlan",
  "true or false": "true hoặc false",
  "outlet ids or units of the plan": "mã cơ quan báo chí hoặc đơn vị của kế hoạch",
  "lunar year": "năm âm lịch",
  "can chi year name": "tên năm can chi",
};

function typeVi(expected: string | undefined): string {
  if (expected === undefined) return "giá trị";
  const whole = TYPE_VI[expected];
  if (whole !== undefined) return whole;
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

const PERIOD_KIND_VI: Readonly<Record<string, string>> = {
  days: "ngày",
  weeks: "tuần",
  months: "tháng",
  quarters: "quý",
  issues: "số báo",
  periods: "kỳ",
  deadlines: "hạn báo cáo",
};

function periodKindVi(kind: string | undefined): string {
  return kind === undefined ? "kỳ" : (PERIOD_KIND_VI[kind] ?? kind);
}

function kindVi(kind: string | undefined): string {
  return kind === undefined ? "mục" : (KIND_VI[kind] ?? kind);
}

/**
 * Builds an issue from the catalogue.
 *
 * @internal
 */
export function makeIssue(code: IssueCode, path: readonly (string | number)[], params: MessageParams = {}): PlanIssue {
  const { received, receivedValue, value, id, expectedVi, ...rest } = params;
  // A caller's value is named by its text, digits or kind: the kind in English for `message`, in
  // Vietnamese for `messageVi`, so that each message is in one language throughout.
  const shown = (language: "en" | "vi"): Params => {
    const name = (v: unknown) => (typeof v === "string" || language === "en" ? describeValue(v) : valueVi(v));
    const quoted = (v: unknown) => (typeof v === "string" ? quoteValue(v) : name(v));
    return {
      ...rest,
      ...(language === "vi" && expectedVi !== undefined ? { expected: expectedVi } : {}),
      ...(received === undefined ? {} : { received: name(received) }),
      ...("receivedValue" in params ? { received: quoted(receivedValue) } : {}),
      ...(value === undefined ? {} : { value: quoted(value) }),
      ...(id === undefined ? {} : { id: quoted(id) }),
    };
  };
  const [message] = catalogue[code](shown("en"));
  const [, messageVi] = catalogue[code](shown("vi"));
  return { path: [...path], code, message, messageVi };
}

/** A caller's value that is not text, named in Vietnamese: its digits, or its kind ("khối dữ liệu"). */
function valueVi(value: unknown): string {
  const described = describeValue(value);
  if (described === "Invalid Date") return "Date không hợp lệ";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" || value === null) return described;
  return TYPE_VI[described] ?? described;
}

/**
 * The issue for an option that is not one of its documented values: `invalid_value` at `["options", name]`.
 *
 * @internal
 */
export function optionIssue(name: string, expected: string, received: unknown): PlanIssue {
  return makeIssue("invalid_value", ["options", name], { expected, receivedValue: received });
}
