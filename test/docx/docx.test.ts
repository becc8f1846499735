/**
 * The Word entry: each document as a .docx file, read back with mammoth (the text a reader of the file
 * sees), with the header, the number line, the table totals, "Bằng chữ" and the signature.
 */
import mammoth from "mammoth";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { formatVnd, monthlyReport, parsePlan, phaseReview, renderPlanDocument, summarizeBudget, vndToWords } from "../../src/index.js";
import { monthlyReportToDocx, phaseReviewToDocx, planToDocx } from "../../src/docx/index.js";
import { PlanError } from "../../src/errors/index.js";
import { GRASSROOTS_UNIONS, MAGAZINE_ISSUES, referenceJson, referencePlan, referenceRecords } from "../documents/_lib.js";

const plan = referencePlan();
const records = referenceRecords(plan);

async function textOfDocx(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split("\n").map((l) => l.trim()).filter((l) => l !== "");
}

/** Whether `lines` holds `wanted` in this order (other lines between them allowed). */
function inOrder(lines: readonly string[], wanted: readonly string[]): boolean {
  let at = 0;
  for (const line of lines) if (line === wanted[at]) at += 1;
  return at === wanted.length;
}

describe("planToDocx", () => {
  it("the reference plan: a .docx with the header, number line, parts, signature, the appendix total and its words", async () => {
    const bytes = await planToDocx(plan, { place: "Hà Nội" });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const lines = await textOfDocx(bytes);
    expect(
      inOrder(lines, [
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: ……../KH-TLĐ",
        "Hà Nội, ngày …… tháng 7 năm 2017",
        "KẾ HOẠCH",
        plan.header.subject,
        "I. MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG",
        "II. NỘI DUNG VÀ THỜI GIAN TUYÊN TRUYỀN",
        "III. HÌNH THỨC TUYÊN TRUYỀN",
        "IV. KINH PHÍ (có phụ lục dự trù kinh phí)",
        "V. TRÁCH NHIỆM THỰC HIỆN",
        "Nơi nhận:",
        "- Lưu: VT, BTG.",
        "TM. ĐOÀN CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Văn Thuật",
        plan.budget!.title,
        "TỔNG CỘNG",
        "151.500.000",
        `Bằng chữ: ${vndToWords(summarizeBudget(plan).total)}.`,
      ]),
      lines.join("\n"),
    ).toBe(true);
    expect(lines).toContain("Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng.");
  });

  it("the same words as the HTML document", async () => {
    const lines = await textOfDocx(await planToDocx(plan, { place: "Hà Nội", number: "1234", date: "2017-07-05" }));
    const html = renderPlanDocument(plan, { format: "html", place: "Hà Nội", number: "1234", date: "2017-07-05" });
    for (const p of [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">"))) {
      expect(lines).toContain(p);
    }
    expect(lines).toContain("Số: 1234/KH-TLĐ");
    expect(lines).toContain("Hà Nội, ngày 05 tháng 7 năm 2017");
  });

  it("misuse rejects with a PlanError", async () => {
    await expect(planToDocx(referenceJson() as never)).rejects.toBeInstanceOf(PlanError);
    await expect(planToDocx(plan, { date: "2017-13" })).rejects.toMatchObject({ issues: [{ path: ["options", "date"], code: "invalid_value" }] });
    await expect(planToDocx(plan, null as never)).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe("monthlyReportToDocx and phaseReviewToDocx", () => {
  it("a monthly report: header, number, Kính gửi, the quota totals, the signature", async () => {
    const report = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03", issues: MAGAZINE_ISSUES });
    const lines = await textOfDocx(
      await monthlyReportToDocx(plan, report, { place: "Hà Nội", date: "2017-09-02", number: "12", signatory: { capacity: "Tổng biên tập", title: "Phó Tổng biên tập", name: "Nguyễn Văn D" } }),
    );
    expect(inOrder(lines, ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "BÁO LAO ĐỘNG", "Số: 12/BC", "Hà Nội, ngày 02 tháng 9 năm 2017", "BÁO CÁO", "Kính gửi: Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ).", "I. CHỈ TIÊU BÀI VIẾT/CHƯƠNG TRÌNH"])).toBe(true);
    const q = report.quotas[0]!;
    const total = lines.indexOf("Cộng");
    expect(lines.slice(total + 1, total + 5)).toEqual([q.required, q.requiredToDate, q.metToDate, q.shortfall].map(String));
    expect(inOrder(lines, ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TỔNG BIÊN TẬP", "PHÓ TỔNG BIÊN TẬP", "Nguyễn Văn D"])).toBe(true);
  });

  it("the phase review: the budget totals and words", async () => {
    const review = phaseReview(plan, records, { asOf: "2018-04-30", coverageUnits: GRASSROOTS_UNIONS });
    const lines = await textOfDocx(await phaseReviewToDocx(plan, review, { date: "2018-04-27" }));
    expect(inOrder(lines, ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Số: ……../BC-TLĐ", "……, ngày 27 tháng 4 năm 2018", "BÁO CÁO", "V. KINH PHÍ"])).toBe(true);
    expect(lines).toContain(`- Tổng dự toán: ${formatVnd(review.budget.estimate)}. Bằng chữ: ${vndToWords(review.budget.estimate)}.`);
    const total = lines.indexOf("Tổng cộng");
    expect(lines.slice(total + 1, total + 3)).toEqual([formatVnd(review.budget.estimate, { symbol: "none" }), formatVnd(review.budget.spent, { symbol: "none" })]);
    await expect(phaseReviewToDocx(plan, {} as never)).rejects.toMatchObject({ issues: [{ path: ["review"], code: "invalid_type" }] });
  });
});

/** The text of each entry of a ZIP archive, read from its central directory (stored or deflated). */
function zipEntries(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const data = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(data, data + size);
    out.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString("utf8"));
    at += 46 + nameLength + extra;
  }
  return out;
}

describe("text that XML cannot hold", () => {
  it("is left out of the Word file (control characters would make Word refuse to open it)", async () => {
    const json = referenceJson() as unknown as { header: { subject: string }; units: { id: string; name: string }[] };
    json.header.subject = "Tuyên truyền\u0001 về\u000b “Công đoàn”\ufffe\u001f";
    json.units.find((u) => u.id === "tld")!.name = "Tổng Liên đoàn\u0008 Lao động Việt Nam";
    const odd = parsePlan(json);
    const files = zipEntries(await planToDocx(odd));
    expect(files.get("word/document.xml")).toContain("Tuyên truyền về “Công đoàn”");
    for (const [name, text] of files) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) expect([name, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)]).toEqual([name, false]);
    }
  });
});
