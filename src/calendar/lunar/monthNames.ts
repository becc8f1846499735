/**
 * The Vietnamese names of the lunar months, for month `m` at index `m - 1`: tháng Giêng (1) to tháng Chạp
 * (12). Month 11 is also called tháng Một in the traditional naming; a leap month is named after the month
 * it repeats, with "nhuận" ("tháng Sáu nhuận").
 *
 * @example
 * ```ts
 * import { LUNAR_MONTH_NAMES } from "cong-doan-ke-hoach";
 *
 * LUNAR_MONTH_NAMES[0]; //=> "Giêng"
 * LUNAR_MONTH_NAMES.indexOf("Chạp") + 1; //=> 12
 * ```
 * @category Calendar
 */
export const LUNAR_MONTH_NAMES: readonly string[] = /* @__PURE__ */ Object.freeze([
  "Giêng",
  "Hai",
  "Ba",
  "Tư",
  "Năm",
  "Sáu",
  "Bảy",
  "Tám",
  "Chín",
  "Mười",
  "Mười Một",
  "Chạp",
]);
