// What each light entry carries: bundles the budgeted imports of .size-limit.cjs from the built package (as
// size-limit does) and from src, and checks that the light entries carry no zod (the quota checker no decimal.js
// either), and that the built package tree-shakes as well as the sources (a top-level statement with side
// effects in a shared chunk would drag unrelated modules into every bundle). Prints the sizes.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const budgets = require("../.size-limit.cjs");
const root = new URL("..", import.meta.url).pathname;

async function bundle(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  // The inputs that put bytes into the bundle (a module tree-shaken away is listed with 0 bytes).
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
  return { bytes: gzipSync(result.outputFiles[0].contents).length, inputs };
}

let failed = false;
for (const budget of budgets) {
  const dist = await bundle(`export ${budget.import} from "./${budget.path}";`, root);
  const src = await bundle(`export ${budget.import} from "./${budget.path.replace(/^dist\//, "src/").replace(/\.js$/, ".ts")}";`, root);
  const zod = dist.inputs.some((path) => path.includes("node_modules/zod/"));
  const decimal = dist.inputs.some((path) => path.includes("node_modules/decimal.js/"));
  const problems = [];
  if (!budget.name.startsWith("plan") && zod) problems.push("carries zod");
  if (budget.name.startsWith("quota checker") && decimal) problems.push("carries decimal.js");
  if (dist.bytes > src.bytes * 1.03 + 100) problems.push(`the built package bundles to ${dist.bytes} B, the sources to ${src.bytes} B: something in a shared chunk is not tree-shaken`);
  console.log(`${budget.name}: ${dist.bytes} B gzipped (from src ${src.bytes} B)${zod ? ", with zod" : ""}${decimal ? ", with decimal.js" : ""}${problems.length > 0 ? `  ✗ ${problems.join("; ")}` : "  ✓"}`);
  if (problems.length > 0) failed = true;
}
// The core keeps its three runtime dependencies: only the docx entry imports the optional peer dependency docx.
for (const file of readdirSync(new URL("../dist", import.meta.url), { recursive: true })) {
  if (!/\.(c?js)$/.test(file) || file.startsWith("docx/")) continue;
  const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");
  if (/(from\s*|require\(\s*|import\(\s*)["']docx["']/.test(code)) {
    console.log(`dist/${file}: imports docx  ✗ (only dist/docx/ may)`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
