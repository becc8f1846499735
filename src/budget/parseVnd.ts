import { INVALID_AMOUNT } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type SafeResult } from "../errors/PlanError.js";
import { vnd, type Vnd } from "./vnd.js";

/** The longest text that {@link parseVnd} reads, in UTF-16 code units (`String.length`). */
const MAX_LENGTH = 200;
/** The most digits an amount may have (as {@link vnd} allows). */
const MAX_DIGITS = 60;

/**
 * sign? "₫"? sign? number currency? — the sign at most once, the currency before or after, not both.
 * `\s` covers spaces, tabs, the no-break space U+00A0 and the narrow no-break space U+202F.
 */
const SHAPE = /^(?<sign1>[-\u2212])?(?<prefix>₫\s*)?(?<sign2>[-\u2212])?(?<number>\d(?:[\d.,\s]*\d)?)\s*(?<suffix>đồng|vnđ|vnd|đ|₫)?$/iu;

/**
 * A compact amount, matched in lower case: sign? whole (plain or grouped with ".") (","fraction)? scale
 * currency? — the scale "nghìn"/"ngàn", "triệu", "tỷ"/"tỉ", or "nghìn tỷ", "triệu tỷ".
 */
const COMPACT = /^(?<sign>[-\u2212])?(?<whole>\d+|\d{1,3}(?:\.\d{3})+)(?:,(?<fraction>\d+))?\s*(?<scale>(?:nghìn|ngàn|triệu)(?:\s+t[ỷỉ])?|t[ỷỉ])(?:\s*(?:đồng|vnđ|vnd|đ|₫))?$/u;
/** The power of ten of each scale word. */
const SCALE: Readonly<Record<string, number>> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };

const PLAIN = /^\d+$/;
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}([ \u00a0\u202f])\d{3}(?:\1\d{3})*$/u;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DECIMAL_COMMA = /^(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+),\d+$/u;
/** Matched in lower case: abbreviations of the scale words and the scale words without their accents. */
const ABBREVIATION = /\d\s*(?:k|tr|m|b|bn|nghin|ngan|trieu|ty|ti)(?!\p{L})/u;
/** Matched in lower case: a decimal point before a scale word ("1.5 triệu"). */
const DECIMAL_POINT = /\d\.(?!\d{3}(?!\d))\d+\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)/u;
/** Matched in lower case: a scale word after digits that {@link COMPACT} did not read. */
const LOOSE_COMPACT = /\d\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)/u;
/** Matched in lower case: number words without digits, read by parseVndWords. */
const WORDS = /^[^\d]*(?<!\p{L})(?:trăm|mươi|mười|nghìn|ngàn|triệu|tỷ|tỉ|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)(?!\p{L})/u;

/** A problem: what is wrong, in English and in Vietnamese. @internal */
export type Problem = readonly [detail: string, detailVi: string];

/**
 * The `invalid_amount` error at path `[]` for `text`, with the problem in both languages; a text is quoted,
 * cut to 60 characters.
 *
 * @internal
 */
export function amountError(text: unknown, [detail, detailVi]: Problem): PlanError {
  return new PlanError([newIssue(INVALID_AMOUNT, [], { value: text, detail, detailVi })]);
}

/**
 * `text` when it is a string of at most `limit` UTF-16 code units, else the error; `example` is a text that
 * the reader reads.
 *
 * @internal
 */
export function checkText(text: unknown, limit: number, example: string): string | PlanError {
  if (typeof text !== "string") {
    return amountError(text, [`expected a string such as ${JSON.stringify(example)}, received ${kindOf(text)}`, `cần một chuỗi như ${JSON.stringify(example)}`]);
  }
  return text.length > limit ? amountError(text, [`longer than ${limit} characters`, `dài quá ${limit} ký tự`]) : text;
}

/**
 * The value that `read` gives for `text`, as the `safe*` readers return it; never throws.
 *
 * @internal
 */
export function safely<T>(read: (text: unknown) => T | PlanError, text: unknown): SafeResult<T> {
  let result: T | PlanError;
  try {
    result = read(text);
  } catch (cause) {
    // Not expected: the readers report every problem as a value. Kept so that no safe* function throws.
    result = cause instanceof PlanError ? cause : new PlanError([newIssue(INVALID_AMOUNT, [], { detail: "the text cannot be read", detailVi: "không đọc được chuỗi" })], { cause });
  }
  return result instanceof PlanError ? { success: false, error: result } : { success: true, data: result };
}

