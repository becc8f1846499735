import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf, fromDay } from "../../src/calendar/_lib/days.js";
import { formatVietnameseWindow } from "../../src/calendar/formatVietnameseWindow.js";
import { parseTimeExpression, safeParseTimeExpression } from "../../src/calendar/parseTimeExpression.js";
import { parseVietnameseWindow, safeParseVietnameseWindow } from "../../src/calendar/parseVietnameseWindow.js";
import { EXAMPLES as DAYS } from "../../src/calendar/phrases/parsers/days.js";
import { EXAMPLES as LUNAR } from "../../src/calendar/phrases/parsers/lunar.js";
import { EXAMPLES as MONTHS } from "../../src/calendar/phrases/parsers/months.js";
import { EXAMPLES as OBSERVANCES } from "../../src/calendar/phrases/parsers/observances.js";
import { EXAMPLES as PARTS } from "../../src/calendar/phrases/parsers/partsOfMonth.js";
import { EXAMPLES as QUARTERS } from "../../src/calendar/phrases/parsers/quarters.js";
import { EXAMPLES as YEARS } from "../../src/calendar/phrases/parsers/years.js";
import { PlanError } from "../../src/errors/PlanError.js";

const window = (start: string, end: string) => ({ kind: "window", window: { start, end } });

describe("parseTimeExpression: the kinds", () => {
  it.each([
    ["Quý III, IV/2017", window("2017-07-01", "2017-12-31")],
    ["từ tháng 7/2017 đến tháng 5/2018", window("2017-07-01", "2018-05-31")],
    ["trước ngày 15/4/2018", { kind: "deadline", due: "2018-04-15" }],
    ["chậm nhất ngày 20/12/2025", { kind: "deadline", due: "2025-12-20" }],
    ["đến 31/12/2025", { kind: "deadline", due: "2025-12-31" }],
    ["trước ngày 16 tháng 12 năm 2025", { kind: "deadline", due: "2025-12-16" }],
    ["Từ năm 2025 trở đi", { kind: "open", start: "2025-01-01" }],
    ["từ tháng 7/2017", { kind: "open", start: "2017-07-01" }],
    ["kể từ ngày 01/7/2017", { kind: "open", start: "2017-07-01" }],
    ["hằng tháng", { kind: "recurring", every: "month" }],
    ["hàng tháng", { kind: "recurring", every: "month" }],
    ["mỗi quý", { kind: "recurring", every: "quarter" }],
    ["định kỳ 6 tháng", { kind: "recurring", every: "half-year" }],
    ["hằng năm", { kind: "recurring", every: "year" }],
    ["trước ngày 05 hằng tháng", { kind: "recurring", every: "month", due: { day: 5 } }],
    ["trước ngày 15/12 hằng năm", { kind: "recurring", every: "year", due: { month: 12, day: 15 } }],
    ["thường xuyên", { kind: "continuous" }],
    ["liên tục", { kind: "continuous" }],
    ["Thời gian thực hiện: Tháng 8,9/2017.", window("2017-08-01", "2017-09-30")],
    [" NHÂN DỊP  Ngày Quốc tế Lao động 2024 ", window("2024-05-01", "2024-05-01")],
  ])("%j", (text, expected) => {
    const e = parseTimeExpression(text);
    expect(e).toEqual(expected);
    expect(Object.isFrozen(e)).toBe(true);
    if (e.kind === "window") expect(Object.isFrozen(e.window)).toBe(true);
    if (e.kind === "recurring" && e.due !== undefined) expect(Object.isFrozen(e.due)).toBe(true);
    expect(safeParseTimeExpression(text)).toEqual({ success: true, data: expected });
  });

  it("reads relative phrases with the plan's date: its year, and 'nay' is that day", () => {
    const referenceDate = "2025-11-19";
    expect(parseTimeExpression("trong năm", { referenceDate })).toEqual(window("2025-01-01", "2025-12-31"));
    expect(parseTimeExpression("6 tháng đầu năm", { referenceDate })).toEqual(window("2025-01-01", "2025-06-30"));
    expect(parseTimeExpression("Từ nay đến hết năm 2025", { referenceDate })).toEqual(window("2025-11-19", "2025-12-31"));
    expect(parseTimeExpression("ngày 25/11", { referenceDate })).toEqual(window("2025-11-25", "2025-11-25"));
    expect(parseTimeExpression("từ ngày 15/11 đến ngày 15/12", { referenceDate })).toEqual(window("2025-11-15", "2025-12-15"));
    expect(parseTimeExpression("từ nay", { referenceDate })).toEqual({ kind: "open", start: "2025-11-19" });
    expect(parseTimeExpression("đến nay", { referenceDate })).toEqual({ kind: "deadline", due: "2025-11-19" });
    // A written year is never replaced.
    expect(parseTimeExpression("ngày 25/11/2017", { referenceDate })).toEqual(window("2017-11-25", "2017-11-25"));
  });

  it("without a reference date, a relative phrase is an error that says one is needed", () => {
    for (const text of ["trong năm", "6 tháng đầu năm", "Từ nay đến hết năm 2025", "ngày 25/11", "từ ngày 15/11 đến ngày 15/12", "đến nay", "Tháng Công nhân"]) {
      const r = safeParseTimeExpression(text);
      expect(r.success, text).toBe(false);
      if (r.success) continue;
      expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([["invalid_time_expression", []]]);
      expect(r.error.issues[0]?.message).toContain("referenceDate");
      expect(r.error.issues[0]?.messageVi).toContain("ngày ban hành kế hoạch");
    }
  });
});

