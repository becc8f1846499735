/**
 * The doc-test runner fails when it should: wrong claims, thrown errors, unsatisfied prefix and partial
 * claims, claims it cannot parse or attach, claims never reached, declarations without a fixture.
 */
import { join } from "node:path";
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ExampleBlock } from "../../../scripts/_lib/extractExamples.js";
import { formatFailure, runExample, runExamples } from "../../../scripts/doctest/run.js";

const root = new URL("../../..", import.meta.url).pathname;
const outDir = join(root, ".examples-check", "doctest-selftest");
rmSync(outDir, { recursive: true, force: true });

/** A block as if it came from line 10 of src/fake.ts. */
const block = (...lines: string[]): ExampleBlock => ({ file: "src/fake.ts", line: 10, exportName: "fake", code: `${lines.join("\n")}\n` });
const run = (...lines: string[]) => runExample(block(...lines), { root, outDir });

describe("runExample: what passes", () => {
  it("checks every claim form and counts them", async () => {
    const result = await run(
      'import { vnd, parsePlan, type Plan } from "cong-doan-ke-hoach";',
      "",
      "1 + 1; //=> 2",
      "[1, 2, 3].map((n) => n * 2);",
      "//=> [2, 4, 6]",
      '"a" + "b" //=> "ab"',
      "const ok = { success: true, data: { start: \"2017-07-01\" } };",
      "if (ok.success) console.log(ok.data);",
      '//=> { start: "2017-07-01" }',
      'console.log(["schemaVersion"], "missing");',
      '//=> ["schemaVersion"], "missing"',
      "10n ** 3n; //=> 1000n",
      "[undefined, null, true, -1, NaN]; //=> [undefined, null, true, -1, NaN]",
      'Object.freeze({ a: [1] }); //=> { a: [1] }',
      "vnd(1_000); //=> \"1000\"",
      '({ code: "missing", path: ["header"], message: "x" }); //=> { code: "missing", … }',
      '["invalid_value", "missing", "too_small"]; //=> ["invalid_value", "missing", …]',
      '"BEGIN VERSION END".split(" ");',
      '//=> ["BEGIN",',
      '//    "VERSION", "END"]',
      "try {",
      "  vnd(1.5);",
      "} catch (error) {",
      "  console.log(error instanceof Error);",
      "  //=> true",
      "}",
      "await Promise.resolve(3); //=> 3",
    );
    expect(result.failures.map(formatFailure)).toEqual([]);
    expect(result.status).toBe("passed");
    expect(result.claims).toBe(14);
    expect(result.held).toBe(14);
  });

  it("gives declared constants their fixtures", async () => {
    const result = await run(
      'import type { Plan } from "cong-doan-ke-hoach";',
      "declare const plan: Plan; // the reference plan",
      "declare const json: unknown;",
      "plan.channels.length; //=> 6",
      '(json as { id: string }).id === plan.id; //=> true',
    );
    expect(result.failures.map(formatFailure)).toEqual([]);
    expect(result.held).toBe(2);
  });

  it("runs a block without claims, and passes it when it does not throw", async () => {
    const result = await run('import { vnd } from "cong-doan-ke-hoach";', "const a = vnd(1);", "console.log(a.toString());");
    expect(result.status).toBe("passed");
    expect(result.claims).toBe(0);
    expect(result.output).toEqual(["1"]);
  });

  it("does not run a block without claims whose declarations have no fixture", async () => {
    const result = await run('import type { Plan } from "cong-doan-ke-hoach";', "declare const other: Plan;", "other.id;");
    expect(result.status).toBe("not-run");
    expect(result.reason).toMatch(/no fixture for `declare const other: Plan`/);
  });
});

