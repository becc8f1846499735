import { describe, expect, it } from "vitest";
import { clean, run } from "./_lib/fixtures.js";

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
