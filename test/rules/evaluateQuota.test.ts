import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/index.js";
import { evaluateQuota, type PublicationEvent } from "../../src/rules/evaluateQuota.js";
import { mergeQuotaEvaluations } from "../../src/rules/mergeQuotaEvaluations.js";
import { quotaOutlets } from "../../src/rules/quotaRule.js";
import { fromDay, toDay } from "../../src/calendar/_lib/days.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

const twoWeeks = { start: "2017-07-03", end: "2017-07-16" }; // W27 and W28, both whole
const rule = { min: 2, per: "week" } as const;

describe("evaluateQuota", () => {
  it("counts per outlet and period, and a surplus does not make up for another week", () => {
    const result = evaluateQuota(
      rule,
      [
        { outletId: "a", at: "2017-07-03" },
        { outletId: "a", at: "2017-07-04" },
        { outletId: "a", at: "2017-07-05" },
        { outletId: "b", at: "2017-07-10" },
      ],
      { window: twoWeeks, outlets: ["a", "b", "c"] },
    );
    expect(result.outlets.map((o) => [o.outletId, o.required, o.counted, o.shortfall, o.attainment, o.met])).toEqual([
      ["a", 4, 3, 2, 0.5, false],
      ["b", 4, 1, 3, 0.25, false],
      ["c", 4, 0, 4, 0, false],
    ]);
    expect(result.outlets[0]?.periods.map((p) => [p.key, p.required, p.counted, p.shortfall, p.met, p.status])).toEqual([
      ["2017-W27", 2, 3, 0, true, "past"],
      ["2017-W28", 2, 0, 2, false, "past"],
    ]);
    expect(result.eventCount).toBe(4);
  });

  it("lets a surplus count when the rule is per window", () => {
    const result = evaluateQuota({ min: 4, per: "window" }, [1, 2, 3, 4].map((d) => ({ outletId: "a", at: `2017-07-0${d + 2}` })), { window: twoWeeks });
    expect(result.outlets[0]).toMatchObject({ required: 4, counted: 4, shortfall: 0, met: true });
  });

  it("counts instants on their date in Vietnam", () => {
    const result = evaluateQuota(rule, [{ outletId: "a", at: "2017-07-09T17:30:00Z" }, { outletId: "a", at: new Date(Date.UTC(2017, 6, 9, 17, 0)) }], {
      window: twoWeeks,
    });
    // 00:30 and 00:00 on Monday 10 July in Hà Nội: week 28
    expect(result.outlets[0]?.periods.map((p) => p.counted)).toEqual([0, 2]);
  });

  it("rejects what it cannot count, with a reason and the event's index", () => {
    const events = [
      null,
      { outletId: "a", at: "2017-02-30" },
      { outletId: "a", at: "2017-07-20" },
      { outletId: "z", at: "2017-07-04" },
      { outletId: "a", at: "2017-07-04", kind: "programme" },
      { outletId: "a", at: "2017-07-04", id: "x" },
      { outletId: "a", at: "2017-07-05", id: "x" },
      { outletId: "a", at: "2017-07-14" },
    ] as PublicationEvent[];
    const result = evaluateQuota({ ...rule, itemKinds: ["article"] }, events, { window: twoWeeks, outlets: ["a"], asOf: "2017-07-12" });
    expect(result.rejected.map((r) => [r.index, r.reason])).toEqual([
      [0, "malformed"],
      [1, "invalid_date"],
      [2, "outside_window"],
      [3, "unknown_outlet"],
      [4, "kind_not_counted"],
      [6, "duplicate"],
      [7, "after_as_of"],
    ]);
    expect(result.rejectedCount).toBe(7);
    expect(result.outlets[0]?.counted).toBe(1);
  });

  it("with asOf, leaves upcoming periods out of the shortfall and says what the current one still needs", () => {
    const window = { start: "2017-07-03", end: "2017-07-23" }; // W27–W29
    const result = evaluateQuota(rule, [{ outletId: "a", at: "2017-07-11" }], { window, asOf: "2017-07-12" });
    const outlet = result.outlets[0]!;
    expect(outlet.periods.map((p) => [p.key, p.status, p.shortfall, p.stillNeeded, p.daysLeft])).toEqual([
      ["2017-W27", "past", 2, undefined, undefined],
      ["2017-W28", "current", 0, 1, 5],
      ["2017-W29", "upcoming", 0, undefined, undefined],
    ]);
    expect(outlet).toMatchObject({ required: 6, shortfall: 2, attainment: 0, met: false });
  });

  it("says what was owed and met up to asOf beside the whole window's requirement", () => {
    const window = { start: "2017-07-03", end: "2017-07-23" }; // W27–W29
    const events = ["2017-07-03", "2017-07-04", "2017-07-05", "2017-07-11"].map((at) => ({ outletId: "a", at }));
    const today = evaluateQuota(rule, events, { window, asOf: "2017-07-12" }).outlets[0]!;
    // W27 past (3 published, 2 owed: 2 met), W28 current, W29 upcoming.
    expect(today).toMatchObject({ required: 6, requiredToDate: 2, metToDate: 2, counted: 4, shortfall: 0, attainment: 1 });
    const later = evaluateQuota(rule, events, { window, asOf: "2017-07-20" }).outlets[0]!;
    // W27 and W28 past: 4 owed, 2 + 1 met, 1 short; the surplus of W27 does not count.
    expect(later).toMatchObject({ required: 6, requiredToDate: 4, metToDate: 3, counted: 4, shortfall: 1, attainment: 0.75 });
    // Without asOf every period is past.
    expect(evaluateQuota(rule, events, { window }).outlets[0]).toMatchObject({ required: 6, requiredToDate: 6, metToDate: 3, shortfall: 3 });
  });

  it("counts per issue, by issue id or by date", () => {
    const issues = [
      { id: "so-7", start: "2017-07-05" },
      { id: "so-8", start: "2017-08-05" },
      { id: "so-9", start: "2017-09-05", end: "2017-10-04" },
    ];
    const result = evaluateQuota(
      { min: 3, per: "issue" },
      [
        { outletId: "tc", at: "2017-07-20" },
        { outletId: "tc", at: "2017-07-03", issueId: "so-7" },
        { outletId: "tc", at: "2017-08-10" },
        { outletId: "tc", at: "2017-08-10", issueId: "so-99" },
      ],
      { window: { start: "2017-07-01", end: "2017-09-30" }, issues },
    );
    expect(result.outlets[0]?.periods.map((p) => [p.key, p.counted])).toEqual([
      ["so-7", 2],
      ["so-8", 1],
      ["so-9", 0],
    ]);
    expect(result.outlets[0]?.required).toBe(9);
    expect(result.rejected.map((r) => r.reason)).toEqual(["unknown_issue"]);
  });

  it("lists the articles with no online copy at outlets that have an electronic edition", () => {
    const outlets = [
      { id: "bld", outlet: { kind: "daily", electronicEdition: true } },
      { id: "ban-tin", outlet: { kind: "bulletin", electronicEdition: false } },
    ];
    const result = evaluateQuota(
      { ...rule, requireOnlineCopy: true },
      [
        { outletId: "bld", at: "2017-07-03", id: "a1", online: true },
        { outletId: "bld", at: "2017-07-04", id: "a2" },
        { outletId: "ban-tin", at: "2017-07-04" },
      ],
      { window: twoWeeks, outlets },
    );
    expect(result.outlets.map((o) => [o.outletId, o.missingOnlineCount, o.missingOnline])).toEqual([
      ["bld", 1, [{ id: "a2", date: "2017-07-04" }]],
      ["ban-tin", 0, []],
    ]);
  });

  it("selects the reference plan's outlets for a quota", () => {
    const plan = parsePlan(referencePlanJson());
    const [dailies, magazine, websites, broadcast] = plan.channels.flatMap((c) => c.quotas);
    expect(quotaOutlets(plan, dailies!).map((u) => u.outlet?.kind)).toEqual(expect.arrayContaining(["daily", "weekly", "bulletin"]));
    expect(quotaOutlets(plan, magazine!).map((u) => u.id)).toEqual(["tap-chi-lao-dong-cong-doan"]);
    expect(quotaOutlets(plan, websites!).every((u) => ["portal", "website"].includes(u.outlet!.kind))).toBe(true);
    expect(quotaOutlets(plan, broadcast!).map((u) => u.id)).toEqual(["vtv", "ttxvn", "vov"]);
  });

  it("refuses malformed options with a PlanError, never for a bad event", () => {
    expect(thrownIssues(() => evaluateQuota(rule, [], { window: twoWeeks, asOf: "12/07/2017" }))).toEqual([{ path: ["asOf"], code: "invalid_date" }]);
    expect(thrownIssues(() => evaluateQuota(rule, 42 as never, { window: twoWeeks }))).toEqual([{ path: ["events"], code: "invalid_type" }]);
    expect(thrownIssues(() => evaluateQuota(rule, [], null as never))).toEqual([{ path: ["options"], code: "invalid_type" }]);
  });
});

