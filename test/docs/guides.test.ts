/**
 * The guides say what the code does: every ```ts / ```js block of README.md and docs/*.md runs (its imports
 * of `cong-doan-ke-hoach` mapped to src/, as the doc-test of the TSDoc does) and its `//=>` claims are checked
 * by the same runner (scripts/doctest/, whose rules are at the top of scripts/doctest.ts). A block that throws,
 * a claim that does not hold and a block that cannot run fail here.
 *
 * A block of a guide names what it works on with `declare const`, as an @example does: the doc-test's
 * fixtures (`plan`, `json`, `records`, `review`, `report`, …; scripts/doctest/fixtures.ts) and the guides'
 * own below. A block may opt out with a `<!-- not run -->` line before its fence, and only a block that
 * reads or writes files or uses the network may: such a block must use `node:fs` or `fetch`, and says why
 * in a comment.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractMarkdownExamples, type MarkdownExampleBlock } from "../../scripts/_lib/extractExamples.js";
import { findFixture, FIXTURES, type Fixture } from "../../scripts/doctest/fixtures.js";
import { formatFailure, runExample } from "../../scripts/doctest/run.js";
import { GRASSROOTS_UNIONS } from "../../examples/vgcl-2017/records.js";
import { parsePlan, quotaOutlets, renderBudgetTable, type ProgressRecord, type QuotaRule } from "../../src/index.js";

const root = new URL("../..", import.meta.url).pathname;
const outDir = join(root, ".examples-check", "guides-vitest");
rmSync(outDir, { recursive: true, force: true });

const GUIDES = ["README.md", ...readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).sort().map((name) => `docs/${name}`)];

const read = (path: string) => readFileSync(join(root, path), "utf8");
const planText = () => read("examples/vgcl-2017/plan.json");
const seedText = () => read("examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt");
const recordsFixture = () => findFixture("records", "readonlyProgressRecord[]")!.value() as readonly ProgressRecord[];
const planFixture = () => parsePlan(JSON.parse(planText()));

/** The rule of docs/quotas.md ("A quota rule"). */
const RULE: QuotaRule = { min: 2, per: "week", edge: "complete", itemKinds: ["article"], requireOnlineCopy: true };

/**
 * The guides' own fixtures, beyond the doc-test's; `files` limits one to some guides (`text` is a plan's
 * JSON text in the guides that parse it, and the reference plan's text in the guide to reading).
 */
const GUIDE_FIXTURES: readonly (Fixture & { readonly files?: readonly string[] })[] = [
  { name: "text", types: ["string"], files: ["docs/concepts.md", "docs/rules.md"], description: "the reference plan's JSON text", value: planText },
  { name: "text", types: ["string"], files: ["docs/reading.md"], description: "the reference plan's text (examples/documents/seed/)", value: seedText },
  { name: "uploaded", types: ["string"], description: "the reference plan's text", value: seedText },
  {
    name: "excerpt",
    types: ["string"],
    description: "an article that quotes a plan without its date (examples/documents/corpus/tld-22-kh-tld-dai-hoi-2025.txt)",
    value: () => read("examples/documents/corpus/tld-22-kh-tld-dai-hoi-2025.txt"),
  },
  { name: "planJson", types: ["unknown"], description: "the reference plan's JSON", value: () => JSON.parse(planText()) },
  { name: "coverageUnits", types: ["readonlyCoverageUnit[]"], description: "the generated grassroots unions of examples/vgcl-2017/records.ts", value: () => GRASSROOTS_UNIONS },
  { name: "rule", types: ["QuotaRule"], description: "the rule of docs/quotas.md", value: () => RULE },
  {
    name: "events",
    types: ["readonlyPublicationEvent[]"],
    description: "the publications of the doc-test's records",
    value: () => recordsFixture().filter((r) => r.type === "publication"),
  },
  {
    name: "outlets",
    types: ["readonlystring[]"],
    description: "the outlets of the reference plan's first quota (the dailies, weeklies and bulletins)",
    value: () => {
      const plan = planFixture();
      return quotaOutlets(plan, plan.channels.flatMap((c) => c.quotas)[0]!).map((u) => u.id);
    },
  },
];

/** The fixture for a declaration of a block of `file`. */
function fixtureOf(file: string) {
  return (name: string, type: string): Fixture | undefined =>
    GUIDE_FIXTURES.find((f) => f.name === name && f.types.includes(type) && (f.files === undefined || f.files.includes(file))) ?? findFixture(name, type);
}

const blocks: MarkdownExampleBlock[] = GUIDES.flatMap((file) => extractMarkdownExamples(read(file), file));

describe("the code blocks of the guides", () => {
  it("are found, in README.md and in the guides", () => {
    expect(blocks.length).toBeGreaterThan(30);
    expect(new Set(blocks.map((b) => b.file)).size).toBeGreaterThan(8);
    // The doc-test's fixtures are reused, not copied.
    expect(FIXTURES.some((f) => f.name === "plan")).toBe(true);
  });

  for (const block of blocks) {
    const name = `${block.file}:${block.line}`;
    if (block.notRun) {
      it(`${name} is not run: it uses files or the network`, () => {
        expect(block.code).toMatch(/from "node:fs"|\bfetch\(/);
      });
      continue;
    }
    it(`${name} runs and its claims hold`, async () => {
      const result = await runExample(block, { root, outDir, fixtures: fixtureOf(block.file) });
      const problems = result.failures.map(formatFailure);
      if (result.status === "not-run") problems.push(`${name}: the block cannot run: ${result.reason ?? ""}`);
      if (problems.length > 0) {
        const output = result.output.length > 0 ? `\n\nThe block printed:\n${result.output.join("\n")}` : "";
        throw new Error(`${problems.join("\n\n")}${output}`);
      }
      expect(result.status).toBe("passed");
      expect(result.held).toBe(result.claims);
    });
  }
});

describe("docs/budget.md", () => {
  it("shows the reference plan's appendix as renderBudgetTable writes it (an excerpt: rows cut by …, columns after a final …)", () => {
    const guide = read("docs/budget.md");
    const start = guide.indexOf("```text\n", guide.indexOf("### The reference plan"));
    const excerpt = guide.slice(start + "```text\n".length, guide.indexOf("\n```", start)).split("\n");
    const table = renderBudgetTable(planFixture(), { format: "text" }).split("\n");
    // Each line of the excerpt starts a line of the table, in order.
    let at = 0;
    const unmatched: string[] = [];
    for (const line of excerpt.filter((l) => l !== "…")) {
      const found = table.findIndex((t, i) => i >= at && t.startsWith(line.replace(/ …$/u, "")));
      if (found < 0) unmatched.push(line);
      else at = found + 1;
    }
    expect(excerpt.length).toBeGreaterThan(5);
    expect(unmatched).toEqual([]);
  });
});
