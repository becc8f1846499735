import { describe, expect, it } from "vitest";
import { clean, cleanWithoutPhases, pathsOf, reference, run } from "./_lib/fixtures.js";

describe("plan_without_window", () => {
  it("finds a plan with neither phases nor a window of its own, once", () => {
    const none = cleanWithoutPhases((j) => delete j.window);
    const findings = run(none, "plan_without_window");
    expect(findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([["plan_without_window", "warning", ["window"], {}]]);
    expect(findings[0]?.messageVi).toBe(
      "kế hoạch không ghi thời gian thực hiện (không có giai đoạn, không có thời gian của chính kế hoạch): không đối chiếu được thời gian của các hoạt động, chỉ tiêu và báo cáo",
    );
  });

  it("finds nothing where the plan has phases, or a window of its own, even an open one", () => {
    expect(run(reference, "plan_without_window")).toEqual([]);
    expect(run(clean(), "plan_without_window")).toEqual([]);
    expect(run(cleanWithoutPhases(), "plan_without_window")).toEqual([]);
    expect(run(cleanWithoutPhases(() => {}, { start: "2025-01-01" }), "plan_without_window")).toEqual([]);
  });

  it("says when the transcription is an excerpt or a news report, whose text may not give the time", () => {
    for (const [kind, vi] of [
      ["excerpt", "(bản chép là đoạn trích: phần được trích có thể không nêu thời gian)"],
      ["news-report", "(bản chép là bản tin về kế hoạch: bản tin có thể không nêu thời gian)"],
    ] as const) {
      const [finding] = run(cleanWithoutPhases((j) => (delete j.window, (j.provenance = { kind }))), "plan_without_window");
      expect(finding?.details).toEqual({ provenance: kind });
      expect(finding?.messageVi.endsWith(vi)).toBe(true);
    }
    const document = run(cleanWithoutPhases((j) => (delete j.window, (j.provenance = { kind: "document" }))), "plan_without_window");
    expect(pathsOf(document)).toEqual([["window"]]);
    expect(document[0]?.details).toEqual({});
  });
});
