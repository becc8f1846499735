import { describe, expect, it } from "vitest";
import { LUNAR_MONTH_NAMES } from "../../../src/index.js";

describe("LUNAR_MONTH_NAMES", () => {
  it("names the twelve lunar months, tháng Giêng to tháng Chạp", () => {
    expect(LUNAR_MONTH_NAMES).toHaveLength(12);
    expect(LUNAR_MONTH_NAMES[0]).toBe("Giêng");
    expect(LUNAR_MONTH_NAMES[3]).toBe("Tư");
    expect(LUNAR_MONTH_NAMES[11]).toBe("Chạp");
    expect(new Set(LUNAR_MONTH_NAMES).size).toBe(12);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(LUNAR_MONTH_NAMES)).toBe(true);
  });
});
