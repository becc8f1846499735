/**
 * Writes the reference plan's phase review (at 30 April 2018, from generated records) into a folder: the
 * review in Markdown (Vietnamese and English), its JSON, and the two SVG charts.
 *
 *   npx tsx examples/vgcl-2017/review.ts [folder]   (default: a new folder in the system's temp folder)
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { attainmentChart, parsePlan, parseProgressRecords, phaseReview, renderPhaseReview, renderPhaseReviewJson, spendingChart } from "../../src/index.js";
import { generateRecords, GRASSROOTS_UNIONS, MAGAZINE_ISSUES } from "./records.js";

const plan = parsePlan(JSON.parse(readFileSync(new URL("./plan.json", import.meta.url), "utf8")));
const asOf = "2018-04-30";
const records = parseProgressRecords(generateRecords(plan, { seed: 2017, asOf }), plan);
const review = phaseReview(plan, records, { asOf, issues: MAGAZINE_ISSUES, coverageUnits: GRASSROOTS_UNIONS });

const folder = process.argv[2] ?? mkdtempSync(join(tmpdir(), "so-ket-"));
mkdirSync(folder, { recursive: true });
const files: Record<string, string> = {
  "so-ket-giai-doan-1.md": renderPhaseReview(review),
  "phase-1-review.md": renderPhaseReview(review, { language: "en" }),
  "so-ket-giai-doan-1.json": renderPhaseReviewJson(review),
  "ty-le-dat-chi-tieu.svg": attainmentChart(review),
  "kinh-phi-theo-thang.svg": spendingChart(review),
};
for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);

assert.equal(JSON.parse(files["so-ket-giai-doan-1.json"]!).kind, "phase-review");
assert.match(files["ty-le-dat-chi-tieu.svg"]!, /^<svg[^>]+role="img"/);
console.log(`Wrote ${Object.keys(files).length} files to ${folder}`);
