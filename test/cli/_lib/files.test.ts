/** Reading and writing files (src/cli/_lib/files.ts), in process, with real files in a temporary folder. */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { lineAndColumn, MAX_FILE_BYTES, readJson, readText } from "../../../src/cli/_lib/files.js";
import { failure } from "../_failure.js";

const dir = mkdtempSync(join(tmpdir(), "cdkh-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe("lineAndColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\n", 3)).toEqual({ line: 2, column: 1 });
  });

  it("points back at the offset it was given", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "ư", "😀") }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const { line, column } = lineAndColumn(text, offset);
        const lines = text.split("\n");
        const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
        expect(start + column - 1).toBe(offset);
        expect(column - 1).toBeLessThanOrEqual(lines[line - 1]!.length);
      }),
    );
  });
});

describe("readText and readJson", () => {
  it("drop a byte-order mark and read the JSON", () => {
    writeFileSync(join(dir, "bom.json"), "\uFEFF[1, 2]");
    expect(readText(join(dir, "bom.json"))).toBe("[1, 2]");
    expect(readJson(join(dir, "bom.json"))).toEqual([1, 2]);
  });

  it("read UTF-16 text with its byte-order mark, as Windows saves \"Unicode\" text (little- and big-endian)", () => {
    const bytes = (text: string, order: "le" | "be") => {
      const le = Buffer.from(`\uFEFF${text}`, "utf16le");
      return order === "le" ? le : le.swap16();
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\r\n", "ư", "Đ", "😀", "{", '"') }), fc.constantFrom("le" as const, "be" as const), (text, order) => {
        writeFileSync(join(dir, "utf16.txt"), bytes(text, order));
        expect(readText(join(dir, "utf16.txt"))).toBe(text);
      }),
      { numRuns: 50 },
    );
    writeFileSync(join(dir, "utf16.json"), bytes('{\r\n  "tên": "Công đoàn"\r\n}\r\n', "le"));
    expect(readJson(join(dir, "utf16.json"))).toEqual({ tên: "Công đoàn" });
    // Without the mark, UTF-16 is not read as text.
    writeFileSync(join(dir, "utf16-no-bom.txt"), Buffer.from("é", "utf16le"));
    expect(failure(() => readText(join(dir, "utf16-no-bom.txt"))).exitCode).toBe(2);
  });

  it("refuse a file larger than the limit without reading it (exit 2)", () => {
    const big = join(dir, "big.json");
    writeFileSync(big, "");
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no disk space used
    const error = failure(() => readText(big));
    expect(error.exitCode).toBe(2);
    expect(error.lines[0]).toMatchObject({ vi: `không đọc tệp ${big}: tệp có ${MAX_FILE_BYTES + 1} byte, vượt giới hạn ${MAX_FILE_BYTES} byte` });
  });

  it("locate the first JSON error by line and column; an empty file ends too early", () => {
    writeFileSync(join(dir, "a.json"), '{\n  "a": 1\n  "b": 2\n}');
    expect(failure(() => readJson(join(dir, "a.json"))).lines[0]).toMatchObject({ vi: `tệp ${join(dir, "a.json")} không phải JSON hợp lệ (dòng 3, cột 3)` });
    writeFileSync(join(dir, "empty.json"), "");
    expect(failure(() => readJson(join(dir, "empty.json"))).lines[0]).toMatchObject({ vi: `tệp ${join(dir, "empty.json")} không phải JSON hợp lệ (dòng 1, cột 1)` });
  });

  it("locate the errors the parser does not place (a missing value, a trailing comma in a list), in a Windows (CRLF) file too", () => {
    const cases: [string, string, string][] = [
      ["value.json", '{\r\n  "a": 1,\r\n  "b": }\r\n', "dòng 3, cột 8"],
      ["comma.json", '{\n  "ids": [\n    "a",\n  ]\n}\n', "dòng 4, cột 3"],
      ["word.json", '{"done": tru}', "dòng 1, cột 13"],
    ];
    for (const [name, text, at] of cases) {
      writeFileSync(join(dir, name), text);
      const line = failure(() => readJson(join(dir, name))).lines[0] as { en: string; vi: string };
      expect(line.vi).toBe(`tệp ${join(dir, name)} không phải JSON hợp lệ (${at})`);
      // The parser's words, without the excerpt of the file that it quotes.
      expect(line.en).toMatch(new RegExp(`^${join(dir, name).replace(/[.\\/]/g, "\\$&")} is not valid JSON \\(line \\d+, column \\d+\\): Unexpected token '.'$`));
    }
  });
});
