/**
 * The benchmark harness: each benchmark sets the library against a hand-written baseline that computes the
 * same figures, checks that both agree before anything is timed, then times them alternately (library,
 * baseline, library, baseline…) and reports the median and range of the ratio library ÷ baseline over the
 * pairs. Slope benchmarks time one function at growing sizes and print the log-log slope of time against
 * size (1 is linear, 2 quadratic).
 */
import { isDeepStrictEqual } from "node:util";

/** What a benchmark prepares: the two contenders over the same input, and how to compare their answers. */
export interface Prepared {
  /** The library's call. */
  readonly library: () => unknown;
  /** The hand-written baseline's call: it returns the figures it computes. */
  readonly baseline: () => unknown;
  /** The figures of the library's answer that the baseline computes (plain data, for deep equality). */
  readonly figures: (result: never) => unknown;
  /** How many items (events, lines, amounts…) one call handles, for the time per item. */
  readonly items: number;
  /** What the items are ("event", "line"…). */
  readonly unit: string;
  /**
   * When the timed calls return a digest (so as not to time the keeping of a million results), the
   * calls whose full answers are compared instead.
   */
  readonly agreement?: { readonly library: () => unknown; readonly baseline: () => unknown };
}

/** A goal: a ratio of medians (library ÷ baseline), or a time per call in milliseconds. */
export type Goal = { readonly ratio: number } | { readonly ms: number };

/** A benchmark of the library against a baseline. */
export interface RatioBenchmark {
  readonly kind: "ratio";
  /** The name to run it by: `npm run bench -- quota-dates`. */
  readonly name: string;
  /** One line: what is measured against what. */
  readonly title: string;
  readonly goal: Goal;
  /** Sets up the input: a tiny one when `quick`. */
  prepare(quick: boolean): Prepared;
}

/** A benchmark of how one function's time grows with its input. */
export interface SlopeBenchmark {
  readonly kind: "slope";
  readonly name: string;
  readonly title: string;
  /** The sizes to time, and the tiny ones of the quick mode. */
  readonly sizes: readonly number[];
  readonly quickSizes: readonly number[];
  /** The slope at or below which the goal ("about 1") is met. */
  readonly maxSlope: number;
  /** Sets up one size: the call to time; `check` (if any) throws when the answer is wrong. */
  prepare(size: number): { readonly run: () => unknown; readonly check?: (result: never) => void };
}

/** A benchmark that prints its own report (memory). */
export interface ReportBenchmark {
  readonly kind: "report";
  readonly name: string;
  readonly title: string;
  run(quick: boolean): string;
  /** For the smoke test: a tiny run that throws when something is wrong. */
  check(): void;
}

export type Benchmark = RatioBenchmark | SlopeBenchmark | ReportBenchmark;

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Whether each sample starts after a full collection (`--gc`). Off by default: a forced mark-compact
 * before every sample leaves V8 slower for the next few tens of milliseconds (caches, lazily swept pages,
 * flushed regular-expression code), which a service calling the same function over and over does not
 * see, and which weighs on a short sample more than on a long one. Without it each side's garbage is
 * mostly collected in its own sample (young objects are collected in small steps), and alternating the
 * pairs spreads what is not.
 */
let collectFirst = false;
export function setCollectBeforeSamples(value: boolean): void {
  if (value && gc === undefined) throw new Error("--gc needs node --expose-gc (npm run bench passes it)");
  collectFirst = value;
}

/** Runs `fn` `reps` times (after a collection with `--gc`); returns the milliseconds of one call. */
function sample(fn: () => unknown, reps: number): number {
  if (collectFirst) gc?.();
  let sink: unknown;
  const start = performance.now();
  for (let i = 0; i < reps; i++) sink = fn();
  const ms = (performance.now() - start) / reps;
  keep(sink);
  return ms;
}

let kept: unknown;
/** Keeps a result alive, so that the engine cannot drop the work that made it. */
function keep(value: unknown): void {
  kept = value;
}

