import { PlanError, type SafeResult } from "../errors/PlanError.js";
import { makeIssue } from "../errors/messages.js";

/**
 * The citation of a Vietnamese administrative document (số hiệu văn bản), written
 * `number[/year]/TYPE-ISSUER`: `"284/HD-TLĐ"` is Guidance (Hướng dẫn) 284 of the Confederation (TLĐ),
 * `"30/2020/NĐ-CP"` is Decree (Nghị định) 30 of 2020 of the Government (Chính phủ).
 *
 * Values returned by {@link parseDocumentReference} are frozen, in Unicode NFC, and have no `year` key
 * when the citation has no year.
 *
 * @example
 * ```ts
 * import type { DocumentReference } from "cong-doan-ke-hoach";
 *
 * const guidance: DocumentReference = { number: "284", type: "HD", issuer: "TLĐ" };
 * const decree: DocumentReference = { number: "30", year: 2020, type: "NĐ", issuer: "CP" };
 * ```
 * @category Documents
 */
export interface DocumentReference {
  /** The number (số), digits with an optional trailing letter, kept as written: `"284"`, `"01"`, `"12a"`. */
  readonly number: string;
  /** The year of issue (năm ban hành), 1945 to 9999, when the citation carries one: `2020` in `"30/2020/NĐ-CP"`. */
  readonly year?: number;
  /** The document type code (tên loại văn bản): `"HD"`, `"QĐ"`, `"NQ"`, `"KH"`, `"NĐ"`, `"TTr"`. */
  readonly type: string;
  /** The issuer code (cơ quan ban hành), possibly hyphenated: `"TLĐ"`, `"TTg"`, `"BCH-TLĐ"`. */
  readonly issuer: string;
}

/** The longest text {@link parseDocumentReference} reads; longer text is rejected without further work. */
const MAX_LENGTH = 200;

/**
 * The capital letters of Vietnamese, precomposed (NFC): A–Z, Đ and the 66 capital vowels with marks. In
 * U+1EA0 (Ạ) to U+1EF9 (ỹ) capitals and small letters alternate, so that block's capitals are listed.
 */
const UPPER = "A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĐĨŨƠƯ" + evenCodePoints(0x1ea0, 0x1ef8);
/** Every letter of Vietnamese, capital and small. */
const LETTER = "A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ";

const NUMBER = "[0-9]+[A-Za-z]?";
const YEAR = "194[5-9]|19[5-9][0-9]|[2-9][0-9]{3}";
/** A code: a capital letter, then letters of either case (`"HD"`, `"QĐ"`, `"TTg"`, `"TTr"`). */
const CODE = `[${UPPER}][${LETTER}]*`;
const ISSUER = `${CODE}(?:-${CODE})*`;

const NUMBER_FIELD = new RegExp(`^${NUMBER}$`);
const YEAR_FIELD = new RegExp(`^(?:${YEAR})$`);
const TYPE_FIELD = new RegExp(`^${CODE}$`);
const ISSUER_FIELD = new RegExp(`^${ISSUER}$`);

/**
 * The canonical form of a document reference, as {@link formatDocumentReference} writes it:
 * `number[/year]/TYPE-ISSUER`, no spaces. The number is digits with an optional trailing ASCII letter;
 * the year four digits from 1945 to 9999; the type one code and the issuer one or more codes joined by
 * hyphens, where a code is a Vietnamese capital letter followed by Vietnamese letters of either case.
 *
 * Its `source` uses only what JSON Schema's ECMA-262 regular expressions support (anchors, character classes and ranges of
 * literal precomposed letters, numbered groups), so it can serve as a schema `pattern`. It captures
 * the number (1), the year (2, when present), the type (3) and the issuer (4). Lenient input such as
 * `"Số 284 / HD - TLĐ"` does not match it: use {@link parseDocumentReference} or
 * {@link isDocumentReference} for that.
 *
 * @example
 * ```ts
 * import { DOCUMENT_REFERENCE_PATTERN } from "cong-doan-ke-hoach";
 *
 * DOCUMENT_REFERENCE_PATTERN.test("30/2020/NĐ-CP"); //=> true
 * DOCUMENT_REFERENCE_PATTERN.test("284 / HD - TLĐ"); //=> false
 * const schema = { type: "string", pattern: DOCUMENT_REFERENCE_PATTERN.source };
 * ```
 * @category Documents
 */
