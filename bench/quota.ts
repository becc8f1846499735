/**
 * evaluateQuota on 1,000,000 events over 2,000 outlets in phase 1 (2 a week, complete ISO weeks), against a
 * hand-written single pass over the same events, with dates as "YYYY-MM-DD", as ISO instants and as `Date`
 * objects; the fixed cost of an evaluation with no events; and the memory of 10,000,000 streamed events.
 */
import { evaluateQuota, type PublicationEvent, type QuotaEvaluation } from "../src/index.js";
import { numbers, type ReportBenchmark, type RatioBenchmark } from "./harness.js";

const WINDOW = { start: "2017-07-01", end: "2018-05-31" } as const;
const RULE = { min: 2, per: "week" } as const;
const MS_PER_DAY = 86_400_000;
const VIETNAM = 7 * 3_600_000;

const outletsOf = (count: number) => Array.from({ length: count }, (_, i) => `o${i}`);

/** Day numbers (days since 1970-01-01) of the window, by Date.UTC: what a hand-written pass uses. */
const dayOfDate = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;

type At = "date" | "instant" | "object";

/** Deterministic events inside the window: a Vietnamese day and a time of day, written three ways. */
function makeEvents(count: number, outlets: readonly string[], at: At, seed = 7): PublicationEvent[] {
  const next = numbers(seed);
  const first = dayOfDate(WINDOW.start);
  const days = dayOfDate(WINDOW.end) - first + 1;
  const out: PublicationEvent[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const outletId = outlets[next() % outlets.length]!;
    const day = first + (next() % days);
    // A moment of that day in Vietnam, as UTC milliseconds (so 00:00–06:59 in Vietnam is the day before in UTC).
    const ms = day * MS_PER_DAY + (next() % 86_400) * 1000 - VIETNAM;
    const value =
      at === "date" ? new Date(day * MS_PER_DAY).toISOString().slice(0, 10) : at === "instant" ? `${new Date(ms).toISOString().slice(0, 19)}Z` : new Date(ms);
    out[i] = { outletId, at: value, kind: "article" };
  }
  return out;
}

/** What the baseline computes per outlet: counted, required and shortfall over the window, and the count of each week. */
interface OutletFigures {
  readonly outletId: string;
  readonly counted: number;
  readonly required: number;
  readonly shortfall: number;
  readonly weeks: readonly number[];
}

const figuresOf = (result: QuotaEvaluation): OutletFigures[] =>
  result.outlets.map((o) => ({ outletId: o.outletId, counted: o.counted, required: o.required, shortfall: o.shortfall, weeks: o.periods.map((p) => p.counted) }));

/**
 * The same check by hand: ISO weeks (Monday to Sunday) computed from the window's day numbers, counts in an
 * Int32Array, shortfalls over the weeks the window holds whole.
 */
function baselineOf(list: readonly PublicationEvent[], outlets: readonly string[], at: At): OutletFigures[] {
  const first = dayOfDate(WINDOW.start);
  const last = dayOfDate(WINDOW.end);
  const monday = first - ((((first + 3) % 7) + 7) % 7); // 1970-01-01 was a Thursday
  const weeks = Math.floor((last - monday) / 7) + 1;
  const index = new Map<string, number>();
  outlets.forEach((id, i) => index.set(id, i));
  const counts = new Int32Array(outlets.length * weeks);
  const counted = new Int32Array(outlets.length);
  for (let i = 0; i < list.length; i++) {
    const event = list[i]!;
    const day =
      at === "date"
        ? dayOfDate(event.at as string)
        : Math.floor(((at === "instant" ? Date.parse(event.at as string) : (event.at as Date).getTime()) + VIETNAM) / MS_PER_DAY);
    if (day < first || day > last) continue;
    const o = index.get(event.outletId);
    if (o === undefined) continue;
    counts[o * weeks + Math.floor((day - monday) / 7)]! += 1;
    counted[o]! += 1;
  }
  const complete: boolean[] = [];
  for (let w = 0; w < weeks; w++) complete.push(monday + 7 * w >= first && monday + 7 * w + 6 <= last);
  return outlets.map((outletId, o) => {
    let required = 0;
    let shortfall = 0;
    const row: number[] = [];
    for (let w = 0; w < weeks; w++) {
      const c = counts[o * weeks + w]!;
      row.push(c);
      if (!complete[w]) continue;
      required += RULE.min;
      shortfall += Math.max(0, RULE.min - c);
    }
    return { outletId, counted: counted[o]!, required, shortfall, weeks: row };
  });
}

