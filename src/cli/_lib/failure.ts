import type { Text } from "./messages.js";

/**
 * The exit codes of the command line: 0 success, 1 the plan (or the data given with it) has errors, 2 a
 * usage error (an unknown command or option, a missing argument, a bad value) or a file that cannot be
 * read, parsed as JSON or written; 70 an unexpected failure of the program itself (a bug).
 *
 * @internal
 */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2, internal: 70 } as const;

/**
 * Why a command stops: the exit code, and the lines to write to standard error (each in both languages,
 * or already written in one).
 *
 * @internal
 */
export class CliFailure extends Error {
  readonly exitCode: number;
  readonly lines: readonly (Text | string)[];

  constructor(exitCode: number, lines: readonly (Text | string)[]) {
    const first = lines[0];
    super(first === undefined ? "failure" : typeof first === "string" ? first : first.en);
    this.name = "CliFailure";
    this.exitCode = exitCode;
    this.lines = lines;
  }
}

/** A usage error (exit 2) with one message. @internal */
export function usageError(message: Text): CliFailure {
  return new CliFailure(EXIT.usage, [message]);
}