// --- properties -----------------------------------------------------------------------------------

const window = { start: "2017-07-01", end: "2017-09-30" };
const first = toDay(window.start);
const last = toDay(window.end);
const eventArb: fc.Arbitrary<PublicationEvent> = fc.record({
  outletId: fc.constantFrom("a", "b", "c", "d"),
  at: fc.oneof(
    fc.integer({ min: first - 5, max: last + 5 }).map(fromDay),
    fc.integer({ min: (first - 1) * 86_400, max: (last + 1) * 86_400 }).map((s) => new Date(s * 1000).toISOString()),
  ),
  kind: fc.constantFrom("article", "programme", undefined),
});
const ruleArb = fc.record({
  min: fc.integer({ min: 1, max: 4 }),
  per: fc.constantFrom("day", "week", "month", "quarter", "window" as const),
  edge: fc.constantFrom("complete", "prorate-up", "prorate-down", "full" as const),
  itemKinds: fc.constantFrom(["article"] as ("article" | "programme")[], [] as ("article" | "programme")[]),
});
const options = { window, outlets: ["a", "b", "c", "d"] };
const view = (r: ReturnType<typeof evaluateQuota>) =>
  r.outlets.map((o) => [o.outletId, o.required, o.counted, o.shortfall, o.attainment, o.periods.map((p) => p.counted)]);

