/**
 * `cong-doan-ke-hoach check` (src/cli/check.ts), run as a user would: the reference plan, a plan with lint
 * errors, an invalid plan, files that cannot be read or are not JSON, usage errors, -o and --format json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPath, lintPlan, parsePlan, safeParsePlan } from "../../src/index.js";
import { referenceJson, referencePlan, ROOT, run, runInProcess, tempDir } from "./_bin.js";

const dir = tempDir();
writeFileSync(join(dir, "plan.json"), JSON.stringify(referenceJson(), null, 2));
// The same plan with a grand total that its lines do not give: a lint error.
const wrongTotal = referenceJson() as { budget: { declaredTotal: string } };
wrongTotal.budget.declaredTotal = "151.000.000";
writeFileSync(join(dir, "wrong-total.json"), JSON.stringify(wrongTotal));
// Not a plan: the header is gone and a quota asks for -1 articles.
const invalid = referenceJson() as unknown as Record<string, unknown> & { channels: { quotas: { min: number }[] }[] };
delete invalid.header;
invalid.channels[0]!.quotas[0]!.min = -1;
writeFileSync(join(dir, "invalid.json"), JSON.stringify(invalid));
writeFileSync(join(dir, "broken.json"), '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n');
writeFileSync(join(dir, "latin1.json"), Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
mkdirSync(join(dir, "a-folder"));

const counts = (findings: readonly { severity: string }[]) => ["error", "warning", "info"].map((s) => findings.filter((f) => f.severity === s).length);

describe("check <plan.json>", () => {
  it("the reference plan: every finding of lintPlan with its severity, path, code and message; exit 0 (no errors)", async () => {
    const findings = lintPlan(referencePlan());
    const [errors, warnings, infos] = counts(findings);
    expect(errors).toBe(0);
    const { code, stdout, stderr } = await run(["check", "plan.json"], dir);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`plan.json: ${errors} lỗi, ${warnings} cảnh báo, ${infos} lưu ý`);
    const severity = { error: "lỗi", warning: "cảnh báo", info: "lưu ý" };
    expect(lines.slice(1)).toEqual(findings.map((f) => `  ${severity[f.severity]}  ${formatPath(f.path)}  ${f.code}: ${f.messageVi}`));
  });

  it("--lang en writes the English messages", async () => {
    const findings = lintPlan(referencePlan());
    const { code, stdout } = await run(["check", "--lang", "en", "plan.json"], dir);
    expect(code).toBe(0);
    const [, warnings, infos] = counts(findings);
    expect(stdout.split("\n")[0]).toBe(`plan.json: 0 errors, ${warnings} warnings, ${infos} info`);
    for (const f of findings) expect(stdout).toContain(`  ${f.severity}  ${formatPath(f.path)}  ${f.code}: ${f.message}\n`);
  });

  it("--format json: { file, valid, issues, findings, counts }, the findings as lintPlan gives them", async () => {
    const { code, stdout } = await run(["check", "plan.json", "--format", "json"], dir);
    expect(code).toBe(0);
    const findings = lintPlan(referencePlan());
    const [error, warning, info] = counts(findings);
    expect(JSON.parse(stdout)).toEqual({ file: "plan.json", valid: true, issues: [], findings: JSON.parse(JSON.stringify(findings)), counts: { error, warning, info } });
  });

  it("a plan whose declared total is wrong: the declared_total_mismatch error at its path; exit 1", async () => {
    const expected = lintPlan(parsePlan(wrongTotal)).filter((f) => f.severity === "error");
    expect(expected.map((f) => f.code)).toContain("declared_total_mismatch");
    const [text, json] = await Promise.all([run(["check", "wrong-total.json"], dir), run(["check", "wrong-total.json", "--format=json"], dir)]);
    expect(text.code).toBe(1);
    expect(json.code).toBe(1);
    for (const f of expected) expect(text.stdout).toContain(`  lỗi  ${formatPath(f.path)}  ${f.code}: ${f.messageVi}\n`);
    expect(text.stdout).toMatch(new RegExp(`^wrong-total\\.json: ${expected.length} lỗi, `));
    const result = JSON.parse(json.stdout) as { valid: boolean; counts: { error: number }; findings: { code: string; path: unknown[]; severity: string }[] };
    expect(result.valid).toBe(true);
    expect(result.counts.error).toBe(expected.length);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.path])).toEqual(expected.map((f) => [f.code, f.path]));
  });

  it("an invalid plan: every issue of parsePlan with its path and code (no lint); exit 1", async () => {
    const parsed = safeParsePlan(invalid);
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : parsed.error.issues;
    const paths = issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(expect.arrayContaining(["header", "channels[0].quotas[0].min"]));
    const [text, en, json] = await Promise.all([run(["check", "invalid.json"], dir), run(["check", "invalid.json", "--lang", "en"], dir), run(["check", "invalid.json", "--format", "json"], dir)]);
    expect(text.code).toBe(1);
    expect(text.stdout.split("\n")[0]).toBe(`invalid.json: kế hoạch không hợp lệ (${issues.length} lỗi)`);
    for (const issue of issues) {
      expect(text.stdout).toContain(`  lỗi  ${formatPath(issue.path)}  ${issue.code}: ${issue.messageVi}\n`);
      expect(en.stdout).toContain(`  error  ${formatPath(issue.path)}  ${issue.code}: ${issue.message}\n`);
    }
    expect(en.stdout.split("\n")[0]).toBe(`invalid.json: the plan is not valid (${issues.length} ${issues.length === 1 ? "problem" : "problems"})`);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as { valid: boolean; issues: unknown[]; findings: unknown[]; counts: unknown };
    expect(result).toEqual({ file: "invalid.json", valid: false, issues: JSON.parse(JSON.stringify(issues)), findings: [], counts: { error: issues.length, warning: 0, info: 0 } });
  });

  it("every example plan (real plans, transcribed): exit 1 exactly when lintPlan finds an error", async () => {
    const examples = readdirSync(join(ROOT, "examples"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(ROOT, "examples", e.name, "plan.json")))
      .map((e) => join(ROOT, "examples", e.name, "plan.json"));
    expect(examples.length).toBeGreaterThan(1);
    const runs = await Promise.all(examples.map((file) => run(["check", file, "--format", "json"], dir)));
    runs.forEach((r, i) => {
      const findings = lintPlan(parsePlan(JSON.parse(readFileSync(examples[i]!, "utf8"))));
      expect(r.code, examples[i]).toBe(findings.some((f) => f.severity === "error") ? 1 : 0);
      expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toEqual(JSON.parse(JSON.stringify(findings)));
    });
  });

  it("-o writes the findings to the file, nothing to standard output", async () => {
    const { code, stdout } = await run(["check", "plan.json", "-o", "findings.json", "--format", "json"], dir);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const written = JSON.parse(readFileSync(join(dir, "findings.json"), "utf8")) as { findings: unknown[] };
    expect(written.findings).toHaveLength(lintPlan(referencePlan()).length);
  });
});

describe("files that cannot be read (exit 2), named in the message", () => {
  it("a file that does not exist, a folder, a file that is not UTF-8", async () => {
    const missing = await run(["check", "no-such-plan.json"], dir);
    // The others in process, with absolute paths (the same code, without a process each).
    const missingEn = await runInProcess(["check", join(dir, "no-such-plan.json"), "--lang", "en"]);
    const folder = await runInProcess(["check", join(dir, "a-folder")]);
    const latin1 = await runInProcess(["check", join(dir, "latin1.json")]);
    for (const r of [missing, folder, latin1, missingEn]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    }
    expect(missing.stderr).toBe("không đọc được tệp no-such-plan.json: không có tệp này\n");
    expect(missingEn.stderr).toBe(`cannot read ${join(dir, "no-such-plan.json")}: no such file\n`);
    expect(folder.stderr).toBe(`không đọc được tệp ${join(dir, "a-folder")}: đây là một thư mục\n`);
    expect(latin1.stderr).toBe(`không đọc được tệp ${join(dir, "latin1.json")}: nội dung không phải văn bản mã UTF-8\n`);
  });

  it("invalid JSON: the file, the line and the column", async () => {
    const [vi, en] = await Promise.all([run(["check", "broken.json"], dir), run(["check", "broken.json", "--lang", "en"], dir)]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe("tệp broken.json không phải JSON hợp lệ (dòng 4, cột 1)\n");
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^broken\.json is not valid JSON \(line 4, column 1\): /);
  });

  it("-o findings.json without --format writes JSON; --format text still writes text there", async () => {
    const [json, asked, text] = await Promise.all([
      run(["check", "plan.json", "-o", "findings.json"], dir),
      run(["check", "plan.json", "--format", "json"], dir),
      run(["check", "plan.json", "--format", "text", "-o", "findings-text.JSON"], dir),
    ]);
    expect([json.code, asked.code, text.code]).toEqual([0, 0, 0]);
    expect(readFileSync(join(dir, "findings.json"), "utf8")).toBe(asked.stdout);
    expect(readFileSync(join(dir, "findings-text.JSON"), "utf8")).toMatch(/^plan\.json: 0 lỗi, \d+ cảnh báo, \d+ lưu ý\n/);
  });

  it("a plan saved by Windows as \"Unicode\" (UTF-16 with its byte-order mark, CRLF): read as the same plan", async () => {
    const text = JSON.stringify(referenceJson(), null, 2).replace(/\n/g, "\r\n");
    writeFileSync(join(dir, "utf16.json"), Buffer.from(`\uFEFF${text}`, "utf16le"));
    const [utf16, utf8] = await Promise.all([run(["check", "utf16.json", "--format", "json"], dir), run(["check", "plan.json", "--format", "json"], dir)]);
    expect(utf16.code).toBe(0);
    expect(utf16.stderr).toBe("");
    expect({ ...JSON.parse(utf16.stdout), file: "plan.json" }).toEqual(JSON.parse(utf8.stdout));
  });

  it("an output file in a folder that does not exist: the folder named, none created; a folder as the output", async () => {
    const out = join("no-such-folder", "out.txt");
    const [vi, en, nested, folder] = await Promise.all([
      run(["check", "plan.json", "-o", out], dir),
      run(["check", "plan.json", "-o", out, "--lang", "en"], dir),
      run(["check", "plan.json", "-o", join("a-folder", "missing", "out.txt")], dir),
      run(["check", "plan.json", "-o", "a-folder"], dir),
    ]);
    expect([vi.code, en.code, nested.code, folder.code]).toEqual([2, 2, 2, 2]);
    expect(vi.stderr).toBe(`không ghi được tệp ${out}: thư mục no-such-folder không tồn tại (hãy tạo thư mục trước, hoặc ghi tệp vào chỗ khác)\n`);
    expect(en.stderr).toBe(`cannot write ${out}: the folder no-such-folder does not exist (create it first, or write the file elsewhere)\n`);
    expect(nested.stderr).toContain(`thư mục ${join("a-folder", "missing")} không tồn tại`);
    expect(folder.stderr).toBe("không ghi được tệp a-folder: đây là một thư mục\n");
    expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
    expect(existsSync(join(dir, "a-folder", "missing"))).toBe(false);
    // A link to nowhere, in a folder that exists: no folder to blame.
    symlinkSync(join(dir, "no-such-folder", "x.txt"), join(dir, "dangling.txt"));
    const dangling = await run(["check", "plan.json", "-o", "dangling.txt"], dir);
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toBe("không ghi được tệp dangling.txt: không có tệp này\n");
  });
});

describe("usage errors (exit 2), with the usage line", () => {
  it("a missing argument, an extra argument, an unknown option, a bad --format, a value missing, an option twice", async () => {
    const cases: [string[], string][] = [
      [["check"], "thiếu tệp kế hoạch (plan.json)"],
      [["check", "plan.json", "other.json"], 'thừa đối số "other.json"'],
      [["check", "plan.json", "--strict"], "lệnh check không có tùy chọn --strict"],
      [["check", "plan.json", "--format", "xml"], '--format "xml" không hợp lệ; chọn một trong: text, json'],
      [["check", "plan.json", "--format"], "tùy chọn --format cần một giá trị"],
      [["check", "plan.json", "-o", "--format", "json"], "tùy chọn --output cần một giá trị"],
      [["check", "plan.json", "--format", "json", "--format", "text"], "tùy chọn --format được ghi nhiều lần"],
      [["check", "plan.json", "--help=yes"], "tùy chọn --help không nhận giá trị"],
    ];
    // The bin itself for two of them; the others in process (the same code, without a process each).
    const [missing, unknown] = await Promise.all([run(cases[0]![0], dir), run(cases[2]![0], dir)]);
    const runs = [missing, (await runInProcess(cases[1]![0])), unknown];
    for (const [args] of cases.slice(3)) runs.push(await runInProcess(args));
    runs.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(cases[i]![1]);
      expect(r.stderr).toContain("\nCách dùng: cong-doan-ke-hoach check <plan.json> [--format text|json] [-o <tệp>]\n");
    });
  });

  it("in English with --lang en", async () => {
    const { code, stderr } = await run(["check", "--lang", "en"], dir);
    expect(code).toBe(2);
    expect(stderr).toBe("missing the plan file (plan.json)\nUsage: cong-doan-ke-hoach check <plan.json> [--format text|json] [-o <file>]\n");
  });
});
