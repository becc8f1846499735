import { INVALID_TIME_EXPRESSION } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type SafeResult } from "../errors/PlanError.js";
import { pad, toDay } from "./_lib/days.js";
import { daysInMonth, type IsoDate } from "./isoDate.js";
import type { Window } from "./window.js";

/** The longest text that {@link parseVietnameseWindow} reads, in UTF-16 code units (`String.length`). */
const MAX_LENGTH = 200;

/**
 * Reads the time expressions that Vietnamese plans write ("Tháng 8,9/2017", "Quý III/2017",
 * "từ tháng 7/2017 đến tháng 5/2018", "6 tháng đầu năm 2018", "ngày 09/3/2017") into a {@link Window}.
 *
 * Case and diacritics do not matter ("THANG 8,9/2017" and "thang 8,9/2017" read the same), nor do
 * spaces, NFC or NFD, nor a trailing "."; hyphens and en or em dashes are the same. Every accepted
 * form is listed in `docs/calendar.md`. Nothing is guessed: a month 13, a quarter V, a day
 * 30/2, a list of months with a gap ("Tháng 7,9/2017") or going down, a range that ends before it
 * starts, a phrase without a year, or text that is none of the forms is an error.
 *
 * @param text - the phrase, at most 200 characters.
 * @returns the window, both ends included, frozen.
 * @throws {@link PlanError} with one issue, code `invalid_time_expression`, path `[]`, whose message
 *   says what is wrong and at which character (counted from 1 in the NFC form of `text`), in English
 *   and Vietnamese. Also for a value that is not a string.
 * @example
 * ```ts
 * import { parseVietnameseWindow } from "cong-doan-ke-hoach";
 *
 * parseVietnameseWindow("Tháng 8,9/2017");
 * //=> { start: "2017-08-01", end: "2017-09-30" }
 * parseVietnameseWindow("từ tháng 7/2017 đến tháng 5/2018");
 * //=> { start: "2017-07-01", end: "2018-05-31" }
 * parseVietnameseWindow("QUY III/2017");
 * //=> { start: "2017-07-01", end: "2017-09-30" }
 * parseVietnameseWindow("6 tháng đầu năm 2018");
 * //=> { start: "2018-01-01", end: "2018-06-30" }
 * parseVietnameseWindow("ngày 09/3/2017");
 * //=> { start: "2017-03-09", end: "2017-03-09" }
 * ```
 * @category Calendar
 */
export function parseVietnameseWindow(text: string): Window {
  const result = read(text);
  if (result instanceof PlanError) throw result;
  return result;
}

/**
 * Reads a time expression like {@link parseVietnameseWindow}, returning the problem instead of
 * throwing it.
 *
 * @param text - anything; only a string can succeed.
 * @returns `{ success: true, data }` with the frozen window, or `{ success: false, error }` with a
 *   {@link PlanError} whose single issue has code `invalid_time_expression` and path `[]`.
 * @throws never.
 * @example
 * ```ts
 * import { safeParseVietnameseWindow } from "cong-doan-ke-hoach";
 *
 * const ok = safeParseVietnameseWindow("Quý III/2017");
 * if (ok.success) console.log(ok.data);
 * //=> { start: "2017-07-01", end: "2017-09-30" }
 * const bad = safeParseVietnameseWindow("Tháng 13/2017");
 * if (!bad.success) console.log(bad.error.issues[0]?.code, bad.error.issues[0]?.message);
 * //=> "invalid_time_expression", "\"Tháng 13/2017\" is not a time expression this library reads: month 13 at character 7"
 * ```
 * @category Calendar
 */
export function safeParseVietnameseWindow(text: unknown): SafeResult<Window> {
  let result: Window | PlanError;
  try {
    result = read(text);
  } catch (cause) {
    // Not expected: read() reports every problem as a value. Kept so that this function never throws.
    result = new PlanError(
      [newIssue(INVALID_TIME_EXPRESSION, [], { value: text, detail: "the text cannot be read", detailVi: "không đọc được chuỗi" })],
      { cause },
    );
  }
  return result instanceof PlanError ? { success: false, error: result } : { success: true, data: result };
}