describe("evaluateQuota properties", () => {
  it("adding an event never lowers attainment", () => {
    fc.assert(
      fc.property(ruleArb, fc.array(eventArb, { maxLength: 60 }), eventArb, (r, events, extra) => {
        const before = evaluateQuota(r, events, options);
        const after = evaluateQuota(r, [...events, extra], options);
        before.outlets.forEach((o, i) => expect(after.outlets[i]!.attainment).toBeGreaterThanOrEqual(o.attainment));
      }),
      { numRuns: 200 },
    );
  });

  it("a stream split in two and merged equals one pass", () => {
    fc.assert(
      fc.property(ruleArb, fc.array(eventArb, { maxLength: 80 }), fc.nat(), fc.option(fc.integer({ min: first, max: last }).map(fromDay), { nil: undefined }), (r, events, cut, asOf) => {
        const at = events.length === 0 ? 0 : cut % (events.length + 1);
        const opts = asOf === undefined ? options : { ...options, asOf };
        const whole = evaluateQuota(r, events, opts);
        const merged = mergeQuotaEvaluations(evaluateQuota(r, events.slice(0, at), opts), evaluateQuota(r, events.slice(at), opts));
        expect(view(merged)).toEqual(view(whole));
        expect(merged.rejected).toEqual(whole.rejected);
        expect(merged.eventCount).toBe(whole.eventCount);
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of events", () => {
    fc.assert(
      fc.property(ruleArb, fc.array(eventArb, { maxLength: 60 }), (r, events) => {
        expect(view(evaluateQuota(r, [...events].reverse(), options))).toEqual(view(evaluateQuota(r, events, options)));
      }),
      { numRuns: 150 },
    );
  });

  it("owed to date − met to date = shortfall, and required ≥ owed to date, with or without asOf (merged too)", () => {
    fc.assert(
      fc.property(ruleArb, fc.array(eventArb, { maxLength: 60 }), fc.option(fc.integer({ min: first - 3, max: last + 3 }).map(fromDay), { nil: undefined }), fc.nat(), (r, events, asOf, cut) => {
        const opts = asOf === undefined ? options : { ...options, asOf };
        const at = cut % (events.length + 1);
        const whole = evaluateQuota(r, events, opts);
        const merged = mergeQuotaEvaluations(evaluateQuota(r, events.slice(0, at), opts), evaluateQuota(r, events.slice(at), opts));
        for (const result of [whole, merged]) {
          for (const o of result.outlets) {
            const past = o.periods.filter((p) => p.status === "past");
            expect(o.requiredToDate).toBe(past.reduce((s, p) => s + p.required, 0));
            expect(o.metToDate).toBe(past.reduce((s, p) => s + Math.min(p.counted, p.required), 0));
            expect(o.requiredToDate - o.metToDate).toBe(o.shortfall);
            expect(o.required).toBeGreaterThanOrEqual(o.requiredToDate);
            expect(o.metToDate).toBeLessThanOrEqual(o.counted);
            expect(o.attainment).toBe(o.requiredToDate === 0 ? 1 : o.metToDate / o.requiredToDate);
            if (asOf === undefined) expect(o.requiredToDate).toBe(o.required);
          }
        }
        expect(merged.outlets.map((o) => [o.requiredToDate, o.metToDate])).toEqual(whole.outlets.map((o) => [o.requiredToDate, o.metToDate]));
      }),
      { numRuns: 200 },
    );
  });

  it("shortfall is the sum of the periods' shortfalls and never more than required", () => {
    fc.assert(
      fc.property(ruleArb, fc.array(eventArb, { maxLength: 60 }), (r, events) => {
        for (const o of evaluateQuota(r, events, options).outlets) {
          expect(o.shortfall).toBe(o.periods.reduce((s, p) => s + p.shortfall, 0));
          expect(o.shortfall).toBeLessThanOrEqual(o.required);
          expect(o.attainment).toBeGreaterThanOrEqual(0);
          expect(o.attainment).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("evaluateQuota reads every form of a date alike", () => {
  const instantArb = fc.integer({ min: (first - 2) * 86_400, max: (last + 2) * 86_400 }).chain((s) =>
    fc.oneof(
      fc.constant(new Date(s * 1000).toISOString()),
      fc.constant(`${new Date(s * 1000).toISOString().slice(0, 19)}Z`),
      fc.constant(new Date(s * 1000)),
      fc.integer({ min: -12 * 60, max: 14 * 60 }).map((offset) => {
        const local = new Date((s + offset * 60) * 1000).toISOString().slice(0, 16);
        const sign = offset < 0 ? "-" : "+";
        const abs = Math.abs(offset);
        return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
      }),
      fc.constant(` ${new Date(s * 1000).toISOString()}`),
    ),
  );
  const oddArb = fc.constantFrom<string | Date>(new Date(Number.NaN), new Date(Date.UTC(10_000, 0, 1)), "2017-07-10T10:00", "2017-02-30T10:00Z", "9999-12-31T23:00:00Z", "2017-07-10T10:00:00.1234567890Z", "2017-07-10", " 2017-07-10 ", "2017-07-10\n", " 2017-7-10 ", "\t2017-07-10T10:00:00+07:00 ", " 2017-07-10T10:00 ");

  it("an instant or a Date counts as the date toVietnamDate gives it", async () => {
    const { toVietnamDate } = await import("../../src/calendar/toVietnamDate.js");
    const asDate = (at: string | Date): string => {
      try {
        return toVietnamDate(at);
      } catch {
        return "2017-02-30"; // not a date either: rejected as invalid_date too
      }
    };
    fc.assert(
      fc.property(fc.array(fc.record({ outletId: fc.constantFrom("a", "b", "c", "d"), at: fc.oneof({ weight: 5, arbitrary: instantArb }, { weight: 1, arbitrary: oddArb }) }), { maxLength: 40 }), (events) => {
        const read = evaluateQuota(rule, events, options);
        const dated = evaluateQuota(rule, events.map((e) => ({ ...e, at: asDate(e.at) })), options);
        expect(read).toEqual(dated);
      }),
      { numRuns: 300 },
    );
  });

  it("gives every outlet its own frozen list of frozen periods, equal to a fresh reading", () => {
    const outlets = Array.from({ length: 50 }, (_, i) => `o${i}`);
    const events = outlets.flatMap((id, i) => Array.from({ length: i % 4 }, (_, k) => ({ outletId: id, at: fromDay(first + 7 * k) })));
    const result = evaluateQuota(rule, events, { window, outlets, asOf: fromDay(first + 20) });
    for (const [i, o] of result.outlets.entries()) {
      expect(Object.isFrozen(o.periods)).toBe(true);
      expect(o.periods.every((p) => Object.isFrozen(p))).toBe(true);
      const alone = evaluateQuota(rule, events.filter((e) => e.outletId === o.outletId), { window, outlets: [o.outletId], asOf: fromDay(first + 20) });
      expect(o).toEqual(alone.outlets[0]);
      if (i > 0) expect(o.periods).not.toBe(result.outlets[i - 1]!.periods);
    }
  });
});
