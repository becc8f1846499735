/**
 * `npx tsx examples/read/read-word.ts [plan.docx]`: reads a Word file. mammoth (a dev dependency of this
 * example, not of the library) converts the .docx to HTML, tables as `<table>`; readPlanText reads the HTML.
 * Without a file, it makes one from the reference plan's text (docx-of-text.ts, with the docx package) and
 * checks that the Word file reads to the same draft as the text.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import { comparePlans, readPlanText, safeParsePlan } from "../../src/index.js";
import { docxOf } from "./docx-of-text.js";

const path = process.argv[2];
const text = readFileSync(new URL("../documents/seed/ke-hoach-tuyen-truyen-2017.txt", import.meta.url), "utf8");
const docx = path === undefined ? await docxOf(text) : readFileSync(path);

// The recipe: .docx → HTML (mammoth) → plan document (readPlanText).
const { value: html, messages } = await mammoth.convertToHtml({ buffer: docx });
const { draft, findings, unread } = readPlanText(html);

for (const m of messages) console.error(`mammoth: ${m.type} ${m.message}`);
const parsed = safeParsePlan(draft);
console.log(`${parsed.success ? "Kế hoạch đầy đủ" : `Bản nháp còn thiếu ${parsed.error.issues.length} mục`}; ${findings.length} phát hiện, ${unread.length} đoạn chưa đọc.`);
for (const f of findings.filter((x) => x.severity !== "info")) console.log(`  ký tự ${f.offset}: ${f.code} ${f.messageVi}`);

if (path === undefined) {
  assert.deepEqual(draft, readPlanText(text).draft, "the Word file reads as its text does");
  const reference: unknown = JSON.parse(readFileSync(new URL("../vgcl-2017/plan.json", import.meta.url), "utf8"));
  console.log(`So với bản nhập tay: ${(100 * comparePlans(draft, reference).score).toFixed(1)}% dữ kiện khớp.`);
}