function quotaBench(name: string, at: At, what: string): RatioBenchmark {
  return {
    kind: "ratio",
    name,
    title: `evaluateQuota, 1,000,000 events over 2,000 outlets, ${what}`,
    goal: { ratio: at === "date" ? 1.3 : 1.5 },
    prepare(quick) {
      const outlets = outletsOf(quick ? 20 : 2000);
      const list = makeEvents(quick ? 2000 : 1_000_000, outlets, at);
      const options = { window: WINDOW, outlets };
      return {
        library: () => evaluateQuota(RULE, list, options),
        baseline: () => baselineOf(list, outlets, at),
        figures: figuresOf,
        items: list.length,
        unit: "event",
      };
    },
  };
}

export const quotaDates = quotaBench("quota-dates", "date", 'dates as "YYYY-MM-DD", vs Date.UTC of the parts + an Int32Array of counts');
export const quotaInstants = quotaBench("quota-instants", "instant", 'ISO instants ("2017-08-03T17:30:00Z"), vs Date.parse + day arithmetic');
export const quotaDateObjects = quotaBench("quota-date-objects", "object", "Date objects, vs getTime() + day arithmetic");

/** The fixed cost: no events, 2,000 outlets; the baseline computes each outlet's requirement and shortfall. */
export const quotaEmpty: RatioBenchmark = {
  kind: "ratio",
  name: "quota-empty",
  title: "evaluateQuota with no events over 2,000 outlets (the fixed cost), vs the same figures by hand",
  goal: { ms: 5 },
  prepare(quick) {
    const outlets = outletsOf(quick ? 20 : 2000);
    const options = { window: WINDOW, outlets };
    return {
      library: () => evaluateQuota(RULE, [], options),
      baseline: () => baselineOf([], outlets, "date"),
      figures: figuresOf,
      items: 1,
      unit: "call",
    };
  },
};

// ---------------------------------------------------------------------------------------------------
// Memory: 10,000,000 events from a generator, never held in memory.

/** A deterministic stream of events; with `ids`, each event has one of `distinct` ids (so later ones repeat). */
function* stream(count: number, outlets: readonly string[], ids: number | undefined): Generator<PublicationEvent> {
  const next = numbers(11);
  const first = dayOfDate(WINDOW.start);
  const days = dayOfDate(WINDOW.end) - first + 1;
  const dates = Array.from({ length: days }, (_, i) => new Date((first + i) * MS_PER_DAY).toISOString().slice(0, 10));
  for (let i = 0; i < count; i++) {
    const outletId = outlets[next() % outlets.length]!;
    const at = dates[next() % days]!;
    yield ids === undefined ? { outletId, at, kind: "article" } : { outletId, at, kind: "article", id: `e${i % ids}` };
  }
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function measureStream(count: number, outlets: readonly string[], ids: number | undefined, every: number): { seconds: number; samples: number[]; result: QuotaEvaluation } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const samples: number[] = [process.memoryUsage().heapUsed];
  const watch = function* (source: Iterable<PublicationEvent>) {
    let i = 0;
    for (const event of source) {
      if (++i % every === 0) {
        gc?.();
        samples.push(process.memoryUsage().heapUsed);
      }
      yield event;
    }
  };
  const started = performance.now();
  const result = evaluateQuota(RULE, watch(stream(count, outlets, ids)), { window: WINDOW, outlets });
  return { seconds: (performance.now() - started) / 1000, samples, result };
}

export const quotaMemory: ReportBenchmark = {
  kind: "report",
  name: "quota-memory",
  title: "evaluateQuota over 10,000,000 streamed events: heap after a collection at every millionth event",
  run(quick) {
    const count = quick ? 20_000 : 10_000_000;
    const every = count / 10;
    const outlets = outletsOf(2000);
    const lines: string[] = [];
    for (const [label, ids] of [["without ids", undefined], [`with ids, ${(count / 10).toLocaleString("en")} distinct (the rest repeat)`, count / 10]] as const) {
      const { seconds, samples, result } = measureStream(count, outlets, ids, every);
      lines.push(
        `quota-memory ${label}: ${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString("en")} events/s), ` +
          `counted ${result.outlets.reduce((s, o) => s + o.counted, 0).toLocaleString("en")}, rejected ${result.rejectedCount.toLocaleString("en")}\n` +
          `  heap at the start and after each tenth${(globalThis as { gc?: unknown }).gc ? "" : " (run with --expose-gc for collected figures)"}: ${samples.map(mib).join(", ")}`,
      );
    }
    return lines.join("\n");
  },
  check() {
    const outlets = outletsOf(20);
    const plain = measureStream(2000, outlets, undefined, 1000).result;
    const withIds = measureStream(2000, outlets, 200, 1000).result;
    if (plain.eventCount !== 2000 || plain.rejectedCount !== 0) throw new Error("quota-memory: events were rejected");
    if (withIds.rejectedCount !== 1800) throw new Error(`quota-memory: expected 1,800 duplicates, got ${withIds.rejectedCount}`);
  },
};
