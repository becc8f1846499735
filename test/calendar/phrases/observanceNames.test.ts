import { describe, expect, it } from "vitest";
import { OBSERVANCE_NAMES } from "../../../src/calendar/phrases/observanceNames.js";
import { OBSERVANCES } from "../../../src/calendar/phrases/observances.js";

describe("OBSERVANCE_NAMES", () => {
  it("is OBSERVANCES without the ids and English names, entry by entry in the same order", () => {
    expect(OBSERVANCE_NAMES).toHaveLength(OBSERVANCES.length);
    expect(OBSERVANCES.map(({ name, aliases, rule }) => ({ name, aliases, rule }))).toEqual(OBSERVANCE_NAMES);
  });

  it("gives every public entry its five fields, an id and an English name of its own, all frozen", () => {
    for (const o of OBSERVANCES) {
      expect(Object.keys(o)).toEqual(["id", "name", "aliases", "nameEn", "rule"]);
      expect(o.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(o.nameEn).not.toBe("");
      expect(Object.isFrozen(o) && Object.isFrozen(o.aliases) && Object.isFrozen(o.rule)).toBe(true);
    }
    expect(new Set(OBSERVANCES.map((o) => o.nameEn)).size).toBe(OBSERVANCES.length);
    expect(Object.isFrozen(OBSERVANCES) && Object.isFrozen(OBSERVANCE_NAMES)).toBe(true);
    expect(OBSERVANCES.find((o) => o.id === "workers-month")).toEqual({
      id: "workers-month",
      name: "Tháng Công nhân",
      aliases: [],
      nameEn: "Workers' Month",
      rule: { kind: "month", month: 5 },
    });
    expect(OBSERVANCES.find((o) => o.id === "army-day")?.name).toBe("Ngày thành lập Quân đội nhân dân Việt Nam");
  });
});
