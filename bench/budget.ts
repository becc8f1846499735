/**
 * summarizeBudget over 100,000 and 1,000,000 budget lines against a hand loop that builds the same five views
 * (by section, funder, lead unit with an equal split, channel, and month spread over the days of each line's
 * window with the largest remainder); vndToWords over 1,000,000 amounts against a table-driven reading.
 */
import { summarizeBudget, vnd, vndToWords, type BudgetLineLike, type BudgetPlan, type BudgetSummary } from "../src/index.js";
import { numbers, type RatioBenchmark } from "./harness.js";

const SECTIONS = 20;
const FUNDERS = ["central", "regular", "partner"] as const;
const CHANNELS = 6;
const ACTIVITIES = 60;
const UNITS = 50;

/** 24 windows of three months from July 2017, and a few odd ones that start and end inside a month. */
const WINDOWS = [
  ...Array.from({ length: 24 }, (_, i) => {
    const year = 2017 + Math.floor((6 + i) / 12);
    const month = ((6 + i) % 12) + 1;
    const endMonth = month + 2 > 12 ? month + 2 - 12 : month + 2;
    const endYear = month + 2 > 12 ? year + 1 : year;
    const last = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
    return { start: `${year}-${String(month).padStart(2, "0")}-01`, end: `${endYear}-${String(endMonth).padStart(2, "0")}-${last}` };
  }),
  { start: "2017-07-15", end: "2017-07-20" },
  { start: "2017-08-10", end: "2018-02-05" },
  { start: "2018-01-31", end: "2018-03-01" },
];

function makePlan(count: number): BudgetPlan {
  const next = numbers(42);
  const sections = Array.from({ length: SECTIONS }, (_, s) => ({ id: `s${s}`, title: `Mục ${s}`, lines: [] as BudgetLineLike[] }));
  for (let i = 0; i < count; i++) {
    const window = next() % 5 === 0 ? undefined : WINDOWS[next() % WINDOWS.length];
    const leads = next() % 10;
    const leadUnitIds = leads === 0 ? [] : leads < 8 ? [`u${next() % UNITS}`] : Array.from({ length: leads - 6 }, (_, k) => `u${(next() + k) % UNITS}`);
    const activity = next() % 4;
    sections[i % SECTIONS]!.lines.push({
      id: `l${i}`,
      title: "Dòng",
      amount: vnd((next() % 100_000) * 1_000 + (next() % 3)),
      fundingSourceId: FUNDERS[next() % FUNDERS.length]!,
      leadUnitIds: [...new Set(leadUnitIds)],
      coordinatingUnitIds: [],
      ...(activity === 0 ? {} : { activityId: `a${next() % (ACTIVITIES + 5)}` }), // a few activities of no channel
      ...(window ? { window } : {}),
    });
  }
  return {
    funding: { sources: [{ id: "central", kind: "central-budget", name: "TLĐ" }, { id: "regular", kind: "regular-budget", name: "LĐLĐ" }, { id: "partner", kind: "partner", name: "Đối tác" }] },
    channels: Array.from({ length: CHANNELS }, (_, c) => ({
      id: `c${c}`,
      activities: Array.from({ length: ACTIVITIES / CHANNELS }, (_, k) => ({ id: `a${c * (ACTIVITIES / CHANNELS) + k}` })),
    })),
    budget: { title: "Dự trù", sections },
  };
}

/** The five views as plain figures (digit strings), in the library's order. */
interface Views {
  total: string;
  sections: [string, string][];
  byFunder: [string, string][];
  byUnit: [string | null, string][];
  byChannel: [string | null, string][];
  byMonth: [string, string][];
  unscheduled: string;
}

const viewsOf = (s: BudgetSummary): Views => ({
  total: s.total.toString(),
  sections: s.sections.map((x) => [x.id, x.total.toString()]),
  byFunder: s.byFunder.map((x) => [x.fundingSourceId, x.total.toString()]),
  byUnit: s.byUnit.map((x) => [x.unitId, x.total.toString()]),
  byChannel: s.byChannel.map((x) => [x.channelId, x.total.toString()]),
  byMonth: s.byMonth.map((x) => [x.month, x.total.toString()]),
  unscheduled: s.unscheduled.toString(),
});

