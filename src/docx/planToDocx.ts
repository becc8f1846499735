import { requireParsedPlan } from "../_lib/parsedPlan.js";
import { readDocumentOptions } from "../documents/_lib/options.js";
import { planLayout } from "../documents/_lib/planLayout.js";
import type { DocumentOptions } from "../documents/options.js";
import type { Plan } from "../model/types.js";
import { layoutToDocx } from "./_lib/toDocx.js";

/**
 * Options of {@link planToDocx}: those of `renderPlanDocument` without `format`.
 *
 * @example
 * ```ts
 * import type { PlanToDocxOptions } from "cong-doan-ke-hoach/docx";
 *
 * const options: PlanToDocxOptions = { place: "Hà Nội" };
 * ```
 * @category Documents
 */
export type PlanToDocxOptions = Omit<DocumentOptions, "format">;

/**
 * Writes a plan as the official document in Word format (.docx): the same layout as `renderPlanDocument`
 * (header, parts, "Nơi nhận", signature blocks, the budget appendix with its total and "Bằng chữ") on A4
 * with the margins and type sizes of Decree 30/2020/NĐ-CP. Built with the `docx` package, an optional peer
 * dependency of this entry point only: install it beside `cong-doan-ke-hoach` to use
 * `cong-doan-ke-hoach/docx`. The bytes are the same kind in Node and in browsers (a `Uint8Array`: write it to
 * a file, or wrap it in a `Blob` to download). The ZIP entries carry the time the file is packed (the `docx`
 * package stamps them), so two runs give the same document but not the same bytes.
 *
 * @param plan - a plan from `parsePlan`.
 * @param options - `number`, `place`, `date` (see `DocumentOptions`).
 * @returns a promise of the .docx file's bytes.
 * @throws {@link PlanError} (the promise rejects) `invalid_type` at `["plan"]` for anything but a parsed
 *   plan, at `["options"]` for options that are not an object; `invalid_value` at `["options", name]` for a
 *   bad number, place or date.
 * @example
 * ```ts
 * import type { Plan } from "cong-doan-ke-hoach";
 * import { planToDocx } from "cong-doan-ke-hoach/docx";
 *
 * declare const plan: Plan;
 * const bytes = await planToDocx(plan, { place: "Hà Nội" });
 * [bytes[0], bytes[1]]; //=> [80, 75]
 * ```
 * @category Documents
 */
export async function planToDocx(plan: Plan, options: PlanToDocxOptions = {}): Promise<Uint8Array> {
  requireParsedPlan(plan);
  const settings = readDocumentOptions(options, false);
  return layoutToDocx(planLayout(plan, settings));
}
