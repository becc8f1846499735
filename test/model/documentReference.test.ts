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

// The Vietnamese alphabet, derived here independently of the module: base letters and the five tone
// marks, composed to NFC.
const VOWEL_BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const SMALL_LETTERS = [
  ...new Set([
    ..."abcdefghijklmnopqrstuvwxyzđ",
    ...VOWEL_BASES.flatMap((base) => TONES.map((tone) => (base + tone).normalize("NFC"))),
  ]),
];
const CAPITAL_LETTERS = SMALL_LETTERS.map((letter) => letter.toUpperCase());
const ALL_LETTERS = [...CAPITAL_LETTERS, ...SMALL_LETTERS];

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
  return error;
}

const codeArb = fc
  .tuple(fc.constantFrom(...CAPITAL_LETTERS), fc.array(fc.constantFrom(...ALL_LETTERS), { maxLength: 7 }))
  .map(([first, rest]) => first + rest.join(""));

const referenceArb: fc.Arbitrary<DocumentReference> = fc
  .record({
    number: fc.stringMatching(/^[0-9]{1,6}[A-Za-z]?$/),
    year: fc.option(fc.integer({ min: 1945, max: 9999 }), { nil: undefined }),
    type: codeArb,
    issuer: fc.array(codeArb, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("-")),
  })
  .map(({ number, year, type, issuer }) =>
    year === undefined ? { number, type, issuer } : { number, year, type, issuer },
  );

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
    ["05/2015/TTLT-BLĐTBXH-BTC", { number: "05", year: 2015, type: "TTLT", issuer: "BLĐTBXH-BTC" }],
    ["12/CT-TTg", { number: "12", type: "CT", issuer: "TTg" }],
    ["1553/TTr-UBND", { number: "1553", type: "TTr", issuer: "UBND" }],
    ["12a/TB-LĐLĐ", { number: "12a", type: "TB", issuer: "LĐLĐ" }],
    ["7/BC-CĐN", { number: "7", type: "BC", issuer: "CĐN" }],
    ["1/1945/SL-CTN", { number: "1", year: 1945, type: "SL", issuer: "CTN" }],
    ["20/9999/ĐA-ỦBMTTQ", { number: "20", year: 9999, type: "ĐA", issuer: "ỦBMTTQ" }],
  ] as const)("reads %s", (text, expected) => {
    expect(parseDocumentReference(text)).toStrictEqual(expected);
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
  ])("tolerates %j (%s)", (text) => {
    expect(parseDocumentReference(text)).toStrictEqual({ number: "284", type: "HD", issuer: "TLĐ" });
  });

  it("tolerates spaces inside a hyphenated issuer and around the year", () => {
    expect(parseDocumentReference("15 / QĐ - BCH - TLĐ")).toStrictEqual({ number: "15", type: "QĐ", issuer: "BCH-TLĐ" });
    expect(parseDocumentReference("30 / 2020 / NĐ - CP")).toStrictEqual({ number: "30", year: 2020, type: "NĐ", issuer: "CP" });
  });

  it("normalises NFD input to NFC", () => {
    const nfd = "Số 30/2020/NĐ-CP 15/QĐ-BCH-TLĐ".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    const decree = parseDocumentReference("30/2020/NĐ-CP".normalize("NFD"));
    expect(decree).toStrictEqual({ number: "30", year: 2020, type: "NĐ", issuer: "CP" });
    const plan = parseDocumentReference("Số 15/QĐ-ỦBMTTQ".normalize("NFD"));
    expect(plan).toStrictEqual({ number: "15", type: "QĐ", issuer: "ỦBMTTQ" });
    expect(plan.issuer).toBe(plan.issuer.normalize("NFC"));
  });

  it("returns a frozen object, without a year key when there is none", () => {
    const guidance = parseDocumentReference("284/HD-TLĐ");
    expect(Object.isFrozen(guidance)).toBe(true);
    expect(Object.keys(guidance)).toEqual(["number", "type", "issuer"]);
    expect("year" in guidance).toBe(false);
    const decree = parseDocumentReference("30/2020/NĐ-CP");
    expect(Object.isFrozen(decree)).toBe(true);
    expect(Object.keys(decree)).toEqual(["number", "year", "type", "issuer"]);
    expect(() => {
      (decree as { year?: number }).year = 2021;
    }).toThrow(TypeError);
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["Số", "only the prefix"],
    ["284", "no type"],
    ["284/TLĐ", "no type (issuer only)"],
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
    ["284/HĐ-TLĐ\u200b", "a zero-width space"],
    ["No 284/HD-TLĐ", "another prefix"],
    ["Số Số 284/HD-TLĐ", "a doubled prefix"],
    ["45/2019/QH14", "a law citation without type"],
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
    expect(parseDocumentReference(padded)).toStrictEqual({ number: "284", type: "HD", issuer: "TLĐ" });
    expectReferenceError(() => parseDocumentReference(` ${padded}`));
  });

  it("rejects megabyte strings cheaply", () => {
    const huge = `284/HD-${"T".repeat(1_000_000)}`;
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1) expect(isDocumentReference(huge)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    expectReferenceError(() => parseDocumentReference(huge));
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
    expect(safeParseDocumentReference(value).success).toBe(false);
    expect(isDocumentReference(value)).toBe(false);
  });

  it("accepts every Vietnamese letter in codes, capitals first", () => {
    expect(CAPITAL_LETTERS).toHaveLength(93);
    for (const capital of CAPITAL_LETTERS) {
      expect(parseDocumentReference(`1/${capital}-${capital}`)).toStrictEqual({ number: "1", type: capital, issuer: capital });
    }
    for (const small of SMALL_LETTERS) {
      expect(parseDocumentReference(`1/Q${small}-T${small}`)).toStrictEqual({ number: "1", type: `Q${small}`, issuer: `T${small}` });
      expectReferenceError(() => parseDocumentReference(`1/${small}-TLĐ`));
      expectReferenceError(() => parseDocumentReference(`1/HD-${small}`));
    }
  });

  it("accepts no other character of the Basic Multilingual Plane in a code", () => {
    const capitals = new Set(CAPITAL_LETTERS);
    const letters = new Set(ALL_LETTERS);
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (char !== char.normalize("NFC") || char.trim() === "" || char === "-" || char === "/") continue;
      expect(isDocumentReference(`1/${char}-TLĐ`)).toBe(capitals.has(char));
      expect(isDocumentReference(`1/HD-T${char}`)).toBe(letters.has(char));
    }
  });

  it("rejects letters that are not Vietnamese", () => {
    for (const letter of ["Ç", "Ñ", "Ä", "Ø", "ß", "Ω", "Я", "Å", "Ě", "Ǎ"]) {
      expectReferenceError(() => parseDocumentReference(`1/${letter}-TLĐ`));
    }
  });
});

