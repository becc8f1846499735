import fc from "fast-check";
import { thrownIssues } from "../thrownIssues.js";
import { describe, expect, it } from "vitest";
import { PlanError } from "../../src/errors/PlanError.js";
import { evaluateCoverage, type CoverageUnit, type ReachRecord } from "../../src/rules/evaluateCoverage.js";


const G = "grassroots-union";
/** Two provinces: Hà Nội with 3 grassroots unions, Đồng Nai with 2; the federations themselves are units too. */
const units: CoverageUnit[] = [
  { id: "ldld-ha-noi", kind: "provincial-federation" },
  { id: "hn-1", parentId: "ldld-ha-noi", kind: G },
  { id: "dn-1", parentId: "ldld-dong-nai", kind: G },
  { id: "hn-2", parentId: "ldld-ha-noi", kind: G },
  { id: "ldld-dong-nai", kind: "provincial-federation" },
  { id: "hn-3", parentId: "ldld-ha-noi", kind: G },
  { id: "dn-2", parentId: "ldld-dong-nai", kind: G },
];
const grassroots = { percent: 100, unitKind: G };

describe("evaluateCoverage: examples", () => {
  it("counts grassroots unions per province", () => {
    const result = evaluateCoverage(grassroots, units, [
      { unitId: "hn-1", at: "2017-11-02" },
      { unitId: "dn-1", at: "2017-11-03T10:00:00+07:00" },
      { unitId: "dn-2", at: new Date(Date.UTC(2017, 10, 4)) },
    ]);
    expect(result).toEqual({
      total: 5,
      reached: 3,
      percent: "60.0",
      met: false,
      notReached: ["hn-2", "hn-3"],
      notReachedNames: ["hn-2", "hn-3"],
      byParent: [
        { parentId: "ldld-ha-noi", parentName: null, total: 3, reached: 1, percent: "33.3", met: false, notReached: ["hn-2", "hn-3"], notReachedNames: ["hn-2", "hn-3"] },
        { parentId: "ldld-dong-nai", parentName: null, total: 2, reached: 2, percent: "100.0", met: true, notReached: [], notReachedNames: [] },
      ],
      rejected: [],
    });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.byParent)).toBe(true);
    expect(Object.isFrozen(result.byParent[0])).toBe(true);
    expect(Object.isFrozen(result.notReached)).toBe(true);
  });

  it("names the units and their parents for readers: a unit's name, a parent's own name or the name its units give it", () => {
    const named: CoverageUnit[] = [
      { id: "ldld-ha-noi", kind: "provincial-federation", name: "LĐLĐ thành phố Hà Nội" },
      { id: "hn-1", parentId: "ldld-ha-noi", kind: G, name: "CĐCS Công ty A" },
      { id: "hn-2", parentId: "ldld-ha-noi", kind: G, name: "CĐCS Công ty B" },
      { id: "dn-1", parentId: "ldld-dong-nai", kind: G, parentName: "LĐLĐ tỉnh Đồng Nai" },
      { id: "dn-2", parentId: "ldld-dong-nai", kind: G, name: "CĐCS Công ty D", parentName: "LĐLĐ Đồng Nai (cách viết khác)" },
      { id: "x-1", kind: G, name: "CĐCS không có đơn vị cấp trên" },
    ];
    const result = evaluateCoverage(grassroots, named, [{ unitId: "hn-1" }]);
    expect(result.notReached).toEqual(["hn-2", "dn-1", "dn-2", "x-1"]);
    expect(result.notReachedNames).toEqual(["CĐCS Công ty B", "dn-1", "CĐCS Công ty D", "CĐCS không có đơn vị cấp trên"]);
    expect(result.byParent.map((g) => [g.parentId, g.parentName, g.notReachedNames])).toEqual([
      ["ldld-ha-noi", "LĐLĐ thành phố Hà Nội", ["CĐCS Công ty B"]],
      ["ldld-dong-nai", "LĐLĐ tỉnh Đồng Nai", ["dn-1", "CĐCS Công ty D"]],
      [null, null, ["CĐCS không có đơn vị cấp trên"]],
    ]);
    expect(thrownIssues(() => evaluateCoverage(grassroots, [{ id: "a", name: 3 }, { id: "b", parentName: {} }] as never, []))).toEqual([
      { path: ["units", 0, "name"], code: "invalid_type" },
      { path: ["units", 1, "parentName"], code: "invalid_type" },
    ]);
  });

  it("meets 100% only when every unit is reached", () => {
    const all = ["hn-1", "hn-2", "hn-3", "dn-1"].map((unitId) => ({ unitId }));
    expect(evaluateCoverage(grassroots, units, all).met).toBe(false);
    const done = evaluateCoverage(grassroots, units, [...all, { unitId: "dn-2" }]);
    expect(done).toMatchObject({ met: true, percent: "100.0", reached: 5, notReached: [] });
  });

  it("defaults to 100% and counts every unit without unitKind", () => {
    const result = evaluateCoverage({}, units, [{ unitId: "ldld-ha-noi" }]);
    expect(result).toMatchObject({ total: 7, reached: 1, percent: "14.3", met: false });
    expect(result.byParent.map((g) => g.parentId)).toEqual([null, "ldld-ha-noi", "ldld-dong-nai"]);
  });

  it("accepts a plan's Target and Unit shapes", () => {
    const target = { id: "t-posters", description: "100% CĐCS trực thuộc", percent: 100, unitKind: G, scopeUnitIds: ["ldld-ha-noi"] } as const;
    expect(evaluateCoverage(target, units, []).total).toBe(5);
  });

  it("compares non-integer targets exactly: 95.5%", () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: `u${i}`, parentId: i < 500 ? "a" : "b" }));
    const reach = (n: number) => many.slice(0, n).map((u) => ({ unitId: u.id }));
    expect(evaluateCoverage({ percent: 95.5 }, many, reach(954))).toMatchObject({ met: false, percent: "95.4" });
    expect(evaluateCoverage({ percent: 95.5 }, many, reach(955))).toMatchObject({ met: true, percent: "95.5" });
    // 2 of 3 is 66.666…%: below 66.7, above 66.6.
    const three = many.slice(0, 3);
    const two = reach(2);
    expect(evaluateCoverage({ percent: 66.7 }, three, two)).toMatchObject({ met: false, percent: "66.7" });
    expect(evaluateCoverage({ percent: 66.6 }, three, two).met).toBe(true);
    // 1 of 3 is 33.333…%: 100/3 as a double is 33.333333333333336, read as that decimal, so not met.
    expect(evaluateCoverage({ percent: 100 / 3 }, three, reach(1)).met).toBe(false);
    expect(evaluateCoverage({ percent: 33.33 }, three, reach(1)).met).toBe(true);
    // 0.1 + 0.2 is 0.30000000000000004: read as written, not as 0.3.
    const thousand = evaluateCoverage({ percent: 0.3 }, many, reach(3));
    expect(thousand.met).toBe(true);
    expect(evaluateCoverage({ percent: 0.1 + 0.2 }, many, reach(3)).met).toBe(false);
    expect(evaluateCoverage({ percent: 1e-7 }, many, reach(0)).met).toBe(false);
    expect(evaluateCoverage({ percent: 1e-7 }, many, reach(1)).met).toBe(true);
    expect(evaluateCoverage({ percent: 0 }, many, []).met).toBe(true);
  });

  it("rounds percentages half-even with exact integers, and by the mode asked", () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ id: `u${i}` }));
    const one = [{ unitId: "u0" }];
    expect(evaluateCoverage({}, eight, one).percent).toBe("12.5");
    expect(evaluateCoverage({}, eight, one, { decimals: 0 }).percent).toBe("12");
    expect(evaluateCoverage({}, eight, one, { decimals: 0, rounding: "half-up" }).percent).toBe("13");
    expect(evaluateCoverage({}, eight, [{ unitId: "u0" }, { unitId: "u1" }, { unitId: "u2" }], { decimals: 0 }).percent).toBe("38"); // 37.5
    expect(evaluateCoverage({}, eight, one, { decimals: 3 }).percent).toBe("12.500");
    const three = eight.slice(0, 3);
    expect(evaluateCoverage({}, three, [{ unitId: "u0" }, { unitId: "u1" }]).percent).toBe("66.7");
    expect(evaluateCoverage({}, three, [{ unitId: "u0" }, { unitId: "u1" }], { rounding: "down" }).percent).toBe("66.6");
    expect(evaluateCoverage({}, three, [{ unitId: "u0" }], { decimals: 4, rounding: "ceil" }).percent).toBe("33.3334");
    expect(evaluateCoverage({}, three, [], { decimals: 2 }).percent).toBe("0.00");
  });

  it("counts a unit reached several times once", () => {
    const result = evaluateCoverage(grassroots, units, [
      { unitId: "hn-1", id: "a" },
      { unitId: "hn-1", id: "b" },
      { unitId: "hn-1", at: "2017-11-09" },
    ]);
    expect(result).toMatchObject({ reached: 1, rejected: [] });
  });

  it("rejects records it cannot count, with a reason, and counts the rest", () => {
    const records: unknown[] = [
      null,
      { unitId: 42 },
      { unitId: "nowhere" },
      { unitId: "ldld-ha-noi" }, // a unit, but not of the target's kind
      { unitId: "hn-1", at: "2017-02-30" },
      { unitId: "hn-1", at: "2017-11-03T10:00" }, // no offset: ambiguous day
      { unitId: "hn-2", at: "2017-12-01" },
      { unitId: "hn-3", at: "2017-10-31T16:59:59Z" }, // 23:59:59 on 31 October in Vietnam
      { unitId: "hn-3", at: "2017-10-31T17:00:00Z" }, // 1 November in Vietnam: counts
      { unitId: "dn-1", id: 7 },
      "dn-2",
      { unitId: "dn-2", at: new Date(Number.NaN) },
      { unitId: "dn-2", at: null },
    ];
    const result = evaluateCoverage(grassroots, units, records as ReachRecord[], {
      asOf: "2017-11-30",
      window: { start: "2017-11-01", end: "2018-05-31" },
    });
    expect(result.rejected.map((r) => [r.index, r.reason])).toEqual([
      [0, "malformed"],
      [1, "malformed"],
      [2, "unknown_unit"],
      [3, "unknown_unit"],
      [4, "invalid_date"],
      [5, "invalid_date"],
      [6, "after_as_of"],
      [7, "outside_window"],
      [9, "malformed"],
      [10, "malformed"],
      [11, "invalid_date"],
      [12, "invalid_date"],
    ]);
    expect(result.rejected[2]?.record).toBe(records[2]);
    expect(result).toMatchObject({ reached: 1, notReached: ["hn-1", "dn-1", "hn-2", "dn-2"] });
  });

  it("counts records without a date whatever asOf and window say", () => {
    const result = evaluateCoverage(grassroots, units, [{ unitId: "hn-1" }], { asOf: "2000-01-01", window: { start: "1999-01-01", end: "1999-01-31" } });
    expect(result.reached).toBe(1);
  });

  it("turns records with throwing getters into malformed, not a crash", () => {
    const hostile = { get unitId(): string { throw new TypeError("boom"); } };
    const result = evaluateCoverage(grassroots, units, [hostile]);
    expect(result.rejected.map((r) => r.reason)).toEqual(["malformed"]);
  });

  it("reads any iterable, once", () => {
    function* unitGen() {
      yield* units;
    }
    let pulls = 0;
    function* reachGen() {
      for (const unitId of ["hn-1", "hn-2"]) {
        pulls += 1;
        yield { unitId };
      }
    }
    const result = evaluateCoverage(grassroots, unitGen(), reachGen());
    expect(result.reached).toBe(2);
    expect(pulls).toBe(2);
  });

  it("has no percentage but is met when there is no unit to reach", () => {
    expect(evaluateCoverage(grassroots, [], [{ unitId: "x" }])).toEqual({
      total: 0,
      reached: 0,
      percent: null,
      met: true,
      notReached: [],
      notReachedNames: [],
      byParent: [],
      rejected: [{ index: 0, reason: "unknown_unit", record: { unitId: "x" } }],
    });
  });
});