/**
 * The value that `read` gives for `text`, or the error thrown.
 *
 * @internal
 */
export function surely<T>(read: (text: unknown) => T | PlanError, text: unknown): T {
  const result = read(text);
  if (result instanceof PlanError) throw result;
  return result;
}

/** Why `number`, with a "," that may group thousands, is ambiguous; `fix` says what to write instead. */
function ambiguous(number: string, fix: string, fixVi: string): Problem {
  return [
    `"," groups thousands only in English and is the decimal comma in Vietnamese, so ${JSON.stringify(number)} is ambiguous: ${fix}`,
    `dấu "," là dấu thập phân trong tiếng Việt nên ${JSON.stringify(number)} không rõ nghĩa: ${fixVi}`,
  ];
}

/** Why a number part that none of the accepted shapes matched is wrong. */
function numberProblem(number: string): Problem {
  if (number.includes(",")) {
    if (COMMA_GROUPED.test(number)) {
      return ambiguous(number, `group thousands with "." ("151.500.000")`, `hãy phân cách hàng nghìn bằng dấu "." ("151.500.000")`);
    }
    if (DECIMAL_COMMA.test(number)) {
      return [
        `a fraction of a đồng after the decimal comma ("${number.slice(number.indexOf(","))}"): amounts are whole đồng`,
        `có phần lẻ của đồng sau dấu thập phân ("${number.slice(number.indexOf(","))}"): số tiền phải là số đồng nguyên`,
      ];
    }
    return [`"," is not read in an amount: group thousands with "." ("151.500.000")`, `không đọc dấu "," trong số tiền: hãy phân cách hàng nghìn bằng dấu "." ("151.500.000")`];
  }
  const dots = number.includes(".");
  const spaces = /\s/u.test(number);
  if (dots && spaces) {
    return [`mixes "." and spaces between the digits: group thousands with "." only`, `dùng lẫn dấu "." và khoảng trắng giữa các chữ số: chỉ phân cách hàng nghìn bằng dấu "."`];
  }
  if (dots) {
    return [
      `"." groups thousands and must be followed by exactly three digits (a decimal point is not read: amounts are whole đồng)`,
      `dấu "." phân cách hàng nghìn, sau nó phải có đúng ba chữ số (không đọc dấu thập phân: số tiền phải là số đồng nguyên)`,
    ];
  }
  return [
    "digits separated by spaces must come in groups of three, with one kind of space",
    "các nhóm chữ số cách nhau bằng khoảng trắng phải có đúng ba chữ số, cùng một loại khoảng trắng",
  ];
}

/** The amount of a compact text that {@link COMPACT} matched, or why it is not whole đồng. */
function readCompact(text: string, groups: Readonly<Record<string, string | undefined>>): Vnd | PlanError {
  const written = groups["whole"] ?? "";
  const rawFraction = groups["fraction"] ?? "";
  const scale = groups["scale"] ?? "";
  // "1,500 triệu": 1,5 triệu with a decimal comma, or 1.500 triệu with an English thousands comma.
  if (rawFraction.length === 3 && /^[1-9]\d{0,2}$/.test(written)) {
    const decimal = `"${written},${rawFraction.replace(/0+$/, "") || "0"} ${scale}"`;
    const thousands = `"${written}.${rawFraction} ${scale}"`;
    return amountError(text, ambiguous(`${written},${rawFraction}`, `write ${decimal} or ${thousands}`, `hãy viết ${decimal} hoặc ${thousands}`));
  }
  const power = scale.split(/\s+/u).reduce((sum, word) => sum + (SCALE[word] ?? 0), 0);
  const fraction = rawFraction.replace(/0+$/, "");
  if (fraction.length > power) {
    return amountError(text, [`${written},${rawFraction} ${scale} is not a whole number of đồng`, `${written},${rawFraction} ${scale} không phải là số đồng nguyên`]);
  }
  const magnitude = BigInt(written.replace(/\./g, "") + fraction) * 10n ** BigInt(power - fraction.length);
  if (magnitude.toString().length > MAX_DIGITS) return amountError(text, [`more than ${MAX_DIGITS} digits`, `quá ${MAX_DIGITS} chữ số`]);
  return vnd(groups["sign"] === undefined ? magnitude : -magnitude);
}

