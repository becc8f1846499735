import { describe, expect, it } from "vitest";
import { lintPlan } from "../../../src/rules/lintPlan.js";
import { clean, run, pathsOf } from "./_lib/fixtures.js";

describe("unit_without_work: triggered by a small change and not triggered without it", () => {
  it("unit_without_work", () => {
    const plan = (work: boolean) =>
      clean((j) => {
        j.units.push({ id: "ban-tc", name: "Ban Tài chính", kind: "department", parentId: "tld" });
        j.responsibilities.push({ id: "resp-2", title: "Ban Tài chính", unitIds: ["ban-tc"], duties: [{ id: "duty-2", text: "Cấp kinh phí.", activityIds: [] }] });
        j.recipients.push({ id: "rcpt-3", text: "Ban Tài chính", unitIds: ["ban-tc"] });
        if (work) j.channels[0].activities[0].coordinatingUnitIds.push("ban-tc");
      });
    const findings = run(plan(false), "unit_without_work");
    expect(pathsOf(findings)).toEqual([["responsibilities", 1, "unitIds", 0]]);
    expect(findings[0]?.details).toEqual({ unitId: "ban-tc", responsibilityId: "resp-2" });
    expect(lintPlan(plan(true))).toEqual([]);
  });
});

describe("unit_without_work on version 2: the issuers, and the work version 2 adds", () => {
  /** The Ban Tài chính with a duty of part V and nothing to do, then `work` given to it. */
  const finance = (work: (json: any) => void = () => {}) =>
    clean((j) => {
      j.schemaVersion = 2;
      j.units.push({ id: "ban-tc", name: "Ban Tài chính", kind: "department", parentId: "tld" });
      j.responsibilities.push({ id: "resp-2", title: "Ban Tài chính", unitIds: ["ban-tc"], duties: [{ id: "duty-2", text: "Cấp kinh phí.", activityIds: [] }] });
      j.recipients.push({ id: "rcpt-3", text: "Ban Tài chính", unitIds: ["ban-tc"] });
      work(j);
    });

  it("finds the unit with nothing to do, and not once the version-2 parts name it", () => {
    expect(pathsOf(run(finance(), "unit_without_work"))).toEqual([["responsibilities", 1, "unitIds", 0]]);
    expect(run(finance(), "unit_without_work")[0]?.messageVi).toContain("mục phụ lục hay nhiệm vụ nào khác nêu tên đơn vị này");
    const named: Record<string, (j: any) => void> = {
      "an appendix item": (j) => (j.appendices = [{ id: "a1", title: "Lịch", items: [{ id: "a1-1", text: "Quyết toán", unitIds: ["ban-tc"] }] }]),
      "another unit's duty": (j) => j.responsibilities[0].duties.push({ id: "duty-3", text: "Phối hợp với Ban Tài chính.", activityIds: [], unitIds: ["ban-tc"] }),
      "a quota it owes": (j) => j.channels[0].quotas.push({ id: "q-owed", min: 1, per: "month", itemKinds: ["news"], outletIds: ["bld"], owedBy: { unitIds: ["ban-tc"] }, requireOnlineCopy: false }),
    };
    for (const [what, work] of Object.entries(named)) expect(run(finance(work), "unit_without_work"), what).toEqual([]);
    // Its own duty naming itself is no work.
    expect(pathsOf(run(finance((j) => (j.responsibilities[1].duties[0].unitIds = ["ban-tc"])), "unit_without_work"))).toEqual([["responsibilities", 1, "unitIds", 0]]);
  });

  it("counts an outlet that an activity concerns (outletIds)", () => {
    const portal = (concerned: boolean) =>
      clean((j) => {
        j.units.push({ id: "web", name: "Cổng thông tin", kind: "portal", parentId: "tld", outlet: { kind: "portal", electronicEdition: false } });
        j.responsibilities.push({ id: "resp-2", title: "Cổng thông tin", unitIds: ["web"], duties: [{ id: "duty-2", text: "Đăng tải.", activityIds: [] }] });
        j.recipients.push({ id: "rcpt-3", text: "Cổng thông tin", unitIds: ["web"] });
        if (concerned) j.channels[0].activities[0].outletIds = ["web"];
      });
    expect(pathsOf(run(portal(false), "unit_without_work"))).toEqual([["responsibilities", 1, "unitIds", 0]]);
    expect(run(portal(true), "unit_without_work")).toEqual([]);
  });

  it("spares the issuer and the co-issuers of a joint plan", () => {
    const joint = clean((j) => {
      j.schemaVersion = 2;
      j.units.push({ id: "tdtn", name: "Tỉnh đoàn", kind: "mass-organisation" });
      j.header.coIssuerIds = ["tdtn"];
      j.responsibilities.push({ id: "resp-2", title: "Liên tịch", unitIds: ["tld", "tdtn"], duties: [{ id: "duty-2", text: "Chỉ đạo chung.", activityIds: [] }] });
    });
    expect(run(joint, "unit_without_work")).toEqual([]);
    const notJoint = clean((j) => {
      j.units.push({ id: "tdtn", name: "Tỉnh đoàn", kind: "mass-organisation" });
      j.recipients.push({ id: "rcpt-3", text: "Tỉnh đoàn", unitIds: ["tdtn"] });
      j.responsibilities.push({ id: "resp-2", title: "Liên tịch", unitIds: ["tld", "tdtn"], duties: [{ id: "duty-2", text: "Chỉ đạo chung.", activityIds: [] }] });
    });
    expect(run(notJoint, "unit_without_work").map((f) => f.details?.["unitId"])).toEqual(["tdtn"]);
  });
});
