import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/calendar/phrases/normalize.js";
import { OBSERVANCE_WORDS } from "../../../src/calendar/phrases/observanceWords.js";
import { OBSERVANCES } from "../../../src/calendar/phrases/observances.js";

/** The words that the readers read from a name: what tokenize gives, marks of strictness left out. */
const wordsOf = (name: string): string =>
  tokenize(name)
    .filter((t) => t.k === "w" || t.k === "n")
    .map((t) => t.t.replace("~", ""))
    .join(" ");

describe("OBSERVANCE_WORDS", () => {
  it("is the folding of OBSERVANCES, entry by entry in the same order: the name, then each alias", () => {
    expect(OBSERVANCE_WORDS).toHaveLength(OBSERVANCES.length);
    OBSERVANCES.forEach((o, i) => {
      expect(OBSERVANCE_WORDS[i]!.names).toEqual([o.name, ...o.aliases].map(wordsOf));
      expect(OBSERVANCE_WORDS[i]!.rule).toBe(o.rule);
    });
  });

  it("gives every public entry its five fields, an id and an English name of its own, all frozen", () => {
    for (const o of OBSERVANCES) {
      expect(Object.keys(o)).toEqual(["id", "name", "aliases", "nameEn", "rule"]);
      expect(o.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(o.nameEn).not.toBe("");
      expect(Object.isFrozen(o) && Object.isFrozen(o.aliases) && Object.isFrozen(o.rule)).toBe(true);
    }
    expect(new Set(OBSERVANCES.map((o) => o.nameEn)).size).toBe(OBSERVANCES.length);
    expect(Object.isFrozen(OBSERVANCES) && Object.isFrozen(OBSERVANCE_WORDS) && OBSERVANCE_WORDS.every((o) => Object.isFrozen(o.names))).toBe(true);
    expect(OBSERVANCES.find((o) => o.id === "osh-month")).toEqual({
      id: "osh-month",
      name: "Tháng hành động về an toàn, vệ sinh lao động",
      aliases: ["Tháng hành động quốc gia về an toàn, vệ sinh lao động", "Tháng hành động về ATVSLĐ"],
      nameEn: "Action Month on Occupational Safety and Health",
      rule: { kind: "month", month: 5 },
    });
  });
});
