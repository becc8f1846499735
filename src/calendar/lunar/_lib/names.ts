/**
 * Can chi (the sexagenary cycle) of lunar years: 10 heavenly stems (can) and 12 earthly branches (chi).
 *
 * @internal
 */

/** The ten stems, Giáp to Quý. @internal */
export const STEMS = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"] as const;
/** The twelve branches, Tý to Hợi. @internal */
export const BRANCHES = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"] as const;

/** The place (0–59) of a year in the 60-year cycle: 0 is Giáp Tý (1984, 1924, 2044). @internal */
export const cycleOf = (year: number): number => (((year - 4) % 60) + 60) % 60;

/** The can chi name of a year, known to be an integer. @internal */
export function nameOf(year: number): string {
  const n = cycleOf(year);
  return `${STEMS[n % 10] ?? ""} ${BRANCHES[n % 12] ?? ""}`;
}