describe("evaluateCoverage: bad input", () => {
  const call = (...args: unknown[]) => () =>
    (evaluateCoverage as (...a: unknown[]) => unknown)(...args);

  it("refuses target percentages outside 0..100, NaN and non-numbers", () => {
    for (const percent of [-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(thrownIssues(call({ percent }, units, []))).toEqual([{ path: ["target", "percent"], code: "invalid_value" }]);
    }
    expect(thrownIssues(call({ percent: "100" }, units, []))).toEqual([{ path: ["target", "percent"], code: "invalid_type" }]);
    expect(thrownIssues(call(null, units, []))).toEqual([{ path: ["target"], code: "invalid_type" }]);
    expect(thrownIssues(call({ unitKind: 3 }, units, []))).toEqual([{ path: ["target", "unitKind"], code: "invalid_type" }]);
  });

  it("refuses units that are not an iterable of objects with string ids, and duplicate ids", () => {
    for (const bad of [null, undefined, 3, "abc", { id: "x" }]) {
      expect(thrownIssues(call({}, bad, []))).toEqual([{ path: ["units"], code: "invalid_type" }]);
    }
    expect(thrownIssues(call({}, [{ id: "a" }, 7, { id: 1 }, {}, { id: "a" }, { id: "b", parentId: 2 }, { id: "c", kind: [] }], []))).toEqual([
      { path: ["units", 1], code: "invalid_type" },
      { path: ["units", 2, "id"], code: "invalid_type" },
      { path: ["units", 3, "id"], code: "invalid_type" },
      { path: ["units", 4, "id"], code: "duplicate_id" },
      { path: ["units", 5, "parentId"], code: "invalid_type" },
      { path: ["units", 6, "kind"], code: "invalid_type" },
    ]);
  });

  it("reports every problem at once, including bad options and a non-iterable reach", () => {
    expect(thrownIssues(call({ percent: 101 }, [{ id: 1 }], 5, { asOf: "2017-13-01", window: { start: "2017-09-30", end: "2017-08-01" }, decimals: 1.5, rounding: "nearest" }))).toEqual([
      { path: ["target", "percent"], code: "invalid_value" },
      { path: ["options", "asOf"], code: "invalid_date" },
      { path: ["options", "window", "end"], code: "invalid_window" },
      { path: ["options", "decimals"], code: "invalid_value" },
      { path: ["options", "rounding"], code: "invalid_value" },
      { path: ["units", 0, "id"], code: "invalid_type" },
      { path: ["reach"], code: "invalid_type" },
    ]);
    expect(thrownIssues(call({}, [], [], { window: { start: "2017-02-30" } }))).toEqual([
      { path: ["options", "window", "start"], code: "invalid_date" },
      { path: ["options", "window", "end"], code: "invalid_date" },
    ]);
    expect(thrownIssues(call({}, [], [], "soon"))).toEqual([{ path: ["options"], code: "invalid_type" }]);
  });

  it("turns failing iterables and getters into a PlanError, never a stray TypeError", () => {
    function* failing(): Generator<CoverageUnit> {
      yield { id: "a" };
      throw new TypeError("disk gone");
    }
    expect(thrownIssues(call({}, failing(), []))).toEqual([{ path: ["units"], code: "invalid_input" }]);
    try {
      evaluateCoverage({}, failing(), []);
    } catch (error) {
      expect((error as PlanError).cause).toBeInstanceOf(TypeError);
    }
    const trap = new Proxy({}, { get() { throw new TypeError("trap"); } });
    expect(thrownIssues(call(trap, [trap], [], trap))).toEqual([
      { path: ["target"], code: "invalid_input" },
      { path: ["options"], code: "invalid_input" },
      { path: ["units", 0], code: "invalid_input" },
    ]);
    function* failingReach(): Generator<ReachRecord> {
      yield { unitId: "a" };
      throw new RangeError("network");
    }
    expect(thrownIssues(call({}, [{ id: "a" }], failingReach()))).toEqual([{ path: ["reach"], code: "invalid_input" }]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const PARENTS = ["p1", "p2", "p3", undefined] as const;
const KINDS = ["grassroots-union", "provincial-federation", undefined] as const;

const unitsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 25 })
  .chain((ns) =>
    fc.tuple(
      ...ns.map((n) =>
        fc.record({ parent: fc.constantFrom(...PARENTS), kind: fc.constantFrom(...KINDS) }).map(({ parent, kind }) => {
          const unit: { id: string; parentId?: string; kind?: string } = { id: `u${n}` };
          if (parent !== undefined) unit.parentId = parent;
          if (kind !== undefined) unit.kind = kind;
          return unit;
        }),
      ),
    ),
  );

const recordArb: fc.Arbitrary<ReachRecord> = fc
  .record(
    {
      unitId: fc.integer({ min: 0, max: 45 }).map((n) => `u${n}`),
      at: fc.oneof(
        fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2017, 9, 15) + d * 86_400_000).toISOString().slice(0, 10)),
        fc.constant("2017-02-30"),
      ),
    },
    { requiredKeys: ["unitId"] },
  )
  .map((r) => r as ReachRecord);

const targetArb = fc.record(
  {
    percent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
    unitKind: fc.constantFrom("grassroots-union", "provincial-federation"),
  },
  { requiredKeys: [] },
);

const optionsArb = fc.record(
  { asOf: fc.constantFrom("2017-11-15", "2017-12-31"), window: fc.constant({ start: "2017-11-01", end: "2017-11-30" }) },
  { requiredKeys: [] },
);

const countedOf = (target: { unitKind?: string }, us: readonly CoverageUnit[]) =>
  us.filter((u) => target.unitKind === undefined || u.kind === target.unitKind).map((u) => u.id);

describe("evaluateCoverage: properties", () => {
  it("reached ≤ total; groups add up; notReached and reached units make up the counted units", () => {
    fc.assert(
      fc.property(targetArb, unitsArb, fc.array(recordArb, { maxLength: 40 }), optionsArb, (target, us, records, options) => {
        const result = evaluateCoverage(target, us, records, options);
        const counted = countedOf(target, us);
        expect(result.total).toBe(counted.length);
        expect(result.reached).toBeLessThanOrEqual(result.total);
        expect(result.byParent.reduce((s, g) => s + g.total, 0)).toBe(result.total);
        expect(result.byParent.reduce((s, g) => s + g.reached, 0)).toBe(result.reached);
        expect(result.byParent.flatMap((g) => g.notReached).sort()).toEqual([...result.notReached].sort());
        // The units reached are those of the records not rejected.
        const rejected = new Set(result.rejected.map((r) => r.index));
        const reachedUnits = new Set(records.filter((_, i) => !rejected.has(i)).map((r) => r.unitId));
        expect(reachedUnits.size).toBe(result.reached);
        for (const id of result.notReached) expect(reachedUnits.has(id)).toBe(false);
        expect([...result.notReached, ...reachedUnits].sort()).toEqual([...counted].sort());
        expect(result.notReached).toEqual(counted.filter((id) => !reachedUnits.has(id)));
        expect(result.rejected.length + records.filter((_, i) => !rejected.has(i)).length).toBe(records.length);
        // met agrees with the exact comparison where the percentage is a small decimal.
        const percent = target.percent ?? 100;
        if (Number.isInteger(percent)) expect(result.met).toBe(result.reached * 100 >= percent * result.total);
      }),
    );
  });

  it("adding a record never lowers reached nor turns met false", () => {
    fc.assert(
      fc.property(targetArb, unitsArb, fc.array(recordArb, { maxLength: 30 }), recordArb, fc.nat(), optionsArb, (target, us, records, extra, at, options) => {
        const before = evaluateCoverage(target, us, records, options);
        const more = [...records];
        more.splice(at % (records.length + 1), 0, extra);
        const after = evaluateCoverage(target, us, more, options);
        expect(after.reached).toBeGreaterThanOrEqual(before.reached);
        expect(after.reached - before.reached).toBeLessThanOrEqual(1);
        if (before.met) expect(after.met).toBe(true);
        after.byParent.forEach((g, i) => {
          const old = before.byParent[i]!;
          expect(g.parentId).toBe(old.parentId);
          expect(g.reached).toBeGreaterThanOrEqual(old.reached);
          if (old.met) expect(g.met).toBe(true);
        });
      }),
    );
  });

  it("does not depend on the order of the records", () => {
    fc.assert(
      fc.property(
        targetArb,
        unitsArb,
        fc.array(recordArb, { maxLength: 30 }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        optionsArb,
        (target, us, [records, shuffled], options) => {
          const a = evaluateCoverage(target, us, records, options);
          const b = evaluateCoverage(target, us, shuffled, options);
          expect({ ...b, rejected: [] }).toEqual({ ...a, rejected: [] });
          const reasons = (r: typeof a) => r.rejected.map((x) => x.reason).sort();
          expect(reasons(b)).toEqual(reasons(a));
        },
      ),
    );
  });

  it("percent is the exact ratio rounded half-even to one decimal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), (total, k) => {
        const reached = k % (total + 1);
        const us = Array.from({ length: total }, (_, i) => ({ id: `u${i}` }));
        const result = evaluateCoverage({}, us, us.slice(0, reached).map((u) => ({ unitId: u.id })));
        const tenths = Number(result.percent) * 10;
        // |reached × 1000 / total − tenths| ≤ 1/2, exactly: |reached × 1000 − tenths × total| × 2 ≤ total.
        expect(Math.abs(reached * 1000 - Math.round(tenths) * total) * 2).toBeLessThanOrEqual(total);
        expect(result.percent).toMatch(/^\d{1,3}\.\d$/);
      }),
    );
  });
});
