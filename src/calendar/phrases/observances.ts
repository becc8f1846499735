import { OBSERVANCE_NAMES } from "./observanceNames.js";

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

/** Each observance's id and English name, in the order of {@link OBSERVANCE_NAMES}. */
const ENGLISH: readonly (readonly [id: string, nameEn: string])[] = [
  ["workers-month", "Workers' Month"],
  ["osh-month", "Action Month on Occupational Safety and Health"],
  ["gender-equality-month", "Action Month for Gender Equality"],
  ["for-the-poor-month", "Peak Month for the Poor"],
  ["youth-month", "Youth Month"],
  ["trade-union-day", "Founding Day of the Vietnam Trade Union"],
  ["labour-day", "International Workers' Day"],
  ["law-day", "Vietnam Law Day"],
  ["national-day", "National Day"],
  ["august-revolution-day", "August Revolution Day"],
  ["womens-day", "International Women's Day"],
  ["vietnamese-womens-day", "Vietnamese Women's Day"],
  ["reunification-day", "Reunification Day"],
  ["party-day", "Founding Day of the Communist Party of Vietnam"],
  ["ho-chi-minh-birthday", "President Hồ Chí Minh's Birthday"],
  ["war-invalids-day", "War Invalids and Martyrs' Day"],
  ["family-day", "Vietnamese Family Day"],
  ["happiness-day", "International Day of Happiness"],
  ["entrepreneurs-day", "Vietnamese Entrepreneurs' Day"],
  ["teachers-day", "Vietnamese Teachers' Day"],
  ["national-unity-day", "Great National Unity Day"],
  ["poverty-eradication-day", "International Day for the Eradication of Poverty"],
  ["day-for-the-poor", "Day for the Poor"],
  ["youth-union-day", "Founding Day of the Hồ Chí Minh Communist Youth Union"],
  ["army-day", "Vietnam People's Army Day"],
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
  /* @__PURE__ */ OBSERVANCE_NAMES.map(({ name, aliases, rule }, i) => Object.freeze({ id: ENGLISH[i]![0], name, aliases, nameEn: ENGLISH[i]![1], rule })),
);
