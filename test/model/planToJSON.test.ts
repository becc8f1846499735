import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isVnd, parsePlan, planToJSON, safeParsePlan } from "../../src/index.js";
import { planJsonArb } from "../arbitraries.js";
import { minimalPlanJson } from "../fixtures.js";

function containsNonPlain(value: unknown): boolean {
  if (value === null || typeof value !== "object") return typeof value === "bigint" || typeof value === "function";
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return true;
  return Object.values(value).some(containsNonPlain);
}

describe("planToJSON", () => {
  it("writes amounts as digit strings and leaves absent fields out", () => {
    const json = planToJSON(parsePlan(minimalPlanJson()));
    const line = json.budget?.sections?.[0]?.lines?.[0];
    expect(line?.amount).toBe("30000000");
    expect(line?.unitPrice).toBe("100000");
    expect(json.budget?.declaredTotal).toBe("30000000");
    expect("edge" in (json.channels?.[0]?.quotas?.[0] ?? {})).toBe(false);
    expect(containsNonPlain(json)).toBe(false);
  });

  it("returns mutable data that shares nothing with the plan", () => {
    const plan = parsePlan(minimalPlanJson());
    const json = planToJSON(plan);
    expect(Object.isFrozen(json)).toBe(false);
    (json.units as unknown as { name: string }[])[0]!.name = "changed";
    expect(plan.units[0]?.name).toBe("Tổng Liên đoàn Lao động Việt Nam");
  });

  it("round-trips generated plans: parsePlan(planToJSON(p)) deep-equals p", () => {
    fc.assert(
      fc.property(planJsonArb, (input) => {
        const result = safeParsePlan(input);
        if (!result.success) throw new Error(JSON.stringify(result.error.issues.slice(0, 3)));
        const plan = result.data;
        expect(parsePlan(planToJSON(plan))).toEqual(plan);
        expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
        expect(containsNonPlain(planToJSON(plan))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("is a fixed point after one parse: the JSON of a plan is its canonical document", () => {
    fc.assert(
      fc.property(planJsonArb, (input) => {
        const once = planToJSON(parsePlan(input));
        expect(planToJSON(parsePlan(once))).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every amount exact across the round trip", () => {
    fc.assert(
      fc.property(planJsonArb, (input) => {
        const plan = parsePlan(input);
        const again = parsePlan(planToJSON(plan));
        plan.budget?.sections.forEach((section, i) =>
          section.lines.forEach((line, j) => {
            const other = again.budget?.sections[i]?.lines[j];
            if (line.amount) expect(isVnd(other?.amount) && other.amount.equals(line.amount)).toBe(true);
          }),
        );
      }),
      { numRuns: 50 },
    );
  });
});
