import { describe, expect, it } from "vitest";
import { extractExamples, extractExamplesFromText, extractMarkdownExamples } from "../../../scripts/_lib/extractExamples.js";

const source = [
  "/**", //                   1
  " * Adds.", //              2
  " *", //                    3
  " * @example", //           4
  " * ```ts", //              5
  " * add(1, 2); //=> 3", //  6
  " *   indented;", //        7
  " * ```", //                8
  " * ```ts", //              9
  " * second;", //            10
  " * ```", //                11
  " */", //                   12
  "export function add(a: number, b: number) {", //
  "  return a + b;",
  "}",
  "/** No example. */",
  "export const nothing = 1;",
  "/** Internal. @internal */",
  "export const hidden = 2;",
  "",
].join("\n");

describe("extractExamplesFromText", () => {
  it("finds each ```ts block with the line of its first line of code, and the export it documents", () => {
    const { blocks, missing } = extractExamplesFromText(source, "src/add.ts");
    expect(blocks).toEqual([
      { file: "src/add.ts", line: 6, exportName: "add", code: "add(1, 2); //=> 3\n  indented;\n" },
      { file: "src/add.ts", line: 10, exportName: "add", code: "second;\n" },
    ]);
    expect(missing).toEqual(["src/add.ts: nothing"]);
  });
});

describe("extractExamples", () => {
  it("maps every block of src/ to the line its code starts on", async () => {
    const root = new URL("../../..", import.meta.url).pathname;
    const { blocks } = extractExamples(root);
    const { readFileSync } = await import("node:fs");
    expect(blocks.length).toBeGreaterThan(100);
    for (const block of blocks) {
      const lines = readFileSync(`${root}/${block.file}`, "utf8").split("\n");
      expect(lines[block.line - 2], `${block.file}:${block.line}`).toMatch(/^\s*\* ```ts$/);
      const first = block.code.split("\n")[0]!;
      expect(lines[block.line - 1]!.replace(/^\s*\* ?/, ""), `${block.file}:${block.line}`).toBe(first);
    }
  });
});

describe("extractMarkdownExamples", () => {
  const markdown = [
    "# Guide", //                        1
    "", //                               2
    "```ts", //                          3
    "a(); //=> 1", //                    4
    "```", //                            5
    "<!-- not run -->", //               6
    "", //                               7
    "```js", //                          8
    "readFileSync(\"x\");", //           9
    "```", //                            10
    "- a list item:", //                 11
    "", //                               12
    "  ```ts", //                        13
    "  b();", //                         14
    "    c();", //                       15
    "  ```", //                          16
    "```sh", //                          17
    "npm test", //                       18
    "```", //                            19
    "<!-- not run -->", //               20
    "Prose between.", //                 21
    "```typescript", //                  22
    "d();", //                           23
    "```", //                            24
  ].join("\n");

  it("finds the ts and js blocks, indented or not, with the line of their first line of code", () => {
    expect(extractMarkdownExamples(markdown, "docs/x.md")).toEqual([
      { file: "docs/x.md", line: 4, exportName: undefined, code: "a(); //=> 1\n", notRun: false },
      { file: "docs/x.md", line: 9, exportName: undefined, code: 'readFileSync("x");\n', notRun: true },
      { file: "docs/x.md", line: 14, exportName: undefined, code: "b();\n  c();\n", notRun: false },
      { file: "docs/x.md", line: 23, exportName: undefined, code: "d();\n", notRun: false },
    ]);
  });

  it("runs an unclosed block to the end of the text", () => {
    expect(extractMarkdownExamples("```ts\nx;\ny;", "a.md").map((b) => b.code)).toEqual(["x;\ny;\n"]);
  });
});
