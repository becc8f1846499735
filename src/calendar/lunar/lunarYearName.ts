import { PlanError } from "../../errors/PlanError.js";
import { integerIssue } from "./_lib/issues.js";
import { nameOf } from "./_lib/names.js";

/**
 * The can chi name of a lunar year: its heavenly stem (can: Giáp, Ất, Bính, Đinh, Mậu, Kỷ, Canh, Tân, Nhâm,
 * Quý) and earthly branch (chi: Tý, Sửu, Dần, Mão, Thìn, Tỵ, Ngọ, Mùi, Thân, Dậu, Tuất, Hợi), a cycle of
 * 60 years. Vietnamese plans name years this way: "Tết Bính Ngọ 2026".
 *
 * @param year - the lunar year (any integer; the cycle repeats every 60 years).
 * @returns the name, such as `"Bính Ngọ"`, with the spelling Tý, Tỵ, Mão and Kỷ.
 * @throws {@link PlanError} `invalid_type` at path `[]` for a value that is not an integer.
 * @example
 * ```ts
 * import { lunarYearName } from "cong-doan-ke-hoach";
 *
 * lunarYearName(2026); //=> "Bính Ngọ"
 * lunarYearName(2025); //=> "Ất Tỵ"
 * lunarYearName(1984); //=> "Giáp Tý"
 * ```
 * @category Calendar
 */
export function lunarYearName(year: number): string {
  const issue = integerIssue(year, []);
  if (issue !== undefined) throw new PlanError([issue]);
  return nameOf(year);
}
