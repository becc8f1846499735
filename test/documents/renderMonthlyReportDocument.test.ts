import { describe, expect, it } from "vitest";
import { formatVnd, monthlyReport, parsePlan, renderMonthlyReportDocument, vndToWords, type MonthlyReport, type PlanError } from "../../src/index.js";
import { minimalPlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";
import { elements, GRASSROOTS_UNIONS, MAGAZINE_ISSUES, referencePlan, referenceRecords, signatureBlocks, tableRows, textOf } from "./_lib.js";

const plan = referencePlan();
const records = referenceRecords(plan);
const press = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03", issues: MAGAZINE_ISSUES });
const department = monthlyReport(plan, "ban-tuyen-giao", "2017-09", records, { asOf: "2017-10-03" });
const federations = monthlyReport(plan, "ldld-tinh", "2017-11", records, { asOf: "2017-12-03", coverageUnits: GRASSROOTS_UNIONS });
const dongNai = { name: "Liên đoàn Lao động tỉnh Đồng Nai", superior: "Tổng Liên đoàn Lao động Việt Nam", code: "LĐLĐ" };
const digits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

describe("renderMonthlyReportDocument", () => {
  const html = renderMonthlyReportDocument(plan, press, { format: "html", place: "Hà Nội", date: "2017-09-02" });

  it("is the same document every time (snapshots of the three formats)", () => {
    const options = { place: "Đồng Nai", date: "2017-12-02", number: "215", sender: dongNai, signatory: { authority: [{ mode: "TM" as const, title: "Ban Thường vụ" }], title: "Phó Chủ tịch", name: "Nguyễn Văn B" } };
    expect(renderMonthlyReportDocument(plan, federations, { format: "html", ...options })).toMatchSnapshot("html");
    expect(renderMonthlyReportDocument(plan, federations, { format: "markdown", ...options })).toMatchSnapshot("markdown");
    expect(renderMonthlyReportDocument(plan, federations, { format: "text", ...options })).toMatchSnapshot("text");
  });

  it("the header: the report's unit under its superior body, the number, the place and date, BÁO CÁO and its subject", () => {
    expect(elements(html, "div", "superior")).toEqual(["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"]);
    expect(elements(html, "div", "issuer")).toEqual(["BÁO LAO ĐỘNG"]);
    expect(elements(html, "td", "number")).toEqual(["Số: ……../BC"]);
    expect(elements(html, "td", "place-date")).toEqual(["Hà Nội, ngày 02 tháng 9 năm 2017"]);
    expect(elements(html, "h1", "type")).toEqual(["BÁO CÁO"]);
    expect(elements(html, "span", "subject-line")).toEqual(["Kết quả thực hiện Kế hoạch tuyên truyền về “Công đoàn vì lợi ích đoàn viên” và “Thiết chế Công đoàn” tháng 8/2017"]);
    expect(elements(html, "div", "addressees")).toEqual(["Kính gửi: Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ)."]);
    expect(textOf(html)).toContain("Thực hiện Kế hoạch tuyên truyền về “Công đoàn vì lợi ích đoàn viên” và “Thiết chế Công đoàn” của Tổng Liên đoàn Lao động Việt Nam (số ……../KH-TLĐ, tháng 7/2017), Báo Lao Động báo cáo kết quả thực hiện tháng 8/2017 như sau:");
  });

  it("a sender of the options, its number and signatory; recipients and distribution of the options", () => {
    const out = renderMonthlyReportDocument(plan, federations, {
      format: "html",
      number: "5",
      sender: dongNai,
      recipients: ["Tổng Liên đoàn Lao động Việt Nam", "Ban Tuyên giáo Tổng Liên đoàn"],
      distribution: ["Như trên", "Thường trực LĐLĐ tỉnh", "Lưu: VT, TG"],
      signatory: { authority: [{ mode: "TM", title: "Ban Thường vụ" }, { mode: "KT", title: "Chủ tịch" }], title: "Phó Chủ tịch", name: "Nguyễn Văn B" },
    });
    expect(elements(out, "div", "issuer")).toEqual(["LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI"]);
    expect(elements(out, "td", "number")).toEqual(["Số: 05/BC-LĐLĐ"]);
    expect(elements(out, "td", "place-date")).toEqual(["……, ngày …… tháng …… năm ……"]);
    expect(elements(out, "div", "addressees")).toEqual(["Kính gửi: - Tổng Liên đoàn Lao động Việt Nam;- Ban Tuyên giáo Tổng Liên đoàn."]);
    expect(textOf(/<div class="recipients-list">([\s\S]*?)<\/div>/.exec(out)![1]!.replace(/<br>/g, "\n"))).toBe("- Như trên;\n- Thường trực LĐLĐ tỉnh;\n- Lưu: VT, TG.");
    expect(signatureBlocks(out)).toEqual([["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn B"]]);
    // A unit of the plan as the sender, by id.
    const byId = renderMonthlyReportDocument(plan, federations, { format: "html", sender: "ban-tuyen-giao" });
    expect(elements(byId, "div", "issuer")).toEqual(["BAN TUYÊN GIÁO TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"]);
  });

  it("the six sections of the report, with its figures: quotas, deliverables, coverage, spending", () => {
    expect(elements(html, "h2", "part")).toEqual(["I. CHỈ TIÊU BÀI VIẾT/CHƯƠNG TRÌNH", "II. SẢN PHẨM", "III. ĐỘ BAO PHỦ", "IV. KINH PHÍ", "V. HOẠT ĐỘNG KHÁC", "VI. HẠN SẮP TỚI"]);
    const tables = tableRows(html);
    // One table per quota: the outlets' rows and the "Cộng" row carry the report's own figures.
    expect(press.quotas.length).toBeGreaterThan(0);
    press.quotas.forEach((q, i) => {
      const rows = tables[i]!;
      expect(rows.at(-1)!.slice(0, 5)).toEqual(["Cộng", ...[q.required, q.requiredToDate, q.metToDate, q.shortfall].map(digits)]);
      expect(rows.at(-1)![6]).toBe(digits(q.counted));
      q.outlets.forEach((o, k) => expect(rows[k + 1]!.slice(0, 5)).toEqual([o.name, ...[o.required, o.requiredToDate, o.metToDate, o.shortfall].map(digits)]));
    });
    const coverage = tableRows(renderMonthlyReportDocument(plan, federations, { format: "html" }));
    const byProvince = coverage.find((t) => t[0]![0] === "Đơn vị cấp trên")!;
    expect(byProvince.at(-1)!.slice(0, 3)).toEqual(["Cộng", digits(federations.coverage!.total), digits(federations.coverage!.reached)]);
  });

  it("spending: each line the unit leads, with the report's amounts and the totals in words", () => {
    const out = renderMonthlyReportDocument(plan, department, { format: "html" });
    const table = tableRows(out).find((t) => t[0]![2] === "Dự toán (đồng)")!;
    department.spending.forEach((s, i) => {
      expect(table[i + 1]!.slice(1, 6)).toEqual([s.title, ...[s.budgeted, s.spentInMonth, s.spentToDate, s.remaining].map((v) => formatVnd(v, { symbol: "none" }))]);
    });
    if (department.spending.length === 1) expect(textOf(out)).toContain(`Bằng chữ: ${vndToWords(department.spending[0]!.spentInMonth)}.`);
    expect(textOf(out)).toMatch(/Tổng chi trong tháng: [\d.]+ đồng\. Bằng chữ: [^.]+ đồng\./);
  });

  it("Markdown and text carry the same header and sections", () => {
    const options = { place: "Hà Nội", date: "2017-09-02" } as const;
    const md = renderMonthlyReportDocument(plan, press, { format: "markdown", ...options });
    const text = renderMonthlyReportDocument(plan, press, { format: "text", ...options });
    for (const out of [md, text]) {
      for (const line of ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "BÁO LAO ĐỘNG", "Số: ……../BC", "Hà Nội, ngày 02 tháng 9 năm 2017", "BÁO CÁO", "Kính gửi: Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ)."]) expect(out).toContain(line);
    }
    expect(md.split("\n").filter((l) => /^## [IVX]+\. /.test(l))).toEqual(elements(html, "h2", "part").map((p) => `## ${p}`));
    expect(text.split("\n").filter((l) => /^[IVX]+\. /.test(l))).toEqual(elements(html, "h2", "part"));
  });

  it("misuse: not a report, a report on another plan, bad options", () => {
    const other = parsePlan({ ...minimalPlanJson(), id: "other" } as never);
    expect(thrownIssues(() => renderMonthlyReportDocument(plan, {} as MonthlyReport, { format: "html" }))).toEqual([{ path: ["report"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderMonthlyReportDocument(other, press, { format: "html" }))).toEqual([{ path: ["report", "plan", "id"], code: "invalid_value" }]);
    expect(thrownIssues(() => renderMonthlyReportDocument(plan, press, { format: "html", sender: "nobody", recipients: ["", "x"], distribution: "Lưu" as never, signatory: { title: "Chủ tịch" } as never }))).toEqual([
      { path: ["options", "sender"], code: "invalid_value" },
      { path: ["options", "recipients", 0], code: "invalid_value" },
      { path: ["options", "distribution"], code: "invalid_value" },
      { path: ["options", "signatory"], code: "invalid_value" },
    ]);
    expect(thrownIssues(() => renderMonthlyReportDocument(plan, press, { format: "html", sender: { name: "X", code: "bad code" } }))).toEqual([{ path: ["options", "sender"], code: "invalid_value" }]);
  });

  it("misuse: the messages of a bad sender or signatory say what is expected, not 'one of' a single thing", () => {
    try {
      renderMonthlyReportDocument(plan, press, { format: "html", sender: "nobody", signatory: { title: "Chủ tịch" } as never });
      expect.unreachable();
    } catch (error) {
      const issues = (error as PlanError).issues;
      expect(issues.map((i) => i.path)).toEqual([["options", "sender"], ["options", "signatory"]]);
      for (const issue of issues) {
        expect(issue.message).not.toMatch(/one of/);
        expect(issue.messageVi).not.toMatch(/một trong/);
      }
      // A sender given by id names the object form in full, its code included.
      expect(issues[0]!.message).toContain("code");
    }
  });
});
