/**
 * Issue 9 ("Trust"): each bug that a new user met has a test here that fails on the code before the fix.
 * Module-specific cases live beside their modules; these are the cross-cutting ones.
 */
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it, vi } from "vitest";
import * as lib from "../src/index.js";
import { IdSet } from "../src/rules/_lib/idSet.js";
import { thrownIssues } from "./thrownIssues.js";

const json = JSON.parse(readFileSync(new URL("../examples/vgcl-2017/plan.json", import.meta.url), "utf8"));
const plan = lib.parsePlan(json);

describe("one library across copies (the ESM and CJS builds, two versions bundled)", () => {
  it("recognises amounts and errors made by another copy of the modules", async () => {
    vi.resetModules();
    const copy = "../src/index.js?copy=2"; // a second instance of every module, as a second build would be
    const other = (await import(/* @vite-ignore */ copy)) as typeof lib;
    expect(other.Vnd).not.toBe(lib.Vnd);
    const amount = other.vnd(151_500_000);
    expect(lib.isVnd(amount)).toBe(true);
    expect(amount instanceof lib.Vnd).toBe(true);
    expect(lib.vnd(amount).add(1).toString()).toBe("151500001");
    expect(lib.formatVnd(amount)).toBe("151.500.000 đồng");
    // a plan parsed by one copy is read by the other
    const foreign = other.parsePlan(json);
    expect(lib.summarizeBudget(foreign).total.toString()).toBe("151500000");
    expect(lib.lintPlan(foreign).length).toBe(lib.lintPlan(plan).length);
    let caught: unknown;
    try {
      other.vnd(1.5);
    } catch (error) {
      caught = error;
    }
    expect(lib.isPlanError(caught)).toBe(true);
    expect(caught instanceof lib.PlanError).toBe(true);
    expect(caught instanceof lib.PlanValidationError).toBe(false);
    const invalid = other.safeParsePlan({});
    expect(invalid.success).toBe(false);
    if (!invalid.success) expect(invalid.error instanceof lib.PlanValidationError).toBe(true);
  });

  it("is not fooled by look-alikes", () => {
    expect(lib.isVnd({ toBigInt: () => 1n })).toBe(false);
    expect(lib.isPlanError(new Error("x"))).toBe(false);
    expect(lib.isPlanError({ issues: [] })).toBe(false);
    expect(new Error("x") instanceof lib.PlanError).toBe(false);
  });
});

describe("a parsed plan where one belongs", () => {
  it("refuses the raw document with a PlanError, not a TypeError", () => {
    for (const fn of [() => lib.lintPlan(json), () => lib.planToJSON(json), () => lib.phaseReview(json, [], { asOf: "2018-04-30" })]) {
      expect(thrownIssues(fn)).toEqual([{ path: ["plan"], code: "invalid_type" }]);
    }
    const result = lib.safeParseProgressRecords([], {} as never);
    expect(result.success).toBe(false);
  });

  it("keeps the mark through a spread copy, so that an edited copy is still read", () => {
    expect(lib.lintPlan({ ...plan }).length).toBe(lib.lintPlan(plan).length);
  });
});

