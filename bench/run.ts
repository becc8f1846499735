/**
 * `npm run bench`: each benchmark runs against a plain baseline in the same process, and prints both.
 * Figures go into docs/performance.md with the machine and date.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { parsePlan, planToJSON } from "../src/index.js";
import { benchBudget } from "./budget.js";
import { benchQuota } from "./quota.js";

function deepFreeze(value: unknown): void {
  if (value !== null && typeof value === "object") {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
}

/** Runs fn for about `ms` milliseconds after a warm-up; returns operations per second. */
function measure(fn: () => void, ms = 1500): number {
  for (let i = 0; i < 20; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn();
    runs += 1;
  }
  return (runs * 1000) / (performance.now() - start);
}

function report(name: string, subject: () => void, baseline: () => void, unit = "parse"): void {
  const s = measure(subject);
  const b = measure(baseline);
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
  console.log(`${name}\n  library : ${fmt(s)} ${unit}/s\n  baseline: ${fmt(b)} ${unit}/s\n  ratio   : ${(b / s).toFixed(1)}× the baseline's time`);
}

const referenceText = readFileSync(new URL("../examples/vgcl-2017/plan.json", import.meta.url), "utf8");

/** A large plan: the reference plan's structure with many units, activities and budget lines. */
function largePlanText(units: number, lines: number): string {
  const plan = JSON.parse(referenceText);
  for (let i = 0; i < units; i++) {
    plan.units.push({ id: `cdcs-${i}`, name: `Công đoàn cơ sở ${i}`, kind: "grassroots-union", parentId: "ldld-tinh" });
  }
  const section = plan.budget.sections[0];
  const template = section.lines[0];
  for (let i = 0; i < lines; i++) section.lines.push({ ...template, id: `extra-${i}`, amount: String(1000 * (i + 1)) });
  return JSON.stringify(plan);
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}\n`);

report(
  "parsePlan(reference plan) vs JSON.parse + deep freeze",
  () => void parsePlan(JSON.parse(referenceText)),
  () => deepFreeze(JSON.parse(referenceText)),
);

const large = largePlanText(5_000, 5_000);
report(
  "parsePlan(plan with 5,000 more units and 5,000 more budget lines) vs JSON.parse + deep freeze",
  () => void parsePlan(JSON.parse(large)),
  () => deepFreeze(JSON.parse(large)),
);

const parsed = parsePlan(JSON.parse(referenceText));
const plainJson: unknown = JSON.parse(referenceText);
report(
  "planToJSON + JSON.stringify vs JSON.stringify of the same document as plain JSON",
  () => void JSON.stringify(planToJSON(parsed)),
  () => void JSON.stringify(plainJson),
  "op",
);

console.log();
benchBudget();
console.log();
benchQuota();
