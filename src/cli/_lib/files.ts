import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { CliFailure, EXIT } from "./failure.js";
import { jsonErrorOffset } from "./jsonError.js";
import { MESSAGES } from "./messages.js";

/** The largest file a command reads: 64 MiB (a plan is kilobytes; a year of records a few megabytes). @internal */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The encoding that a byte-order mark of UTF-16 gives (Windows saves "Unicode" text so), else UTF-8. */
function encodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * The text of a file (UTF-8, or UTF-16 with its byte-order mark as Windows writes "Unicode" text; a
 * byte-order mark dropped), named in messages as the user wrote it.
 *
 * @param file - the path, relative to the working folder or absolute.
 * @returns the text.
 * @throws `CliFailure` (exit 2) when the file cannot be read, is larger than {@link MAX_FILE_BYTES}, or
 *   is neither UTF-8 nor UTF-16 with a byte-order mark.
 * @internal
 */
export function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    if (stat.size > MAX_FILE_BYTES) throw new CliFailure(EXIT.usage, [MESSAGES.tooLarge(file, stat.size, MAX_FILE_BYTES)]);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(EXIT.usage, [MESSAGES.unreadable(file, codeOf(error))]);
  }
  // A special file (a pipe, /dev/stdin) can hold more than its size said.
  if (bytes.byteLength > MAX_FILE_BYTES) throw new CliFailure(EXIT.usage, [MESSAGES.tooLarge(file, bytes.byteLength, MAX_FILE_BYTES)]);
  let text: string;
  try {
    text = new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes);
  } catch {
    throw new CliFailure(EXIT.usage, [MESSAGES.notUtf8(file)]);
  }
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/**
 * The line and column (1-based, in UTF-16 code units as editors count them) of an offset in a text.
 *
 * @internal
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * The value of a JSON file.
 *
 * @param file - the path.
 * @returns the parsed value.
 * @throws `CliFailure` (exit 2) when the file cannot be read or is not JSON, with the line and column of
 *   the first error (found by {@link jsonErrorOffset}: the parser gives its position only for some errors).
 * @internal
 */
export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // The parser's words, without the excerpt of the text it quotes for some errors (several lines of it).
    const detail = (error instanceof Error ? error.message : String(error)).replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, "");
    const offset = jsonErrorOffset(text);
    const at = offset === undefined ? undefined : lineAndColumn(text, offset);
    throw new CliFailure(EXIT.usage, [MESSAGES.invalidJson(file, at?.line, at?.column, detail)]);
  }
}

function folderExists(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes a file (text as UTF-8, or bytes).
 *
 * @param file - the path.
 * @param data - the contents.
 * @throws `CliFailure` (exit 2) when the file cannot be written (a folder of its path that does not exist
 *   named as such: writing a file creates no folder).
 * @internal
 */
export function writeOutput(file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (error) {
    const code = codeOf(error);
    if (code === "ENOENT" && !folderExists(dirname(file))) throw new CliFailure(EXIT.usage, [MESSAGES.missingFolder(file, dirname(file))]);
    throw new CliFailure(EXIT.usage, [MESSAGES.unwritable(file, code)]);
  }
}
