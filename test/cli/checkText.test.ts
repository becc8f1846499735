/**
 * `cong-doan-ke-hoach check-text` (src/cli/checkText.ts), run as a user would: the seed text, a text whose
 * appendix total its lines do not give, every corpus text, --format json, -o, --lang en, files that cannot
 * be read and usage errors.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPlanText, formatPath } from "../../src/index.js";
import { ROOT, run, runInProcess, tempDir } from "./_bin.js";

const dir = tempDir();
const SEED = readFileSync(join(ROOT, "examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt"), "utf8");
writeFileSync(join(dir, "plan.txt"), SEED);
// An appendix whose TỔNG CỘNG (line 14) is not the sum of its one line.
const WRONG_TOTAL = ["KẾ HOẠCH", "Tuyên truyền", "I. THỜI GIAN", "Năm 2026.", "Dự trù kinh phí", "\tSTT", "\tNội dung", "\tKinh phí (đồng)", "", "\t1", "\tIn tờ rơi", "\t1.000.000", "", "\tTỔNG CỘNG", "\t", "\t2.000.000", ""].join("\n");
writeFileSync(join(dir, "wrong-total.txt"), WRONG_TOTAL);

const SEVERITY = { error: "lỗi", warning: "cảnh báo", info: "lưu ý" };
const counts = (findings: readonly { severity: string }[]) => ["error", "warning", "info"].map((s) => findings.filter((f) => f.severity === s).length);
const line = (file: string, f: ReturnType<typeof checkPlanText>[number], lang: "vi" | "en") =>
  `  ${lang === "vi" ? SEVERITY[f.severity] : f.severity}  ${file}:${f.line}:${f.column}  ${f.path.length === 0 ? "" : `${formatPath(f.path)}  `}${f.code}: ${lang === "vi" ? f.messageVi : f.message}`;

describe("check-text <plan.txt>", () => {
  it("the seed: every finding of checkPlanText at its line and column, with its path, code and message; exit 0", async () => {
    const findings = checkPlanText(SEED);
    const [errors, warnings, infos] = counts(findings);
    expect(errors).toBe(0);
    const { code, stdout, stderr } = await run(["check-text", "plan.txt"], dir);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`plan.txt: 0 lỗi, ${warnings} cảnh báo, ${infos} lưu ý`);
    expect(lines.slice(1)).toEqual(findings.map((f) => line("plan.txt", f, "vi")));
  });

  it("a total that its lines do not give: the error at the line of TỔNG CỘNG; exit 1; --lang en", async () => {
    const findings = checkPlanText(WRONG_TOTAL);
    const total = findings.find((f) => f.code === "declared_total_mismatch");
    expect(total?.severity).toBe("error");
    expect(total?.line).toBe(14);
    const [vi, en] = await Promise.all([run(["check-text", "wrong-total.txt"], dir), run(["check-text", "wrong-total.txt", "--lang", "en"], dir)]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(`${line("wrong-total.txt", total!, "vi")}\n`);
    const [errors, warnings, infos] = counts(findings);
    expect(vi.stdout.split("\n")[0]).toBe(`wrong-total.txt: ${errors} lỗi, ${warnings} cảnh báo, ${infos} lưu ý`);
    expect(en.code).toBe(1);
    expect(en.stdout.trimEnd().split("\n").slice(1)).toEqual(findings.map((f) => line("wrong-total.txt", f, "en")));
  });

  it("--format json -o: { file, findings, counts } in the file, nothing on standard output", async () => {
    const { code, stdout } = await run(["check-text", "wrong-total.txt", "--format", "json", "-o", "findings.json"], dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const findings = checkPlanText(WRONG_TOTAL);
    const [error, warning, info] = counts(findings);
    expect(JSON.parse(readFileSync(join(dir, "findings.json"), "utf8"))).toEqual({ file: "wrong-total.txt", findings: JSON.parse(JSON.stringify(findings)), counts: { error, warning, info } });
  });

  it("-o findings.json without --format: the same JSON", async () => {
    const [asked, inferred] = await Promise.all([
      run(["check-text", "wrong-total.txt", "--format", "json", "-o", "asked.json"], dir),
      run(["check-text", "wrong-total.txt", "-o", "inferred.json"], dir),
    ]);
    expect([asked.code, inferred.code]).toEqual([1, 1]);
    expect(readFileSync(join(dir, "inferred.json"), "utf8")).toBe(readFileSync(join(dir, "asked.json"), "utf8"));
  });

  it("every corpus text (real plans): exit 1 exactly when checkPlanText finds an error", async () => {
    const corpus = join(ROOT, "examples/documents/corpus");
    const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).map((f) => join(corpus, f));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const findings = checkPlanText(readFileSync(file, "utf8"));
      const r = await runInProcess(["check-text", file, "--format", "json"]);
      expect(r.code, file).toBe(findings.some((f) => f.severity === "error") ? 1 : 0);
      expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toEqual(JSON.parse(JSON.stringify(findings)));
    }
  });
});

describe("errors (exit 2)", () => {
  it("a file that does not exist, a file that is not UTF-8, a missing argument, a bad --format", async () => {
    const missing = await run(["check-text", "no-such.txt"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("không đọc được tệp no-such.txt: không có tệp này\n");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x4b, 0xca, 0x20, 0x48, 0x4f, 0xe1]));
    const latin1 = await runInProcess(["check-text", join(dir, "latin1.txt")]);
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toBe(`không đọc được tệp ${join(dir, "latin1.txt")}: nội dung không phải văn bản mã UTF-8\n`);
    const none = await runInProcess(["check-text", "--lang", "en"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("missing the text of the plan (plan.txt)\nUsage: cong-doan-ke-hoach check-text <plan.txt> [--format text|json] [-o <file>] [--reference-date <date>] [--units <file>]\n");
    const format = await runInProcess(["check-text", join(dir, "plan.txt"), "--format", "md"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format "md" không hợp lệ; chọn một trong: text, json');
  });
});
