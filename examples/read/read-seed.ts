/**
 * `npx tsx examples/read/read-seed.ts [--all]`: reads the reference plan's text
 * (examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt) with readPlanText and prints how its draft
 * compares with the hand transcription (examples/vgcl-2017/plan.json), part by part, with the facts that
 * are missing or differ (`--all`: the matched ones too), then what the reader reported and left unread. It
 * checks its own figures: the draft is a whole plan, agrees on at least 95% of the facts, and has the
 * appendix's total.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { comparePlans, readPlanText, safeParsePlan } from "../../src/index.js";

const text = readFileSync(new URL("../documents/seed/ke-hoach-tuyen-truyen-2017.txt", import.meta.url), "utf8");
const reference: unknown = JSON.parse(readFileSync(new URL("../vgcl-2017/plan.json", import.meta.url), "utf8"));

const started = performance.now();
const { draft, findings, unread } = readPlanText(text);
const ms = performance.now() - started;
const comparison = comparePlans(draft, reference);

const parsed = safeParsePlan(draft);
assert.ok(parsed.success, "the seed reads to a whole plan");
assert.ok(comparison.score >= 0.95, `at least 95% of the facts (${comparison.score})`);
assert.equal(parsed.data.budget?.declaredTotal?.toString(), "151500000");

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`Đọc văn bản kế hoạch (${text.split("\n").length} dòng) trong ${ms.toFixed(0)} ms`);
console.log(`So với bản nhập tay: ${comparison.matched.length}/${comparison.total} dữ kiện khớp (${percent(comparison.score)}), ${comparison.missing.length} thiếu, ${comparison.different.length} khác, ${comparison.extra.length} thêm\n`);

const parts = [...new Set([...comparison.matched, ...comparison.missing, ...comparison.different.map((d) => d.fact)].map((f) => f.part))];
for (const part of parts) {
  const matched = comparison.matched.filter((f) => f.part === part).length;
  const total = matched + comparison.missing.filter((f) => f.part === part).length + comparison.different.filter((d) => d.fact.part === part).length;
  console.log(`  ${part.padEnd(18)} ${String(matched).padStart(4)}/${String(total).padEnd(4)} ${percent(matched / total)}`);
}
console.log("\nThiếu (missing):");
for (const f of comparison.missing) console.log(`  - ${f.label}: ${f.value}`);
console.log("Khác (different):");
for (const d of comparison.different) console.log(`  - ${d.fact.label}: ${d.fact.value} ≠ ${d.actual}`);
if (process.argv.includes("--all")) {
  console.log("Khớp (matched):");
  for (const f of comparison.matched) console.log(`  - ${f.label}: ${f.value}`);
}
console.log(`\nPhát hiện của bộ đọc (${findings.length}):`);
for (const f of findings) console.log(`  ${String(f.line).padStart(3)}:${String(f.column).padEnd(3)} ${f.severity.padEnd(7)} ${f.code}  ${f.messageVi}`);
console.log(`Chưa đọc (${unread.length}):`);
for (const u of unread) console.log(`  ${u.line}:${u.column} ${u.text}`);
