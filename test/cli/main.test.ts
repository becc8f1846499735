/**
 * The bin as a whole (src/cli/main.ts, src/cli/index.ts): the list of commands, every command's help in
 * both languages, the version, and the usage errors found before any command runs.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, run, tempDir } from "./_bin.js";

const COMMANDS = ["check", "render", "report", "review", "ics", "budget", "schema"];
const dir = tempDir();

/** Words that would give away English in a Vietnamese text (the names of formats, options and files aside). */
const ENGLISH = /(?<!\p{L})(the|and|of|to|file|files|option|options|usage|command|default|write|writes|plan|report|error|errors|missing|unknown|required|is|not)(?!\p{L})/iu;

/** The text without what stays as it is in both languages: options, placeholders, file names, code names. */
function prose(text: string): string {
  return text
    .replace(/cong-doan-ke-hoach( [a-z-]+)?/g, " ")
    .replace(/^ {2}[a-z-]+ /gm, " ")
    .replace(/--?[a-z][a-z-]*(=\S*)?/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\S+\.(json|html|md|txt|docx|ics)\b/g, " ")
    .replace(/\b(parsePlan|lintPlan|parseProgressRecords|renderMonthlyReportJson|renderPhaseReviewJson|schema\/plan\.schema\.json)\b/g, " ")
    .replace(/\{[^}]*\}|\[[^\]]*\]/g, " ")
    .replace(/"[^"]*"/g, " ");
}

describe("cong-doan-ke-hoach --help", () => {
  it("lists every command with its summary, in Vietnamese by default, and exits 0", async () => {
    const { code, stdout, stderr } = await run(["--help"], dir);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Cách dùng: cong-doan-ke-hoach <lệnh>");
    for (const name of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
    expect(stdout).toContain("Mã thoát: 0");
    expect(stdout).toContain("--as-of");
    expect(prose(stdout)).not.toMatch(ENGLISH);
  });

  it("in English with --lang en (before or after --help), -h and `help` the same", async () => {
    const en = await run(["--help", "--lang", "en"], dir);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Usage: cong-doan-ke-hoach <command>");
    expect(en.stdout).toContain("Exit code: 0 success; 1 the plan (or its data) has errors; 2 a usage error");
    expect((await run(["--lang=en", "-h"], dir)).stdout).toBe(en.stdout);
    expect((await run(["help", "--lang", "en"], dir)).stdout).toBe(en.stdout);
  });

  it("every command has --help in both languages, the Vietnamese one Vietnamese throughout", async () => {
    const runs = await Promise.all(COMMANDS.flatMap((name) => [run([name, "--help"], dir), run([name, "-h", "--lang", "en"], dir)]));
    COMMANDS.forEach((name, i) => {
      const vi = runs[2 * i]!;
      const en = runs[2 * i + 1]!;
      expect(vi.code).toBe(0);
      expect(en.code).toBe(0);
      expect(vi.stdout).toMatch(new RegExp(`^Cách dùng: cong-doan-ke-hoach ${name}\\b`));
      expect(en.stdout).toMatch(new RegExp(`^Usage: cong-doan-ke-hoach ${name}\\b`));
      expect(prose(vi.stdout), name).not.toMatch(ENGLISH);
      expect(vi.stdout).toContain("-o, --output <tệp>");
    });
  });

  it("--help wins over missing arguments; `help <command>` is `<command> --help`", async () => {
    const [help, viaHelp] = await Promise.all([run(["report", "--help"], dir), run(["help", "report"], dir)]);
    expect(help.code).toBe(0);
    expect(viaHelp.stdout).toBe(help.stdout);
    expect(help.stdout).toContain("--as-of <ngày>");
    expect(help.stdout).toContain("ngày hôm nay theo giờ Việt Nam (UTC+07:00)");
  });
});

describe("the bin", () => {
  it("--version prints the package's version", async () => {
    const { code, stdout } = await run(["--version"], dir);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(code).toBe(0);
    expect(stdout).toBe(`${pkg.version}\n`);
  });

  it("is executable, starts with the node shebang and is the package's bin", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(join(ROOT, pkg.bin["cong-doan-ke-hoach"]!)).toBe(BIN);
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it("imports the library through its entries, never a copy of it", () => {
    const code = readFileSync(BIN, "utf8");
    const imports = [...code.matchAll(/(?:from\s*|import\(\s*)"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(new Set(["node:fs", "node:path", "node:util", "../index.js", "../docx/index.js"]));
  });
});

describe("usage errors (exit 2)", () => {
  it("no command: the list of commands on standard error", async () => {
    const { code, stdout, stderr } = await run([], dir);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("chưa ghi lệnh");
    expect(stderr).toContain("Các lệnh:");
  });

  it("an unknown command, an unknown option before the command, a --lang that is neither vi nor en", async () => {
    const [command, option, lang, langEn] = await Promise.all([run(["frobnicate"], dir), run(["--verbose", "check", "plan.json"], dir), run(["check", "plan.json", "--lang", "fr"], dir), run(["frobnicate", "--lang", "en"], dir)]);
    for (const r of [command, option, lang, langEn]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    }
    expect(command.stderr).toContain('không có lệnh "frobnicate"');
    expect(option.stderr).toContain("không có tùy chọn --verbose");
    expect(lang.stderr).toContain('--lang "fr" không hợp lệ; chọn một trong: vi, en');
    expect(langEn.stderr).toContain('unknown command "frobnicate"');
  });
});
