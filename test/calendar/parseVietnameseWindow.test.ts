import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVietnameseWindow, safeParseVietnameseWindow } from "../../src/calendar/parseVietnameseWindow.js";
import { dayOf, fromDay, toDay } from "../../src/calendar/_lib/days.js";
import { isIsoDate } from "../../src/calendar/isoDate.js";
import { PlanError } from "../../src/errors/PlanError.js";

const w = (start: string, end: string = start) => ({ start, end });
const nfd = (s: string) => s.normalize("NFD");

describe("parseVietnameseWindow: accepted phrases", () => {
  it.each([
    // DOMAIN.md
    ["Tháng 8,9/2017", w("2017-08-01", "2017-09-30")],
    ["Tháng 7/2017", w("2017-07-01", "2017-07-31")],
    ["từ tháng 7/2017 đến tháng 5/2018", w("2017-07-01", "2018-05-31")],
    ["Tháng 11/2017", w("2017-11-01", "2017-11-30")],
    ["Tháng 7/2018", w("2018-07-01", "2018-07-31")],
    ["tháng 4/2018", w("2018-04-01", "2018-04-30")],
    ["Tháng 5/2018", w("2018-05-01", "2018-05-31")],
    // single months
    ["tháng 07/2017", w("2017-07-01", "2017-07-31")],
    ["T7/2017", w("2017-07-01", "2017-07-31")],
    ["t7/2017", w("2017-07-01", "2017-07-31")],
    ["thang 7/2017", w("2017-07-01", "2017-07-31")],
    ["Tháng 7 năm 2017", w("2017-07-01", "2017-07-31")],
    ["Tháng 2/2016", w("2016-02-01", "2016-02-29")],
    ["Tháng 2/1900", w("1900-02-01", "1900-02-28")],
    ["trong tháng 7/2017", w("2017-07-01", "2017-07-31")],
    // several months of one year
    ["tháng 7, 8, 9/2017", w("2017-07-01", "2017-09-30")],
    ["tháng 7,8,9/2017", w("2017-07-01", "2017-09-30")],
    ["tháng 7, 8 và 9/2017", w("2017-07-01", "2017-09-30")],
    ["Tháng 7-9/2017", w("2017-07-01", "2017-09-30")],
    ["tháng 7 - 9/2017", w("2017-07-01", "2017-09-30")],
    ["tháng 7–9/2017", w("2017-07-01", "2017-09-30")],
    ["Tháng 3-8 năm 2017", w("2017-03-01", "2017-08-31")],
    ["Tháng 7 đến tháng 9/2017", w("2017-07-01", "2017-09-30")],
    ["tháng 7 đến 9/2017", w("2017-07-01", "2017-09-30")],
    ["từ tháng 7-9/2017", w("2017-07-01", "2017-09-30")],
    ["T7 - T9/2017", w("2017-07-01", "2017-09-30")],
    // across years
    ["Từ T7/2017 - T5/2018", w("2017-07-01", "2018-05-31")],
    ["tháng 7/2017 - tháng 5/2018", w("2017-07-01", "2018-05-31")],
    ["tháng 7/2017 – tháng 5/2018", w("2017-07-01", "2018-05-31")],
    ["tháng 7/2017 — tháng 5/2018", w("2017-07-01", "2018-05-31")],
    ["tháng 7/2017 - 5/2018", w("2017-07-01", "2018-05-31")],
    ["từ tháng 7/2017 đến hết tháng 5/2018", w("2017-07-01", "2018-05-31")],
    ["từ tháng 7/2017 tới tháng 5/2018", w("2017-07-01", "2018-05-31")],
    ["từ tháng 12 năm 2017 đến tháng 1 năm 2018", w("2017-12-01", "2018-01-31")],
    ["từ tháng 7/2017 đến tháng 7/2017", w("2017-07-01", "2017-07-31")],
    // quarters
    ["Quý III/2017", w("2017-07-01", "2017-09-30")],
    ["quý 3/2017", w("2017-07-01", "2017-09-30")],
    ["Quý III năm 2017", w("2017-07-01", "2017-09-30")],
    ["Quý I/2018", w("2018-01-01", "2018-03-31")],
    ["quý ii/2018", w("2018-04-01", "2018-06-30")],
    ["Quý IV/2017", w("2017-10-01", "2017-12-31")],
    ["từ quý III/2017 đến quý II/2018", w("2017-07-01", "2018-06-30")],
    ["từ quý III đến quý IV/2017", w("2017-07-01", "2017-12-31")],
    // years
    ["năm 2018", w("2018-01-01", "2018-12-31")],
    ["Năm 2018", w("2018-01-01", "2018-12-31")],
    ["trong năm 2018", w("2018-01-01", "2018-12-31")],
    ["từ năm 2017 đến năm 2018", w("2017-01-01", "2018-12-31")],
    // halves and three-quarters
    ["6 tháng đầu năm 2018", w("2018-01-01", "2018-06-30")],
    ["6 tháng cuối năm 2018", w("2018-07-01", "2018-12-31")],
    ["9 tháng đầu năm 2018", w("2018-01-01", "2018-09-30")],
    ["9 tháng cuối năm 2018", w("2018-04-01", "2018-12-31")],
    ["3 tháng đầu năm 2018", w("2018-01-01", "2018-03-31")],
    ["3 tháng cuối năm 2018", w("2018-10-01", "2018-12-31")],
    // days
    ["ngày 09/3/2017", w("2017-03-09")],
    ["Ngày 9/3/2017", w("2017-03-09")],
    ["09/03/2017", w("2017-03-09")],
    ["ngày 12/05/2017", w("2017-05-12")],
    ["ngày 9 tháng 3 năm 2017", w("2017-03-09")],
    ["ngày 29/2/2016", w("2016-02-29")],
    ["từ ngày 01/7/2017 đến ngày 15/7/2017", w("2017-07-01", "2017-07-15")],
    ["từ ngày 01/7/2017 đến 15/7/2017", w("2017-07-01", "2017-07-15")],
    ["ngày 01/7 - 15/7/2017", w("2017-07-01", "2017-07-15")],
    ["từ ngày 01 đến ngày 15/7/2017", w("2017-07-01", "2017-07-15")],
    ["ngày 30/12/2017 - 02/01/2018", w("2017-12-30", "2018-01-02")],
    ["từ ngày 24/9/2016 đến ngày 22/4/2017", w("2016-09-24", "2017-04-22")],
    ["từ tháng 7/2017 đến ngày 15/8/2017", w("2017-07-01", "2017-08-15")],
    // case, diacritics, NFD, spacing, final full stop
    ["THÁNG 8,9/2017", w("2017-08-01", "2017-09-30")],
    ["THANG 8,9/2017", w("2017-08-01", "2017-09-30")],
    [nfd("Tháng 8,9/2017"), w("2017-08-01", "2017-09-30")],
    [nfd("TỪ THÁNG 7/2017 ĐẾN THÁNG 5/2018"), w("2017-07-01", "2018-05-31")],
    ["tu thang 7/2017 den thang 5/2018", w("2017-07-01", "2018-05-31")],
    ["QUÝ III/2017", w("2017-07-01", "2017-09-30")],
    ["quy iii/2017", w("2017-07-01", "2017-09-30")],
    ["NĂM 2018", w("2018-01-01", "2018-12-31")],
    ["6 THANG DAU NAM 2018", w("2018-01-01", "2018-06-30")],
    [nfd("6 tháng cuối năm 2018"), w("2018-07-01", "2018-12-31")],
    ["NGÀY 09/3/2017", w("2017-03-09")],
    ["  Tháng   8 , 9 / 2017.  ", w("2017-08-01", "2017-09-30")],
    ["Tháng\u00a07/2017", w("2017-07-01", "2017-07-31")],
    ["\tNăm 2018.\n", w("2018-01-01", "2018-12-31")],
  ])("%j", (text, expected) => {
    const window = parseVietnameseWindow(text);
    expect(window).toEqual(expected);
    expect(Object.isFrozen(window)).toBe(true);
    expect(safeParseVietnameseWindow(text)).toEqual({ success: true, data: expected });
  });

  it("reads phase 1 of the 2017 plan as 335 days", () => {
    const phase = parseVietnameseWindow("từ tháng 7/2017 đến tháng 5/2018");
    expect(toDay(phase.end) - toDay(phase.start) + 1).toBe(335);
  });
});

