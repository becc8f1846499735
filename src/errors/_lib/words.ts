/**
 * The words that messages share: quoting, details, and the Vietnamese names of kinds (of values, units,
 * outlets, items and periods).
 *
 * @internal
 */
import { describeValue } from "../describe.js";
import type { OutletKind, UnitKind } from "../../model/units.js";

/** Quotes a value for a message, cut to 60 characters so that a megabyte input gives a short message. @internal */
export const q = (s: string | undefined): string => JSON.stringify(clip(s ?? ""));
/** @internal */
export const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
/** A message with the caller's detail after a colon, in each language. @internal */
export const withDetail = (en: string, vi: string, p: { readonly detail?: string | undefined; readonly detailVi?: string | undefined }): readonly [string, string] => [
  p.detail ? `${en}: ${p.detail}` : en,
  p.detailVi ? `${vi}: ${p.detailVi}` : vi,
];

/** Vietnamese words for the kinds and phrases that messages name. @internal */
export const TYPE_VI: Readonly<Record<string, string>> = {
  string: "chuỗi ký tự",
  number: "số",
  integer: "số nguyên",
  boolean: "giá trị đúng/sai",
  object: "khối dữ liệu",
  array: "danh sách",
  null: "null",
  undefined: "không có giá trị",
  bigint: "số nguyên lớn",
  "text length": "độ dài chuỗi",
  "list length": "số phần tử",
  iterable: "danh sách hoặc dãy có thể duyệt",
  Date: "đối tượng Date",
  Map: "đối tượng Map",
  Set: "đối tượng Set",
  "typed array": "mảng định kiểu",
  function: "hàm",
  symbol: "ký hiệu (symbol)",
};

/**
 * Vietnamese words for the names that only the plan model's messages use (zod's type and format names), kept
 * apart so that the calculators' bundles do not carry them: the model passes them as `expectedVi`
 * (see `fromZod.ts`). @internal
 */
export const MODEL_TYPE_VI: Readonly<Record<string, string>> = {
  date: "ngày",
  value: "giá trị",
  text: "văn bản",
  list: "danh sách",
  format: "định dạng",
  regex: "mẫu",
  "one of the allowed shapes": "một trong các dạng cho phép",
  "one of the documented types": "một trong các loại được mô tả",
};

/**
 * The Vietnamese of a kind or phrase that a message names ("string or number" → "chuỗi ký tự hoặc số"), from
 * {@link TYPE_VI} and, where given, a table of more words tried first; an unknown part stays as it is. @internal
 */
export function typeVi(expected: string | undefined, more?: Readonly<Record<string, string>>): string {
  if (expected === undefined) return "giá trị";
  const word = (w: string): string | undefined => more?.[w] ?? TYPE_VI[w];
  const whole = word(expected);
  if (whole !== undefined) return whole;
  return expected
    .split(/( or | \| )/)
    .map((part) => (part === " or " || part === " | " ? " hoặc " : (word(part.trim()) ?? part)))
    .join("");
}

const UNIT_KIND_VI: { readonly [K in UnitKind]: string } = {
  confederation: "Tổng Liên đoàn",
  presidium: "Đoàn Chủ tịch, Ban Thường vụ",
  "executive-committee": "Ban Chấp hành",
  department: "ban, đơn vị trực thuộc",
  "provincial-federation": "LĐLĐ tỉnh, thành phố",
  "district-federation": "LĐLĐ cấp huyện",
  "sector-union": "công đoàn ngành",
  "industrial-zone-union": "công đoàn khu công nghiệp",
  "grassroots-union": "công đoàn cơ sở",
  "party-committee": "cấp ủy Đảng",
  "peoples-committee": "Ủy ban nhân dân",
  "peoples-council": "Hội đồng nhân dân",
  "state-agency": "cơ quan nhà nước",
  "fatherland-front": "Mặt trận Tổ quốc",
  "mass-organisation": "đoàn thể",
  "press-outlet": "cơ quan báo chí",
  broadcaster: "đài, thông tấn",
  portal: "cổng thông tin điện tử",
  "social-media": "trang mạng xã hội",
  "loudspeaker-system": "hệ thống truyền thanh cơ sở",
  company: "công ty",
  partner: "đối tác",
  school: "trường học",
  other: "đơn vị khác",
};

/** The Vietnamese name of a unit kind, for messages. @internal */
export function unitKindVi(kind: string | undefined): string {
  return kind === undefined ? "đơn vị" : (Object.hasOwn(UNIT_KIND_VI, kind) ? UNIT_KIND_VI[kind as UnitKind] : kind);
}

const OUTLET_KIND_VI: { readonly [K in OutletKind]: string } = {
  newspaper: "báo",
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
  return kind === undefined ? "cơ quan báo chí" : (Object.hasOwn(OUTLET_KIND_VI, kind) ? OUTLET_KIND_VI[kind as OutletKind] : kind);
}


const PERIOD_KIND_VI: Readonly<Record<string, string>> = {
  days: "ngày",
  weeks: "tuần",
  months: "tháng",
  quarters: "quý",
  "half-years": "kỳ nửa năm",
  years: "năm",
  issues: "số báo",
  periods: "kỳ",
  deadlines: "hạn báo cáo",
};

export function periodKindVi(kind: string | undefined): string {
  return kind === undefined ? "kỳ" : (PERIOD_KIND_VI[kind] ?? kind);
}


/** A caller's value that is not text, named in Vietnamese: its digits, or its kind ("khối dữ liệu"). @internal */
export function valueVi(value: unknown): string {
  const described = describeValue(value);
  // Digits, "true", "false" and "null" are no key of the table, and stay as they are.
  return described === "Invalid Date" ? "Date không hợp lệ" : (TYPE_VI[described] ?? described);
}

