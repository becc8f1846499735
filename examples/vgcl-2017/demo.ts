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
  renderBudgetTable,
  renderPhaseReview,
  summarizeBudget,
  vndToWords,
  type Plan,
} from "../../src/index.js";
import { generateRecords, GRASSROOTS_UNIONS, MAGAZINE_ISSUES } from "./records.js";

const plan: Plan = parsePlan(JSON.parse(readFileSync(new URL("./plan.json", import.meta.url), "utf8")));
const unitName = (id: string) => plan.units.find((u) => u.id === id)?.shortName ?? plan.units.find((u) => u.id === id)?.name ?? id;
const windowText = (w: { start: string; end: string } | undefined, text?: string) =>
  text ?? (w ? `${w.start.split("-").reverse().join("/")} – ${w.end.split("-").reverse().join("/")}` : "");

const ITEM_VI = { article: "bài", programme: "chương trình", clip: "clip", post: "bài đăng" } as const;
const OUTLET_VI: Record<string, string> = {
  daily: "nhật báo", weekly: "tuần báo", magazine: "tạp chí", bulletin: "bản tin", portal: "cổng thông tin",
  website: "trang thông tin điện tử", fanpage: "fanpage", television: "truyền hình", radio: "phát thanh", "news-agency": "thông tấn",
};
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
  const date = basis.issuedOn ? ` ngày ${basis.issuedOn.split("-").reverse().join("/")}` : "";
  say(`  - ${basis.kind}${ref}${date}${basis.title ? `: ${basis.title}` : ""}`);
}
say();
for (const phase of plan.phases) say(`${phase.name}: ${windowText(phase.window, phase.windowText)} (${phase.window.start} đến ${phase.window.end})`);
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
  for (const quota of channel.quotas) {
    const per = { day: "ngày", week: "tuần", month: "tháng", quarter: "quý", issue: "số", window: "cả kỳ" }[quota.per];
    const outlets = [...quota.outletIds.map(unitName), ...quota.outletKinds.map((k) => OUTLET_VI[k] ?? k)].join(", ");
    say(`   ⚑ Chỉ tiêu: tối thiểu ${quota.min} ${quota.itemKinds.map((k) => ITEM_VI[k]).join("/")}/${per} — ${outlets}${quota.requireOnlineCopy ? " (đăng cả bản điện tử)" : ""}`);
  }
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
say("Theo tháng: " + summary.byMonth.map((m) => `${m.month}: ${formatVnd(m.total, { compact: true })}`).join("; ") + `; không định thời gian: ${formatVnd(summary.unscheduled, { compact: true })}`);
say();
say(`${plan.signatory.capacity ?? ""} / ${plan.signatory.title}: ${plan.signatory.name}`);

// The phase review, at the end of April 2018, drawn from generated records of what was done.
const asOf = "2018-04-30";
const records = parseProgressRecords(generateRecords(plan, { seed: 2017, asOf }), plan);
const review = phaseReview(plan, records, { asOf, issues: MAGAZINE_ISSUES, coverageUnits: GRASSROOTS_UNIONS });
say(renderPhaseReview(review, { format: "text" }));
assert.equal(review.budget.estimate.toString(), "151500000");
assert.deepEqual(review.unevaluatedQuotas, []);

const output = lines.join("\n");
assert.match(output, /TỔNG CỘNG[ |]+151\.500\.000/);
assert.match(output, /Tổng kinh phí Trung ương: 151\.500\.000 đồng/);
assert.equal(plan.channels.length, 6);
assert.equal(plan.channels.flatMap((c) => c.quotas).length, 4);
console.log(output);
