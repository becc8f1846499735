/**
 * Doc-tests: runs every `@example` block of the TSDoc in src/ and checks its `//=>` claims.
 *
 *   npm run doctest                      (this script: every block, failures and counts)
 *   npx vitest run test/examples/doctest.test.ts   (the same blocks, one vitest test each; part of `npm test`)
 *
 * scripts/check-examples.ts compiles the same blocks (`npm run typecheck`); this runs them.
 *
 * ## Claims
 *
 * A claim is a line comment that starts with `//=>` (`// =>` too, so that a space cannot hide a claim).
 * It states the value of the statement right before it:
 *
 *   expr; //=> value           the value of `expr` (the claim ends the statement's line)
 *   expr //=> value            the same without the semicolon
 *   expr;                      the same, the claim alone on the next line (nothing but white space
 *   //=> value                 between the statement and the claim)
 *   console.log(x);            the value logged: the arguments of that console.log call, however deep
 *   //=> value                 the call sits (`if (ok.success) console.log(ok.data);`); for several
 *                              arguments, the claim lists their values separated by commas: `//=> ["a"], "b"`
 *
 * `value` is one JS literal: a string (any quotes, a template without `${}`), a number (`-1`, `1_000`,
 * `NaN`, `Infinity`), a bigint (`10n`), `true`, `false`, `null`, `undefined`, or an array or object of
 * literals (keys bare, quoted or numeric). Nothing else may follow it: prose goes in a normal `//` comment
 * on its own line above. A value too long for one line goes on on the next `//` lines, for as long as it
 * is incomplete:
 *
 *   ics.split("\r\n");
 *   //=> ["BEGIN:VCALENDAR", "VERSION:2.0",
 *   //    "END:VCALENDAR", ""]
 *
 * Two shorthands, with the ellipsis character `…` (U+2026; `...` is refused):
 *   `["invalid_value", "missing", …]`   an array that starts with these elements (`…` last);
 *   `{ code: "missing", … }`            an object with at least these keys, with these values.
 *
 * ## Comparison
 *
 * Deep strict equality after one normalisation: at every level, an object with a `toJSON` method compares
 * as what `toJSON()` returns (a `Vnd` as its digit string, `vnd(1_000) //=> "1000"`; a `Date` as its ISO
 * string). Otherwise primitives compare with `Object.is`, arrays element by element (same length), and
 * objects by their own enumerable keys (the same set of keys; frozen or not, whatever the prototype).
 * A Map, a Set, a Promise or a function equals no literal.
 *
 * ## Running
 *
 * Each block becomes its own module (under .examples-check/doctest*), imported in this one process: its
 * imports of `cong-doan-ke-hoach` and `cong-doan-ke-hoach/<module>` load src/ (as check-examples maps them),
 * its body runs inside an async function, so `await` works, and console output is captured (shown only
 * for a failing block). `declare const name: Type` gets its value from scripts/doctest/fixtures.ts,
 * matched by name and type (`plan`, `json`, `records`, `review`, `report`; the list is there).
 *
 * A block fails when:
 *   - a claim does not hold (reported with the file, the claim's line, the expression, expected, actual);
 *   - a claim cannot be parsed, or follows something other than an expression statement;
 *   - a claim is never checked (its statement did not run: an `if` not taken);
 *   - the block throws (unless the example catches the exception itself);
 *   - it has claims but cannot run: a `declare` without a fixture, or an `export … from`.
 * A block without claims that cannot run (a pure type example with a `declare` of its own) is not run
 * and is counted as compile-only. The run's counts say how many blocks passed, failed or were not run,
 * and how many claims held.
 */
import { extractExamples } from "./_lib/extractExamples.js";
import { formatFailure, runExamples } from "./doctest/run.js";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const started = performance.now();
const { blocks } = extractExamples(root);
const results = await runExamples(blocks, { root, outDir: join(root, ".examples-check", "doctest") });

const failed = results.filter((r) => r.status === "failed");
for (const result of failed) {
  for (const failure of result.failures) console.error(`${formatFailure(failure)}\n`);
  if (result.output.length > 0) console.error(`  output of the block at ${result.block.file}:${result.block.line}:\n    ${result.output.join("\n").replace(/\n/g, "\n    ")}\n`);
}
const count = (status: string) => results.filter((r) => r.status === status).length;
const claims = results.reduce((n, r) => n + r.claims, 0);
const held = results.reduce((n, r) => n + r.held, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${results.length} @example blocks: ${count("passed")} passed, ${failed.length} failed, ${count("not-run")} compile-only (not run); ` +
    `${held} of ${claims} claims hold (${seconds} s).`,
);
for (const r of results.filter((x) => x.status === "not-run")) console.log(`  compile-only: ${r.block.file}:${r.block.line}: ${r.reason}`);
if (failed.length > 0) process.exit(1);
