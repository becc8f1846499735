/**
 * The guide to reading (docs/reading.md) shows the figures the reader gives: its blocks (the findings'
 * catalogue, the reference plan's comparison fact by fact, the corpus) are exactly what
 * examples/read/reading-figures.ts makes from the library now, so a change to the reader that moves a figure
 * fails here until the guide is rewritten (`npx tsx examples/read/reading-figures.ts --write`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPlanText, comparePlans, READ_FINDINGS, readPlanText } from "../../src/index.js";
import { figureBlocks, withBlocks } from "../../examples/read/reading-figures.js";

const guide = readFileSync(new URL("../../docs/reading.md", import.meta.url), "utf8");
const blocks = figureBlocks();

/** The body of a block of the guide. */
function block(name: string): string {
  const start = `<!-- figures:${name} -->\n`;
  const a = guide.indexOf(start);
  const b = guide.indexOf(`\n<!-- /figures:${name} -->`);
  expect(a).toBeGreaterThanOrEqual(0);
  return guide.slice(a + start.length, b);
}

describe("docs/reading.md", () => {
  for (const name of Object.keys(blocks)) {
    it(`shows the ${name} figures the reader gives`, () => {
      expect(block(name)).toBe(blocks[name]);
    });
  }

  it("is its own blocks rewritten (nothing else in it is generated)", () => {
    expect(withBlocks(guide, blocks)).toBe(guide);
  });

  it("states the reference plan's score as comparePlans measures it, at least 95%", () => {
    const text = readFileSync(new URL("../../examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt", import.meta.url), "utf8");
    const reference: unknown = JSON.parse(readFileSync(new URL("../../examples/vgcl-2017/plan.json", import.meta.url), "utf8"));
    const c = comparePlans(readPlanText(text).draft, reference);
    expect(c.score).toBeGreaterThanOrEqual(0.95);
    expect(block("seed")).toContain(`**${c.matched.length} of ${c.total} facts matched (${(100 * c.score).toFixed(1)}%)**`);
    // One row per fact of the transcription in the full list.
    expect(block("seed").split("\n").filter((l) => /^\| \d+ \| [a-z]+ \| /u.test(l))).toHaveLength(c.total);
  });

  it("shows the finding checkPlanText gives for the seed with its total changed", () => {
    const text = readFileSync(new URL("../../examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt", import.meta.url), "utf8");
    const changed = text.replace("\t151.500.000", "\t152.500.000");
    expect(changed).not.toBe(text);
    const f = checkPlanText(changed).find((x) => x.code === "declared_total_mismatch");
    expect(f).toBeDefined();
    expect(guide).toContain(`\n${f!.line}:${f!.column} ${f!.source} ${f!.severity} ${f!.code} ${f!.messageVi}\n`);
  });

  it("names every finding code of the reader", () => {
    for (const f of READ_FINDINGS) expect(block("findings")).toContain(`| \`${f.code}\` | ${f.severity} |`);
  });
});
