import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lunarYearFromName, lunarYearName } from "../../../src/index.js";
import { thrownIssues } from "../../thrownIssues.js";

describe("lunarYearFromName", () => {
  it("reads the years of plans near the year they are written", () => {
    expect(lunarYearFromName("Bính Ngọ", 2025)).toBe(2026);
    expect(lunarYearFromName("Ất Tỵ", 2026)).toBe(2025);
    expect(lunarYearFromName("Đinh Dậu", 2017)).toBe(2017);
    expect(lunarYearFromName("Giáp Tý", 2000)).toBe(1984);
    expect(lunarYearFromName("Giáp Tý", 2014)).toBe(2044);
  });

  it("takes the year from 29 years before the reference to 30 years after it", () => {
    expect(lunarYearFromName("Bính Ngọ", 2055)).toBe(2026);
    expect(lunarYearFromName("Bính Ngọ", 2056)).toBe(2086);
    expect(lunarYearFromName("Bính Ngọ", 1996)).toBe(2026);
    expect(lunarYearFromName("Bính Ngọ", 1995)).toBe(1966);
  });

  it("finds the year of its own name, for any reference within the window (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -29, max: 30 }), (near, offset) => {
        expect(lunarYearFromName(lunarYearName(near + offset), near)).toBe(near + offset);
      }),
    );
  });

  it.each([
    ["bính ngọ"],
    ["BÍNH NGỌ"],
    ["  Bính   Ngọ "],
    ["Bính-Ngọ"],
    ["Binh Ngo"],
    ["binh ngo"],
    ["Bính Ngọ".normalize("NFD")],
  ])("reads %j as Bính Ngọ", (name) => {
    expect(lunarYearFromName(name, 2025)).toBe(2026);
  });

  it("reads the other spellings: Tị, Tí, Mẹo, Kỉ, Quí, and Tý/Tỵ without diacritics", () => {
    expect(lunarYearFromName("Ất Tị", 2025)).toBe(2025);
    expect(lunarYearFromName("Canh Tí", 2020)).toBe(2020);
    expect(lunarYearFromName("Quý Mẹo", 2023)).toBe(2023);
    expect(lunarYearFromName("Kỉ Hợi", 2019)).toBe(2019);
    expect(lunarYearFromName("Quí Mão", 2023)).toBe(2023);
    expect(lunarYearFromName("At Ty", 2025)).toBe(2025); // Ất Tỵ: odd stem, odd branch
    expect(lunarYearFromName("Canh Ty", 2020)).toBe(2020); // Canh Tý: even stem, even branch
    expect(lunarYearFromName("Dinh Dau", 2017)).toBe(2017);
  });

  it.each([
    ["a stem and a branch that never pair", "Bính Tỵ"],
    ["a stem alone", "Bính"],
    ["three words", "năm Bính Ngọ"],
    ["a wrong word", "Bính Ngựa"],
    ["an empty string", ""],
    ["a very long text", "Bính Ngọ ".repeat(1000)],
  ])("refuses %s with invalid_format at []", (_name, name) => {
    expect(thrownIssues(() => lunarYearFromName(name, 2025))).toEqual([{ path: [], code: "invalid_format" }]);
  });

  it("refuses a name that is not a string, and a reference that is not an integer", () => {
    expect(thrownIssues(() => lunarYearFromName(2026 as never, 2025))).toEqual([{ path: [], code: "invalid_type" }]);
    expect(thrownIssues(() => lunarYearFromName(null as never, 2025))).toEqual([{ path: [], code: "invalid_type" }]);
    expect(thrownIssues(() => lunarYearFromName("Bính Ngọ", 2025.5))).toEqual([{ path: ["near"], code: "invalid_type" }]);
    expect(thrownIssues(() => lunarYearFromName("Bính Ngọ", undefined as never))).toEqual([{ path: ["near"], code: "invalid_type" }]);
  });

  it("rejects the names of Object.prototype's members as stems and branches with a PlanError", () => {
    for (const word of Object.getOwnPropertyNames(Object.prototype)) {
      expect(thrownIssues(() => lunarYearFromName(`${word} Ngọ`, 2026)), word).toEqual([{ path: [], code: "invalid_format" }]);
      expect(thrownIssues(() => lunarYearFromName(`Bính ${word}`, 2026)), word).toEqual([{ path: [], code: "invalid_format" }]);
    }
  });
});
