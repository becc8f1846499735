/**
 * `cong-doan-ke-hoach report` (src/cli/report.ts): a unit's monthly report from real files (the reference
 * plan, its generated records, the grassroots unions), as the document of renderMonthlyReportDocument, as
 * Word and as data; "today" from --as-of or the date in Vietnam; and what fails, with its exit code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPath, monthlyReport, renderMonthlyReportDocument, renderMonthlyReportJson, safeParseProgressRecords, toVietnamDate } from "../../src/index.js";
import { docxText, GRASSROOTS_UNIONS, recordsJson, referencePlan, referenceRecords, run, runInProcess, tempDir, writeReferenceFiles } from "./_bin.js";

const dir = tempDir();
writeReferenceFiles(dir);
// Records with a bad one: a publication on a day that does not exist, another of a type that does not exist.
const bad = recordsJson() as Record<string, unknown>[];
bad[3] = { ...bad[3], at: "2017-02-30" };
bad[7] = { ...bad[7], type: "tweet" };
writeFileSync(join(dir, "bad-records.json"), JSON.stringify(bad));
writeFileSync(join(dir, "bad-issues.json"), JSON.stringify([{ id: "tc-1", start: "2017-07-10", end: "2017-08-09" }, { id: "tc-2", start: "2017-08-32" }]));
writeFileSync(join(dir, "bad-units.json"), JSON.stringify({ units: GRASSROOTS_UNIONS }));

const AUGUST = ["report", "plan.json", "records.json", "--unit", "bao-lao-dong", "--month", "2017-08", "--as-of", "2017-09-03"];
const NOVEMBER = ["report", "plan.json", "records.json", "--unit", "ldld-tinh", "--month", "2017-11", "--as-of", "2017-12-03", "--coverage-units", "units.json"];

describe("report <plan.json> <records.json> --unit --month", () => {
  it("--as txt|md|html: the document of renderMonthlyReportDocument for the report of monthlyReport", async () => {
    const plan = referencePlan();
    const records = referenceRecords();
    const august = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" });
    const november = monthlyReport(plan, "ldld-tinh", "2017-11", records, { asOf: "2017-12-03", coverageUnits: GRASSROOTS_UNIONS });
    const [txt, md, html] = await Promise.all([
      run([...AUGUST, "--as", "txt", "--place", "Hà Nội", "--date", "2017-09-02"], dir),
      run([...AUGUST, "--as", "md"], dir),
      run([...NOVEMBER, "-o", "bao-cao-thang-11.html", "--number", "215"], dir),
    ]);
    for (const r of [txt, md, html]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
    expect(txt.stdout).toBe(renderMonthlyReportDocument(plan, august, { format: "text", place: "Hà Nội", date: "2017-09-02" }));
    expect(txt.stdout).toContain("Kính gửi: Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ).");
    expect(txt.stdout).toContain("Hà Nội, ngày 02 tháng 9 năm 2017");
    expect(md.stdout).toBe(renderMonthlyReportDocument(plan, august, { format: "markdown" }));
    expect(html.stdout).toBe("");
    const written = readFileSync(join(dir, "bao-cao-thang-11.html"), "utf8");
    expect(written).toBe(renderMonthlyReportDocument(plan, november, { format: "html", number: "215" }));
    // The coverage of the grassroots unions is in it.
    expect(november.coverage).not.toBeNull();
  });

  it("--as json: renderMonthlyReportJson; --submitted-on makes a report late", async () => {
    const plan = referencePlan();
    const records = referenceRecords();
    const [json, late] = await Promise.all([run([...NOVEMBER, "--as", "json"], dir), run([...AUGUST, "--as", "json", "--submitted-on", "2017-09-20"], dir)]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(renderMonthlyReportJson(monthlyReport(plan, "ldld-tinh", "2017-11", records, { asOf: "2017-12-03", coverageUnits: GRASSROOTS_UNIONS })));
    const expected = monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03", submittedOn: "2017-09-20" });
    expect(late.stdout).toBe(renderMonthlyReportJson(expected));
    expect((JSON.parse(late.stdout) as { late: boolean; submittedOn: string }).submittedOn).toBe("2017-09-20");
  });

  it("--as docx -o: the report as a Word file, with its sender, number, date and addressee", async () => {
    const { code, stdout } = await run([...AUGUST, "-o", "bao-cao.docx", "--number", "15", "--place", "Hà Nội", "--date", "2017-09-02"], dir);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const text = await docxText(join(dir, "bao-cao.docx"));
    for (const line of ["BÁO LAO ĐỘNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 15/BC", "Hà Nội, ngày 02 tháng 9 năm 2017", "BÁO CÁO", "tháng 8/2017", "Kính gửi: Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ)."]) {
      expect(text).toContain(line);
    }
  });

  it("without --as-of, 'today' is the current date in Vietnam", async () => {
    const before = toVietnamDate(new Date());
    const { code, stdout } = await run(["report", "plan.json", "records.json", "--unit", "bao-lao-dong", "--month", "2017-08", "--as", "json"], dir);
    const after = toVietnamDate(new Date());
    expect(code).toBe(0);
    expect([before, after]).toContain((JSON.parse(stdout) as { asOf: string }).asOf);
  });
});

describe("report: invalid data (exit 1)", () => {
  it("records that are not valid for the plan: the file and each issue's path and message", async () => {
    const parsed = safeParseProgressRecords(bad, referencePlan());
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : parsed.error.issues;
    expect(issues.map((i) => i.path[0])).toEqual(expect.arrayContaining([3, 7]));
    const { code, stdout, stderr } = await run(["report", "plan.json", "bad-records.json", "--unit", "bao-lao-dong", "--month", "2017-08", "--as-of", "2017-09-03"], dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual([
      `bad-records.json: các bản ghi tiến độ không hợp lệ (${issues.length} lỗi)`,
      ...issues.map((i) => `  lỗi  ${formatPath(i.path)}  ${i.code}: ${i.messageVi}`),
    ]);
  });

  it("an issue schedule or coverage file of the wrong shape", async () => {
    const [issues, units, unitsEn] = await Promise.all([
      run([...AUGUST, "--issues", "bad-issues.json"], dir),
      run([...AUGUST, "--coverage-units", "bad-units.json"], dir),
      run([...AUGUST, "--coverage-units", "bad-units.json", "--lang", "en"], dir),
    ]);
    expect(issues.code).toBe(1);
    expect(issues.stderr).toBe(
      'bad-issues.json: các số phát hành không hợp lệ (2 lỗi)\n  lỗi  [1].start  invalid_date: "2017-08-32" không phải là ngày hợp lệ (năm-tháng-ngày)\n  lỗi  [1].end  missing: thiếu trường end\n',
    );
    expect(units.code).toBe(1);
    expect(units.stderr).toBe("bad-units.json: các đơn vị tính độ phủ không hợp lệ (1 lỗi)\n  lỗi  (gốc)  invalid_type: cần mảng, nhận được đối tượng\n");
    expect(unitsEn.stderr).toBe("bad-units.json: the coverage units are not valid (1 problem)\n  error  (root)  invalid_type: expected array, received object\n");
  });
});

describe("report: usage errors and unreadable files (exit 2)", () => {
  it("missing options and arguments, bad months and dates, a unit or sender the plan does not have", async () => {
    const cases: [string[], string][] = [
      [["report", "plan.json"], "thiếu tệp bản ghi tiến độ (records.json)"],
      [["report", "plan.json", "records.json", "--month", "2017-08"], "thiếu tùy chọn --unit: mã đơn vị báo cáo"],
      [["report", "plan.json", "records.json", "--unit", "bao-lao-dong"], "thiếu tùy chọn --month: tháng báo cáo (2017-08)"],
      [["report", "plan.json", "records.json", "--unit", "bao-lao-dong", "--month", "2017-13"], '--month "2017-13" không phải là tháng hợp lệ'],
      [[...AUGUST.slice(0, -2), "--as-of", "3/9/2017"], '--as-of "3/9/2017" không phải là ngày hợp lệ'],
      [[...AUGUST, "--submitted-on", "2017-09-31"], '--submitted-on "2017-09-31" không phải là ngày hợp lệ'],
      [["report", "plan.json", "records.json", "--unit", "bao-khong-co", "--month", "2017-08", "--as-of", "2017-09-03"], '--unit "bao-khong-co": kế hoạch plan.json không có đơn vị mang mã này (các đơn vị có nhiệm vụ báo cáo: ldld-tinh, cd-nganh-tw, bao-lao-dong, nguoi-lao-dong, lao-dong-thu-do, lao-dong-dong-nai, lao-dong-nghe-an, tap-chi-lao-dong-cong-doan)\n'],
      [[...AUGUST, "--sender", "ban-khong-co"], "--sender: "],
      [[...AUGUST, "--as", "pdf"], '--as "pdf" không hợp lệ'],
      [[...AUGUST, "--as", "docx"], "cần ghi ra tệp bằng -o"],
      [["report", "plan.json", "no-records.json", "--unit", "bao-lao-dong", "--month", "2017-08"], "không đọc được tệp no-records.json: không có tệp này"],
      [[...AUGUST, "--issues", "no-issues.json"], "không đọc được tệp no-issues.json: không có tệp này"],
    ];
    // The bin itself for the first three; the others in process, with absolute paths (the same code,
    // without a process each).
    const runs = await Promise.all(cases.slice(0, 3).map(([args]) => run(args, dir)));
    const absolute = (args: string[]) => args.map((arg) => (/\.json$/.test(arg) ? join(dir, arg) : arg));
    for (const [args] of cases.slice(3)) {
      const r = await runInProcess(absolute(args));
      runs.push({ ...r, stderr: r.stderr.replaceAll(`${dir}/`, "") });
    }
    runs.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(cases[i]![1]);
    });
  });
});
