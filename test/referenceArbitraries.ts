/**
 * fast-check arbitraries of document references in the three numbering systems, for the tests of
 * documentReference and of the plan's legal bases. The alphabet and the type codes are written out here,
 * independently of the module under test.
 */
import fc from "fast-check";
import { documentTypeName, type DocumentReference } from "../src/index.js";

// The Vietnamese alphabet: base letters and the five tone marks, composed to NFC.
const VOWEL_BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
export const SMALL_LETTERS = [
  ...new Set([
    ..."abcdefghijklmnopqrstuvwxyzđ",
    ...VOWEL_BASES.flatMap((base) => TONES.map((tone) => (base + tone).normalize("NFC"))),
  ]),
];
export const CAPITAL_LETTERS = SMALL_LETTERS.map((letter) => letter.toUpperCase());
export const ALL_LETTERS = [...CAPITAL_LETTERS, ...SMALL_LETTERS];

/** The type codes that documentTypeName documents, joint ones apart. */
export const SINGLE_TYPE_CODES = [
  "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ",
  "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "GCN", "GXN", "L", "PL", "NĐ", "TT", "SL", "VBHN",
  "KL", "QĐi", "CV",
];
export const JOINT_TYPE_CODES = ["TTLT", "NQLT", "QĐLT", "CTLT", "HDLT", "KHLT", "CTrLT", "TBLT", "QCLT", "CTrPH", "QCPH", "KHPH"];

/** A code: a Vietnamese capital, then up to seven letters of either case. */
export const codeArb = fc
  .tuple(fc.constantFrom(...CAPITAL_LETTERS), fc.array(fc.constantFrom(...ALL_LETTERS), { maxLength: 7 }))
  .map(([first, rest]) => first + rest.join(""));
/** A code that is no type code (a random code almost never is one). */
export const unknownCodeArb = codeArb.filter((code) => documentTypeName(code) === undefined);
/** The National Assembly or its Standing Committee of a term. */
export const legislatureArb = fc
  .tuple(fc.constantFrom("QH", "UBTVQH"), fc.integer({ min: 1, max: 99 }))
  .map(([body, term]) => `${body}${term}`);
const issuerCodeArb = fc.oneof({ arbitrary: codeArb, weight: 4 }, { arbitrary: legislatureArb, weight: 1 });
const issuersArb = fc.array(issuerCodeArb, { minLength: 1, maxLength: 3 }).map((codes) => codes.join("-"));
const numberArb = fc.stringMatching(/^[0-9]{1,6}[A-Za-z]?$/);
const yearArb = fc.integer({ min: 1945, max: 9999 });
const singleTypeArb = fc.constantFrom(...SINGLE_TYPE_CODES);
const jointTypeArb = fc.constantFrom(...JOINT_TYPE_CODES);

/** A typed state document: `number[/year]/TYPE-ISSUER`; with a year the type may be any code. */
export const stateTypedArb: fc.Arbitrary<DocumentReference> = fc
  .tuple(numberArb, fc.option(yearArb, { nil: undefined }), fc.oneof(singleTypeArb, jointTypeArb, unknownCodeArb), issuersArb)
  .map(([number, year, type, issuer]) =>
    year === undefined
      ? { number, type: documentTypeName(type) === undefined ? "KH" : type, issuer, system: "state" as const }
      : { number, year, type, issuer, system: "state" as const },
  );

/** A law or resolution of the National Assembly: `number/year/QHn`. */
export const lawArb: fc.Arbitrary<DocumentReference> = fc
  .tuple(numberArb, yearArb, legislatureArb)
  .map(([number, year, issuer]) => ({ number, year, issuer, system: "state" as const }));

/** A joint state document whose issuers follow a slash: `number[/year]/JOINT/A-B…`. */
export const stateJointArb: fc.Arbitrary<DocumentReference> = fc
  .tuple(numberArb, fc.option(yearArb, { nil: undefined }), jointTypeArb, issuerCodeArb, fc.array(issuerCodeArb, { minLength: 1, maxLength: 3 }))
  .map(([number, year, type, issuer, coIssuers]) =>
    year === undefined
      ? { number, type, issuer, coIssuers, system: "state" as const }
      : { number, year, type, issuer, coIssuers, system: "state" as const },
  );

/** A Party document: `number-TYPE/ISSUER`, joint ones with co-issuers or not. */
export const partyArb: fc.Arbitrary<DocumentReference> = fc.oneof(
  fc
    .tuple(numberArb, fc.oneof(singleTypeArb, unknownCodeArb), issuersArb)
    .map(([number, type, issuer]) => ({ number, type, issuer, system: "party" as const })),
  fc
    .tuple(numberArb, jointTypeArb, issuerCodeArb, fc.array(issuerCodeArb, { maxLength: 3 }))
    .map(([number, type, issuer, coIssuers]) =>
      coIssuers.length === 0
        ? { number, type, issuer, system: "party" as const }
        : { number, type, issuer, coIssuers, system: "party" as const },
    ),
);

const drafterArb = fc
  .array(fc.array(codeArb, { minLength: 1, maxLength: 3 }).map((codes) => codes.join("&")), { minLength: 1, maxLength: 2 })
  .map((parts) => parts.join("-"));

/** An official letter (công văn): `number/ISSUER-DRAFTER`, the issuer no type code. */
export const letterArb: fc.Arbitrary<DocumentReference> = fc
  .tuple(numberArb, fc.oneof({ arbitrary: unknownCodeArb, weight: 4 }, { arbitrary: legislatureArb, weight: 1 }), drafterArb)
  .map(([number, issuer, drafter]) => ({ number, issuer, drafter, system: "letter" as const }));

/** A reference of any system, in the shape parseDocumentReference returns. */
export const documentReferenceArb: fc.Arbitrary<DocumentReference> = fc.oneof(stateTypedArb, lawArb, stateJointArb, partyArb, letterArb);
