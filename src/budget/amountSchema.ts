import { z } from "zod";
import type { CustomIssueParams } from "../errors/fromZod.js";
import { MAX_DIGITS } from "./_lib/decimal.js";
import { vnd, type Vnd } from "./vnd.js";

const AMOUNT_TEXT = /^(?:\d+|\d{1,3}(?:\.\d{3})+)$/;

/**
 * The zod schema of a non-negative amount of whole đồng as JSON carries it: a safe integer, or a digit
 * string (`"151500000"`, `"151.500.000"`) for any size. Parses to a {@link Vnd}; a fraction, a negative
 * amount or an unreadable string is an issue with code `invalid_type`, `too_small` or `invalid_amount`.
 *
 * @example
 * ```ts
 * import { amountSchema } from "cong-doan-ke-hoach";
 *
 * amountSchema.parse("36.500.000").toString(); //=> "36500000"
 * amountSchema.safeParse(-1).success; //=> false
 * ```
 * @category Money
 */
export const amountSchema: z.ZodType<Vnd, number | string> = z
  .union([
    z.int().nonnegative(),
    z
      .string()
      .max(MAX_DIGITS + Math.floor(MAX_DIGITS / 3))
      .refine((text) => AMOUNT_TEXT.test(text), {
        params: {
          planCode: "invalid_amount",
          detail: 'expected digits such as "151500000" or "151.500.000"',
          detailVi: 'cần chữ số dạng "151500000" hoặc "151.500.000"',
        } satisfies CustomIssueParams,
      })
      .meta({ pattern: "^(?:\\d+|\\d{1,3}(?:\\.\\d{3})+)$" }),
  ])
  .transform((value, ctx) => {
    try {
      return vnd(value);
    } catch {
      ctx.addIssue({
        code: "custom",
        message: "not an amount",
        params: { planCode: "invalid_amount", value: JSON.stringify(value).slice(0, 40) } satisfies CustomIssueParams,
      });
      return z.NEVER;
    }
  })
  .meta({ description: "A non-negative amount of whole đồng: a safe integer or a digit string (dots may group thousands)." });
