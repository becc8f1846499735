import { describe, expect, it } from "vitest";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("plan_number_missing: triggered by a small change and not triggered without it", () => {
  it("plan_number_missing", () => {
    const blank = clean((j) => {
      delete j.header.documentNumber;
      delete j.header.issuedOn;
      j.header.issuedIn = "2017-07";
    });
    const findings = run(blank, "plan_number_missing");
    expect(findings).toMatchObject([{ code: "plan_number_missing", path: ["header", "documentNumber"], details: { documentType: "KH", issuerCode: "TLĐ" } }]);
    expect(findings[0]?.messageVi).toContain("…/KH-TLĐ");
  });
});

describe("plan_number_missing on version 2: only a whole document leaves its number blank", () => {
  const unnumbered = (kind?: string) =>
    clean((j) => {
      j.schemaVersion = 2;
      delete j.header.documentNumber;
      if (kind !== undefined) j.provenance = { kind };
    });

  it("finds nothing on an excerpt or a news report, whose text may not show the number", () => {
    expect(run(unnumbered("excerpt"), "plan_number_missing")).toEqual([]);
    expect(run(unnumbered("news-report"), "plan_number_missing")).toEqual([]);
    expect(pathsOf(run(unnumbered("document"), "plan_number_missing"))).toEqual([["header", "documentNumber"]]);
    expect(pathsOf(run(unnumbered(), "plan_number_missing"))).toEqual([["header", "documentNumber"]]);
  });
});
