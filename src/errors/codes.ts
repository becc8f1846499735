/**
 * The messages of every issue code, in English and Vietnamese, one export each, so that a bundle carries
 * only the messages its functions can produce: `newIssue(INVALID_DATE, path, params)`. `makeIssue` (by code)
 * reaches all of them through the catalogue, for the model, which may report any.
 *
 * @internal
 */
import type { Message } from "./issue.js";
import { clip, periodKindVi, q, typeVi, unitKindVi, withDetail } from "./_lib/words.js";

/** `invalid_type`. @internal */
export const INVALID_TYPE: Message = {
  code: "invalid_type",
  text: (p) => [
    `expected ${p.expected ?? "another type"}, received ${p.received ?? "something else"}`,
    `cần ${typeVi(p.expected)}, nhận được ${typeVi(p.received)}`,
  ],
};

/** `missing`. @internal */
export const MISSING: Message = {
  code: "missing",
  text: (p) => [`required ${p.expected ?? "value"} is missing`, `thiếu trường bắt buộc (${typeVi(p.expected)})`],
};

/** `unrecognized_keys`. @internal */
export const UNRECOGNIZED_KEYS: Message = {
  code: "unrecognized_keys",
  text: (p) => {
    const keys = p.keys ?? [];
    const shown = keys.slice(0, 10).map((k) => q(k)).join(", ");
    const more = keys.length > 10 ? [` and ${keys.length - 10} more`, ` và ${keys.length - 10} khóa khác`] : ["", ""];
    return [`unknown key${keys.length > 1 ? "s" : ""}: ${shown}${more[0]}`, `khóa không được hỗ trợ: ${shown}${more[1]}`];
  },
};

