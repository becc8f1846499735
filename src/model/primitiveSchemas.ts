import { z } from "zod";
import type { Vnd } from "../budget/vnd.js";
import type { IsoDate, YearMonth } from "../calendar/isoDate.js";
import type { Window } from "../calendar/window.js";
import { WINDOW_META } from "./_lib/primitives.js";
import { schemas } from "./schema.js";

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
 * @category Model
 */
export const isoDateSchema: z.ZodType<IsoDate, string> = /* @__PURE__ */ z.lazy(() => schemas().isoDate);

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
 * @category Model
 */
export const yearMonthSchema: z.ZodType<YearMonth, string> = /* @__PURE__ */ z.lazy(() => schemas().yearMonth);

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
 * @category Model
 */
export const windowSchema: z.ZodType<Window, { start: string; end: string }> = /* @__PURE__ */ z.lazy(() => frozenWindow());

let frozen: z.ZodType<Window, { start: string; end: string }> | undefined;

/** The plan's window schema, and a transform that freezes the window (a plan freezes its windows with the rest). */
function frozenWindow(): z.ZodType<Window, { start: string; end: string }> {
  frozen ??= schemas()
    .window.transform((value): Window => Object.freeze(value))
    .meta(WINDOW_META);
  return frozen;
}

/**
 * The zod schema of a non-negative amount of whole đồng as JSON carries it: a safe integer, or a digit
 * string (`"151500000"`, `"151.500.000"`) for any size. Parses to a {@link Vnd}. A fraction, a negative
 * amount, an unsafe integer number or an unreadable string is a zod `custom` issue whose
 * `params.planCode` is `invalid_amount` ({@link parsePlan} reports it with that code).
 *
 * @example
 * ```ts
 * import { amountSchema } from "cong-doan-ke-hoach";
 *
 * amountSchema.parse("36.500.000").toString(); //=> "36500000"
 * amountSchema.safeParse(-1).success; //=> false
 * ```
 * @category Model
 */
export const amountSchema: z.ZodType<Vnd, number | string> = /* @__PURE__ */ z.lazy(() => schemas().amount);

/**
 * Like {@link amountSchema}, but negative amounts are allowed: a refund in spending records, an overspend.
 *
 * @example
 * ```ts
 * import { signedAmountSchema } from "cong-doan-ke-hoach";
 *
 * signedAmountSchema.parse("-1.000").toString(); //=> "-1000"
 * ```
 * @category Model
 */
export const signedAmountSchema: z.ZodType<Vnd, number | string> = /* @__PURE__ */ z.lazy(() => schemas().signedAmount);
