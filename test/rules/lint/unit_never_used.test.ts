import { describe, expect, it } from "vitest";
import { clean, run } from "./_lib/fixtures.js";

describe("unit_never_used: triggered by a small change and not triggered without it", () => {
  it("unit_never_used, unless referenced by id or by kind", () => {
    const findings = run(clean((j) => j.units.push({ id: "spare", name: "Công ty dự phòng", kind: "company" })), "unit_never_used");
    expect(findings).toMatchObject([{ path: ["units", 6], details: { unitId: "spare", kind: "company" } }]);
    const byKind = clean((j) => {
      j.units.push({ id: "cdcs", name: "Công đoàn cơ sở", kind: "grassroots-union", parentId: "ldld", group: true });
      j.channels[0].activities[0].targets.push({ id: "t1", description: "100% CĐCS", percent: 100, unitKind: "grassroots-union" });
    });
    expect(run(byKind, "unit_never_used")).toEqual([]);
    const parentOnly = clean((j) => j.units.push({ id: "holding", name: "Tổng công ty", kind: "company" }, { id: "sub", name: "Công ty con", kind: "company", parentId: "holding" }));
    expect(run(parentOnly, "unit_never_used").map((f) => f.details?.["unitId"])).toEqual(["sub"]); // being a parent is a use
  });
});
