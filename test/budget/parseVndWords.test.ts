import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVndWords, safeParseVndWords } from "../../src/budget/parseVndWords.js";
import { parseVnd } from "../../src/budget/parseVnd.js";
import { vndToWords, type VndToWordsOptions } from "../../src/budget/vndToWords.js";
import { isVnd } from "../../src/budget/vnd.js";
import { PlanError } from "../../src/errors/PlanError.js";

/** The single issue of the PlanError that parseVndWords throws for `text`. */
function issueOf(text: unknown) {
  try {
    parseVndWords(text as string);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    const issues = (error as PlanError).issues;
    expect(issues).toHaveLength(1);
    return issues[0]!;
  }
  throw new Error(`parseVndWords(${JSON.stringify(text)}) did not throw`);
}

const read = (text: string): bigint => parseVndWords(text).toBigInt();

// ---------------------------------------------------------------------------------------------------
// The worked examples of DOMAIN.md ("Money in words: the rules, with worked examples"), verbatim.
// ---------------------------------------------------------------------------------------------------
describe("parseVndWords: the worked examples of DOMAIN.md", () => {
  it.each([
    ["mười lăm", 15n],
    ["hai mươi tư", 24n],
    ["một trăm linh năm", 105n],
    ["một trăm mười", 110n],
    ["một nghìn không trăm linh năm", 1_005n],
    ["bốn mươi sáu nghìn bảy trăm linh bốn", 46_704n],
    ["năm trăm linh năm nghìn năm trăm mười lăm", 505_515n],
    ["một triệu không trăm linh một", 1_000_001n],
    ["năm triệu không trăm hai mươi lăm nghìn một trăm mười", 5_025_110n],
    ["Một trăm năm mươi mốt triệu năm trăm nghìn đồng", 151_500_000n],
    ["một tỷ năm trăm linh năm triệu năm trăm năm mươi lăm nghìn không trăm linh năm", 1_505_555_005n],
    ["bốn nghìn không trăm linh năm tỷ", 4_005_000_000_000n],
    ["một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba", 1_234_567_890_123n],
    ["một tỷ tỷ", 10n ** 18n],
  ])("%s → %s", (text, expected) => {
    const amount = parseVndWords(text);
    expect(isVnd(amount)).toBe(true);
    expect(amount.toBigInt()).toBe(expected);
  });

  it("reads the number of tỷ as a number of its own", () => {
    expect(read("một nghìn tỷ")).toBe(10n ** 12n);
    expect(read("một triệu tỷ")).toBe(10n ** 15n);
    expect(read("một nghìn tỷ tỷ")).toBe(10n ** 21n);
    expect(read("một tỷ không trăm linh năm tỷ")).toBe(10n ** 18n + 5n * 10n ** 9n);
    // Not 1.234 tỷ: under the recursive rule these words name 10^21 + 234 × 10^9.
    expect(read("một nghìn tỷ hai trăm ba mươi tư tỷ")).toBe(10n ** 21n + 234n * 10n ** 9n);
    expect(read("một trăm nghìn tỷ tỷ tỷ tỷ tỷ tỷ")).toBe(10n ** 59n);
    expect(read("chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín")).toBe(10n ** 15n - 1n);
  });
});