describe("runExample: what fails", () => {
  it("reports a wrong claim with its file, line, expression, expected and actual", async () => {
    const result = await run('import { vnd } from "cong-doan-ke-hoach";', "", "vnd(100).multiply(3).toString(); //=> \"301\"");
    expect(result.status).toBe("failed");
    expect(result.failures).toEqual([
      {
        file: "src/fake.ts",
        line: 12,
        kind: "mismatch",
        message: 'expected "301", got "300"',
        expression: "vnd(100).multiply(3).toString()",
        expected: '"301"',
        actual: '"300"',
      },
    ]);
    expect(formatFailure(result.failures[0]!)).toContain("src/fake.ts:12:");
  });

  it("fails a block that throws, at the line of the throw", async () => {
    const result = await run('import { vnd } from "cong-doan-ke-hoach";', "const a = 1;", "vnd(1.5);", "a; //=> 1");
    expect(result.status).toBe("failed");
    expect(result.failures.map((f) => [f.kind, f.line])).toEqual([
      ["threw", 12],
      ["unreached", 13],
    ]);
    expect(result.failures[0]!.message).toMatch(/PlanError/);
  });

  it("fails a prefix claim the array does not start with, and a partial object claim that does not hold", async () => {
    const result = await run(
      '["invalid_value", "too_small"]; //=> ["invalid_value", "missing", …]',
      '["a"]; //=> ["a", "b", …]',
      '({ code: "missing" }); //=> { code: "missing", path: [], … }',
      '({ code: "missing", path: ["x"] }); //=> { code: "missing" }',
    );
    expect(result.failures.map((f) => [f.kind, f.line, f.message])).toEqual([
      ["mismatch", 10, 'expected "missing" at [1], got "too_small"'],
      ["mismatch", 11, "expected at least 2 element(s), got 1"],
      ["mismatch", 12, 'missing key "path"'],
      ["mismatch", 13, 'unexpected key(s) "path"'],
    ]);
  });

  it("fails claims it cannot parse: prose after the value, a name, `...`, an unfinished literal", async () => {
    const result = await run(
      "6; //=> 6 for the reference plan",
      "const x = 1;",
      "x; //=> x",
      "[1, 2]; //=> [1, ...]",
      "[1]; //=> [1,",
      "// a comment, not the rest of the claim",
    );
    expect(result.failures.map((f) => [f.kind, f.line])).toEqual([
      ["invalid-claim", 10],
      ["invalid-claim", 12],
      ["invalid-claim", 13],
      ["invalid-claim", 14],
    ]);
    expect(result.failures[0]!.message).toMatch(/cannot be parsed.*found `for`/);
    expect(result.held).toBe(0);
  });

  it("fails claims that follow no expression statement", async () => {
    const result = await run("//=> 1", "const x = 1; //=> 1", "if (x) {", "  x;", "}", "//=> 1", "x;", "// prose", "//=> 1");
    expect(result.failures.map((f) => [f.kind, f.line])).toEqual([
      ["invalid-claim", 10],
      ["invalid-claim", 11],
      ["invalid-claim", 15],
      ["invalid-claim", 18],
    ]);
  });

  it("fails a claim that is never checked", async () => {
    const result = await run("const ok = { success: false };", "if (ok.success) console.log(1);", "//=> 1", "const f = () => 2; //=> 2", "[1, 2].map((n) => {", "  n; //=> 1", "  return n;", "});");
    expect(result.failures.map((f) => [f.kind, f.line])).toEqual([
      ["invalid-claim", 13],
      ["mismatch", 15],
      ["unreached", 12],
    ]);
  });

  it("fails console.log claims with the wrong number of values", async () => {
    const result = await run('console.log("a", "b"); //=> "a"', 'console.log("a"); //=> "a", "b"');
    expect(result.failures.map((f) => f.message)).toEqual(["console.log received 2 value(s), the claim lists 1", "console.log received 1 value(s), the claim lists 2"]);
  });

  it("fails a Vnd compared with a number, and a Map compared with an object", async () => {
    const result = await run('import { vnd } from "cong-doan-ke-hoach";', "vnd(5); //=> 5", "new Map(); //=> {}", "Promise.resolve(1); //=> 1");
    expect(result.failures.map((f) => [f.line, f.actual])).toEqual([
      [11, '"5"'],
      [12, "<Map>"],
      [13, "<Promise>"],
    ]);
  });

  it("fails a block with claims whose declarations have no fixture, and says which", async () => {
    const result = await run('import type { Plan } from "cong-doan-ke-hoach";', "declare const draft: Plan;", "draft.channels.length; //=> 6");
    expect(result.status).toBe("failed");
    expect(result.failures.map((f) => [f.kind, f.line])).toEqual([["not-runnable", 11]]);
    expect(result.failures[0]!.message).toMatch(/no fixture for `declare const draft: Plan`.*1 claim/);
  });

  it("fails a block that re-exports", async () => {
    const result = await run('export { vnd } from "cong-doan-ke-hoach";', "1; //=> 1");
    expect(result.failures.map((f) => f.kind)).toEqual(["not-runnable"]);
  });
});

describe("runExamples", () => {
  it("runs each block in its own module", async () => {
    const results = await runExamples([block("const x = 1;", "x; //=> 1"), block("const x = 2;", "x; //=> 2")], { root, outDir: join(outDir, "isolated") });
    expect(results.map((r) => r.status)).toEqual(["passed", "passed"]);
  });
});

describe("runExample: hints", () => {
  it("says when a claim sits inside a statement that has no `;`", async () => {
    const result = await run('"a" + "b" //=> "ab"', "[1, 2].length;");
    expect(result.failures[0]).toMatchObject({ kind: "invalid-claim", line: 10 });
    expect(result.failures[0]!.message).toMatch(/inside a statement/);
  });
});