/** The single issue of a rejected phrase. */
function issueOf(text: unknown) {
  const result = safeParseVietnameseWindow(text);
  expect(result.success).toBe(false);
  if (result.success) throw new Error("unreachable");
  expect(result.error).toBeInstanceOf(PlanError);
  expect(result.error.issues).toHaveLength(1);
  const issue = result.error.issues[0]!;
  expect(issue.code).toBe("invalid_time_expression");
  expect(issue.path).toEqual([]);
  return issue;
}

describe("parseVietnameseWindow: errors", () => {
  it.each([
    // text, the character the message must name (or null when there is no single place)
    ["Tháng 13/2017", 7],
    ["Tháng 0/2017", 7],
    ["tháng 007/2017", 7],
    ["Tháng 8,13/2017", 9],
    ["Quý V/2017", 5],
    ["quý 5/2017", 5],
    ["Quý IIII/2017", 5],
    ["quý abc/2017", 5],
    ["ngày 30/2/2017", 6],
    ["ngày 29/2/2017", 6],
    ["31/4/2018", 1],
    ["ngày 32/1/2017", 6],
    ["ngày 00/1/2017", 6],
    ["Tháng 7,9/2017", 9],
    ["Tháng 1,4/2017", 9],
    ["Tháng 9,8/2017", 9],
    ["Tháng 8,8/2017", 9],
    ["Tháng 9-7/2017", 9],
    ["từ tháng 7/2018 đến tháng 5/2018", 21],
    ["từ ngày 15/7/2017 đến ngày 01/7/2017", 23],
    ["tháng 7/2017 - tháng 5/2017", 16],
    ["tháng 11 - 2/2018", 12],
    ["tháng 7/17", 9],
    ["năm 0000", 5],
    ["năm 20180", 5],
    ["tháng 7", 1],
    ["quý III", 1],
    ["ngày 15", 1],
    ["ngày 9/3", 1],
    ["từ tháng 7/2017", 1],
    ["7/2017", 1],
    ["7 tháng đầu năm 2018", 1],
    ["6 tháng giữa năm 2018", 9],
    ["tháng 8,9/2017 - tháng 12/2017", 1],
    ["từ tháng 7 đến năm 2018", 4],
    ["ngày 15 - tháng 8/2017", 1],
    ["từ tháng 7/2017 đến tháng 8,9/2017", 21],
    ["tháng 7/2017 x", 14],
    ["Tháng 7/2017 🎉", 14],
    ["hello", 1],
    ["2017", 1],
    ["tháng 7/2017 - 5", 16],
    ["Tháng 8.9/2017", 8],
    ["tháng 7/2017..", 13],
    ["tháng ８/2017", 7],
    [nfd("Tháng 13/2017"), 7],
    ["tháng", 6],
    ["năm", 4],
    ["", null],
    ["   ", null],
    [".", null],
  ])("%j", (text, position) => {
    const issue = issueOf(text);
    expect(() => parseVietnameseWindow(text)).toThrow(PlanError);
    if (position !== null) {
      expect(issue.message).toContain(`character ${position}`);
      expect(issue.messageVi).toContain(`ký tự thứ ${position}`);
    }
  });

  it("names what is wrong, in English and Vietnamese", () => {
    const month = issueOf("Tháng 13/2017");
    expect(month.message).toContain("month 13 at character 7");
    expect(month.messageVi).toContain("tháng 13 ở ký tự thứ 7");
    expect(issueOf("Quý V/2017").message).toContain("quarter V");
    expect(issueOf("ngày 30/2/2017").message).toContain("30/2/2017");
    expect(issueOf("Tháng 7,9/2017").message).toContain("month 8 is missing");
    expect(issueOf("Tháng 7,9/2017").messageVi).toContain("thiếu tháng 8");
  });

  it("refuses values that are not strings", () => {
    for (const value of [undefined, null, 2017, { start: "2017-07-01" }, ["Tháng 7/2017"], Symbol("x"), 7n]) {
      issueOf(value);
      expect(() => parseVietnameseWindow(value as unknown as string)).toThrow(PlanError);
    }
  });

  it("reads at most 200 characters", () => {
    const padded = `Tháng 7/2017${" ".repeat(188)}`;
    expect(padded.length).toBe(200);
    expect(parseVietnameseWindow(padded)).toEqual(w("2017-07-01", "2017-07-31"));
    const issue = issueOf(`${padded} `);
    expect(issue.message).toContain("200");
    issueOf("Tháng 7/2017".repeat(100_000));
  });
});

