/**
 * The core keeps its three runtime dependencies: no entry point but cong-doan-ke-hoach/docx loads the
 * docx package. Each entry is bundled from src as a user's bundler would, and its inputs are listed.
 */
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;

async function inputs(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export * from "./${entry}";`, resolveDir: root, loader: "ts" },
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("the docx package stays in the docx entry", () => {
  it.each(["src/index.ts", "src/documents/index.ts", "src/report/index.ts", "src/model/index.ts"])("%s bundles without docx", async (entry) => {
    const files = await inputs(entry);
    expect(files.some((f) => f.includes("node_modules/docx/"))).toBe(false);
    expect(files.some((f) => f.includes("src/docx/"))).toBe(false);
  });

  it("src/docx/index.ts brings it", async () => {
    expect((await inputs("src/docx/index.ts")).some((f) => f.includes("node_modules/docx/"))).toBe(true);
  });
});
