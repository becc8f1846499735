import { describe, expect, it } from "vitest";
import { clean, run } from "./_lib/fixtures.js";

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