/** Why a text that is neither a figure nor a compact amount is not read, when it looks like one. */
function unreadProblem(lower: string): Problem | undefined {
  if (ABBREVIATION.test(lower)) {
    return [`write the scale word in full, with its accents: "nghìn", "triệu", "tỷ" ("k", "tr", "trieu" are not read)`, `hãy viết đủ đơn vị, có dấu: "nghìn", "triệu", "tỷ" (không đọc "k", "tr", "trieu")`];
  }
  if (WORDS.test(lower)) return [`amounts in words are read by parseVndWords`, `số tiền bằng chữ được đọc bằng parseVndWords`];
  if (DECIMAL_POINT.test(lower)) return [`a decimal is written after ",": "1,5 triệu"`, `phần thập phân viết sau dấu ",": "1,5 triệu"`];
  if (LOOSE_COMPACT.test(lower)) {
    return [`a compact amount is one number, one scale word and an optional currency: "1,3 triệu đồng"`, `số tiền viết gọn gồm một số, một đơn vị và có thể có đơn vị tiền tệ: "1,3 triệu đồng"`];
  }
  return undefined;
}

/**
 * Reads the text as {@link parseVnd} does, or says what is wrong; never throws.
 *
 * @internal
 */
export function readVnd(text: unknown): Vnd | PlanError {
  const checked = checkText(text, MAX_LENGTH, "151.500.000 đồng");
  if (checked instanceof PlanError) return checked;
  const trimmed = checked.normalize("NFC").trim();
  if (trimmed === "") return amountError(text, ["empty text", "chuỗi rỗng"]);

  const lower = trimmed.toLowerCase();
  const compact = COMPACT.exec(lower)?.groups;
  if (compact !== undefined) return readCompact(checked, compact);

  const match = SHAPE.exec(trimmed);
  const groups = match?.groups;
  if (groups === undefined) {
    if (trimmed.includes("+")) {
      return amountError(text, [`"+" is not read: a positive amount has no sign, a negative one a leading "-"`, `không đọc dấu "+": số dương không có dấu, số âm có một dấu "-" ở đầu`]);
    }
    if (/[-\u2212].*[-\u2212]/u.test(trimmed)) {
      return amountError(text, [`only one leading "-" is read as a sign`, `chỉ đọc một dấu "-" ở đầu làm dấu âm`]);
    }
    const why = unreadProblem(lower);
    if (why !== undefined) return amountError(text, why);
    if (/^[-\u2212]?\s*₫.*\S\s*(?:đồng|vnđ|vnd|đ|₫)$/iu.test(trimmed)) {
      return amountError(text, [`the currency is written twice`, `đơn vị tiền tệ được ghi hai lần`]);
    }
    return amountError(text, [
      `not an amount such as "151.500.000", "151.500.000 đồng", "10.000.000đ", "10.000 VNĐ", "₫10.000" or "1,3 triệu đồng"`,
      `không phải số tiền dạng "151.500.000", "151.500.000 đồng", "10.000.000đ", "10.000 VNĐ", "₫10.000" hoặc "1,3 triệu đồng"`,
    ]);
  }
  if (groups["sign1"] !== undefined && groups["sign2"] !== undefined) {
    return amountError(text, [`only one leading "-" is read as a sign`, `chỉ đọc một dấu "-" ở đầu làm dấu âm`]);
  }
  if (groups["prefix"] !== undefined && groups["suffix"] !== undefined) {
    return amountError(text, [`the currency is written twice`, `đơn vị tiền tệ được ghi hai lần`]);
  }

  const number = groups["number"] ?? "";
  let digits: string;
  if (PLAIN.test(number)) digits = number;
  else if (DOT_GROUPED.test(number) || SPACE_GROUPED.test(number)) digits = number.replace(/[.\s]/gu, "");
  else return amountError(text, numberProblem(number));

  if (digits.replace(/^0+/, "").length > MAX_DIGITS) {
    return amountError(text, [`more than ${MAX_DIGITS} digits`, `quá ${MAX_DIGITS} chữ số`]);
  }
  const negative = groups["sign1"] !== undefined || groups["sign2"] !== undefined;
  const magnitude = BigInt(digits);
  return vnd(negative ? -magnitude : magnitude);
}

