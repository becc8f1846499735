import { describe, expect, it } from "vitest";
import { clean, reference, run } from "./_lib/fixtures.js";

describe("signatory_missing", () => {
  const unsigned = (kind?: string) =>
    clean((j) => {
      j.schemaVersion = 2;
      delete j.signatory;
      if (kind !== undefined) j.provenance = { kind };
    });

  it("finds a whole document without a signature block", () => {
    for (const plan of [unsigned(), unsigned("document")]) {
      const findings = run(plan, "signatory_missing");
      expect(findings.map((f) => [f.code, f.severity, f.path, f.details])).toEqual([["signatory_missing", "warning", ["signatory"], {}]]);
      expect(findings[0]?.messageVi).toBe("kế hoạch không ghi người ký: văn bản hoàn chỉnh phải có phần ký (thẩm quyền ký, chức vụ và họ tên người ký)");
    }
  });

  it("finds nothing on a signed plan, nor on an excerpt or a news report, which may leave the signature out", () => {
    expect(run(reference, "signatory_missing")).toEqual([]);
    expect(run(clean(), "signatory_missing")).toEqual([]);
    expect(run(unsigned("excerpt"), "signatory_missing")).toEqual([]);
    expect(run(unsigned("news-report"), "signatory_missing")).toEqual([]);
  });
});
