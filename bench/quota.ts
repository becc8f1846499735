/**
 * evaluateQuota on 1,000,000 events over 2,000 outlets in phase 1 (weekly rule), against a hand-written
 * single pass over the same events in the same run; then 10,000,000 events from a generator, to show that
 * memory does not grow with the number of events.
 */
import { evaluateQuota, type PublicationEvent } from "../src/index.js";

const WINDOW = { start: "2017-07-01", end: "2018-05-31" };
const OUTLETS = Array.from({ length: 2000 }, (_, i) => `o${i}`);
const FIRST = Date.UTC(2017, 6, 1) / 86_400_000;
const DAYS = 335;
const DATES = Array.from({ length: DAYS }, (_, i) => new Date((FIRST + i) * 86_400_000).toISOString().slice(0, 10));

/** A deterministic stream of events (a linear congruential sequence: no randomness). */
function* events(count: number): Generator<PublicationEvent> {
  let seed = 7;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    yield { outletId: OUTLETS[seed % OUTLETS.length]!, at: DATES[(seed >>> 11) % DAYS]!, kind: "article" };
  }
}

/** The same check by hand: day numbers with Date.UTC, counts in an Int32Array, shortfalls per ISO week. */
function baseline(list: readonly PublicationEvent[]): number {
  const weeks = 49; // weeks touched by phase 1; week w covers days [w*7 − 5, w*7 + 1] (1 July 2017 is a Saturday)
  const index = new Map(OUTLETS.map((id, i) => [id, i] as const));
  const counts = new Int32Array(OUTLETS.length * weeks);
  for (const event of list) {
    const at = event.at as string;
    const day = Date.UTC(+at.slice(0, 4), +at.slice(5, 7) - 1, +at.slice(8, 10)) / 86_400_000 - FIRST;
    if (day < 0 || day >= DAYS) continue;
    const o = index.get(event.outletId);
    if (o === undefined) continue;
    counts[o * weeks + Math.floor((day + 5) / 7)]! += 1;
  }
  let shortfall = 0;
  for (let o = 0; o < OUTLETS.length; o++) {
    for (let w = 1; w < weeks - 1; w++) shortfall += Math.max(0, 2 - counts[o * weeks + w]!); // complete weeks only
  }
  return shortfall;
}

function time(fn: () => unknown, runs = 3): number {
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

export function benchQuota(): void {
  const list = [...events(1_000_000)];
  const rule = { min: 2, per: "week" } as const;
  const options = { window: WINDOW, outlets: OUTLETS };
  const library = evaluateQuota(rule, list, options);
  const shortfall = library.outlets.reduce((s, o) => s + o.shortfall, 0);
  if (shortfall !== baseline(list)) throw new Error(`evaluateQuota and the baseline disagree: ${shortfall} ≠ ${baseline(list)}`);
  const ms = time(() => evaluateQuota(rule, list, options));
  const base = time(() => baseline(list));
  console.log(
    `evaluateQuota, 1,000,000 events over 2,000 outlets, phase 1, 2 a week, vs a hand-written single pass\n` +
      `  library : ${ms.toFixed(0)} ms (${Math.round(1_000_000 / (ms / 1000)).toLocaleString("en")} events/s)\n` +
      `  baseline: ${base.toFixed(0)} ms (${Math.round(1_000_000 / (base / 1000)).toLocaleString("en")} events/s)\n` +
      `  ratio   : ${(ms / base).toFixed(2)}× the baseline's time (goal ≤ 2×)`,
  );

  // Memory: 10,000,000 events from the generator, never held in memory. With --expose-gc (npm run bench
  // passes it), the heap is measured after a collection at every millionth event.
  list.length = 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const samples: number[] = [];
  const watch = function* (source: Iterable<PublicationEvent>) {
    let i = 0;
    for (const event of source) {
      if (++i % 1_000_000 === 0) {
        gc?.();
        samples.push(process.memoryUsage().heapUsed);
      }
      yield event;
    }
  };
  const started = performance.now();
  const big = evaluateQuota(rule, watch(events(10_000_000)), options);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `evaluateQuota, 10,000,000 generated events: ${seconds.toFixed(1)} s (${Math.round(10_000_000 / seconds).toLocaleString("en")} events/s); ` +
      `counted ${big.outlets.reduce((s, o) => s + o.counted, 0).toLocaleString("en")}\n` +
      `  heap after each million${gc ? "" : " (run with --expose-gc for collected figures)"}: ${samples.map(mib).join(", ")}`,
  );
}
