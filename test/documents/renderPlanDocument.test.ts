import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatVnd, parsePlan, renderPlanDocument, summarizeBudget, vndToWords, type PlanJson } from "../../src/index.js";
import { minimalPlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";
import { elements, referenceJson, referencePlan, signatureBlocks, tableRows, textOf } from "./_lib.js";

const PARTS = ["I. MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG", "II. NỘI DUNG VÀ THỜI GIAN TUYÊN TRUYỀN", "III. HÌNH THỨC TUYÊN TRUYỀN", "IV. KINH PHÍ (có phụ lục dự trù kinh phí)", "V. TRÁCH NHIỆM THỰC HIỆN"];

describe("renderPlanDocument: the reference plan", () => {
  const plan = referencePlan();
  const html = renderPlanDocument(plan, { format: "html", place: "Hà Nội" });
  const markdown = renderPlanDocument(plan, { format: "markdown", place: "Hà Nội" });
  const text = renderPlanDocument(plan, { format: "text", place: "Hà Nội" });

  it("is the same document every time (snapshots of the three formats)", () => {
    expect(html).toMatchSnapshot("html");
    expect(markdown).toMatchSnapshot("markdown");
    expect(text).toMatchSnapshot("text");
    expect(renderPlanDocument(plan, { format: "html", place: "Hà Nội" })).toBe(html);
  });

  it("HTML: one self-contained file with the print CSS of Decree 30", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")).toBe(true);
    expect(html).toContain("@page { size: A4; margin: 20mm 15mm 20mm 30mm;");
    expect(html).toMatch(/font-family: "Times New Roman"/);
    expect(html).toMatch(/body \{[^}]*font-size: 14pt/);
    // No script, no external resource.
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
  });

  it("the header: issuer upper left, national title and motto upper right, the number and date lines", () => {
    expect(elements(html, "div", "issuer")).toEqual(["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"]);
    expect(html).not.toContain('class="superior"');
    expect(elements(html, "div", "national")).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(elements(html, "div", "motto")).toEqual(["Độc lập - Tự do - Hạnh phúc"]);
    expect(elements(html, "td", "number")).toEqual(["Số: ……../KH-TLĐ"]);
    expect(elements(html, "td", "place-date")).toEqual(["Hà Nội, ngày …… tháng 7 năm 2017"]);
    expect(elements(html, "h1", "type")).toEqual(["KẾ HOẠCH"]);
    expect(elements(html, "span", "subject-line")).toEqual([plan.header.subject]);
    for (const out of [text, markdown]) {
      for (const line of ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: ……../KH-TLĐ", "Hà Nội, ngày …… tháng 7 năm 2017", "KẾ HOẠCH"]) {
        expect(out).toContain(line);
      }
    }
    // In text, the number and the date share a line, the issuer's on the left.
    expect(text.split("\n").find((l) => l.includes("Số:"))).toMatch(/^\s+Số: ……\.\.\/KH-TLĐ\s+Hà Nội, ngày …… tháng 7 năm 2017$/);
  });

  it("without a place, the date line leaves it blank; the options' number, place and date come first", () => {
    const blank = renderPlanDocument(plan, { format: "text" });
    expect(blank).toContain("……, ngày …… tháng 7 năm 2017");
    const signed = renderPlanDocument(plan, { format: "html", number: "1234", place: "Hà Nội", date: "2017-07-05" });
    expect(elements(signed, "td", "number")).toEqual(["Số: 1234/KH-TLĐ"]);
    expect(elements(signed, "td", "place-date")).toEqual(["Hà Nội, ngày 05 tháng 7 năm 2017"]);
    // The appendix names the same number and date as the header.
    expect(elements(signed, "div", "note")).toEqual(["(Ban hành kèm theo Kế hoạch số 1234/KH-TLĐ ngày 05/7/2017)"]);
  });

  it("the parts I–V in order, in every format", () => {
    expect(elements(html, "h2", "part")).toEqual(PARTS);
    expect(markdown.split("\n").filter((l) => /^## [IVX]+\. /.test(l))).toEqual(PARTS.map((p) => `## ${p}`));
    expect(text.split("\n").filter((l) => /^[IVX]+\. /.test(l))).toEqual(PARTS.map((p) => p.toUpperCase()));
    expect(elements(html, "h3", "section").slice(0, 5)).toEqual(["1. Mục đích.", "2. Yêu cầu.", "3. Đối tượng.", "1. Nội dung.", "2. Thời gian thực hiện."]);
  });

  it("the plan's own words: opening and closing paragraphs, purposes, duties, in order", () => {
    const body = textOf(html);
    const paragraphs = [...plan.header.background, ...plan.purposes.map((p) => `${p.label}) ${p.text}`), ...plan.channels.map((c) => `${c.number}. ${c.title}`), ...plan.responsibilities.flatMap((r) => r.duties.map((d) => d.text)), ...plan.closing];
    let from = 0;
    for (const p of paragraphs) {
      const at = body.indexOf(p, from);
      expect(at, p).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it("the budget appendix: budgetTable's rows, the total of summarizeBudget and its words", () => {
    const total = summarizeBudget(plan).total;
    const tables = tableRows(html);
    expect(tables).toHaveLength(1);
    const rows = tables[0]!;
    expect(rows[0]).toEqual(["STT", "Nội dung công việc", "Sản phẩm", "Thời gian thực hiện", "Kinh phí (đồng)", "Đơn vị chủ trì", "Cơ quan phối hợp"]);
    expect(rows.at(-1)).toEqual(["", "TỔNG CỘNG", "", "", formatVnd(total, { symbol: "none" }), "", ""]);
    expect(rows.at(-1)![4]).toBe("151.500.000");
    expect(rows.map((r) => r[0])).toEqual(["STT", "I", "1", "2", "3", "", "II", "1", "2", "III", "", ""]);
    const words = `Bằng chữ: ${vndToWords(total)}.`;
    expect(words).toBe("Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng.");
    for (const out of [textOf(html), text, markdown]) expect(out).toContain(words);
    expect(elements(html, "div", "title")).toEqual([plan.budget!.title]);
    expect(elements(html, "div", "note")).toEqual(["(Ban hành kèm theo Kế hoạch số……../KH-TLĐ ngày…../7/2017)"]);
    expect(html.indexOf('<section class="appendix">')).toBeGreaterThan(html.indexOf('class="closing"'));
  });

  it("Nơi nhận lower left and the signature block lower right", () => {
    const closing = /<table class="closing"><tr><td class="recipients">([\s\S]*?)<\/td><td class="sign">([\s\S]*?)<\/td><\/tr><\/table>/.exec(html);
    expect(closing).not.toBeNull();
    expect(textOf(closing![1]!.replace(/<br>/g, "\n"))).toBe(
      "Nơi nhận:- Thường trực ĐCT;\n- Các LĐLĐ tỉnh, TP, CĐ ngành trung ương;\n- Các Ban, đơn vị trực thuộc TLĐ;\n- Các cơ quan báo chí trong hệ thống CĐ;\n- Lưu: VT, BTG.",
    );
    expect([...closing![2]!.matchAll(/<div>([^<]*)<\/div>/g)].map((m) => m[1])).toEqual(["TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Thuật"]);
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Nơi nhận:"));
    expect(lines[at]).toMatch(/^Nơi nhận:\s+TM\. ĐOÀN CHỦ TỊCH$/);
    expect(lines.slice(at, at + 8).join("\n")).toMatch(/PHÓ CHỦ TỊCH[\s\S]*Trần Văn Thuật/);
    expect(markdown).toContain("| ***Nơi nhận:***<br>\\- Thường trực ĐCT;");
    expect(markdown).toContain("**TM. ĐOÀN CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Trần Văn Thuật** |");
  });
});

/** The minimal plan, changed by `edit`, parsed. */
function planWith(edit: (json: ReturnType<typeof minimalPlanJson>) => void) {
  const json = minimalPlanJson();
  edit(json);
  return parsePlan(json as unknown as PlanJson);
}

describe("renderPlanDocument: other plans", () => {
  it("an issuer under a superior body: the superior's name above the issuer's, upright, the issuer bold", () => {
    const plan = planWith((json) => {
      json.units.push({ id: "ldld-dn", name: "Liên đoàn Lao động tỉnh Đồng Nai", shortName: "LĐLĐ", kind: "provincial-federation", parentId: "tld" } as never);
      json.header.issuerId = "ldld-dn";
      Object.assign(json.header, { place: "Đồng Nai", issuedOn: "2020-02-05", documentNumber: "7", documentType: "KH" });
    });
    const html = renderPlanDocument(plan, { format: "html" });
    expect(elements(html, "div", "superior")).toEqual(["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"]);
    expect(elements(html, "div", "issuer")).toEqual(["LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI"]);
    expect(html.indexOf('class="superior"')).toBeLessThan(html.indexOf('class="issuer"'));
    expect(html).toMatch(/\.superior \{ font-size: 13pt; \}/);
    expect(html).toMatch(/\.issuer \{ font-size: 13pt; font-weight: bold; \}/);
    // The number takes the unit's code; a number and a day below 10 and the months 1 and 2 get a zero.
    expect(elements(html, "td", "number")).toEqual(["Số: 07/KH-LĐLĐ"]);
    expect(elements(html, "td", "place-date")).toEqual(["Đồng Nai, ngày 05 tháng 02 năm 2020"]);
    const text = renderPlanDocument(plan, { format: "text" });
    const lines = text.split("\n");
    expect(lines[0]!.trim().startsWith("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")).toBe(true);
    expect(lines[1]!.trim().startsWith("LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI")).toBe(true);
  });

  it("a joint plan: one header column per issuer, the joint number, two signature blocks (the lead's on the right)", () => {
    const plan = planWith((json) => {
      json.units.push({ id: "tinh-doan", name: "Tỉnh Đoàn Đồng Nai", kind: "mass-organisation" } as never);
      Object.assign(json.header, { coIssuerIds: ["tinh-doan"], documentType: "KHLT", issuerCode: "LĐLĐ-TĐTN", documentNumber: "02" });
      Object.assign(json, { coSignatories: [{ authority: [{ mode: "TM", title: "Ban Thường vụ Tỉnh Đoàn" }], title: "Bí thư", name: "Lê Thị C", unitId: "tinh-doan" }] });
    });
    const html = renderPlanDocument(plan, { format: "html" });
    expect(elements(html, "div", "issuer")).toEqual(["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "TỈNH ĐOÀN ĐỒNG NAI"]);
    expect(html).toMatch(/<table class="issuers"><tr><td>[\s\S]*?<\/td><td>[\s\S]*?<\/td><\/tr><\/table>/);
    expect(elements(html, "td", "number")).toEqual(["Số: 02/KHLT/LĐLĐ-TĐTN"]);
    expect(signatureBlocks(html)).toEqual([["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Lê Thị C"], ["TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Thuật"]]);
    const row = /<table class="closing"><tr><td class="sign">([\s\S]*?)<\/td><td class="sign">([\s\S]*?)<\/td><\/tr>/.exec(html);
    expect(textOf(row![1]!)).toBe("TM. BAN THƯỜNG VỤ TỈNH ĐOÀNBÍ THƯLê Thị C");
    expect(textOf(row![2]!)).toBe("TM. ĐOÀN CHỦ TỊCHPHÓ CHỦ TỊCHTrần Văn Thuật");
    const md = renderPlanDocument(plan, { format: "markdown" });
    expect(md.split("\n")[0]).toBe("| **TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM** | **TỈNH ĐOÀN ĐỒNG NAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |");
    const text = renderPlanDocument(plan, { format: "text" });
    expect(text).toContain("TỈNH ĐOÀN ĐỒNG NAI");
    expect(text).toMatch(/TM\. BAN THƯỜNG VỤ TỈNH ĐOÀN\s+TM\. ĐOÀN CHỦ TỊCH/);
  });

  it("authority lines, the archive line, requests and legal bases without opening paragraphs", () => {
    const plan = planWith((json) => {
      json.header.background = [];
      Object.assign(json, {
        signatory: { authority: [{ mode: "TM", title: "Ủy ban nhân dân" }, { mode: "KT", title: "Chủ tịch" }], title: "Phó Chủ tịch", name: "Trần Chí Hùng" },
        archive: { text: "Lưu: VT, CT", parts: ["VT", "CT"] },
        responsibilities: [{ id: "resp-1", title: "Ủy ban MTTQ Việt Nam tỉnh", mode: "request", unitIds: ["btg"], duties: [{ id: "d1", text: "Phối hợp tuyên truyền.", activityIds: [] }] }],
      });
    });
    const html = renderPlanDocument(plan, { format: "html" });
    const sign = /<td class="sign">([\s\S]*?)<\/td>/.exec(html)![1]!;
    expect([...sign.matchAll(/<div>([^<]*)<\/div>/g)].map((m) => m[1])).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Chí Hùng"]);
    expect(textOf(/<div class="recipients-list">([\s\S]*?)<\/div>/.exec(html)![1]!.replace(/<br>/g, "\n"))).toBe("- Các LĐLĐ tỉnh, TP;\n- Lưu: VT, CT.");
    expect(elements(html, "h3", "section")).toContain("1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh.");
    expect(textOf(html)).toContain("Căn cứ Hướng dẫn số 284/HD-TLĐ ngày 09/3/2017;");
  });

  it("a plan built from data (no notes): each activity's time and units; reporting duties as a part of their own", () => {
    const plan = planWith(() => {});
    const text = renderPlanDocument(plan, { format: "text" });
    expect(text).toContain("- Thời gian thực hiện: Từ tháng 7/2017 đến tháng 5/2018.");
    expect(text).toContain("- Đơn vị chủ trì: Ban Tuyên giáo.");
    expect(text).toContain("- Đơn vị thực hiện: Báo Lao Động.");
    expect(text.split("\n").filter((l) => /^[IVX]+\. /.test(l))).toEqual(["I. MỤC ĐÍCH, ĐỐI TƯỢNG", "II. NỘI DUNG VÀ THỜI GIAN TUYÊN TRUYỀN", "III. HÌNH THỨC TUYÊN TRUYỀN", "IV. KINH PHÍ (CÓ PHỤ LỤC DỰ TRÙ KINH PHÍ)", "V. TRÁCH NHIỆM THỰC HIỆN", "VI. CHẾ ĐỘ BÁO CÁO"]);
    expect(text).toContain("(Ban hành kèm theo Kế hoạch số ……../KH-TLĐ)");
  });
});

describe("renderPlanDocument: escaping", () => {
  it("a unit named <script> stays text in HTML and Markdown", () => {
    const plan = planWith((json) => {
      json.units[0]!.name = `<script>alert("x")</script> & co`;
      json.header.subject = "Tuyên truyền <b>đậm</b> & 'nháy'";
      json.recipients[0]!.text = "<img src=x onerror=alert(1)>";
    });
    const html = renderPlanDocument(plan, { format: "html" });
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain("&lt;SCRIPT&gt;ALERT(&quot;X&quot;)&lt;/SCRIPT&gt; &amp; CO");
    expect(html).toContain("Tuyên truyền &lt;b&gt;đậm&lt;/b&gt; &amp; &#39;nháy&#39;");
    expect(elements(html, "div", "issuer")).toEqual([`<SCRIPT>ALERT("X")</SCRIPT> & CO`]);
    const md = renderPlanDocument(plan, { format: "markdown" });
    expect(md).not.toMatch(/(?<!\\)<(script|img)/i);
    expect(md).toContain("\\<SCRIPT\\>");
    expect(renderPlanDocument(plan, { format: "text" })).toContain(`<SCRIPT>ALERT("X")</SCRIPT> & CO`);
  });

  it("whatever the names and texts, the HTML has only the document's own tags", () => {
    const allowed = new Set(["html", "head", "meta", "title", "style", "body", "table", "tr", "td", "th", "thead", "tbody", "div", "span", "h1", "h2", "h3", "p", "br", "section"]);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (name, subject) => {
        const plan = planWith((json) => {
          json.units[0]!.name = name;
          json.header.subject = subject;
          json.closing = [subject];
        });
        const html = renderPlanDocument(plan, { format: "html" });
        const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
        for (const tag of tags) expect(allowed.has(tag), tag).toBe(true);
        expect(textOf(html)).toContain(subject.normalize("NFC"));
      }),
      { numRuns: 60 },
    );
  });
});

describe("renderPlanDocument: misuse", () => {
  const plan = referencePlan();
  it("a raw document, missing or bad options: PlanError at their paths", () => {
    expect(thrownIssues(() => renderPlanDocument(referenceJson() as never, { format: "html" }))).toEqual([{ path: ["plan"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderPlanDocument(plan, undefined as never))).toEqual([{ path: ["options"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderPlanDocument(plan, {} as never))).toEqual([{ path: ["options", "format"], code: "invalid_value" }]);
    expect(thrownIssues(() => renderPlanDocument(plan, { format: "pdf" as never, language: "en" as never, number: "12/KH", place: "", date: "2017-02-30" }))).toEqual([
      { path: ["options", "format"], code: "invalid_value" },
      { path: ["options", "language"], code: "invalid_value" },
      { path: ["options", "number"], code: "invalid_value" },
      { path: ["options", "place"], code: "invalid_value" },
      { path: ["options", "date"], code: "invalid_value" },
    ]);
    expect(thrownIssues(() => renderPlanDocument(plan, { format: "text", place: "Hà\nNội" }))).toEqual([{ path: ["options", "place"], code: "invalid_value" }]);
    // A place that is not text at all: the same issue, not a TypeError from trimming it.
    for (const place of [null, 0, {}, ["Hà Nội"]]) {
      expect(thrownIssues(() => renderPlanDocument(plan, { format: "text", place: place as never }))).toEqual([{ path: ["options", "place"], code: "invalid_value" }]);
    }
  });
});

describe("renderPlanDocument on the transcribed plans of the genre", () => {
  const names = ["can-tho-2025", "tld-tet-2026", "an-giang-cong-thong-tin", "cd-ngan-hang-2025", "son-la-2019"];
  it.each(names)("renders examples/%s/plan.json in every format: its subject, its issuer by name, no missing value", (name) => {
    const transcribed = parsePlan(JSON.parse(readFileSync(new URL(`../../examples/${name}/plan.json`, import.meta.url), "utf8")));
    const issuer = transcribed.units.find((u) => u.id === transcribed.header.issuerId)!;
    for (const format of ["html", "markdown", "text"] as const) {
      const out = renderPlanDocument(transcribed, { format });
      expect(out).not.toMatch(/undefined|\[object|NaN/);
      const flat = format === "html" ? out.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&") : out;
      expect(flat.replace(/\s+/g, " ")).toContain(transcribed.header.subject.replace(/\s+/g, " ").slice(0, 40));
      expect(flat.toLocaleUpperCase("vi").replace(/\s+/g, " ")).toContain((issuer.shortName ?? issuer.name).toLocaleUpperCase("vi").replace(/\s+/g, " ").slice(0, 12));
    }
  });
});
