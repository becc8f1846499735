/**
 * phaseReview of the reference plan with 100,000 progress records, against one plain pass over the records
 * that computes the same figures (each quota's totals, the spending by section and month, the
 * deliverables); and how phaseReview and lintPlan grow with the activities and budget lines of a plan.
 */
import { lintPlan, parsePlan, parseProgressRecords, phaseReview, type Plan, type PhaseReview, type ProgressRecord, type ProgressRecordJson } from "../src/index.js";
import { numbers, type RatioBenchmark, type SlopeBenchmark } from "./harness.js";
import { largePlanJson, referenceText } from "./plans.js";

const MS_PER_DAY = 86_400_000;
const dayOf = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;
const dateOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const ASOF = "2018-04-30";

/** Deterministic records for a plan: publications of the quota outlets (90%), spending (7%), deliverables (3%). */
export function makeRecords(plan: Plan, count: number, seed = 9): ProgressRecord[] {
  const next = numbers(seed);
  const quotas = plan.channels.flatMap((c) => c.quotas);
  const outlets = plan.units.filter((u) => u.outlet !== undefined && quotas.some((q) => q.outletIds.includes(u.id) || q.outletKinds.includes(u.outlet!.kind)));
  const lines = (plan.budget?.sections ?? []).flatMap((s) => s.lines);
  const dated = plan.channels.flatMap((c) => c.activities).filter((a) => a.window !== undefined);
  const first = dayOf(plan.phases[0]!.window.start);
  const days = dayOf(plan.phases[0]!.window.end) - first + 1;
  const json: ProgressRecordJson[] = [];
  for (let i = 0; i < count; i++) {
    const at = dateOf(first + (next() % days));
    const pick = next() % 100;
    if (pick < 90) {
      const outlet = outlets[next() % outlets.length]!;
      const kind = ["television", "news-agency", "radio"].includes(outlet.outlet!.kind) || next() % 10 === 0 ? "programme" : "article";
      json.push({ type: "publication", id: `p${i}`, at, outletId: outlet.id, kind, online: next() % 3 !== 0 });
    } else if (pick < 97) {
      json.push({ type: "spending", id: `s${i}`, at, lineId: lines[next() % lines.length]!.id, amount: (1 + (next() % 50)) * 100_000 });
    } else {
      const activity = dated[next() % dated.length]!;
      json.push({ type: "deliverable", id: `d${i}`, at, activityId: activity.id, status: next() % 2 === 0 ? "delivered" : "produced" });
    }
  }
  return [...parseProgressRecords(json, plan)];
}

/** The figures the baseline computes. */
interface ReviewFigures {
  readonly quotas: { quotaId: string; outlets: number; outletsMet: number; required: number; requiredToDate: number; metToDate: number; counted: number; shortfall: number }[];
  readonly spent: string;
  readonly bySection: [string, string][];
  readonly byMonth: [string, string][];
  readonly deliverables: [string, string, string | null][];
}

const figuresOf = (r: PhaseReview): ReviewFigures => ({
  quotas: r.quotas.map((q) => ({
    quotaId: q.quotaId,
    outlets: q.outlets,
    outletsMet: q.outletsMet,
    required: q.required,
    requiredToDate: q.requiredToDate,
    metToDate: q.metToDate,
    counted: q.counted,
    shortfall: q.shortfall,
  })),
  spent: r.budget.spent.toString(),
  bySection: r.budget.bySection.map((s) => [s.id, s.spent.toString()]),
  byMonth: r.budget.byMonth.map((m) => [m.month, m.spent.toString()]),
  deliverables: r.deliverables.map((d) => [d.activityId, d.status, d.deliveredOn ?? null]),
});

/** A quota's periods by hand: day → period index over the phase, and each period's days and requirement. */
function periodsOf(per: string, min: number, first: number, last: number) {
  const of = new Int32Array(last - first + 1);
  const periods: { start: number; end: number; required: number }[] = [];
  for (let day = first; day <= last; ) {
    let from: number;
    let to: number;
    if (per === "week") {
      from = day - ((((day + 3) % 7) + 7) % 7); // the Monday
      to = from + 6;
    } else {
      const d = new Date(day * MS_PER_DAY);
      from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY;
      to = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY - 1;
    }
    const start = Math.max(from, first);
    const end = Math.min(to, last);
    of.fill(periods.length, start - first, end - first + 1);
    periods.push({ start, end, required: start === from && end === to ? min : 0 });
    day = end + 1;
  }
  return { of, periods };
}

