import fc from "fast-check";
import { thrownIssues } from "../thrownIssues.js";
import { describe, expect, it } from "vitest";
import { vndToWords, type VndToWordsOptions } from "../../src/budget/vndToWords.js";
import { vnd } from "../../src/budget/vnd.js";
import { PlanError } from "../../src/errors/PlanError.js";

/** Only the number words: no capital, no "đồng". */
const bare = { capitalize: false, currency: false } as const;
const words = (amount: bigint | number | string, options: VndToWordsOptions = {}): string => vndToWords(amount, { ...bare, ...options });
const sentence = (body: string): string => `${body.charAt(0).toUpperCase()}${body.slice(1)} đồng`;

// ---------------------------------------------------------------------------------------------------
// An independent reader: words back to a bigint, written from the rules of DOMAIN.md and not from the
// implementation. It requires the group names in strictly decreasing order (a doubled group fails), every
// group between 1 and 999 (a group that swallowed another fails), and the special words in their contexts
// (mốt and tư only after mươi, lăm only after mười/mươi, linh/lẻ only after trăm and before a unit).
// ---------------------------------------------------------------------------------------------------
const DIGIT_VALUE: Readonly<Record<string, number>> = {
  không: 0, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mốt: 1, lăm: 5, tư: 4,
};

function wordsToNumber(text: string): bigint {
  const fail = (why: string): never => {
    throw new Error(`wordsToNumber(${JSON.stringify(text)}): ${why}`);
  };
  let rest = text;
  if (rest.endsWith(" đồng chẵn")) rest = rest.slice(0, -" đồng chẵn".length);
  else if (rest.endsWith(" đồng")) rest = rest.slice(0, -" đồng".length);
  else fail("does not end in đồng");
  const tokens = rest.split(" ");
  tokens[0] = tokens[0]!.toLowerCase();
  let sign = 1n;
  if (tokens[0] === "âm") {
    sign = -1n;
    tokens.shift();
  }
  if (tokens.length === 1 && tokens[0] === "không") return 0n;
  return sign * readTokens(tokens, false, fail);
}

/**
 * The value of number words. From 10^9 on the words are "<the number of tỷ> tỷ <the rest below 10^9>", the
 * count read by these same rules: the rest holds no "tỷ", so the split is at the last "tỷ". `afterWords`
 * says whether words came before (then the first group must read its hundreds digit).
 */
function readTokens(tokens: readonly string[], afterWords: boolean, fail: (why: string) => never): bigint {
  const last = tokens.lastIndexOf("tỷ");
  if (last >= 0) {
    if (last === 0) fail("tỷ without a count");
    const count = readTokens(tokens.slice(0, last), false, fail);
    const rest = tokens.slice(last + 1);
    const below = rest.length === 0 ? 0n : readBelowBillion(rest, true, fail);
    return count * 10n ** 9n + below;
  }
  return readBelowBillion(tokens, afterWords, fail);
}

/** Groups named (none), nghìn, triệu in strictly decreasing order, each 1–999, the words in their contexts. */
function readBelowBillion(tokens: readonly string[], afterWords: boolean, fail: (why: string) => never): bigint {
  let total = 0n;
  let lastPower = Number.POSITIVE_INFINITY;
  let group = 0; // the value of the current group so far
  let pending: number | undefined; // a digit word not yet consumed by "trăm" or "mươi"
  let previous = "";
  let groupStart = 0;
  let started = afterWords;
  const closeGroup = (power: number, end: number): void => {
    const value = group + (pending ?? 0);
    if (value < 1 || value > 999) fail(`group value ${value} at 1000^${power}`);
    if (power >= lastPower) fail(`group names out of order: 1000^${power} after 1000^${lastPower}`);
    // After the first words, every group reads its hundreds digit ("không trăm").
    if (started && tokens[groupStart + 1] !== "trăm") fail(`a group after other words without its hundreds at ${tokens.slice(groupStart, end).join(" ")}`);
    total += BigInt(value) * 1000n ** BigInt(power);
    lastPower = power;
    group = 0;
    pending = undefined;
    started = true;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token in DIGIT_VALUE) {
      if (pending !== undefined) fail(`two digit words in a row at ${token}`);
      if (token === "mốt" && previous !== "mươi") fail("mốt not after mươi");
      if (token === "tư" && previous !== "mươi") fail("tư not after mươi");
      if (token === "lăm" && previous !== "mươi" && previous !== "mười") fail("lăm not after mười/mươi");
      if (token === "năm" && (previous === "mươi" || previous === "mười")) fail("năm after mười/mươi");
      if (token === "một" && previous === "mươi") fail("một after mươi");
      pending = DIGIT_VALUE[token]!;
    } else if (token === "trăm") {
      if (pending === undefined) fail("trăm without a digit");
      group += pending! * 100;
      pending = undefined;
    } else if (token === "mươi") {
      if (pending === undefined || pending < 2) fail("mươi without a digit from 2 to 9");
      group += pending! * 10;
      pending = undefined;
    } else if (token === "mười") {
      if (pending !== undefined) fail("a digit before mười");
      group += 10;
    } else if (token === "linh" || token === "lẻ") {
      const next = tokens[i + 1];
      if (previous !== "trăm") fail(`${token} not after trăm`);
      if (next === undefined || !(next in DIGIT_VALUE) || next === "không") fail(`${token} not before a unit`);
    } else if (token === "nghìn" || token === "ngàn" || token === "triệu") {
      closeGroup(token === "triệu" ? 2 : 1, i);
      groupStart = i + 1;
    } else {
      fail(`unknown word ${JSON.stringify(token)}`);
    }
    previous = token;
  }
  if (group + (pending ?? 0) > 0) closeGroup(0, tokens.length);
  if (lastPower === Number.POSITIVE_INFINITY) fail("no number");
  return total;
}

