/**
 * The browser test of the official documents: renders the reference plan, a monthly report and the phase
 * review as HTML from the built package (dist/), prints each to an A4 PDF in a real browser (Debian's
 * chromium, driven by playwright-core), reads the PDF's text back with poppler's pdftotext and checks the
 * header, the "Số:" line, the totals and the signature. With --write-images it also writes page 1 of each
 * as a PNG into docs/images/ (pdftoppm -png -r 60), the pictures of docs/documents.md.
 *
 *   npm run build && npx tsx scripts/print-documents.ts [--write-images] [--keep]
 *
 * Needs /usr/bin/chromium and pdftotext/pdftoppm (`apt-get install chromium poppler-utils`). No network:
 * the documents are self-contained and the browser runs with background networking off.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateRecords, GRASSROOTS_UNIONS, MAGAZINE_ISSUES } from "../examples/vgcl-2017/records.js";
import { launchChromium } from "./_lib/chromium.js";

const lib = await import(new URL("../dist/index.js", import.meta.url).href);
const started = performance.now();
const args = new Set(process.argv.slice(2));
const root = new URL("..", import.meta.url).pathname;

const plan = lib.parsePlan(JSON.parse(readFileSync(join(root, "examples/vgcl-2017/plan.json"), "utf8")));
const records = lib.parseProgressRecords(generateRecords(plan, { seed: 2017, asOf: "2018-04-30" }), plan);
const report = lib.monthlyReport(plan, "ldld-tinh", "2017-11", records, { asOf: "2017-12-03", coverageUnits: GRASSROOTS_UNIONS });
const review = lib.phaseReview(plan, records, { asOf: "2018-04-30", issues: MAGAZINE_ISSUES, coverageUnits: GRASSROOTS_UNIONS });
const digits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const money = (v: unknown) => lib.formatVnd(v, { symbol: "none" });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A table row as pdftotext -layout writes it: its cells on one line, apart. */
const row = (...cells: string[]) => new RegExp(cells.map(escape).join("\\s+"));

/**
 * Each document, with what its PDF must show: in the upper left and upper right of page 1 (the issuer and
 * the number; the national title, the motto, the place and date), anywhere in its text (white space
 * collapsed), as table rows, and in the right half of the page that holds "Nơi nhận" (the signature).
 */
interface Expected {
  readonly name: string;
  readonly html: string;
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly text: readonly string[];
  readonly rows: readonly RegExp[];
  readonly signature: readonly string[];
}

const total = lib.summarizeBudget(plan).total;
const documents: Expected[] = [
  {
    name: "ke-hoach",
    html: lib.renderPlanDocument(plan, { format: "html", place: "Hà Nội" }),
    left: ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Số: ……../KH-TLĐ"],
    right: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày …… tháng 7 năm 2017"],
    text: ["KẾ HOẠCH", plan.header.subject, "I. MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG", "V. TRÁCH NHIỆM THỰC HIỆN", `Bằng chữ: ${lib.vndToWords(total)}.`],
    rows: [row("TỔNG CỘNG", money(total)), row("I", "Sản phẩm truyền", "111.500.000")],
    signature: ["TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Thuật"],
  },
  {
    name: "bao-cao-thang",
    html: lib.renderMonthlyReportDocument(plan, report, {
      format: "html",
      number: "215",
      place: "Đồng Nai",
      date: "2017-12-02",
      sender: { name: "Liên đoàn Lao động tỉnh Đồng Nai", superior: "Tổng Liên đoàn Lao động Việt Nam", code: "LĐLĐ" },
      signatory: { authority: [{ mode: "TM", title: "Ban Thường vụ" }], title: "Phó Chủ tịch", name: "Nguyễn Văn B" },
    }),
    left: ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", "Số: 215/BC-LĐLĐ"],
    right: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Nai, ngày 02 tháng 12 năm 2017"],
    text: ["BÁO CÁO", "Kết quả thực hiện Kế hoạch tuyên truyền về", "Kính gửi: Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ)."],
    rows: [row("Cộng", digits(report.coverage.total), digits(report.coverage.reached))],
    signature: ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Nguyễn Văn B"],
  },
  {
    name: "bao-cao-so-ket",
    html: lib.renderPhaseReviewDocument(plan, review, {
      format: "html",
      place: "Hà Nội",
      date: "2018-04-27",
      sender: { name: "Ban Tuyên giáo", superior: "Tổng Liên đoàn Lao động Việt Nam", code: "TG" },
      recipients: ["Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"],
      signatory: { title: "Trưởng ban", name: "Nguyễn Văn A" },
    }),
    left: ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "BAN TUYÊN GIÁO", "Số: ……../BC-TG"],
    right: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 27 tháng 4 năm 2018"],
    text: ["BÁO CÁO", "Sơ kết giai đoạn 1 thực hiện Kế hoạch tuyên truyền", `Tổng dự toán: ${lib.formatVnd(review.budget.estimate)}. Bằng chữ: ${lib.vndToWords(review.budget.estimate)}.`],
    rows: [row("Tổng cộng", money(review.budget.estimate), money(review.budget.spent))],
    signature: ["TRƯỞNG BAN", "Nguyễn Văn A"],
  },
];

