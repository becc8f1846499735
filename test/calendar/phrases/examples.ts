import { expect, it } from "vitest";
import { parseTimeExpression, safeParseTimeExpression } from "../../../src/calendar/parseTimeExpression.js";
import { parseVietnameseWindow, safeParseVietnameseWindow } from "../../../src/calendar/parseVietnameseWindow.js";
import { show } from "./show.js";

export { show };

/** Checks a family's table: each phrase reads as shown, windows through parseVietnameseWindow too, and without its reference date a relative phrase is an error that asks for one. */
export function checkExamples(examples: readonly (readonly [string, string, string?])[], options: { readonly lunar?: boolean } = {}): void {
  const lunar = options.lunar === true;
  it.each(examples.map(([text, expected, ref]) => [text, expected, ref ?? null] as const))("%j → %s (reference date %s)", (text, expected, ref) => {
    const options = ref === null ? undefined : { referenceDate: ref };
    const e = parseTimeExpression(text, options);
    expect(show(e)).toBe(expected);
    expect(Object.isFrozen(e)).toBe(true);
    if (e.kind === "window") {
      if (lunar) {
        // The light reader has no lunar calendar, and says which function reads such a phrase.
        const r = safeParseVietnameseWindow(text, options);
        expect(r.success).toBe(false);
        if (!r.success) expect(r.error.issues[0]?.message).toContain("parseTimeExpression");
      } else {
        expect(parseVietnameseWindow(text, options)).toEqual(e.window);
      }
      expect(Object.isFrozen(e.window)).toBe(true);
    }
    if (ref !== null) {
      const without = safeParseTimeExpression(text);
      expect(without.success).toBe(false);
      if (!without.success) {
        expect(without.error.issues[0]?.code).toBe("invalid_time_expression");
        expect(without.error.issues[0]?.message).toContain("referenceDate");
        expect(without.error.issues[0]?.messageVi).toContain("ngày ban hành kế hoạch");
      }
    }
  });
}

/** The issue of a phrase that is not read: code, path, and the character the message names. */
export function expectRejected(text: string, position: number | null, options?: { referenceDate: string }): void {
  const r = safeParseTimeExpression(text, options);
  expect(r.success, text).toBe(false);
  if (r.success) return;
  expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([["invalid_time_expression", []]]);
  if (position !== null) {
    expect(r.error.issues[0]?.message).toContain(`character ${position}`);
    expect(r.error.issues[0]?.messageVi).toContain(`ký tự thứ ${position}`);
  }
}