export const DOCUMENT_REFERENCE_PATTERN: RegExp = new RegExp(
  `^(${NUMBER})/(?:(${YEAR})/)?(${CODE})-(${ISSUER})$`,
);

const PREFIX = /^(?:[Ss]ố|SỐ)\s*:?\s*/;
const SPACED_SEPARATOR = /\s*([/-])\s*/g;

/**
 * Reads a document reference such as `"284/HD-TLĐ"`, `"655/QĐ-TTg"` or `"30/2020/NĐ-CP"`.
 *
 * The text is normalised to Unicode NFC first (so NFD input reads the same), then surrounding
 * whitespace, an optional leading `"Số"` / `"số"` / `"SỐ"` (with an optional colon) and spaces around
 * `/` and `-` are ignored. The type is the part between the last `/` and the first `-` after it; the
 * issuer is everything after that hyphen (`"15/QĐ-BCH-TLĐ"` → issuer `"BCH-TLĐ"`).
 *
 * @param text - the citation, at most 200 characters.
 * @returns a frozen {@link DocumentReference}, without a `year` key when the citation has no year.
 * @throws {@link PlanError} with one issue, code `invalid_document_reference` and path `[]`, for
 *   anything else: a value that is not a string, text longer than 200 characters, an empty text, no
 *   type or issuer, a type starting with a small letter (`"284/hd-TLĐ"`), a year outside 1945–9999
 *   (`"1/99/NĐ-CP"`), extra slashes, or any other character.
 * @example
 * ```ts
 * import { parseDocumentReference } from "cong-doan-ke-hoach";
 *
 * parseDocumentReference("284/HD-TLĐ");
 * //=> { number: "284", type: "HD", issuer: "TLĐ" }
 * parseDocumentReference("Số 30 / 2020 / NĐ - CP");
 * //=> { number: "30", year: 2020, type: "NĐ", issuer: "CP" }
 * parseDocumentReference("15/QĐ-BCH-TLĐ").issuer;
 * //=> "BCH-TLĐ"
 * ```
 * @category Documents
 */
export function parseDocumentReference(text: string): DocumentReference {
  const reference = readReference(text);
  if (reference === undefined) throw referenceError(describe(text));
  return reference;
}

/**
 * Reads a document reference like {@link parseDocumentReference}, returning the problem instead of
 * throwing it.
 *
 * @param text - anything; only a string can succeed.
 * @returns `{ success: true, data }` with the frozen reference, or `{ success: false, error }` with a
 *   {@link PlanError} whose single issue has code `invalid_document_reference` and path `[]`.
 * @example
 * ```ts
 * import { safeParseDocumentReference } from "cong-doan-ke-hoach";
 *
 * const ok = safeParseDocumentReference("655/QĐ-TTg");
 * if (ok.success) console.log(ok.data.issuer);
 * //=> "TTg"
 * const bad = safeParseDocumentReference("284/hd-TLĐ");
 * if (!bad.success) console.log(bad.error.issues[0]?.code);
 * //=> "invalid_document_reference"
 * ```
 * @category Documents
 */
export function safeParseDocumentReference(text: unknown): SafeResult<DocumentReference> {
  const reference = readReference(text);
  if (reference === undefined) return { success: false, error: referenceError(describe(text)) };
  return { success: true, data: reference };
}

/**
 * Tells whether a value is a string that {@link parseDocumentReference} accepts, lenient forms
 * included (`"Số 284 / HD - TLĐ"`). To test for the canonical form only, use
 * {@link DOCUMENT_REFERENCE_PATTERN}.
 *
 * @param text - anything.
 * @returns `true` when parsing would succeed, `false` otherwise; never throws.
 * @example
 * ```ts
 * import { isDocumentReference } from "cong-doan-ke-hoach";
 *
 * isDocumentReference("01/2017/TT-BLĐTBXH"); //=> true
 * isDocumentReference("284/hd-TLĐ"); //=> false
 * isDocumentReference(284); //=> false
 * ```
 * @category Documents
 */
export function isDocumentReference(text: unknown): boolean {
  return readReference(text) !== undefined;
}