describe("safeParseVietnameseWindow: properties", () => {
  it("never throws on arbitrary strings, and every window it returns is valid and frozen", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 250, unit: "binary" }), (text) => {
        const result = safeParseVietnameseWindow(text);
        if (result.success) expectValid(result.data);
        else expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([["invalid_time_expression", []]]);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on phrase-like strings made of the words it reads", () => {
    const piece = fc.constantFrom(
      "tháng", "Tháng", "T", "quý", "Quý", "năm", "ngày", "từ", "đến", "hết", "tới", "và", "trong", "đầu", "cuối",
      "I", "II", "III", "IV", "V", "/", ",", "-", "–", ".", " ", "1", "3", "6", "9", "07", "12", "13", "29", "31", "2016",
      "2017", "2018", "0000", "9999",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const result = safeParseVietnameseWindow(pieces.join(" "));
        if (result.success) expectValid(result.data);
        const joined = safeParseVietnameseWindow(pieces.join(""));
        if (joined.success) expectValid(joined.data);
      }),
      { numRuns: 3000 },
    );
  });

  it("does not depend on case, diacritics or Unicode normal form", () => {
    const phrases = ["Tháng 8,9/2017", "từ tháng 7/2017 đến tháng 5/2018", "Quý III/2017", "6 tháng đầu năm 2018", "ngày 09/3/2017"];
    const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    for (const phrase of phrases) {
      const expected = parseVietnameseWindow(phrase);
      for (const variant of [phrase.toUpperCase(), phrase.toLowerCase(), strip(phrase), nfd(phrase), strip(phrase).toUpperCase()]) {
        expect(parseVietnameseWindow(variant)).toEqual(expected);
      }
    }
  });
});