describe("safeParseDocumentReference", () => {
  it("returns the data on success", () => {
    const result = safeParseDocumentReference("655/QĐ-TTg");
    expect(result).toStrictEqual({ success: true, data: { number: "655", type: "QĐ", issuer: "TTg" } });
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
  ])("writes %o as %s", (reference, expected) => {
    expect(formatDocumentReference(reference)).toBe(expected);
    expect(parseDocumentReference(expected)).toStrictEqual(reference);
  });

  it("normalises NFD fields, treats year: undefined as no year and ignores other keys", () => {
    expect(formatDocumentReference({ number: "30", year: 2020, type: "NĐ".normalize("NFD"), issuer: "CP" })).toBe("30/2020/NĐ-CP");
    const withUndefinedYear = { number: "284", year: undefined, type: "HD", issuer: "TLĐ" } as unknown as DocumentReference;
    expect(formatDocumentReference(withUndefinedYear)).toBe("284/HD-TLĐ");
    const legalBasis = { number: "284", type: "HD", issuer: "TLĐ", issuedOn: "2017-03-09", title: "Hướng dẫn" };
    expect(formatDocumentReference(legalBasis)).toBe("284/HD-TLĐ");
  });

  it.each([
    [null, "null"],
    [undefined, "undefined"],
    ["284/HD-TLĐ", "a string"],
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
  ] as [unknown, string][])("rejects %o (%s)", (value) => {
    expectReferenceError(() => formatDocumentReference(value as unknown as DocumentReference));
  });

  it("shows the attempted citation in the message", () => {
    const error = expectReferenceError(() => formatDocumentReference({ number: "284", type: "hd", issuer: "TLĐ" }));
    expect(error.issues[0]?.message).toContain("284/hd-TLĐ");
  });
});

