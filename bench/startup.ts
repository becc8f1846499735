/**
 * Cold start: the time a fresh Node.js process takes to import the package's root (the built ESM entry,
 * `dist/index.js`) against a fresh process that imports zod alone, alternated (library, zod, library, zod…),
 * each timed inside its process around the dynamic import. Ratio of the medians and median of the pair ratios;
 * the goal is ≤ 1.2×. Also the import of the package's own code once its dependencies are loaded.
 * `npm run build` first; run with `npm run bench:startup` (`-- --pairs 31`).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = new URL("../dist/index.js", import.meta.url).href;
if (!existsSync(fileURLToPath(entry))) {
  console.error("dist/index.js is missing: run `npm run build` first");
  process.exit(2);
}
const pairsArg = process.argv.indexOf("--pairs");
const pairs = pairsArg > 0 ? Number(process.argv[pairsArg + 1]) : 21;

/** The milliseconds a fresh process spends in `import(specifier)`, measured inside it with performance.now(). */
function importMs(specifier: string): number {
  const code = `const t=performance.now();await import(${JSON.stringify(specifier)});process.stdout.write(String(performance.now()-t))`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" }));
}

/** The median of a list of numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// Both import the same zod (the package's dependency), so the zod side is what any user of zod pays.
const library: number[] = [];
const zod: number[] = [];
importMs(entry);
importMs("zod");
for (let i = 0; i < pairs; i += 1) {
  library.push(importMs(entry));
  zod.push(importMs("zod"));
}
// The package's own share: its code once zod, decimal.js and date-fns are loaded.
const deps = ["zod", "decimal.js", "date-fns/locale/vi"].map((d) => `await import(${JSON.stringify(d)});`).join("");
const own: number[] = [];
for (let i = 0; i < Math.min(pairs, 11); i += 1) {
  const code = `${deps}const t=performance.now();await import(${JSON.stringify(entry)});process.stdout.write(String(performance.now()-t))`;
  own.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" })));
}
const ratios = library.map((ms, i) => ms / zod[i]!);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`import of the root (dist/index.js): median ${fmt(median(library))} (${fmt(Math.min(...library))}–${fmt(Math.max(...library))})`);
console.log(`import of zod alone:                median ${fmt(median(zod))} (${fmt(Math.min(...zod))}–${fmt(Math.max(...zod))})`);
console.log(`the package's own code, its dependencies loaded: median ${fmt(median(own))}`);
console.log(`ratio of medians ${(median(library) / median(zod)).toFixed(2)}×, median of pair ratios ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}), ${pairs} pairs; goal ≤ 1.2×`);