/** The month keys of a window and the days of each, by day arithmetic. */
function monthsOf(window: { start: string; end: string }): { keys: string[]; days: bigint[] } {
  const keys: string[] = [];
  const days: bigint[] = [];
  const last = Date.parse(window.end);
  for (let d = Date.parse(window.start); d <= last; d += 86_400_000) {
    const month = new Date(d).toISOString().slice(0, 7);
    if (keys[keys.length - 1] !== month) {
      keys.push(month);
      days.push(0n);
    }
    days[days.length - 1]! += 1n;
  }
  return { keys, days };
}

/** Splits `amount` (≥ 0) by `weights`: floors, then one more to the largest remainders, the first listed first on a tie. */
function largestRemainder(amount: bigint, weights: readonly bigint[], sum: bigint): bigint[] {
  const shares = weights.map((w) => (amount * w) / sum);
  let left = amount - shares.reduce((a, b) => a + b, 0n);
  if (left > 0n) {
    const order = weights.map((w, i) => ({ i, r: (amount * w) % sum })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
    for (let k = 0; left > 0n; k++, left--) shares[order[k]!.i]! += 1n;
  }
  return shares;
}

/** The same views by hand: bigint totals in arrays and maps, in one loop over the lines. */
function baseline(plan: BudgetPlan): Views {
  const central = new Set(plan.funding.sources.filter((s) => s.kind === "central-budget").map((s) => s.id));
  const channelOf = new Map<string, string>();
  for (const channel of plan.channels ?? []) for (const a of channel.activities) channelOf.set(a.id, channel.id);
  const sectionList = plan.budget!.sections;
  const sections = sectionList.map(() => 0n);
  const funders = new Map<string, bigint>(plan.funding.sources.map((s) => [s.id, 0n]));
  const units = new Map<string | null, bigint>();
  const channels = new Map<string | null, bigint>();
  const months = new Map<string, bigint>();
  const spreads = new Map<string, { keys: string[]; days: bigint[]; sum: bigint }>();
  let unscheduled = 0n;
  for (let s = 0; s < sectionList.length; s++) {
    for (const line of sectionList[s]!.lines) {
      const amount = line.amount!.toBigInt();
      funders.set(line.fundingSourceId, (funders.get(line.fundingSourceId) ?? 0n) + amount);
      if (!central.has(line.fundingSourceId)) continue;
      sections[s]! += amount;
      const leads = line.leadUnitIds;
      if (leads.length <= 1) units.set(leads[0] ?? null, (units.get(leads[0] ?? null) ?? 0n) + amount);
      else {
        const n = BigInt(leads.length);
        const share = amount / n;
        const extra = Number(amount % n); // equal weights: the first ones get the units left over
        leads.forEach((u, i) => units.set(u, (units.get(u) ?? 0n) + share + (i < extra ? 1n : 0n)));
      }
      const channel = (line.activityId === undefined ? undefined : channelOf.get(line.activityId)) ?? null;
      channels.set(channel, (channels.get(channel) ?? 0n) + amount);
      if (line.window === undefined) {
        unscheduled += amount;
        continue;
      }
      const key = `${line.window.start}/${line.window.end}`;
      let spread = spreads.get(key);
      if (spread === undefined) {
        const { keys, days } = monthsOf(line.window);
        spread = { keys, days, sum: days.reduce((a, b) => a + b, 0n) };
        spreads.set(key, spread);
      }
      const shares = spread.keys.length === 1 ? [amount] : largestRemainder(amount, spread.days, spread.sum);
      spread.keys.forEach((m, i) => months.set(m, (months.get(m) ?? 0n) + shares[i]!));
    }
  }
  const str = <K>(entries: Iterable<[K, bigint]>) => [...entries].map(([k, v]) => [k, v.toString()] as [K, string]);
  return {
    total: sections.reduce((a, b) => a + b, 0n).toString(),
    sections: sectionList.map((s, i) => [s.id, sections[i]!.toString()]),
    byFunder: str(funders),
    byUnit: str(units),
    byChannel: str(channels),
    byMonth: str([...months].sort(([a], [b]) => (a < b ? -1 : 1))),
    unscheduled: unscheduled.toString(),
  };
}

function budgetBench(name: string, lines: number): RatioBenchmark {
  return {
    kind: "ratio",
    name,
    title: `summarizeBudget, ${lines.toLocaleString("en")} lines, vs a hand loop building the same five views`,
    goal: { ratio: 1.5 },
    prepare(quick) {
      const plan = makePlan(quick ? 500 : lines);
      return { library: () => summarizeBudget(plan), baseline: () => baseline(plan), figures: viewsOf, items: quick ? 500 : lines, unit: "line" };
    },
  };
}

export const budgetSmall = budgetBench("budget-100k", 100_000);
export const budgetLarge = budgetBench("budget-1m", 1_000_000);

// ---------------------------------------------------------------------------------------------------
// vndToWords

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** A hand-written reading: a table of the 1,000 groups (with and without "không trăm"), then string concatenation. */
function makeReader(): (amount: number) => string {
  const group = (n: number, full: boolean): string => {
    const h = Math.floor(n / 100);
    const t = Math.floor(n / 10) % 10;
    const u = n % 10;
    const words: string[] = [];
    if (full || h > 0) words.push(DIGITS[h]!, "trăm");
    if (t === 0) {
      if (u > 0) words.push(...(words.length > 0 ? ["linh", DIGITS[u]!] : [DIGITS[u]!]));
    } else if (t === 1) words.push("mười", ...(u === 0 ? [] : [u === 5 ? "lăm" : DIGITS[u]!]));
    else words.push(DIGITS[t]!, "mươi", ...(u === 0 ? [] : [u === 1 ? "mốt" : u === 4 ? "tư" : u === 5 ? "lăm" : DIGITS[u]!]));
    return words.join(" ");
  };
  const short = Array.from({ length: 1000 }, (_, n) => group(n, false));
  const full = Array.from({ length: 1000 }, (_, n) => group(n, true));
  const below = (n: number, started: boolean): string => {
    const m = Math.floor(n / 1e6);
    const k = Math.floor(n / 1000) % 1000;
    const u = n % 1000;
    let s = "";
    if (m > 0) (s = `${(started ? full : short)[m]} triệu`), (started = true);
    if (k > 0) (s += `${s ? " " : ""}${(started ? full : short)[k]} nghìn`), (started = true);
    if (u > 0) s += `${s ? " " : ""}${(started ? full : short)[u]}`;
    return s;
  };
  const read = (n: number): string => {
    if (n < 1e9) return below(n, false);
    const rest = n % 1e9;
    return `${read(Math.floor(n / 1e9))} tỷ${rest > 0 ? ` ${below(rest, true)}` : ""}`;
  };
  return (amount) => {
    const words = amount === 0 ? "không đồng" : `${amount < 0 ? "âm " : ""}${read(Math.abs(amount))} đồng`;
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
}

/** Amounts of every size up to 15 digits, some negative, some round. */
function makeAmounts(count: number): number[] {
  const next = numbers(5);
  return Array.from({ length: count }, () => {
    const digits = 1 + (next() % 15);
    let n = (next() * 2 ** 21 + (next() >>> 11)) % 10 ** digits; // up to 53 bits
    if (next() % 4 === 0) n -= n % 1000; // whole thousands, as budgets write
    return next() % 20 === 0 ? -n : n;
  });
}

export const words: RatioBenchmark = {
  kind: "ratio",
  name: "words",
  title: "vndToWords, 1,000,000 amounts of 1–15 digits, vs a table-driven hand-written reading",
  goal: { ratio: 1.5 },
  prepare(quick) {
    const amounts = makeAmounts(quick ? 2000 : 1_000_000);
    const read = makeReader();
    // Timed: a digest of every text (its length and a character from its middle, which a rope must be
    // flattened to give), so that keeping a million strings alive is not what is measured.
    const digest = (write: (amount: number) => string) => () => {
      let sum = 0;
      for (let i = 0; i < amounts.length; i++) {
        const text = write(amounts[i]!);
        sum = (sum + text.length * 31 + text.charCodeAt(text.length >> 1)) | 0;
      }
      return sum;
    };
    return {
      library: digest((a) => vndToWords(a)),
      baseline: digest(read),
      figures: (r: unknown) => r,
      agreement: { library: () => amounts.map((a) => vndToWords(a)), baseline: () => amounts.map(read) },
      items: amounts.length,
      unit: "amount",
    };
  },
};
