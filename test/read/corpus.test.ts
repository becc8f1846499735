/**
 * The corpus (examples/documents/corpus/: complete and partial plans of several kinds of issuer, as
 * published): every text reads without a crash to a partial draft in which nothing is invented (every text
 * of the draft is a text of the document), every line is accounted for, and, where the text has a hand
 * transcription (examples/<name>/plan.json), the draft's facts are compared with it (docs/reading.md reports
 * the figures; the floors here are the figures measured, so that a change that reads less fails).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { comparePlans, readPlanText, safeParsePlan } from "../../src/index.js";
import { lineStartsOf } from "../../src/read/_lib/source.js";
import { corpusTexts, seedText } from "./fixtures.js";

/** The transcriptions of the corpus, by text, and the share of their facts each draft reached when measured. */
const TRANSCRIPTIONS: Readonly<Record<string, { plan: string; floor: number }>> = {
  "can-tho-159-kh-ubnd-2025.txt": { plan: "can-tho-2025", floor: 0.857 },
  "son-la-82-kh-ldld-2019.txt": { plan: "son-la-2019", floor: 1 },
  "tld-34-kh-tld-tet-2026.txt": { plan: "tld-tet-2026", floor: 0.069 },
  "cd-ngan-hang-1472-kh-cdnh-2025.txt": { plan: "cd-ngan-hang-2025", floor: 0.322 },
  "an-giang-ldld-cong-thong-tin.txt": { plan: "an-giang-cong-thong-tin", floor: 0 },
};

/** Keys whose values are the model's words (kinds, ids, dates), not the document's. */
const MODEL_WORDS = new Set([
  "id", "kind", "level", "per", "measure", "comparator", "mode", "currency", "language", "outletKinds", "itemKinds", "unitKinds",
  "unitKind", "fundingSourceId", "sourceId", "sourceIds", "issuerId", "unitId", "activityId", "phaseId", "recipientUnitId",
  "viaUnitId", "start", "end", "issuedOn", "issuedIn", "startsIn", "dueOn", "every", "covers", "parentId",
]);

/** The texts of a draft that must be the document's, with their paths. */
function texts(value: unknown, path: (string | number)[] = []): { path: string; text: string }[] {
  if (typeof value === "string") {
    const key = path[path.length - 1];
    const parentKey = path[path.length - 2];
    if (typeof key === "string" && (MODEL_WORDS.has(key) || /Ids$/u.test(key))) return [];
    if (typeof key === "number" && typeof parentKey === "string" && (MODEL_WORDS.has(parentKey) || /Ids$/u.test(parentKey))) return [];
    // Unit names: the lexicon writes abbreviations out ("TLĐ" is "Tổng Liên đoàn Lao động Việt Nam") and a name
    // may take an owner it shares ("Bản tin, trang thông tin điện tử của …"); funding sources are named by
    // their words, capitalised.
    if (path[0] === "units" && (key === "name" || key === "shortName")) return [];
    return [{ path: path.join("."), text: value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...path, i]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => texts(v, [...path, k]));
  return [];
}

/** A text as the check compares it: NFC, no Markdown asterisks, one space between words, lowercase. */
const plain = (t: string) => t.normalize("NFC").replace(/\*+/gu, "").replace(/\s+/gu, " ").toLowerCase();

function accountedFor(text: string, result: ReturnType<typeof readPlanText>): number[] {
  const covered = new Set<number>();
  for (const x of [...result.sources, ...result.findings, ...result.unread]) {
    if (x.length === 0) continue;
    for (let l = x.line; l <= x.endLine; l++) covered.add(l);
  }
  const starts = lineStartsOf(text);
  const missing: number[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    if (/[\p{L}\p{N}]/u.test(text.slice(s, end)) && !covered.has(i + 1)) missing.push(i + 1);
  });
  return missing;
}

const documents = [{ name: "seed", text: seedText() }, ...corpusTexts()];

describe("the corpus", () => {
  it("has its texts", () => {
    expect(documents.length).toBeGreaterThanOrEqual(9);
  });

  for (const { name, text } of documents) {
    describe(name, () => {
      const result = readPlanText(text);

      it("reads without a crash to a draft in which every text is the document's", () => {
        const source = plain(text);
        const invented = texts(result.draft).filter((t) => !source.includes(plain(t.text)));
        expect(invented).toEqual([]);
      });

      it("accounts for every line", () => {
        expect(accountedFor(text, result)).toEqual([]);
      });

      it("gives a draft that safeParsePlan judges, without throwing", () => {
        const parsed = safeParsePlan(result.draft);
        expect(typeof parsed.success).toBe("boolean");
      });

      const transcription = TRANSCRIPTIONS[name];
      if (transcription !== undefined) {
        it(`agrees with its transcription (examples/${transcription.plan}) on at least ${(transcription.floor * 100).toFixed(1)}% of its facts`, () => {
          const reference: unknown = JSON.parse(readFileSync(new URL(`../../examples/${transcription.plan}/plan.json`, import.meta.url), "utf8"));
          const c = comparePlans(result.draft, reference);
          expect(c.score).toBeGreaterThanOrEqual(transcription.floor);
        });
      }
    });
  }
});
