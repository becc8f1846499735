import { PlanError, type SafeResult } from "../errors/PlanError.js";
import { makeIssue } from "../errors/messages.js";
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

const PLAIN = /^\d+$/;
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}([ \u00a0\u202f])\d{3}(?:\1\d{3})*$/u;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DECIMAL_COMMA = /^(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+),\d+$/u;
const WORDS = /nghìn|ngàn|nghin|ngan|triệu|trieu|tỷ|tỉ|\bty\b|\bti\b|trăm|mươi|mười|\d\s*(?:k|tr|m|b|bn)\b/iu;

type Problem = readonly [detail: string, detailVi: string];

function problem(text: unknown, [detail, detailVi]: Problem): PlanError {
  return new PlanError([makeIssue("invalid_amount", [], { value: text, detail, detailVi })]);
}

/** Why a number part that none of the accepted shapes matched is wrong. */
function numberProblem(number: string): Problem {
  if (number.includes(",")) {
    if (COMMA_GROUPED.test(number)) {
      return [
        `"," groups thousands only in English and is the decimal comma in Vietnamese, so ${JSON.stringify(number)} is ambiguous: group thousands with "." ("151.500.000")`,
        `dấu "," là dấu thập phân trong tiếng Việt nên ${JSON.stringify(number)} không rõ nghĩa: hãy phân cách hàng nghìn bằng dấu "." ("151.500.000")`,
      ];
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

/** Reads the text, or says what is wrong; never throws. */
function read(text: unknown): Vnd | PlanError {
  if (typeof text !== "string") {
    return problem(text, ['expected a string such as "151.500.000 đồng"', 'cần một chuỗi ký tự như "151.500.000 đồng"']);
  }
  if (text.length > MAX_LENGTH) {
    return problem(text, [`longer than ${MAX_LENGTH} characters`, `dài quá ${MAX_LENGTH} ký tự`]);
  }
  const trimmed = text.normalize("NFC").trim();
  if (trimmed === "") return problem(text, ["empty text", "chuỗi rỗng"]);

  const match = SHAPE.exec(trimmed);
  const groups = match?.groups;
  if (groups === undefined) {
    if (WORDS.test(trimmed)) {
      return problem(text, [
        `compact or spelled-out amounts ("1,5 triệu", "30 nghìn", "ba mươi triệu") are not read: write the digits, "1.500.000 đồng"`,
        `không đọc số tiền viết gọn hoặc bằng chữ ("1,5 triệu", "30 nghìn", "ba mươi triệu"): hãy viết bằng chữ số, "1.500.000 đồng"`,
      ]);
    }
    if (/^[-\u2212]?\s*₫.*\S\s*(?:đồng|vnđ|vnd|đ|₫)$/iu.test(trimmed)) {
      return problem(text, [`the currency is written twice`, `đơn vị tiền tệ được ghi hai lần`]);
    }
    if (trimmed.includes("+")) {
      return problem(text, [`"+" is not read: a positive amount has no sign, a negative one a leading "-"`, `không đọc dấu "+": số dương không có dấu, số âm có một dấu "-" ở đầu`]);
    }
    if (/[-\u2212].*[-\u2212]/u.test(trimmed)) {
      return problem(text, [`only one leading "-" is read as a sign`, `chỉ đọc một dấu "-" ở đầu làm dấu âm`]);
    }
    return problem(text, [
      `not an amount such as "151.500.000", "151.500.000 đồng", "10.000.000đ", "10.000 VNĐ" or "₫10.000"`,
      `không phải số tiền dạng "151.500.000", "151.500.000 đồng", "10.000.000đ", "10.000 VNĐ" hoặc "₫10.000"`,
    ]);
  }
  if (groups["sign1"] !== undefined && groups["sign2"] !== undefined) {
    return problem(text, [`only one leading "-" is read as a sign`, `chỉ đọc một dấu "-" ở đầu làm dấu âm`]);
  }
  if (groups["prefix"] !== undefined && groups["suffix"] !== undefined) {
    return problem(text, [`the currency is written twice`, `đơn vị tiền tệ được ghi hai lần`]);
  }

  const number = groups["number"] ?? "";
  let digits: string;
  if (PLAIN.test(number)) digits = number;
  else if (DOT_GROUPED.test(number) || SPACE_GROUPED.test(number)) digits = number.replace(/[.\s]/gu, "");
  else return problem(text, numberProblem(number));

  if (digits.replace(/^0+/, "").length > MAX_DIGITS) {
    return problem(text, [`more than ${MAX_DIGITS} digits`, `quá ${MAX_DIGITS} chữ số`]);
  }
  const negative = groups["sign1"] !== undefined || groups["sign2"] !== undefined;
  const magnitude = BigInt(digits);
  return vnd(negative ? -magnitude : magnitude);
}

/**
 * Reads an amount as Vietnamese documents write it: `"151500000"`, `"30.000.000"`, `"36.500.000 đồng"`,
 * `"100.000 đ"`, `"10.000.000đ"`, `"10.000.000 VNĐ"`, `"10.000.000 VND"`, `"₫10.000"`, `"10.000 ₫"`,
 * `"-1.000 đồng"`.
 *
 * - Digits are plain or grouped by three from the right with `"."` (`"151.500.000"`), or with one kind of
 *   space: a space, a no-break space U+00A0 or a narrow no-break space U+202F (`"151 500 000"`).
 * - The currency is optional: `"đồng"`, `"đ"`, `"VNĐ"`, `"VND"` or `"₫"` after the digits (with or without
 *   a space, any letter case), or `"₫"` before them; not both.
 * - A negative amount has one leading `"-"` (or the minus sign U+2212), before the digits or before a
 *   leading `"₫"`: `"-1.000 đồng"`, `"-₫1.000"`.
 * - Spaces around the text are ignored; NFC and NFD text read the same. Any size up to 60 digits is exact.
 *
 * Not read, each with a message that says why: a `","` between digits (it groups thousands in English but
 * is the decimal comma in Vietnamese, so `"151,500,000"` is ambiguous), a fraction of a đồng
 * (`"1.000,50"`, `"100.5"`), compact or spelled-out amounts (`"1,5 triệu"`, `"30k"`, `"ba mươi triệu"`),
 * a `"+"`, and anything else. Every form that {@link formatVnd} writes without `compact` reads back to
 * the same amount. The accepted forms are listed in `docs/budget.md`.
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
 * ```
 * @category Money
 */
export function parseVnd(text: string): Vnd {
  const result = read(text);
  if (result instanceof PlanError) throw result;
  return result;
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
  let result: Vnd | PlanError;
  try {
    result = read(text);
  } catch (cause) {
    // Not expected: read() reports every problem as a value. Kept so that this function never throws.
    result = cause instanceof PlanError ? cause : new PlanError([makeIssue("invalid_amount", [], { value: text, detail: "the text cannot be read", detailVi: "không đọc được chuỗi" })], { cause });
  }
  return result instanceof PlanError ? { success: false, error: result } : { success: true, data: result };
}