// ---------------------------------------------------------------------------------------------------
// Errors

/** A problem found while reading; turned into a PlanError by read(). */
class Problem {
  readonly detail: string;
  readonly detailVi: string;
  constructor(detail: string, detailVi: string) {
    this.detail = detail;
    this.detailVi = detailVi;
  }
}

function fail(detail: string, detailVi: string): never {
  throw new Problem(detail, detailVi);
}

const at = (pos: number): readonly [string, string] => [`at character ${pos}`, `ở ký tự thứ ${pos}`];

function read(text: unknown): Window | PlanError {
  const error = (value: unknown, detail: string, detailVi: string): PlanError =>
    new PlanError([newIssue(INVALID_TIME_EXPRESSION, [], { value, detail, detailVi })]);
  if (typeof text !== "string") {
    return error(text, `expected a string, received ${kindOf(text)}`, "cần chuỗi ký tự");
  }
  if (text.length > MAX_LENGTH) {
    return error(text, `the text has ${text.length} characters; at most ${MAX_LENGTH} are read`, `chuỗi có ${text.length} ký tự; chỉ đọc tối đa ${MAX_LENGTH}`);
  }
  try {
    return new Parser(text).parse();
  } catch (problem) {
    if (problem instanceof Problem) return error(text, problem.detail, problem.detailVi);
    throw problem;
  }
}

// ---------------------------------------------------------------------------------------------------
// Tokens

type TokenKind = "num" | "word" | "/" | "," | "-" | ".";

interface Token {
  readonly kind: TokenKind;
  /** Normalised text: lower case, no diacritics, "đ" → "d"; every dash is "-". */
  readonly text: string;
  /** The text as written (NFC). */
  readonly raw: string;
  /** 1-based position of the first character in the NFC form of the input. */
  readonly pos: number;
}

const DASHES = /* @__PURE__ */ new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]);

/** Splits the NFC text into tokens, normalising each character on the way so that positions stay exact. */
function tokenize(text: string): Token[] {
  const chars = Array.from(text.normalize("NFC"));
  // One normalised character per entry, with the index of the character it came from.
  const norm: { ch: string; at: number }[] = [];
  chars.forEach((original, index) => {
    if (DASHES.has(original)) {
      norm.push({ ch: "-", at: index });
      return;
    }
    if (/^\s$/u.test(original)) {
      norm.push({ ch: " ", at: index });
      return;
    }
    const folded = original.normalize("NFD").toLowerCase().replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
    for (const ch of folded) norm.push({ ch, at: index });
  });

  const tokens: Token[] = [];
  let i = 0;
  while (i < norm.length) {
    const first = norm[i]!;
    const ch = first.ch;
    if (ch === " ") {
      i++;
      continue;
    }
    let kind: TokenKind;
    let j = i + 1;
    if (/[0-9]/.test(ch)) {
      kind = "num";
      while (j < norm.length && /[0-9]/.test(norm[j]!.ch)) j++;
    } else if (/[a-z]/.test(ch)) {
      kind = "word";
      while (j < norm.length && /[a-z]/.test(norm[j]!.ch)) j++;
    } else if (ch === "/" || ch === "," || ch === "-" || ch === ".") {
      kind = ch;
    } else {
      const [where, whereVi] = at(first.at + 1);
      fail(`unexpected character ${JSON.stringify(chars[first.at])} ${where}`, `ký tự ${JSON.stringify(chars[first.at])} không hợp lệ ${whereVi}`);
    }
    const last = norm[j - 1]!;
    tokens.push({
      kind,
      text: norm.slice(i, j).map((n) => n.ch).join(""),
      raw: chars.slice(first.at, last.at + 1).join(""),
      pos: first.at + 1,
    });
    i = j;
  }
  // A phrase may end with a full stop.
  if (tokens.at(-1)?.kind === ".") tokens.pop();
  return tokens;
}

// ---------------------------------------------------------------------------------------------------
// Parsing

/** One end of a range, or a whole phrase, before missing parts are filled in. */
type Endpoint = Period & {
  /** 1-based position of its first character. */
  readonly pos: number;
  /** The text as written, for messages. */
  readonly raw: string;
};

