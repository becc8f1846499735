import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ITEM_KINDS, OUTLET_KINDS, QUOTA_PERIODS, parsePlan, type PlanError } from "../../src/index.js";
import { quotaLabel } from "../../src/rules/quotaLabel.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

const plan = parsePlan(referencePlanJson());
const quotas = plan.channels.flatMap((c) => c.quotas);

describe("quotaLabel", () => {
  it("gives the plan's own label when the quota has one", () => {
    expect(quotas.map((q) => quotaLabel(q))).toEqual([
      "Nhật báo, tuần báo, bản tin: tối thiểu 02 bài/tuần",
      "Tạp chí: tối thiểu 03 bài/số",
      "Cổng thông tin CĐVN, trang thông tin điện tử: tối thiểu 02 bài/tuần",
      "VTV, TTXVN, VOV: 01 chương trình/tháng",
    ]);
    // The plan's words are the plan's words, in an English report too.
    expect(quotaLabel(quotas[0]!, { language: "en" })).toBe("Nhật báo, tuần báo, bản tin: tối thiểu 02 bài/tuần");
  });

  it("builds a label from the rule in Vietnamese: outlet kinds by their names, outlet ids by unit names", () => {
    const bare = quotas.map(({ label: _label, ...q }) => q);
    expect(bare.map((q) => quotaLabel(q, { plan }))).toEqual([
      "Nhật báo, tuần báo, bản tin: tối thiểu 2 bài/tuần",
      "Tạp chí: tối thiểu 3 bài/số",
      "Cổng thông tin điện tử, trang thông tin điện tử: tối thiểu 2 bài/tuần",
      "VTV, TTXVN, VOV: tối thiểu 1 chương trình/tháng",
    ]);
    expect(bare.map((q) => quotaLabel(q, { plan, language: "en" }))).toEqual([
      "Dailies, weeklies, bulletins: at least 2 articles a week",
      "Magazines: at least 3 articles an issue",
      "Portals, websites: at least 2 articles a week",
      "VTV, TTXVN, VOV: at least 1 programme a month",
    ]);
    // Without a plan, outlet ids stay ids: there is nothing to name them by.
    expect(quotaLabel(bare[3]!)).toBe("vtv, ttxvn, vov: tối thiểu 1 chương trình/tháng");
  });

  it("builds a label for any rule", () => {
    expect(quotaLabel({ min: 2, per: "week" })).toBe("Tối thiểu 2 sản phẩm/tuần");
    expect(quotaLabel({ min: 5, per: "window", itemKinds: ["clip", "post"] })).toBe("Tối thiểu 5 clip, bài đăng trong cả thời gian thực hiện");
    expect(quotaLabel({ min: 1, per: "quarter", outletKinds: ["television", "radio"] })).toBe("Đài truyền hình, đài phát thanh: tối thiểu 1 sản phẩm/quý");
    expect(quotaLabel({ min: 1, per: "day", itemKinds: ["post"] }, { language: "en" })).toBe("At least 1 post a day");
    expect(quotaLabel({ min: 3, per: "window" }, { language: "en" })).toBe("At least 3 items over the whole window");
    expect(quotaLabel({ min: 2, per: "week", label: "  " })).toBe("Tối thiểu 2 sản phẩm/tuần");
  });

  it("never shows an internal id for an outlet the plan names", () => {
    fc.assert(
      fc.property(
        fc.record({
          min: fc.integer({ min: 1, max: 1000 }),
          per: fc.constantFrom(...QUOTA_PERIODS),
          itemKinds: fc.uniqueArray(fc.constantFrom(...ITEM_KINDS), { maxLength: 4 }),
          outletKinds: fc.uniqueArray(fc.constantFrom(...OUTLET_KINDS), { maxLength: 4 }),
          outletIds: fc.uniqueArray(fc.constantFrom(...plan.units.filter((u) => u.outlet !== undefined).map((u) => u.id)), { maxLength: 4 }),
        }),
        fc.constantFrom("vi" as const, "en" as const),
        (rule, language) => {
          const label = quotaLabel(rule, { plan, language });
          for (const id of rule.outletIds) expect(label).not.toContain(id);
          for (const kind of rule.outletKinds.filter((k) => k.includes("-"))) expect(label).not.toContain(kind);
          expect(label).toContain(String(rule.min));
          expect(label.charAt(0)).toBe(label.charAt(0).toUpperCase());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names every item kind and every period in both languages", () => {
    // Words a Vietnamese label may share with the vocabulary's keys: loanwords written as they are.
    const loanwords = new Set(["clip", "infographic", "video"]);
    for (const per of QUOTA_PERIODS) {
      for (const kind of ITEM_KINDS) {
        const vi = quotaLabel({ min: 2, per, itemKinds: [kind] });
        const en = quotaLabel({ min: 2, per, itemKinds: [kind] }, { language: "en" });
        for (const label of [vi, en]) expect(label).not.toMatch(/undefined|news-|\bnull\b/);
        if (!loanwords.has(kind)) expect(vi).not.toContain(kind);
        expect(vi).not.toContain(per === "half-year" ? "half" : per);
        expect(en).toMatch(/^At least 2 [a-z ]+s (a|an|over) /);
      }
    }
    expect(quotaLabel({ min: 1, per: "week", itemKinds: ["news", "article", "photo"] })).toBe("Tối thiểu 1 tin, bài, ảnh/tuần");
    expect(quotaLabel({ min: 1, per: "year" })).toBe("Tối thiểu 1 sản phẩm/năm");
    expect(quotaLabel({ min: 2, per: "half-year", itemKinds: ["session"] }, { language: "en" })).toBe("At least 2 sessions a half-year");
    expect(quotaLabel({ min: 1, per: "week", itemKinds: ["news"] }, { language: "en" })).toBe("At least 1 news item a week");
    // An item kind the vocabulary does not know is shown as given, not looked up on Object.prototype.
    expect(quotaLabel({ min: 1, per: "week", itemKinds: ["constructor" as "article"] })).toBe("Tối thiểu 1 constructor/tuần");
  });

  it("refuses what is not a quota rule", () => {
    expect(thrownIssues(() => quotaLabel(null as never))).toEqual([{ path: ["rule"], code: "invalid_type" }]);
    expect(thrownIssues(() => quotaLabel({ min: 0, per: "fortnight" } as never))).toEqual([
      { path: ["rule", "min"], code: "invalid_value" },
      { path: ["rule", "per"], code: "invalid_value" },
    ]);
    expect(thrownIssues(() => quotaLabel({ min: 1, per: "week", label: 3 } as never))).toEqual([{ path: ["rule", "label"], code: "invalid_type" }]);
    // A missing min or per is named in each message's own language, never as the English "undefined".
    try {
      quotaLabel({} as never);
      expect.unreachable();
    } catch (error) {
      const { issues } = error as PlanError;
      expect(issues.map((i) => i.path)).toEqual([["rule", "min"], ["rule", "per"]]);
      for (const issue of issues) expect(issue.messageVi).not.toMatch(/undefined/);
    }
    expect(thrownIssues(() => quotaLabel({ min: 1, per: "week" }, { language: "fr" as "en" }))).toEqual([{ path: ["options", "language"], code: "invalid_value" }]);
    expect(thrownIssues(() => quotaLabel({ min: 1, per: "week" }, { plan: {} as never }))).toEqual([{ path: ["options", "plan"], code: "invalid_type" }]);
  });
});