describe("bounded work", () => {
  const huge = { start: "0001-01-01", end: "9999-12-31" };
  it("stops an expansion before the work, with too_many_periods", () => {
    expect(thrownIssues(() => lib.splitWindow(huge, "day"))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(thrownIssues(() => lib.eachDayOfWindow(huge))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(thrownIssues(() => lib.monthsOfWindow(huge))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(thrownIssues(() => lib.requiredCount({ min: 1, per: "week" }, huge))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(lib.splitWindow(huge, "quarter")).toHaveLength(39_996);
    expect(lib.splitWindow({ start: "2017-01-01", end: "2017-12-31" }, "day", { maxPeriods: 365 })).toHaveLength(365);
    expect(thrownIssues(() => lib.splitWindow({ start: "2017-01-01", end: "2017-12-31" }, "day", { maxPeriods: 364 }))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(thrownIssues(() => lib.splitWindow({ start: "2017-01-01", end: "2017-12-31" }, "day", { maxPeriods: 0 }))).toEqual([{ path: ["maxPeriods"], code: "invalid_value" }]);
  });

  it("does not write 63 MB of iCalendar for one mistyped year", () => {
    const mistyped = structuredClone(json);
    mistyped.reporting[0].window.end = "9999-12-31";
    const bad = lib.parsePlan(mistyped);
    expect(thrownIssues(() => lib.expandDeadlines(bad))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(thrownIssues(() => lib.toICalendar(bad))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(thrownIssues(() => lib.buildTimeline(bad))).toEqual([{ path: [], code: "too_many_periods" }]);
    const long = structuredClone(json);
    long.reporting[0].window.end = "2099-12-31";
    expect(thrownIssues(() => lib.expandDeadlines(lib.parsePlan(long), { maxDeadlines: 5_000 }))).toEqual([{ path: [], code: "too_many_periods" }]);
    expect(lib.expandDeadlines(lib.parsePlan(long), { maxDeadlines: 10_000 }).length).toBeGreaterThan(5_000);
  });

  it("allocates over a million ratios", () => {
    const ratios = Array.from({ length: 1_000_000 }, (_, i) => (i % 7) + 0.5);
    const shares = lib.allocate(lib.vnd("151.500.000"), ratios);
    expect(shares).toHaveLength(1_000_000);
    expect(lib.sumVnd(shares).toString()).toBe("151500000");
  });

  it("keeps more duplicate ids than one Set can hold", () => {
    const ids = new IdSet(4);
    for (let i = 0; i < 50; i += 1) expect(ids.add(`id-${i}`)).toBe(true);
    for (let i = 0; i < 50; i += 1) expect(ids.add(`id-${i}`)).toBe(false);
    expect(ids.size).toBe(50);
  });

  it("keeps sums and products within 60 digits", () => {
    const big = lib.vnd(`9${"0".repeat(59)}`);
    expect(thrownIssues(() => big.add(big))).toEqual([{ path: [], code: "invalid_amount" }]);
    expect(thrownIssues(() => big.multiply(10))).toEqual([{ path: [], code: "invalid_amount" }]);
    expect(thrownIssues(() => lib.sumVnd([big, big]))).toEqual([{ path: [], code: "invalid_amount" }]);
    expect(big.subtract(big).isZero()).toBe(true);
  });

  it("counts a requirement exactly or refuses it", () => {
    const year = { start: "2017-01-01", end: "2017-12-31" };
    expect(thrownIssues(() => lib.requiredCount({ min: Number.MAX_SAFE_INTEGER, per: "day" }, year))).toEqual([{ path: ["rule", "min"], code: "invalid_value" }]);
    // a cut week prorated: min × days is beyond 2^53, the share is still exact
    const min = 2 ** 52;
    expect(lib.requiredCount({ min, per: "week", edge: "prorate-down" }, { start: "2017-01-05", end: "2017-01-08" })).toBe(Number((BigInt(min) * 4n) / 7n));
  });

  it("writes a default DTSTAMP that calendars read, for any plan year", () => {
    for (const year of ["0001", "0099", "1000", "2017", "9999"]) {
      const ics = lib.toICalendar({ id: "p", phases: [{ id: "a", name: "A", window: { start: `${year}-01-01`, end: `${year}-12-31` } }], channels: [], reporting: [], units: [] });
      const component = new ICAL.Component(ICAL.parse(ics));
      expect(component.getFirstSubcomponent("vevent")?.getFirstPropertyValue("dtstamp")).toBeTruthy();
      expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    }
  });
});

describe("deep immutability of results", () => {
  it("freezes every nested value, and copies what the caller passed", () => {
    const rule = { min: 2, per: "week" as const, itemKinds: ["article" as const] };
    const window = { start: "2017-07-03", end: "2017-07-16" };
    const result = lib.evaluateQuota(rule, [{ outletId: "a", at: "2017-07-03" }, { outletId: "a", at: "2017-08-01" }], { window });
    expect(result.rule).not.toBe(rule);
    expect(result.window).not.toBe(window);
    expect(Object.isFrozen(result.rule)).toBe(true);
    expect(Object.isFrozen(result.rule.itemKinds)).toBe(true);
    expect(Object.isFrozen(result.window)).toBe(true);
    expect(Object.isFrozen(result.rejected[0])).toBe(true);
    expect(Object.isFrozen(rule)).toBe(false);
    const execution = lib.budgetExecution(plan, []);
    expect(Object.isFrozen(execution.lines[0]!.path)).toBe(true);
    const schema = lib.planJsonSchema() as Record<string, unknown>;
    expect(Object.isFrozen(schema["~standard"])).toBe(true);
  });
});

describe("messages", () => {
  it("never show [object Object] nor call the caller's methods", () => {
    const hostile = { toString: () => { throw new Error("called"); }, valueOf: () => { throw new Error("called"); } };
    for (const fn of [() => lib.makeWindow(hostile as never, "2017-01-01"), () => lib.vnd(hostile as never), () => lib.monthWindow(hostile as never), () => lib.formatPath([hostile] as never)]) {
      let error: unknown;
      try {
        fn();
      } catch (e) {
        error = e;
      }
      expect(lib.isPlanError(error)).toBe(true);
      for (const issue of (error as lib.PlanError).issues) {
        expect(issue.message).not.toContain("[object");
        expect(issue.messageVi).not.toContain("[object");
      }
    }
  });

  it("speak Vietnamese throughout in messageVi", () => {
    const [issue] = thrownIssuesFull(() => lib.requiredCount({ min: 0, per: "week" }, { start: "2017-01-01", end: "2017-12-31" }));
    expect(issue?.messageVi).toBe("giá trị 0 không hợp lệ; phải là một số nguyên ≥ 1");
    const [kind] = thrownIssuesFull(() => lib.vnd({} as never));
    expect(kind?.messageVi).toBe("khối dữ liệu không phải là số tiền đồng nguyên: cần số, bigint hoặc chuỗi chữ số");
  });
});

function thrownIssuesFull(fn: () => unknown): readonly lib.PlanIssue[] {
  try {
    fn();
  } catch (error) {
    if (lib.isPlanError(error)) return error.issues;
    throw error;
  }
  return [];
}
