import { PlanError, type SafeResult } from "../errors/PlanError.js";
import { amountError, checkText, safely, surely, type Problem } from "./parseVnd.js";
import { vnd, type Vnd } from "./vnd.js";
import { vndToWords } from "./vndToWords.js";
import { own } from "../_lib/own.js";

/** The longest text that {@link parseVndWords} reads, in UTF-16 code units: 60 digits in words fit well within it. */
const MAX_LENGTH = 1000;
const LIMIT = 10n ** 60n;

/** Written variants that stand for one official word wherever they are. */
const VARIANT: Readonly<Record<string, string>> = { tỉ: "tỷ", ngàn: "nghìn", lẻ: "linh", bẩy: "bảy" };
/** Written variants of the unit after "mươi": 21 "hai mươi một", 25 "hai mươi năm", 24 "hai mươi bốn". */
const AFTER_TENS: Readonly<Record<string, string>> = { một: "mốt", năm: "lăm", bốn: "tư" };
/** The digit of each digit word. */
const DIGIT: Readonly<Record<string, number>> = { không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
/** The other number words. */
const NAMES = /* @__PURE__ */ new Set(["trăm", "mươi", "mười", "linh", "nghìn", "triệu", "tỷ"]);

/** "./." or "." at the end (the end mark of Vietnamese documents). */
const END = /\s*\.(?:\/\.)?$/u;
const PREFIX = /^(?:số tiền\s+)?(?:viết\s+)?bằng chữ\s*:?\s*/u;

/**
 * The value of official number words, read loosely: a digit word waits for "trăm" or "mươi" to use it, the
 * group names close groups, and from 10^9 on the number of tỷ is read as a number of its own, "(count) tỷ
 * (rest below 10^9)". Right for every official text; what it gives for any other text is checked by
 * writing that value back (see {@link read}).
 */
function looseValue(words: readonly string[]): bigint {
  let value = 0n; // the tỷ so far
  let below = 0; // the groups closed below 10^9
  let group = 0; // the current group
  let digit = 0; // a digit word not yet used by "trăm" or "mươi"
  // A last "tỷ" closes the last part, below 10^9.
  for (const word of [...words, "tỷ"]) {
    const d = own(DIGIT, word);
    if (d !== undefined) {
      digit = d;
      continue;
    }
    switch (word) {
      case "trăm":
      case "mươi":
        group += digit * (word === "trăm" ? 100 : 10);
        digit = 0;
        break;
      case "mười":
        group += 10;
        break;
      case "nghìn":
      case "triệu":
        below += (group + digit) * (word === "nghìn" ? 1e3 : 1e6);
        group = digit = 0;
        break;
      case "tỷ":
        value = value * 1_000_000_000n + BigInt(below + group + digit);
        below = group = digit = 0;
        break;
      // "linh" adds nothing: it says that the tens digit is 0.
    }
  }
  return value;
}

const MALFORMED: Problem = [
  `not money in words as the rules write it (groups named tỷ, triệu, nghìn in that order, "không trăm" in each group after the first; see docs/budget.md)`,
  `không đúng quy tắc đọc số tiền bằng chữ (các nhóm tỷ, triệu, nghìn theo thứ tự, mỗi nhóm sau nhóm đầu đọc cả "không trăm"; xem docs/budget.md)`,
];

/**
 * Reads the words, or says what is wrong; never throws. The words are read loosely, then the value is
 * written back with {@link vndToWords}: the text is read only when its words, variants replaced by the
 * official words, are exactly those. So the reader accepts exactly what the rules write, in any variant.
 */
function read(text: unknown): Vnd | PlanError {
  const checked = checkText(text, MAX_LENGTH, "Một trăm nghìn đồng");
  if (checked instanceof PlanError) return checked;
  let body = checked.normalize("NFC").toLowerCase().trim().replace(END, "");
  const enclosed = /^\((.*)\)$/su.exec(body);
  if (enclosed !== null) body = (enclosed[1] ?? "").trim().replace(END, "");
  const words = body.replace(PREFIX, "").split(/\s+/u).filter((word) => word !== "");
  if (words.at(-1) === "chẵn") words.pop();
  if (words.at(-1) === "đồng") words.pop();
  const negative = words[0] === "âm";
  if (negative) words.shift();
  if (words.length === 0) return amountError(text, ["no number words", "không có chữ số nào"]);

  const official: string[] = [];
  for (const word of words) {
    let name = own(VARIANT, word) ?? word;
    if (official.at(-1) === "mươi") name = own(AFTER_TENS, name) ?? name;
    if (!Object.hasOwn(DIGIT, name) && !NAMES.has(name)) {
      return amountError(text, [
        `${JSON.stringify(word.slice(0, 20))} is not a number word`,
        `${JSON.stringify(word.slice(0, 20))} không phải là chữ số`,
      ]);
    }
    official.push(name);
  }
  const magnitude = looseValue(official);
  if (magnitude >= LIMIT) return amountError(text, ["more than 60 digits", "quá 60 chữ số"]);
  const value = negative ? -magnitude : magnitude;
  const written = vndToWords(value, { capitalize: false, currency: false });
  return written === `${negative ? "âm " : ""}${official.join(" ")}` ? vnd(value) : amountError(text, MALFORMED);
}

/**
 * Reads an amount in Vietnamese words, the "Bằng chữ" ("in words") line of a budget estimate, an invoice or
 * a payment order: `"Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn"` is 151.500.000. The inverse of
 * {@link vndToWords}: `parseVndWords(vndToWords(x, options))` is `x` for every amount and every option,
 * so a document's words can be checked against its figure.
 *
 * It reads exactly the grammar of the rules (see `docs/budget.md`): groups of 1–999 named "tỷ", "triệu",
 * "nghìn" in that order, the number of tỷ read as a number of its own ("một nghìn tỷ", "một tỷ tỷ"), every
 * group after the first with its hundreds ("một nghìn không trăm linh năm"), and also what documents and
 * people write for the same words:
 * - "tỉ" for "tỷ", "ngàn" for "nghìn", "lẻ" for "linh", "bẩy" for "bảy", anywhere (north and south mixed);
 * - after "mươi" only: "một" for "mốt" (21 "hai mươi một"), "năm" for "lăm" ("hai mươi năm"), "bốn" for
 *   "tư" ("hai mươi bốn");
 * - any letter case, NFC or NFD, any spaces between the words; "âm" ("minus") first for a negative amount;
 *   "đồng", "chẵn" or "đồng chẵn" at the end, or neither; a trailing "." or "./."; a "Bằng chữ:" (or
 *   "Số tiền bằng chữ:") before the words; the whole in parentheses, "(Bằng chữ: … đồng chẵn)".
 *
 * Anything else is refused, never guessed: a doubled or misplaced group name ("một triệu một triệu"),
 * "mười năm" (15 is "mười lăm"), a group after other words without its hundreds ("một triệu hai": is it
 * 1.000.002 or 1.200.000?), digits among the words, a word that is not a number word.
 *
 * @param text - the words, at most 1000 characters.
 * @returns the amount.
 * @throws {@link PlanError} with one issue, code `invalid_amount`, path `[]`, whose message says what is
 *   wrong in English and Vietnamese; also when `text` is not a string.
 * @example
 * ```ts
 * import { parseVndWords } from "cong-doan-ke-hoach";
 *
 * parseVndWords("Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn").toString(); //=> "151500000"
 * parseVndWords("(Bằng chữ: Ba mươi sáu triệu năm trăm ngàn đồng./.)").toString(); //=> "36500000"
 * parseVndWords("một nghìn hai trăm ba mươi tư tỉ").toString(); //=> "1234000000000"
 * parseVndWords("Hai mươi một nghìn không trăm lẻ năm đồng").toString(); //=> "21005"
 * parseVndWords("Âm ba mươi nghìn đồng").toString(); //=> "-30000"
 * ```
 * @category Money
 */
export function parseVndWords(text: string): Vnd {
  return surely(read, text);
}

/**
 * Reads an amount in words like {@link parseVndWords}, returning the problem instead of throwing it.
 *
 * @param text - anything; only a string can succeed.
 * @returns `{ success: true, data }` with the amount, or `{ success: false, error }` with a
 *   {@link PlanError} whose single issue has code `invalid_amount` and path `[]`.
 * @throws never.
 * @example
 * ```ts
 * import { safeParseVndWords } from "cong-doan-ke-hoach";
 *
 * const ok = safeParseVndWords("Mười lăm tỷ đồng");
 * if (ok.success) console.log(ok.data.toString());
 * //=> "15000000000"
 * const bad = safeParseVndWords("Mười năm tỷ đồng");
 * if (!bad.success) console.log(bad.error.issues[0]?.code);
 * //=> "invalid_amount"
 * ```
 * @category Money
 */
export function safeParseVndWords(text: unknown): SafeResult<Vnd> {
  return safely(read, text);
}
