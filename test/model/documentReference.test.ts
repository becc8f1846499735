import { describe, it, expect } from "vitest";
import fc from "fast-check";
import Ajv from "ajv";
import { PlanError } from "../../src/errors/PlanError.js";
import {
  DOCUMENT_REFERENCE_PATTERN,
  formatDocumentReference,
  isDocumentReference,
  parseDocumentReference,
  safeParseDocumentReference,
  type DocumentReference,
} from "../../src/model/documentReference.js";
import { documentTypeName } from "../../src/model/documentTypeName.js";
import {
  ALL_LETTERS,
  CAPITAL_LETTERS,
  JOINT_TYPE_CODES,
  SINGLE_TYPE_CODES,
  SMALL_LETTERS,
  codeArb,
  documentReferenceArb,
  lawArb,
  letterArb,
  partyArb,
  stateJointArb,
  stateTypedArb,
} from "../referenceArbitraries.js";

/** Asserts that `run` throws a PlanError with exactly one `invalid_document_reference` issue at `[]`. */
function expectReferenceError(run: () => unknown): PlanError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PlanError);
  const error = caught as PlanError;
  expect(error.issues).toHaveLength(1);
  expect(error.issues[0]?.code).toBe("invalid_document_reference");
  expect(error.issues[0]?.path).toEqual([]);
  expect(error.issues[0]?.message).not.toContain("[object");
  expect(error.issues[0]?.messageVi).toMatch(/không phải là số hiệu văn bản/);
  return error;
}

const state = (reference: Omit<DocumentReference, "system">): DocumentReference => ({ ...reference, system: "state" });

/** The texts of the systems that the issue names, with their parses. */
const SYSTEM_EXAMPLES: [string, DocumentReference][] = [
  ["284/HD-TLĐ", { number: "284", type: "HD", issuer: "TLĐ", system: "state" }],
  ["30/2020/NĐ-CP", { number: "30", year: 2020, type: "NĐ", issuer: "CP", system: "state" }],
  ["655/QĐ-TTg", { number: "655", type: "QĐ", issuer: "TTg", system: "state" }],
  ["50/2024/QH15", { number: "50", year: 2024, issuer: "QH15", system: "state" }],
  ["1472/KH-CĐNH", { number: "1472", type: "KH", issuer: "CĐNH", system: "state" }],
  ["05/2019/TT-BNV", { number: "05", year: 2019, type: "TT", issuer: "BNV", system: "state" }],
  ["02/KHLT/LĐLĐ-TĐTN", { number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: ["TĐTN"], system: "state" }],
  ["29-NQ/TW", { number: "29", type: "NQ", issuer: "TW", system: "party" }],
  ["02-CT/TW", { number: "02", type: "CT", issuer: "TW", system: "party" }],
  ["196-TB/TW", { number: "196", type: "TB", issuer: "TW", system: "party" }],
  ["02-TT/TU", { number: "02", type: "TT", issuer: "TU", system: "party" }],
  ["11-NQ/TU", { number: "11", type: "NQ", issuer: "TU", system: "party" }],
  ["05-CT/TW", { number: "05", type: "CT", issuer: "TW", system: "party" }],
  ["8019/TLĐ-TG", { number: "8019", issuer: "TLĐ", drafter: "TG", system: "letter" }],
  ["8935/BNV-CTTN&BĐG", { number: "8935", issuer: "BNV", drafter: "CTTN&BĐG", system: "letter" }],
];

/**
 * Every reference-like text of examples/documents/corpus/*.txt and of the seed plan, found with
 * /(\d+[a-z]?|[….]{2,}(?=\/))[ \t]*[-/][ \t]*(\d{4}[ \t]*\/[ \t]*)?\p{Lu}[\p{L}0-9&]*([ \t]*[-/][ \t]*\p{Lu}[\p{L}0-9&]*)*​/u:
 * 58 occurrences of 27 distinct texts, 25 of them references (56 occurrences). [text, occurrences, parse].
 */
const CORPUS_REFERENCES: [string, number, DocumentReference][] = [
  // can-tho-159-kh-ubnd-2025.txt
  ["159/KH-UBND", 2, state({ number: "159", type: "KH", issuer: "UBND" })],
  ["06/2022/TT-BTTTT", 2, state({ number: "06", year: 2022, type: "TT", issuer: "BTTTT" })],
  ["01/2025/TT-BTTTT", 1, state({ number: "01", year: 2025, type: "TT", issuer: "BTTTT" })],
  ["55/2023/TT-BTC", 2, state({ number: "55", year: 2023, type: "TT", issuer: "BTC" })],
  ["75/2024/TT-BTC", 1, state({ number: "75", year: 2024, type: "TT", issuer: "BTC" })],
  ["650/QĐ-LĐTBXH", 1, state({ number: "650", type: "QĐ", issuer: "LĐTBXH" })],
  ["128/QĐ-LĐTBXH", 1, state({ number: "128", type: "QĐ", issuer: "LĐTBXH" })],
  ["206/NQ-HĐND", 1, state({ number: "206", type: "NQ", issuer: "HĐND" })],
  ["77/KH-UBND", 1, state({ number: "77", type: "KH", issuer: "UBND" })],
  ["2140/QĐ-UBND", 1, state({ number: "2140", type: "QĐ", issuer: "UBND" })],
  // cd-ngan-hang-1472-kh-cdnh-2025.txt
  ["1472/KH-CĐNH", 11, state({ number: "1472", type: "KH", issuer: "CĐNH" })],
  ["1471/KH-CĐNH", 1, state({ number: "1471", type: "KH", issuer: "CĐNH" })],
  ["22/KH-TLĐ", 6, state({ number: "22", type: "KH", issuer: "TLĐ" })],
  // "Công văn 513/TLĐ-QHLĐ": a letter of the Confederation drafted by its Ban Quan hệ lao động.
  ["513/TLĐ-QHLĐ", 1, { number: "513", issuer: "TLĐ", drafter: "QHLĐ", system: "letter" }],
  // doan-thpt-chuyen-thai-nguyen-33-kh-dtn-2018.txt: a Youth Union branch (state form) and its
  // provincial Youth Union (the Party's form).
  ["33/KH-ĐTN", 2, state({ number: "33", type: "KH", issuer: "ĐTN" })],
  ["16-HD/TĐTN", 1, { number: "16", type: "HD", issuer: "TĐTN", system: "party" }],
  // quan-11-32-kh-ldld-2015.txt, as typed there once with spaces
  ["32/KH-LĐLĐ", 1, state({ number: "32", type: "KH", issuer: "LĐLĐ" })],
  ["32/KH - LĐLĐ", 1, state({ number: "32", type: "KH", issuer: "LĐLĐ" })],
  // son-la-82-kh-ldld-2019.txt
  ["82/KH-LĐLĐ", 2, state({ number: "82", type: "KH", issuer: "LĐLĐ" })],
  ["07/KH-TLĐ", 1, state({ number: "07", type: "KH", issuer: "TLĐ" })],
  // tld-22-kh-tld-dai-hoi-2025.txt, tld-34-kh-tld-tet-2026.txt
  ["38/HD-TLĐ", 1, state({ number: "38", type: "HD", issuer: "TLĐ" })],
  ["2399/QĐ-TLĐ", 1, state({ number: "2399", type: "QĐ", issuer: "TLĐ" })],
  ["34/KH-TLĐ", 10, state({ number: "34", type: "KH", issuer: "TLĐ" })],
  // the seed plan
  ["284/HD-TLĐ", 2, state({ number: "284", type: "HD", issuer: "TLĐ" })],
  ["655/QĐ-TTg", 2, state({ number: "655", type: "QĐ", issuer: "TTg" })],
];
/** The corpus texts that the search finds but that are no references. */
const CORPUS_NON_REFERENCES: [string, string][] = [
  ["……../KH-TLĐ", "the seed plan's own number, left blank"],
  ["8/ Kế", "the end of a date in a page title"],
];

