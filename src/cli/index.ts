/**
 * The `cong-doan-ke-hoach` bin (Node.js only; no library entry imports this folder). Built by tsup as
 * dist/cli/index.js with a `#!/usr/bin/env node` banner; see `cong-doan-ke-hoach --help`.
 *
 * @packageDocumentation
 */
import { runCli } from "./main.js";

// A reader that stops early (`… | head`) closes the pipe: not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2));