type Period =
  | { readonly kind: "day"; readonly day: number; readonly month?: number; readonly year?: number; readonly dayToken: Token }
  | { readonly kind: "month"; readonly from: number; readonly to: number; readonly span: "single" | "list" | "dash"; readonly year?: number }
  | { readonly kind: "quarter"; readonly quarter: number; readonly year?: number }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "part"; readonly from: number; readonly to: number; readonly year: number };

const ROMAN_QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const RANGE_WORDS = /* @__PURE__ */ new Set(["den", "toi"]);
const PARTS: Readonly<Record<string, readonly [from: number, to: number]>> = {
  "3 dau": [1, 3],
  "6 dau": [1, 6],
  "9 dau": [1, 9],
  "3 cuoi": [10, 12],
  "6 cuoi": [7, 12],
  "9 cuoi": [4, 12],
};

class Parser {
  private readonly tokens: readonly Token[];
  private index = 0;
  /** Position just after the last character, for "at the end" messages. */
  private readonly endPos: number;

  constructor(text: string) {
    this.tokens = tokenize(text);
    this.endPos = Array.from(text.normalize("NFC")).length + 1;
  }

  parse(): Window {
    if (this.tokens.length === 0) fail("the text is empty", "chuỗi rỗng");
    const head = this.peek()!;
    let needsRange = false;
    if (this.isWord("tu")) {
      this.next();
      needsRange = true;
    } else if (this.isWord("trong")) {
      this.next();
    }
    const left = this.endpoint(undefined);
    if (this.done()) {
      // "từ tháng 7-9/2017" is a range already.
      if (needsRange && !(left.kind === "month" && left.span === "dash")) {
        const [where, whereVi] = at(head.pos);
        fail(`"${head.raw}" ${where} starts a range, but no "đến" follows`, `"${head.raw}" ${whereVi} mở đầu một khoảng nhưng thiếu "đến"`);
      }
      return freeze(windowOf(this.complete(left)));
    }
    const separator = this.peek()!;
    if (!(separator.kind === "-" || (separator.kind === "word" && RANGE_WORDS.has(separator.text)))) {
      this.unexpected('"đến", "-" or the end of the text', '"đến", "-" hoặc hết chuỗi');
    }
    if (left.kind === "part" || (left.kind === "month" && left.span !== "single")) {
      const [where, whereVi] = at(left.pos);
      fail(`a range cannot start with several months ("${left.raw}" ${where})`, `khoảng thời gian không thể bắt đầu bằng nhiều tháng ("${left.raw}" ${whereVi})`);
    }
    this.next();
    if (separator.kind === "word" && this.isWord("het")) this.next();
    const right = this.endpoint(left.kind);
    if (!this.done()) this.unexpected("the end of the text", "hết chuỗi");
    if (right.kind === "part" || (right.kind === "month" && right.span !== "single")) {
      const [where, whereVi] = at(right.pos);
      fail(`a range cannot end with several months ("${right.raw}" ${where})`, `khoảng thời gian không thể kết thúc bằng nhiều tháng ("${right.raw}" ${whereVi})`);
    }
    const end = windowOf(this.complete(right));
    const start = windowOf(this.complete(this.inherit(left, right)));
    if (end.start < start.start) {
      const [where, whereVi] = at(right.pos);
      const shown = end.start === end.end ? end.start : `${end.start}..${end.end}`;
      fail(
        `the window ends before it starts: the end "${right.raw}" ${where} (${shown}) comes before the start (${start.start})`,
        `khoảng thời gian kết thúc trước khi bắt đầu: phần kết thúc "${right.raw}" ${whereVi} (${shown}) trước phần bắt đầu (${start.start})`,
      );
    }
    return freeze({ start: start.start, end: end.end });
  }

  /** Reads one period. `context` is the kind of the left end when reading the right end of a range. */
  private endpoint(context: Period["kind"] | undefined): Endpoint {
    const first = this.index;
    const token = this.peek();
    const period = this.period(context);
    const raw = this.tokens
      .slice(first, this.index)
      .map((t) => t.raw)
      .join(" ")
      .replace(/ ?([/,-]) ?/g, "$1");
    return { ...period, pos: token!.pos, raw };
  }

