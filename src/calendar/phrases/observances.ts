/**
 * When an observance falls each year: a fixed day, a whole month, or a span of days within the year.
 *
 * @example
 * ```ts
 * import type { ObservanceRule } from "cong-doan-ke-hoach";
 *
 * const workersMonth: ObservanceRule = { kind: "month", month: 5 };
 * const genderEquality: ObservanceRule = { kind: "span", start: { month: 11, day: 15 }, end: { month: 12, day: 15 } };
 * ```
 * @category Calendar
 */
export type ObservanceRule =
  | { readonly kind: "day"; readonly month: number; readonly day: number }
  | { readonly kind: "month"; readonly month: number }
  | {
      readonly kind: "span";
      readonly start: { readonly month: number; readonly day: number };
      readonly end: { readonly month: number; readonly day: number };
    };

/**
 * A named day or month of the union calendar (ngày lễ, ngày kỷ niệm, tháng hành động) that plans
 * date their activities by: "sơ kết vào dịp Tháng Công nhân năm 2018".
 *
 * @example
 * ```ts
 * import { OBSERVANCES, type Observance } from "cong-doan-ke-hoach";
 *
 * const workersMonth: Observance | undefined = OBSERVANCES.find((o) => o.id === "workers-month");
 * workersMonth?.rule; //=> { kind: "month", month: 5 }
 * ```
 * @category Calendar
 */
export interface Observance {
  /** A stable identifier, in English. */
  readonly id: string;
  /** The Vietnamese name as documents write it. */
  readonly name: string;
  /** Other names that documents use; every name is read with or without diacritics, in any case. */
  readonly aliases: readonly string[];
  /** The English name. */
  readonly nameEn: string;
  /** When it falls each year. */
  readonly rule: ObservanceRule;
}

const f = Object.freeze;
const day = (month: number, d: number): ObservanceRule => f({ kind: "day", month, day: d });
const span = (m1: number, d1: number, m2: number, d2: number): ObservanceRule =>
  f({ kind: "span", start: f({ month: m1, day: d1 }), end: f({ month: m2, day: d2 }) });
const o = (id: string, name: string, nameEn: string, rule: ObservanceRule, ...aliases: string[]): Observance =>
  f({ id, name, aliases: f(aliases), nameEn, rule: f(rule) });

/**
 * The union calendar's named days and months, as data. `parseVietnameseWindow`, `parseTimeExpression`
 * and `findTimeExpressions` read every name and alias, followed by a year ("Tháng Công nhân năm 2018",
 * "Ngày Quốc tế Lao động 2024") or, with `options.referenceDate`, without one.
 *
 * | observance | when |
 * |---|---|
 * | Tháng Công nhân | May |
 * | Tháng hành động về an toàn, vệ sinh lao động | May |
 * | Tháng hành động vì bình đẳng giới | 15 November – 15 December |
 * | Tháng cao điểm "Vì người nghèo" | 17 October – 18 November |
 * | Tháng Thanh niên | March |
 * | Ngày thành lập Công đoàn Việt Nam | 28 July |
 * | Ngày Quốc tế Lao động | 1 May |
 * | Ngày Pháp luật Việt Nam | 9 November |
 * | and 17 other days | see `docs/calendar.md` |
 *
 * @example
 * ```ts
 * import { OBSERVANCES, parseVietnameseWindow } from "cong-doan-ke-hoach";
 *
 * OBSERVANCES.find((o) => o.name === "Tháng Công nhân")?.nameEn; //=> "Workers' Month"
 * parseVietnameseWindow("dịp Tháng Công nhân năm 2018"); //=> { start: "2018-05-01", end: "2018-05-31" }
 * ```
 * @category Calendar
 */
