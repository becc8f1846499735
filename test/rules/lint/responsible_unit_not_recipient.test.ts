import { describe, expect, it } from "vitest";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("responsible_unit_not_recipient: triggered by a small change and not triggered without it", () => {
  it("responsible_unit_not_recipient, unless a recipient reaches it", () => {
    const findings = run(clean((j) => j.recipients.pop()), "responsible_unit_not_recipient");
    expect(pathsOf(findings)).toEqual([["responsibilities", 0, "unitIds", 0]]);
    expect(findings[0]?.details).toEqual({ unitId: "btg", responsibilityId: "resp-1" });
    // "Các Ban, đơn vị trực thuộc TLĐ": a group of departments under the TLĐ reaches the Ban Tuyên giáo.
    const group = clean((j) => {
      j.units.push({ id: "cac-ban", name: "Các Ban, đơn vị trực thuộc TLĐ", kind: "department", parentId: "tld", group: true });
      j.recipients[1].unitIds = ["cac-ban"];
    });
    expect(run(group, "responsible_unit_not_recipient")).toEqual([]);
    // The issuer need not receive its own plan.
    const issuer = clean((j) => (j.responsibilities[0].unitIds = ["tld", "btg"]));
    expect(run(issuer, "responsible_unit_not_recipient")).toEqual([]);
  });
});
