/**
 * The library runs in browsers and edge runtimes: no file of src/ outside src/cli imports a Node.js module,
 * and none imports the command line; only src/cli reads the clock (its `--as-of` default).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = new URL("../src/", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

const library = sources(src).filter((file) => !relative(src, file).startsWith("cli/"));
/** The modules a file imports (static and dynamic). */
const importsOf = (text: string) => [...text.matchAll(/(?:from\s+|import\s*\(\s*)["']([^"']+)["']/gu)].map((m) => m[1]!);

describe("the library's sources", () => {
  it("are many (the scan sees them)", () => {
    expect(library.length).toBeGreaterThan(100);
  });

  it("import no Node.js module and not the command line", () => {
    const offending = library.flatMap((file) =>
      importsOf(readFileSync(file, "utf8"))
        .filter((module) => module.startsWith("node:") || /(^|\/)cli(\/|$)/u.test(module) || ["fs", "path", "os", "child_process", "process"].includes(module))
        .map((module) => `${relative(src, file)} imports ${module}`),
    );
    expect(offending).toEqual([]);
  });

  it("read no clock and draw no random number", () => {
    const offending = library.filter((file) => /\bDate\.now\(|\bnew Date\(\s*\)|Math\.random\(|performance\.now\(/u.test(readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gmu, "")));
    expect(offending.map((file) => relative(src, file))).toEqual([]);
  });
});