/** The text of a PDF, or of a part of one page (fractions of the page: x, y, width, height), white space collapsed. */
function pdfText(pdf: string, options: { page?: number; box?: readonly [number, number, number, number]; layout?: boolean } = {}): string {
  const args: string[] = [];
  if (options.layout === true) args.push("-layout");
  if (options.page !== undefined) args.push("-f", String(options.page), "-l", String(options.page));
  if (options.box !== undefined) {
    // At 72 dpi an A4 page is 595 × 842 pixels.
    const [x, y, w, h] = options.box;
    args.push("-r", "72", "-x", String(Math.round(x * 595)), "-y", String(Math.round(y * 842)), "-W", String(Math.round(w * 595)), "-H", String(Math.round(h * 842)));
  }
  const text = execFileSync("pdftotext", [...args, pdf, "-"], { encoding: "utf8" }).normalize("NFC");
  return options.layout === true ? text : text.replace(/\s+/g, " ");
}

/** The lines of `wanted` that `text` does not hold in this order. */
function missingInOrder(text: string, wanted: readonly string[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const line of wanted) {
    const at = text.indexOf(line, from);
    if (at < 0) missing.push(line);
    else from = at + line.length;
  }
  return missing;
}

const work = mkdtempSync(join(tmpdir(), "van-ban-"));
const profile = join(work, "profile");
const context = await launchChromium(profile);
let failed = false;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const doc of documents) {
    const pdf = join(work, `${doc.name}.pdf`);
    await page.setContent(doc.html, { waitUntil: "load" });
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, format: "A4" }));
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    assert.match(info, /Page size:.*\(A4\)/, `${doc.name}: A4 pages`);
    const problems: string[] = [];
    // The header: the issuer and the number in the upper left, the national title and the date in the upper right.
    const upperLeft = pdfText(pdf, { page: 1, box: [0, 0, 0.5, 0.2] });
    const upperRight = pdfText(pdf, { page: 1, box: [0.5, 0, 0.5, 0.2] });
    problems.push(...missingInOrder(upperLeft, doc.left).map((l) => `upper left: ${l}`));
    problems.push(...missingInOrder(upperRight, doc.right).map((l) => `upper right: ${l}`));
    if (upperLeft.includes("CỘNG HÒA")) problems.push("upper left: the national title");
    problems.push(...missingInOrder(pdfText(pdf), doc.text).map((l) => `text: ${l}`));
    const layout = pdfText(pdf, { layout: true });
    problems.push(...doc.rows.filter((r) => !r.test(layout)).map((r) => `row: ${r.source}`));
    // The signature: in the right half of the page that holds "Nơi nhận", under it.
    const closingPage = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pdfText(pdf, { page: p }).includes("Nơi nhận:"));
    if (closingPage === undefined) problems.push("no page with Nơi nhận");
    else {
      if (!pdfText(pdf, { page: closingPage, box: [0, 0, 0.5, 1] }).includes("Nơi nhận:")) problems.push("Nơi nhận: not in the left half");
      problems.push(...missingInOrder(pdfText(pdf, { page: closingPage, box: [0.5, 0, 0.5, 1] }), doc.signature).map((l) => `signature (lower right): ${l}`));
    }
    const checks = doc.left.length + doc.right.length + doc.text.length + doc.rows.length + doc.signature.length + 2;
    console.log(`${doc.name}.pdf: ${pages} A4 page${pages === 1 ? "" : "s"}, ${checks - problems.length}/${checks} checks${problems.length > 0 ? `  ✗ ${problems.join("; ")}` : "  ✓"}`);
    if (problems.length > 0) failed = true;
    if (args.has("--write-images")) {
      const images = join(root, "docs/images");
      mkdirSync(images, { recursive: true });
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, join(images, doc.name)]);
      console.log(`  wrote docs/images/${doc.name}.png`);
    }
  }
} finally {
  await context.close();
  if (args.has("--keep")) console.log(`PDFs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`documents printed and checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
