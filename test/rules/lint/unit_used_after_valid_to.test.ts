import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDateArb, windowArb } from "../../arbitraries.js";
import { clean, cleanWithoutPhases, pathsOf, reference, run, COLUMN, LINE } from "./_lib/fixtures.js";

/** The district federations, dissolved after 31/12/2017, their work taken over by the provincial ones. */
const DISTRICTS = { id: "ldld-h", name: "Liên đoàn Lao động cấp huyện", shortName: "LĐLĐ cấp huyện", kind: "district-federation", parentId: "ldld", group: true, validTo: "2017-12-31", successorIds: ["ldld"] };

const withDistricts = (change: (json: any) => void, unit: object = DISTRICTS) =>
  clean((j) => {
    j.schemaVersion = 2;
    j.units.push(unit);
    j.recipients[0].unitIds.push("ldld-h");
    change(j);
  });

describe("unit_used_after_valid_to", () => {
  it("finds an activity that starts after the unit's last day and names it, naming the successor", () => {
    const findings = run(withDistricts((j) => {
      j.channels[0].activities[0].window = { start: "2018-01-01", end: "2018-05-31" };
      j.channels[0].activities[0].executingUnitIds = ["bld", "ldld-h"];
    }), "unit_used_after_valid_to");
    expect(findings.map((f) => [f.severity, f.path, f.details])).toEqual([
      ["warning", [...COLUMN, "executingUnitIds", 1], { unitId: "ldld-h", validTo: "2017-12-31", itemStart: "2018-01-01", successorIds: "ldld" }],
    ]);
    expect(findings[0]?.messageVi).toBe(
      'LĐLĐ cấp huyện chỉ tồn tại đến hết ngày 31/12/2017, nhưng hoạt động "Chuyên mục", bắt đầu từ ngày 01/01/2018, vẫn nêu tên đơn vị này; đơn vị kế thừa: LĐLĐ tỉnh, TP',
    );
    expect(findings[0]?.message).toBe('LĐLĐ cấp huyện exists until 31 December 2017, but the activity "Chuyên mục", which starts on 1 January 2018, names it; its successor is LĐLĐ tỉnh, TP');
  });

  it("finds nothing for an item that starts on or before the last day, or a unit without validTo", () => {
    const onTime = withDistricts((j) => {
      j.channels[0].activities[0].window = { start: "2017-12-31", end: "2018-05-31" };
      j.channels[0].activities[0].executingUnitIds = ["ldld-h"];
    });
    expect(run(onTime, "unit_used_after_valid_to")).toEqual([]);
    const { validTo, ...lasting } = DISTRICTS;
    void validTo;
    const forever = withDistricts((j) => {
      j.channels[0].activities[0].window = { start: "2018-01-01", end: "2018-05-31" };
      j.channels[0].activities[0].executingUnitIds = ["ldld-h"];
    }, lasting);
    expect(run(forever, "unit_used_after_valid_to")).toEqual([]);
    expect(run(reference, "unit_used_after_valid_to")).toEqual([]);
  });

  it("dates a quota by its start month or phase, a duty of part V by the plan, a report by its window, a line by its own or its activity's", () => {
    const findings = run(withDistricts((j) => {
      j.channels[0].quotas.push({ id: "q-owed", min: 1, per: "month", itemKinds: ["news"], outletIds: ["bld"], owedBy: { unitIds: ["ldld-h"] }, requireOnlineCopy: false, startsIn: "2018-02" });
      j.responsibilities[0].duties[0].unitIds = ["ldld-h"];
      j.reporting.push({ id: "late", kind: "report", description: "Báo cáo cuối kỳ.", reportingUnitIds: ["ldld-h"], recipientUnitId: "tld", window: { start: "2018-05-01", end: "2018-05-31" } });
      j.budget.sections[0].lines[0].coordinatingUnitIds = ["ldld-h"];
      j.budget.sections[0].lines[0].window = { start: "2018-03-01", end: "2018-03-31" };
    }), "unit_used_after_valid_to");
    // The duty of part V starts with the plan (1 July 2017), before the last day: not found.
    expect(findings.map((f) => [f.path, f.details?.["itemStart"]])).toEqual([
      [["channels", 0, "quotas", 2, "owedBy", "unitIds", 0], "2018-02-01"],
      [["reporting", 1, "reportingUnitIds", 0], "2018-05-01"],
      [[...LINE, "coordinatingUnitIds", 0], "2018-03-01"],
    ]);
    expect(findings.map((f) => / nhưng (chỉ tiêu|nhiệm vụ báo cáo|dòng dự trù) "/u.exec(f.messageVi)?.[1])).toEqual(["chỉ tiêu", "nhiệm vụ báo cáo", "dòng dự trù"]);
  });

  it("dates what gives no time of its own by the plan's own window", () => {
    const after = cleanWithoutPhases((j) => {
      j.units.push(DISTRICTS);
      j.recipients[0].unitIds.push("ldld-h");
      delete j.channels[0].activities[0].window;
      j.channels[0].activities[0].coordinatingUnitIds = ["ldld-h"];
      j.responsibilities[0].unitIds.push("ldld-h");
      j.reporting[0].viaUnitId = "ldld-h";
    }, { start: "2018-01-15" });
    expect(pathsOf(run(after, "unit_used_after_valid_to"))).toEqual([
      [...COLUMN, "coordinatingUnitIds", 0],
      ["responsibilities", 0, "unitIds", 1],
      ["reporting", 0, "viaUnitId"],
    ]);
    const none = cleanWithoutPhases((j) => {
      j.units.push(DISTRICTS);
      delete j.window;
      delete j.channels[0].activities[0].window;
      j.channels[0].activities[0].coordinatingUnitIds = ["ldld-h"];
    });
    expect(run(none, "unit_used_after_valid_to")).toEqual([]); // nothing dates the activity
  });

  it("finds exactly the activities that start after the unit's last day", () => {
    fc.assert(
      fc.property(isoDateArb, windowArb, (validTo, window) => {
        const plan = withDistricts((j) => {
          j.channels[0].activities[0].window = window;
          j.channels[0].activities[0].leadUnitIds = ["ldld-h"];
        }, { ...DISTRICTS, successorIds: [], validTo });
        const findings = run(plan, "unit_used_after_valid_to");
        expect(findings.length).toBe(window.start > validTo ? 1 : 0);
        for (const f of findings) expect(f.messageVi).not.toContain("kế thừa");
      }),
    );
  });
});