export const OBSERVANCES: readonly Observance[] = /* @__PURE__ */ f([
  /* @__PURE__ */ o("workers-month", "Tháng Công nhân", "Workers' Month", { kind: "month", month: 5 }),
  /* @__PURE__ */ o(
    "osh-month",
    "Tháng hành động về an toàn, vệ sinh lao động",
    "Action Month on Occupational Safety and Health",
    { kind: "month", month: 5 },
    "Tháng hành động quốc gia về an toàn, vệ sinh lao động",
    "Tháng hành động về ATVSLĐ",
  ),
  /* @__PURE__ */ o(
    "gender-equality-month",
    "Tháng hành động vì bình đẳng giới",
    "Action Month for Gender Equality",
    /* @__PURE__ */ span(11, 15, 12, 15),
    "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
  ),
  /* @__PURE__ */ o("for-the-poor-month", "Tháng cao điểm Vì người nghèo", "Peak Month for the Poor", /* @__PURE__ */ span(10, 17, 11, 18)),
  /* @__PURE__ */ o("youth-month", "Tháng Thanh niên", "Youth Month", { kind: "month", month: 3 }),
  /* @__PURE__ */ o("trade-union-day", "Ngày thành lập Công đoàn Việt Nam", "Founding Day of the Vietnam Trade Union", /* @__PURE__ */ day(7, 28), "Ngày thành lập Công đoàn"),
  /* @__PURE__ */ o("labour-day", "Ngày Quốc tế Lao động", "International Workers' Day", /* @__PURE__ */ day(5, 1)),
  /* @__PURE__ */ o("law-day", "Ngày Pháp luật Việt Nam", "Vietnam Law Day", /* @__PURE__ */ day(11, 9), "Ngày Pháp luật", "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
  /* @__PURE__ */ o(
    "national-day",
    "Ngày Quốc khánh",
    "National Day",
    /* @__PURE__ */ day(9, 2),
    "Quốc khánh",
    "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam",
  ),
  /* @__PURE__ */ o("august-revolution-day", "Ngày Cách mạng Tháng Tám", "August Revolution Day", /* @__PURE__ */ day(8, 19), "Cách mạng Tháng Tám"),
  /* @__PURE__ */ o("womens-day", "Ngày Quốc tế Phụ nữ", "International Women's Day", /* @__PURE__ */ day(3, 8)),
  /* @__PURE__ */ o("vietnamese-womens-day", "Ngày Phụ nữ Việt Nam", "Vietnamese Women's Day", /* @__PURE__ */ day(10, 20)),
  /* @__PURE__ */ o("reunification-day", "Ngày Giải phóng miền Nam", "Reunification Day", /* @__PURE__ */ day(4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
  /* @__PURE__ */ o("party-day", "Ngày thành lập Đảng Cộng sản Việt Nam", "Founding Day of the Communist Party of Vietnam", /* @__PURE__ */ day(2, 3), "Ngày thành lập Đảng"),
  /* @__PURE__ */ o("ho-chi-minh-birthday", "Ngày sinh Chủ tịch Hồ Chí Minh", "President Hồ Chí Minh's Birthday", /* @__PURE__ */ day(5, 19), "Ngày sinh nhật Chủ tịch Hồ Chí Minh"),
  /* @__PURE__ */ o("war-invalids-day", "Ngày Thương binh - Liệt sĩ", "War Invalids and Martyrs' Day", /* @__PURE__ */ day(7, 27)),
  /* @__PURE__ */ o("family-day", "Ngày Gia đình Việt Nam", "Vietnamese Family Day", /* @__PURE__ */ day(6, 28)),
  /* @__PURE__ */ o("happiness-day", "Ngày Quốc tế Hạnh phúc", "International Day of Happiness", /* @__PURE__ */ day(3, 20)),
  /* @__PURE__ */ o("entrepreneurs-day", "Ngày Doanh nhân Việt Nam", "Vietnamese Entrepreneurs' Day", /* @__PURE__ */ day(10, 13)),
  /* @__PURE__ */ o("teachers-day", "Ngày Nhà giáo Việt Nam", "Vietnamese Teachers' Day", /* @__PURE__ */ day(11, 20)),
  /* @__PURE__ */ o("national-unity-day", "Ngày hội Đại đoàn kết toàn dân tộc", "Great National Unity Day", /* @__PURE__ */ day(11, 18), "Ngày Đại đoàn kết toàn dân tộc"),
  /* @__PURE__ */ o("poverty-eradication-day", "Ngày Quốc tế xóa đói giảm nghèo", "International Day for the Eradication of Poverty", /* @__PURE__ */ day(10, 17), "Ngày Quốc tế xóa nghèo"),
  /* @__PURE__ */ o("day-for-the-poor", "Ngày vì người nghèo", "Day for the Poor", /* @__PURE__ */ day(10, 17)),
  /* @__PURE__ */ o(
    "youth-union-day",
    "Ngày thành lập Đoàn TNCS Hồ Chí Minh",
    "Founding Day of the Hồ Chí Minh Communist Youth Union",
    /* @__PURE__ */ day(3, 26),
    "Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  ),
  /* @__PURE__ */ o("army-day", "Ngày thành lập Quân đội nhân dân Việt Nam", "Vietnam People's Army Day", /* @__PURE__ */ day(12, 22)),
]);