/** `invalid_value`. @internal */
export const INVALID_VALUE: Message = {
  code: "invalid_value",
  text: (p) => {
    // A list of choices ("\"html\", \"markdown\"", "1, 2") is "one of" them; a description with a comma is not a list.
    const list = p.expected?.includes(", ") && /^["\d-]/.test(p.expected);
    const expected = `${list ? "one of " : ""}${p.expected ?? "an allowed value"}`;
    const expectedVi = `${list ? "một trong " : ""}${p.expected === undefined ? "giá trị cho phép" : typeVi(p.expected)}`;
    return p.absent
      ? [`no value given; expected ${expected}`, `chưa có giá trị; phải là ${expectedVi}`]
      : [`invalid value ${p.received ?? "?"}; expected ${expected}`, `giá trị ${p.received ?? "?"} không hợp lệ; phải là ${expectedVi}`];
  },
};

/** `invalid_format`. @internal */
export const INVALID_FORMAT: Message = {
  code: "invalid_format",
  text: (p) =>
    p.expected === "regex"
      ? [`${p.received ?? "the text"} does not match the pattern ${p.value ?? ""}`, `${p.received ?? "chuỗi"} không khớp mẫu ${p.value ?? ""}`]
      : withDetail(`invalid ${p.expected ?? "format"}`, `sai định dạng ${typeVi(p.expected)}`, p),
};

/** `too_small`. @internal */
export const TOO_SMALL: Message = {
  code: "too_small",
  text: (p) =>
    p.expected === "text length" && p.limit === 1
      ? ["must not be empty", "không được để trống"]
      : [
    `too small: expected ${p.expected ?? "a value"} of at least ${p.limit ?? "?"}`,
    `quá nhỏ: ${typeVi(p.expected)} phải ít nhất là ${p.limit ?? "?"}`,
        ],
};

/** `too_big`. @internal */
export const TOO_BIG: Message = {
  code: "too_big",
  text: (p) => [
    `too big: expected ${p.expected ?? "a value"} of at most ${p.limit ?? "?"}`,
    `quá lớn: ${typeVi(p.expected)} tối đa là ${p.limit ?? "?"}`,
  ],
};

/** `invalid_date`. @internal */
export const INVALID_DATE: Message = {
  code: "invalid_date",
  text: (p) =>
    p.detail
      ? [`${p.value ?? "?"} is not a valid date: ${p.detail}`, `${p.value ?? "?"} không phải là ngày hợp lệ: ${p.detailVi ?? p.detail}`]
      : p.value === undefined
        ? ["a date is missing (YYYY-MM-DD)", "thiếu ngày (YYYY-MM-DD)"]
        : [`${p.value} is not a calendar date (YYYY-MM-DD)`, `${p.value} không phải là ngày hợp lệ (YYYY-MM-DD)`],
};

/** `invalid_window`. @internal */
export const INVALID_WINDOW: Message = {
  code: "invalid_window",
  text: (p) => [
    `the window ends (${clip(p.received ?? "?")}) before it starts (${clip(p.expected ?? "?")})`,
    `khoảng thời gian kết thúc (${clip(p.received ?? "?")}) trước khi bắt đầu (${clip(p.expected ?? "?")})`,
  ],
};

/** `invalid_time_expression`. @internal */
export const INVALID_TIME_EXPRESSION: Message = {
  code: "invalid_time_expression",
  text: (p) =>
    withDetail(`${p.value ?? "?"} is not a time expression this library reads`, `${p.value ?? "?"} không phải là cách ghi thời gian đọc được`, p),
};

/** `invalid_amount`. @internal */
export const INVALID_AMOUNT: Message = {
  code: "invalid_amount",
  text: (p) =>
    withDetail(`${p.value ?? "value"} is not an amount of whole đồng`, `${p.value ?? "giá trị"} không phải là số tiền đồng nguyên`, p),
};

/** `invalid_quantity`. @internal */
export const INVALID_QUANTITY: Message = {
  code: "invalid_quantity",
  text: (p) =>
    withDetail(`${p.value ?? "value"} is not a quantity`, `${p.value ?? "giá trị"} không phải là số lượng hợp lệ`, p),
};

/** `invalid_month`. @internal */
export const INVALID_MONTH: Message = {
  code: "invalid_month",
  text: (p) => [
    `${p.value ?? "?"} is not a calendar month (YYYY-MM)`,
    `${p.value ?? "?"} không phải là tháng hợp lệ (YYYY-MM)`,
  ],
};

/** `invalid_lunar_date`. @internal */
export const INVALID_LUNAR_DATE: Message = {
  code: "invalid_lunar_date",
  text: (p) =>
    withDetail(`${p.value ?? "?"} is not a day of the lunar calendar`, `${p.value ?? "?"} không phải là ngày âm lịch có thật`, p),
};

/** `invalid_document_reference`. @internal */
export const INVALID_DOCUMENT_REFERENCE: Message = {
  code: "invalid_document_reference",
  text: (p) => [
    `${p.value ?? "?"} is not a document reference such as "284/HD-TLĐ", "30/2020/NĐ-CP", "29-NQ/TW" or "8019/TLĐ-TG"`,
    `${p.value ?? "?"} không phải là số hiệu văn bản dạng "284/HD-TLĐ", "30/2020/NĐ-CP", "29-NQ/TW" hoặc "8019/TLĐ-TG"`,
  ],
};

/** `duplicate_id`. @internal */
export const DUPLICATE_ID: Message = {
  code: "duplicate_id",
  text: (p) => [
    `duplicate ${p.kind ?? ""} id ${p.id ?? "?"}: ids must be unique within their kind`.replace("  ", " "),
    `mã ${p.kindVi ?? p.kind ?? "mục"} ${p.id ?? "?"} bị trùng: mã phải là duy nhất`,
  ],
};

/** `unknown_reference`. @internal */
export const UNKNOWN_REFERENCE: Message = {
  code: "unknown_reference",
  text: (p) => [
    `no ${p.kind ?? "item"} has the id ${p.id ?? "?"}`,
    `không có ${p.kindVi ?? p.kind ?? "mục"} nào có mã ${p.id ?? "?"}`,
  ],
};

/** `wrong_reference_kind`. @internal */
export const WRONG_REFERENCE_KIND: Message = {
  code: "wrong_reference_kind",
  text: (p) =>
    withDetail(`${p.id ?? "?"} is not a ${p.expected ?? "suitable"} ${p.kind ?? "item"}`, `${p.id ?? "?"} không phải là ${p.kindVi ?? p.kind ?? "mục"} phù hợp`, p),
};

/** `hierarchy_cycle`. @internal */
export const HIERARCHY_CYCLE: Message = {
  code: "hierarchy_cycle",
  text: (p) => [
    `the unit hierarchy has a cycle through ${p.id ?? "?"}`,
    `cây đơn vị có vòng lặp qua ${p.id ?? "?"}`,
  ],
};

/** `invalid_parent_kind`. @internal */
export const INVALID_PARENT_KIND: Message = {
  code: "invalid_parent_kind",
  text: (p) => [
    `a unit of kind ${p.received ?? "?"} cannot belong to a unit of kind ${p.expected ?? "?"}`,
    `${unitKindVi(p.received)} không thể trực thuộc ${unitKindVi(p.expected)}`,
  ],
};

/** `outlet_mismatch`. @internal */
export const OUTLET_MISMATCH: Message = {
  code: "outlet_mismatch",
  text: (p) => withDetail("outlet details do not fit the unit kind", "thông tin cơ quan báo chí không phù hợp với loại đơn vị", p),
};

/** `invalid_input`. @internal */
export const INVALID_INPUT: Message = {
  code: "invalid_input",
  text: (p) => withDetail("the input cannot be read", "không đọc được dữ liệu đầu vào", p),
};

/** `too_many_periods`. @internal */
export const TOO_MANY_PERIODS: Message = {
  code: "too_many_periods",
  text: (p) => [
    `this would make ${p.value ?? "too many"} ${p.kind ?? "periods"}, more than the limit of ${p.limit ?? "?"}: pass a shorter window, or a larger limit (${p.expected ?? "maxPeriods"}) if you mean it`,
    `thao tác này sẽ tạo ${p.value ?? "quá nhiều"} ${periodKindVi(p.kind)}, vượt giới hạn ${p.limit ?? "?"}: hãy dùng khoảng thời gian ngắn hơn, hoặc tăng giới hạn (${p.expected ?? "maxPeriods"}) nếu thật sự cần`,
  ],
};