/** The same figures in one plain pass over the records, with the plan indexed first. */
function baseline(plan: Plan, records: readonly ProgressRecord[]): ReviewFigures {
  const phase = plan.phases[0]!;
  const until = ASOF < phase.window.end ? ASOF : phase.window.end;
  const first = dayOf(phase.window.start);
  const last = dayOf(phase.window.end);
  const today = dayOf(until);
  const quotas = plan.channels.flatMap((c) => c.quotas).filter((q) => q.per !== "issue");
  const slots = new Map<string, { q: number; slot: number }[]>();
  const state = quotas.map((quota, q) => {
    const outlets = plan.units.filter((u) => u.outlet !== undefined && (quota.outletIds.includes(u.id) || quota.outletKinds.includes(u.outlet.kind)));
    outlets.forEach((u, slot) => {
      const list = slots.get(u.id) ?? [];
      list.push({ q, slot });
      slots.set(u.id, list);
    });
    const { of, periods } = periodsOf(quota.per, quota.min, first, last);
    return { quota, outlets, of, periods, kinds: new Set<string>(quota.itemKinds), counts: new Int32Array(outlets.length * periods.length) };
  });
  const lines = new Map<string, bigint>();
  for (const s of plan.budget?.sections ?? []) for (const l of s.lines) lines.set(l.id, 0n);
  const months = new Map<string, bigint>();
  const delivered = new Map<string, string>();
  const recorded = new Set<string>();
  const seen = new Set<string>();

  for (const r of records) {
    if (r.type === "publication") {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const day = dayOf(r.at);
      if (day < first || day > today) continue;
      for (const { q, slot } of slots.get(r.outletId) ?? []) {
        const s = state[q]!;
        if (r.kind !== undefined && s.kinds.size > 0 && !s.kinds.has(r.kind)) continue;
        s.counts[slot * s.periods.length + s.of[day - first]!]! += 1;
      }
    } else if (r.type === "spending") {
      if (r.at > ASOF) continue;
      const amount = r.amount.toBigInt();
      lines.set(r.lineId, lines.get(r.lineId)! + amount);
      const month = r.at.slice(0, 7);
      months.set(month, (months.get(month) ?? 0n) + amount);
    } else if (r.type === "deliverable") {
      recorded.add(r.activityId);
      if (r.status === "delivered" && r.at <= ASOF) {
        const known = delivered.get(r.activityId);
        if (known === undefined || r.at < known) delivered.set(r.activityId, r.at);
      }
    }
  }

  const quotaFigures = state.map(({ quota, outlets, periods, counts }) => {
    const t = { quotaId: quota.id, outlets: outlets.length, outletsMet: 0, required: 0, requiredToDate: 0, metToDate: 0, counted: 0, shortfall: 0 };
    outlets.forEach((_, o) => {
      let short = 0;
      periods.forEach((p, i) => {
        const c = counts[o * periods.length + i]!;
        t.required += p.required;
        t.counted += c;
        if (p.end < today) {
          t.requiredToDate += p.required;
          t.metToDate += Math.min(c, p.required);
          short += Math.max(0, p.required - c);
        }
      });
      t.shortfall += short;
      if (short === 0) t.outletsMet += 1;
    });
    return t;
  });
  const central = new Set(plan.funding.sources.filter((s) => s.kind === "central-budget").map((s) => s.id));
  let spent = 0n;
  const bySection = (plan.budget?.sections ?? []).map((s): [string, string] => {
    let sum = 0n;
    for (const l of s.lines) if (central.has(l.fundingSourceId)) sum += lines.get(l.id)!;
    spent += sum;
    return [s.id, sum.toString()];
  });
  const withLines = new Set<string>();
  for (const s of plan.budget?.sections ?? []) for (const l of s.lines) if (l.activityId !== undefined) withLines.add(l.activityId);
  const deliverables: [string, string, string | null][] = [];
  for (const channel of plan.channels) {
    for (const a of channel.activities) {
      if (a.window === undefined) continue;
      if (!recorded.has(a.id) && (channel.quotas.length > 0 || (a.product === undefined && !withLines.has(a.id)))) continue;
      const on = delivered.get(a.id);
      const status = on !== undefined ? (on <= a.window.end ? "done" : "late") : a.window.end < ASOF ? "missing" : a.window.start <= ASOF ? "due" : "upcoming";
      deliverables.push([a.id, status, on ?? null]);
    }
  }
  return {
    quotas: quotaFigures,
    spent: spent.toString(),
    bySection,
    byMonth: [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, v]) => [m, v.toString()]),
    deliverables,
  };
}

export const review: RatioBenchmark = {
  kind: "ratio",
  name: "review",
  title: "phaseReview of the reference plan with 100,000 progress records, vs one plain pass computing the same figures",
  goal: { ratio: 3 },
  prepare(quick) {
    const plan = parsePlan(JSON.parse(referenceText));
    const records = makeRecords(plan, quick ? 1000 : 100_000);
    return {
      library: () => phaseReview(plan, records, { asOf: ASOF }),
      baseline: () => baseline(plan, records),
      figures: figuresOf,
      items: records.length,
      unit: "record",
    };
  },
};

const SIZES = [1000, 4000, 16_000];

export const slopeReview: SlopeBenchmark = {
  kind: "slope",
  name: "slope-review",
  title: "phaseReview (2,000 records) of plans with n more activities and n more budget lines",
  sizes: SIZES,
  quickSizes: [20, 80],
  maxSlope: 1.25,
  prepare(size) {
    const plan = parsePlan(largePlanJson(size, size));
    const records = makeRecords(plan, 2000);
    return {
      run: () => phaseReview(plan, records, { asOf: ASOF }),
      check: (r: PhaseReview) => {
        const expected = baseline(plan, records);
        if (JSON.stringify(figuresOf(r)) !== JSON.stringify(expected)) throw new Error("slope-review: phaseReview and the baseline disagree");
      },
    };
  },
};

export const slopeLint: SlopeBenchmark = {
  kind: "slope",
  name: "slope-lint",
  title: "lintPlan of plans with n more activities and n more budget lines (a quarter of them line_amount_mismatch)",
  sizes: SIZES,
  quickSizes: [20, 80],
  maxSlope: 1.25,
  prepare(size) {
    const plan = parsePlan(largePlanJson(size, size));
    return {
      run: () => lintPlan(plan),
      check: (findings: ReturnType<typeof lintPlan>) => {
        const count = findings.filter((f) => f.code === "line_amount_mismatch").length;
        if (count !== size / 4) throw new Error(`slope-lint: expected ${size / 4} line_amount_mismatch findings, got ${count}`);
      },
    };
  },
};
