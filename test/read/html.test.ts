/**
 * Word files: the HTML that mammoth writes for a .docx is read as the text is, its tables as tables. The
 * seed made into a Word file (with the docx package) and converted by mammoth reads to the same draft as the
 * seed's text; a small hand-written HTML in mammoth's style (entities, lists, a merged cell) reads too.
 */
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { readPlanText } from "../../src/index.js";
import { seedText } from "./fixtures.js";
import { docxOf } from "../../examples/read/docx-of-text.js";

describe("HTML from mammoth", () => {
  it("reads the seed made into a Word file as it reads the seed's text", async () => {
    const text = seedText();
    const { value: html } = await mammoth.convertToHtml({ buffer: await docxOf(text) });
    expect(html).toContain("<table>");
    const fromWord = readPlanText(html);
    const fromText = readPlanText(text);
    expect(fromWord.draft).toEqual(fromText.draft);
    expect(fromWord.findings.map((f) => f.code)).toEqual(fromText.findings.map((f) => f.code));
    expect(fromWord.unread.map((u) => u.text)).toEqual(["1"]);
    // Located in the HTML as given.
    const realigned = fromWord.findings.find((f) => f.code === "budget_row_realigned")!;
    expect(html.slice(realigned.offset, realigned.offset + realigned.length)).toContain("Chi nhuận bút bài viết");
  }, 30_000);

  it("reads hand-written HTML in mammoth's style: entities, lists, a merged cell", () => {
    const html = [
      "<h1>KẾ HOẠCH</h1>",
      "<p>Tuyên truyền kỷ niệm Ngày thành lập Công đoàn Việt Nam &amp; Tháng Công nhân</p>",
      "<p>Liên đoàn Lao động tỉnh ban hành Kế hoạch như sau:</p>",
      "<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p>",
      "<p>1. Mục đích</p>",
      "<ul><li>Tuyên truyền sâu rộng trong đoàn viên&nbsp;về truyền thống.</li><li>Động viên người lao động.</li></ul>",
      "<p>II. THỜI GIAN</p>",
      "<p>Từ tháng 4/2026 đến tháng 5/2026.</p>",
      "<p>Dự trù kinh phí</p>",
      "<table><tr><td><p>STT</p></td><td><p>Nội dung</p></td><td><p>Kinh phí (đồng)</p></td></tr>",
      '<tr><td colspan="2"><p>I. Ấn phẩm</p></td><td><p>5.000.000</p></td></tr>',
      "<tr><td><p>1</p></td><td><p>In tờ rơi</p></td><td><p>5.000.000</p></td></tr>",
      '<tr><td colspan="2"><p>TỔNG CỘNG</p></td><td><p>5.000.000</p></td></tr></table>',
    ].join("");
    const r = readPlanText(html);
    const draft = r.draft as Record<string, any>;
    expect(draft.header.title).toBe("KẾ HOẠCH");
    expect(draft.header.subject).toBe("Tuyên truyền kỷ niệm Ngày thành lập Công đoàn Việt Nam & Tháng Công nhân");
    expect(draft.purposes.map((p: { text: string }) => p.text)).toEqual(["Tuyên truyền sâu rộng trong đoàn viên về truyền thống.", "Động viên người lao động."]);
    expect(draft.window).toEqual({ start: "2026-04-01", end: "2026-05-31" });
    expect(draft.budget.sections).toMatchObject([{ label: "I", title: "Ấn phẩm", declaredTotal: "5.000.000", lines: [{ label: "1", title: "In tờ rơi", amount: "5.000.000" }] }]);
    expect(draft.budget.declaredTotal).toBe("5.000.000");
    expect(r.findings.some((f) => f.code === "budget_row_realigned")).toBe(false);
    expect(r.unread).toEqual([]);
  });

  it("reads broken HTML without crashing", () => {
    for (const html of ["<p>KẾ HOẠCH<table><tr><td>1", "<p>a &unknown; &#xZZ; &#99999999;</p><", "<table></table></table><p>", `<p>${"<b>".repeat(50_000)}x</p>`]) {
      const r = readPlanText(html);
      expect(typeof r.draft).toBe("object");
    }
  });

  it("keeps the text of tables left open inside tables left open, as of one table left open", () => {
    const one = readPlanText("<table><tr><td>Ban Tuyên giáo chủ trì");
    expect(one.findings.map((f) => f.code)).toContain("table_not_read");
    for (const html of ["<table><tr><td><table><tr><td>Ban Tuyên giáo chủ trì", `${"<table>".repeat(1000)}<tr><td>Ban Tuyên giáo chủ trì`]) {
      const r = readPlanText(html);
      // The text is somewhere: a finding, an unread paragraph (it was in none).
      expect(r.findings.map((f) => f.code)).toEqual(one.findings.map((f) => f.code));
      expect(r.findings.some((f) => html.slice(f.offset, f.offset + f.length).includes("Ban Tuyên giáo chủ trì"))).toBe(true);
    }
  });

  it("reads many short runs of text in linear time", () => {
    // Each run searched the rest of the document for "&": 200,000 runs took many seconds.
    const html = `<p>${"<b>a</b> ".repeat(200_000)}</p>`;
    const started = performance.now();
    const r = readPlanText(html);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.unread).toHaveLength(1);
    expect(r.unread[0]!.length).toBeGreaterThan(1_700_000);
  });

  it("skips many <style> elements in linear time", () => {
    // Each one lowered the case of the whole document again.
    const html = "<p>Kế hoạch</p><style>p { color: red }</style>".repeat(20_000);
    const started = performance.now();
    const r = readPlanText(html);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.unread.map((u) => u.text)).toEqual(Array.from({ length: 20_000 }, () => "Kế hoạch"));
  });

  it("decodes the named entities of Vietnamese letters and punctuation, case-sensitively as HTML does", () => {
    const subject = (html: string) => (readPlanText(html).draft.header as { subject?: string }).subject;
    expect(subject("<p>KẾ HOẠCH</p><p>Tuy&ecirc;n truy&ecirc;̀n ph&aacute;p lu&acirc;̣t cho &dstrok;o&agrave;n vi&ecirc;n &ndash; ng&ugrave;y l&atilde;nh &amp; &Dstrok;&Agrave;</p>")).toBe(
      "Tuyên truyền pháp luật cho đoàn viên – ngùy lãnh & ĐÀ",
    );
    expect(subject("<p>KẾ HOẠCH</p><p>n&abreve;m &itilde; &utilde; &Yacute; &times; &deg; &AMP; &QUOT;</p>")).toBe('năm ĩ ũ Ý × ° & "');
    // Not entities: a letter without that accent in HTML, a wrong case, an unknown name: kept as written.
    expect(subject("<p>KẾ HOẠCH</p><p>&Ytilde; &Ndash; &ograve &constructor; &xyz;</p>")).toBe("&Ytilde; &Ndash; &ograve &constructor; &xyz;");
  });

  it("decodes an entity only within its run of text", () => {
    const subject = (html: string) => (readPlanText(html).draft.header as { subject?: string }).subject;
    expect(subject("<p>KẾ HOẠCH</p><p>Tuyên truyền &amp; vận động &#273;o&#xE0;n vi&#234;n</p>")).toBe("Tuyên truyền & vận động đoàn viên");
    // "&amp" without its ";" is text as written, though a ";" follows in the next paragraph.
    expect(subject("<p>KẾ HOẠCH</p><p>Tuyên truyền &amp</p><p>; vận động</p>")).toBe("Tuyên truyền &amp ; vận động");
  });
});
