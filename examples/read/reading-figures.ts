/**
 * The figures of docs/reading.md, made from the library itself: the reference plan's text read and compared
 * with its hand transcription fact by fact, and each text of the corpus read and, where it has one, compared
 * with its transcription. test/docs/reading.test.ts checks that the guide shows exactly these, so the guide
 * cannot drift from what the reader does.
 *
 *   npx tsx examples/read/reading-figures.ts           prints the blocks
 *   npx tsx examples/read/reading-figures.ts --write   writes them into docs/reading.md
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { comparePlans, READ_FINDINGS, readPlanText, safeParsePlan, type ComparePlansResult, type PlanFact } from "../../src/index.js";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** The corpus texts that have a hand transcription, and the example that holds it. */
export const TRANSCRIPTIONS: Readonly<Record<string, string>> = {
  "an-giang-ldld-cong-thong-tin.txt": "an-giang-cong-thong-tin",
  "can-tho-159-kh-ubnd-2025.txt": "can-tho-2025",
  "cd-ngan-hang-1472-kh-cdnh-2025.txt": "cd-ngan-hang-2025",
  "son-la-82-kh-ldld-2019.txt": "son-la-2019",
  "tld-34-kh-tld-tet-2026.txt": "tld-tet-2026",
};

/** A cell of a Markdown table: one line, pipes and the characters Markdown would read escaped, cut at `max`. */
function cell(value: string, max = 90): string {
  const one = value.replace(/\s+/gu, " ").trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return cut.replace(/\\/gu, "\\\\").replace(/\|/gu, "\\|").replace(/([*_`[\]])/gu, "\\$1").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A fact's result in a comparison: matched, missing, or what the judged plan says instead. */
type Result = { kind: "matched" } | { kind: "missing" } | { kind: "different"; actual: string };

/**
 * The reference's facts in its own order (a plan compared with itself matches every fact, in order), each
 * with its result in `c`.
 */
function inOrder(reference: unknown, c: ComparePlansResult): { fact: PlanFact; result: Result }[] {
  const results = new Map<string, Result>();
  for (const f of c.matched) results.set(f.key, { kind: "matched" });
  for (const f of c.missing) results.set(f.key, { kind: "missing" });
  for (const d of c.different) results.set(d.fact.key, { kind: "different", actual: d.actual });
  return comparePlans(reference, reference).matched.map((fact) => ({ fact, result: results.get(fact.key) ?? { kind: "missing" } }));
}

/** The parts in the order the reference states them, with their counts. */
function byPart(facts: readonly { fact: PlanFact; result: Result }[]): { part: string; matched: number; missing: number; different: number; total: number }[] {
  const parts = new Map<string, { part: string; matched: number; missing: number; different: number; total: number }>();
  for (const { fact, result } of facts) {
    const row = parts.get(fact.part) ?? { part: fact.part, matched: 0, missing: 0, different: 0, total: 0 };
    row[result.kind] += 1;
    row.total += 1;
    parts.set(fact.part, row);
  }
  return [...parts.values()];
}

/** The block of the reference plan: the score, the parts, the facts not matched, every fact. */
export function seedBlock(): string {
  const text = read("examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt");
  const result = readPlanText(text);
  const reference: unknown = JSON.parse(read("examples/vgcl-2017/plan.json"));
  const c = comparePlans(result.draft, reference);
  const facts = inOrder(reference, c);
  const lines: string[] = [];
  lines.push(
    `**${c.matched.length} of ${c.total} facts matched (${percent(c.score)})**: ${c.missing.length} missing, ${c.different.length} different; ` +
      `the draft states ${c.extra.length} facts more that the transcription does not. ` +
      `The reader reports ${result.findings.length} findings and leaves ${result.unread.length} paragraph unread.`,
    "",
    "| part | facts | matched | missing | different | share |",
    "|---|---:|---:|---:|---:|---:|",
  );
  for (const p of byPart(facts)) lines.push(`| ${p.part} | ${p.total} | ${p.matched} | ${p.missing} | ${p.different} | ${percent(p.matched / p.total)} |`);
  lines.push("", "Missing (the transcription states them, the draft does not):", "", "| part | fact | transcription |", "|---|---|---|");
  for (const f of c.missing) lines.push(`| ${f.part} | ${cell(f.label)} | ${cell(f.value)} |`);
  lines.push("", "Different (both state them, otherwise):", "", "| part | fact | transcription | draft |", "|---|---|---|---|");
  for (const d of c.different) lines.push(`| ${d.fact.part} | ${cell(d.fact.label)} | ${cell(d.fact.value)} | ${cell(d.actual)} |`);
  lines.push("", "Extra (the draft states them, the transcription does not; not counted in the score):", "", "| part | fact | draft |", "|---|---|---|");
  for (const f of c.extra) lines.push(`| ${f.part} | ${cell(f.label)} | ${cell(f.value)} |`);
  lines.push("", "Unread:", "", "| line | text |", "|---:|---|");
  for (const u of result.unread) lines.push(`| ${u.line} | ${cell(u.text)} |`);
  lines.push("", "Every fact of the transcription, in its order (texts as the comparison reads them: one form, lowercase):", "", "| # | part | fact | transcription | draft |", "|---:|---|---|---|---|");
  facts.forEach(({ fact, result }, i) => {
    const outcome = result.kind === "matched" ? "matched" : result.kind === "missing" ? "**missing**" : `**different**: ${cell(result.actual, 40)}`;
    lines.push(`| ${i + 1} | ${fact.part} | ${cell(fact.label, 70)} | ${cell(fact.value, 70)} | ${outcome} |`);
  });
  return lines.join("\n");
}

/** The block of the corpus: each text read, its draft judged, and compared with its transcription. */
export function corpusBlock(): string {
  const dir = "examples/documents/corpus/";
  const names = readdirSync(new URL(dir, root)).filter((f) => f.endsWith(".txt")).sort();
  const lines = [
    "| text | lines | draft's parts | a whole plan? | findings | unread paragraphs | facts matched |",
    "|---|---:|---|---|---:|---:|---|",
  ];
  const details: string[] = [];
  for (const name of names) {
    const text = read(dir + name);
    const result = readPlanText(text);
    const parsed = safeParsePlan(result.draft);
    const parts = Object.keys(result.draft).filter((k) => !["schemaVersion", "id", "language"].includes(k));
    const plan = TRANSCRIPTIONS[name];
    let matchedCell = "no transcription";
    if (plan !== undefined) {
      const reference: unknown = JSON.parse(read(`examples/${plan}/plan.json`));
      const c = comparePlans(result.draft, reference);
      matchedCell = `${c.matched.length} / ${c.total} (${percent(c.score)})`;
      const facts = inOrder(reference, c);
      details.push(
        "",
        `**\`${name}\`** against \`examples/${plan}/plan.json\`: ` +
          byPart(facts).map((p) => `${p.part} ${p.matched}/${p.total}`).join(", ") +
          `; ${c.missing.length} missing, ${c.different.length} different, ${c.extra.length} extra. The facts not matched (every other fact is):`,
        "",
        "| part | fact | transcription | draft |",
        "|---|---|---|---|",
        ...facts
          .filter(({ result }) => result.kind !== "matched")
          .map(({ fact, result }) => `| ${fact.part} | ${cell(fact.label, 70)} | ${cell(fact.value, 70)} | ${result.kind === "different" ? cell(result.actual, 40) : "**missing**"} |`),
      );
    }
    const whole = parsed.success ? "yes" : `no: ${parsed.error.issues.length} issue${parsed.error.issues.length === 1 ? "" : "s"} (${[...new Set(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.code}`))].join(", ")})`;
    lines.push(`| \`${name}\` | ${text.split("\n").length} | ${parts.join(", ")} | ${cell(whole, 200)} | ${result.findings.length} | ${result.unread.length} | ${matchedCell} |`);
  }
  return [...lines, ...details].join("\n");
}

