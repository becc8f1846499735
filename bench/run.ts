/**
 * `npm run bench` runs every benchmark; `npm run bench -- quota-dates words` runs some (a name, or the
 * start of names: `quota` runs every quota-… benchmark); `--quick` runs tiny inputs once, as a smoke test.
 * Each ratio row prints the median and range of library ÷ baseline over alternating pairs; each slope row
 * the log-log slope of time against size; `--gc` starts every sample after a full collection. Figures go
 * into docs/performance.md with the machine and date.
 */
import { cpus, totalmem } from "node:os";
import { BENCHMARKS } from "./benchmarks.js";
import { formatRatio, formatSlope, runRatio, runSlope, setCollectBeforeSamples } from "./harness.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
setCollectBeforeSamples(args.includes("--gc"));
const names = args.filter((a) => !a.startsWith("--"));
const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n || b.name.startsWith(`${n}-`)));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${BENCHMARKS.map((b) => b.name).join(", ")}`);
  process.exit(2);
}
const chosen = names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => names.some((n) => b.name === n || b.name.startsWith(`${n}-`)));

console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB` +
    `${args.includes("--gc") ? ", a full collection before every sample" : ""}${quick ? ", quick mode (tiny inputs, one pair: a smoke test, not a measurement)" : ""}`,
);
for (const bench of chosen) {
  if (bench.kind === "ratio") console.log(formatRatio(runRatio(bench, { quick })));
  else if (bench.kind === "slope") console.log(formatSlope(runSlope(bench, { quick })));
  else console.log(bench.run(quick));
}
