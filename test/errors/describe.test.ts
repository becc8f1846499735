import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipText, describeValue, kindOf, quoteValue } from "../../src/errors/describe.js";
import { valueVi } from "../../src/errors/_lib/words.js";

describe("describeValue", () => {
  it("names each kind of value by its text, digits or kind", () => {
    expect(describeValue("abc")).toBe("abc");
    expect(describeValue(12.5)).toBe("12.5");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(10n ** 20n)).toBe("100000000000000000000n");
    expect(describeValue(true)).toBe("true");
    expect(describeValue(false)).toBe("false");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(Symbol("x"))).toBe("symbol");
    expect(describeValue(() => 1)).toBe("function");
    expect(describeValue(null)).toBe("null");
    expect(describeValue([1])).toBe("array");
    expect(describeValue(new Map())).toBe("Map");
    expect(describeValue(new Set())).toBe("Set");
    expect(describeValue(new Uint8Array(1))).toBe("typed array");
    expect(describeValue({ toString: () => "boom" })).toBe("object");
    expect(describeValue(new Date(Date.UTC(2017, 6, 1)))).toBe("2017-07-01T00:00:00.000Z");
    expect(describeValue(new Date(Number.NaN))).toBe("Invalid Date");
    expect(quoteValue("x")).toBe('"x"');
    expect(kindOf(new Date(0))).toBe("Date");
  });

  it("never runs the value's own code, never writes [object Object], and cuts long text to 60 characters", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), (value) => {
        const text = describeValue(value);
        expect(text).not.toContain("[object");
        if (typeof value === "string") {
          expect(text).toBe(clipText(value));
          expect(Array.from(text).length).toBeLessThanOrEqual(60);
        }
      }),
    );
    const trap = new Proxy({}, { get: () => { throw new Error("read"); } });
    expect(describeValue(trap)).toBe("object");
  });
});

describe("valueVi", () => {
  it("names a value that is not text in Vietnamese: its digits, or its kind", () => {
    expect(valueVi(12)).toBe("12");
    expect(valueVi(5n)).toBe("5n");
    expect(valueVi(true)).toBe("true");
    expect(valueVi(null)).toBe("null");
    expect(valueVi(undefined)).toBe("không có giá trị");
    expect(valueVi([])).toBe("danh sách");
    expect(valueVi({})).toBe("khối dữ liệu");
    expect(valueVi(new Date(Number.NaN))).toBe("Date không hợp lệ");
    expect(valueVi(new Date(0))).toBe("1970-01-01T00:00:00.000Z");
    expect(valueVi(Symbol("x"))).toBe("ký hiệu (symbol)");
  });
});
