/**
 * Helpers of the command line's tests: run the built bin (dist/cli/index.js, built by _setup.ts) as a user
 * would, as a child process in a temporary folder that holds real files, and read back what it wrote.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { afterAll, vi } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { generateRecords, GRASSROOTS_UNIONS, MAGAZINE_ISSUES } from "../../examples/vgcl-2017/records.js";
import { parsePlan, parseProgressRecords, type Plan, type PlanJson } from "../../src/index.js";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const BIN = join(ROOT, "dist/cli/index.js");
export const PLAN_PATH = join(ROOT, "examples/vgcl-2017/plan.json");

/** What a run of the bin gives back. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node <bin> ...args` in `cwd` and waits for it to end.
 *
 * @param args - the arguments after the bin's name.
 * @param cwd - the working folder.
 * @param bin - the bin to run (the built one by default).
 */
export function run(args: readonly string[], cwd: string, bin: string = BIN): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== "number") reject(error);
      else resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
    });
  });
}

/**
 * Runs the command line in this process (`runCli` of src/cli/main.ts), with what it writes to standard
 * output and error captured: for the many cases of one kind of error, where a process per case would
 * only add seconds. Paths must be absolute (a worker cannot change its working folder). Not concurrent.
 */
export async function runInProcess(args: readonly string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    const code = await runCli(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** A new temporary folder, removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "cdkh-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function referenceJson(): PlanJson {
  return JSON.parse(readFileSync(PLAN_PATH, "utf8")) as PlanJson;
}

let cached: Plan | undefined;
export function referencePlan(): Plan {
  cached ??= parsePlan(referenceJson());
  return cached;
}

let recordsText: string | undefined;
/** The generated records of the reference plan up to 30 April 2018, as the JSON a user writes (a new copy each time). */
export function recordsJson(): unknown[] {
  recordsText ??= JSON.stringify(generateRecords(referencePlan(), { seed: 2017, asOf: "2018-04-30" }));
  return JSON.parse(recordsText) as unknown[];
}

let records: ReturnType<typeof parseProgressRecords> | undefined;
/** Those records, parsed. */
export function referenceRecords(): ReturnType<typeof parseProgressRecords> {
  records ??= parseProgressRecords(recordsJson(), referencePlan());
  return records;
}

export { GRASSROOTS_UNIONS, MAGAZINE_ISSUES };

/**
 * Writes the reference plan, its records, the magazine's issues and the grassroots unions into `dir` as
 * plan.json, records.json, issues.json and units.json.
 */
export function writeReferenceFiles(dir: string): void {
  writeFileSync(join(dir, "plan.json"), readFileSync(PLAN_PATH));
  writeFileSync(join(dir, "records.json"), JSON.stringify(recordsJson(), null, 2));
  writeFileSync(join(dir, "issues.json"), JSON.stringify(MAGAZINE_ISSUES));
  writeFileSync(join(dir, "units.json"), JSON.stringify(GRASSROOTS_UNIONS));
}

/** The text of a .docx file, read back with mammoth. */
export async function docxText(path: string): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: readFileSync(path) });
  return value;
}
