/**
 * The browser test of the package's entries: what a web app meets. Each subpath the cases use
 * (`/rules`, `/budget`, `/calendar`, `/model`, `/read`, `/documents`) is bundled from the built package
 * (dist/) by esbuild for the browser, as a user's bundler would (`platform: "browser"`: a Node.js import
 * would fail the bundle), loaded into a real browser (Debian's chromium, driven by playwright-core, no
 * network), and the cases of scripts/browser/cases.ts run there; their answers must equal the answers of the
 * same cases run in Node.js on the built package. Also prints the bundles' sizes.
 *
 *   npm run build && npx tsx scripts/browser-smoke.ts
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`).
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { runCases, type Entries, type Inputs } from "./browser/cases.js";
import { launchChromium } from "./_lib/chromium.js";

const root = new URL("..", import.meta.url).pathname;
const ENTRIES = ["rules", "budget", "calendar", "model", "read", "documents"] as const;
const started = performance.now();

const inputs: Inputs = {
  planJson: JSON.parse(readFileSync(join(root, "examples/vgcl-2017/plan.json"), "utf8")),
  seedText: readFileSync(join(root, "examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt"), "utf8"),
};

// In Node.js: the built package's subpaths.
const inNode: Record<string, unknown> = {};
for (const name of ENTRIES) inNode[name] = await import(new URL(`../dist/${name}/index.js`, import.meta.url).href);
const expected = JSON.parse(JSON.stringify(runCases(inNode as unknown as Entries, inputs))) as unknown;

// For the browser: one script that imports each subpath's bundle-to-be and the cases, as an app would.
const contents = [
  ...ENTRIES.map((name) => `import * as ${name} from ${JSON.stringify(join(root, "dist", name, "index.js"))};`),
  `import { runCases } from ${JSON.stringify(join(root, "scripts/browser/cases.ts"))};`,
  `globalThis.runCases = (inputs) => JSON.stringify(runCases({ ${ENTRIES.join(", ")} }, inputs));`,
].join("\n");
const bundled = await build({
  stdin: { contents, resolveDir: root, loader: "ts" },
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
  charset: "utf8",
});
const script = bundled.outputFiles[0]!.text;
const nodeOnly = Object.keys(bundled.metafile.inputs).filter((p) => p.startsWith("node:") || /(^|\/)node_modules\/@types\/node\//.test(p));
assert.deepEqual(nodeOnly, [], "the browser bundle takes no Node.js module");

const work = mkdtempSync(join(tmpdir(), "trinh-duyet-"));
const context = await launchChromium(join(work, "profile"));
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setContent("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body></body></html>");
  await page.addScriptTag({ content: script });
  const answer = JSON.parse(await page.evaluate((i) => (globalThis as unknown as { runCases: (i: unknown) => string }).runCases(i), inputs)) as Record<string, unknown>;
  const agent = await page.evaluate(() => navigator.userAgent);
  assert.deepEqual(errors, [], "no error in the page");
  for (const key of Object.keys(expected as object)) assert.deepEqual(answer[key], (expected as Record<string, unknown>)[key], `the ${key} cases give in the browser what they give in Node.js`);
  assert.deepEqual(Object.keys(answer), Object.keys(expected as object));
  const version = /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
  console.log(`browser: ${Object.keys(answer).length} groups of cases (${ENTRIES.map((e) => `/${e}`).join(", ")}) give in Chromium ${version} what they give in Node.js ${process.versions.node}  ✓`);
  console.log(`  one bundle of the six entries: ${(script.length / 1024).toFixed(0)} kB minified; ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
