import { INVALID_DOCUMENT_REFERENCE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError, type SafeResult } from "../errors/PlanError.js";
import { documentTypeCodes, isDocumentTypeCode, isJointTypeCode } from "./_lib/documentTypes.js";

/**
 * The numbering system of a citation (số và ký hiệu văn bản), told apart by its form:
 *
 * - `"state"`: documents numbered under Decree 30/2020/NĐ-CP on clerical work, which state bodies, the
 *   trade unions and most other organisations follow: `number[/year]/TYPE-ISSUER` (`"284/HD-TLĐ"`,
 *   `"30/2020/NĐ-CP"`); laws and resolutions of the National Assembly, `number/year/ISSUER`
 *   (`"50/2024/QH15"`); joint documents whose issuers follow a slash (`"02/KHLT/LĐLĐ-TĐTN"`).
 * - `"party"`: documents of the Communist Party numbered under the Party's Hướng dẫn 36-HD/VPTW,
 *   `number-TYPE/ISSUER` (`"29-NQ/TW"`), a form that the Youth Union (Đoàn TNCS Hồ Chí Minh) also uses
 *   (`"16-HD/TĐTN"`). The form, not the author, decides: an old state document written this way
 *   (`"35-L/CTN"`) reads as `"party"` too.
 * - `"letter"`: official letters (công văn) under Decree 30, which carry no type code:
 *   `number/ISSUER-DRAFTER` (`"8019/TLĐ-TG"`).
 *
 * @example
 * ```ts
 * import { parseDocumentReference, type DocumentNumberingSystem } from "cong-doan-ke-hoach";
 *
 * const system: DocumentNumberingSystem = parseDocumentReference("29-NQ/TW").system;
 * ```
 * @category Documents
 */
export type DocumentNumberingSystem = "state" | "party" | "letter";

/**
 * The citation of a Vietnamese document (số và ký hiệu văn bản) in one of the three numbering systems
 * (see {@link DocumentNumberingSystem}):
 *
 * | system | form | example | reads as |
 * |---|---|---|---|
 * | `"state"` | `number[/year]/TYPE-ISSUER` | `"284/HD-TLĐ"`, `"30/2020/NĐ-CP"` | Guidance 284 of the Confederation; Decree 30 of 2020 of the Government |
 * | `"state"` | `number/year/ISSUER` | `"50/2024/QH15"` | Law 50 of 2024 of the 15th National Assembly (no type code) |
 * | `"state"` | `number[/year]/TYPE/ISSUER-CO-ISSUER…` | `"02/KHLT/LĐLĐ-TĐTN"` | a joint plan of a labour federation and a provincial Youth Union |
 * | `"party"` | `number-TYPE/ISSUER` | `"29-NQ/TW"` | Resolution 29 of the Party's Central Committee |
 * | `"letter"` | `number/ISSUER-DRAFTER` | `"8019/TLĐ-TG"` | letter 8019 of the Confederation, drafted by its Ban Tuyên giáo |
 *
 * Values returned by {@link parseDocumentReference} are deeply frozen, in Unicode NFC, and have only the
 * keys that the citation fills: no `year`, `type`, `coIssuers` or `drafter` key when it has none.
 *
 * @example
 * ```ts
 * import type { DocumentReference } from "cong-doan-ke-hoach";
 *
 * const guidance: DocumentReference = { number: "284", type: "HD", issuer: "TLĐ", system: "state" };
 * const decree: DocumentReference = { number: "30", year: 2020, type: "NĐ", issuer: "CP", system: "state" };
 * const law: DocumentReference = { number: "50", year: 2024, issuer: "QH15", system: "state" };
 * const resolution: DocumentReference = { number: "29", type: "NQ", issuer: "TW", system: "party" };
 * const letter: DocumentReference = { number: "8019", issuer: "TLĐ", drafter: "TG", system: "letter" };
 * const joint: DocumentReference = { number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: ["TĐTN"], system: "state" };
 * ```
 * @category Documents
 */