/** The block of the findings: the catalogue of the reader. */
export function findingsBlock(): string {
  return [
    "| code | severity | what it says | tiếng Việt |",
    "|---|---|---|---|",
    ...READ_FINDINGS.map((f) => `| \`${f.code}\` | ${f.severity} | ${cell(f.title)} | ${cell(f.titleVi)} |`),
  ].join("\n");
}

/** Every block of the guide, by name. */
export function figureBlocks(): Record<string, string> {
  return { findings: findingsBlock(), seed: seedBlock(), corpus: corpusBlock() };
}

/** The guide with its blocks replaced by `blocks`. */
export function withBlocks(guide: string, blocks: Readonly<Record<string, string>>): string {
  let out = guide;
  for (const [name, body] of Object.entries(blocks)) {
    const start = `<!-- figures:${name} -->`;
    const end = `<!-- /figures:${name} -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`docs/reading.md has no block ${name}`);
    out = `${out.slice(0, a + start.length)}\n${body}\n${out.slice(b)}`;
  }
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const blocks = figureBlocks();
  if (process.argv.includes("--write")) {
    const path = new URL("docs/reading.md", root);
    writeFileSync(path, withBlocks(readFileSync(path, "utf8"), blocks));
  } else console.log(Object.values(blocks).join("\n\n"));
}
