/**
 * Runs @example blocks: each block becomes a module (see transform.ts) written under an output folder
 * and imported in this process; its claims are compared with what their statements give (claims.ts).
 * The rules are documented in scripts/doctest.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import type { ExampleBlock } from "../_lib/extractExamples.js";
import { formatValue, matchClaim } from "./claims.js";
import { findFixture, type Fixture } from "./fixtures.js";
import { transformExample, type Claim } from "./transform.js";

/** Why a block failed, at one line of its source file. */
export interface DoctestFailure {
  readonly file: string;
  /** The 1-based line of `file` (the line of the claim, of the throw, or of the declaration). */
  readonly line: number;
  /**
   * `mismatch`: a claim does not hold; `invalid-claim`: a claim cannot be parsed or follows no expression;
   * `unreached`: a claim's statement never ran; `threw`: the block threw; `not-runnable`: a block with
   * claims cannot run (a declaration without a fixture, syntax the runner does not support).
   */
  readonly kind: "mismatch" | "invalid-claim" | "unreached" | "threw" | "not-runnable";
  readonly message: string;
  /** The expression the claim is about. */
  readonly expression?: string;
  /** The claim, as written. */
  readonly expected?: string;
  /** The value it gave, written as a literal. */
  readonly actual?: string;
}

/** The outcome of one block. */
export interface ExampleResult {
  readonly block: ExampleBlock;
  /** `not-run`: a block without claims that cannot run (a `declare` without a fixture); it still compiles. */
  readonly status: "passed" | "failed" | "not-run";
  /** The block's claims. */
  readonly claims: number;
  /** The claims that were evaluated and held. */
  readonly held: number;
  readonly failures: readonly DoctestFailure[];
  /** Why a `not-run` block did not run. */
  readonly reason?: string;
  /** What the block printed with console.log and friends (not shown unless it fails). */
  readonly output: readonly string[];
}

/** Where and how to run blocks. */
export interface RunExampleOptions {
  /** The project root: the package's names map to `<root>/src`. */
  readonly root: string;
  /** The folder for the generated modules (created when missing). */
  readonly outDir: string;
  /** The fixture for a declaration; defaults to fixtures.ts. */
  readonly fixtures?: (name: string, type: string) => Fixture | undefined;
}

/** The package's name, whose imports map to src/. */
const PACKAGE = "cong-doan-ke-hoach";

let counter = 0;