function expectValid(window: { start: string; end: string }): void {
  expect(isIsoDate(window.start)).toBe(true);
  expect(isIsoDate(window.end)).toBe(true);
  expect(window.start <= window.end).toBe(true);
  expect(Object.isFrozen(window)).toBe(true);
}

describe("parseVietnameseWindow: the forms that real documents write", () => {
  it.each([
    ["Quý III, IV/2017", w("2017-07-01", "2017-12-31")],
    ["quý I và II năm 2025", w("2025-01-01", "2025-06-30")],
    ["tháng 11, 12/2025", w("2025-11-01", "2025-12-31")],
    ["từ ngày 1 tháng 7 năm 2017 đến 15 tháng 7 năm 2017", w("2017-07-01", "2017-07-15")],
    ["từ ngày 01- 03/12/2023", w("2023-12-01", "2023-12-03")],
    ["Từ ngày 15/11/2025 đến ngày 15/12/2025", w("2025-11-15", "2025-12-15")],
    ["30.7.2014", w("2014-07-30")],
    ["7.1946-7.2014", w("1946-07-01", "2014-07-31")],
    ["nhiệm kỳ 2023 – 2028", w("2023-01-01", "2028-12-31")],
    ["giai đoạn 2021 - 2025", w("2021-01-01", "2025-12-31")],
    ["năm 2017-2018", w("2017-01-01", "2018-12-31")],
    ["từ năm 2023 đến năm 2028", w("2023-01-01", "2028-12-31")],
    ["đầu tháng 9/2017", w("2017-09-01", "2017-09-10")],
    ["giữa tháng 9/2017", w("2017-09-11", "2017-09-20")],
    ["cuối tháng 9/2017", w("2017-09-21", "2017-09-30")],
    ["thượng tuần tháng 9/2017", w("2017-09-01", "2017-09-10")],
    ["trung tuần tháng 9/2017", w("2017-09-11", "2017-09-20")],
    ["hạ tuần tháng 9/2017", w("2017-09-21", "2017-09-30")],
    ["tuần đầu tháng 10/2017", w("2017-10-01", "2017-10-07")],
    ["6 tháng đầu năm 2024", w("2024-01-01", "2024-06-30")],
    ["6 tháng cuối năm 2024", w("2024-07-01", "2024-12-31")],
    ["quý đầu năm 2024", w("2024-01-01", "2024-03-31")],
    ["lúc 20h30, ngày 28/11/2023 (thứ ba)", w("2023-11-28")],
    ["vào dịp Tháng Công nhân năm 2018", w("2018-05-01", "2018-05-31")],
    ["Tháng hành động về an toàn, vệ sinh lao động năm 2024", w("2024-05-01", "2024-05-31")],
    ["Tháng hành động vì bình đẳng giới năm 2025", w("2025-11-15", "2025-12-15")],
    ["Ngày thành lập Công đoàn Việt Nam năm 2019", w("2019-07-28")],
    ["Ngày Quốc tế Lao động 2024", w("2024-05-01")],
    ["Ngày Pháp luật Việt Nam năm 2025", w("2025-11-09")],
    ["nhân dịp Ngày Quốc tế Phụ nữ 2024", w("2024-03-08")],
    ["thời gian: tháng 7/2017", w("2017-07-01", "2017-07-31")],
  ])("%j", (text, expected) => {
    expect(parseVietnameseWindow(text)).toEqual(expected);
    expect(parseVietnameseWindow(nfd(text.toUpperCase()))).toEqual(expected);
  });

  it("reads a day or month without a year, and 'trong năm', in the reference date's year", () => {
    const referenceDate = "2025-11-19";
    expect(parseVietnameseWindow("ngày 25/11", { referenceDate })).toEqual(w("2025-11-25"));
    expect(parseVietnameseWindow("từ ngày 15/11 đến ngày 15/12", { referenceDate })).toEqual(w("2025-11-15", "2025-12-15"));
    expect(parseVietnameseWindow("trong năm", { referenceDate })).toEqual(w("2025-01-01", "2025-12-31"));
    expect(parseVietnameseWindow("6 tháng đầu năm", { referenceDate })).toEqual(w("2025-01-01", "2025-06-30"));
    expect(parseVietnameseWindow("Từ nay đến hết năm 2025", { referenceDate })).toEqual(w("2025-11-19", "2025-12-31"));
    expect(parseVietnameseWindow("tháng 7", { referenceDate })).toEqual(w("2025-07-01", "2025-07-31"));
    for (const text of ["ngày 25/11", "trong năm", "6 tháng đầu năm", "Từ nay đến hết năm 2025", "tháng 7"]) {
      expect(issueOf(text).message).toContain("referenceDate");
    }
    // A bare "25/11" may be a fraction or a document number: it never takes the reference year.
    expect(safeParseVietnameseWindow("25/11", { referenceDate }).success).toBe(false);
  });

  it("refuses an open start, a deadline or a recurrence: they are not windows", () => {
    for (const text of ["Từ năm 2025 trở đi", "trước ngày 15/4/2018", "hằng tháng", "thường xuyên", "weekly"]) issueOf(text);
  });
});

