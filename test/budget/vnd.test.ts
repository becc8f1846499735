import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountSchema, formatVnd, isVnd, PlanError, vnd, Vnd } from "../../src/index.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof PlanError ? error.issues[0]?.code : `not a PlanError: ${String(error)}`;
  }
  return undefined;
};

const big = fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n });

describe("vnd", () => {
  it("reads numbers, bigints, plain and dot-grouped digit strings", () => {
    expect(vnd(151_500_000).toString()).toBe("151500000");
    expect(vnd(151_500_000n).toString()).toBe("151500000");
    expect(vnd("151500000").toString()).toBe("151500000");
    expect(vnd("151.500.000").toString()).toBe("151500000");
    expect(vnd(" 1.000 ").toString()).toBe("1000");
    expect(vnd("-1.000").toString()).toBe("-1000");
    expect(vnd(0).toString()).toBe("0");
    expect(vnd(-0).toString()).toBe("0");
    expect(vnd("-0").toString()).toBe("0");
  });

  it("returns a Vnd as it is", () => {
    const amount = vnd(5);
    expect(vnd(amount)).toBe(amount);
    expect(isVnd(amount)).toBe(true);
    expect(amount).toBeInstanceOf(Vnd);
    expect(isVnd(5)).toBe(false);
  });

  it.each([
    ["a fraction", 1.5],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["an unsafe integer number", 2 ** 60],
    ["an empty string", ""],
    ["a comma-grouped string", "151,500,000"],
    ["a badly grouped string", "1.50.000"],
    ["a decimal string", "100.5"],
    ["an exponent", "1e6"],
    ["text", "ba mươi"],
    ["61 digits", "1".repeat(61)],
    ["null", null],
    ["an object", {}],
  ])("refuses %s with a PlanError invalid_amount", (_name, value) => {
    expect(codeOf(() => vnd(value as never))).toBe("invalid_amount");
  });

  it("names the value in the message, in English and Vietnamese", () => {
    try {
      vnd(1.5);
      expect.unreachable();
    } catch (error) {
      const issue = (error as PlanError).issues[0]!;
      expect(issue.path).toEqual([]);
      expect(issue.message).toContain("1.5");
      expect(issue.messageVi).toContain("1.5");
    }
  });

  it("is immutable", () => {
    const amount = vnd(100);
    expect(Object.isFrozen(amount)).toBe(true);
    expect(() => {
      (amount as unknown as { value: unknown }).value = 5;
    }).toThrow(TypeError);
    amount.add(1);
    expect(amount.toString()).toBe("100");
  });

  it("becomes text as its digits but refuses to be a number, and sorts with Vnd.compare", () => {
    expect(`${vnd(1500)}`).toBe("1500");
    expect(String(vnd(-7))).toBe("-7");
    expect(() => (vnd(5) as unknown as number) > (vnd(40) as unknown as number)).toThrow(TypeError);
    expect(() => (vnd(9) as unknown as number) + (vnd(10) as unknown as number)).toThrow(TypeError);
    expect([vnd(10), vnd(9), vnd(100)].sort(Vnd.compare).map(String)).toEqual(["9", "10", "100"]);
  });

  it("refuses a leading zero group: 0.500 is not five hundred đồng", () => {
    expect(codeOf(() => vnd("0.500"))).toBe("invalid_amount");
    expect(codeOf(() => vnd("000.000"))).toBe("invalid_amount");
    expect(vnd("0").toString()).toBe("0");
  });

  it("serialises to the digit string and back", () => {
    expect(JSON.stringify({ total: vnd("151.500.000") })).toBe('{"total":"151500000"}');
    expect(vnd(10n ** 40n).toBigInt()).toBe(10n ** 40n);
  });

  it("multiplies by whole quantities only", () => {
    expect(vnd(100_000).multiply(365).toString()).toBe("36500000");
    expect(vnd(100_000).multiply(3n).toString()).toBe("300000");
    expect(codeOf(() => vnd(1).multiply(0.5))).toBe("invalid_quantity");
    expect(codeOf(() => vnd(1).multiply(2 ** 60))).toBe("invalid_quantity");
    expect(codeOf(() => vnd(1).multiply("2" as never))).toBe("invalid_quantity");
    expect(vnd(1).multiply(2n ** 60n).toBigInt()).toBe(2n ** 60n);
  });

  it("agrees with bigint arithmetic far beyond 2^53 (add, subtract, multiply, compare)", () => {
    fc.assert(
      fc.property(big, big, fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), (a, b, k) => {
        const x = vnd(a);
        const y = vnd(b.toString());
        expect(x.add(y).toBigInt()).toBe(a + b);
        expect(x.subtract(y).toBigInt()).toBe(a - b);
        expect(x.multiply(k).toBigInt()).toBe(a * k);
        expect(x.compare(y)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(x.equals(b)).toBe(a === b);
        expect(x.isZero()).toBe(a === 0n);
        expect(x.isNegative()).toBe(a < 0n);
        // the operands are untouched by the operations
        expect(x.toBigInt()).toBe(a);
        expect(y.toBigInt()).toBe(b);
      }),
    );
  });

  it("reads back what it writes: vnd(x.toString()) equals x, grouped or not", () => {
    fc.assert(
      fc.property(big, (a) => {
        const amount = vnd(a);
        expect(vnd(amount.toString()).equals(amount)).toBe(true);
        const grouped = (a < 0n ? "-" : "") + (a < 0n ? -a : a).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        expect(vnd(grouped).toBigInt()).toBe(a);
      }),
    );
  });

  it("sums are order-free", () => {
    fc.assert(
      fc.property(fc.array(big, { maxLength: 20 }), (values) => {
        const forward = values.reduce((sum, v) => sum.add(v), vnd(0));
        const backward = [...values].reverse().reduce((sum, v) => sum.add(v), vnd(0));
        expect(forward.equals(backward)).toBe(true);
        expect(forward.toBigInt()).toBe(values.reduce((s, v) => s + v, 0n));
      }),
    );
  });
});

describe("amountSchema", () => {
  it("parses non-negative amounts to Vnd and refuses the rest", () => {
    expect(amountSchema.parse(30_000_000).toString()).toBe("30000000");
    expect(amountSchema.parse("36.500.000").toString()).toBe("36500000");
    for (const bad of [-1, 1.5, "-5", "1,5", "", null, 2 ** 60]) expect(amountSchema.safeParse(bad).success).toBe(false);
  });
});

describe("formatVnd", () => {
  it("groups digits with dots and ends in đồng", () => {
    expect(formatVnd(vnd(151_500_000))).toBe("151.500.000 đồng");
    expect(formatVnd(0)).toBe("0 đồng");
    expect(formatVnd(999)).toBe("999 đồng");
    expect(formatVnd(1000)).toBe("1.000 đồng");
    expect(formatVnd(-30_000)).toBe("-30.000 đồng");
  });

  it("writes what vnd reads back", () => {
    fc.assert(
      fc.property(big, (a) => {
        const text = formatVnd(a);
        expect(text.endsWith(" đồng")).toBe(true);
        expect(vnd(text.slice(0, -" đồng".length)).toBigInt()).toBe(a);
      }),
    );
  });
});
