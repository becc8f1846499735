import { z } from "zod";
import type { CustomIssueParams } from "../errors/fromZod.js";
import { MAX_DIGITS } from "./_lib/limits.js";
import { PlanError } from "../errors/PlanError.js";
import { vnd, type Vnd } from "./vnd.js";

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
 * @category Money
 */
export const amountSchema: z.ZodType<Vnd, number | string> = makeAmountSchema(false);

/**
 * Like {@link amountSchema}, but negative amounts are allowed: a refund in spending records, an overspend.
 *
 * @example
 * ```ts
 * import { signedAmountSchema } from "cong-doan-ke-hoach";
 *
 * signedAmountSchema.parse("-1.000").toString(); //=> "-1000"
 * ```
 * @category Money
 */
export const signedAmountSchema: z.ZodType<Vnd, number | string> = makeAmountSchema(true);

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
      const issue = error instanceof PlanError ? error.issues[0] : undefined;
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
