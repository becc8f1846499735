/**
 * `cong-doan-ke-hoach read` (src/cli/read.ts), run as a user would: the seed text (the reference plan as a
 * document) read into a plan file, a partial text whose draft is not yet a plan, --full, --reference-date,
 * --units, --lang en, files that cannot be read (a Word file, a text too long) and usage errors.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPath, MAX_PLAN_TEXT_LENGTH, readPlanText, safeParsePlan, type UnitDirectoryEntry } from "../../src/index.js";
import { ROOT, run, runInProcess, tempDir } from "./_bin.js";

const dir = tempDir();
const SEED = readFileSync(join(ROOT, "examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt"), "utf8");
writeFileSync(join(dir, "plan.txt"), SEED);
// A text that reads as a plan with a window but no issuer: the draft is not yet a plan.
const PARTIAL = ["KẾ HOẠCH", "Tuyên truyền về “Tháng Công nhân” năm 2026", "I. THỜI GIAN", "Từ tháng 4/2026 đến tháng 5/2026."].join("\n");
writeFileSync(join(dir, "partial.txt"), PARTIAL);
// Time phrases without a year: read only with a reference date.
const NO_YEAR = ["KẾ HOẠCH", "Tuyên truyền", "I. THỜI GIAN", "Tháng 11."].join("\n");
writeFileSync(join(dir, "no-year.txt"), NO_YEAR);

/** The JSON a value becomes (what the bin writes). */
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("read <plan.txt>", () => {
  it("the seed: -o writes readPlanText's draft, a valid plan; every finding and unread paragraph at its line and column on standard error; exit 0", async () => {
    const result = readPlanText(SEED);
    expect(safeParsePlan(result.draft).success).toBe(true);
    expect(result.findings.some((f) => f.severity === "error")).toBe(false);
    const { code, stdout, stderr } = await run(["read", "plan.txt", "-o", "plan.json"], dir);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "plan.json"), "utf8"))).toEqual(json(result.draft));
    const lines = stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`plan.txt: đã đọc, có ${result.findings.length} phát hiện và ${result.unread.length} đoạn chưa đọc được`);
    expect(lines.at(-1)).toBe("bản nháp là một kế hoạch hợp lệ (parsePlan chấp nhận)");
    expect(lines).toHaveLength(2 + result.findings.length + result.unread.length);
    const severity = { error: "lỗi", warning: "cảnh báo", info: "lưu ý" };
    for (const f of result.findings) {
      const path = f.path.length === 0 ? "" : `${formatPath(f.path)}  `;
      expect(lines).toContain(`  ${severity[f.severity]}  plan.txt:${f.line}:${f.column}  ${path}${f.code}: ${f.messageVi}`);
    }
    for (const u of result.unread) expect(stderr).toContain(`  chưa đọc  plan.txt:${u.line}:${u.column}  "`);
    // In the order of the text.
    const places = lines.slice(1, -1).map((l) => /plan\.txt:(\d+):(\d+)/.exec(l)!.slice(1).map(Number) as [number, number]);
    expect(places).toEqual([...places].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it("without -o the draft goes to standard output, the findings to standard error; --lang en", async () => {
    const result = readPlanText(SEED);
    const { code, stdout, stderr } = await run(["read", "plan.txt", "--lang", "en"], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(json(result.draft));
    const unread = result.unread.length;
    expect(stderr.split("\n")[0]).toBe(`plan.txt: read, with ${result.findings.length} findings and ${unread} ${unread === 1 ? "paragraph" : "paragraphs"} not read`);
    for (const f of result.findings) expect(stderr).toContain(`  ${f.severity}  plan.txt:${f.line}:${f.column}  `);
    for (const f of result.findings) expect(stderr).toContain(`${f.code}: ${f.message}\n`);
    expect(stderr.trimEnd().split("\n").at(-1)).toBe("the draft is a valid plan (parsePlan accepts it)");
  });

  it("--full: the reader's whole result with the file, whether the draft is valid and its issues", async () => {
    const { code, stdout } = await runInProcess(["read", join(dir, "partial.txt"), "--full"]);
    const result = readPlanText(PARTIAL);
    const parsed = safeParsePlan(result.draft);
    expect(parsed.success).toBe(false);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual(json({ file: join(dir, "partial.txt"), valid: false, issues: parsed.success ? [] : parsed.error.issues, ...result }));
  });

  it("a text whose draft is not yet a plan: the draft is written all the same, each issue with its path; exit 1", async () => {
    const parsed = safeParsePlan(readPlanText(PARTIAL).draft);
    const issues = parsed.success ? [] : parsed.error.issues;
    expect(issues.length).toBeGreaterThan(0);
    const { code, stdout, stderr } = await run(["read", "partial.txt", "-o", "partial.json"], dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "partial.json"), "utf8"))).toEqual(json(readPlanText(PARTIAL).draft));
    expect(stderr).toContain(`\nbản nháp chưa phải là kế hoạch hợp lệ (${issues.length} lỗi):\n`);
    for (const issue of issues) expect(stderr).toContain(`  lỗi  ${formatPath(issue.path)}  ${issue.code}: ${issue.messageVi}\n`);
  });

  it("--reference-date reads the phrases without a year; --units maps names to an app's own units", async () => {
    const without = await runInProcess(["read", join(dir, "no-year.txt")]);
    const withDate = await runInProcess(["read", join(dir, "no-year.txt"), "--reference-date", "2025-11-19"]);
    expect(JSON.parse(without.stdout)).toEqual(json(readPlanText(NO_YEAR).draft));
    expect(without.stderr).toContain("time_without_year");
    const dated = readPlanText(NO_YEAR, { referenceDate: "2025-11-19" }).draft as { window?: unknown };
    expect(dated.window).toEqual({ start: "2025-11-01", end: "2025-11-30" });
    expect(JSON.parse(withDate.stdout)).toEqual(json(dated));
    expect(withDate.stderr).not.toContain("time_without_year");

    const units: UnitDirectoryEntry[] = [{ id: "ldld-an-giang", name: "Liên đoàn Lao động tỉnh An Giang", aliases: ["LĐLĐ tỉnh An Giang"], kind: "provincial-federation" }];
    writeFileSync(join(dir, "units.json"), JSON.stringify(units));
    const text = ["LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG", "KẾ HOẠCH", "Tuyên truyền", "I. THỜI GIAN", "Năm 2026."].join("\n");
    writeFileSync(join(dir, "an-giang.txt"), text);
    const expected = readPlanText(text, { units });
    expect((expected.draft as { header?: { issuerId?: string } }).header?.issuerId).toBe("ldld-an-giang");
    const withUnits = await runInProcess(["read", join(dir, "an-giang.txt"), "--units", join(dir, "units.json")]);
    expect(JSON.parse(withUnits.stdout)).toEqual(json(expected.draft));
  });

  it("a units file of the wrong shape: each problem's path (exit 1); a bad --reference-date (exit 2)", async () => {
    writeFileSync(join(dir, "bad-units.json"), JSON.stringify([{ id: "a" }, { id: "b", name: "B", aliases: "B" }, 3]));
    const units = await runInProcess(["read", join(dir, "plan.txt"), "--units", join(dir, "bad-units.json")]);
    expect(units.code).toBe(1);
    expect(units.stdout).toBe("");
    expect(units.stderr).toContain(`${join(dir, "bad-units.json")}: các đơn vị không hợp lệ (3 lỗi)\n`);
    for (const [path, code] of [["[0].name", "missing"], ["[1].aliases", "invalid_type"], ["[2]", "invalid_type"]]) expect(units.stderr).toContain(`  lỗi  ${path}  ${code}: `);
    const date = await runInProcess(["read", join(dir, "plan.txt"), "--reference-date", "19/11/2025"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--reference-date "19/11/2025" không phải là ngày hợp lệ');
  });
});