describe("parseDocumentReference", () => {
  it.each([
    ["284/HD-TLĐ", { number: "284", type: "HD", issuer: "TLĐ" }],
    ["655/QĐ-TTg", { number: "655", type: "QĐ", issuer: "TTg" }],
    ["30/2020/NĐ-CP", { number: "30", year: 2020, type: "NĐ", issuer: "CP" }],
    ["01/2017/TT-BLĐTBXH", { number: "01", year: 2017, type: "TT", issuer: "BLĐTBXH" }],
    ["15/QĐ-BCH-TLĐ", { number: "15", type: "QĐ", issuer: "BCH-TLĐ" }],
    ["1758/QĐ-TLĐ", { number: "1758", type: "QĐ", issuer: "TLĐ" }],
    ["02/NQ-TLĐ", { number: "02", type: "NQ", issuer: "TLĐ" }],
    ["106/KH-TLĐ", { number: "106", type: "KH", issuer: "TLĐ" }],
    ["91/2015/QĐ-TTg", { number: "91", year: 2015, type: "QĐ", issuer: "TTg" }],
    ["148/2018/NĐ-CP", { number: "148", year: 2018, type: "NĐ", issuer: "CP" }],
    ["04/2019/TT-BNV", { number: "04", year: 2019, type: "TT", issuer: "BNV" }],
    // After a hyphen the issuers of a joint document stay together, as every hyphenated issuer does.
    ["05/2015/TTLT-BLĐTBXH-BTC", { number: "05", year: 2015, type: "TTLT", issuer: "BLĐTBXH-BTC" }],
    ["12/CT-TTg", { number: "12", type: "CT", issuer: "TTg" }],
    ["1553/TTr-UBND", { number: "1553", type: "TTr", issuer: "UBND" }],
    ["12a/TB-LĐLĐ", { number: "12a", type: "TB", issuer: "LĐLĐ" }],
    ["7/BC-CĐN", { number: "7", type: "BC", issuer: "CĐN" }],
    ["1/1945/SL-CTN", { number: "1", year: 1945, type: "SL", issuer: "CTN" }],
    ["20/9999/ĐA-ỦBMTTQ", { number: "20", year: 9999, type: "ĐA", issuer: "ỦBMTTQ" }],
    // With a year, any code is a type, as before.
    ["3/2021/XYZ-TLĐ", { number: "3", year: 2021, type: "XYZ", issuer: "TLĐ" }],
  ] as const)("reads the state document %s", (text, expected) => {
    expect(parseDocumentReference(text)).toStrictEqual(state(expected));
  });

  it.each(SYSTEM_EXAMPLES)("reads %s as the issue says", (text, expected) => {
    expect(parseDocumentReference(text)).toStrictEqual(expected);
    expect(formatDocumentReference(parseDocumentReference(text))).toBe(text);
  });

  it.each([
    ["45/2019/QH14", { number: "45", year: 2019, issuer: "QH14", system: "state" }],
    ["26/2005/PL-UBTVQH11", { number: "26", year: 2005, type: "PL", issuer: "UBTVQH11", system: "state" }],
    ["35/2023/UBTVQH15", { number: "35", year: 2023, issuer: "UBTVQH15", system: "state" }],
    ["05/2022/L-CTN", { number: "05", year: 2022, type: "L", issuer: "CTN", system: "state" }],
    ["03/VBHN-VPQH", { number: "03", type: "VBHN", issuer: "VPQH", system: "state" }],
    ["42/KHLT-SGDĐT-CĐGDT", { number: "42", type: "KHLT", issuer: "SGDĐT-CĐGDT", system: "state" }],
    ["89/CTrPH/CAT-UBMTTQVNT-SNV", { number: "89", type: "CTrPH", issuer: "CAT", coIssuers: ["UBMTTQVNT", "SNV"], system: "state" }],
    ["01/2015/TTLT/BNV-BTC", { number: "01", year: 2015, type: "TTLT", issuer: "BNV", coIssuers: ["BTC"], system: "state" }],
    ["123/CV-LĐLĐ", { number: "123", type: "CV", issuer: "LĐLĐ", system: "state" }],
    ["08-QĐi/TW", { number: "08", type: "QĐi", issuer: "TW", system: "party" }],
    ["01-KL/TW", { number: "01", type: "KL", issuer: "TW", system: "party" }],
    ["125-CV/TU", { number: "125", type: "CV", issuer: "TU", system: "party" }],
    ["36-HD/VPTW", { number: "36", type: "HD", issuer: "VPTW", system: "party" }],
    ["05-NQ/ĐU", { number: "05", type: "NQ", issuer: "ĐU", system: "party" }],
    ["15-KH/TWĐTN-BTG", { number: "15", type: "KH", issuer: "TWĐTN-BTG", system: "party" }],
    ["01-HDLT/BTCTW-BNV", { number: "01", type: "HDLT", issuer: "BTCTW", coIssuers: ["BNV"], system: "party" }],
    ["01-HDLT/BTCTW", { number: "01", type: "HDLT", issuer: "BTCTW", system: "party" }],
    ["35-L/CTN", { number: "35", type: "L", issuer: "CTN", system: "party" }],
    ["4021/VPCP-CN", { number: "4021", issuer: "VPCP", drafter: "CN", system: "letter" }],
    ["1234/TTg-KGVX", { number: "1234", issuer: "TTg", drafter: "KGVX", system: "letter" }],
    ["1234/UBND-VX", { number: "1234", issuer: "UBND", drafter: "VX", system: "letter" }],
    ["77/QH15-TH", { number: "77", issuer: "QH15", drafter: "TH", system: "letter" }],
    ["9/TLĐ-TG-VP", { number: "9", issuer: "TLĐ", drafter: "TG-VP", system: "letter" }],
    ["1/XYZ-TLĐ", { number: "1", issuer: "XYZ", drafter: "TLĐ", system: "letter" }],
  ] as [string, DocumentReference][])("reads %s", (text, expected) => {
    expect(parseDocumentReference(text)).toStrictEqual(expected);
  });

  describe("the corpus and the seed plan", () => {
    it.each(CORPUS_REFERENCES)("reads %s (%i times there)", (text, _count, expected) => {
      expect(parseDocumentReference(text)).toStrictEqual(expected);
      expect(formatDocumentReference(expected)).toBe(text.replace(/ /g, ""));
    });

    it.each(CORPUS_NON_REFERENCES)("rejects %s (%s)", (text) => {
      expectReferenceError(() => parseDocumentReference(text));
    });

    it("counts 25 references, 56 occurrences", () => {
      expect(CORPUS_REFERENCES).toHaveLength(25);
      expect(CORPUS_REFERENCES.reduce((sum, [, count]) => sum + count, 0)).toBe(56);
      expect(CORPUS_REFERENCES.filter(([text]) => isDocumentReference(text))).toHaveLength(25);
      expect(CORPUS_NON_REFERENCES.filter(([text]) => isDocumentReference(text))).toHaveLength(0);
    });
  });

  it.each([
    ["  284/HD-TLĐ\n", "surrounding whitespace"],
    ["284 / HD - TLĐ", "spaces around / and -"],
    ["284\t/\tHD\u00a0-\u00a0TLĐ", "tabs and no-break spaces"],
    ["Số 284/HD-TLĐ", "a leading Số"],
    ["số 284/HD-TLĐ", "a leading số"],
    ["SỐ 284/HD-TLĐ", "a leading SỐ"],
    ["Số: 284/HD-TLĐ", "a leading Số:"],
    ["  Số 284 / HD - TLĐ  ", "all of them"],
    [" 284 / HD-TLĐ ", "the issue's spacing"],
  ])("tolerates %j (%s)", (text) => {
    expect(parseDocumentReference(text)).toStrictEqual({ number: "284", type: "HD", issuer: "TLĐ", system: "state" });
  });

  it("tolerates spaces in every system and writes the canonical form back", () => {
    expect(parseDocumentReference("15 / QĐ - BCH - TLĐ")).toStrictEqual(state({ number: "15", type: "QĐ", issuer: "BCH-TLĐ" }));
    expect(parseDocumentReference("30 / 2020 / NĐ - CP")).toStrictEqual(state({ number: "30", year: 2020, type: "NĐ", issuer: "CP" }));
    for (const [text, canonical] of [
      ["Số 29 - NQ / TW", "29-NQ/TW"],
      ["Số: 8935 / BNV - CTTN & BĐG", "8935/BNV-CTTN&BĐG"],
      [" 02 / KHLT / LĐLĐ - TĐTN ", "02/KHLT/LĐLĐ-TĐTN"],
      ["50 / 2024 / QH15", "50/2024/QH15"],
    ]) {
      expect(formatDocumentReference(parseDocumentReference(text!))).toBe(canonical);
    }
  });

  it("normalises NFD input to NFC", () => {
    const nfd = "Số 30/2020/NĐ-CP 15/QĐ-BCH-TLĐ".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    const decree = parseDocumentReference("30/2020/NĐ-CP".normalize("NFD"));
    expect(decree).toStrictEqual(state({ number: "30", year: 2020, type: "NĐ", issuer: "CP" }));
    const plan = parseDocumentReference("Số 15/QĐ-ỦBMTTQ".normalize("NFD"));
    expect(plan).toStrictEqual(state({ number: "15", type: "QĐ", issuer: "ỦBMTTQ" }));
    expect(plan.issuer).toBe(plan.issuer.normalize("NFC"));
    for (const [text, expected] of SYSTEM_EXAMPLES) expect(parseDocumentReference(text.normalize("NFD"))).toStrictEqual(expected);
  });

  it("returns a deeply frozen object with only the keys the citation fills", () => {
    const guidance = parseDocumentReference("284/HD-TLĐ");
    expect(Object.isFrozen(guidance)).toBe(true);
    expect(Object.keys(guidance)).toEqual(["number", "type", "issuer", "system"]);
    expect("year" in guidance).toBe(false);
    const decree = parseDocumentReference("30/2020/NĐ-CP");
    expect(Object.isFrozen(decree)).toBe(true);
    expect(Object.keys(decree)).toEqual(["number", "year", "type", "issuer", "system"]);
    expect(() => {
      (decree as { year?: number }).year = 2021;
    }).toThrow(TypeError);
    expect(Object.keys(parseDocumentReference("50/2024/QH15"))).toEqual(["number", "year", "issuer", "system"]);
    expect(Object.keys(parseDocumentReference("8019/TLĐ-TG"))).toEqual(["number", "issuer", "drafter", "system"]);
    const joint = parseDocumentReference("02/KHLT/LĐLĐ-TĐTN");
    expect(Object.keys(joint)).toEqual(["number", "type", "issuer", "coIssuers", "system"]);
    expect(Object.isFrozen(joint.coIssuers)).toBe(true);
    expect(() => (joint.coIssuers as string[]).push("X")).toThrow(TypeError);
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["Số", "only the prefix"],
    ["284", "no type"],
    ["284/TLĐ", "no type (issuer only)"],
    ["173/BTK", "a letter without drafter"],
    ["284/-TLĐ", "an empty type"],
    ["284/HD", "no issuer"],
    ["284/HD-", "an empty issuer"],
    ["/HD-TLĐ", "no number"],
    ["284/hd-TLĐ", "a lowercase type"],
    ["284/Hd", "a type without issuer"],
    ["284/HD-tlđ", "an issuer starting with a small letter"],
    ["284/99/HD-TLĐ", "a two-digit year"],
    ["284/1944/HD-TLĐ", "a year before 1945"],
    ["284/20200/HD-TLĐ", "a five-digit year"],
    ["284/2017/2018/HD-TLĐ", "extra slashes"],
    ["284//HD-TLĐ", "a doubled slash"],
    ["284/HD/TLĐ", "a slash instead of the hyphen"],
    ["02/HD/LĐLĐ-TĐTN", "a slash after a type that is not joint"],
    ["02/KHLT/LĐLĐ", "a joint slash with one issuer"],
    ["02/KHLT/LĐLĐ-", "a joint slash with an empty co-issuer"],
    ["02/KHLT/LĐLĐ--TĐTN", "a joint slash with a doubled hyphen"],
    ["02/KHLT//LĐLĐ-TĐTN", "a joint doubled slash"],
    ["284/HD-TLĐ/2017", "a trailing slash part"],
    ["284/HD--TLĐ", "a doubled hyphen"],
    ["284/HD-TLĐ-", "a trailing hyphen"],
    ["284/H D-TLĐ", "a space inside the type"],
    ["2 84/HD-TLĐ", "a space inside the number"],
    ["284/HD-TLĐ.", "trailing punctuation"],
    ["284ab/HD-TLĐ", "two letters after the number"],
    ["a284/HD-TLĐ", "a letter before the number"],
    ["-284/HD-TLĐ", "a sign"],
    ["٢٨٤/HD-TLĐ", "non-ASCII digits"],
    ["284/HD-TLĐ1", "a digit in the issuer"],
    ["284/HD-A&B", "an ampersand in a typed document's issuer"],
    ["284/HĐ-TLĐ\u200b", "a zero-width space"],
    ["No 284/HD-TLĐ", "another prefix"],
    ["Số Số 284/HD-TLĐ", "a doubled prefix"],
    ["50/QH15", "a law without its year"],
    ["50/2024/QH", "a law without the term"],
    ["50/2024/QH150", "a three-digit term"],
    ["50/2024/TLĐ", "no type and an issuer that is no legislature"],
    ["50/2024/QH15-TG", "a law with a drafter"],
    ["29-nq/TW", "a Party type in small letters"],
    ["29-NQ/tw", "a Party issuer in small letters"],
    ["29-NQ-TW", "a Party citation without its slash"],
    ["29-NQ/", "a Party citation without issuer"],
    ["-NQ/TW", "a Party citation without number"],
    ["29-NQ/TW-", "a Party citation with a trailing hyphen"],
    ["29-NQ/TW/2013", "a Party citation with a trailing year"],
    ["29/2013-NQ/TW", "a year in a Party number"],
    ["29-2013/NQ-TW", "a mixed form"],
    ["8019/TLĐ-", "a letter without drafter"],
    ["8019/TLĐ-tg", "a drafter in small letters"],
    ["8019/TLĐ-TG&", "a trailing ampersand"],
    ["8019/TLĐ-&TG", "a leading ampersand"],
    ["8019/TLĐ&X-TG", "an ampersand in a letter's issuer"],
    ["……../KH-TLĐ", "a number left blank"],
    ["284/HD-" + "T".repeat(195), "more than 200 characters"],
  ])("rejects %j (%s)", (text) => {
    expectReferenceError(() => parseDocumentReference(text));
    const result = safeParseDocumentReference(text);
    expect(result.success).toBe(false);
    expect(isDocumentReference(text)).toBe(false);
  });

  it("accepts exactly 200 characters and no more", () => {
    const padded = "284/HD-TLĐ".padStart(200, " ");
    expect(padded).toHaveLength(200);
    expect(parseDocumentReference(padded)).toStrictEqual(state({ number: "284", type: "HD", issuer: "TLĐ" }));
    expectReferenceError(() => parseDocumentReference(` ${padded}`));
  });

  it("rejects megabyte strings cheaply", () => {
    const huge = `284/HD-${"T".repeat(1_000_000)}`;
    for (let i = 0; i < 1000; i += 1) expect(isDocumentReference(huge)).toBe(false);
    expectReferenceError(() => parseDocumentReference(huge));
  });

  it("reads the longest texts of every form quickly", () => {
    const hostile = [
      `1/${"A-".repeat(98)}A`,
      `1-${"A".repeat(99)}/${"B&".repeat(48)}`,
      `1/A-${"B&".repeat(97)}B`,
      `1/KHLT/${"QH1-".repeat(48)}QH`,
      `1/2000/${"Q".repeat(190)}1`,
    ];
    // A backtracking pattern would hang here (the runner's timeout is the guard); each text is a reference.
    for (let i = 0; i < 200; i += 1) for (const text of hostile) expect(typeof isDocumentReference(text)).toBe("boolean");
  });

  it.each([
    [284, "number"],
    [null, "null"],
    [undefined, "undefined"],
    [{ number: "284", type: "HD", issuer: "TLĐ" }, "object"],
    [["284/HD-TLĐ"], "array"],
    [284n, "bigint"],
    [true, "boolean"],
  ])("rejects the non-string %o with a PlanError naming its type", (value, typeName) => {
    const error = expectReferenceError(() => parseDocumentReference(value as unknown as string));
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error.issues[0]?.message).toContain(typeName);
    expect(error.issues[0]?.messageVi).toContain(typeName);
    expect(safeParseDocumentReference(value).success).toBe(false);
    expect(isDocumentReference(value)).toBe(false);
  });

  it("accepts every Vietnamese letter in codes, capitals first", () => {
    expect(CAPITAL_LETTERS).toHaveLength(93);
    for (const capital of CAPITAL_LETTERS) {
      expect(parseDocumentReference(`1/2000/${capital}-${capital}`)).toStrictEqual(state({ number: "1", year: 2000, type: capital, issuer: capital }));
      expect(parseDocumentReference(`1-${capital}/${capital}`)).toStrictEqual({ number: "1", type: capital, issuer: capital, system: "party" });
      // Without a year the first code is a type only when it is a type code ("L", Luật).
      expect(parseDocumentReference(`1/${capital}-${capital}`)).toStrictEqual(
        documentTypeName(capital) === undefined
          ? { number: "1", issuer: capital, drafter: capital, system: "letter" }
          : state({ number: "1", type: capital, issuer: capital }),
      );
    }
    for (const small of SMALL_LETTERS) {
      expect(parseDocumentReference(`1/2000/Q${small}-T${small}`)).toStrictEqual(state({ number: "1", year: 2000, type: `Q${small}`, issuer: `T${small}` }));
      expect(parseDocumentReference(`1/HD-T${small}`)).toStrictEqual(state({ number: "1", type: "HD", issuer: `T${small}` }));
      expect(parseDocumentReference(`1/T${small}-Q${small}`)).toStrictEqual({ number: "1", issuer: `T${small}`, drafter: `Q${small}`, system: "letter" });
      expectReferenceError(() => parseDocumentReference(`1/${small}-TLĐ`));
      expectReferenceError(() => parseDocumentReference(`1/HD-${small}`));
      expectReferenceError(() => parseDocumentReference(`1-${small}/TW`));
      expectReferenceError(() => parseDocumentReference(`1/TLĐ-${small}`));
    }
  });

  it("accepts no other character of the Basic Multilingual Plane in a code", () => {
    const capitals = new Set(CAPITAL_LETTERS);
    const letters = new Set(ALL_LETTERS);
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (char !== char.normalize("NFC") || char.trim() === "" || char === "-" || char === "/") continue;
      if (isDocumentReference(`1/${char}-TLĐ`) !== capitals.has(char)) wrong.push(`1/${char}-TLĐ`);
      if (isDocumentReference(`1/HD-T${char}`) !== letters.has(char)) wrong.push(`1/HD-T${char}`);
      if (isDocumentReference(`1-${char}/TW`) !== capitals.has(char)) wrong.push(`1-${char}/TW`);
      if (isDocumentReference(`1/TLĐ-T${char}`) !== letters.has(char)) wrong.push(`1/TLĐ-T${char}`);
    }
    expect(wrong).toEqual([]);
  });

  it("rejects letters that are not Vietnamese", () => {
    for (const letter of ["Ç", "Ñ", "Ä", "Ø", "ß", "Ω", "Я", "Å", "Ě", "Ǎ"]) {
      expectReferenceError(() => parseDocumentReference(`1/${letter}-TLĐ`));
      expectReferenceError(() => parseDocumentReference(`1-NQ/${letter}`));
      expectReferenceError(() => parseDocumentReference(`1/TLĐ-${letter}`));
    }
  });
});