/**
 * Writes a document reference in its canonical form, `number[/year]/TYPE-ISSUER` with no spaces, so
 * that `parseDocumentReference(formatDocumentReference(r))` deep-equals `r` (for `r` in NFC, as every
 * parsed reference is). Text fields are normalised to NFC before they are checked; keys other than
 * `number`, `year`, `type` and `issuer` are ignored, and `year: undefined` counts as no year.
 *
 * @param ref - the reference to write.
 * @returns the canonical citation, such as `"284/HD-TLĐ"` or `"30/2020/NĐ-CP"`.
 * @throws {@link PlanError} with one issue, code `invalid_document_reference` and path `[]`, when `ref`
 *   is not an object whose fields read as {@link parseDocumentReference} would read them (a small-letter
 *   type, a year that is not a whole number from 1945 to 9999, a number that is not digits, …) or when the
 *   result would be longer than 200 characters.
 * @example
 * ```ts
 * import { formatDocumentReference } from "cong-doan-ke-hoach";
 *
 * formatDocumentReference({ number: "284", type: "HD", issuer: "TLĐ" });
 * //=> "284/HD-TLĐ"
 * formatDocumentReference({ number: "30", year: 2020, type: "NĐ", issuer: "CP" });
 * //=> "30/2020/NĐ-CP"
 * ```
 * @category Documents
 */
export function formatDocumentReference(ref: DocumentReference): string {
  const text = writeReference(ref);
  if (text === undefined) throw referenceError(describeObject(ref));
  return text;
}

function readReference(text: unknown): DocumentReference | undefined {
  if (typeof text !== "string" || text.length > MAX_LENGTH) return undefined;
  const compact = text
    .normalize("NFC")
    .trim()
    .replace(PREFIX, "")
    .replace(SPACED_SEPARATOR, "$1");
  const match = DOCUMENT_REFERENCE_PATTERN.exec(compact);
  if (match === null) return undefined;
  const [, number, year, type, issuer] = match;
  if (number === undefined || type === undefined || issuer === undefined) return undefined;
  return Object.freeze(
    year === undefined ? { number, type, issuer } : { number, year: Number(year), type, issuer },
  );
}

/**
 * Writes the canonical text when every field is valid on its own, so that no field can borrow a
 * separator from its neighbour (a type `"HD-X"` or a number `"284/2017"` would read back differently).
 */
function writeReference(ref: unknown): string | undefined {
  if (typeof ref !== "object" || ref === null) return undefined;
  const fields = ref as Record<string, unknown>;
  const number = nfc(fields["number"]);
  const type = nfc(fields["type"]);
  const issuer = nfc(fields["issuer"]);
  const year = fields["year"];
  if (number === undefined || !NUMBER_FIELD.test(number)) return undefined;
  if (type === undefined || !TYPE_FIELD.test(type)) return undefined;
  if (issuer === undefined || !ISSUER_FIELD.test(issuer)) return undefined;
  if (year !== undefined && (typeof year !== "number" || !YEAR_FIELD.test(String(year)))) return undefined;
  const text = `${number}/${year === undefined ? "" : `${year}/`}${type}-${issuer}`;
  return text.length > MAX_LENGTH ? undefined : text;
}

function nfc(value: unknown): string | undefined {
  return typeof value === "string" && value.length <= MAX_LENGTH ? value.normalize("NFC") : undefined;
}

function referenceError(value: string): PlanError {
  return new PlanError([makeIssue("invalid_document_reference", [], { value })]);
}

/** The value as the message shows it: the text itself (shortened), or its kind in parentheses. */
function describe(value: unknown): string {
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  if (value === null) return "(null)";
  if (Array.isArray(value)) return "(array)";
  return `(${typeof value})`;
}

function describeObject(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return describe(value);
  const { number, year, type, issuer } = value as Record<string, unknown>;
  const part = (field: unknown): string => (typeof field === "string" ? field : describe(field));
  const yearPart = year === undefined ? "" : `${typeof year === "number" ? String(year) : describe(year)}/`;
  return describe(`${part(number)}/${yearPart}${part(type)}-${part(issuer)}`);
}

function evenCodePoints(first: number, last: number): string {
  let letters = "";
  for (let code = first; code <= last; code += 2) letters += String.fromCharCode(code);
  return letters;
}
