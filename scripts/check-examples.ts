/**
 * Type-checks every `@example` of the TSDoc in src/: each ```ts block becomes a module under
 * .examples-check/ that imports the package by its published names (mapped to src/ by paths), and tsc
 * compiles them all with the project's strict settings. Fails when an export has no @example.
 * (scripts/doctest.ts runs the same blocks and checks their `//=>` claims.)
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { extractExamples } from "./_lib/extractExamples.js";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, ".examples-check");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { blocks, missing } = extractExamples(root);
let count = 0;
for (const { file, code } of blocks) {
  count += 1;
  const name = `${String(count).padStart(3, "0")}-${file.replace(/[\\/]/g, "_").replace(/\.ts$/, "")}.ts`;
  const body = /^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`;
  writeFileSync(join(out, name), `// from ${file}\n${body}`);
}

writeFileSync(
  join(out, "tsconfig.json"),
  JSON.stringify(
    {
      extends: "../tsconfig.json",
      compilerOptions: {
        noEmit: true,
        noUnusedLocals: false,
        lib: ["ES2022", "DOM"],
        paths: {
          "cong-doan-ke-hoach": ["../src/index.ts"],
          "cong-doan-ke-hoach/*": ["../src/*/index.ts"],
        },
      },
      include: ["./*.ts"],
    },
    null,
    2,
  ),
);

if (missing.length > 0) {
  console.error(`Exports without an @example:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(out, "tsconfig.json")], { stdio: "inherit" });
if (tsc.status !== 0) {
  console.error("Some @example blocks do not compile (see .examples-check/).");
  process.exit(1);
}
console.log(`${count} @example blocks compile.`);