describe("safeParseDocumentReference", () => {
  it("returns the data on success", () => {
    const result = safeParseDocumentReference("655/QĐ-TTg");
    expect(result).toStrictEqual({ success: true, data: state({ number: "655", type: "QĐ", issuer: "TTg" }) });
    expect(safeParseDocumentReference("29-NQ/TW")).toStrictEqual({ success: true, data: { number: "29", type: "NQ", issuer: "TW", system: "party" } });
  });

  it("returns the error on failure", () => {
    const result = safeParseDocumentReference("284/hd-TLĐ");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(PlanError);
      expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_document_reference", []]]);
    }
  });
});

describe("isDocumentReference", () => {
  it("answers with a boolean", () => {
    expect(isDocumentReference("01/2017/TT-BLĐTBXH")).toBe(true);
    expect(isDocumentReference("Số 284 / HD - TLĐ")).toBe(true);
    expect(isDocumentReference("29-NQ/TW")).toBe(true);
    expect(isDocumentReference("8019/TLĐ-TG")).toBe(true);
    expect(isDocumentReference("284/hd-TLĐ")).toBe(false);
    expect(isDocumentReference(284)).toBe(false);
  });
});

describe("formatDocumentReference", () => {
  it.each([
    [{ number: "284", type: "HD", issuer: "TLĐ" }, "284/HD-TLĐ"],
    [{ number: "655", type: "QĐ", issuer: "TTg" }, "655/QĐ-TTg"],
    [{ number: "30", year: 2020, type: "NĐ", issuer: "CP" }, "30/2020/NĐ-CP"],
    [{ number: "01", year: 2017, type: "TT", issuer: "BLĐTBXH" }, "01/2017/TT-BLĐTBXH"],
    [{ number: "15", type: "QĐ", issuer: "BCH-TLĐ" }, "15/QĐ-BCH-TLĐ"],
    [{ number: "12a", type: "TB", issuer: "LĐLĐ" }, "12a/TB-LĐLĐ"],
    [{ number: "50", year: 2024, issuer: "QH15" }, "50/2024/QH15"],
    [{ number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: ["TĐTN"] }, "02/KHLT/LĐLĐ-TĐTN"],
    [{ number: "05", year: 2015, type: "TTLT", issuer: "BLĐTBXH-BTC" }, "05/2015/TTLT-BLĐTBXH-BTC"],
  ] as [Omit<DocumentReference, "system">, string][])("writes the state document %o as %s", (reference, expected) => {
    expect(formatDocumentReference(reference)).toBe(expected);
    expect(formatDocumentReference(state(reference))).toBe(expected);
    expect(parseDocumentReference(expected)).toStrictEqual(state(reference));
  });

  it.each(SYSTEM_EXAMPLES)("writes %s back unchanged", (text, reference) => {
    expect(formatDocumentReference(reference)).toBe(text);
  });

  it("infers the system: a drafter makes a letter, anything else a state document", () => {
    expect(formatDocumentReference({ number: "8019", issuer: "TLĐ", drafter: "TG" })).toBe("8019/TLĐ-TG");
    expect(formatDocumentReference({ number: "29", type: "NQ", issuer: "TW" })).toBe("29/NQ-TW");
    expect(formatDocumentReference({ number: "29", type: "NQ", issuer: "TW", system: "party" })).toBe("29-NQ/TW");
  });

  it("normalises NFD fields, treats undefined and an empty coIssuers as absent and ignores other keys", () => {
    expect(formatDocumentReference({ number: "30", year: 2020, type: "NĐ".normalize("NFD"), issuer: "CP" })).toBe("30/2020/NĐ-CP");
    const withUndefined = { number: "284", year: undefined, type: "HD", issuer: "TLĐ", coIssuers: undefined, drafter: undefined, system: undefined } as unknown as DocumentReference;
    expect(formatDocumentReference(withUndefined)).toBe("284/HD-TLĐ");
    expect(formatDocumentReference({ number: "284", type: "HD", issuer: "TLĐ", coIssuers: [], system: "state" })).toBe("284/HD-TLĐ");
    const legalBasis = { number: "284", type: "HD", issuer: "TLĐ", issuedOn: "2017-03-09", title: "Hướng dẫn" };
    expect(formatDocumentReference(legalBasis)).toBe("284/HD-TLĐ");
    expect(formatDocumentReference({ number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: ["TĐTN".normalize("NFD")], system: "state" })).toBe("02/KHLT/LĐLĐ-TĐTN");
  });

  it("does not change its argument", () => {
    const coIssuers = ["TĐTN".normalize("NFD")];
    const reference = { number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers, system: "state" as const };
    formatDocumentReference(reference);
    expect(reference.coIssuers).toBe(coIssuers);
    expect(coIssuers).toEqual(["TĐTN".normalize("NFD")]);
  });

  it.each([
    [null, "null"],
    [undefined, "undefined"],
    ["284/HD-TLĐ", "a string"],
    [284, "a number"],
    [[], "an array"],
    [{}, "an empty object"],
    [{ number: 284, type: "HD", issuer: "TLĐ" }, "a numeric number"],
    [{ number: "", type: "HD", issuer: "TLĐ" }, "an empty number"],
    [{ number: "2 84", type: "HD", issuer: "TLĐ" }, "a space in the number"],
    [{ number: "284/1", type: "HD", issuer: "TLĐ" }, "a slash in the number"],
    [{ number: "284", type: "hd", issuer: "TLĐ" }, "a lowercase type"],
    [{ number: "284", type: "", issuer: "TLĐ" }, "an empty type"],
    [{ number: "284", type: "HD-X", issuer: "TLĐ" }, "a hyphen in the type"],
    [{ number: "284", type: " HD", issuer: "TLĐ" }, "a space in the type"],
    [{ number: "284", type: "HD", issuer: "" }, "an empty issuer"],
    [{ number: "284", type: "HD", issuer: "TLĐ-" }, "a trailing hyphen in the issuer"],
    [{ number: "284", type: "HD" }, "a missing issuer"],
    [{ number: "284", year: 99, type: "HD", issuer: "TLĐ" }, "a two-digit year"],
    [{ number: "284", year: 1944, type: "HD", issuer: "TLĐ" }, "a year before 1945"],
    [{ number: "284", year: 10000, type: "HD", issuer: "TLĐ" }, "a year after 9999"],
    [{ number: "284", year: 2017.5, type: "HD", issuer: "TLĐ" }, "a fractional year"],
    [{ number: "284", year: Number.NaN, type: "HD", issuer: "TLĐ" }, "a NaN year"],
    [{ number: "284", year: "2017", type: "HD", issuer: "TLĐ" }, "a string year"],
    [{ number: "284", year: null, type: "HD", issuer: "TLĐ" }, "a null year"],
    [{ number: "284/2017", type: "HD", issuer: "TLĐ" }, "a number that would read as number and year"],
    [{ number: "284", type: "HD", issuer: `T${"L".repeat(200)}` }, "more than 200 characters"],
    [{ number: "284", type: "HD", issuer: "TLĐ", system: "federal" }, "an unknown system"],
    [{ number: "284", type: "HD", issuer: "TLĐ", system: null }, "a null system"],
    [{ number: "284", type: null, issuer: "TLĐ" }, "a null type"],
    [{ number: "284", type: "XYZ", issuer: "TLĐ" }, "an unknown type without a year (it would read as a letter)"],
    [{ number: "284", issuer: "TLĐ" }, "no type, no year"],
    [{ number: "284", year: 2024, issuer: "TLĐ" }, "no type and no legislature"],
    [{ number: "50", year: 2024, issuer: "QH15", coIssuers: ["QH14"] }, "a law with co-issuers"],
    [{ number: "284", type: "HD", issuer: "TLĐ", drafter: "TG", system: "state" }, "a drafter on a state document"],
    [{ number: "284", type: "HD", issuer: "TLĐ", coIssuers: ["TĐTN"] }, "co-issuers with a type that is not joint"],
    [{ number: "02", type: "KHLT", issuer: "LĐLĐ-X", coIssuers: ["TĐTN"] }, "a hyphenated issuer with co-issuers"],
    [{ number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: ["TĐTN-X"] }, "a hyphenated co-issuer"],
    [{ number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: [""] }, "an empty co-issuer"],
    [{ number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: [1] }, "a co-issuer that is not a string"],
    [{ number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: "TĐTN" }, "co-issuers that are not a list"],
    [{ number: "02", type: "KHLT", issuer: "LĐLĐ", coIssuers: Array.from({ length: 300 }, () => "A") }, "too many co-issuers"],
    [{ number: "29", year: 2013, type: "NQ", issuer: "TW", system: "party" }, "a year on a Party document"],
    [{ number: "29", issuer: "TW", system: "party" }, "a Party document without type"],
    [{ number: "29", type: "NQ", issuer: "TW", drafter: "VP", system: "party" }, "a drafter on a Party document"],
    [{ number: "01", type: "HDLT", issuer: "BTCTW-BNV", system: "party" }, "a hyphenated issuer of a Party joint type"],
    [{ number: "29", type: "NQ", issuer: "TW", coIssuers: ["TU"], system: "party" }, "Party co-issuers with a type that is not joint"],
    [{ number: "8019", issuer: "TLĐ", system: "letter" }, "a letter without drafter"],
    [{ number: "8019", issuer: "TLĐ", drafter: "", system: "letter" }, "an empty drafter"],
    [{ number: "8019", issuer: "TLĐ", drafter: "tg" }, "a drafter in small letters"],
    [{ number: "8019", issuer: "TLĐ", drafter: "TG&" }, "a trailing ampersand"],
    [{ number: "8019", issuer: "TLĐ", drafter: "TG/X" }, "a slash in the drafter"],
    [{ number: "8019", issuer: "TLĐ-BCH", drafter: "TG" }, "a hyphenated letter issuer"],
    [{ number: "8019", issuer: "HD", drafter: "TG" }, "a letter issuer that is a type code"],
    [{ number: "8019", year: 2020, issuer: "TLĐ", drafter: "TG" }, "a year on a letter"],
    [{ number: "8019", type: "CV", issuer: "TLĐ", drafter: "TG" }, "a type on a letter"],
    [{ number: "8019", issuer: "TLĐ", drafter: "TG", coIssuers: ["X"] }, "co-issuers on a letter"],
  ] as [unknown, string][])("rejects %o (%s)", (value) => {
    expectReferenceError(() => formatDocumentReference(value as unknown as DocumentReference));
  });

  it("shows the attempted citation in the message", () => {
    const message = (value: unknown) => expectReferenceError(() => formatDocumentReference(value as DocumentReference)).issues[0]?.message;
    expect(message({ number: "284", type: "hd", issuer: "TLĐ" })).toContain("284/hd-TLĐ");
    expect(message({ number: "29", type: "nq", issuer: "TW", system: "party" })).toContain("29-nq/TW");
    expect(message({ number: "8019", issuer: "TLĐ", drafter: "tg" })).toContain("8019/TLĐ-tg");
    expect(message({ number: "02", type: "HD", issuer: "LĐLĐ", coIssuers: ["TĐTN"] })).toContain("02/HD/LĐLĐ-TĐTN");
    expect(message({ number: 284, type: {}, issuer: null })).toContain("(number)/(object)-(null)");
  });

  it("turns a getter that throws into a PlanError", () => {
    const hostile = { number: "1", type: "HD", get issuer(): string { throw new Error("boom"); } };
    expectReferenceError(() => formatDocumentReference(hostile as unknown as DocumentReference));
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expectReferenceError(() => formatDocumentReference(revoked.proxy as unknown as DocumentReference));
  });
});