const WEEKDAY_VI = ["chủ nhật", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy"];
const ROMAN = ["I", "II", "III", "IV"];
const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Phrases of each form with the window they must read as, computed here independently. */
const generated: fc.Arbitrary<readonly [string, { start: string; end: string }]> = fc.oneof(
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([y, q, n, roman]) => {
    const to = Math.min(4, q + n);
    const names = Array.from({ length: to - q + 1 }, (_, k) => (roman ? ROMAN[q + k - 1]! : String(q + k)));
    return [`Quý ${names.join(", ")}/${y}`, w(iso(y, q * 3 - 2, 1), iso(y, to * 3, last(y, to * 3)))] as const;
  }),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 })).map(([y, m, n]) => {
    const to = Math.min(12, m + n);
    const months = Array.from({ length: to - m + 1 }, (_, k) => String(m + k));
    return [`tháng ${months.join(", ")} năm ${y}`, w(iso(y, m, 1), iso(y, to, last(y, to)))] as const;
  }),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 7 })).map(([y, m, p]) => {
    const parts = [["đầu", 1, 10], ["giữa", 11, 20], ["cuối", 21, 31], ["thượng tuần", 1, 10], ["trung tuần", 11, 20], ["hạ tuần", 21, 31], ["tuần đầu", 1, 7], ["tuần cuối", last(y, m) - 6, 31]] as const;
    const [name, a, b] = parts[p]!;
    return [`${name} tháng ${m}/${y}`, w(iso(y, m, a), iso(y, m, Math.min(b, last(y, m))))] as const;
  }),
  fc.tuple(fc.integer({ min: 1900, max: 2090 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom("nhiệm kỳ", "giai đoạn"), fc.constantFrom("-", " – ", " ")).map(([y, n, word, dash]) => [`${word} ${y}${dash}${y + n}`, w(iso(y, 1, 1), iso(y + n, 12, 31))] as const),
  fc.tuple(fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2100, 12, 31) }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean()).map(([day, h, min, before]) => {
    const date = fromDay(day);
    const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
    const wd = WEEKDAY_VI[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
    const text = before ? `${wd[0]!.toUpperCase()}${wd.slice(1)}, ngày ${d}/${m}/${y} lúc ${h}h${String(min).padStart(2, "0")}` : `lúc ${h}:${String(min).padStart(2, "0")}, ngày ${d}.${m}.${y} (${wd})`;
    return [text, w(date)] as const;
  }),
  fc.tuple(fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2100, 12, 31) }), fc.integer({ min: 0, max: 400 })).map(([a, n]) => {
    const [s, e] = [fromDay(a), fromDay(a + n)];
    const dmy = (x: string) => `${Number(x.slice(8, 10))} tháng ${Number(x.slice(5, 7))} năm ${x.slice(0, 4)}`;
    return [`từ ngày ${dmy(s)} đến ${dmy(e)}`, w(s, e)] as const;
  }),
);

describe("parseVietnameseWindow: generated phrases of each form", () => {
  it("reads each as its window, in any case and Unicode form", () => {
    fc.assert(
      fc.property(generated, ([text, expected]) => {
        expect(parseVietnameseWindow(text)).toEqual(expected);
        expect(parseVietnameseWindow(nfd(text).toUpperCase())).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a day of a month without its year in the reference date's year", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2100, 12, 31) }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (ref, m, d) => {
        const referenceDate = fromDay(ref);
        const y = Number(referenceDate.slice(0, 4));
        const r = safeParseVietnameseWindow(`ngày ${d}/${m}`, { referenceDate });
        if (d <= last(y, m)) expect(r).toEqual({ success: true, data: w(iso(y, m, d)) });
        else expect(r.success).toBe(false);
      }),
    );
  });
});
