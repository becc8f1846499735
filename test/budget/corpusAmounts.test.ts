/**
 * Every amount of money written in the real plans of the corpus (`corpus/*.txt` of the project's shared
 * material) and in the reference plan (`seed/ke-hoach-tuyen-truyen-2017.txt`), verbatim, with its file,
 * line and value. Each must read, to exactly its value; the counts of the corpus that are not money must
 * not read as money.
 */
import { describe, expect, it } from "vitest";
import { parseVnd, safeParseVnd } from "../../src/budget/parseVnd.js";
import { parseVndRate, safeParseVndRate } from "../../src/budget/parseVndRate.js";

type Row = readonly [file: string, line: number, phrase: string, amount: bigint, per?: readonly string[]];

const TET_2026 = "corpus/tld-34-kh-tld-tet-2026.txt";
const SEED = "seed/ke-hoach-tuyen-truyen-2017.txt";

const AMOUNTS: readonly Row[] = [
  // Kế hoạch 34/KH-TLĐ (Tết Bính Ngọ 2026): allowances in running text.
  [TET_2026, 39, "70.000đồng/suất", 70_000n, ["suất"]],
  [TET_2026, 73, "1,3 triệu", 1_300_000n],
  [TET_2026, 75, "1,3 triệu", 1_300_000n],
  [TET_2026, 103, "1,3 triệu", 1_300_000n],
  [TET_2026, 105, "1,3 triệu", 1_300_000n],
  [TET_2026, 117, "1.300.000 đồng/người", 1_300_000n, ["người"]],
  [TET_2026, 117, "1.000.000đ", 1_000_000n],
  [TET_2026, 117, "300.000đ", 300_000n],
  [TET_2026, 123, "1,3 triệu", 1_300_000n],
  [TET_2026, 125, "1,3 triệu đồng/người", 1_300_000n, ["người"]],
  [TET_2026, 127, "1 triệu đồng", 1_000_000n],
  [TET_2026, 129, "300.000 đồng", 300_000n],
  [TET_2026, 141, "15 tỷ đồng", 15_000_000_000n],
  // The reference plan's budget estimate: the column "Kinh phí (đồng)" and the royalty rate under a line.
  [SEED, 139, "111.500.000", 111_500_000n],
  [SEED, 150, "30.000.000", 30_000_000n],
  [SEED, 160, "30.000.000", 30_000_000n],
  [SEED, 170, "15.000.000", 15_000_000n],
  [SEED, 179, "36.500.000", 36_500_000n],
  [SEED, 180, "100.000 đ/bài", 100_000n, ["bài"]],
  [SEED, 187, "30.000.000", 30_000_000n],
  [SEED, 197, "30.000.000", 30_000_000n],
  [SEED, 216, "10.000.000", 10_000_000n],
  [SEED, 224, "151.500.000", 151_500_000n],
];

/** Counts per period that the same texts write with "/": quotas, not money. */
const COUNTS: readonly (readonly [file: string, line: number, phrase: string])[] = [
  [SEED, 32, "02 bài/tuần"],
  [SEED, 32, "03 bài/số"],
  [SEED, 33, "02 bài/tuần"],
  [SEED, 178, "01 bài/ngày"],
  ["corpus/an-giang-ldld-cong-thong-tin.txt", 7, "1 tin, bài, ảnh/tuần"],
  ["corpus/an-giang-ldld-cong-thong-tin.txt", 7, "1 tin, bài, ảnh/tháng"],
];

describe("the written amounts of the corpus and the reference plan", () => {
  it("are 23: 4 rates, 10 amounts with a currency or a scale word, 9 figures of a budget table", () => {
    expect(AMOUNTS).toHaveLength(23);
    expect(AMOUNTS.filter((row) => row[4] !== undefined)).toHaveLength(4);
    expect(AMOUNTS.filter((row) => row[4] === undefined && !/^[\d.]+$/u.test(row[2]))).toHaveLength(10);
  });

  const amounts = AMOUNTS.filter((row) => row[4] === undefined).map(([file, line, phrase, amount]) => [file, line, phrase, amount] as const);
  const rates = AMOUNTS.flatMap(([file, line, phrase, amount, per]) => (per === undefined ? [] : [[file, line, phrase, amount, per] as const]));

  it.each(amounts)("%s:%i %j is %s đồng", (_file, _line, phrase, amount) => {
    expect(parseVnd(phrase).toBigInt()).toBe(amount);
    expect(parseVnd(phrase.normalize("NFD")).toBigInt()).toBe(amount);
  });

  it.each(rates)("%s:%i %j is %s đồng per %j", (_file, _line, phrase, amount, per) => {
    const rate = parseVndRate(phrase);
    expect(rate.amount.toBigInt()).toBe(amount);
    expect(rate.per).toEqual(per);
    // A rate is never read as a plain amount: the "/" and its unit would be lost.
    expect(safeParseVnd(phrase).success).toBe(false);
  });

  it.each(COUNTS)("%s:%i %j is a count, not money", (_file, _line, phrase) => {
    expect(safeParseVndRate(phrase).success).toBe(false);
    expect(safeParseVnd(phrase).success).toBe(false);
  });
});