  private period(context: Period["kind"] | undefined): Period {
    const token = this.peek();
    if (token === undefined) return this.unexpected("a time expression", "một cách ghi thời gian");
    if (token.kind === "num") {
      const after = this.tokens[this.index + 1];
      if (after?.kind === "word" && after.text === "thang") return this.part();
      // The right end of a range may leave out the word of the left end: "tháng 7/2017 - 5/2018".
      if (context === "month") return this.months(false);
      return this.day(true);
    }
    if (token.kind === "word") {
      switch (token.text) {
        case "thang":
        case "t":
          this.next();
          return this.months(true);
        case "ngay":
          this.next();
          return this.day(false);
        case "quy":
          this.next();
          return this.quarter();
        case "nam":
          this.next();
          return { kind: "year", year: this.year() };
      }
    }
    return this.unexpected(
      'a time expression ("tháng", "quý", "năm", "ngày" or a date)',
      'một cách ghi thời gian ("tháng", "quý", "năm", "ngày" hoặc một ngày)',
    );
  }

  /** "6 tháng đầu năm 2018" and the like. */
  private part(): Period {
    const count = this.next()!;
    this.next(); // "thang"
    const edge = this.peek();
    if (!(edge?.kind === "word" && (edge.text === "dau" || edge.text === "cuoi"))) return this.unexpected('"đầu" or "cuối"', '"đầu" hoặc "cuối"');
    this.next();
    const range = count.text.length > 2 ? undefined : PARTS[`${Number(count.text)} ${edge.text}`];
    if (range === undefined) {
      const [where, whereVi] = at(count.pos);
      fail(
        `${count.raw} months ${where}: only 3, 6 or 9 months at the start or end of a year are read`,
        `${count.raw} tháng ${whereVi}: chỉ đọc 3, 6 hoặc 9 tháng đầu hoặc cuối năm`,
      );
    }
    if (!this.isWord("nam")) this.unexpected('"năm"', '"năm"');
    this.next();
    return { kind: "part", from: range[0], to: range[1], year: this.year() };
  }

  /** After "tháng": "7", "8,9", "7, 8 và 9", "7-9", then "/2017" or "năm 2017" (optional here). */
  private months(allowSeveral: boolean): Period {
    const first = this.month();
    let last = first;
    let span: "single" | "list" | "dash" = "single";
    if (allowSeveral) {
      if (this.peek()?.kind === "-" && this.tokens[this.index + 1]?.kind === "num") {
        this.next();
        const token = this.peek()!;
        last = this.month();
        if (last <= first) this.notIncreasing(first, last, token);
        span = "dash";
      } else {
        while (this.peek()?.kind === "," || this.isWord("va")) {
          this.next();
          const token = this.peek();
          if (token?.kind !== "num") return this.unexpected("a month", "một tháng");
          const month = this.month();
          if (month <= last) this.notIncreasing(last, month, token);
          if (month !== last + 1) {
            const [where, whereVi] = at(token.pos);
            const missing = last + 2 === month ? `month ${last + 1} is missing` : `months ${last + 1}–${month - 1} are missing`;
            const missingVi = last + 2 === month ? `thiếu tháng ${last + 1}` : `thiếu các tháng ${last + 1}–${month - 1}`;
            fail(
              `months ${last} and ${month} are not consecutive (${missing}) ${where}`,
              `tháng ${last} và tháng ${month} không liền nhau (${missingVi}) ${whereVi}`,
            );
          }
          last = month;
          span = "list";
        }
      }
    }
    const year = this.optionalYear();
    return year === undefined ? { kind: "month", from: first, to: last, span } : { kind: "month", from: first, to: last, span, year };
  }

