import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/index.js";
import { requiredCount } from "../../src/rules/requiredCount.js";
import { fromDay, toDay } from "../../src/calendar/_lib/days.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

const phase1 = { start: "2017-07-01", end: "2018-05-31" };
const monthlyIssues = Array.from({ length: 12 }, (_, i) => {
  const month = ((6 + i) % 12) + 1;
  const year = 6 + i >= 12 ? 2018 : 2017;
  return { id: `so-${year}-${month}`, start: `${year}-${String(month).padStart(2, "0")}-10` };
});

describe("requiredCount", () => {
  it("owes the phase-1 figures of the issue", () => {
    expect(requiredCount({ min: 2, per: "week" }, phase1)).toBe(94);
    expect(requiredCount({ min: 2, per: "week", edge: "complete" }, phase1)).toBe(94);
    expect(requiredCount({ min: 2, per: "week", edge: "prorate-up" }, phase1)).toBe(97);
    expect(requiredCount({ min: 2, per: "week", edge: "prorate-down" }, phase1)).toBe(95);
    expect(requiredCount({ min: 2, per: "week", edge: "full" }, phase1)).toBe(98);
    expect(requiredCount({ min: 1, per: "month" }, phase1)).toBe(11);
    expect(requiredCount({ min: 3, per: "issue" }, phase1, { issues: monthlyIssues })).toBe(33);
    expect(requiredCount({ min: 5, per: "window" }, phase1)).toBe(5);
    expect(requiredCount({ min: 1, per: "day" }, phase1)).toBe(335);
    expect(requiredCount({ min: 1, per: "quarter" }, phase1)).toBe(3);
  });

  it("reads the reference plan's own quotas", () => {
    const plan = parsePlan(referencePlanJson());
    const quotas = plan.channels.flatMap((c) => c.quotas);
    const window = plan.phases[0]!.window;
    expect(quotas.map((q) => (q.per === "issue" ? requiredCount(q, window, { issues: monthlyIssues }) : requiredCount(q, window)))).toEqual([94, 33, 94, 11]);
  });

  it("refuses malformed rules and a per-issue rule without a schedule", () => {
    expect(thrownIssues(() => requiredCount({ min: 0, per: "week" }, phase1))).toEqual([{ path: ["rule", "min"], code: "invalid_value" }]);
    expect(thrownIssues(() => requiredCount({ min: 1, per: "fortnight" as never, edge: "half" as never }, phase1))).toEqual([
      { path: ["rule", "per"], code: "invalid_value" },
      { path: ["rule", "edge"], code: "invalid_value" },
    ]);
    expect(thrownIssues(() => requiredCount({ min: 1, per: "issue" }, phase1))).toEqual([{ path: ["issues"], code: "missing" }]);
    expect(thrownIssues(() => requiredCount({ min: 1, per: "week" }, { start: "2018-01-01", end: "2017-01-01" }))).toEqual([
      { path: ["window", "end"], code: "invalid_window" },
    ]);
    expect(thrownIssues(() => requiredCount(null as never, phase1))).toEqual([{ path: ["rule"], code: "invalid_type" }]);
  });

  const periodArb = fc.constantFrom("day", "week", "month", "quarter" as const);
  const alignedSplit = (per: "day" | "week" | "month" | "quarter") =>
    fc
      .tuple(fc.integer({ min: toDay("2000-01-03"), max: toDay("2040-01-01") }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }))
      .map(([day, a, b]) => {
        // Align the start and the split point to period boundaries.
        const align = (d: number) => {
          const date = fromDay(d);
          if (per === "day") return d;
          if (per === "week") return d - ((((d + 3) % 7) + 7) % 7);
          const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
          const month = per === "month" ? m : Math.floor((m - 1) / 3) * 3 + 1;
          return toDay(`${y}-${String(month).padStart(2, "0")}-01`);
        };
        const unit = { day: 1, week: 7, month: 31, quarter: 92 }[per];
        const start = align(day);
        const split = align(start + a * unit + (per === "day" || per === "week" ? 0 : 3));
        const end = align(split + b * unit + (per === "day" || per === "week" ? 0 : 3)) - 1;
        return { start: fromDay(start), split: fromDay(split), end: fromDay(end) };
      });

  it("adds up over adjacent period-aligned windows (property)", () => {
    fc.assert(
      fc.property(
        periodArb.chain((per) => fc.tuple(fc.constant(per), alignedSplit(per), fc.integer({ min: 1, max: 9 }), fc.constantFrom("complete", "prorate-up", "prorate-down", "full" as const))),
        ([per, { start, split, end }, min, edge]) => {
          const rule = { min, per, edge };
          const left = { start, end: fromDay(toDay(split) - 1) };
          const right = { start: split, end };
          expect(requiredCount(rule, { start, end })).toBe(requiredCount(rule, left) + requiredCount(rule, right));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("orders the edge policies: complete ≤ prorate-down ≤ prorate-up ≤ full (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDay("2000-01-01"), max: toDay("2040-01-01") }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 9 }), periodArb, (start, length, min, per) => {
        const window = { start: fromDay(start), end: fromDay(start + length) };
        const [c, d, u, f] = (["complete", "prorate-down", "prorate-up", "full"] as const).map((edge) => requiredCount({ min, per, edge }, window));
        expect(c! <= d! && d! <= u! && u! <= f!).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
