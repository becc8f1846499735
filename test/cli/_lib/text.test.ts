/** Reading the text of a plan and its options (src/cli/_lib/text.ts), in process, with real files in a temporary folder. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { failure } from "../_failure.js";
import { clip, loadPlanText, loadUnitDirectory, locatedLine, placeText, textOptions } from "../../../src/cli/_lib/text.js";

const dir = mkdtempSync(join(tmpdir(), "cdkh-text-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe("loadPlanText", () => {
  it("reads UTF-8 text, without its byte-order mark", () => {
    writeFileSync(join(dir, "bom.txt"), "\uFEFFKẾ HOẠCH\r\nTuyên truyền");
    expect(loadPlanText(join(dir, "bom.txt"))).toBe("KẾ HOẠCH\r\nTuyên truyền");
  });

  it("names a Word file (a zip archive) as such, whatever its name", () => {
    const zip = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.from([0x14, 0x00, 0xc3, 0x28, 0xff])]);
    for (const name of ["plan.docx", "plan.txt", "plan"]) {
      writeFileSync(join(dir, name), zip);
      const error = failure(() => loadPlanText(join(dir, name)));
      expect(error.exitCode).toBe(2);
      expect(error.message).toContain("is a Word file");
    }
    // A zip that happens to be UTF-8 too.
    writeFileSync(join(dir, "ascii.zip"), "PK\u0003\u0004abc");
    expect(failure(() => loadPlanText(join(dir, "ascii.zip"))).message).toContain("is a Word file");
  });

  it("a file that is not UTF-8 and not a zip: not UTF-8", () => {
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x4b, 0xca, 0x20]));
    expect(failure(() => loadPlanText(join(dir, "latin1.txt"))).message).toContain("is not UTF-8 text");
  });
});

describe("loadUnitDirectory and textOptions", () => {
  it("reads an array of units; the problems of a wrong shape with their paths (exit 1)", () => {
    const units = [{ id: "a", name: "A", shortName: "A.", aliases: ["Ay"], kind: "department", parentId: "tld" }];
    writeFileSync(join(dir, "units.json"), JSON.stringify(units));
    expect(loadUnitDirectory(join(dir, "units.json"))).toEqual(units);
    writeFileSync(join(dir, "bad.json"), JSON.stringify([{ name: "A" }, { id: "b", name: 2, aliases: ["x", 1] }]));
    const error = failure(() => loadUnitDirectory(join(dir, "bad.json")));
    expect(error.exitCode).toBe(1);
    const lines = error.lines.slice(1).map((l) => (typeof l === "string" ? l : l.en));
    expect(lines.map((l) => l.trim().split(/\s+/).slice(1, 3).join(" "))).toEqual(["[0].id missing:", "[1].name invalid_type:", "[1].aliases[1] invalid_type:"]);
    writeFileSync(join(dir, "object.json"), "{}");
    expect(failure(() => loadUnitDirectory(join(dir, "object.json"))).exitCode).toBe(1);
  });

  it("textOptions: only the options given; a reference date that is not a date is a usage error", () => {
    expect(textOptions({})).toEqual({});
    expect(textOptions({ "reference-date": "2025-11-19" })).toEqual({ referenceDate: "2025-11-19" });
    for (const bad of ["2025-02-30", "19/11/2025", "2025-11"]) expect(failure(() => textOptions({ "reference-date": bad })).exitCode).toBe(2);
  });
});

describe("the located lines", () => {
  it("placeText and locatedLine write file:line:column, the path when there is one", () => {
    const at = { line: 14, column: 1, endLine: 14, endColumn: 10, offset: 120, length: 9 };
    expect(placeText("plan.txt", at)).toBe("plan.txt:14:1");
    const entry = { ...at, severity: "error" as const, path: ["budget", "declaredTotal"], code: "declared_total_mismatch", message: "m", messageVi: "tv" };
    expect(locatedLine("plan.txt", entry, "vi")).toBe("  lỗi  plan.txt:14:1  budget.declaredTotal  declared_total_mismatch: tv");
    expect(locatedLine("plan.txt", { ...entry, path: [] }, "en")).toBe("  error  plan.txt:14:1  declared_total_mismatch: m");
  });

  it("clip: a JSON string of at most 60 characters, the whole text when it fits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (text) => {
        const clipped = JSON.parse(clip(text)) as string;
        const chars = Array.from(text.trim());
        expect(Array.from(clipped).length).toBeLessThanOrEqual(60);
        if (chars.length <= 60) expect(clipped).toBe(text.trim());
        else expect(clipped).toBe(`${chars.slice(0, 59).join("")}…`);
      }),
    );
  });
});
