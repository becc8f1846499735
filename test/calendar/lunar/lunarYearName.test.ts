import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lunarYearName } from "../../../src/index.js";
import { thrownIssues } from "../../thrownIssues.js";

describe("lunarYearName", () => {
  it.each([
    [2026, "Bính Ngọ"],
    [2025, "Ất Tỵ"],
    [2024, "Giáp Thìn"],
    [2017, "Đinh Dậu"],
    [2007, "Đinh Hợi"],
    [1985, "Ất Sửu"],
    [1984, "Giáp Tý"],
    [1968, "Mậu Thân"],
    [1945, "Ất Dậu"],
    [1900, "Canh Tý"],
    [2199, "Kỷ Hợi"],
    [4, "Giáp Tý"],
    [0, "Canh Thân"],
    [-1, "Kỷ Mùi"],
  ])("%i is %s", (year, name) => {
    expect(lunarYearName(year)).toBe(name);
  });

  it("repeats every 60 years, the stem every 10 and the branch every 12 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (year) => {
        const [stem, branch] = lunarYearName(year).split(" ");
        expect(lunarYearName(year + 60)).toBe(lunarYearName(year));
        expect(lunarYearName(year + 10).split(" ")[0]).toBe(stem);
        expect(lunarYearName(year + 12).split(" ")[1]).toBe(branch);
        expect(lunarYearName(year + 1)).not.toBe(lunarYearName(year));
      }),
    );
  });

  it("gives 60 different names to 60 years in a row", () => {
    expect(new Set(Array.from({ length: 60 }, (_, i) => lunarYearName(1984 + i))).size).toBe(60);
  });

  it.each([[1.5], ["2026"], [null], [Number.NaN], [{}]])("refuses %s with invalid_type at []", (year) => {
    expect(thrownIssues(() => lunarYearName(year as never))).toEqual([{ path: [], code: "invalid_type" }]);
  });
});
