import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { parsePlan, PlanValidationError, safeParsePlan } from "../../src/index.js";
import { minimalPlanJson } from "../fixtures.js";

const codes = (input: unknown): string[] => {
  const result = safeParsePlan(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.code);
};

function nestedArrays(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedObjects(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function prototypesAreClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe["polluted"] === undefined && (Object.prototype as Record<string, unknown>)["polluted"] === undefined && [].constructor === Array;
}

describe("hostile input", () => {
  afterEach(() => {
    expect(prototypesAreClean()).toBe(true);
  });

  it("never throws, whatever the value: fast-check over arbitrary values", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (value) => {
          const result = safeParsePlan(value);
          expect(result.success).toBe(false);
          if (!result.success) {
            expect(result.error).toBeInstanceOf(PlanValidationError);
            expect(result.error.issues.length).toBeGreaterThan(0);
          }
          expect(() => parsePlan(value)).toThrow(PlanValidationError);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws when arbitrary values replace parts of a valid plan", () => {
    const paths: (string | number)[][] = [
      ["header"],
      ["header", "title"],
      ["units", 0],
      ["units", 0, "kind"],
      ["units", 3, "outlet"],
      ["channels", 0, "quotas", 0],
      ["channels", 0, "activities", 0, "window"],
      ["budget", "sections", 0, "lines", 0, "amount"],
      ["budget"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything({ withNullPrototype: true, withObjectString: true }), (path, value) => {
        const plan = minimalPlanJson() as Record<string, unknown>;
        let parent: any = plan;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1]!] = value;
        const result = safeParsePlan(plan);
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("does not let __proto__ or constructor keys pollute a prototype", () => {
    const text = JSON.stringify(minimalPlanJson()).replace(
      '"name":"Ban Tuyên giáo"',
      '"name":"Ban Tuyên giáo","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}',
    );
    const input = JSON.parse(`{"__proto__":{"polluted":true},${text.slice(1)}`);
    const result = safeParsePlan(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([
        [["units", 1], "unrecognized_keys"],
        [[], "unrecognized_keys"],
      ]);
    }
    expect(prototypesAreClean()).toBe(true);
  });

  it("gives an error, not a stack overflow, for 20,000-deep nesting anywhere", () => {
    expect(codes(nestedArrays(20_000))).toEqual(["invalid_type"]);
    expect(codes(nestedObjects(20_000))).toContain("unrecognized_keys");
    for (const deep of [nestedArrays(20_000), nestedObjects(20_000)]) {
      const plan = minimalPlanJson() as Record<string, any>;
      plan["header"].title = deep;
      plan["units"][0].outlet = deep;
      plan["extra"] = deep;
      const found = codes(plan);
      expect(found[0]).toBe("invalid_type"); // header.title
      expect(found[found.length - 1]).toBe("unrecognized_keys"); // the extra key at the root
    }
  });

  it("rejects megabyte strings quickly, with short messages", () => {
    const huge = "x".repeat(1_000_000);
    const plan = minimalPlanJson() as Record<string, any>;
    plan["header"].subject = huge;
    plan["units"][0].id = huge;
    plan["budget"].declaredTotal = "9".repeat(1_000_000);
    plan["phases"][0].window.start = huge;
    // A pathological regex would hang here; the test runner's timeout is the guard, speed is in the benchmarks.
    const result = safeParsePlan(plan);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => i.path.join("."))).toEqual(
        expect.arrayContaining(["header.subject", "units.0.id", "budget.declaredTotal", "phases.0.window.start"]),
      );
      for (const issue of result.error.issues) expect(issue.message.length).toBeLessThan(500);
      expect(result.error.message.length).toBeLessThan(2_000);
    }
  });

  it("reports a value that throws when read, instead of throwing", () => {
    const plan = minimalPlanJson() as Record<string, unknown>;
    Object.defineProperty(plan, "header", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const result = safeParsePlan(plan);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.code).toBe("invalid_input");

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(safeParsePlan(proxy).success).toBe(false);
  });
});