// ---------------------------------------------------------------------------------------------------
// What documents write around the words.
// ---------------------------------------------------------------------------------------------------
describe("parseVndWords: the forms of a document's \"Bằng chữ\" line", () => {
  const amount = 151_500_000n;
  it.each([
    "Một trăm năm mươi mốt triệu năm trăm nghìn đồng",
    "Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn",
    "Một trăm năm mươi mốt triệu năm trăm nghìn chẵn",
    "Một trăm năm mươi mốt triệu năm trăm nghìn",
    "một trăm năm mươi mốt triệu năm trăm nghìn đồng",
    "MỘT TRĂM NĂM MƯƠI MỐT TRIỆU NĂM TRĂM NGHÌN ĐỒNG",
    "Một trăm năm mươi mốt triệu năm trăm nghìn đồng./.",
    "Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn./.",
    "Một trăm năm mươi mốt triệu năm trăm nghìn đồng.",
    "Một trăm năm mươi mốt triệu năm trăm nghìn đồng ./.",
    "Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng",
    "Bằng chữ:Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn./.",
    "Bằng chữ Một trăm năm mươi mốt triệu năm trăm nghìn đồng",
    "Số tiền bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng",
    "Viết bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng",
    "(Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng)",
    "(Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn./.)",
    "(Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng)./.",
    "(Một trăm năm mươi mốt triệu năm trăm nghìn đồng)",
    "  Một   trăm năm\tmươi mốt triệu\u00a0năm trăm nghìn  đồng  ",
    "Một trăm năm mươi mốt\ntriệu năm trăm nghìn đồng",
  ])("%j", (text) => {
    expect(read(text)).toBe(amount);
    expect(read(text.normalize("NFD"))).toBe(amount);
  });

  it("reads NFD text (the decomposed accents of some editors)", () => {
    const nfd = "Một trăm năm mươi mốt triệu".normalize("NFD");
    expect(nfd).not.toBe("Một trăm năm mươi mốt triệu");
    expect(read(nfd)).toBe(151_000_000n);
  });

  it("zero and negative amounts", () => {
    expect(read("Không đồng")).toBe(0n);
    expect(read("không")).toBe(0n);
    expect(read("Không đồng chẵn")).toBe(0n);
    expect(read("Âm ba mươi nghìn đồng")).toBe(-30_000n);
    expect(read("âm một đồng")).toBe(-1n);
    expect(read("Bằng chữ: Âm một trăm linh năm đồng")).toBe(-105n);
  });

  it("checks a document's words against its figure", () => {
    // The total of the reference plan's budget estimate, with the words an officer would write under it.
    const figure = parseVnd("151.500.000");
    expect(parseVndWords("(Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn./.)").equals(figure)).toBe(true);
    expect(parseVndWords("(Bằng chữ: Một trăm năm mươi triệu năm trăm nghìn đồng chẵn./.)").equals(figure)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------
// The variants that documents and people write: each stands for one official word.
// ---------------------------------------------------------------------------------------------------
describe("parseVndWords: written variants", () => {
  it.each([
    // tỉ / tỷ, ngàn / nghìn, lẻ / linh, bẩy / bảy: anywhere
    ["mười lăm tỉ", 15_000_000_000n],
    ["một ngàn tỉ", 10n ** 12n],
    ["một ngàn không trăm lẻ năm", 1_005n],
    ["bốn mươi sáu ngàn bảy trăm lẻ bốn", 46_704n],
    ["bẩy trăm bẩy mươi bẩy", 777n],
    ["bẩy tỷ", 7_000_000_000n],
    // north and south mixed in one text
    ["một triệu không trăm lẻ một nghìn không trăm linh một", 1_001_001n],
    ["một ngàn tỷ không trăm linh năm triệu", 10n ** 12n + 5_000_000n],
    // after "mươi" only: một for mốt, năm for lăm, bốn for tư
    ["hai mươi một", 21n],
    ["hai mươi mốt", 21n],
    ["hai mươi năm", 25n],
    ["hai mươi lăm", 25n],
    ["hai mươi bốn", 24n],
    ["hai mươi tư", 24n],
    ["chín mươi một nghìn", 91_000n],
    ["một trăm năm mươi một triệu năm trăm nghìn đồng", 151_500_000n],
    ["ba tỷ không trăm hai mươi một triệu", 3_021_000_000n],
    ["năm mươi năm", 55n],
    ["bốn mươi bốn", 44n],
  ])("%s → %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// What it refuses: not a well-formed amount, or ambiguous. Never a guess.
// ---------------------------------------------------------------------------------------------------
describe("parseVndWords: what it refuses, with one invalid_amount issue at path []", () => {
  it.each([
    // structure
    ["a doubled group", "một triệu một triệu"],
    ["a doubled group name", "một triệu triệu"],
    ["group names out of order", "một nghìn một triệu"],
    ["a thousand million for a tỷ", "một nghìn triệu"],
    ["a group above 999", "mười nghìn nghìn"],
    ["a group after other words without its hundreds (1.000.002 or 1.200.000?)", "một triệu hai"],
    ["a group after other words without its hundreds (1.005 or 1.500?)", "một nghìn năm"],
    ["linh without không trăm after other words", "một nghìn linh năm"],
    ["a group after tỷ without its hundreds", "một tỷ năm"],
    ["the tens of a group after other words without hundreds", "một nghìn mười lăm"],
    ["không trăm in the first group", "không trăm năm mươi nghìn"],
    ["an all-zero group", "một triệu không trăm nghìn"],
    ["a zero unit", "một trăm linh không"],
    ["tỷ without its number", "tỷ"],
    ["tỷ first", "tỷ một"],
    ["trăm without its digit", "trăm"],
    ["a group name alone", "nghìn"],
    ["two digits in a row", "hai ba"],
    ["a digit before mười", "hai mười"],
    ["một mươi for mười", "một mươi"],
    ["không mươi", "một trăm không mươi năm"],
    ["linh alone", "linh năm"],
    ["linh after mươi", "hai mươi linh năm"],
    ["linh before nothing", "một trăm linh"],
    ["zero among other words", "không một"],
    ["minus zero", "âm không đồng"],
    ["minus twice", "âm âm một đồng"],
    // the unit words in their places
    ["mười năm (15 is mười lăm)", "mười năm"],
    ["mười năm nghìn", "mười năm nghìn"],
    ["mười tư (14 is mười bốn)", "mười tư"],
    ["mười mốt (11 is mười một)", "mười mốt"],
    ["linh tư (104 is một trăm linh bốn)", "một trăm linh tư"],
    ["linh mốt", "một trăm linh mốt"],
    ["linh lăm", "một trăm linh lăm"],
    ["mốt alone", "mốt"],
    ["lăm alone", "lăm"],
    ["tư alone", "tư"],
    ["tư before trăm", "tư trăm"],
    ["mốt before trăm", "mốt trăm"],
    // the words around the number
    ["đồng first", "đồng một trăm"],
    ["đồng twice", "một trăm đồng đồng"],
    ["chẵn before đồng", "một trăm chẵn đồng"],
    ["đồng in the middle", "một trăm đồng năm mươi"],
    ["digits", "1 triệu đồng"],
    ["digits and words", "một triệu 500 nghìn"],
    ["a comma between groups", "một triệu, năm trăm nghìn"],
    ["another word", "một trăm nghìn đô la"],
    ["no number words", "đồng chẵn"],
    ["only a prefix", "Bằng chữ:"],
    ["an empty text", ""],
    ["blank text", "   "],
    ["an unclosed parenthesis", "(một trăm đồng"],
  ])("%s: %j", (_name, text) => {
    const issue = issueOf(text);
    expect(issue.code).toBe("invalid_amount");
    expect(issue.path).toEqual([]);
    expect(issue.messageVi).not.toBe(issue.message);
    expect(issue.message).not.toContain("[object");
  });

  it("names a word that is not a number word", () => {
    expect(issueOf("một trăm nghìn đô la").message).toContain('"đô" is not a number word');
    expect(issueOf("một triệu, năm trăm nghìn").message).toContain('"triệu," is not a number word');
    expect(issueOf("một triệu, năm trăm nghìn").messageVi).toContain('"triệu," không phải là chữ số');
  });

  it("refuses more than 60 digits and texts over 1000 characters", () => {
    expect(issueOf("một tỷ tỷ tỷ tỷ tỷ tỷ tỷ").message).toMatch(/more than 60 digits/);
    expect(read("một trăm nghìn tỷ tỷ tỷ tỷ tỷ tỷ")).toBe(10n ** 59n);
    expect(issueOf("một trăm ".repeat(120)).message).toMatch(/longer than 1000/);
    expect(issueOf("một ".repeat(300)).code).toBe("invalid_amount");
  });

  it.each([[151_500_000], [151_500_000n], [null], [undefined], [{}], [["một"]], [true]])("refuses a value that is not a string: %s", (value) => {
    const issue = issueOf(value);
    expect(issue.code).toBe("invalid_amount");
    expect(issue.path).toEqual([]);
    expect(issue.message).toMatch(/expected a string/);
    expect(issue.messageVi).toMatch(/cần một chuỗi/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------
const LIMIT = 10n ** 60n;
/** Digits that are mostly zeros, so that zero groups, linh, không trăm and tỷ tỷ come up often. */
const sparseAmount = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom("0", "0", "0", "0", "0", "1", "4", "5", "9"), { minLength: 1, maxLength: 60 }))
  .map(([negative, digits]) => (negative ? -1n : 1n) * BigInt(digits.join("")));
const anyAmount = fc.oneof(fc.bigInt({ min: -(LIMIT - 1n), max: LIMIT - 1n }), fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), sparseAmount);
const optionsArb: fc.Arbitrary<VndToWordsOptions> = fc.record({
  dialect: fc.constantFrom("north", "south"),
  four: fc.constantFrom("tư", "bốn"),
  exact: fc.boolean(),
  capitalize: fc.boolean(),
  currency: fc.boolean(),
}) as fc.Arbitrary<VndToWordsOptions>;

/** The official word for each written variant (the list of docs/budget.md); after "mươi" three more. */
const VARIANTS: Readonly<Record<string, string>> = { tỉ: "tỷ", ngàn: "nghìn", lẻ: "linh", bẩy: "bảy" };
const AFTER_MUOI: Readonly<Record<string, string>> = { một: "mốt", năm: "lăm", bốn: "tư" };

/** The words of a text in their official form, for comparing two texts up to their variants. */
function officialWords(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().split(" ")) {
    const official = VARIANTS[word] ?? word;
    out.push(out.at(-1) === "mươi" ? (AFTER_MUOI[official] ?? official) : official);
  }
  return out;
}

describe("parseVndWords: properties", () => {
  it("is the inverse of vndToWords for every option combination, up to 10^60", () => {
    fc.assert(
      fc.property(anyAmount, optionsArb, (amount, options) => {
        const words = vndToWords(amount, options);
        expect(read(words)).toBe(amount);
        expect(read(words.normalize("NFD"))).toBe(amount);
      }),
      { numRuns: 3000 },
    );
  });

  it("covers all 32 option combinations on the same amounts", () => {
    const combinations: VndToWordsOptions[] = [];
    for (const dialect of ["north", "south"] as const)
      for (const four of ["tư", "bốn"] as const)
        for (const exact of [false, true])
          for (const capitalize of [false, true]) for (const currency of [false, true]) combinations.push({ dialect, four, exact, capitalize, currency });
    expect(combinations).toHaveLength(32);
    for (const amount of [0n, 4n, 14n, 15n, 21n, 24n, 25n, 104n, 105n, 1_005n, 24_024n, 151_500_000n, -46_704n, 10n ** 18n + 5n * 10n ** 9n, 10n ** 60n - 1n]) {
      for (const options of combinations) expect(read(vndToWords(amount, options))).toBe(amount);
    }
  });

  it("reads every variant spelling of the official words to the same amount", () => {
    // Replace official words by their variants at random: tỷ → tỉ, nghìn → ngàn, linh → lẻ, bảy → bẩy;
    // after "mươi": mốt → một, lăm → năm, tư → bốn.
    const toVariant: Readonly<Record<string, string>> = { tỷ: "tỉ", nghìn: "ngàn", linh: "lẻ", bảy: "bẩy" };
    const afterMuoi: Readonly<Record<string, string>> = { mốt: "một", lăm: "năm", tư: "bốn" };
    fc.assert(
      fc.property(anyAmount, fc.infiniteStream(fc.boolean()), (amount, coins) => {
        const words = vndToWords(amount, { capitalize: false }).split(" ");
        const varied = words.map((word, i) => {
          const variant = words[i - 1] === "mươi" ? (afterMuoi[word] ?? toVariant[word]) : toVariant[word];
          return variant !== undefined && coins.next().value ? variant : word;
        });
        expect(read(varied.join(" "))).toBe(amount);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses a text with a group name dropped or doubled, or reads it to another amount whose words it is", () => {
    const GROUP_NAMES = new Set(["nghìn", "triệu", "tỷ"]);
    fc.assert(
      fc.property(
        anyAmount.filter((a) => a >= 1000n || a <= -1000n),
        fc.nat(),
        fc.boolean(),
        (amount, pick, drop) => {
          const words = vndToWords(amount, { capitalize: false, currency: false }).split(" ");
          const places = words.flatMap((word, i) => (GROUP_NAMES.has(word) ? [i] : []));
          const at = places[pick % places.length]!;
          const corrupted = drop ? [...words.slice(0, at), ...words.slice(at + 1)] : [...words.slice(0, at + 1), ...words.slice(at)];
          const result = safeParseVndWords(corrupted.join(" "));
          if (result.success) {
            const other = result.data.toBigInt();
            expect(other).not.toBe(amount);
            // ...and the corrupted text is exactly the words of that other amount.
            expect(vndToWords(other, { capitalize: false, currency: false }).split(" ")).toEqual(corrupted);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("accepts a text only when it is the words of its amount, up to variants (every text of up to 3 words)", () => {
    const vocabulary = [
      "không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín",
      "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "âm",
    ];
    let accepted = 0;
    const check = (words: readonly string[]): void => {
      const text = words.join(" ");
      const result = safeParseVndWords(text);
      if (!result.success) return;
      accepted += 1;
      expect(officialWords(vndToWords(result.data, { capitalize: false, currency: false }))).toEqual(officialWords(text));
    };
    for (const a of vocabulary) {
      check([a]);
      for (const b of vocabulary) {
        check([a, b]);
        for (const c of vocabulary) check([a, b, c]);
      }
    }
    // Among them: "một", "mười lăm", "hai mươi mốt" / "hai mươi một", "một tỷ tỷ", "âm một trăm", …
    expect(accepted).toBeGreaterThan(100);
  });

  it("accepts random word salads only when they are the words of their amount", () => {
    const vocabulary = ["không", "một", "mốt", "hai", "bốn", "tư", "năm", "lăm", "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }), (words) => {
        const result = safeParseVndWords(words.join(" "));
        if (result.success) expect(officialWords(vndToWords(result.data, { capitalize: false, currency: false }))).toEqual(officialWords(words.join(" ")));
      }),
      { numRuns: 3000 },
    );
  });

  it("safeParseVndWords never throws, whatever it is given, and agrees with parseVndWords", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything(), fc.string({ maxLength: 2000 })), (value) => {
        const result = safeParseVndWords(value);
        if (result.success) expect(parseVndWords(value as string).equals(result.data)).toBe(true);
        else {
          expect(result.error.issues[0]?.code).toBe("invalid_amount");
          expect(() => parseVndWords(value as string)).toThrow(PlanError);
        }
      }),
    );
  });

  it("rejects the names of Object.prototype's members as number words", () => {
    for (const word of Object.getOwnPropertyNames(Object.prototype)) {
      for (const text of [word, `một ${word} đồng`, `hai mươi ${word} đồng`]) {
        const result = safeParseVndWords(text);
        expect(result.success, text).toBe(false);
        if (!result.success) expect(result.error.issues.map((i) => i.code), text).toEqual(["invalid_amount"]);
      }
    }
  });
});