  /** "09/3/2017", "9 tháng 3 năm 2017", and without year or month at the left end of a range: "01/7", "01". */
  private day(bare: boolean): Period {
    const dayToken = this.peek();
    if (dayToken?.kind !== "num") return this.unexpected("a day", "một ngày");
    this.next();
    if (bare && dayToken.text.length === 4) {
      const [where, whereVi] = at(dayToken.pos);
      fail(`"${dayToken.raw}" ${where} needs a word: write "năm ${dayToken.raw}" for a year`, `"${dayToken.raw}" ${whereVi} thiếu chữ: viết "năm ${dayToken.raw}" nếu là năm`);
    }
    if (dayToken.text.length > 2 || Number(dayToken.text) < 1 || Number(dayToken.text) > 31) {
      const [where, whereVi] = at(dayToken.pos);
      fail(`day ${dayToken.raw} ${where}`, `ngày ${dayToken.raw} ${whereVi}`);
    }
    const day = Number(dayToken.text);
    const separator = this.peek();
    if (!(separator?.kind === "/" || (separator?.kind === "word" && separator.text === "thang"))) return { kind: "day", day, dayToken };
    this.next();
    const monthToken = this.peek();
    if (bare && separator.kind === "/" && monthToken?.kind === "num" && monthToken.text.length === 4) {
      const [where, whereVi] = at(dayToken.pos);
      const shown = `${dayToken.raw}/${monthToken.raw}`;
      fail(`"${shown}" ${where} needs a word: write "tháng ${shown}" for a month`, `"${shown}" ${whereVi} thiếu chữ: viết "tháng ${shown}" nếu là tháng`);
    }
    const month = this.month();
    const year = this.optionalYear();
    return year === undefined ? { kind: "day", day, month, dayToken } : { kind: "day", day, month, year, dayToken };
  }

  /** After "quý": I–IV or 1–4, then an optional year. */
  private quarter(): Period {
    const token = this.peek();
    const expected = ["a quarter (I–IV or 1–4)", "một quý (I–IV hoặc 1–4)"] as const;
    if (token === undefined || (token.kind !== "num" && token.kind !== "word")) return this.unexpected(...expected);
    let quarter: number | undefined;
    if (token.kind === "num") {
      quarter = token.text.length <= 2 ? [1, 2, 3, 4].find((q) => q === Number(token.text)) : undefined;
    } else if (/^[ivxlcdm]+$/.test(token.text)) {
      quarter = ROMAN_QUARTERS[token.text];
    } else {
      return this.unexpected(...expected);
    }
    if (quarter === undefined) {
      const [where, whereVi] = at(token.pos);
      fail(`quarter ${token.raw} ${where}: a quarter is I–IV or 1–4`, `quý ${token.raw} ${whereVi}: quý phải là I–IV hoặc 1–4`);
    }
    this.next();
    const year = this.optionalYear();
    return year === undefined ? { kind: "quarter", quarter } : { kind: "quarter", quarter, year };
  }

  /** A month number 1–12, one or two digits. */
  private month(): number {
    const token = this.peek();
    if (token?.kind !== "num") return this.unexpected("a month", "một tháng");
    this.next();
    const month = Number(token.text);
    if (token.text.length > 2 || month < 1 || month > 12) {
      const [where, whereVi] = at(token.pos);
      fail(`month ${token.raw} ${where}`, `tháng ${token.raw} ${whereVi}`);
    }
    return month;
  }

  /** "/2017" or "năm 2017", or nothing. */
  private optionalYear(): number | undefined {
    const token = this.peek();
    if (token?.kind === "/" || (token?.kind === "word" && token.text === "nam")) {
      this.next();
      return this.year();
    }
    return undefined;
  }

  /** Four digits, 0001–9999. */
  private year(): number {
    const token = this.peek();
    if (token?.kind !== "num") return this.unexpected("a year", "năm");
    this.next();
    const year = Number(token.text);
    if (token.text.length !== 4 || year < 1) {
      const [where, whereVi] = at(token.pos);
      fail(`year ${token.raw} ${where}: a year has four digits, 0001 to 9999`, `năm ${token.raw} ${whereVi}: năm phải có bốn chữ số, từ 0001 đến 9999`);
    }
    return year;
  }

