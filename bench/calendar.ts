/**
 * expandDeadlines over a plan of ten years (a monthly report by eight units, a quarterly one by four, a
 * report and a review), with `asOf`, against a hand-written loop over the months that builds the same
 * deadlines.
 */
import { expandDeadlines, type CalendarPlan, type Deadline } from "../src/index.js";
import type { RatioBenchmark } from "./harness.js";

const UNITS = Array.from({ length: 8 }, (_, i) => `unit-${i}`);

function makePlan(years: number): CalendarPlan {
  const end = `${2017 + years}-06-30`;
  const window = { start: "2017-07-01", end };
  return {
    id: "ten-years",
    phases: [{ id: "phase-1", name: "Giai đoạn 1", window }],
    channels: [],
    units: UNITS.map((id) => ({ id, name: id })),
    reporting: [
      { id: "monthly", kind: "periodic-report", description: "Hàng tháng", reportingUnitIds: UNITS, every: "month", phaseId: "phase-1" },
      { id: "quarterly", kind: "periodic-report", description: "Hàng quý", reportingUnitIds: UNITS.slice(0, 4), every: "quarter", window: { start: "2017-08-15", end } },
      { id: "report", kind: "report", description: "Sơ kết", reportingUnitIds: UNITS, window: { start: "2020-04-01", end: "2020-04-30" } },
      { id: "review", kind: "review", description: "Tổng kết", reportingUnitIds: [], window: { start: `${2017 + years}-06-01`, end } },
    ],
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const MS_PER_DAY = 86_400_000;
const dayOf = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;
const dateOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The same deadlines by hand: months and quarters walked by year and month, then sorted by due date. */
function baseline(plan: CalendarPlan, asOf: string): Deadline[] {
  const out: { d: Deadline; order: number }[] = [];
  const today = dayOf(asOf);
  const push = (d: Omit<Deadline, "status" | "daysLeft">) => {
    const daysLeft = dayOf(d.due) - today;
    const status = daysLeft < 0 ? "overdue" : asOf < d.opens ? "upcoming" : "due";
    out.push({ d: { ...d, status, daysLeft }, order: out.length });
  };
  for (const duty of plan.reporting) {
    const window = duty.window ?? plan.phases.find((p) => p.id === duty.phaseId)!.window;
    if (duty.kind !== "periodic-report") {
      for (const unitId of duty.reportingUnitIds.length > 0 ? duty.reportingUnitIds : [undefined]) {
        push({ id: `${duty.id}:${unitId ?? "-"}:-`, dutyId: duty.id, kind: duty.kind, ...(unitId === undefined ? {} : { unitId }), window: { ...window }, due: window.end, opens: window.start });
      }
      continue;
    }
    const step = duty.every === "quarter" ? 3 : 1;
    let y = +window.start.slice(0, 4);
    let m = Math.floor((+window.start.slice(5, 7) - 1) / step) * step + 1; // first month of the period
    while (dateOf(y, m, 1) <= window.end) {
      const ny = m + step > 12 ? y + 1 : y;
      const nm = m + step > 12 ? m + step - 12 : m + step;
      const periodStart = dateOf(y, m, 1);
      const periodEnd = new Date(Date.UTC(ny, nm - 1, 1) - MS_PER_DAY).toISOString().slice(0, 10);
      const start = periodStart < window.start ? window.start : periodStart;
      const end = periodEnd > window.end ? window.end : periodEnd;
      const key = step === 3 ? `${y}-Q${(m + 2) / 3}` : `${y}-${pad(m)}`;
      for (const unitId of duty.reportingUnitIds) {
        push({ id: `${duty.id}:${unitId}:${key}`, dutyId: duty.id, kind: duty.kind, unitId, periodKey: key, window: { start, end }, due: end, opens: start });
      }
      y = ny;
      m = nm;
    }
  }
  out.sort((a, b) => (a.d.due < b.d.due ? -1 : a.d.due > b.d.due ? 1 : a.order - b.order));
  return out.map((x) => x.d);
}

export const deadlines: RatioBenchmark = {
  kind: "ratio",
  name: "deadlines",
  title: "expandDeadlines over 10 years (1,100 deadlines, with asOf), vs a hand-written loop over the months",
  goal: { ratio: 1.5 },
  prepare(quick) {
    const plan = makePlan(quick ? 1 : 10);
    const asOf = "2018-03-05";
    return {
      library: () => expandDeadlines(plan, { asOf }),
      baseline: () => baseline(plan, asOf),
      // Plain copies of the frozen deadlines, for a deep equality that ignores freezing.
      figures: (r: readonly Deadline[]) => r.map((d) => ({ ...d, window: { ...d.window } })),
      items: 1,
      unit: "call",
    };
  },
};
