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

describe("responsible_unit_not_recipient on version 2", () => {
  it("spares the co-issuers of a joint plan, as it spares the issuer", () => {
    const joint = (coIssuer: boolean) =>
      clean((j) => {
        j.schemaVersion = 2;
        j.units.push({ id: "tdtn", name: "Tỉnh đoàn", kind: "mass-organisation" });
        if (coIssuer) j.header.coIssuerIds = ["tdtn"];
        j.responsibilities[0].unitIds = ["btg", "tdtn"];
      });
    expect(run(joint(true), "responsible_unit_not_recipient")).toEqual([]);
    expect(run(joint(false), "responsible_unit_not_recipient").map((f) => f.details)).toEqual([{ unitId: "tdtn", responsibilityId: "resp-1" }]);
  });

  it("checks nothing on an excerpt or a news report that quotes no Nơi nhận, and checks a whole document", () => {
    const partial = (kind: string | undefined, recipients: boolean) =>
      clean((j) => {
        j.schemaVersion = 2;
        if (kind !== undefined) j.provenance = { kind };
        if (!recipients) j.recipients = [];
      });
    expect(run(partial("excerpt", false), "responsible_unit_not_recipient")).toEqual([]);
    expect(run(partial("news-report", false), "responsible_unit_not_recipient")).toEqual([]);
    expect(pathsOf(run(partial("document", false), "responsible_unit_not_recipient"))).toEqual([["responsibilities", 0, "unitIds", 0]]);
    expect(pathsOf(run(partial(undefined, false), "responsible_unit_not_recipient"))).toEqual([["responsibilities", 0, "unitIds", 0]]);
    // An excerpt that does quote a Nơi nhận is checked against it.
    expect(pathsOf(run(partial("excerpt", true), "responsible_unit_not_recipient"))).toEqual([]);
    expect(pathsOf(run(clean((j) => ((j.schemaVersion = 2), (j.provenance = { kind: "excerpt" }), j.recipients.pop())), "responsible_unit_not_recipient"))).toEqual([["responsibilities", 0, "unitIds", 0]]);
  });
});