  /** Fills in what the left end of a range leaves to the right end: "tháng 7 đến tháng 9/2017", "ngày 01 - 15/7/2017". */
  private inherit(left: Endpoint, right: Endpoint): Endpoint {
    // "từ tháng 7 đến năm 2018" is not read: only a day, month or quarter lends its year.
    if (left.kind === "year" || left.kind === "part" || left.year !== undefined || right.kind === "year") return left;
    const year = right.year === undefined ? {} : { year: right.year };
    if (left.kind === "day" && left.month === undefined) {
      return right.kind === "day" && right.month !== undefined ? { ...left, month: right.month, ...year } : left;
    }
    return { ...left, ...year };
  }

  /** Checks that an endpoint has its month and year, and that its day exists. */
  private complete(endpoint: Endpoint): Complete {
    if (endpoint.kind === "year" || endpoint.kind === "part") return endpoint;
    const [where, whereVi] = at(endpoint.pos);
    if (endpoint.kind === "day" && endpoint.month === undefined) fail(`"${endpoint.raw}" ${where} has no month`, `"${endpoint.raw}" ${whereVi} thiếu tháng`);
    if (endpoint.year === undefined) fail(`"${endpoint.raw}" ${where} has no year`, `"${endpoint.raw}" ${whereVi} thiếu năm`);
    if (endpoint.kind !== "day") return { ...endpoint, year: endpoint.year };
    const { day, year } = endpoint;
    const month = endpoint.month!;
    const limit = daysInMonth(year, month);
    if (day > limit) {
      const [dayWhere, dayWhereVi] = at(endpoint.dayToken.pos);
      fail(
        `day ${day}/${month}/${year} does not exist ${dayWhere}: the month has ${limit} days`,
        `ngày ${day}/${month}/${year} không tồn tại ${dayWhereVi}: tháng này có ${limit} ngày`,
      );
    }
    return { kind: "day", day, month, year };
  }

  private notIncreasing(before: number, month: number, token: Token): never {
    const [where, whereVi] = at(token.pos);
    if (before === month) return fail(`month ${month} is repeated ${where}`, `tháng ${month} bị lặp lại ${whereVi}`);
    return fail(`month ${month} comes after month ${before} ${where}: months go up`, `tháng ${month} đứng sau tháng ${before} ${whereVi}: các tháng phải tăng dần`);
  }

  private unexpected(expected: string, expectedVi: string): never {
    const token = this.peek();
    if (token === undefined) return fail(`expected ${expected} at the end of the text (character ${this.endPos})`, `thiếu ${expectedVi} ở cuối chuỗi (ký tự thứ ${this.endPos})`);
    const [where, whereVi] = at(token.pos);
    return fail(`expected ${expected} ${where}, found "${token.raw}"`, `cần ${expectedVi} ${whereVi}, gặp "${token.raw}"`);
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token?.kind === "word" && token.text === word;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token | undefined {
    return this.tokens[this.index++];
  }

  private done(): boolean {
    return this.index >= this.tokens.length;
  }
}

/** An endpoint with every part known. */
type Complete =
  | { readonly kind: "day"; readonly day: number; readonly month: number; readonly year: number }
  | { readonly kind: "month" | "part"; readonly from: number; readonly to: number; readonly year: number }
  | { readonly kind: "quarter"; readonly quarter: number; readonly year: number }
  | { readonly kind: "year"; readonly year: number };

function windowOf(period: Complete): Window {
  const y = period.year;
  switch (period.kind) {
    case "day": {
      const date = isoDate(y, period.month, period.day);
      return { start: date, end: date };
    }
    case "month":
    case "part":
      return monthSpan(y, period.from, period.to);
    case "quarter":
      return monthSpan(y, period.quarter * 3 - 2, period.quarter * 3);
    case "year":
      return monthSpan(y, 1, 12);
  }
}

function monthSpan(year: number, from: number, to: number): Window {
  return { start: isoDate(year, from, 1), end: isoDate(year, to, daysInMonth(year, to)) };
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function freeze(window: Window): Window {
  // Both ends are real days and in order by construction; toDay() keeps the check honest in development.
  if (toDay(window.end) < toDay(window.start)) throw new RangeError(`internal: ${window.end} is before ${window.start}`);
  return Object.freeze({ start: window.start, end: window.end });
}
