import { z } from "zod";
import { requireString, type CustomIssueParams } from "../errors/fromZod.js";
import { isIsoDate, isYearMonth, type IsoDate } from "./isoDate.js";

/**
 * A span of calendar days, both ends included: `{ start: "2017-08-01", end: "2017-09-30" }` is
 * "Tháng 8,9/2017". A window of one day has `start === end`.
 *
 * @example
 * ```ts
 * import type { Window } from "cong-doan-ke-hoach";
 *
 * const phase1: Window = { start: "2017-07-01", end: "2018-05-31" };
 * ```
 * @category Calendar
 */
export interface Window {
  /** The first day, included. */
  readonly start: IsoDate;
  /** The last day, included; never before {@link Window.start}. */
  readonly end: IsoDate;
}

/**
 * The zod schema of an {@link IsoDate}: a `"YYYY-MM-DD"` string naming a real day. Compose it into
 * your own schemas. A rejected value is a zod `custom` issue whose `params.planCode` is `invalid_date`
 * ({@link parsePlan} reports it with that code).
 *
 * @example
 * ```ts
 * import { isoDateSchema } from "cong-doan-ke-hoach";
 *
 * isoDateSchema.safeParse("2017-02-30").success; //=> false
 * ```
 * @category Calendar
 */
export const isoDateSchema = z
  .string()
  .superRefine(requireString(isIsoDate, "invalid_date"))
  .meta({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "An ISO calendar date YYYY-MM-DD, in Vietnam (UTC+07:00)." });

/**
 * The zod schema of a {@link YearMonth} (`"YYYY-MM"`). A rejected value is a zod `custom` issue whose
 * `params.planCode` is `invalid_month`.
 *
 * @example
 * ```ts
 * import { yearMonthSchema } from "cong-doan-ke-hoach";
 *
 * yearMonthSchema.safeParse("2018-04").success; //=> true
 * ```
 * @category Calendar
 */
export const yearMonthSchema = z
  .string()
  .superRefine(requireString(isYearMonth, "invalid_month"))
  .meta({ pattern: "^\\d{4}-(0[1-9]|1[0-2])$", description: "A calendar month YYYY-MM." });

/**
 * The zod schema of a {@link Window}: both dates real, and the end not before the start
 * (a zod `custom` issue at `end` whose `params.planCode` is `invalid_window`). The parsed window is frozen.
 *
 * @example
 * ```ts
 * import { windowSchema } from "cong-doan-ke-hoach";
 *
 * windowSchema.safeParse({ start: "2017-09-30", end: "2017-08-01" }).success; //=> false
 * ```
 * @category Calendar
 */
export const windowSchema = z
  .strictObject({ start: isoDateSchema, end: isoDateSchema })
  .superRefine((window, ctx) => {
    // Equal-length ISO strings compare in calendar order; an invalid date is reported on its own.
    if (isIsoDate(window.start) && isIsoDate(window.end) && window.end < window.start) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "window ends before it starts",
        params: { planCode: "invalid_window", expected: window.start, received: window.end } satisfies CustomIssueParams,
      });
    }
  })
  .transform((window): Window => Object.freeze(window))
  .meta({ description: "A span of calendar days, both ends included." });
