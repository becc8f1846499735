import { z } from "zod";
import { isIsoDate, isYearMonth } from "../../calendar/isoDate.js";
import type { Window } from "../../calendar/window.js";
import { MAX_DIGITS } from "../../budget/_lib/limits.js";
import { vnd, type Vnd } from "../../budget/vnd.js";
import { isPlanError } from "../../errors/PlanError.js";
import { requireString, type CustomIssueParams } from "../../errors/fromZod.js";

/**
 * The zod schemas of the values plans are made of: calendar dates, months, windows, amounts. Built on first
 * use (by {@link buildPrimitiveSchemas} through the model's schema builder), never at module load.
 *
 * @internal
 */
export function buildPrimitiveSchemas() {
  const isoDate = z
    .string()
    .superRefine(requireString(isIsoDate, "invalid_date"))
    .meta({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "An ISO calendar date YYYY-MM-DD, in Vietnam (UTC+07:00)." });
  const yearMonth = z
    .string()
    .superRefine(requireString(isYearMonth, "invalid_month"))
    .meta({ pattern: "^\\d{4}-(0[1-9]|1[0-2])$", description: "A calendar month YYYY-MM." });
  // Inside a plan the window is frozen by the plan's final freeze, with everything else (hence its type, a
  // read-only Window, as the plan's types say); the public windowSchema (primitiveSchemas.ts) freezes it
  // itself, with a transform of its own.
  const windowObject = z
    .strictObject({ start: isoDate, end: isoDate })
    .superRefine((value, ctx) => {
      // Equal-length ISO strings compare in calendar order; an invalid date is reported on its own. (The
      // order comparison comes first: it is cheap and almost always false, and the dates are read only then.)
      if (value.end < value.start && isIsoDate(value.start) && isIsoDate(value.end)) {
        ctx.addIssue({
          code: "custom",
          path: ["end"],
          message: "window ends before it starts",
          params: { planCode: "invalid_window", expected: value.start, received: value.end } satisfies CustomIssueParams,
        });
      }
    });
  // The description is on a view of the object (a lazy one, which costs one call), not on the object: zod
  // writes a wrapper's description before the keys of what it wraps, and the plan's JSON Schema has always had
  // it first (it was on the transform that froze each window).
  const window: z.ZodType<Window, { start: string; end: string }> = z.lazy(() => windowObject).meta(WINDOW_META);
  return { isoDate, yearMonth, window, amount: makeAmountSchema(false), signedAmount: makeAmountSchema(true) };
}

/** The description of a window, in the JSON Schema. @internal */
export const WINDOW_META = { description: "A span of calendar days, both ends included." } as const;

function makeAmountSchema(signed: boolean): z.ZodType<Vnd, number | string> {
  return z
  .union([z.number(), z.nan(), z.string().max(MAX_DIGITS * 2)])
  .transform((value, ctx) => {
    // One reading of amounts for the whole library: vnd() says what is wrong (a fraction, an unsafe
    // number, too many digits, unreadable text); a budget amount may not be negative either.
    try {
      const amount = vnd(value);
      if (signed || !amount.isNegative()) return amount;
      ctx.addIssue({
        code: "custom",
        message: "negative amount",
        params: {
          planCode: "invalid_amount",
          value: value,
          detail: "a budget amount cannot be negative",
          detailVi: "số tiền dự toán không được âm",
        } satisfies CustomIssueParams,
      });
    } catch (error) {
      const issue = isPlanError(error) ? error.issues[0] : undefined;
      ctx.addIssue({
        code: "custom",
        message: issue?.message ?? "not an amount",
        params: { planCode: "invalid_amount", value: value, ...(issue ? { issue } : {}) } satisfies CustomIssueParams,
      });
    }
    return z.NEVER;
  })
  .meta({
    description: `${signed ? "An" : "A non-negative"} amount of whole đồng: a safe integer or a digit string (dots may group thousands).`,
    anyOf: [
      { type: "integer", ...(signed ? { minimum: -Number.MAX_SAFE_INTEGER } : { minimum: 0 }), maximum: Number.MAX_SAFE_INTEGER },
      { type: "string", pattern: `^${signed ? "-?" : ""}(?:\\d+|[1-9]\\d{0,2}(?:\\.\\d{3})+)$`, maxLength: MAX_DIGITS + Math.floor(MAX_DIGITS / 3) + 1 },
    ],
  });
}

/**
 * For the relaxed plan schema (relaxSchema.ts), in place of {@link makeAmountSchema}'s: the same values
 * accepted (a finite number, or a string of at most twice MAX_DIGITS characters, that vnd() reads; not
 * negative unless `signed`) and the same amounts, without trying the union's options in turn and without a
 * transform. A value it rejects has an issue without details: the complete schema says what is wrong.
 *
 * @internal
 */
export function makeRelaxedAmountSchema(signed: boolean): z.ZodType<Vnd, number | string> {
  return z.unknown().check((payload) => {
    const value = payload.value;
    if ((typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && value.length <= MAX_DIGITS * 2)) {
      try {
        const amount = vnd(value);
        if (signed || !amount.isNegative()) {
          payload.value = amount;
          return;
        }
      } catch {
        // Rejected below.
      }
    }
    payload.issues.push({ code: "custom", message: "not an amount", input: value });
  }) as unknown as z.ZodType<Vnd, number | string>;
}
