import { CliFailure, EXIT } from "./failure.js";
import { MESSAGES } from "./messages.js";

/** The Word entry of the package (`cong-doan-ke-hoach/docx`). @internal */
export type DocxModule = typeof import("../../docx/index.js");

/**
 * Loads `cong-doan-ke-hoach/docx` on first use, so that the `docx` package (an optional peer dependency)
 * is needed only for `--as docx`.
 *
 * @returns the module.
 * @throws `CliFailure` (exit 2) with how to install `docx` when it is not installed.
 * @internal
 */
export async function loadDocx(): Promise<DocxModule> {
  try {
    return await import("../../docx/index.js");
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : "";
    if (code === "ERR_MODULE_NOT_FOUND" && /["']docx["']/.test(message)) throw new CliFailure(EXIT.usage, [MESSAGES.docxMissing()]);
    throw error;
  }
}
