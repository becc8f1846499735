import { statSync } from "node:fs";
import { writeOutput } from "./files.js";
import { usageError } from "./failure.js";
import { MESSAGES } from "./messages.js";

/**
 * Where a command's result goes: the file of `-o/--output`, else standard output (text only: a binary
 * result needs `-o`).
 *
 * @param output - the value of `--output`, if given.
 * @param data - the result: text (written as UTF-8) or bytes.
 * @throws `CliFailure` (exit 2) when bytes have no file to go to, or the file cannot be written.
 * @internal
 */
export function deliver(output: string | undefined, data: string | Uint8Array): void {
  if (output !== undefined) {
    writeOutput(output, data);
    return;
  }
  if (typeof data !== "string") throw usageError(MESSAGES.needsOutput());
  process.stdout.write(data);
}

/** The value of a string option (`undefined` when absent; a flag never reaches here). @internal */
export function stringOption(values: Readonly<Record<string, string | true | undefined>>, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The file of `-o/--output`, or `undefined` for standard output: no `-o`, or `-o -` as with other tools.
 *
 * @internal
 */
export function outputFile(values: Readonly<Record<string, string | true | undefined>>): string | undefined {
  const output = stringOption(values, "output");
  return output === "-" ? undefined : output;
}

/** Writes diagnostics (what a command found, beside its result) to standard error. @internal */
export function note(lines: readonly string[]): void {
  if (lines.length > 0) process.stderr.write(`${lines.join("\n")}\n`);
}

/**
 * Refuses an output file that is one of the files the command reads (`render plan.json -o plan.json`
 * would replace the plan by its document): the same file, however its path is written.
 *
 * @param output - the value of `-o/--output`, if given.
 * @param inputs - the files the command reads.
 * @throws `CliFailure` (exit 2) when the output is one of them.
 * @internal
 */
export function refuseOverwrite(output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined) return;
  // A path that cannot be looked at (a part of it not a folder, no permission) is for the read or the
  // write to name.
  const stat = (file: string) => {
    try {
      return statSync(file, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  };
  const target = stat(output);
  if (target === undefined || !target.isFile()) return;
  for (const input of inputs) {
    const source = stat(input);
    if (source !== undefined && source.dev === target.dev && source.ino === target.ino) throw usageError(MESSAGES.overwritesInput(output, input));
  }
}

/**
 * The format of `--format text|json`: as given, else `json` when the file of `-o` ends in `.json`, else
 * `text`.
 *
 * @internal
 */
export function findingsFormat(values: Readonly<Record<string, string | true | undefined>>): "text" | "json" {
  const format = stringOption(values, "format");
  if (format !== undefined) return format === "json" ? "json" : "text";
  return /\.json$/i.test(outputFile(values) ?? "") ? "json" : "text";
}
