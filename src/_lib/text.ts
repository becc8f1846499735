/**
 * Plain-text layout shared by the renderers (the budget appendix, the reports): lengths as a reader counts
 * them, padding and word wrapping for aligned tables.
 *
 * @internal
 */

/** Characters as a reader counts them (code points of the NFC form). @internal */
export function textLength(text: string): number {
  return [...text.normalize("NFC")].length;
}

/** Pads text to a width, on the left (numbers) or the right. @internal */
export function padText(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - textLength(text)));
  return right ? fill + text : text + fill;
}

/** Wraps text at spaces into lines of at most `width` characters (a longer word is cut). @internal */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.normalize("NFC").split(/\s+/).filter((w) => w !== "")) {
    let rest = word;
    while (textLength(rest) > width) {
      if (current !== "") (lines.push(current), (current = ""));
      const chars = [...rest];
      lines.push(chars.slice(0, width).join(""));
      rest = chars.slice(width).join("");
    }
    if (current === "") current = rest;
    else if (textLength(current) + 1 + textLength(rest) <= width) current += ` ${rest}`;
    else (lines.push(current), (current = rest));
  }
  if (current !== "" || lines.length === 0) lines.push(current);
  return lines;
}