/** Throws unless the library's figures deep-equal the baseline's. */
export function checkAgreement(name: string, prepared: Prepared): void {
  const { library, baseline } = prepared.agreement ?? prepared;
  const expected = baseline();
  const actual = (prepared.figures as (r: unknown) => unknown)(library());
  if (!isDeepStrictEqual(actual, expected)) {
    const show = (v: unknown) => {
      const text = JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${x}n` : x));
      return text === undefined ? String(v) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
    };
    throw new Error(`${name}: the library and the baseline disagree\n  library : ${show(actual)}\n  baseline: ${show(expected)}`);
  }
  keep(actual);
}

/** Throws unless two digests are equal. */
function checkDigests(name: string, a: unknown, b: unknown): void {
  if (!isDeepStrictEqual(a, b)) throw new Error(`${name}: the library's digest ${String(a)} differs from the baseline's ${String(b)}`);
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The result of a ratio benchmark. */
export interface RatioResult {
  readonly name: string;
  readonly title: string;
  readonly pairs: number;
  readonly ratio: number;
  readonly min: number;
  readonly max: number;
  /** Median milliseconds of one call. */
  readonly libraryMs: number;
  readonly baselineMs: number;
  readonly items: number;
  readonly unit: string;
  readonly goal: Goal;
  readonly met: boolean;
}

/** Options of the timing: the quick mode runs one short pair. */
export interface TimingOptions {
  readonly quick: boolean;
}

/**
 * Times a ratio benchmark: checks agreement, warms both up, then alternates library and baseline for at
 * least five pairs (more for fast calls, up to 31 or about eight seconds), each sample long enough
 * (≥ 100 ms, repeating a fast call) to be read reliably.
 */
export function runRatio(bench: RatioBenchmark, options: TimingOptions): RatioResult {
  const prepared = bench.prepare(options.quick);
  checkAgreement(bench.name, prepared);
  const { library, baseline } = prepared;
  if (prepared.agreement !== undefined) (checkDigests(bench.name, library(), baseline()), library(), baseline());
  const once = Math.max(sample(library, 1), sample(baseline, 1), 1e-3);
  const minSample = options.quick ? 0 : 100;
  const reps = Math.max(1, Math.ceil(minSample / once));
  const perPair = 2 * once * reps;
  const pairs = options.quick ? 1 : Math.max(5, Math.min(31, Math.floor(8000 / perPair)));
  // A second warm-up at the sample's length, so that both are optimised before the first pair.
  sample(library, reps);
  sample(baseline, reps);
  const ratios: number[] = [];
  const libTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const a = sample(library, reps);
    const b = sample(baseline, reps);
    libTimes.push(a);
    baseTimes.push(b);
    ratios.push(a / b);
    if (process.env.BENCH_DEBUG) console.log(`  pair ${i}: ${a.toFixed(1)} ${b.toFixed(1)}`);
  }
  const ratio = median(ratios);
  const libraryMs = median(libTimes);
  const met = "ratio" in bench.goal ? ratio <= bench.goal.ratio : libraryMs <= bench.goal.ms;
  return {
    name: bench.name,
    title: bench.title,
    pairs,
    ratio,
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    libraryMs,
    baselineMs: median(baseTimes),
    items: prepared.items,
    unit: prepared.unit,
    goal: bench.goal,
    met,
  };
}

/** The result of a slope benchmark. */
export interface SlopeResult {
  readonly name: string;
  readonly title: string;
  readonly sizes: readonly number[];
  readonly ms: readonly number[];
  readonly slope: number;
  readonly maxSlope: number;
  readonly met: boolean;
}

/** The least-squares slope of log(time) against log(size). */
export function logLogSlope(sizes: readonly number[], ms: readonly number[]): number {
  const xs = sizes.map(Math.log);
  const ys = ms.map(Math.log);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

/** Times a slope benchmark: the median of several calls at each size (at least five, more when fast). */
export function runSlope(bench: SlopeBenchmark, options: TimingOptions): SlopeResult {
  const sizes = options.quick ? bench.quickSizes : bench.sizes;
  const ms = sizes.map((size) => {
    const { run, check } = bench.prepare(size);
    const result = run();
    (check as ((r: unknown) => void) | undefined)?.(result);
    const once = Math.max(sample(run, 1), 1e-3);
    const reps = options.quick ? 1 : Math.max(1, Math.ceil(40 / once));
    const count = options.quick ? 1 : Math.max(5, Math.min(15, Math.floor(4000 / (once * reps))));
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(sample(run, reps));
    return median(times);
  });
  const slope = logLogSlope(sizes, ms);
  return { name: bench.name, title: bench.title, sizes, ms, slope, maxSlope: bench.maxSlope, met: slope <= bench.maxSlope };
}

/** Milliseconds as a short figure: "37 ms", "4.2 ms", "180 µs", "95 ns". */
export function formatMs(ms: number): string {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toPrecision(2 + (ms >= 10 ? 1 : 0))} ms`;
  const us = ms * 1000;
  if (us >= 1) return `${us >= 100 ? us.toFixed(0) : us.toPrecision(2)} µs`;
  const ns = us * 1000;
  return `${ns >= 10 ? ns.toFixed(0) : ns.toPrecision(2)} ns`;
}

const sizeName = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** One line per ratio row. */
export function formatRatio(r: RatioResult): string {
  const goal = "ratio" in r.goal ? `goal ≤ ${r.goal.ratio}×` : `goal ≤ ${r.goal.ms} ms a call`;
  const per = r.items > 1 ? ` (${formatMs(r.libraryMs / r.items)} vs ${formatMs(r.baselineMs / r.items)} per ${r.unit})` : "";
  return (
    `${r.name.padEnd(20)} ${r.ratio.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)}, ${r.pairs} pairs)  ` +
    `library ${formatMs(r.libraryMs)}, baseline ${formatMs(r.baselineMs)}${per}  ${goal}: ${r.met ? "met" : "MISSED"}`
  );
}

/** One line per slope row. */
export function formatSlope(r: SlopeResult): string {
  const points = r.sizes.map((n, i) => `${sizeName(n)} ${formatMs(r.ms[i]!)}`).join(", ");
  return `${r.name.padEnd(20)} slope ${r.slope.toFixed(2)}  (${points})  goal ≈ 1 (≤ ${r.maxSlope}): ${r.met ? "met" : "MISSED"}`;
}

/** A deterministic generator of 32-bit unsigned integers (mulberry32): no randomness in a benchmark's data. */
export function numbers(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}
