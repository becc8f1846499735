/**
 * `cong-doan-ke-hoach render` (src/cli/render.ts): the plan as the official document in the three text
 * formats (the same text as renderPlanDocument) and as Word (read back with mammoth), the format from
 * --as or the extension of -o, and what fails: docx without -o, docx when the docx package is not
 * installed, bad options, an invalid plan.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPath, renderPlanDocument, safeParsePlan, summarizeBudget, vndToWords } from "../../src/index.js";
import { docxText, referenceJson, referencePlan, ROOT, run, runInProcess, tempDir } from "./_bin.js";

const dir = tempDir();
writeFileSync(join(dir, "plan.json"), JSON.stringify(referenceJson()));
const invalid = referenceJson() as unknown as Record<string, unknown>;
delete invalid.units;
writeFileSync(join(dir, "invalid.json"), JSON.stringify(invalid));

describe("render <plan.json>", () => {
  it("--as html|md|txt: the text of renderPlanDocument, to standard output or to the file of -o", async () => {
    const plan = referencePlan();
    const [html, md, txt, toFile] = await Promise.all([
      run(["render", "plan.json", "--as", "html"], dir),
      run(["render", "plan.json", "--as", "md"], dir),
      run(["render", "plan.json", "--as", "txt", "--place", "Hà Nội", "--number", "1234", "--date", "2017-07-14"], dir),
      run(["render", "plan.json", "--as", "html", "-o", "ke-hoach.html"], dir),
    ]);
    for (const r of [html, md, txt, toFile]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
    expect(html.stdout).toBe(renderPlanDocument(plan, { format: "html" }));
    expect(html.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(md.stdout).toBe(renderPlanDocument(plan, { format: "markdown" }));
    expect(txt.stdout).toBe(renderPlanDocument(plan, { format: "text", place: "Hà Nội", number: "1234", date: "2017-07-14" }));
    expect(txt.stdout).toContain("Số: 1234/KH-TLĐ");
    expect(txt.stdout).toContain("Hà Nội, ngày 14 tháng 7 năm 2017");
    expect(toFile.stdout).toBe("");
    expect(readFileSync(join(dir, "ke-hoach.html"), "utf8")).toBe(html.stdout);
  });

  it("without --as: the extension of -o, else text", async () => {
    const plan = referencePlan();
    const [md, txt, unknownExtension] = await Promise.all([
      run(["render", "plan.json", "-o", "ke-hoach.md"], dir),
      run(["render", "plan.json"], dir),
      run(["render", "plan.json", "--output=ke-hoach.out"], dir),
    ]);
    expect([md.code, txt.code, unknownExtension.code]).toEqual([0, 0, 0]);
    expect(readFileSync(join(dir, "ke-hoach.md"), "utf8")).toBe(renderPlanDocument(plan, { format: "markdown" }));
    expect(txt.stdout).toBe(renderPlanDocument(plan, { format: "text" }));
    expect(readFileSync(join(dir, "ke-hoach.out"), "utf8")).toBe(txt.stdout);
  });

  it("-o - is standard output, as no -o: a text document is printed and no file named - is written; a Word file still needs a file", async () => {
    const plan = referencePlan();
    const sub = join(dir, "dash");
    mkdirSync(sub, { recursive: true });
    const [txt, html, docx] = await Promise.all([
      run(["render", "../plan.json", "-o", "-"], sub),
      run(["render", "../plan.json", "--as", "html", "--output=-"], sub),
      run(["render", "../plan.json", "--as", "docx", "-o", "-"], sub),
    ]);
    expect([txt.code, html.code, docx.code]).toEqual([0, 0, 2]);
    expect(txt.stdout).toBe(renderPlanDocument(plan, { format: "text" }));
    expect(html.stdout).toBe(renderPlanDocument(plan, { format: "html" }));
    expect(docx.stdout).toBe("");
    expect(docx.stderr).toContain("-o");
    expect(existsSync(join(sub, "-"))).toBe(false);
  });

  it("--as docx -o: a Word file with the header, the number line, the appendix's total in words and the signature", async () => {
    const [byOption, byExtension] = await Promise.all([
      run(["render", "plan.json", "--as", "docx", "-o", "ke-hoach.bin", "--place", "Hà Nội"], dir),
      run(["render", "plan.json", "-o", "ke-hoach.docx"], dir),
    ]);
    expect(byOption.code).toBe(0);
    expect(byExtension.code).toBe(0);
    expect(byOption.stdout).toBe("");
    const bytes = readFileSync(join(dir, "ke-hoach.bin"));
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a ZIP file
    const text = await docxText(join(dir, "ke-hoach.bin"));
    const total = summarizeBudget(referencePlan()).total;
    for (const line of ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: ……../KH-TLĐ", "Hà Nội, ngày …… tháng 7 năm 2017", "KẾ HOẠCH", `Bằng chữ: ${vndToWords(total)}.`, "TM. ĐOÀN CHỦ TỊCH", "Trần Văn Thuật"]) {
      expect(text).toContain(line);
    }
    expect(await docxText(join(dir, "ke-hoach.docx"))).toContain("……, ngày …… tháng 7 năm 2017");
  });

  it("an invalid plan: exit 1, the file and every issue on standard error, nothing written", async () => {
    const { code, stdout, stderr } = await run(["render", "invalid.json", "-o", "invalid.html"], dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const parsed = safeParsePlan(invalid);
    const issues = parsed.success ? [] : parsed.error.issues;
    // Without its units, every reference to a unit is unknown: more issues than are listed.
    expect(issues.length).toBeGreaterThan(50);
    expect(stderr.trimEnd().split("\n")).toEqual([
      `invalid.json: kế hoạch không hợp lệ (${issues.length} lỗi)`,
      ...issues.slice(0, 50).map((i) => `  lỗi  ${formatPath(i.path)}  ${i.code}: ${i.messageVi}`),
      `  … và ${issues.length - 50} lỗi khác`,
    ]);
    expect(existsSync(join(dir, "invalid.html"))).toBe(false);
  });
});

describe("render: usage errors (exit 2)", () => {
  it("docx without -o, an unknown format, a bad date, a number the document cannot carry", async () => {
    const plan = join(dir, "plan.json");
    const [docx, number] = await Promise.all([run(["render", "plan.json", "--as", "docx"], dir), run(["render", "plan.json", "--number", "12/34"], dir)]);
    // The others in process (the same code, without a process each).
    const pdf = await runInProcess(["render", plan, "--as", "pdf"]);
    const date = await runInProcess(["render", plan, "--date", "2017-02-30"]);
    const numberEn = await runInProcess(["render", plan, "--number", "12/34", "--lang", "en"]);
    for (const r of [docx, pdf, date, number, numberEn]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    }
    expect(docx.stderr).toBe("tệp Word (--as docx) là tệp nhị phân: cần ghi ra tệp bằng -o, ví dụ -o ke-hoach.docx\n");
    expect(pdf.stderr).toContain('--as "pdf" không hợp lệ; chọn một trong: html, md, txt, docx');
    expect(date.stderr).toBe('--date "2017-02-30" không phải là ngày (2017-07-14) hay tháng (2017-07) hợp lệ\n');
    expect(number.stderr).toMatch(/^--number: .*"12\/34"/);
    expect(numberEn.stderr).toMatch(/^--number: .*"12\/34"/);
    expect(numberEn.stderr).not.toBe(number.stderr);
  });

  it("-o with the extension of a format it does not write (.pdf, .doc, .json): exit 2, nothing written; --as decides", async () => {
    const plan = join(dir, "plan.json");
    const out = (name: string) => join(dir, name);
    const pdf = await runInProcess(["render", plan, "-o", out("ke-hoach.pdf")]);
    const doc = await runInProcess(["render", plan, "-o", out("Ke-hoach.DOC"), "--lang", "en"]);
    const json = await runInProcess(["render", plan, "-o", out("ke-hoach.json")]);
    for (const r of [pdf, doc, json]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    }
    expect(pdf.stderr).toBe(
      `-o ${out("ke-hoach.pdf")}: lệnh này không xuất được tệp .pdf; hãy đặt tên tệp có đuôi .html, .htm, .md, .markdown, .txt, .docx, hoặc chọn định dạng bằng --as (muốn có tệp PDF: xuất tệp HTML, mở bằng trình duyệt rồi in ra PDF)\n`,
    );
    expect(doc.stderr).toBe(`-o ${out("Ke-hoach.DOC")}: this command writes no .doc file; name it .html, .htm, .md, .markdown, .txt, .docx, or choose the format with --as\n`);
    expect(json.stderr).toContain("lệnh này không xuất được tệp .json");
    for (const name of ["ke-hoach.pdf", "Ke-hoach.DOC", "ke-hoach.json"]) expect(existsSync(out(name))).toBe(false);
    // With --as, the file is named as the user wants.
    const asked = await runInProcess(["render", plan, "--as", "html", "-o", out("ke-hoach.pdf.html.bak")]);
    expect(asked.code).toBe(0);
    const html = await runInProcess(["render", plan, "--as", "txt", "-o", out("ke-hoach.doc")]);
    expect(html.code).toBe(0);
    expect(readFileSync(out("ke-hoach.doc"), "utf8")).toBe(renderPlanDocument(referencePlan(), { format: "text" }));
  });

  it("--as docx when the docx package is not installed: how to install it", async () => {
    // The package installed as a user installs it, without the optional peer dependency docx.
    const app = join(dir, "app");
    const pkg = join(app, "node_modules", "cong-doan-ke-hoach");
    mkdirSync(pkg, { recursive: true });
    cpSync(join(ROOT, "dist"), join(pkg, "dist"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
    for (const dependency of ["zod", "date-fns", "decimal.js"]) symlinkSync(join(ROOT, "node_modules", dependency), join(app, "node_modules", dependency), "dir");
    const bin = join(pkg, "dist", "cli", "index.js");
    const [docx, docxEn, html] = await Promise.all([
      run(["render", "../plan.json", "-o", "ke-hoach.docx"], app, bin),
      run(["render", "../plan.json", "-o", "ke-hoach.docx", "--lang", "en"], app, bin),
      run(["render", "../plan.json", "-o", "ke-hoach.html"], app, bin),
    ]);
    expect(docx.code).toBe(2);
    expect(docx.stderr).toBe("để xuất tệp Word (--as docx) cần gói docx nhưng gói này chưa được cài; cài đặt bên cạnh cong-doan-ke-hoach bằng lệnh: npm install docx\n");
    expect(docxEn.stderr).toBe("--as docx needs the docx package, which is not installed; install it beside cong-doan-ke-hoach: npm install docx\n");
    expect(existsSync(join(app, "ke-hoach.docx"))).toBe(false);
    // Everything else works without it.
    expect(html.code).toBe(0);
    expect(readFileSync(join(app, "ke-hoach.html"), "utf8")).toBe(renderPlanDocument(referencePlan(), { format: "html" }));
  });
});
