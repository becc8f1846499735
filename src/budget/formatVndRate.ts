import { INVALID_INPUT } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { optionIssue } from "../errors/messages.js";
import { formatVnd, type FormatVndOptions } from "./formatVnd.js";
import { isUnit, MAX_UNITS } from "./parseVndRate.js";
import { vnd, type Vnd, type VndInput } from "./vnd.js";

/**
 * How {@link formatVndRate} writes a rate: the options of {@link formatVnd}, except that a rate always names
 * its currency (no `symbol: "none"`).
 *
 * @example
 * ```ts
 * import { formatVndRate, vnd, type FormatVndRateOptions } from "cong-doan-ke-hoach";
 *
 * const short: FormatVndRateOptions = { symbol: "đ" };
 * formatVndRate({ amount: vnd(100_000), per: ["bài"] }, short); //=> "100.000 đ/bài"
 * ```
 * @category Money
 */
export interface FormatVndRateOptions extends Omit<FormatVndOptions, "symbol"> {
  /** What follows the digits, after a space: `"đồng"` (default), `"₫"` or `"đ"`. */
  readonly symbol?: "đồng" | "₫" | "đ";
}

const inputIssue = (path: readonly (string | number)[], detail: string, detailVi: string): PlanIssue => newIssue(INVALID_INPUT, path, { detail, detailVi });

/**
 * Writes an amount per unit as plans do: `{ amount: 300000, per: ["người", "buổi"] }` is
 * "300.000 đồng/người/buổi". {@link parseVndRate} reads it back to the same rate.
 *
 * The amount is written by {@link formatVnd} (so `compact: true` gives "1,3 triệu đồng/người"); each unit
 * follows a `"/"`, in NFC lower case, single-spaced.
 *
 * @param rate - the amount (a {@link Vnd} or anything {@link vnd} accepts) and one to four units, each one
 *   to four words of letters ("người", "tác phẩm").
 * @param options - the symbol and the compact form of the amount; see {@link FormatVndRateOptions}.
 * @returns the rate as text, `"300.000 đồng/người/buổi"`.
 * @throws {@link PlanError}: `invalid_input` at `[]` when `rate` is not an object, at `["per"]` when the
 *   units are not a list of one to four, at `["per", i]` for a unit that is not words; `invalid_amount` at
 *   `["amount"]`; `invalid_value` at `["options", name]` for an option outside its values.
 * @example
 * ```ts
 * import { formatVndRate } from "cong-doan-ke-hoach";
 *
 * formatVndRate({ amount: 300_000, per: ["người", "buổi"] }); //=> "300.000 đồng/người/buổi"
 * formatVndRate({ amount: "1.300.000", per: ["Người"] }, { compact: true }); //=> "1,3 triệu đồng/người"
 * formatVndRate({ amount: 70_000n, per: ["suất"] }, { symbol: "₫" }); //=> "70.000 ₫/suất"
 * ```
 * @category Money
 */
export function formatVndRate(rate: { readonly amount: VndInput; readonly per: readonly string[] }, options: FormatVndRateOptions = {}): string {
  if (typeof rate !== "object" || rate === null) {
    throw new PlanError([inputIssue([], "expected a rate such as { amount: 300000, per: [\"người\"] }", "cần một mức chi dạng { amount: 300000, per: [\"người\"] }")]);
  }
  const issues: PlanIssue[] = [];
  let amount: Vnd | undefined;
  try {
    amount = vnd(rate.amount);
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    issues.push(...error.issues.map((issue) => ({ ...issue, path: ["amount", ...issue.path] })));
  }
  const per: unknown = rate.per;
  const units: string[] = [];
  if (!Array.isArray(per) || per.length === 0 || per.length > MAX_UNITS) {
    issues.push(inputIssue(["per"], `expected a list of 1 to ${MAX_UNITS} units`, `cần một danh sách từ 1 đến ${MAX_UNITS} đơn vị tính`));
  } else {
    per.forEach((unit: unknown, index) => {
      const name = typeof unit === "string" ? unit.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, " ") : "";
      if (isUnit(name)) units.push(name);
      else issues.push(inputIssue(["per", index], `a unit is one to four words of letters, such as "người" or "tác phẩm"`, `đơn vị tính là một đến bốn từ, như "người" hoặc "tác phẩm"`));
    });
  }
  if (options !== null && typeof options === "object" && (options.symbol as string | undefined) === "none") {
    issues.push(optionIssue("symbol", '"đồng", "₫", "đ"', "none"));
  }
  if (issues.length > 0 || amount === undefined) throw new PlanError(issues);
  return `${formatVnd(amount, options)}/${units.join("/")}`;
}
