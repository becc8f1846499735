import { describe, expect, it } from "vitest";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("plan_date_missing: triggered by a small change and not triggered without it", () => {
  it("plan_date_missing", () => {
    const blank = clean((j) => {
      delete j.header.documentNumber;
      delete j.header.issuedOn;
      j.header.issuedIn = "2017-07";
    });
    const findings = run(blank, "plan_date_missing");
    expect(findings).toMatchObject([{ code: "plan_date_missing", path: ["header", "issuedOn"], details: { issuedIn: "2017-07" } }]);
    expect(findings[0]?.messageVi).toContain("tháng 7/2017");
  });
});

describe("plan_date_missing on version 2", () => {
  const undated = (change: (json: any) => void) =>
    clean((j) => {
      j.schemaVersion = 2;
      delete j.header.issuedOn;
      change(j);
    });

  it("says so when only the year is given", () => {
    const findings = run(undated((j) => (j.header.issuedYear = 2025)), "plan_date_missing");
    expect(findings.map((f) => [f.path, f.details])).toEqual([[["header", "issuedOn"], { issuedYear: "2025" }]]);
    expect(findings[0]?.messageVi).toBe("chưa ghi ngày ký kế hoạch (chỉ ghi năm 2025)");
    expect(findings[0]?.message).toBe("the signing day is left blank (only the year is given: 2025)");
    const nothing = run(undated(() => {}), "plan_date_missing");
    expect(nothing.map((f) => f.details)).toEqual([{}]);
    expect(nothing[0]?.messageVi).toBe("chưa ghi ngày ký kế hoạch");
  });

  it("finds nothing on an excerpt or a news report, whose text may not show the day", () => {
    for (const kind of ["excerpt", "news-report"]) expect(run(undated((j) => ((j.provenance = { kind }), (j.header.issuedYear = 2025))), "plan_date_missing"), kind).toEqual([]);
    expect(pathsOf(run(undated((j) => (j.provenance = { kind: "document" })), "plan_date_missing"))).toEqual([["header", "issuedOn"]]);
  });
});
