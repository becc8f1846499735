/**
 * `npm run demo`: parses the reference plan (examples/vgcl-2017/plan.json) and prints a summary in
 * Vietnamese. It checks what it prints against the document, so it fails loudly if the data or the library
 * drift.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  checkDeclaredTotals,
  formatDocumentReference,
  formatVnd,
  parseDocumentReference,
  parsePlan,
  parseProgressRecords,
  phaseReview,
  quotaLabel,
  renderBudgetTable,
  renderPhaseReview,
  summarizeBudget,
  vndToWords,
  type Plan,
} from "../../src/index.js";
import { generateRecords, GRASSROOTS_UNIONS, MAGAZINE_ISSUES } from "./records.js";

const plan: Plan = parsePlan(JSON.parse(readFileSync(new URL("./plan.json", import.meta.url), "utf8")));
const unitName = (id: string) => plan.units.find((u) => u.id === id)?.shortName ?? plan.units.find((u) => u.id === id)?.name ?? id;
/** "01/07/2017", as Vietnamese documents write a day. */
const day = (date: string) => date.split("-").reverse().join("/");
const windowText = (w: { start: string; end: string } | undefined, text?: string) => text ?? (w ? `${day(w.start)} – ${day(w.end)}` : "");
/** "tháng 7/2017". */
const monthText = (month: string) => `tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

const REPORT_VI = { "periodic-report": "Báo cáo định kỳ", report: "Báo cáo", review: "Sơ kết" } as const;
const short = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const lines: string[] = [];
const say = (line = "") => lines.push(line);
const { header } = plan;

say(`${header.title}`);
say(header.subject);
say(`Ban hành: ${unitName(header.issuerId)} · Kế hoạch số …/${header.documentType ?? "KH"}-${header.issuerCode ?? ""}` + (header.issuedIn ? ` · tháng ${Number(header.issuedIn.slice(5))}/${header.issuedIn.slice(0, 4)}` : ""));
say();
say("Căn cứ:");
for (const basis of header.legalBases) {
  const ref = basis.reference ? ` số ${formatDocumentReference(parseDocumentReference(basis.reference))}` : "";
  const date = basis.issuedOn ? ` ngày ${day(basis.issuedOn)}` : "";
  say(`  - ${basis.kind}${ref}${date}${basis.title ? `: ${basis.title}` : ""}`);
}
say();
for (const phase of plan.phases) say(`${phase.name}: ${windowText(phase.window, phase.windowText)} (${windowText(phase.window)})`);
say(`Mục đích: ${plan.purposes.length} · Yêu cầu: ${plan.requirements.length} · Đối tượng: ${plan.audiences.map((a) => a.name).join(", ")}`);
say(`Đơn vị được nêu: ${plan.units.length}`);
say();
say("HÌNH THỨC TUYÊN TRUYỀN");
for (const channel of plan.channels) {
  say(`${channel.number}. ${channel.title}`);
  for (const activity of channel.activities) {
    const product = activity.product?.description ? ` [${activity.product.description}]` : "";
    const when = activity.window ? ` — ${windowText(activity.window, activity.windowText)}` : "";
    say(`   • ${short(activity.title)}${product}${when}`);
  }
  for (const quota of channel.quotas) say(`   ⚑ Chỉ tiêu: ${quotaLabel(quota, { plan })}${quota.requireOnlineCopy ? " (đăng cả bản điện tử)" : ""}`);
}
say();
say("BÁO CÁO");
for (const duty of plan.reporting) say(`  - ${REPORT_VI[duty.kind]}${duty.every ? ` (mỗi ${duty.every === "month" ? "tháng" : "quý"})` : ""}: ${windowText(duty.window, duty.windowText)}`);
say();

// The appendix as the document lays it out, with computed subtotals and the total in words.
say(renderBudgetTable(plan, { format: "text", width: 26 }));
const summary = summarizeBudget(plan);
assert.deepEqual(checkDeclaredTotals(plan), [], "the declared figures of the reference plan add up");
assert.equal(summary.total.toString(), "151500000");
assert.deepEqual(summary.sections.map((s) => s.total.toString()), ["111500000", "30000000", "10000000"]);
say(`Tổng kinh phí Trung ương: ${formatVnd(summary.total)} (${vndToWords(summary.total)})`);
say("Theo tháng: " + summary.byMonth.map((m) => `${monthText(m.month)}: ${formatVnd(m.total, { compact: true })}`).join("; ") + `; không định thời gian: ${formatVnd(summary.unscheduled, { compact: true })}`);
say();
// The reference plan is signed; an excerpt or a news report of a plan may have no signature block.
const signatory = plan.signatory;
assert.ok(signatory, "the reference plan has its signature block");
say(`${signatory.capacity ?? ""} / ${signatory.title}: ${signatory.name}`);

// The phase review, at the end of April 2018, drawn from generated records of what was done: a document
// of its own, on a new page (a form feed for a printer) under a heading that says where it begins.
const asOf = "2018-04-30";
const records = parseProgressRecords(generateRecords(plan, { seed: 2017, asOf }), plan);
const review = phaseReview(plan, records, { asOf, issues: MAGAZINE_ISSUES, coverageUnits: GRASSROOTS_UNIONS });
const REVIEW_HEADING = `PHẦN HAI — BÁO CÁO SƠ KẾT (minh họa: số liệu mô phỏng, tính đến ngày ${day(asOf)})`;
say();
say("\f" + "═".repeat(REVIEW_HEADING.length));
say(REVIEW_HEADING);
say("═".repeat(REVIEW_HEADING.length));
say();
say(renderPhaseReview(review, { format: "text" }));
assert.equal(review.budget.estimate.toString(), "151500000");
assert.deepEqual(review.unevaluatedQuotas, []);

const output = lines.join("\n");
assert.match(output, /TỔNG CỘNG[ |]+151\.500\.000/);
// The review starts after the plan, on its own page, under its heading.
const reviewStart = output.indexOf(REVIEW_HEADING);
assert.ok(reviewStart > output.indexOf(signatory.name) && output.lastIndexOf("\f", reviewStart) > output.indexOf(signatory.name));
assert.ok(output.indexOf("BÁO CÁO SƠ KẾT GIAI ĐOẠN 1") > reviewStart);
// No ISO date and no internal id reaches the reader.
assert.doesNotMatch(output, /\b\d{4}-\d{2}(-\d{2})?\b/);
for (const id of [...plan.channels.flatMap((c) => c.quotas.map((q) => q.id)), ...GRASSROOTS_UNIONS.map((u) => u.id)]) assert.ok(!output.includes(id), id);
assert.match(output, /Tổng kinh phí Trung ương: 151\.500\.000 đồng/);
assert.equal(plan.channels.length, 6);
assert.equal(plan.channels.flatMap((c) => c.quotas).length, 4);
console.log(output);
