/**
 * Summarising 1,000,000 budget lines by section, funder and month with summarizeBudget, against a plain
 * bigint loop doing the same sums over the same lines in the same run.
 */
import { summarizeBudget, vnd, type BudgetLineLike, type BudgetPlan } from "../src/index.js";

const LINES = 1_000_000;
const SECTIONS = 20;
const FUNDERS = ["central", "regular", "partner"] as const;
const WINDOWS = Array.from({ length: 24 }, (_, i) => {
  const month = (i % 12) + 1;
  const year = 2017 + Math.floor(i / 12);
  const end = month + 2 > 12 ? { y: year + 1, m: month + 2 - 12 } : { y: year, m: month + 2 };
  const last = new Date(Date.UTC(end.y, end.m, 0)).getUTCDate();
  return { start: `${year}-${String(month).padStart(2, "0")}-01`, end: `${end.y}-${String(end.m).padStart(2, "0")}-${last}` };
});

function makePlan(): BudgetPlan {
  // A deterministic generator (a linear congruential sequence): no randomness in a benchmark's data.
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  const sections = Array.from({ length: SECTIONS }, (_, s) => ({ id: `s${s}`, title: `Mục ${s}`, lines: [] as BudgetLineLike[] }));
  for (let i = 0; i < LINES; i++) {
    const window = next() % 5 === 0 ? undefined : WINDOWS[next() % WINDOWS.length];
    sections[i % SECTIONS]!.lines.push({
      id: `l${i}`,
      title: "Dòng",
      amount: vnd((next() % 100_000) * 1_000),
      fundingSourceId: FUNDERS[next() % FUNDERS.length]!,
      leadUnitIds: [`u${next() % 50}`],
      coordinatingUnitIds: [],
      ...(window ? { window } : {}),
    });
  }
  return {
    funding: { sources: [{ id: "central", kind: "central-budget", name: "TLĐ" }, { id: "regular", kind: "regular-budget", name: "LĐLĐ" }, { id: "partner", kind: "partner", name: "Đối tác" }] },
    budget: { title: "Dự trù", sections },
  };
}

/** The same sums by hand: bigint totals by section, funder, lead unit and month (spread by days). */
function baseline(plan: BudgetPlan): bigint {
  const central = new Set(plan.funding.sources.filter((s) => s.kind === "central-budget").map((s) => s.id));
  const sections = new Array<bigint>(plan.budget!.sections.length).fill(0n);
  const funders = new Map<string, bigint>();
  const units = new Map<string, bigint>();
  const months = new Map<string, bigint>();
  const spreads = new Map<string, { keys: string[]; days: bigint[]; sum: bigint }>();
  let unscheduled = 0n;
  plan.budget!.sections.forEach((section, s) => {
    for (const line of section.lines) {
      const amount = line.amount!.toBigInt();
      funders.set(line.fundingSourceId, (funders.get(line.fundingSourceId) ?? 0n) + amount);
      if (!central.has(line.fundingSourceId)) continue;
      sections[s]! += amount;
      const unit = line.leadUnitIds[0]!;
      units.set(unit, (units.get(unit) ?? 0n) + amount);
      if (!line.window) {
        unscheduled += amount;
        continue;
      }
      const key = `${line.window.start}/${line.window.end}`;
      let spread = spreads.get(key);
      if (!spread) {
        const keys: string[] = [];
        const days: bigint[] = [];
        for (let d = Date.parse(line.window.start); d <= Date.parse(line.window.end); d += 86_400_000) {
          const month = new Date(d).toISOString().slice(0, 7);
          if (keys.at(-1) !== month) (keys.push(month), days.push(0n));
          days[days.length - 1]! += 1n;
        }
        spread = { keys, days, sum: days.reduce((a, b) => a + b, 0n) };
        spreads.set(key, spread);
      }
      // largest remainder, as allocate does
      const shares = spread.days.map((d) => (amount * d) / spread.sum);
      let left = amount - shares.reduce((a, b) => a + b, 0n);
      const order = spread.days.map((d, i) => ({ i, r: (amount * d) % spread.sum })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
      for (const { i } of order) {
        if (left === 0n) break;
        shares[i]! += 1n;
        left -= 1n;
      }
      spread.keys.forEach((month, i) => months.set(month, (months.get(month) ?? 0n) + shares[i]!));
    }
  });
  return sections.reduce((a, b) => a + b, 0n) + unscheduled * 0n;
}

function time(fn: () => unknown, runs = 3): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

export function benchBudget(): void {
  const plan = makePlan();
  const expected = baseline(plan);
  const actual = summarizeBudget(plan).total.toBigInt();
  if (actual !== expected) throw new Error(`summarizeBudget and the baseline disagree: ${actual} ≠ ${expected}`);
  const library = time(() => summarizeBudget(plan));
  const plain = time(() => baseline(plan));
  console.log(
    `summarizeBudget, ${LINES.toLocaleString("en")} lines (by section, funder, unit, channel and month) vs a plain bigint loop\n` +
      `  library : ${library.toFixed(0)} ms\n  baseline: ${plain.toFixed(0)} ms\n  ratio   : ${(library / plain).toFixed(2)}× the baseline's time (goal ≤ 3×)`,
  );
}
