import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quotaWindow } from "../../../src/report/_lib/quotaWindow.js";

const phase1 = { id: "p1", name: "Giai đoạn 1", window: { start: "2017-07-01", end: "2018-05-31" } };
const phase2 = { id: "p2", name: "Giai đoạn 2", window: { start: "2018-06-01", end: "2019-05-31" } };
const plan = { phases: [phase1, phase2] };

describe("quotaWindow", () => {
  it("keeps a quota of a phase within that phase", () => {
    expect(quotaWindow(plan, { phaseId: "p1" }, { start: "2018-05-01", end: "2018-06-30" })).toEqual({ start: "2018-05-01", end: "2018-05-31" });
    expect(quotaWindow(plan, { phaseId: "p2" }, { start: "2018-05-01", end: "2018-06-30" })).toEqual({ start: "2018-06-01", end: "2018-06-30" });
    expect(quotaWindow(plan, { phaseId: "p2" }, phase1.window)).toBeUndefined();
  });

  it("keeps a quota without a phase within the plan's time: its phases, or its own window (open or not)", () => {
    expect(quotaWindow(plan, {}, { start: "2017-06-01", end: "2019-12-31" })).toEqual({ start: "2017-07-01", end: "2019-05-31" });
    expect(quotaWindow({ phases: [], window: { start: "2025-01-06" } }, {}, { start: "2025-01-01", end: "2025-01-31" })).toEqual({ start: "2025-01-06", end: "2025-01-31" });
    expect(quotaWindow({ phases: [], window: { start: "2025-01-06", end: "2025-01-20" } }, {}, { start: "2025-02-01", end: "2025-02-28" })).toBeUndefined();
    // A plan with no time at all bounds nothing.
    expect(quotaWindow({ phases: [] }, {}, { start: "2025-02-01", end: "2025-02-28" })).toEqual({ start: "2025-02-01", end: "2025-02-28" });
  });

  it("starts counting on the first day of startsIn", () => {
    expect(quotaWindow(plan, { phaseId: "p1", startsIn: "2017-09" }, phase1.window)).toEqual({ start: "2017-09-01", end: "2018-05-31" });
    expect(quotaWindow(plan, { phaseId: "p1", startsIn: "2017-09" }, { start: "2017-08-01", end: "2017-08-31" })).toBeUndefined();
  });

  it("never gives a day outside the window asked about", () => {
    const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2016, 0, 1 + n)).toISOString().slice(0, 10));
    const window = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
    const month = fc.integer({ min: 0, max: 48 }).map((n) => `${2016 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`);
    fc.assert(
      fc.property(window, fc.constantFrom(undefined, "p1", "p2"), fc.option(month, { nil: undefined }), (within, phaseId, startsIn) => {
        const result = quotaWindow(plan, { ...(phaseId === undefined ? {} : { phaseId }), ...(startsIn === undefined ? {} : { startsIn }) }, within);
        if (result === undefined) return;
        expect(result.start <= result.end).toBe(true);
        expect(result.start >= within.start && result.end <= within.end).toBe(true);
        if (startsIn !== undefined) expect(result.start >= `${startsIn}-01`).toBe(true);
        const bound = phaseId === "p1" ? phase1.window : phaseId === "p2" ? phase2.window : { start: phase1.window.start, end: phase2.window.end };
        expect(result.start >= bound.start && result.end <= bound.end).toBe(true);
      }),
    );
  });
});
