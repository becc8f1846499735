/**
 * readPlanText on the reference plan's text (the seed), against a plain pass over the same text that splits
 * it into lines and runs the time-phrase finder once over it: what any reader of the text must do at the
 * least. Both give the numbers of the lines that hold words (the reader: the lines its draft, findings and
 * unread paragraphs account for, which must be all of them). And the slope of readPlanText over texts of 1
 * to 100 copies of the seed (each copy a plan of its own to read: parts, tables and all).
 */
import { readFileSync } from "node:fs";
import { comparePlans, findTimeExpressions, readPlanText, type ComparePlansResult, type ReadPlanTextResult } from "../src/index.js";
import type { RatioBenchmark, SlopeBenchmark } from "./harness.js";
import { largePlanJson } from "./plans.js";

const seed = readFileSync(new URL("../examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt", import.meta.url), "utf8");

/** The numbers of the lines of a text that hold a letter or a digit. */
function wordLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (/[\p{L}\p{N}]/u.test(line)) out.push(i + 1);
  });
  return out;
}

/** The lines that hold words and that the reading accounts for. */
function accounted(result: ReadPlanTextResult, words: ReadonlySet<number>): number[] {
  const lines = new Set<number>();
  for (const x of [...result.sources, ...result.findings, ...result.unread]) {
    if (x.length === 0) continue;
    for (let l = x.line; l <= x.endLine; l++) if (words.has(l)) lines.add(l);
  }
  return [...lines].sort((a, b) => a - b);
}

export const readSeed: RatioBenchmark = {
  kind: "ratio",
  name: "read-seed",
  title: "readPlanText(the seed's text), vs splitting it into lines and finding its time phrases once",
  goal: { ms: 20 },
  prepare() {
    const words = new Set(wordLines(seed.split(/\r\n|\r|\n/u)));
    let phrases = 0;
    return {
      library: () => readPlanText(seed),
      baseline: () => {
        const lines = seed.split(/\r\n|\r|\n/u);
        phrases += findTimeExpressions(seed).length;
        return wordLines(lines);
      },
      figures: (result: ReadPlanTextResult) => accounted(result, words),
      items: seed.split("\n").length,
      unit: "line",
    };
  },
};

export const slopeRead: SlopeBenchmark = {
  kind: "slope",
  name: "slope-read",
  title: "readPlanText over 1 to 100 copies of the seed's text",
  sizes: [1, 3, 10, 30, 100],
  quickSizes: [1, 2],
  maxSlope: 1.2,
  prepare(size) {
    const text = Array.from({ length: size }, () => seed).join("\n");
    return {
      run: () => readPlanText(text),
      check: (result: ReadPlanTextResult) => {
        if (result.findings.length < size) throw new Error(`slope-read: ${result.findings.length} findings for ${size} copies`);
      },
    };
  },
};

export const slopeCompare: SlopeBenchmark = {
  kind: "slope",
  name: "slope-compare",
  title: "comparePlans of plans with n more units, activities and budget lines against the same plan with its units in reverse order",
  sizes: [1000, 4000, 16000],
  quickSizes: [20, 80],
  maxSlope: 1.25,
  prepare(size) {
    const a = largePlanJson(size, size) as unknown as { units: Record<string, unknown>[] };
    for (let i = 0; i < size; i++) a.units.push({ id: `cdcs-${i}`, kind: "grassroots-union", name: `Công đoàn cơ sở Công ty ${i}` });
    const b = JSON.parse(JSON.stringify(a)) as typeof a;
    b.units.reverse();
    return {
      run: () => comparePlans(a, b),
      check: (c: ComparePlansResult) => {
        if (c.score !== 1) throw new Error(`slope-compare: a plan against itself in another order scores ${c.score}, not 1`);
      },
    };
  },
};
