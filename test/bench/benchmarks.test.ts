/**
 * A smoke test of `npm run bench`: every benchmark on tiny inputs, checking only that each hand-written
 * baseline computes what the library computes (so that a benchmark never times two different answers).
 * No timing here, ever: speed is measured by `npm run bench`, not asserted by tests.
 */
import { describe, expect, it } from "vitest";
import { BENCHMARKS } from "../../bench/benchmarks.js";
import { checkAgreement, logLogSlope } from "../../bench/harness.js";

describe("benchmarks in quick mode", () => {
  it("has one benchmark per name", () => {
    expect(new Set(BENCHMARKS.map((b) => b.name)).size).toBe(BENCHMARKS.length);
  });

  for (const bench of BENCHMARKS) {
    it(`${bench.name}: the baseline agrees with the library`, () => {
      if (bench.kind === "ratio") {
        const prepared = bench.prepare(true);
        expect(() => checkAgreement(bench.name, prepared)).not.toThrow();
        if (prepared.agreement !== undefined) expect(prepared.library()).toEqual(prepared.baseline());
      } else if (bench.kind === "slope") {
        for (const size of bench.quickSizes) {
          const { run, check } = bench.prepare(size);
          const result = run();
          expect(() => (check as ((r: unknown) => void) | undefined)?.(result)).not.toThrow();
        }
      } else {
        expect(() => bench.check()).not.toThrow();
      }
    }, 120_000);
  }

  it("the agreement check fails when the two disagree", () => {
    const prepared = { library: () => [1, 2], baseline: () => [1, 3], figures: (r: never) => r, items: 1, unit: "call" };
    expect(() => checkAgreement("broken", prepared)).toThrow(/disagree/);
  });

  it("measures a slope of 1 for linear times and 2 for quadratic ones", () => {
    expect(logLogSlope([1000, 4000, 16_000], [10, 40, 160])).toBeCloseTo(1, 10);
    expect(logLogSlope([1000, 4000, 16_000], [1, 16, 256])).toBeCloseTo(2, 10);
  });
});