export interface DocumentReference {
  /** The number (số), digits with an optional trailing letter, kept as written: `"284"`, `"01"`, `"12a"`. */
  readonly number: string;
  /**
   * The year of issue (năm ban hành), 1945 to 9999, when the citation carries one: `2020` in
   * `"30/2020/NĐ-CP"`. Only state documents do (legal documents, under Decree 30); Party numbers run per
   * committee term (Hướng dẫn 36-HD/VPTW) and letters carry none.
   */
  readonly year?: number;
  /**
   * The document type code (chữ viết tắt tên loại văn bản): `"HD"`, `"QĐ"`, `"NQ"`, `"KH"`, `"NĐ"`,
   * `"TTr"`, `"KHLT"`; see {@link documentTypeName}. Absent for a letter and for a law (`"50/2024/QH15"`).
   */
  readonly type?: string;
  /**
   * The issuer code (chữ viết tắt tên cơ quan ban hành), possibly hyphenated as written: `"TLĐ"`, `"TTg"`,
   * `"BCH-TLĐ"`, `"TW"`, `"QH15"` (the National Assembly of the 15th term). For a joint document whose
   * issuers follow a slash, the first of them.
   */
  readonly issuer: string;
  /**
   * The other issuers of a joint document (văn bản liên tịch) whose type is a joint type (KHLT, TTLT, NQLT,
   * HDLT…) and whose issuers follow a slash: `["TĐTN"]` in `"02/KHLT/LĐLĐ-TĐTN"`, `["BNV"]` in
   * `"01-HDLT/BTCTW-BNV"`. After a hyphen (`"05/2015/TTLT-BLĐTBXH-BTC"`) the issuers stay together in
   * {@link DocumentReference.issuer}, as every hyphenated issuer does.
   */
  readonly coIssuers?: readonly string[];
  /**
   * The drafting unit of a letter (đơn vị soạn thảo) or the field it deals with: `"TG"` (Ban Tuyên giáo)
   * in `"8019/TLĐ-TG"`, `"CTTN&BĐG"` in `"8935/BNV-CTTN&BĐG"`. Only letters have one.
   */
  readonly drafter?: string;
  /** The numbering system, see {@link DocumentNumberingSystem}. */
  readonly system: DocumentNumberingSystem;
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
/** The National Assembly (QH) or its Standing Committee (UBTVQH) of a term: `"QH15"`, `"UBTVQH14"`. */
const LEGISLATURE = "(?:UBTVQH|QH)[0-9]{1,2}";
const ISSUER_CODE = `(?:${LEGISLATURE}|${CODE})`;
const ISSUERS = `${ISSUER_CODE}(?:-${ISSUER_CODE})*`;
const JOINT_ISSUERS = `${ISSUER_CODE}(?:-${ISSUER_CODE})+`;
/** A drafting unit: codes joined by `&` (`"CTTN&BĐG"`), possibly hyphenated. */
const DRAFTER_CODE = `${CODE}(?:&${CODE})*`;
const DRAFTER = `${DRAFTER_CODE}(?:-${DRAFTER_CODE})*`;
const KNOWN_TYPE = `(?:${documentTypeCodes().join("|")})`;
const JOINT_TYPE = `(?:${documentTypeCodes(true).join("|")})`;

const NUMBER_FIELD = /* @__PURE__ */ new RegExp(`^${NUMBER}$`);
const YEAR_FIELD = /* @__PURE__ */ new RegExp(`^(?:${YEAR})$`);
const CODE_FIELD = /* @__PURE__ */ new RegExp(`^${CODE}$`);
const ISSUER_CODE_FIELD = /* @__PURE__ */ new RegExp(`^${ISSUER_CODE}$`);
const ISSUERS_FIELD = /* @__PURE__ */ new RegExp(`^${ISSUERS}$`);
const LEGISLATURE_FIELD = /* @__PURE__ */ new RegExp(`^${LEGISLATURE}$`);
const DRAFTER_FIELD = /* @__PURE__ */ new RegExp(`^${DRAFTER}$`);

const PARTY_FORM = /* @__PURE__ */ new RegExp(`^(${NUMBER})-(${CODE})/(${ISSUERS})$`);
const STATE_FORM = /* @__PURE__ */ new RegExp(`^(${NUMBER})/(?:(${YEAR})/)?(.+)$`);
const TYPED_REST = /* @__PURE__ */ new RegExp(`^(${CODE})-(${ISSUERS})$`);
const JOINT_REST = /* @__PURE__ */ new RegExp(`^(${CODE})/(${JOINT_ISSUERS})$`);
const LETTER_REST = /* @__PURE__ */ new RegExp(`^(${ISSUER_CODE})-(${DRAFTER})$`);

/**
 * The canonical forms of a document reference, exactly the texts that {@link formatDocumentReference}
 * writes (no spaces, no `"Số"`, Unicode NFC):
 *
 * - state: `number/year/TYPE-ISSUER`, `number/TYPE-ISSUER` where TYPE is a known type code (see
 *   {@link documentTypeName}), `number/year/QHn` or `number/year/UBTVQHn` (a law, an ordinance or a
 *   resolution of the National Assembly or its Standing Committee, without type), and
 *   `number[/year]/JOINT/ISSUER-CO-ISSUER…` where JOINT is a joint type code (KHLT, TTLT…);
 * - party: `number-TYPE/ISSUER`;
 * - letter: `number/ISSUER-DRAFTER`, where ISSUER is not a known type code.
 *
 * The number is digits with an optional trailing ASCII letter; the year four digits from 1945 to 9999; a
 * code a Vietnamese capital letter followed by Vietnamese letters of either case (or `QH`/`UBTVQH` and a
 * term, as an issuer); an issuer one or more codes joined by hyphens; a drafter codes joined by `&` or
 * hyphens (`"CTTN&BĐG"`).
 *
 * Its `source` uses only what JSON Schema's ECMA-262 regular expressions support (anchors, character
 * classes and ranges of literal precomposed letters, groups, a lookahead), so it can serve as a schema
 * `pattern`; it captures nothing. Lenient input such as `"Số 284 / HD - TLĐ"` does not match it: use
 * {@link parseDocumentReference} or {@link isDocumentReference} for that.
 *
 * @example
 * ```ts
 * import { DOCUMENT_REFERENCE_PATTERN } from "cong-doan-ke-hoach";
 *
 * DOCUMENT_REFERENCE_PATTERN.test("30/2020/NĐ-CP"); //=> true
 * DOCUMENT_REFERENCE_PATTERN.test("29-NQ/TW"); //=> true
 * DOCUMENT_REFERENCE_PATTERN.test("8019/TLĐ-TG"); //=> true
 * DOCUMENT_REFERENCE_PATTERN.test("284 / HD - TLĐ"); //=> false
 * const schema = { type: "string", pattern: DOCUMENT_REFERENCE_PATTERN.source };
 * ```
 * @category Documents
 */
export const DOCUMENT_REFERENCE_PATTERN: RegExp = /* @__PURE__ */ new RegExp(
  `^${NUMBER}(?:/(?:(?:${YEAR})/(?:${CODE}-${ISSUERS}|${LEGISLATURE}|${JOINT_TYPE}/${JOINT_ISSUERS})` +
    `|${JOINT_TYPE}/${JOINT_ISSUERS}|${KNOWN_TYPE}-${ISSUERS}|(?!${KNOWN_TYPE}-)${ISSUER_CODE}-${DRAFTER})` +
    `|-${CODE}/${ISSUERS})$`,
);

const PREFIX = /^(?:[Ss]ố|SỐ)\s*:?\s*/;
const SPACED_SEPARATOR = /\s*([/&-])\s*/g;

/**
 * Reads a document reference in any of the three numbering systems (see {@link DocumentNumberingSystem}):
 * `"284/HD-TLĐ"`, `"30/2020/NĐ-CP"`, `"50/2024/QH15"`, `"02/KHLT/LĐLĐ-TĐTN"`, `"29-NQ/TW"`,
 * `"8019/TLĐ-TG"`.
 *
 * The text is normalised to Unicode NFC first (so NFD input reads the same), then surrounding
 * whitespace, an optional leading `"Số"` / `"số"` / `"SỐ"` (with an optional colon) and spaces around
 * `/`, `-` and `&` are ignored. Then, following Decree 30/2020/NĐ-CP (Appendix I) and the Party's
 * Hướng dẫn 36-HD/VPTW:
 *
 * - `number-TYPE/ISSUER` is a Party document: the hyphen follows the number and a slash the type.
 * - `number/year/…` is a state document with a year: `TYPE-ISSUER` (any type code: `"1/1945/SL-CTN"`),
 *   or `QHn` / `UBTVQHn` alone for a law, ordinance or resolution of the National Assembly or its
 *   Standing Committee (`"50/2024/QH15"`), which has no type code.
 * - `number/CODE-REST` without a year is a typed document when CODE is a type code (`"284/HD-TLĐ"`:
 *   HD is Hướng dẫn) and otherwise a letter (công văn), whose part after the slash is `ISSUER-DRAFTER`
 *   (`"8019/TLĐ-TG"`: TLĐ is no type, so it is the issuer and TG the drafting unit). The type codes are
 *   those of {@link documentTypeName}; an issuer whose code is also a type code (a council "HĐ", say)
 *   cannot be told from a typed document and reads as one.
 * - `number[/year]/JOINT/ISSUER-CO-ISSUER…`, with a joint type code (KHLT, TTLT, NQLT, HDLT…) and at
 *   least two issuers after the second slash, is a joint document: the first issuer in `issuer`, the
 *   others in `coIssuers`. A Party joint type splits its issuers in the same way (`"01-HDLT/BTCTW-BNV"`).
 *
 * Everywhere else a hyphenated issuer is kept whole (`"15/QĐ-BCH-TLĐ"` → issuer `"BCH-TLĐ"`). A letter's
 * drafter is everything after the issuer's hyphen.
 *
 * @param text - the citation, at most 200 characters.
 * @returns a deeply frozen {@link DocumentReference} with only the keys the citation fills.
 * @throws {@link PlanError} with one issue, code `invalid_document_reference` and path `[]`, for
 *   anything else: a value that is not a string, text longer than 200 characters, an empty text, no
 *   type or issuer (`"284/TLĐ"`), a type starting with a small letter (`"284/hd-TLĐ"`), a year outside
 *   1945–9999 (`"1/99/NĐ-CP"`), a year in a Party number or a letter, a slash after a type that is not
 *   joint (`"284/HD/TLĐ"`), extra slashes, or any other character.
 * @example
 * ```ts
 * import { parseDocumentReference } from "cong-doan-ke-hoach";
 *
 * parseDocumentReference("284/HD-TLĐ");
 * //=> { number: "284", type: "HD", issuer: "TLĐ", system: "state" }
 * parseDocumentReference("Số 30 / 2020 / NĐ - CP");
 * //=> { number: "30", year: 2020, type: "NĐ", issuer: "CP", system: "state" }
 * parseDocumentReference("50/2024/QH15");
 * //=> { number: "50", year: 2024, issuer: "QH15", system: "state" }
 * parseDocumentReference("02/KHLT/LĐLĐ-TĐTN");
 * //=> { number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: ["TĐTN"], system: "state" }
 * parseDocumentReference("29-NQ/TW");
 * //=> { number: "29", type: "NQ", issuer: "TW", system: "party" }
 * parseDocumentReference("8019/TLĐ-TG");
 * //=> { number: "8019", issuer: "TLĐ", drafter: "TG", system: "letter" }
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
 * isDocumentReference("29-NQ/TW"); //=> true
 * isDocumentReference("284/hd-TLĐ"); //=> false
 * isDocumentReference(284); //=> false
 * ```
 * @category Documents
 */
export function isDocumentReference(text: unknown): boolean {
  return readReference(text) !== undefined;
}

/**
 * Writes a document reference in its canonical form (see {@link DOCUMENT_REFERENCE_PATTERN}), so that
 * `parseDocumentReference(formatDocumentReference(r))` deep-equals `r` for every `r` that
 * {@link parseDocumentReference} returns, and every citation it accepts is written back as it was
 * written, without spaces or `"Số"`.
 *
 * Text fields are normalised to NFC before they are checked; keys other than those of
 * {@link DocumentReference} are ignored, and a key whose value is `undefined` counts as absent, as does
 * an empty `coIssuers`. Without `system`, a reference with a `drafter` is a letter and any other a state
 * document (a Party reference must say `system: "party"`). The fields must fit the system, so that the
 * text reads back the same:
 *
 * - `"state"`: no drafter; a `type`, which must be a type code of {@link documentTypeName} unless there
 *   is a `year`; or no type, a `year` and an issuer `QHn` or `UBTVQHn` (a law). With `coIssuers`, the
 *   type must be joint and each issuer one code (no hyphen); it is written `number[/year]/TYPE/A-B`.
 * - `"party"`: a `type`, no year and no drafter; with a joint type the issuer is one code and
 *   `coIssuers` may follow.
 * - `"letter"`: no year, type or co-issuers; an `issuer` of one code that is not a type code, and a
 *   `drafter`.
 *
 * @param ref - the reference to write; `system` may be left out as described above.
 * @returns the canonical citation, such as `"284/HD-TLĐ"`, `"29-NQ/TW"` or `"8019/TLĐ-TG"`.
 * @throws {@link PlanError} with one issue, code `invalid_document_reference` and path `[]`, when `ref`
 *   is not an object whose fields read as {@link parseDocumentReference} would read them (a small-letter
 *   type, a year that is not a whole number from 1945 to 9999, a number that is not digits, a drafter on
 *   a decree, an unknown `system`…) or when the result would be longer than 200 characters.
 * @example
 * ```ts
 * import { formatDocumentReference } from "cong-doan-ke-hoach";
 *
 * formatDocumentReference({ number: "284", type: "HD", issuer: "TLĐ", system: "state" });
 * //=> "284/HD-TLĐ"
 * formatDocumentReference({ number: "30", year: 2020, type: "NĐ", issuer: "CP" });
 * //=> "30/2020/NĐ-CP"
 * formatDocumentReference({ number: "29", type: "NQ", issuer: "TW", system: "party" });
 * //=> "29-NQ/TW"
 * formatDocumentReference({ number: "8019", issuer: "TLĐ", drafter: "TG", system: "letter" });
 * //=> "8019/TLĐ-TG"
 * formatDocumentReference({ number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: ["TĐTN"], system: "state" });
 * //=> "02/KHLT/LĐLĐ-TĐTN"
 * ```
 * @category Documents
 */
export function formatDocumentReference(ref: DocumentReference | Omit<DocumentReference, "system">): string {
  let text: string | undefined;
  try {
    text = writeReference(ref);
  } catch {
    text = undefined;
  }
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
  const fields = readCompact(compact);
  return fields === undefined ? undefined : build(fields);
}

interface Fields {
  number: string;
  year?: number | undefined;
  type?: string | undefined;
  issuer: string;
  coIssuers?: readonly string[] | undefined;
  drafter?: string | undefined;
  system: DocumentNumberingSystem;
}

function readCompact(text: string): Fields | undefined {
  const party = PARTY_FORM.exec(text);
  if (party !== null) {
    const [, number = "", type = "", issuers = ""] = party;
    return { number, type, ...splitIssuers(type, issuers), system: "party" };
  }
  const state = STATE_FORM.exec(text);
  if (state === null) return undefined;
  const [, number = "", yearText, rest = ""] = state;
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && LEGISLATURE_FIELD.test(rest)) return { number, year, issuer: rest, system: "state" };
  const typed = TYPED_REST.exec(rest);
  if (typed !== null) {
    const [, type = "", issuer = ""] = typed;
    if (year !== undefined || isDocumentTypeCode(type)) return { number, year, type, issuer, system: "state" };
  }
  const joint = JOINT_REST.exec(rest);
  if (joint !== null) {
    const [, type = "", issuers = ""] = joint;
    if (isJointTypeCode(type)) return { number, year, type, ...splitIssuers(type, issuers), system: "state" };
  }
  const letter = year === undefined ? LETTER_REST.exec(rest) : null;
  if (letter !== null) {
    const [, issuer = "", drafter = ""] = letter;
    if (!isDocumentTypeCode(issuer)) return { number, issuer, drafter, system: "letter" };
  }
  return undefined;
}

