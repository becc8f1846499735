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

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const MS_PER_DAY = 86_400_000;
const dayOf = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;

/** The same deadlines by hand: months and quarters walked by year and month, then sorted by due date. */
function baseline(plan: CalendarPlan, asOf: string): Deadline[] {
  const out: { d: Deadline; order: number }[] = [];
  const today = dayOf(asOf);
  const statusOf = (due: string, opens: string) => {
    const daysLeft = dayOf(due) - today;
    return { status: daysLeft < 0 ? ("overdue" as const) : asOf < opens ? ("upcoming" as const) : ("due" as const), daysLeft };
  };
  for (const duty of plan.reporting) {
    const window = duty.window ?? plan.phases.find((p) => p.id === duty.phaseId)!.window;
    if (duty.kind !== "periodic-report") {
      const { status, daysLeft } = statusOf(window.end, window.start);
      for (const unitId of duty.reportingUnitIds.length > 0 ? duty.reportingUnitIds : [undefined]) {
        const d: Deadline = {
          id: `${duty.id}:${unitId ?? "-"}:-`,
          dutyId: duty.id,
          kind: duty.kind,
          ...(unitId === undefined ? {} : { unitId }),
          window: { start: window.start, end: window.end },
          due: window.end,
          opens: window.start,
          status,
          daysLeft,
        };
        out.push({ d, order: out.length });
      }
      continue;
    }
    const step = duty.every === "quarter" ? 3 : 1;
    let y = +window.start.slice(0, 4);
    let m = Math.floor((+window.start.slice(5, 7) - 1) / step) * step + 1; // the first month of the period
    for (let first = `${y}-${pad(m)}-01`; first <= window.end; ) {
      const ly = m + step - 1 > 12 ? y + 1 : y; // the period's last month
      const lm = m + step - 1 > 12 ? m + step - 13 : m + step - 1;
      const last = `${ly}-${pad(lm)}-${pad(new Date(Date.UTC(ly, lm, 0)).getUTCDate())}`;
      const start = first < window.start ? window.start : first;
      const end = last > window.end ? window.end : last;
      const key = step === 3 ? `${y}-Q${(m + 2) / 3}` : `${y}-${pad(m)}`;
      const { status, daysLeft } = statusOf(end, start);
      for (const unitId of duty.reportingUnitIds) {
        const d: Deadline = { id: `${duty.id}:${unitId}:${key}`, dutyId: duty.id, kind: duty.kind, unitId, periodKey: key, window: { start, end }, due: end, opens: start, status, daysLeft };
        out.push({ d, order: out.length });
      }
      y = lm === 12 ? ly + 1 : ly;
      m = lm === 12 ? 1 : lm + 1;
      first = `${y}-${pad(m)}-01`;
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
