/**
 * Finds the `@example` code of the TSDoc in src/: every ```ts block of a `/** … *\/` comment, with the
 * source file and line it comes from. Shared by check-examples.ts (which compiles the blocks) and
 * doctest.ts (which runs them), so both see the same blocks.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** One ```ts block of a TSDoc comment. */
export interface ExampleBlock {
  /** The source file, relative to the project root, with `/` separators (`src/budget/vnd.ts`). */
  readonly file: string;
  /** The 1-based line of `file` that holds the block's first line of code. */
  readonly line: number;
  /** The name of the export the comment documents, when an export follows the comment. */
  readonly exportName: string | undefined;
  /** The code, without the comment's ` * ` prefixes: line `i` (0-based) is line `line + i` of `file`. */
  readonly code: string;
}

/** The blocks of a set of files, and the exports that have none. */
export interface ExtractedExamples {
  readonly blocks: readonly ExampleBlock[];
  /** `file: name` of every non-internal export whose TSDoc has no ```ts block. */
  readonly missing: readonly string[];
}

/** The .ts files under a folder, depth first in directory order. */
function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith(".ts")) yield path;
  }
}

const FENCE = "```ts\n";

/**
 * The example blocks of one file's text.
 *
 * @param text - the TypeScript source.
 * @param file - its name, as reported.
 * @returns its blocks and its exports without one.
 */
export function extractExamplesFromText(text: string, file: string): ExtractedExamples {
  const blocks: ExampleBlock[] = [];
  const missing: string[] = [];
  // Each TSDoc comment and the declaration after it.
  for (const match of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(export\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(\w+)\s+(\w+))?/g)) {
    const doc = match[1] ?? "";
    const declared = match[2] !== undefined;
    const isInternal = /@internal|@hidden/.test(doc);
    const docStart = (match.index ?? 0) + 3;
    let found = 0;
    for (const b of doc.matchAll(/```ts\n([\s\S]*?)```/g)) {
      found += 1;
      const codeStart = docStart + (b.index ?? 0) + FENCE.length;
      const line = text.slice(0, codeStart).split("\n").length;
      blocks.push({ file, line, exportName: match[4], code: (b[1] ?? "").replace(/^\s*\* ?/gm, "") });
    }
    if (declared && !isInternal && found === 0) missing.push(`${file}: ${match[4]}`);
  }
  return { blocks, missing };
}

/**
 * The example blocks of every .ts file under a folder of the project.
 *
 * @param root - the project root.
 * @param dir - the folder, relative to `root`.
 * @returns the blocks, in file order, and the exports without one.
 */
export function extractExamples(root: string, dir = "src"): ExtractedExamples {
  const blocks: ExampleBlock[] = [];
  const missing: string[] = [];
  for (const path of sourceFiles(join(root, dir))) {
    const file = relative(root, path).split(sep).join("/");
    const found = extractExamplesFromText(readFileSync(path, "utf8"), file);
    blocks.push(...found.blocks);
    missing.push(...found.missing);
  }
  return { blocks, missing };
}

/** One code block of a Markdown guide. */
export interface MarkdownExampleBlock extends ExampleBlock {
  /** Whether a `<!-- not run -->` line stands before its fence (only blank lines between). */
  readonly notRun: boolean;
}

/** The opening fence of a TypeScript or JavaScript block, possibly indented (inside a list item). */
const MARKDOWN_FENCE = /^( *)```(?:ts|typescript|js|javascript)[ \t]*$/;

/**
 * The ```ts (and ```js) blocks of a Markdown text, indented or not (a block inside a list item loses the
 * fence's indentation). A block is marked `notRun` when the last non-blank line before its fence is
 * `<!-- not run -->`. An unclosed fence runs to the end of the text.
 *
 * @param text - the Markdown.
 * @param file - its name, as reported.
 * @returns its blocks, in order.
 */
export function extractMarkdownExamples(text: string, file: string): MarkdownExampleBlock[] {
  const lines = text.split("\n");
  const blocks: MarkdownExampleBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = MARKDOWN_FENCE.exec(lines[i] ?? "");
    if (open === null) continue;
    const indent = open[1] ?? "";
    let before = i - 1;
    while (before >= 0 && (lines[before] ?? "").trim() === "") before -= 1;
    const notRun = before >= 0 && (lines[before] ?? "").trim() === "<!-- not run -->";
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length && (lines[j] ?? "").trimEnd() !== `${indent}\`\`\``; j += 1) {
      const line = lines[j] ?? "";
      code.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ file, line: i + 2, exportName: undefined, code: code.map((l) => `${l}\n`).join(""), notRun });
    i = j;
  }
  return blocks;
}
