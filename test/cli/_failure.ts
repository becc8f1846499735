import { CliFailure } from "../../src/cli/_lib/failure.js";

/** The `CliFailure` that `f` throws; any other error is thrown on, and no error at all fails the test. */
export function failure(f: () => unknown): CliFailure {
  try {
    f();
  } catch (error) {
    if (error instanceof CliFailure) return error;
    throw error;
  }
  throw new Error("no failure");
}
