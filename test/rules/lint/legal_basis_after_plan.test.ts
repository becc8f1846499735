import { describe, expect, it } from "vitest";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("legal_basis_after_plan: triggered by a small change and not triggered without it", () => {
  it("legal_basis_after_plan, against the signing day or month", () => {
    const plan = (header: object, basisDate: string) =>
      clean((j) => {
        delete j.header.issuedOn;
        Object.assign(j.header, header);
        j.header.legalBases[0].issuedOn = basisDate;
      });
    const findings = run(plan({ issuedOn: "2017-07-10" }, "2017-07-11"), "legal_basis_after_plan");
    expect(pathsOf(findings)).toEqual([["header", "legalBases", 0, "issuedOn"]]);
    expect(findings[0]?.details).toEqual({ issuedOn: "2017-07-11", planDate: "2017-07-10" });
    expect(findings[0]?.message).toContain("284/HD-TLĐ");
    expect(run(plan({ issuedOn: "2017-07-10" }, "2017-07-10"), "legal_basis_after_plan")).toEqual([]);
    expect(run(plan({ issuedIn: "2017-07" }, "2017-07-25"), "legal_basis_after_plan")).toEqual([]); // same month: cannot tell
    expect(pathsOf(run(plan({ issuedIn: "2017-07" }, "2017-08-01"), "legal_basis_after_plan"))).toEqual([["header", "legalBases", 0, "issuedOn"]]);
  });
});

describe("legal_basis_after_plan on version 2: a plan dated by its year alone", () => {
  const byYear = (basisDate: string) =>
    clean((j) => {
      j.schemaVersion = 2;
      delete j.header.issuedOn;
      j.header.issuedYear = 2017;
      j.header.legalBases[0].issuedOn = basisDate;
    });

  it("compares the basis with the year", () => {
    expect(run(byYear("2017-12-31"), "legal_basis_after_plan")).toEqual([]); // the same year: cannot tell
    const findings = run(byYear("2018-01-02"), "legal_basis_after_plan");
    expect(findings.map((f) => [f.path, f.details])).toEqual([[["header", "legalBases", 0, "issuedOn"], { issuedOn: "2018-01-02", planDate: "2017" }]]);
    expect(findings[0]?.messageVi).toContain("ban hành ngày 02/01/2018, sau kế hoạch (năm 2017)");
    expect(findings[0]?.message).toContain("dated 2 January 2018, after the plan (2017)");
  });
});
