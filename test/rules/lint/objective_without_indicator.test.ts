import { describe, expect, it } from "vitest";
import { clean, reference, run } from "./_lib/fixtures.js";

describe("objective_without_indicator", () => {
  const indicator = { id: "i1", text: "100% CĐCS được tuyên truyền", measure: "percent", comparator: "at-least", value: 100 };
  const withObjectives = (objectives: object[]) => clean((j) => ((j.schemaVersion = 2), (j.objectives = objectives)));

  it("finds each objective that gives no indicator, in document order", () => {
    const findings = run(
      withObjectives([
        { id: "o1", label: "a", text: "Nâng cao nhận thức của đoàn viên về vai trò của tổ chức công đoàn.", indicators: [] },
        { id: "o2", text: "Phủ kín công đoàn cơ sở.", indicators: [indicator] },
        { id: "o3", text: "Lan tỏa.", indicators: [] },
      ]),
      "objective_without_indicator",
    );
    expect(findings.map((f) => [f.severity, f.path, f.details])).toEqual([
      ["info", ["objectives", 0, "indicators"], { objectiveId: "o1" }],
      ["info", ["objectives", 2, "indicators"], { objectiveId: "o3" }],
    ]);
    expect(findings[0]?.messageVi).toBe('mục tiêu "a. Nâng cao nhận thức của đoàn viên về vai trò của tổ chức …" không có chỉ tiêu cụ thể: không đo được mức độ đạt mục tiêu');
    expect(findings[1]?.message).toBe('the objective "Lan tỏa." has no indicator: nothing says how far it is to be reached');
  });

  it("finds nothing where every objective has an indicator, or there is none", () => {
    expect(run(withObjectives([{ id: "o2", text: "Phủ kín công đoàn cơ sở.", indicators: [indicator] }]), "objective_without_indicator")).toEqual([]);
    expect(run(reference, "objective_without_indicator")).toEqual([]);
  });
});