/** The issuers of a joint type split at hyphens into the issuer and its co-issuers; others kept whole. */
function splitIssuers(type: string, issuers: string): { issuer: string; coIssuers?: readonly string[] } {
  if (!isJointTypeCode(type)) return { issuer: issuers };
  const [issuer = "", ...coIssuers] = issuers.split("-");
  return coIssuers.length === 0 ? { issuer } : { issuer, coIssuers };
}

/** The frozen reference with its keys in a fixed order and no key for an absent field. */
function build(fields: Fields): DocumentReference {
  const { number, year, type, issuer, coIssuers, drafter, system } = fields;
  return Object.freeze({
    number,
    ...(year === undefined ? {} : { year }),
    ...(type === undefined ? {} : { type }),
    issuer,
    ...(coIssuers === undefined || coIssuers.length === 0 ? {} : { coIssuers: Object.freeze([...coIssuers]) }),
    ...(drafter === undefined ? {} : { drafter }),
    system,
  });
}

/**
 * Writes the canonical text when every field is valid on its own and fits the system, so that no field
 * can borrow a separator from its neighbour (a type `"HD-X"` or a number `"284/2017"` would read back
 * differently) and the text reads back as the same system.
 */
function writeReference(ref: unknown): string | undefined {
  const fields = readFields(ref);
  if (fields === undefined) return undefined;
  const { number, year, type, issuer, coIssuers = [], drafter, system } = fields;
  const joint = type !== undefined && isJointTypeCode(type);
  let text: string;
  if (system === "letter") {
    if (year !== undefined || type !== undefined || coIssuers.length > 0 || drafter === undefined) return undefined;
    if (!ISSUER_CODE_FIELD.test(issuer) || isDocumentTypeCode(issuer) || !DRAFTER_FIELD.test(drafter)) return undefined;
    text = `${number}/${issuer}-${drafter}`;
  } else if (drafter !== undefined) {
    return undefined;
  } else if (system === "party") {
    if (year !== undefined || type === undefined || !CODE_FIELD.test(type)) return undefined;
    const issuers = writeIssuers(issuer, coIssuers, joint, true);
    if (issuers === undefined) return undefined;
    text = `${number}-${type}/${issuers}`;
  } else if (type === undefined) {
    if (year === undefined || coIssuers.length > 0 || !LEGISLATURE_FIELD.test(issuer)) return undefined;
    text = `${number}/${year}/${issuer}`;
  } else {
    if (!CODE_FIELD.test(type) || (year === undefined && !isDocumentTypeCode(type))) return undefined;
    const issuers = writeIssuers(issuer, coIssuers, joint, false);
    if (issuers === undefined) return undefined;
    text = `${number}/${year === undefined ? "" : `${year}/`}${type}${coIssuers.length > 0 ? "/" : "-"}${issuers}`;
  }
  return text.length > MAX_LENGTH ? undefined : text;
}

