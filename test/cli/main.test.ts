/**
 * The bin as a whole (src/cli/main.ts, src/cli/index.ts): the list of commands, every command's help in
 * both languages, the version, and the usage errors found before any command runs.
 */
import { linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/main.js";
import { reportCommand } from "../../src/cli/report.js";
import { BIN, ROOT, run, runInProcess, tempDir, writeReferenceFiles } from "./_bin.js";

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
    for (const command of COMMANDS) expect(stdout).toContain(`\n  ${command.name} `);
    for (const command of COMMANDS) expect(stdout).toContain(command.summary.vi);
    expect(stdout).toContain("Mã thoát: 0");
    expect(stdout).toContain("--as-of");
    expect(prose(stdout)).not.toMatch(ENGLISH);
  });

  it("in English with --lang en; -h, --lang=en and `help` the same", async () => {
    const en = await run(["--help", "--lang", "en"], dir);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Usage: cong-doan-ke-hoach <command>");
    expect(en.stdout).toContain("Exit code: 0 success; 1 the plan (or its data) has errors; 2 a usage error");
    for (const command of COMMANDS) expect(en.stdout).toContain(command.summary.en);
    for (const args of [["--lang=en", "-h"], ["help", "--lang", "en"]]) expect((await runInProcess(args)).stdout).toBe(en.stdout);
  });

  it("a command's --help: its usage line, summary and options, exit 0; --help wins over missing arguments", async () => {
    const [vi, en] = await Promise.all([run(["report", "--help"], dir), run(["report", "-h", "--lang", "en"], dir)]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toBe(`Cách dùng: cong-doan-ke-hoach ${reportCommand.usage.vi}\n\n${reportCommand.summary.vi}\n\n${reportCommand.help.vi}\n`);
    expect(vi.stdout).toContain("--as-of <ngày>");
    expect(vi.stdout).toContain("ngày hôm nay theo giờ Việt Nam (UTC+07:00)");
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(`Usage: cong-doan-ke-hoach ${reportCommand.usage.en}\n\n${reportCommand.summary.en}\n\n${reportCommand.help.en}\n`);
    expect((await runInProcess(["help", "report"])).stdout).toBe(vi.stdout);
  });

  it("every command's help, usage line and summary: Vietnamese throughout in Vietnamese, with -o and --lang", async () => {
    for (const command of COMMANDS) {
      const { code, stdout } = await runInProcess([command.name, "--help"]);
      expect(code).toBe(0);
      expect(stdout.startsWith(`Cách dùng: cong-doan-ke-hoach ${command.name}`)).toBe(true);
      expect(prose(stdout), command.name).not.toMatch(ENGLISH);
      expect(stdout).toContain("-o, --output <tệp>");
      const en = await runInProcess([command.name, "--help", "--lang", "en"]);
      expect(en.stdout.startsWith(`Usage: cong-doan-ke-hoach ${command.name}`)).toBe(true);
      expect(en.stdout).toContain("-o, --output <file>");
    }
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
    const command = await run(["frobnicate"], dir);
    expect(command.code).toBe(2);
    expect(command.stdout).toBe("");
    expect(command.stderr).toBe('không có lệnh "frobnicate"; xem danh sách lệnh bằng cong-doan-ke-hoach --help\n');
    const cases: [string[], string][] = [
      [["--verbose", "check", "plan.json"], "không có tùy chọn --verbose; trước tên lệnh chỉ dùng được --lang, --help và --version"],
      [["check", "plan.json", "--lang", "fr"], '--lang "fr" không hợp lệ; chọn một trong: vi, en\n'],
      [["check", "plan.json", "--lang"], "tùy chọn --lang cần một giá trị"],
      [["frobnicate", "--lang", "en"], 'unknown command "frobnicate"; the commands are listed by cong-doan-ke-hoach --help\n'],
    ];
    for (const [args, message] of cases) {
      const r = await runInProcess(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(message);
    }
  });
});

describe("-o never overwrites a file the command reads", () => {
  const files = tempDir();
  writeReferenceFiles(files);
  writeFileSync(join(files, "ke-hoach.txt"), readFileSync(join(ROOT, "examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt")));
  mkdirSync(join(files, "sub"));
  linkSync(join(files, "plan.json"), join(files, "sub", "same-plan.json"));

  it("the plan, the records, the text or a file of --coverage-units/--units as the output: exit 2, the file untouched", async () => {
    const report = ["report", "plan.json", "records.json", "--unit", "ldld-tinh", "--month", "2017-11", "--as-of", "2017-12-03"];
    const cases: [string[], string][] = [
      [["render", "plan.json", "-o", "plan.json"], "-o plan.json: đây chính là tệp plan.json mà lệnh đang đọc, tệp này sẽ bị ghi đè: hãy ghi ra tệp khác\n"],
      [["check", "plan.json", "--output=./plan.json"], "-o ./plan.json: đây chính là tệp plan.json mà lệnh đang đọc"],
      [["budget", "plan.json", "-o", join("sub", "same-plan.json")], `-o ${join("sub", "same-plan.json")}: đây chính là tệp plan.json`],
      [[...report, "-o", "records.json"], "-o records.json: đây chính là tệp records.json"],
      [[...report, "--coverage-units", "units.json", "-o", "units.json", "--as", "json"], "-o units.json: đây chính là tệp units.json"],
      [["read", "ke-hoach.txt", "-o", "ke-hoach.txt"], "-o ke-hoach.txt: đây chính là tệp ke-hoach.txt"],
      [["check-text", "ke-hoach.txt", "--units", "units.json", "-o", "units.json", "--lang", "en"], "-o units.json: this is units.json, which the command reads; it would be overwritten"],
    ];
    const before = new Map(["plan.json", "records.json", "units.json", "ke-hoach.txt"].map((f) => [f, readFileSync(join(files, f), "utf8")]));
    const runs = await Promise.all(cases.map(([args]) => run(args, files)));
    runs.forEach((r, i) => {
      const [args, message] = cases[i]!;
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(message);
    });
    for (const [file, text] of before) expect(readFileSync(join(files, file), "utf8"), file).toBe(text);
  });

  it("an output or input path through a file (plan.json/x.txt): the write or the read names it, exit 2, no internal error", async () => {
    const [output, input] = await Promise.all([run(["check", "plan.json", "-o", join("plan.json", "x.txt")], files), run(["check", join("plan.json", "x.json"), "-o", "x.txt"], files)]);
    expect([output.code, input.code]).toEqual([2, 2]);
    expect(output.stderr).toBe(`không ghi được tệp ${join("plan.json", "x.txt")}: một phần của đường dẫn không phải thư mục\n`);
    expect(input.stderr).toBe(`không đọc được tệp ${join("plan.json", "x.json")}: một phần của đường dẫn không phải thư mục\n`);
  });

  it("another file of the same name elsewhere, or a new file, is written", async () => {
    const [other, fresh] = await Promise.all([run(["budget", "plan.json", "-o", join("sub", "plan.json"), "--as", "txt"], files), run(["budget", "plan.json", "-o", "budget.txt"], files)]);
    expect([other.code, fresh.code]).toEqual([0, 0]);
    expect(readFileSync(join(files, "sub", "plan.json"), "utf8")).toBe(readFileSync(join(files, "budget.txt"), "utf8"));
  });
});