describe("DOCUMENT_REFERENCE_PATTERN", () => {
  it("is anchored and matches the canonical forms only", () => {
    expect(DOCUMENT_REFERENCE_PATTERN.source.startsWith("^")).toBe(true);
    expect(DOCUMENT_REFERENCE_PATTERN.source.endsWith("$")).toBe(true);
    expect(DOCUMENT_REFERENCE_PATTERN.flags).toBe("");
    for (const text of ["284/HD-TLĐ", "655/QĐ-TTg", "30/2020/NĐ-CP", "01/2017/TT-BLĐTBXH", "15/QĐ-BCH-TLĐ", ...SYSTEM_EXAMPLES.map(([t]) => t)]) {
      expect(DOCUMENT_REFERENCE_PATTERN.test(text)).toBe(true);
    }
    for (const [text] of CORPUS_REFERENCES) expect(DOCUMENT_REFERENCE_PATTERN.test(text)).toBe(!text.includes(" "));
    for (const text of [
      "284 / HD - TLĐ", "Số 284/HD-TLĐ", " 284/HD-TLĐ", "284/hd-TLĐ", "284/99/HD-TLĐ", "x284/HD-TLĐ\n",
      "29 - NQ/TW", "8019/HD-TG&X", "02/KHLT/LĐLĐ", "02/HD/LĐLĐ-TĐTN", "50/QH15", "1/XYZ-A&",
      "15/QĐ-ỦBMTTQ".normalize("NFD"),
    ]) {
      expect(DOCUMENT_REFERENCE_PATTERN.test(text)).toBe(false);
    }
  });

  it("uses no lookbehind, no named groups and compiles in Unicode mode", () => {
    const { source } = DOCUMENT_REFERENCE_PATTERN;
    expect(source).not.toMatch(/\(\?<[=!]/);
    expect(source).not.toMatch(/\(\?<[A-Za-z]/);
    expect(source).toBe(source.normalize("NFC"));
    expect(() => new RegExp(source, "u")).not.toThrow();
  });

  it("works as a JSON Schema pattern", () => {
    const ajv = new Ajv();
    const validate = ajv.compile({ type: "string", pattern: DOCUMENT_REFERENCE_PATTERN.source });
    expect(validate("30/2020/NĐ-CP")).toBe(true);
    expect(validate("29-NQ/TW")).toBe(true);
    expect(validate("8935/BNV-CTTN&BĐG")).toBe(true);
    expect(validate("284/hd-TLĐ")).toBe(false);
    fc.assert(fc.property(documentReferenceArb, (reference) => validate(formatDocumentReference(reference))));
  });
});

describe("properties", () => {
  it.each([
    ["typed state documents", stateTypedArb],
    ["laws", lawArb],
    ["joint state documents", stateJointArb],
    ["Party documents", partyArb],
    ["letters", letterArb],
  ] as const)("parse(format(r)) deep-equals r for %s, and format(parse(t)) is t", (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (reference) => {
        const text = formatDocumentReference(reference);
        const parsed = parseDocumentReference(text);
        expect(parsed).toStrictEqual(reference);
        expect(Object.isFrozen(parsed)).toBe(true);
        expect(formatDocumentReference(parsed)).toBe(text);
        expect(DOCUMENT_REFERENCE_PATTERN.test(text)).toBe(true);
      }),
    );
  });

  it("lenient spellings (spaces, Số, NFD) read the same as the canonical form", () => {
    const space = fc.constantFrom("", " ", "  ", "\t", "\u00a0");
    fc.assert(
      fc.property(
        documentReferenceArb,
        fc.constantFrom("", "Số ", "số ", "SỐ ", "Số: ", "Số"),
        space,
        space,
        space,
        fc.boolean(),
        (reference, prefix, before, after, outer, nfd) => {
          const canonical = formatDocumentReference(reference);
          const spaced = canonical.replace(/[/&-]/g, (separator) => `${before}${separator}${after}`);
          const text = `${outer}${prefix}${spaced}${outer}`;
          if (text.length > 200) return;
          expect(parseDocumentReference(nfd ? text.normalize("NFD") : text)).toStrictEqual(reference);
        },
      ),
    );
  });

  const token = fc.oneof(
    fc.constantFrom("/", "-", "&", "/", "-", " "),
    fc.stringMatching(/^[0-9]{1,3}[a-z]?$/),
    fc.integer({ min: 1940, max: 2030 }).map(String),
    fc.constantFrom("QH15", "UBTVQH14", "QH", "KHLT", "TTLT", "HDLT", "NQ", "HD", "TT", "KH", "L", "TW", "TLĐ", "TG", "hd"),
    codeArb,
  );
  // Near misses built from the grammar's pieces: a number, then separators and codes in any order.
  const pieceArb = fc.oneof(
    fc.constantFrom(...SINGLE_TYPE_CODES, ...JOINT_TYPE_CODES),
    fc.constantFrom("QH15", "UBTVQH14", "QH", "TW", "TLĐ", "TG", "hd", "2020", "99"),
    codeArb,
  );
  const grammarArb = fc
    .tuple(fc.stringMatching(/^[0-9]{1,3}$/), fc.array(fc.tuple(fc.constantFrom("/", "-", "&"), pieceArb), { minLength: 1, maxLength: 5 }))
    .map(([number, parts]) => number + parts.map(([separator, piece]) => separator + piece).join(""));
  const textArb = fc.oneof(
    { arbitrary: grammarArb, weight: 4 },
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.constantFrom(..."0123456789/-& aSsốỐ", ...ALL_LETTERS.slice(0, 40), "Đ", "đ"), maxLength: 30 }),
    fc.array(token, { maxLength: 9 }).map((tokens) => tokens.join("")),
    fc.tuple(fc.stringMatching(/^[0-9]{1,3}$/), fc.array(token, { maxLength: 8 })).map(([number, tokens]) => number + tokens.join("")),
    documentReferenceArb.map((reference) => formatDocumentReference(reference)),
    fc
      .tuple(documentReferenceArb, fc.nat(), fc.oneof(fc.string({ maxLength: 2 }), token))
      .map(([reference, at, insert]) => {
        const text = formatDocumentReference(reference);
        const index = at % (text.length + 1);
        return text.slice(0, index) + insert + text.slice(index);
      }),
    fc
      .tuple(documentReferenceArb, fc.nat(), fc.nat({ max: 3 }))
      .map(([reference, at, length]) => {
        const text = formatDocumentReference(reference);
        const index = at % (text.length + 1);
        return text.slice(0, index) + text.slice(index + length);
      }),
  );

  it("safeParseDocumentReference never throws, and parse either succeeds or throws PlanError", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const result = safeParseDocumentReference(text);
        expect(isDocumentReference(text)).toBe(result.success);
        let thrown: unknown;
        let parsed: DocumentReference | undefined;
        try {
          parsed = parseDocumentReference(text);
        } catch (error) {
          thrown = error;
        }
        if (result.success) {
          expect(thrown).toBeUndefined();
          expect(parsed).toStrictEqual(result.data);
          // A successful read is canonical once written, and reads back the same.
          const canonical = formatDocumentReference(result.data);
          expect(DOCUMENT_REFERENCE_PATTERN.test(canonical)).toBe(true);
          expect(parseDocumentReference(canonical)).toStrictEqual(result.data);
        } else {
          expect(thrown).toBeInstanceOf(PlanError);
          expect((thrown as PlanError).issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_document_reference", []]]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("the pattern matches exactly the texts that read and are written back unchanged", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const result = safeParseDocumentReference(text);
        const canonical = result.success && formatDocumentReference(result.data) === text;
        expect(DOCUMENT_REFERENCE_PATTERN.test(text)).toBe(canonical);
      }),
      { numRuns: 3000 },
    );
  });

  it("safeParseDocumentReference and isDocumentReference accept any value without throwing", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = safeParseDocumentReference(value);
        expect(isDocumentReference(value)).toBe(result.success);
        if (typeof value !== "string") expect(result.success).toBe(false);
      }),
    );
  });

  it("format refuses fields that carry a separator, so nothing reads back differently", () => {
    fc.assert(
      fc.property(documentReferenceArb, codeArb, fc.integer({ min: 1945, max: 9999 }), (reference, extra, year) => {
        if (reference.type !== undefined) {
          expectReferenceError(() => formatDocumentReference({ ...reference, type: `${reference.type}-${extra}` }));
          expectReferenceError(() => formatDocumentReference({ ...reference, type: `${reference.type}/${extra}` }));
        }
        expectReferenceError(() => formatDocumentReference({ ...reference, number: `${reference.number}/${year}` }));
        expectReferenceError(() => formatDocumentReference({ ...reference, number: `${reference.number}-${extra}` }));
        expectReferenceError(() => formatDocumentReference({ ...reference, issuer: `${reference.issuer}/${extra}` }));
        if (reference.drafter !== undefined) expectReferenceError(() => formatDocumentReference({ ...reference, drafter: `${reference.drafter}/${extra}` }));
        if (reference.coIssuers !== undefined) expectReferenceError(() => formatDocumentReference({ ...reference, coIssuers: [`${extra}-${extra}`] }));
      }),
    );
  });

  it("a reference of one system does not format as another", () => {
    fc.assert(
      fc.property(documentReferenceArb, fc.constantFrom("state", "party", "letter") , (reference, system) => {
        if (system === reference.system) return;
        let text: string | undefined;
        try {
          text = formatDocumentReference({ ...reference, system });
        } catch (error) {
          expect(error).toBeInstanceOf(PlanError);
          return;
        }
        // When the fields also fit another system, the text reads back as that system.
        expect(parseDocumentReference(text)).toStrictEqual({ ...reference, system });
      }),
    );
  });

  it("formatDocumentReference either writes a canonical string or throws PlanError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), documentReferenceArb, documentReferenceArb.chain((r) => fc.anything().map((system) => ({ ...r, system })))), (value) => {
        try {
          const text = formatDocumentReference(value as DocumentReference);
          expect(DOCUMENT_REFERENCE_PATTERN.test(text)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(PlanError);
        }
      }),
    );
  });
});

describe("the joint type codes", () => {
  it("are the ones whose issuers split after a slash", () => {
    for (const type of JOINT_TYPE_CODES) {
      expect(parseDocumentReference(`1/${type}/A-B`)).toStrictEqual({ number: "1", type, issuer: "A", coIssuers: ["B"], system: "state" });
      expect(parseDocumentReference(`1-${type}/A-B`)).toStrictEqual({ number: "1", type, issuer: "A", coIssuers: ["B"], system: "party" });
    }
  });
});
