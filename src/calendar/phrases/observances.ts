import { OBSERVANCE_WORDS } from "./observanceWords.js";

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

/** Each observance's id, name, English name and aliases, in the order of {@link OBSERVANCE_WORDS}. */
const ENTRIES: readonly (readonly [id: string, name: string, nameEn: string, ...aliases: string[]])[] = [
  ["workers-month", "Tháng Công nhân", "Workers' Month"],
  ["osh-month", "Tháng hành động về an toàn, vệ sinh lao động", "Action Month on Occupational Safety and Health", "Tháng hành động quốc gia về an toàn, vệ sinh lao động", "Tháng hành động về ATVSLĐ"],
  ["gender-equality-month", "Tháng hành động vì bình đẳng giới", "Action Month for Gender Equality", "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"],
  ["for-the-poor-month", "Tháng cao điểm Vì người nghèo", "Peak Month for the Poor"],
  ["youth-month", "Tháng Thanh niên", "Youth Month"],
  ["trade-union-day", "Ngày thành lập Công đoàn Việt Nam", "Founding Day of the Vietnam Trade Union", "Ngày thành lập Công đoàn"],
  ["labour-day", "Ngày Quốc tế Lao động", "International Workers' Day"],
  ["law-day", "Ngày Pháp luật Việt Nam", "Vietnam Law Day", "Ngày Pháp luật", "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam"],
  ["national-day", "Ngày Quốc khánh", "National Day", "Quốc khánh", "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam"],
  ["august-revolution-day", "Ngày Cách mạng Tháng Tám", "August Revolution Day", "Cách mạng Tháng Tám"],
  ["womens-day", "Ngày Quốc tế Phụ nữ", "International Women's Day"],
  ["vietnamese-womens-day", "Ngày Phụ nữ Việt Nam", "Vietnamese Women's Day"],
  ["reunification-day", "Ngày Giải phóng miền Nam", "Reunification Day", "Ngày Giải phóng miền Nam, thống nhất đất nước"],
  ["party-day", "Ngày thành lập Đảng Cộng sản Việt Nam", "Founding Day of the Communist Party of Vietnam", "Ngày thành lập Đảng"],
  ["ho-chi-minh-birthday", "Ngày sinh Chủ tịch Hồ Chí Minh", "President Hồ Chí Minh's Birthday", "Ngày sinh nhật Chủ tịch Hồ Chí Minh"],
  ["war-invalids-day", "Ngày Thương binh - Liệt sĩ", "War Invalids and Martyrs' Day"],
  ["family-day", "Ngày Gia đình Việt Nam", "Vietnamese Family Day"],
  ["happiness-day", "Ngày Quốc tế Hạnh phúc", "International Day of Happiness"],
  ["entrepreneurs-day", "Ngày Doanh nhân Việt Nam", "Vietnamese Entrepreneurs' Day"],
  ["teachers-day", "Ngày Nhà giáo Việt Nam", "Vietnamese Teachers' Day"],
  ["national-unity-day", "Ngày hội Đại đoàn kết toàn dân tộc", "Great National Unity Day", "Ngày Đại đoàn kết toàn dân tộc"],
  ["poverty-eradication-day", "Ngày Quốc tế xóa đói giảm nghèo", "International Day for the Eradication of Poverty", "Ngày Quốc tế xóa nghèo"],
  ["day-for-the-poor", "Ngày vì người nghèo", "Day for the Poor"],
  ["youth-union-day", "Ngày thành lập Đoàn TNCS Hồ Chí Minh", "Founding Day of the Hồ Chí Minh Communist Youth Union", "Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
  ["army-day", "Ngày thành lập Quân đội nhân dân Việt Nam", "Vietnam People's Army Day"],
];

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
export const OBSERVANCES: readonly Observance[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ ENTRIES.map(([id, name, nameEn, ...aliases], i) => Object.freeze({ id, name, aliases: Object.freeze(aliases), nameEn, rule: OBSERVANCE_WORDS[i]!.rule })),
);