/** A relative module specifier from a folder to a file. */
function specifierFrom(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/**
 * Runs one block.
 *
 * @param block - the block and where it comes from.
 * @param options - the project root, the output folder and the fixtures.
 * @returns whether its claims hold, and every failure.
 */
export async function runExample(block: ExampleBlock, options: RunExampleOptions): Promise<ExampleResult> {
  const lookup = options.fixtures ?? findFixture;
  const srcLine = (blockLine: number) => block.line + blockLine;
  const resolveImport = (spec: string): string | undefined => {
    if (spec === PACKAGE) return specifierFrom(options.outDir, join(options.root, "src", "index.ts"));
    if (spec.startsWith(`${PACKAGE}/`)) return specifierFrom(options.outDir, join(options.root, "src", spec.slice(PACKAGE.length + 1), "index.ts"));
    return undefined;
  };
  const prepared = transformExample(block.code, { resolveImport, hasFixture: (name, type) => lookup(name, type) !== undefined });
  const failures: DoctestFailure[] = [];
  const output: string[] = [];
  const fail = (failure: Omit<DoctestFailure, "file">) => failures.push({ file: block.file, ...failure });
  const badClaims = new Set<number>();
  const reached = new Set<number>();
  const claimFailure = (claim: Claim, kind: DoctestFailure["kind"], message: string, actual?: string) => {
    badClaims.add(claim.id);
    fail({ line: srcLine(claim.line), kind, message, expression: claim.expression, expected: claim.text, ...(actual === undefined ? {} : { actual }) });
  };

  for (const claim of prepared.claims) if (claim.error !== undefined) claimFailure(claim, "invalid-claim", claim.error);

  const done = (reason?: string): ExampleResult => {
    const held = prepared.claims.filter((c) => c.patterns !== undefined && reached.has(c.id) && !badClaims.has(c.id)).length;
    const status = failures.length > 0 ? "failed" : reason !== undefined ? "not-run" : "passed";
    return { block, status, claims: prepared.claims.length, held, failures, ...(reason === undefined ? {} : { reason }), output };
  };

  if (prepared.module === undefined) {
    const reason = prepared.unrunnable.map((u) => u.message).join("; ");
    if (prepared.claims.length === 0) return done(reason);
    for (const u of prepared.unrunnable) {
      fail({ line: srcLine(u.line), kind: "not-runnable", message: `${u.message}: the block cannot run, so its ${prepared.claims.length} claim(s) cannot be checked` });
    }
    return done();
  }

  // The runner's side of the module: fixtures, claim checks, a console that records.
  const check = (id: number, values: readonly unknown[]) => {
    reached.add(id);
    const claim = prepared.claims[id];
    if (claim?.patterns === undefined || badClaims.has(id)) return;
    const patterns = claim.patterns;
    let problem: string | undefined;
    if (claim.target === "log" && values.length !== patterns.length) {
      problem = `console.log received ${values.length} value(s), the claim lists ${patterns.length}`;
    } else {
      for (const [i, pattern] of patterns.entries()) {
        problem = matchClaim(values[i], pattern);
        if (problem !== undefined) {
          if (patterns.length > 1) problem = `logged value ${i + 1}: ${problem}`;
          break;
        }
      }
    }
    if (problem !== undefined) {
      claimFailure(claim, "mismatch", problem, values.map((v) => formatValue(v)).join(", "));
    }
  };
  const record =
    (method: string) =>
    (...args: unknown[]) => {
      output.push(method === "log" ? format(...args) : `[${method}] ${format(...args)}`);
    };
  const shadow = Object.assign(Object.create(console) as Console, {
    log: record("log"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
    debug: record("debug"),
  });
  const runtime = {
    console: shadow,
    fixture: (i: number) => {
      const d = prepared.fixtures[i]!;
      return lookup(d.name, d.type.replace(/\s+/g, ""))!.value();
    },
    value: (id: number, value: unknown) => {
      check(id, [value]);
      return value;
    },
    log:
      (id: number) =>
      (...args: unknown[]) => {
        output.push(format(...args));
        check(id, args);
      },
  };

  mkdirSync(options.outDir, { recursive: true });
  counter += 1;
  const name = `${String(counter).padStart(3, "0")}-${block.file.replace(/^src\//, "").replace(/[\\/]/g, "_").replace(/\.ts$/, "")}-${block.line}.ts`;
  const path = join(options.outDir, name);
  writeFileSync(path, `${prepared.module}`);
  try {
    const module = (await import(pathToFileURL(path).href)) as { default: (runtime: unknown) => Promise<void> };
    await module.default(runtime);
  } catch (error) {
    const where = String((error as { stack?: unknown })?.stack ?? "").match(new RegExp(`${basename(path).replace(/[.]/g, "\\.")}:(\\d+):\\d+`));
    const moduleLine = where === null ? undefined : Number(where[1]);
    const line = moduleLine === undefined || moduleLine < 2 ? block.line : srcLine(moduleLine - 2);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : `threw ${formatValue(error)}`;
    fail({ line, kind: "threw", message: `the block threw ${message}` });
  }
  for (const claim of prepared.claims) {
    if (claim.patterns !== undefined && !reached.has(claim.id)) {
      claimFailure(claim, "unreached", claim.target === "log" ? "the claim was never checked: its console.log was not called" : "the claim was never checked: its statement did not run");
    }
  }
  return done();
}

/**
 * Runs blocks one after the other, in a fresh output folder.
 *
 * @param blocks - the blocks.
 * @param options - as for {@link runExample}; the output folder is emptied first.
 * @returns one result per block, in order.
 */
export async function runExamples(blocks: readonly ExampleBlock[], options: RunExampleOptions): Promise<ExampleResult[]> {
  rmSync(options.outDir, { recursive: true, force: true });
  const results: ExampleResult[] = [];
  for (const block of blocks) results.push(await runExample(block, options));
  return results;
}

/**
 * A failure as a report: `file:line: message`, then the expression, the claim and the actual value.
 *
 * @param failure - the failure.
 * @returns the text, several lines.
 */
export function formatFailure(failure: DoctestFailure): string {
  const lines = [`${failure.file}:${failure.line}: ${failure.message}`];
  if (failure.expression !== undefined && failure.expression !== "") lines.push(`  expression: ${failure.expression.replace(/\n\s*/g, " ")}`);
  if (failure.expected !== undefined) lines.push(`  expected:   ${failure.expected.replace(/\n\s*/g, " ")}`);
  if (failure.actual !== undefined) lines.push(`  actual:     ${failure.actual}`);
  return lines.join("\n");
}