// ---------------------------------------------------------------------------------------------------
// An independent writer of the rules, from the digits as text (the implementation works on numbers and a
// table): groups of three named (none), nghìn, triệu below 10^9; from 10^9 on the count of tỷ read the same
// way, recursively, then "tỷ", then the rest.
// ---------------------------------------------------------------------------------------------------
const DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

function referenceGroup(digits: string, full: boolean): string[] {
  const [h, t, u] = [...digits.padStart(3, "0")].map(Number) as [number, number, number];
  const out: string[] = [];
  if (full || h > 0) out.push(DIGIT_WORDS[h]!, "trăm");
  if (t === 0 && u > 0) out.push(...(out.length > 0 ? ["linh"] : []), DIGIT_WORDS[u]!);
  if (t === 1) out.push("mười", ...(u === 5 ? ["lăm"] : u > 0 ? [DIGIT_WORDS[u]!] : []));
  if (t >= 2) out.push(DIGIT_WORDS[t]!, "mươi", ...(u === 1 ? ["mốt"] : u === 4 ? ["tư"] : u === 5 ? ["lăm"] : u > 0 ? [DIGIT_WORDS[u]!] : []));
  return out;
}

function referenceBelowBillion(digits: string, started: boolean): string[] {
  const padded = digits.padStart(9, "0");
  const out: string[] = [];
  ["triệu", "nghìn", ""].forEach((name, i) => {
    const group = padded.slice(i * 3, i * 3 + 3);
    if (group === "000") return;
    out.push(...referenceGroup(group, started || out.length > 0), ...(name === "" ? [] : [name]));
  });
  return out;
}

function referenceWords(amount: bigint): string {
  const digits = amount.toString();
  const read = (d: string): string[] =>
    d.length <= 9 ? referenceBelowBillion(d, false) : [...read(d.slice(0, -9)), "tỷ", ...referenceBelowBillion(d.slice(-9), true)];
  return amount === 0n ? "không" : read(digits).join(" ");
}