/**
 * The issuers part: with co-issuers (a joint type only) single codes joined by hyphens; a Party joint
 * type also wants a single-code issuer, since its hyphens would read back as co-issuers; any other issuer
 * may be hyphenated.
 */
function writeIssuers(issuer: string, coIssuers: readonly string[], joint: boolean, party: boolean): string | undefined {
  if (coIssuers.length > 0 || (party && joint)) {
    if (!joint || !ISSUER_CODE_FIELD.test(issuer) || !coIssuers.every((code) => ISSUER_CODE_FIELD.test(code))) return undefined;
    return [issuer, ...coIssuers].join("-");
  }
  return ISSUERS_FIELD.test(issuer) ? issuer : undefined;
}

/** The fields of `ref`, each checked for its kind (string, number, list) and normalised, or undefined. */
function readFields(ref: unknown): Fields | undefined {
  if (typeof ref !== "object" || ref === null || Array.isArray(ref)) return undefined;
  const record = ref as Record<string, unknown>;
  const number = nfc(record["number"]);
  const issuer = nfc(record["issuer"]);
  const type = optional(record["type"]);
  const drafter = optional(record["drafter"]);
  const year = record["year"];
  const coIssuers = readList(record["coIssuers"]);
  const system = record["system"] === undefined ? (drafter === undefined ? "state" : "letter") : record["system"];
  if (number === undefined || !NUMBER_FIELD.test(number) || issuer === undefined) return undefined;
  if (type === null || drafter === null || coIssuers === null) return undefined;
  if (year !== undefined && (typeof year !== "number" || !YEAR_FIELD.test(String(year)))) return undefined;
  if (system !== "state" && system !== "party" && system !== "letter") return undefined;
  return { number, year, type, issuer, coIssuers, drafter, system };
}

