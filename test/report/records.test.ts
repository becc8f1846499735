import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan, PlanValidationError } from "../../src/index.js";
import { parseProgressRecords, safeParseProgressRecords } from "../../src/report/records.js";
import { referencePlanJson } from "../fixtures.js";

const plan = parsePlan(referencePlanJson());

describe("parseProgressRecords", () => {
  it("reads every kind of record, dates as dates in Vietnam, amounts as Vnd", () => {
    const records = parseProgressRecords(
      [
        { type: "publication", id: "p1", at: "2017-07-02T17:30:00Z", outletId: "bao-lao-dong", kind: "article", online: true, reportedBy: "bao-lao-dong" },
        { type: "deliverable", id: "d1", at: "2017-10-05", activityId: "c3-video-hoat-hoa", status: "delivered", quantity: 1 },
        { type: "posting", id: "s1", at: "2017-11-10", unitId: "cdcs-ha-noi-1", posters: 50 },
        { type: "event", id: "e1", at: "2017-12-01", title: "Ngày hội tư vấn", participants: 300 },
        { type: "training", id: "t1", at: "2017-07-20", people: 3, activityId: "c3-fanpage" },
        { type: "spending", id: "m1", at: "2017-08-20", lineId: "budget-i-1", amount: "-1.000" },
      ],
      plan,
    );
    expect(records.map((r) => [r.type, r.at])).toEqual([
      ["publication", "2017-07-03"],
      ["deliverable", "2017-10-05"],
      ["posting", "2017-11-10"],
      ["event", "2017-12-01"],
      ["training", "2017-07-20"],
      ["spending", "2017-08-20"],
    ]);
    const spending = records[5];
    expect(spending?.type === "spending" && spending.amount.toString()).toBe("-1000");
    expect(Object.isFrozen(records) && records.every((r) => Object.isFrozen(r))).toBe(true);
  });

  it("reports every problem at once with its path, and accepts nothing partly", () => {
    const result = safeParseProgressRecords(
      [
        { type: "publication", id: "p1", at: "2017-02-30", outletId: "ban-tuyen-giao" },
        { type: "spending", id: "p1", at: "2017-08-20", lineId: "nowhere", amount: 1.5 },
        { type: "gossip", id: "g", at: "2017-08-20" },
        { type: "deliverable", id: "d", at: "2017-08-20", activityId: "c3-video-hoat-hoa", status: "almost" },
      ],
      plan,
    );
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(PlanValidationError);
      expect(result.error.issues.map((i) => [i.path, i.code])).toEqual([
        [[0, "at"], "invalid_date"],
        [[1, "amount"], "invalid_amount"],
        [[2, "type"], "invalid_value"],
        [[3, "status"], "invalid_value"],
      ]);
    }
    const refs = safeParseProgressRecords(
      [
        { type: "publication", id: "p1", at: "2017-07-03", outletId: "ban-tuyen-giao" },
        { type: "spending", id: "p1", at: "2017-08-20", lineId: "nowhere", amount: 1 },
      ],
      plan,
    );
    expect(refs.success ? [] : refs.error.issues.map((i) => [i.path, i.code])).toEqual([
      [[0, "outletId"], "unknown_reference"],
      [[1, "id"], "duplicate_id"],
      [[1, "lineId"], "unknown_reference"],
    ]);
  });

  it("rejects a deliverable of an activity that has no window, rather than accept and ignore it", () => {
    const result = safeParseProgressRecords(
      [
        { type: "deliverable", id: "d1", at: "2017-08-20", activityId: "c2-trung-uong-chuong-trinh", status: "delivered" },
        { type: "deliverable", id: "d2", at: "2017-07-10", activityId: "c1-chuyen-muc", status: "produced" },
        { type: "event", id: "e1", at: "2017-08-20", title: "Hội thảo", activityId: "c5-long-ghep" },
      ],
      plan,
    );
    expect(result.success ? [] : result.error.issues.map((i) => [i.path, i.code])).toEqual([[[0, "activityId"], "wrong_reference_kind"]]);
    if (!result.success) expect(result.error.issues[0]!.messageVi).not.toMatch(/[a-z]+ (activity|window)/);
  });

  it("never throws, whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const result = safeParseProgressRecords(value, plan);
        if (result.success) expect(Array.isArray(result.data)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the record types", () => {
  it("are what the schema parses and accepts", async () => {
    const { expectTypeOf } = await import("vitest");
    type Parsed = import("zod").z.output<import("../../src/report/records.js").RecordSchema>;
    type Json = import("zod").z.input<import("../../src/report/records.js").RecordSchema>;
    expectTypeOf<import("../../src/report/records.js").ProgressRecord>().toEqualTypeOf<Readonly<Parsed>>();
    expectTypeOf<import("../../src/report/records.js").ProgressRecordJson>().toExtend<Json>();
    expectTypeOf<Json>().toExtend<import("../../src/report/records.js").ProgressRecordJson>();
  });
});