describe("parseTimeExpression: errors", () => {
  it("refuses a reference date that is not a date, and options that are not an object", () => {
    for (const referenceDate of ["2025-02-30", "2025-2-3", 20251119, null]) {
      const r = safeParseTimeExpression("trong năm", { referenceDate });
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([["invalid_date", ["referenceDate"]]]);
      expect(() => parseTimeExpression("trong năm", { referenceDate } as never)).toThrow(PlanError);
    }
    for (const options of [null, "2025-11-19", 7]) {
      const r = safeParseTimeExpression("năm 2025", options);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([["invalid_type", ["options"]]]);
    }
  });

  it("refuses what is not a string, and more than 200 characters", () => {
    for (const value of [undefined, null, 2017, {}, ["hằng tháng"]]) {
      const r = safeParseTimeExpression(value);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues.map((i) => i.code)).toEqual(["invalid_time_expression"]);
    }
    const r = safeParseTimeExpression(`hằng tháng${" ".repeat(200)}`);
    expect(r.success).toBe(false);
  });

  it("names the character at fault", () => {
    for (const [text, position] of [
      ["trước tháng 5/2018", 1],
      ["trước ngày 15 hằng quý", 7],
      ["hằng tháng x", 12],
      ["trước", 6],
    ] as const) {
      const r = safeParseTimeExpression(text);
      expect(r.success, text).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.message, text).toContain(`character ${position}`);
    }
  });
});

const WINDOW_PHRASES = [...DAYS, ...MONTHS, ...QUARTERS, ...YEARS, ...PARTS, ...OBSERVANCES].filter(([, e]) => /^\d{4}-\d\d-\d\d\//.test(e));

describe("parseTimeExpression: properties", () => {
  it("agrees with parseVietnameseWindow on every window phrase of the tables", () => {
    for (const [text, , referenceDate] of WINDOW_PHRASES) {
      const options = referenceDate === undefined ? undefined : { referenceDate };
      expect(parseTimeExpression(text, options)).toEqual({ kind: "window", window: parseVietnameseWindow(text, options) });
    }
  });

  it("agrees with parseVietnameseWindow on every formatted window", () => {
    const day = fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2100, 12, 31) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const w = { start: fromDay(Math.min(a, b)), end: fromDay(Math.max(a, b)) };
        const text = formatVietnameseWindow(w);
        expect(parseTimeExpression(text)).toEqual({ kind: "window", window: parseVietnameseWindow(text) });
      }),
      { numRuns: 500 },
    );
  });

  it("never throws, and reads a window exactly when parseVietnameseWindow does", () => {
    const piece = fc.constantFrom(
      "tháng", "quý", "năm", "ngày", "từ", "đến", "hết", "trước", "chậm nhất", "hằng", "mỗi", "định kỳ", "thường xuyên", "trở đi", "nay",
      "đầu", "cuối", "tuần", "nhiệm kỳ", "Tháng Công nhân", "thứ ba", "lúc", "20h30", "(", ")", "/", ",", "-", ".", "I", "IV", "1", "5", "6",
      "12", "15", "28", "2017", "2023", "2028",
    );
    const ref = fc.option(fc.constantFrom("2025-11-19", "2017-07-01"), { nil: undefined });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), ref, (pieces, referenceDate) => {
        const text = pieces.join(" ");
        const options = referenceDate === undefined ? undefined : { referenceDate };
        const e = safeParseTimeExpression(text, options);
        const w = safeParseVietnameseWindow(text, options);
        if (w.success) expect(e).toEqual({ success: true, data: { kind: "window", window: w.data } });
        if (e.success && e.data.kind === "window") expect(w).toEqual({ success: true, data: e.data.window });
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on arbitrary strings and options", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 220, unit: "binary" }), fc.anything(), (text, options) => {
        const r = safeParseTimeExpression(text, options);
        if (!r.success) expect(r.error).toBeInstanceOf(PlanError);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads the names of Object.prototype's members as unknown words, never as a table's entry", () => {
    for (const word of Object.getOwnPropertyNames(Object.prototype)) {
      for (const text of [`hằng ${word}`, `hang ${word}`, `dinh ky ${word} thang`, `định kỳ ${word}`, `mỗi ${word}`, `ngày 28/11/2023 (thứ ${word})`, `rằm tháng ${word} 2026`, `quý ${word}/2017`, `${word} Ngọ`]) {
        const result = safeParseTimeExpression(text);
        expect(result.success, text).toBe(false);
        if (!result.success) expect(result.error.issues.map((i) => i.code), text).toEqual(["invalid_time_expression"]);
      }
    }
  });
});
