import { describe, expect, it } from "vitest";
import { formatPath, PlanError, PlanValidationError } from "../../src/index.js";
import { catalogue } from "../../src/errors/messages.js";

describe("PlanError", () => {
  const issue = { path: ["units", 0, "id"], code: "duplicate_id" as const, message: "duplicate", messageVi: "trùng" };

  it("carries frozen issues and a message that names the paths", () => {
    const error = new PlanValidationError([issue, { ...issue, path: [] }]);
    expect(error).toBeInstanceOf(PlanError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PlanValidationError");
    expect(error.message).toBe("2 problems: units[0].id: duplicate; (root): duplicate");
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
  });

  it("copies the issues it is given", () => {
    const path: (string | number)[] = ["a"];
    const error = new PlanError([{ ...issue, path }]);
    path.push("b");
    expect(error.issues[0]?.path).toEqual(["a"]);
  });

  it("summarises long lists", () => {
    const error = new PlanError(Array.from({ length: 5 }, () => issue));
    expect(error.message).toMatch(/^5 problems: .*\(and 2 more\)$/);
  });
});

describe("formatPath", () => {
  it("writes paths as JavaScript would address them", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["channels", 0, "quotas", 1, "min"])).toBe("channels[0].quotas[1].min");
    expect(formatPath(["units", "has space"])).toBe('units["has space"]');
    expect(formatPath([3])).toBe("[3]");
  });
});

describe("the message catalogue", () => {
  it("has an English and a different Vietnamese message for every code", () => {
    for (const [code, message] of Object.entries(catalogue)) {
      expect(message.code).toBe(code);
      const [en, vi] = message.text({ expected: "string", received: "number", value: "x", id: "x", kind: "unit", keys: ["k"], limit: 1 });
      expect(en.length, code).toBeGreaterThan(0);
      expect(vi.length, code).toBeGreaterThan(0);
      expect(vi, code).not.toBe(en);
      expect(en, code).not.toMatch(/undefined|\[object/);
      expect(vi, code).not.toMatch(/undefined|\[object/);
    }
  });
});
