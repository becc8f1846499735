/**
 * Runs every @example block of the TSDoc in src/ and checks its `//=>` claims (scripts/doctest.ts has the
 * rules): one test per block, named after its file and line. A wrong claim fails `npm test`.
 */
import { join } from "node:path";
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractExamples } from "../../scripts/_lib/extractExamples.js";
import { formatFailure, runExample } from "../../scripts/doctest/run.js";

const root = new URL("../..", import.meta.url).pathname;
const outDir = join(root, ".examples-check", "doctest-vitest");
rmSync(outDir, { recursive: true, force: true });
const { blocks } = extractExamples(root);

describe("the @example blocks of src/", () => {
  it("are found", () => {
    expect(blocks.length).toBeGreaterThan(100);
  });

  for (const block of blocks) {
    it(`${block.file}:${block.line}${block.exportName === undefined ? "" : ` (${block.exportName})`}`, async (context) => {
      const result = await runExample(block, { root, outDir });
      if (result.status === "not-run") context.skip(`compile-only: ${result.reason ?? ""}`);
      if (result.failures.length > 0) {
        const output = result.output.length > 0 ? `\n\nThe block printed:\n${result.output.join("\n")}` : "";
        throw new Error(`${result.failures.map(formatFailure).join("\n\n")}${output}`);
      }
      expect(result.status).toBe("passed");
      expect(result.held).toBe(result.claims);
    });
  }
});
