/**
 * The names (with their aliases) and the rules of the union calendar's observances, in the order of
 * `OBSERVANCES`: what the phrase readers match. The public `OBSERVANCES` adds each one's id and English name,
 * which the readers never use, so that a bundle that only reads phrases does not carry them.
 *
 * @internal
 */
import type { ObservanceRule } from "./observances.js";

/** An observance as the phrase readers see it. @internal */
export interface ObservanceName {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly rule: ObservanceRule;
}

const f = Object.freeze;
const day = (month: number, d: number): ObservanceRule => f({ kind: "day", month, day: d });
const span = (m1: number, d1: number, m2: number, d2: number): ObservanceRule =>
  f({ kind: "span", start: f({ month: m1, day: d1 }), end: f({ month: m2, day: d2 }) });
const n = (name: string, rule: ObservanceRule, ...aliases: string[]): ObservanceName => f({ name, aliases: f(aliases), rule: f(rule) });

/** The observances' Vietnamese names, aliases and rules, in the order of `OBSERVANCES`. @internal */
export const OBSERVANCE_NAMES: readonly ObservanceName[] = /* @__PURE__ */ f([
  /* @__PURE__ */ n("Tháng Công nhân", { kind: "month", month: 5 }),
  /* @__PURE__ */ n("Tháng hành động về an toàn, vệ sinh lao động", { kind: "month", month: 5 }, "Tháng hành động quốc gia về an toàn, vệ sinh lao động", "Tháng hành động về ATVSLĐ"),
  /* @__PURE__ */ n("Tháng hành động vì bình đẳng giới", /* @__PURE__ */ span(11, 15, 12, 15), "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"),
  /* @__PURE__ */ n("Tháng cao điểm Vì người nghèo", /* @__PURE__ */ span(10, 17, 11, 18)),
  /* @__PURE__ */ n("Tháng Thanh niên", { kind: "month", month: 3 }),
  /* @__PURE__ */ n("Ngày thành lập Công đoàn Việt Nam", /* @__PURE__ */ day(7, 28), "Ngày thành lập Công đoàn"),
  /* @__PURE__ */ n("Ngày Quốc tế Lao động", /* @__PURE__ */ day(5, 1)),
  /* @__PURE__ */ n("Ngày Pháp luật Việt Nam", /* @__PURE__ */ day(11, 9), "Ngày Pháp luật", "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
  /* @__PURE__ */ n("Ngày Quốc khánh", /* @__PURE__ */ day(9, 2), "Quốc khánh", "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
  /* @__PURE__ */ n("Ngày Cách mạng Tháng Tám", /* @__PURE__ */ day(8, 19), "Cách mạng Tháng Tám"),
  /* @__PURE__ */ n("Ngày Quốc tế Phụ nữ", /* @__PURE__ */ day(3, 8)),
  /* @__PURE__ */ n("Ngày Phụ nữ Việt Nam", /* @__PURE__ */ day(10, 20)),
  /* @__PURE__ */ n("Ngày Giải phóng miền Nam", /* @__PURE__ */ day(4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  /* @__PURE__ */ n("Ngày thành lập Đảng Cộng sản Việt Nam", /* @__PURE__ */ day(2, 3), "Ngày thành lập Đảng"),
  /* @__PURE__ */ n("Ngày sinh Chủ tịch Hồ Chí Minh", /* @__PURE__ */ day(5, 19), "Ngày sinh nhật Chủ tịch Hồ Chí Minh"),
  /* @__PURE__ */ n("Ngày Thương binh - Liệt sĩ", /* @__PURE__ */ day(7, 27)),
  /* @__PURE__ */ n("Ngày Gia đình Việt Nam", /* @__PURE__ */ day(6, 28)),
  /* @__PURE__ */ n("Ngày Quốc tế Hạnh phúc", /* @__PURE__ */ day(3, 20)),
  /* @__PURE__ */ n("Ngày Doanh nhân Việt Nam", /* @__PURE__ */ day(10, 13)),
  /* @__PURE__ */ n("Ngày Nhà giáo Việt Nam", /* @__PURE__ */ day(11, 20)),
  /* @__PURE__ */ n("Ngày hội Đại đoàn kết toàn dân tộc", /* @__PURE__ */ day(11, 18), "Ngày Đại đoàn kết toàn dân tộc"),
  /* @__PURE__ */ n("Ngày Quốc tế xóa đói giảm nghèo", /* @__PURE__ */ day(10, 17), "Ngày Quốc tế xóa nghèo"),
  /* @__PURE__ */ n("Ngày vì người nghèo", /* @__PURE__ */ day(10, 17)),
  /* @__PURE__ */ n("Ngày thành lập Đoàn TNCS Hồ Chí Minh", /* @__PURE__ */ day(3, 26), "Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
  /* @__PURE__ */ n("Ngày thành lập Quân đội nhân dân Việt Nam", /* @__PURE__ */ day(12, 22)),
]);