describe("wordsToNumber (the reference reader of these tests)", () => {
  it("reads what the rules write, and refuses doubled or misplaced words", () => {
    expect(wordsToNumber("Một trăm năm mươi mốt triệu năm trăm nghìn đồng")).toBe(151_500_000n);
    expect(wordsToNumber("Một tỷ không trăm linh năm tỷ đồng chẵn")).toBe(10n ** 18n + 5n * 10n ** 9n);
    expect(wordsToNumber("Một nghìn hai trăm ba mươi tư tỷ đồng")).toBe(1_234n * 10n ** 9n);
    // The old, wrong reading of 1.234 tỷ names another amount under the recursive rule.
    expect(wordsToNumber("Một nghìn tỷ hai trăm ba mươi tư tỷ đồng")).toBe(10n ** 21n + 234n * 10n ** 9n);
    expect(() => wordsToNumber("Một tỷ năm đồng")).toThrow();
    expect(wordsToNumber("Âm mười lăm đồng")).toBe(-15n);
    expect(() => wordsToNumber("Một triệu một triệu đồng")).toThrow();
    expect(() => wordsToNumber("Một nghìn một triệu đồng")).toThrow();
    expect(() => wordsToNumber("Hai mươi một đồng")).toThrow();
    expect(() => wordsToNumber("Mười năm đồng")).toThrow();
    expect(() => wordsToNumber("Linh năm đồng")).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------------
// DOMAIN.md, "Money in words: the rules, with worked examples": every row, verbatim. The rows in lower
// case without "đồng" are the number words (capitalize: false, currency: false); the 151.500.000 row is
// the full sentence (the defaults).
// ---------------------------------------------------------------------------------------------------
describe("vndToWords: the worked examples of DOMAIN.md", () => {
  it.each([
    [15n, "mười lăm"],
    [24n, "hai mươi tư"],
    [105n, "một trăm linh năm"],
    [110n, "một trăm mười"],
    [1_005n, "một nghìn không trăm linh năm"],
    [46_704n, "bốn mươi sáu nghìn bảy trăm linh bốn"],
    [505_515n, "năm trăm linh năm nghìn năm trăm mười lăm"],
    [1_000_001n, "một triệu không trăm linh một"],
    [5_025_110n, "năm triệu không trăm hai mươi lăm nghìn một trăm mười"],
    [1_505_555_005n, "một tỷ năm trăm linh năm triệu năm trăm năm mươi lăm nghìn không trăm linh năm"],
    [4_005_000_000_000n, "bốn nghìn không trăm linh năm tỷ"],
    [1_234_567_890_123n, "một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba"],
    [10n ** 18n, "một tỷ tỷ"],
  ])("%s → %s", (amount, expected) => {
    expect(words(amount)).toBe(expected);
  });

  it("151.500.000 → Một trăm năm mươi mốt triệu năm trăm nghìn đồng", () => {
    expect(vndToWords(151_500_000)).toBe("Một trăm năm mươi mốt triệu năm trăm nghìn đồng");
    expect(vndToWords("151.500.000")).toBe("Một trăm năm mươi mốt triệu năm trăm nghìn đồng");
  });
});

// ---------------------------------------------------------------------------------------------------
// A table worked by hand from the rules.
// ---------------------------------------------------------------------------------------------------
const ZERO_TO_120: readonly (readonly [number, string])[] = [
  [0, "không"],
  [1, "một"],
  [2, "hai"],
  [3, "ba"],
  [4, "bốn"],
  [5, "năm"],
  [6, "sáu"],
  [7, "bảy"],
  [8, "tám"],
  [9, "chín"],
  [10, "mười"],
  [11, "mười một"],
  [12, "mười hai"],
  [13, "mười ba"],
  [14, "mười bốn"],
  [15, "mười lăm"],
  [16, "mười sáu"],
  [17, "mười bảy"],
  [18, "mười tám"],
  [19, "mười chín"],
  [20, "hai mươi"],
  [21, "hai mươi mốt"],
  [22, "hai mươi hai"],
  [23, "hai mươi ba"],
  [24, "hai mươi tư"],
  [25, "hai mươi lăm"],
  [26, "hai mươi sáu"],
  [27, "hai mươi bảy"],
  [28, "hai mươi tám"],
  [29, "hai mươi chín"],
  [30, "ba mươi"],
  [31, "ba mươi mốt"],
  [32, "ba mươi hai"],
  [33, "ba mươi ba"],
  [34, "ba mươi tư"],
  [35, "ba mươi lăm"],
  [36, "ba mươi sáu"],
  [37, "ba mươi bảy"],
  [38, "ba mươi tám"],
  [39, "ba mươi chín"],
  [40, "bốn mươi"],
  [41, "bốn mươi mốt"],
  [42, "bốn mươi hai"],
  [43, "bốn mươi ba"],
  [44, "bốn mươi tư"],
  [45, "bốn mươi lăm"],
  [46, "bốn mươi sáu"],
  [47, "bốn mươi bảy"],
  [48, "bốn mươi tám"],
  [49, "bốn mươi chín"],
  [50, "năm mươi"],
  [51, "năm mươi mốt"],
  [52, "năm mươi hai"],
  [53, "năm mươi ba"],
  [54, "năm mươi tư"],
  [55, "năm mươi lăm"],
  [56, "năm mươi sáu"],
  [57, "năm mươi bảy"],
  [58, "năm mươi tám"],
  [59, "năm mươi chín"],
  [60, "sáu mươi"],
  [61, "sáu mươi mốt"],
  [62, "sáu mươi hai"],
  [63, "sáu mươi ba"],
  [64, "sáu mươi tư"],
  [65, "sáu mươi lăm"],
  [66, "sáu mươi sáu"],
  [67, "sáu mươi bảy"],
  [68, "sáu mươi tám"],
  [69, "sáu mươi chín"],
  [70, "bảy mươi"],
  [71, "bảy mươi mốt"],
  [72, "bảy mươi hai"],
  [73, "bảy mươi ba"],
  [74, "bảy mươi tư"],
  [75, "bảy mươi lăm"],
  [76, "bảy mươi sáu"],
  [77, "bảy mươi bảy"],
  [78, "bảy mươi tám"],
  [79, "bảy mươi chín"],
  [80, "tám mươi"],
  [81, "tám mươi mốt"],
  [82, "tám mươi hai"],
  [83, "tám mươi ba"],
  [84, "tám mươi tư"],
  [85, "tám mươi lăm"],
  [86, "tám mươi sáu"],
  [87, "tám mươi bảy"],
  [88, "tám mươi tám"],
  [89, "tám mươi chín"],
  [90, "chín mươi"],
  [91, "chín mươi mốt"],
  [92, "chín mươi hai"],
  [93, "chín mươi ba"],
  [94, "chín mươi tư"],
  [95, "chín mươi lăm"],
  [96, "chín mươi sáu"],
  [97, "chín mươi bảy"],
  [98, "chín mươi tám"],
  [99, "chín mươi chín"],
  [100, "một trăm"],
  [101, "một trăm linh một"],
  [102, "một trăm linh hai"],
  [103, "một trăm linh ba"],
  [104, "một trăm linh bốn"],
  [105, "một trăm linh năm"],
  [106, "một trăm linh sáu"],
  [107, "một trăm linh bảy"],
  [108, "một trăm linh tám"],
  [109, "một trăm linh chín"],
  [110, "một trăm mười"],
  [111, "một trăm mười một"],
  [112, "một trăm mười hai"],
  [113, "một trăm mười ba"],
  [114, "một trăm mười bốn"],
  [115, "một trăm mười lăm"],
  [116, "một trăm mười sáu"],
  [117, "một trăm mười bảy"],
  [118, "một trăm mười tám"],
  [119, "một trăm mười chín"],
  [120, "một trăm hai mươi"],
];

const PATTERNS: readonly (readonly [bigint, string])[] = [
  // hundreds of the first group
  [200n, "hai trăm"],
  [201n, "hai trăm linh một"],
  [204n, "hai trăm linh bốn"],
  [205n, "hai trăm linh năm"],
  [210n, "hai trăm mười"],
  [211n, "hai trăm mười một"],
  [214n, "hai trăm mười bốn"],
  [215n, "hai trăm mười lăm"],
  [221n, "hai trăm hai mươi mốt"],
  [224n, "hai trăm hai mươi tư"],
  [225n, "hai trăm hai mươi lăm"],
  [400n, "bốn trăm"],
  [444n, "bốn trăm bốn mươi tư"],
  [500n, "năm trăm"],
  [505n, "năm trăm linh năm"],
  [515n, "năm trăm mười lăm"],
  [555n, "năm trăm năm mươi lăm"],
  [701n, "bảy trăm linh một"],
  [777n, "bảy trăm bảy mươi bảy"],
  [999n, "chín trăm chín mươi chín"],
  // an inner units group: x01, x05, x10, x11, x14, x15, x21, x24, x25 with hundreds 0 and not 0
  [1_000n, "một nghìn"],
  [1_001n, "một nghìn không trăm linh một"],
  [1_004n, "một nghìn không trăm linh bốn"],
  [1_005n, "một nghìn không trăm linh năm"],
  [1_007n, "một nghìn không trăm linh bảy"],
  [1_010n, "một nghìn không trăm mười"],
  [1_011n, "một nghìn không trăm mười một"],
  [1_014n, "một nghìn không trăm mười bốn"],
  [1_015n, "một nghìn không trăm mười lăm"],
  [1_017n, "một nghìn không trăm mười bảy"],
  [1_020n, "một nghìn không trăm hai mươi"],
  [1_021n, "một nghìn không trăm hai mươi mốt"],
  [1_024n, "một nghìn không trăm hai mươi tư"],
  [1_025n, "một nghìn không trăm hai mươi lăm"],
  [1_044n, "một nghìn không trăm bốn mươi tư"],
  [1_051n, "một nghìn không trăm năm mươi mốt"],
  [1_055n, "một nghìn không trăm năm mươi lăm"],
  [1_070n, "một nghìn không trăm bảy mươi"],
  [1_077n, "một nghìn không trăm bảy mươi bảy"],
  [1_099n, "một nghìn không trăm chín mươi chín"],
  [1_100n, "một nghìn một trăm"],
  [1_105n, "một nghìn một trăm linh năm"],
  [1_215n, "một nghìn hai trăm mười lăm"],
  [1_325n, "một nghìn ba trăm hai mươi lăm"],
  [1_414n, "một nghìn bốn trăm mười bốn"],
  [1_524n, "một nghìn năm trăm hai mươi tư"],
  [1_601n, "một nghìn sáu trăm linh một"],
  [1_711n, "một nghìn bảy trăm mười một"],
  [1_821n, "một nghìn tám trăm hai mươi mốt"],
  [1_910n, "một nghìn chín trăm mười"],
  [1_999n, "một nghìn chín trăm chín mươi chín"],
  // thousands as the first group
  [2_000n, "hai nghìn"],
  [4_000n, "bốn nghìn"],
  [5_000n, "năm nghìn"],
  [10_000n, "mười nghìn"],
  [11_000n, "mười một nghìn"],
  [14_000n, "mười bốn nghìn"],
  [15_000n, "mười lăm nghìn"],
  [21_000n, "hai mươi mốt nghìn"],
  [24_000n, "hai mươi tư nghìn"],
  [25_000n, "hai mươi lăm nghìn"],
  [45_000n, "bốn mươi lăm nghìn"],
  [54_000n, "năm mươi tư nghìn"],
  [99_999n, "chín mươi chín nghìn chín trăm chín mươi chín"],
  [100_000n, "một trăm nghìn"],
  [100_001n, "một trăm nghìn không trăm linh một"],
  [100_100n, "một trăm nghìn một trăm"],
  [101_000n, "một trăm linh một nghìn"],
  [104_000n, "một trăm linh bốn nghìn"],
  [105_000n, "một trăm linh năm nghìn"],
  [110_000n, "một trăm mười nghìn"],
  [111_000n, "một trăm mười một nghìn"],
  [115_000n, "một trăm mười lăm nghìn"],
  [121_000n, "một trăm hai mươi mốt nghìn"],
  [124_000n, "một trăm hai mươi tư nghìn"],
  [125_000n, "một trăm hai mươi lăm nghìn"],
  [505_505n, "năm trăm linh năm nghìn năm trăm linh năm"],
  [515_515n, "năm trăm mười lăm nghìn năm trăm mười lăm"],
  [525_525n, "năm trăm hai mươi lăm nghìn năm trăm hai mươi lăm"],
  [999_999n, "chín trăm chín mươi chín nghìn chín trăm chín mươi chín"],
  // an inner thousands group, and zero groups inside millions
  [1_000_000n, "một triệu"],
  [1_000_010n, "một triệu không trăm mười"],
  [1_000_100n, "một triệu một trăm"],
  [1_001_000n, "một triệu không trăm linh một nghìn"],
  [2_001_000n, "hai triệu không trăm linh một nghìn"],
  [2_005_000n, "hai triệu không trăm linh năm nghìn"],
  [2_010_000n, "hai triệu không trăm mười nghìn"],
  [2_011_000n, "hai triệu không trăm mười một nghìn"],
  [2_014_000n, "hai triệu không trăm mười bốn nghìn"],
  [2_015_000n, "hai triệu không trăm mười lăm nghìn"],
  [2_021_000n, "hai triệu không trăm hai mươi mốt nghìn"],
  [2_024_000n, "hai triệu không trăm hai mươi tư nghìn"],
  [2_025_000n, "hai triệu không trăm hai mươi lăm nghìn"],
  [2_105_000n, "hai triệu một trăm linh năm nghìn"],
  [2_005_005n, "hai triệu không trăm linh năm nghìn không trăm linh năm"],
  [7_777_777n, "bảy triệu bảy trăm bảy mươi bảy nghìn bảy trăm bảy mươi bảy"],
  [10_000_000n, "mười triệu"],
  [11_111_111n, "mười một triệu một trăm mười một nghìn một trăm mười một"],
  [14_000_000n, "mười bốn triệu"],
  [15_000_000n, "mười lăm triệu"],
  [20_202_020n, "hai mươi triệu hai trăm linh hai nghìn không trăm hai mươi"],
  [21_021_021n, "hai mươi mốt triệu không trăm hai mươi mốt nghìn không trăm hai mươi mốt"],
  [24_000_000n, "hai mươi tư triệu"],
  [30_000_000n, "ba mươi triệu"],
  [36_500_000n, "ba mươi sáu triệu năm trăm nghìn"],
  [40_404_044n, "bốn mươi triệu bốn trăm linh bốn nghìn không trăm bốn mươi tư"],
  [50_505_055n, "năm mươi triệu năm trăm linh năm nghìn không trăm năm mươi lăm"],
  [105_000_005n, "một trăm linh năm triệu không trăm linh năm"],
  [111_500_000n, "một trăm mười một triệu năm trăm nghìn"],
  [151_500_000n, "một trăm năm mươi mốt triệu năm trăm nghìn"],
  [987_654_321n, "chín trăm tám mươi bảy triệu sáu trăm năm mươi tư nghìn ba trăm hai mươi mốt"],
  // an inner millions group, and zero groups inside billions
  [1_000_000_000n, "một tỷ"],
  [1_000_000_001n, "một tỷ không trăm linh một"],
  [1_000_001_000n, "một tỷ không trăm linh một nghìn"],
  [1_001_000_000n, "một tỷ không trăm linh một triệu"],
  [3_001_000_000n, "ba tỷ không trăm linh một triệu"],
  [3_005_000_000n, "ba tỷ không trăm linh năm triệu"],
  [3_010_000_000n, "ba tỷ không trăm mười triệu"],
  [3_011_000_000n, "ba tỷ không trăm mười một triệu"],
  [3_014_000_000n, "ba tỷ không trăm mười bốn triệu"],
  [3_015_000_000n, "ba tỷ không trăm mười lăm triệu"],
  [3_021_000_000n, "ba tỷ không trăm hai mươi mốt triệu"],
  [3_024_000_000n, "ba tỷ không trăm hai mươi tư triệu"],
  [3_025_000_000n, "ba tỷ không trăm hai mươi lăm triệu"],
  [3_010_010_010n, "ba tỷ không trăm mười triệu không trăm mười nghìn không trăm mười"],
  [1_234_567_890n, "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi"],
  [15_000_000_000n, "mười lăm tỷ"],
  [21_000_000_000n, "hai mươi mốt tỷ"],
  [100_000_000_000n, "một trăm tỷ"],
  [
    999_999_999_999n,
    "chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
  ],
  // beyond: the count of tỷ read as a number of its own (nghìn tỷ, triệu tỷ, tỷ tỷ, …)
  [10n ** 12n, "một nghìn tỷ"],
  [10n ** 12n + 1n, "một nghìn tỷ không trăm linh một"],
  [1_500_000_000_000n, "một nghìn năm trăm tỷ"],
  [4_005_000_000_000n, "bốn nghìn không trăm linh năm tỷ"],
  [1_234_567_890_123n, "một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba"],
  [1_000_001_000_000_000n, "một triệu không trăm linh một tỷ"],
  [25_000_000_000_000n, "hai mươi lăm nghìn tỷ"],
  [10n ** 15n, "một triệu tỷ"],
  [10n ** 15n + 10n ** 12n, "một triệu không trăm linh một nghìn tỷ"],
  [
    2n ** 53n,
    "chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi hai",
  ],
  [
    2n ** 53n + 1n,
    "chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi ba",
  ],
  [10n ** 18n, "một tỷ tỷ"],
  [10n ** 18n + 1n, "một tỷ tỷ không trăm linh một"],
  [10n ** 18n + 5n * 10n ** 9n, "một tỷ không trăm linh năm tỷ"],
  [
    2n ** 64n,
    "mười tám tỷ bốn trăm bốn mươi sáu triệu bảy trăm bốn mươi tư nghìn không trăm bảy mươi ba tỷ bảy trăm linh chín triệu năm trăm năm mươi mốt nghìn sáu trăm mười sáu",
  ],
  [10n ** 21n, "một nghìn tỷ tỷ"],
  [10n ** 21n + 1n, "một nghìn tỷ tỷ không trăm linh một"],
  [10n ** 21n + 10n ** 18n, "một nghìn không trăm linh một tỷ tỷ"],
  [10n ** 24n, "một triệu tỷ tỷ"],
  [10n ** 27n, "một tỷ tỷ tỷ"],
  [10n ** 30n, "một nghìn tỷ tỷ tỷ"],
  [10n ** 59n, "một trăm nghìn tỷ tỷ tỷ tỷ tỷ tỷ"],
];

describe("vndToWords: a hand-worked table", () => {
  it.each(ZERO_TO_120)("%i → %s", (amount, expected) => {
    expect(words(amount)).toBe(expected);
    expect(vndToWords(amount)).toBe(sentence(expected));
  });

  it.each(PATTERNS)("%s → %s", (amount, expected) => {
    expect(words(amount)).toBe(expected);
    expect(vndToWords(amount)).toBe(sentence(expected));
    expect(vndToWords(-amount)).toBe(`Âm ${expected} đồng`);
  });

  it("covers 0–120 exactly once each", () => {
    expect(ZERO_TO_120.map(([n]) => n)).toEqual(Array.from({ length: 121 }, (_, i) => i));
  });

  it("reads 60 nines: the count of tỷ read recursively, twenty groups in all", () => {
    const nine = "chín trăm chín mươi chín";
    const block = `${nine} triệu ${nine} nghìn ${nine}`;
    // 60 digits = 6 + 6 × 9: the leading 999.999, then six times "tỷ" and a full block below 10^9.
    const expected = [`${nine} nghìn ${nine}`, ...Array.from({ length: 6 }, () => `tỷ ${block}`)].join(" ");
    expect(words(10n ** 60n - 1n)).toBe(expected);
    expect(words(10n ** 60n - 1n).split(nine).length - 1).toBe(20);
  });
});

describe("vndToWords: options", () => {
  it.each([
    [15n, "mười lăm"],
    [24n, "hai mươi tư"],
    [105n, "một trăm lẻ năm"],
    [1_005n, "một ngàn không trăm lẻ năm"],
    [46_704n, "bốn mươi sáu ngàn bảy trăm lẻ bốn"],
    [505_515n, "năm trăm lẻ năm ngàn năm trăm mười lăm"],
    [1_001_000n, "một triệu không trăm lẻ một ngàn"],
    [101_000_101n, "một trăm lẻ một triệu một trăm lẻ một"],
    [10n ** 12n, "một ngàn tỷ"],
    [10n ** 21n, "một ngàn tỷ tỷ"],
  ])("south: %s → %s", (amount, expected) => {
    expect(words(amount, { dialect: "south" })).toBe(expected);
  });

  it.each([
    [4n, "bốn"],
    [14n, "mười bốn"],
    [24n, "hai mươi bốn"],
    [44n, "bốn mươi bốn"],
    [104n, "một trăm linh bốn"],
    [1_054n, "một nghìn không trăm năm mươi bốn"],
    [24_024n, "hai mươi bốn nghìn không trăm hai mươi bốn"],
    [94_000_000n, "chín mươi bốn triệu"],
  ])("four: bốn: %s → %s", (amount, expected) => {
    expect(words(amount, { four: "bốn" })).toBe(expected);
  });

  it("combines south and bốn", () => {
    expect(words(104_024n, { dialect: "south", four: "bốn" })).toBe("một trăm lẻ bốn ngàn không trăm hai mươi bốn");
    expect(vndToWords(46_704, { dialect: "south", four: "bốn", exact: true })).toBe("Bốn mươi sáu ngàn bảy trăm lẻ bốn đồng chẵn");
  });

  it("north and tư are the defaults", () => {
    expect(vndToWords(1_024, { dialect: "north", four: "tư" })).toBe(vndToWords(1_024));
    expect(vndToWords(1_024)).toBe("Một nghìn không trăm hai mươi tư đồng");
  });

  it("exact, capitalize and currency", () => {
    expect(vndToWords(151_500_000, { exact: true })).toBe("Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn");
    expect(vndToWords(151_500_000, { capitalize: false })).toBe("một trăm năm mươi mốt triệu năm trăm nghìn đồng");
    expect(vndToWords(151_500_000, { currency: false })).toBe("Một trăm năm mươi mốt triệu năm trăm nghìn");
    expect(vndToWords(151_500_000, { currency: false, exact: true })).toBe("Một trăm năm mươi mốt triệu năm trăm nghìn chẵn");
    expect(vndToWords(151_500_000, { exact: false, capitalize: true, currency: true })).toBe("Một trăm năm mươi mốt triệu năm trăm nghìn đồng");
  });

  it("zero and negative amounts", () => {
    expect(vndToWords(0)).toBe("Không đồng");
    expect(vndToWords(-0)).toBe("Không đồng");
    expect(vndToWords("-0")).toBe("Không đồng");
    expect(vndToWords(0, { exact: true })).toBe("Không đồng chẵn");
    expect(vndToWords(-30_000)).toBe("Âm ba mươi nghìn đồng");
    expect(vndToWords(-1)).toBe("Âm một đồng");
    expect(vndToWords(-105, { capitalize: false })).toBe("âm một trăm linh năm đồng");
  });

  it("accepts every form of amount", () => {
    const expected = "Một trăm năm mươi mốt triệu năm trăm nghìn đồng";
    for (const amount of [151_500_000, 151_500_000n, "151500000", "151.500.000", vnd(151_500_000)]) expect(vndToWords(amount)).toBe(expected);
  });

  it("refuses what is not an amount with a PlanError invalid_amount, and bad options with invalid_value", () => {
    for (const bad of [1.5, Number.NaN, "1,5", "", null]) {
      try {
        vndToWords(bad as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(PlanError);
        expect((error as PlanError).issues[0]?.code).toBe("invalid_amount");
      }
    }
    expect(thrownIssues(() => vndToWords(1, { dialect: "central" as never }))).toEqual([{ path: ["options", "dialect"], code: "invalid_value" }]);
    expect(thrownIssues(() => vndToWords(1, { four: "4" as never }))).toEqual([{ path: ["options", "four"], code: "invalid_value" }]);
    expect(thrownIssues(() => vndToWords(1, { exact: "yes" as never }))).toEqual([{ path: ["options", "exact"], code: "invalid_value" }]);
  });

  it("writes NFC text", () => {
    const text = vndToWords(2n ** 64n, { dialect: "south", exact: true });
    expect(text).toBe(text.normalize("NFC"));
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------
const LIMIT = 10n ** 30n;
const anyAmount = fc.bigInt({ min: -LIMIT, max: LIMIT });
/** Digits that are mostly zeros, so that zero groups, linh and không trăm come up often. */
const sparseAmount = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom("0", "0", "0", "0", "1", "4", "5", "9"), { minLength: 1, maxLength: 30 }))
  .map(([negative, digits]) => (negative ? -1n : 1n) * BigInt(digits.join("")));
const hugeAmount = fc.bigInt({ min: -(10n ** 60n - 1n), max: 10n ** 60n - 1n });
const optionsArb: fc.Arbitrary<VndToWordsOptions> = fc
  .record({ dialect: fc.constantFrom("north", "south"), four: fc.constantFrom("tư", "bốn"), exact: fc.boolean() }, { requiredKeys: [] })
  .map((o) => o as VndToWordsOptions);

describe("vndToWords: properties", () => {
  it("is single-spaced, trimmed, capitalised, and ends in đồng (or đồng chẵn)", () => {
    fc.assert(
      fc.property(fc.oneof(anyAmount, sparseAmount, hugeAmount), optionsArb, (amount, options) => {
        const text = vndToWords(amount, options);
        expect(text).not.toContain("  ");
        expect(text).toBe(text.trim());
        const first = text.charAt(0);
        expect(first).toBe(first.toUpperCase());
        expect(first).not.toBe(first.toLowerCase());
        expect(options.exact === true ? text.endsWith(" đồng chẵn") : text.endsWith(" đồng")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with an independent writer of the rules on random amounts up to 10^24", () => {
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 24n }), sparseAmount.map((a) => (a < 0n ? -a : a) % (10n ** 24n + 1n))), (amount) => {
        expect(words(amount)).toBe(referenceWords(amount));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back to the same amount (no group skipped or doubled)", () => {
    fc.assert(
      fc.property(fc.oneof(anyAmount, sparseAmount), optionsArb, (amount, options) => {
        expect(wordsToNumber(vndToWords(amount, options))).toBe(amount);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(hugeAmount, (amount) => {
        expect(wordsToNumber(vndToWords(amount))).toBe(amount);
      }),
    );
  });

  it("a negative amount is Âm and the words of its opposite", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: LIMIT }), (amount) => {
        expect(vndToWords(-amount, { capitalize: false })).toBe(`âm ${vndToWords(amount, { capitalize: false })}`);
      }),
    );
  });
});

describe("vndToWords reads a number as it reads the same bigint", () => {
  it("gives the same words for a safe integer and its bigint, with any options", () => {
    const optionsArb = fc.record(
      { dialect: fc.constantFrom("north", "south" as const), four: fc.constantFrom("tư", "bốn" as const), exact: fc.boolean(), capitalize: fc.boolean(), currency: fc.boolean() },
      { requiredKeys: [] },
    );
    const amountArb = fc.oneof(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.maxSafeInteger(), fc.maxSafeInteger().map((n) => -n), fc.constantFrom(0, -0, 1e9, 1e12, 1e15, 1_000_001, Number.MAX_SAFE_INTEGER));
    fc.assert(
      fc.property(amountArb, fc.option(optionsArb, { nil: undefined }), (amount, options) => {
        expect(vndToWords(amount, options)).toBe(vndToWords(BigInt(amount), options));
      }),
      { numRuns: 3000 },
    );
  });
});