describe("files that cannot be read (exit 2)", () => {
  it("no such file, a Word file, a text longer than the reader takes", async () => {
    const missing = await run(["read", "no-such.txt", "-o", "out.json"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("không đọc được tệp no-such.txt: không có tệp này\n");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
    // A .docx is a zip archive: its first bytes are "PK\x03\x04", and the rest is not UTF-8.
    writeFileSync(join(dir, "plan.docx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from([0xff, 0xfe, 0x80, 0x81])]));
    const word = await runInProcess(["read", join(dir, "plan.docx"), "--lang", "en"]);
    expect(word.code).toBe(2);
    expect(word.stderr).toBe(`cannot read ${join(dir, "plan.docx")}: it is a Word file; save it as text (.txt), or convert it to HTML with mammoth, and read that file\n`);
    writeFileSync(join(dir, "long.txt"), "a".repeat(MAX_PLAN_TEXT_LENGTH + 1));
    const long = await runInProcess(["read", join(dir, "long.txt")]);
    expect(long.code).toBe(2);
    expect(long.stderr).toBe(`không đọc tệp ${join(dir, "long.txt")}: văn bản có ${MAX_PLAN_TEXT_LENGTH + 1} ký tự, vượt giới hạn ${MAX_PLAN_TEXT_LENGTH} ký tự\n`);
  });
});

describe("usage errors (exit 2)", () => {
  it("a missing argument, an unknown option, --full with a value", async () => {
    const missing = await run(["read"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("thiếu tệp văn bản kế hoạch (plan.txt)\nCách dùng: cong-doan-ke-hoach read <plan.txt> [-o <plan.json>] [--full] [--reference-date <ngày>] [--units <tệp>]\n");
    for (const [args, message] of [
      [["read", "plan.txt", "--format", "json"], "lệnh read không có tùy chọn --format"],
      [["read", "plan.txt", "--full=yes"], "tùy chọn --full không nhận giá trị"],
    ] as const) {
      const r = await runInProcess(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
