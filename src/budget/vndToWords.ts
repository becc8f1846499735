import { INVALID_TYPE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { optionIssue } from "../errors/messages.js";
import { vnd, type VndInput } from "./vnd.js";

/**
 * How {@link vndToWords} writes an amount. Every option has a default; pass only what differs.
 *
 * @example
 * ```ts
 * import { vndToWords, type VndToWordsOptions } from "cong-doan-ke-hoach";
 *
 * const southern: VndToWordsOptions = { dialect: "south", exact: true };
 * vndToWords(105_000, southern); //=> "Một trăm lẻ năm ngàn đồng chẵn"
 * ```
 * @category Money
 */
export interface VndToWordsOptions {
  /**
   * `"north"` (default) writes a zero ten before a unit as "linh" (105: "một trăm linh năm") and the
   * thousands as "nghìn"; `"south"` writes "lẻ" ("một trăm lẻ năm") and "ngàn" (also in "ngàn tỷ").
   */
  readonly dialect?: "north" | "south";
  /**
   * The word for a unit 4 after "mươi": `"tư"` (default, 24: "hai mươi tư") or `"bốn"` ("hai mươi
   * bốn"). After "mười" and "linh"/"lẻ" a four is always "bốn" (14: "mười bốn", 104: "một trăm linh
   * bốn"), and so is a four that stands alone or names tens or hundreds.
   */
  readonly four?: "tư" | "bốn";
  /**
   * `true` adds "chẵn" ("exactly") at the end: "… đồng chẵn", as invoices and payment orders write
   * it; with `currency: false` the sentence ends in "chẵn". Default `false`.
   */
  readonly exact?: boolean;
  /** `true` (default) writes the first letter as a capital: "Một trăm đồng", "Âm một trăm đồng". */
  readonly capitalize?: boolean;
  /** `true` (default) ends the words with "đồng"; `false` leaves it out ("Một trăm"). */
  readonly currency?: boolean;
}

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;

/** The vocabulary that the options choose. */
interface Words {
  readonly linh: string;
  readonly thousand: string;
  readonly four: string;
}

/**
 * The words of one group of three digits (1–999). `full` reads the hundreds digit even when it is 0
 * ("không trăm"), as every group after the first non-zero one does.
 */
function readGroup(value: number, full: boolean, words: Words): string {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor(value / 10) % 10;
  const units = value % 10;
  const out: string[] = [];
  if (full || hundreds > 0) out.push(DIGITS[hundreds]!, "trăm");
  if (tens === 0) {
    if (units > 0) {
      // A zero ten before a unit, after a hundreds word: "linh" ("lẻ"); the unit keeps its plain name.
      if (out.length > 0) out.push(words.linh);
      out.push(DIGITS[units]!);
    }
  } else if (tens === 1) {
    out.push("mười");
    if (units === 5) out.push("lăm");
    else if (units > 0) out.push(DIGITS[units]!);
  } else {
    out.push(DIGITS[tens]!, "mươi");
    if (units === 1) out.push("mốt");
    else if (units === 4) out.push(words.four);
    else if (units === 5) out.push("lăm");
    else if (units > 0) out.push(DIGITS[units]!);
  }
  return out.join(" ");
}

/** The 999 group readings of one vocabulary, without and with the hundreds digit ("không trăm"). */
interface GroupTable {
  readonly words: Words;
  readonly short: readonly string[];
  readonly full: readonly string[];
}

/** Built on first use, one per vocabulary (at most four: dialect × word for four): nothing runs at module load. */
const tables: (GroupTable | undefined)[] = [];

function tableOf(south: boolean, four: string): GroupTable {
  const slot = (south ? 1 : 0) + (four === "tư" ? 0 : 2);
  let table = tables[slot];
  if (table === undefined) {
    const words: Words = { linh: south ? "lẻ" : "linh", thousand: south ? "ngàn" : "nghìn", four };
    const short: string[] = [""];
    const full: string[] = [""];
    for (let value = 1; value < 1000; value += 1) {
      short.push(readGroup(value, false, words));
      full.push(readGroup(value, true, words));
    }
    table = tables[slot] = { words, short, full };
  }
  return table;
}

/**
 * The words of `value` (1 to 999.999.999) as one string: the millions, thousands and units groups, an
 * all-zero group left out with its name; `started` says whether words came before, so that the first group
 * reads its hundreds digit too.
 */
function belowBillionText(value: number, started: boolean, table: GroupTable): string {
  const millions = Math.floor(value / 1_000_000);
  const thousands = Math.floor(value / 1000) % 1000;
  const units = value % 1000;
  let text = "";
  if (millions > 0) {
    text = `${(started ? table.full : table.short)[millions]!} triệu`;
    started = true;
  }
  if (thousands > 0) {
    const group = `${(started ? table.full : table.short)[thousands]!} ${table.words.thousand}`;
    text = text === "" ? group : `${text} ${group}`;
    started = true;
  }
  if (units > 0) {
    const group = (started ? table.full : table.short)[units]!;
    text = text === "" ? group : `${text} ${group}`;
  }
  return text;
}

const BILLION = 1_000_000_000;
const BILLION_N = 1_000_000_000n;

/**
 * The words of a positive amount (a safe integer, or a bigint beyond). From 10^9 on, the number of tỷ is read
 * as a number in its own right by the same rules, then "tỷ", then the rest below 10^9 (read as groups after a
 * non-zero one): 1.500 tỷ is "một nghìn năm trăm tỷ", 10^18 "một tỷ tỷ".
 */
function numberText(value: number | bigint, table: GroupTable): string {
  if (typeof value === "bigint" && value <= BigInt(Number.MAX_SAFE_INTEGER)) value = Number(value);
  if (typeof value === "number" && value < BILLION) return belowBillionText(value, false, table);
  const head = `${numberText(typeof value === "number" ? Math.floor(value / BILLION) : value / BILLION_N, table)} tỷ`;
  const rest = Number(typeof value === "number" ? value % BILLION : value % BILLION_N);
  return rest > 0 ? `${head} ${belowBillionText(rest, true, table)}` : head;
}

type ReadOptions = { readonly [K in keyof VndToWordsOptions]-?: VndToWordsOptions[K] | undefined };

/** Checks the options (each read once) and returns them. */
function readOptions(options: VndToWordsOptions): ReadOptions {
  if (typeof options !== "object") throw new PlanError([newIssue(INVALID_TYPE, ["options"], { expected: "object", received: kindOf(options) })]);
  const { dialect, four, exact, capitalize, currency } = options;
  const issues: PlanIssue[] = [];
  if (dialect !== undefined && dialect !== "north" && dialect !== "south") issues.push(optionIssue("dialect", '"north", "south"', dialect));
  if (four !== undefined && four !== "tư" && four !== "bốn") issues.push(optionIssue("four", '"tư", "bốn"', four));
  for (const [name, flag] of [["exact", exact], ["capitalize", capitalize], ["currency", currency]] as const) {
    if (flag !== undefined && typeof flag !== "boolean") issues.push(optionIssue(name, "true or false", flag, "true hoặc false"));
  }
  if (issues.length > 0) throw new PlanError(issues);
  return { dialect, four, exact, capitalize, currency };
}

/** The options as read when none are given. */
const DEFAULTS: ReadOptions = Object.freeze({ dialect: undefined, four: undefined, exact: undefined, capitalize: undefined, currency: undefined });

/**
 * Writes an amount in Vietnamese words, as official documents, invoices and payment orders do
 * ("Bằng chữ: …"): `151500000` is "Một trăm năm mươi mốt triệu năm trăm nghìn đồng".
 *
 * The rules (see `docs/budget.md` for a table of examples):
 * - below 10^9 the digits are read in groups of three from the right, named (none), "nghìn", "triệu";
 *   from 10^9 on, the number of tỷ (the amount divided by 10^9) is read as a number in its own right by
 *   these same rules, followed by "tỷ", then the rest below 10^9: 1.234.567.890.123 is "một nghìn hai trăm
 *   ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba", 10^12 "một
 *   nghìn tỷ", 10^15 "một triệu tỷ", 10^18 "một tỷ tỷ" (exact up to the 60 digits an amount may have);
 * - an all-zero group is left out together with its name (1.000.001: "một triệu không trăm linh một");
 * - every group after the first non-zero one reads its hundreds digit, "không trăm" included
 *   (1.005: "một nghìn không trăm linh năm");
 * - 10–19 use "mười", 20–90 "mươi"; a zero ten before a unit, after a hundreds word, is "linh"
 *   ("lẻ" in the south); unit 1 is "mốt" only after "mươi" (21 "hai mươi mốt", but 11 "mười một" and
 *   101 "một trăm linh một"); unit 5 is "lăm" after "mười"/"mươi" but "năm" after "linh" and alone;
 *   unit 4 after "mươi" is "tư" (or "bốn", see {@link VndToWordsOptions.four}), always "bốn" after
 *   "mười" and "linh"; seven is "bảy";
 * - zero is "Không đồng"; a negative amount (an overspend) starts with "Âm" ("minus"):
 *   "Âm ba mươi nghìn đồng";
 * - the sentence starts with a capital and ends in "đồng" (or "đồng chẵn").
 *
 * @param amount - a {@link Vnd} or anything {@link vnd} accepts; exact at any size.
 * @param options - dialect, the word for four, "chẵn", capital letter and currency word; see
 *   {@link VndToWordsOptions}.
 * @returns the words, in NFC, single-spaced, without leading or trailing space.
 * @throws {@link PlanError} `invalid_amount` when `amount` is not an amount (a fraction, NaN, …);
 *   `invalid_value` at `["options", name]` when an option is not one of its documented values.
 * @example
 * ```ts
 * import { vndToWords } from "cong-doan-ke-hoach";
 *
 * vndToWords(151_500_000); //=> "Một trăm năm mươi mốt triệu năm trăm nghìn đồng"
 * vndToWords("1.005"); //=> "Một nghìn không trăm linh năm đồng"
 * vndToWords(46_704, { dialect: "south" }); //=> "Bốn mươi sáu ngàn bảy trăm lẻ bốn đồng"
 * vndToWords(24, { four: "bốn", exact: true }); //=> "Hai mươi bốn đồng chẵn"
 * vndToWords(10n ** 18n, { capitalize: false, currency: false }); //=> "một tỷ tỷ"
 * vndToWords(4_005_000_000_000, { capitalize: false }); //=> "bốn nghìn không trăm linh năm tỷ đồng"
 * vndToWords(-30_000); //=> "Âm ba mươi nghìn đồng"
 * vndToWords(0); //=> "Không đồng"
 * ```
 * @category Money
 */
export function vndToWords(amount: VndInput, options?: VndToWordsOptions): string {
  // The common case, a safe integer number, skips making a Vnd; everything else goes through vnd().
  const fast = typeof amount === "number" && Number.isSafeInteger(amount);
  const value = fast ? 0n : vnd(amount).toBigInt();
  const { dialect, four, exact, capitalize, currency } = options === undefined || options === null ? DEFAULTS : readOptions(options);
  const table = tableOf(dialect === "south", four ?? "tư");

  // Words joined by one space each. The common case reads the number itself; a bigint past 2^53 its tỷ.
  const number = fast ? (amount as number) : value;
  let sentence = number === 0 || number === 0n ? "không" : number < 0 ? `âm ${numberText(-number, table)}` : numberText(number, table);
  if (currency !== false) sentence += " đồng";
  if (exact === true) sentence += " chẵn";
  return capitalize === false ? sentence : sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