/** An optional text field: undefined when absent, null when present but not a string. */
function optional(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return nfc(value) ?? null;
}

/** An optional list of codes: undefined when absent, null when not a short list of strings. */
function readList(value: unknown): readonly string[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_LENGTH) return null;
  const codes: string[] = [];
  for (const item of value as unknown[]) {
    const code = nfc(item);
    if (code === undefined) return null;
    codes.push(code);
  }
  return codes;
}

function nfc(value: unknown): string | undefined {
  return typeof value === "string" && value.length <= MAX_LENGTH ? value.normalize("NFC") : undefined;
}

function referenceError(value: string): PlanError {
  return new PlanError([newIssue(INVALID_DOCUMENT_REFERENCE, [], { value })]);
}

/** The value as the message shows it: the text itself (shortened), or its kind in parentheses. */
function describe(value: unknown): string {
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  if (value === null) return "(null)";
  if (Array.isArray(value)) return "(array)";
  return `(${typeof value})`;
}

/** The citation that `value` would make, roughly, for the message; never throws. */
function describeObject(value: unknown): string {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return describe(value);
    const { number, year, type, issuer, coIssuers, drafter, system } = value as Record<string, unknown>;
    const part = (field: unknown): string => describe(typeof field === "string" ? field.slice(0, 61) : field);
    const co = Array.isArray(coIssuers) ? coIssuers.slice(0, 10).map(part) : coIssuers === undefined ? [] : [part(coIssuers)];
    const issuers = [part(issuer), ...co].join("-");
    const yearPart = year === undefined ? "" : `${typeof year === "number" ? String(year) : part(year)}/`;
    const typePart = type === undefined ? "" : part(type);
    if (system === "party") return describe(`${part(number)}-${typePart}/${issuers}`);
    if (system === "letter" || drafter !== undefined) return describe(`${part(number)}/${yearPart}${typePart === "" ? "" : `${typePart}-`}${issuers}-${part(drafter)}`);
    if (type === undefined) return describe(`${part(number)}/${yearPart}${issuers}`);
    return describe(`${part(number)}/${yearPart}${typePart}${co.length > 0 ? "/" : "-"}${issuers}`);
  } catch {
    return "(object)";
  }
}

function evenCodePoints(first: number, last: number): string {
  let letters = "";
  for (let code = first; code <= last; code += 2) letters += String.fromCharCode(code);
  return letters;
}