/**
 * Reads an amount as Vietnamese documents write it: figures (`"151500000"`, `"30.000.000"`,
 * `"36.500.000 đồng"`, `"100.000 đ"`, `"10.000.000đ"`, `"10.000.000 VNĐ"`, `"₫10.000"`, `"-1.000 đồng"`)
 * and compact amounts (`"1,3 triệu đồng"`, `"15 tỷ đồng"`, `"2,5 tỷ"`, `"1.500 tỷ đồng"`, `"500 ngàn"`).
 *
 * - Digits are plain or grouped by three from the right with `"."` (`"151.500.000"`), or with one kind of
 *   space: a space, a no-break space U+00A0 or a narrow no-break space U+202F (`"151 500 000"`).
 * - The currency is optional: `"đồng"`, `"đ"`, `"VNĐ"`, `"VND"` or `"₫"` after the digits (with or without
 *   a space, any letter case), or `"₫"` before them; not both.
 * - A compact amount is a number, a scale word and an optional currency after it: the number plain or
 *   grouped with `"."`, with at most one decimal comma (`"1,3"`, `"1.500"`, `"1.500,5"`); the scale
 *   "nghìn" or "ngàn" (10^3), "triệu" (10^6), "tỷ" or "tỉ" (10^9), "nghìn tỷ" (10^12), "triệu tỷ"
 *   (10^15), in any letter case. It is read exactly, in bigint arithmetic ("1,3 triệu" is 1.300.000), and
 *   must come to whole đồng (`"1,2345 nghìn"` is refused).
 * - A negative amount has one leading `"-"` (or the minus sign U+2212), before the digits or before a
 *   leading `"₫"`: `"-1.000 đồng"`, `"-₫1.000"`, `"-1,5 triệu"`.
 * - Spaces around the text are ignored; NFC and NFD text read the same. Any size up to 60 digits is exact.
 *
 * Not read, each with a message that says why: a `","` between digits of a figure (it groups thousands in
 * English but is the decimal comma in Vietnamese, so `"151,500,000"` is ambiguous), and for the same reason
 * a compact amount whose 1–3 digits are followed by exactly three decimals (`"1,500 tỷ"`: 1,5 tỷ or
 * 1.500 tỷ?); a fraction of a đồng (`"1.000,50"`, `"100.5"`); the abbreviations `"k"`, `"tr"`, `"m"`,
 * `"b"` (`"30k"`, `"1,5tr"`: no document of the corpus writes them); amounts in words (read them with
 * {@link parseVndWords}); a `"+"`, and anything else. Every form that {@link formatVnd} writes without
 * `compact` reads back to the same amount; its compact form reads back to the rounded amount it shows,
 * unless that shows exactly three decimals after 1–3 digits (`"1,235 triệu"`, possible with
 * `maximumFractionDigits` of 3 or more). The accepted forms are listed in `docs/budget.md`.
 *
 * @param text - the amount as written, at most 200 characters.
 * @returns the amount.
 * @throws {@link PlanError} with one issue, code `invalid_amount`, path `[]`, whose message says what is
 *   wrong in English and Vietnamese; also when `text` is not a string.
 * @example
 * ```ts
 * import { parseVnd } from "cong-doan-ke-hoach";
 *
 * parseVnd("151.500.000 đồng").toString(); //=> "151500000"
 * parseVnd("10.000.000đ").toString(); //=> "10000000"
 * parseVnd("₫10.000").toString(); //=> "10000"
 * parseVnd("-1.000 VNĐ").toString(); //=> "-1000"
 * parseVnd("151 500 000").toString(); //=> "151500000"
 * parseVnd("1,3 triệu đồng").toString(); //=> "1300000"
 * parseVnd("1.500 tỷ đồng").toString(); //=> "1500000000000"
 * parseVnd("500 ngàn").toString(); //=> "500000"
 * ```
 * @category Money
 */
export function parseVnd(text: string): Vnd {
  return surely(readVnd, text);
}

/**
 * Reads an amount like {@link parseVnd}, returning the problem instead of throwing it.
 *
 * @param text - anything; only a string can succeed.
 * @returns `{ success: true, data }` with the amount, or `{ success: false, error }` with a
 *   {@link PlanError} whose single issue has code `invalid_amount` and path `[]`.
 * @throws never.
 * @example
 * ```ts
 * import { safeParseVnd } from "cong-doan-ke-hoach";
 *
 * const ok = safeParseVnd("36.500.000 đồng");
 * if (ok.success) console.log(ok.data.toString());
 * //=> "36500000"
 * const bad = safeParseVnd("1.000,50");
 * if (!bad.success) console.log(bad.error.issues[0]?.code);
 * //=> "invalid_amount"
 * ```
 * @category Money
 */
export function safeParseVnd(text: unknown): SafeResult<Vnd> {
  return safely(readVnd, text);
}
