/**
 * The one percentage formatter of the reports and charts: a share written to one decimal, rounded half up
 * (half away from zero, as officials round: 13/16 is 81,3%, 1/8 is 12,5%) from the exact ratio of two
 * whole numbers, in BigInt arithmetic, so that no float error moves a half. The data keep their exact
 * counts and ratios; only what a reader sees is rounded, here. Nothing here is exported from the package.
 */

/** The language of the decimal separator: "81,3%" in Vietnamese, "81.3%" in English. @internal */
type Language = "vi" | "en";

function whole(value: number | bigint, name: string): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number, got ${String(value)}`);
  return BigInt(value);
}

/**
 * `part / whole × 100` to one decimal, rounded half up, with the language's decimal separator and a "%":
 * "81,3%", "81.3%"; "-" when `whole` is 0 (there is nothing to measure against).
 *
 * @internal
 */
export function percentText(part: number | bigint, total: number | bigint, language: Language): string {
  const p = whole(part, "part");
  const w = whole(total, "whole");
  if (w === 0n) return "-";
  const negative = p < 0n !== w < 0n;
  const num = (p < 0n ? -p : p) * 1000n;
  const den = w < 0n ? -w : w;
  // tenths of a percent, rounded half up: ⌊(2·num + den) / (2·den)⌋
  const tenths = (2n * num + den) / (2n * den);
  const text = `${tenths / 10n}${language === "vi" ? "," : "."}${tenths % 10n}%`;
  return negative && tenths !== 0n ? `-${text}` : text;
}
