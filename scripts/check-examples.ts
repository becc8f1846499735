/**
 * Type-checks every `@example` of the TSDoc in src/: each ```ts block becomes a module under
 * .examples-check/ that imports the package by its published names (mapped to src/ by paths), and tsc
 * compiles them all with the project's strict settings. Fails when an export has no @example.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, ".examples-check");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith(".ts")) yield path;
  }
}

let count = 0;
const missing: string[] = [];
for (const file of sourceFiles(join(root, "src"))) {
  const text = readFileSync(file, "utf8");
  const rel = relative(root, file);
  // Each TSDoc comment and the declaration after it.
  for (const match of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(export\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(\w+)\s+(\w+))?/g)) {
    const doc = match[1] ?? "";
    const declared = match[2] !== undefined;
    const isInternal = /@internal/.test(doc);
    const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((b) => (b[1] ?? "").replace(/^\s*\* ?/gm, ""));
    if (declared && !isInternal && blocks.length === 0) missing.push(`${rel}: ${match[4]}`);
    for (const code of blocks) {
      count += 1;
      const name = `${String(count).padStart(3, "0")}-${rel.replace(/[\\/]/g, "_").replace(/\.ts$/, "")}.ts`;
      const body = /^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`;
      writeFileSync(join(out, name), `// from ${rel}\n${body}`);
    }
  }
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
