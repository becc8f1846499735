/**
 * Global setup of the command line's tests (the "cli" project of vitest.config.ts): they run the built bin,
 * so dist/ must hold a build of the current sources. When dist/cli/index.js, dist/index.js or
 * dist/docx/index.js is missing or older than a file of src/, package.json or tsup.config.ts, this builds
 * the JavaScript once (`tsup --no-dts`: a few seconds, against some 30–50 s with the declarations); the
 * type declarations come with `npm run build`, which `npm run check:package` runs.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

function builtAt(): number {
  try {
    return Math.min(...["dist/cli/index.js", "dist/index.js", "dist/docx/index.js"].map((file) => statSync(join(root, file)).mtimeMs));
  } catch {
    return 0;
  }
}

export default function setup(): void {
  const sources = Math.max(newest(join(root, "src")), ...["package.json", "tsup.config.ts"].map((file) => statSync(join(root, file)).mtimeMs));
  if (builtAt() > sources) return;
  const tsup = spawnSync(process.execPath, [join(root, "node_modules/tsup/dist/cli-default.js"), "--no-dts"], { cwd: root, encoding: "utf8" });
  if (tsup.status !== 0) throw new Error(`the build for the CLI tests failed:\n${tsup.stdout}\n${tsup.stderr}`);
}