describe("DOCUMENT_REFERENCE_PATTERN", () => {
  it("is anchored and matches the canonical form only", () => {
    expect(DOCUMENT_REFERENCE_PATTERN.source.startsWith("^")).toBe(true);
    expect(DOCUMENT_REFERENCE_PATTERN.source.endsWith("$")).toBe(true);
    expect(DOCUMENT_REFERENCE_PATTERN.flags).toBe("");
    for (const text of ["284/HD-TLĐ", "655/QĐ-TTg", "30/2020/NĐ-CP", "01/2017/TT-BLĐTBXH", "15/QĐ-BCH-TLĐ"]) {
      expect(DOCUMENT_REFERENCE_PATTERN.test(text)).toBe(true);
    }
    for (const text of ["284 / HD - TLĐ", "Số 284/HD-TLĐ", " 284/HD-TLĐ", "284/hd-TLĐ", "284/99/HD-TLĐ", "x284/HD-TLĐ\n"]) {
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
    expect(validate("284/hd-TLĐ")).toBe(false);
    fc.assert(fc.property(referenceArb, (reference) => validate(formatDocumentReference(reference))));
  });
});

describe("properties", () => {
  it("parse(format(r)) deep-equals r for valid references", () => {
    fc.assert(
      fc.property(referenceArb, (reference) => {
        const parsed = parseDocumentReference(formatDocumentReference(reference));
        expect(parsed).toStrictEqual(reference);
        expect(Object.isFrozen(parsed)).toBe(true);
      }),
    );
  });

  it("the pattern accepts every canonical output of format", () => {
    fc.assert(fc.property(referenceArb, (reference) => DOCUMENT_REFERENCE_PATTERN.test(formatDocumentReference(reference))));
  });

  it("lenient spellings (spaces, Số, NFD) read the same as the canonical form", () => {
    const space = fc.constantFrom("", " ", "  ", "\t", "\u00a0");
    fc.assert(
      fc.property(
        referenceArb,
        fc.constantFrom("", "Số ", "số ", "SỐ ", "Số: ", "Số"),
        space,
        space,
        space,
        fc.boolean(),
        (reference, prefix, before, after, outer, nfd) => {
          const canonical = formatDocumentReference(reference);
          const spaced = canonical.replace(/[/-]/g, (separator) => `${before}${separator}${after}`);
          const text = `${outer}${prefix}${spaced}${outer}`;
          expect(parseDocumentReference(nfd ? text.normalize("NFD") : text)).toStrictEqual(reference);
        },
      ),
    );
  });

  const textArb = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.constantFrom(..."0123456789/- aSsốỐ", ...ALL_LETTERS.slice(0, 40), "Đ", "đ"), maxLength: 30 }),
    referenceArb.map((reference) => formatDocumentReference(reference)),
    fc
      .tuple(referenceArb, fc.nat(), fc.string({ maxLength: 2 }))
      .map(([reference, at, insert]) => {
        const text = formatDocumentReference(reference);
        const index = at % (text.length + 1);
        return text.slice(0, index) + insert + text.slice(index);
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
      fc.property(referenceArb, codeArb, fc.integer({ min: 1945, max: 9999 }), (reference, extra, year) => {
        expectReferenceError(() => formatDocumentReference({ ...reference, type: `${reference.type}-${extra}` }));
        expectReferenceError(() => formatDocumentReference({ ...reference, number: `${reference.number}/${year}` }));
        expectReferenceError(() => formatDocumentReference({ ...reference, issuer: `${reference.issuer}/${extra}` }));
      }),
    );
  });

  it("formatDocumentReference either writes a canonical string or throws PlanError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), referenceArb), (value) => {
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
