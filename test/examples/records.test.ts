import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateQuota, parsePlan, parseProgressRecords, quotaOutlets, type ProgressRecord } from "../../src/index.js";
import { GRASSROOTS_UNIONS, MAGAZINE_ISSUES, PROVINCES, generateRecords } from "../../examples/vgcl-2017/records.js";

const plan = parsePlan(JSON.parse(readFileSync(new URL("../../examples/vgcl-2017/plan.json", import.meta.url), "utf8")));
const quotas = plan.channels.flatMap((c) => c.quotas);
const budgetLines = plan.budget?.sections.flatMap((s) => s.lines) ?? [];

const run = (asOf: string, seed = 2017) => {
  const json = generateRecords(plan, { seed, asOf });
  return { json, records: parseProgressRecords(json, plan) };
};

const byType = <T extends ProgressRecord["type"]>(records: readonly ProgressRecord[], type: T) =>
  records.filter((r): r is Extract<ProgressRecord, { type: T }> => r.type === type);

describe("the fixed lists", () => {
  it("has a monthly magazine schedule, July 2017 to May 2018, out on the 10th", () => {
    expect(Object.isFrozen(MAGAZINE_ISSUES)).toBe(true);
    expect(MAGAZINE_ISSUES).toHaveLength(11);
    expect(MAGAZINE_ISSUES[0]).toEqual({ id: "tc-2017-07", start: "2017-07-10", end: "2017-08-09" });
    expect(MAGAZINE_ISSUES.at(-1)).toMatchObject({ id: "tc-2018-05", start: "2018-05-10" });
    expect(MAGAZINE_ISSUES.every((i) => i.start.endsWith("-10") && i.id === `tc-${i.start.slice(0, 7)}`)).toBe(true);
  });

  it("has about 300 grassroots unions across 12 provinces", () => {
    expect(Object.isFrozen(GRASSROOTS_UNIONS)).toBe(true);
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    expect(PROVINCES).toHaveLength(12);
    expect(PROVINCES.map((p) => p.id)).toEqual(expect.arrayContaining(["ha-noi", "tp-hcm", "dong-nai", "binh-duong", "nghe-an", "hai-phong", "da-nang", "bac-ninh", "vinh-phuc", "long-an", "thanh-hoa", "quang-ninh"]));
    expect(GRASSROOTS_UNIONS.length).toBeGreaterThanOrEqual(280);
    expect(GRASSROOTS_UNIONS.length).toBeLessThanOrEqual(320);
    expect(new Set(GRASSROOTS_UNIONS.map((u) => u.id)).size).toBe(GRASSROOTS_UNIONS.length);
    const provinces = new Set(PROVINCES.map((p) => p.id));
    for (const union of GRASSROOTS_UNIONS) {
      expect(union.kind).toBe("grassroots-union");
      expect(provinces.has(union.parentId)).toBe(true);
      expect(union.id).toMatch(new RegExp(`^cdcs-${union.parentId}-\\d+$`));
      // Named for readers: the union and its province's federation, in Vietnamese.
      const province = PROVINCES.find((p) => p.id === union.parentId)!;
      expect(union.name).toBe(`CĐCS số ${union.id.slice(union.id.lastIndexOf("-") + 1)} (${province.name})`);
      expect(union.parentName).toMatch(new RegExp(`^LĐLĐ (tỉnh |thành phố )?${province.name}$`));
    }
    expect(GRASSROOTS_UNIONS.find((u) => u.parentId === "ha-noi")?.parentName).toBe("LĐLĐ thành phố Hà Nội");
    expect(GRASSROOTS_UNIONS.find((u) => u.parentId === "dong-nai")?.parentName).toBe("LĐLĐ tỉnh Đồng Nai");
    expect(GRASSROOTS_UNIONS.find((u) => u.parentId === "tp-hcm")?.parentName).toBe("LĐLĐ Thành phố Hồ Chí Minh");
  });
});

describe.each(["2018-04-30", "2017-09-15"])("generateRecords up to %s", (asOf) => {
  const { json, records } = run(asOf);

  it("parses with the plan", () => {
    expect(records.length).toBeGreaterThan(0);
    expect(records).toHaveLength(json.length);
  });

  it("gives the same records for the same seed and others for another seed", () => {
    expect(generateRecords(plan, { seed: 2017, asOf })).toEqual(json);
    expect(generateRecords(plan, { seed: 2018, asOf })).not.toEqual(json);
  });

  it("reports nothing before the phase or after asOf", () => {
    for (const record of records) {
      expect(record.at >= "2017-07-01").toBe(true);
      expect(record.at <= asOf).toBe(true);
    }
  });

  it("has unique ids, sorted by date then id", () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const keys = records.map((r) => `${r.at} ${r.id}`);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("has publications for every outlet a quota applies to, of the quota's kind", () => {
    const publications = byType(records, "publication");
    for (const quota of quotas) {
      for (const outlet of quotaOutlets(plan, quota)) {
        const own = publications.filter((p) => p.outletId === outlet.id);
        expect(own.length, outlet.id).toBeGreaterThan(0);
        expect(own.every((p) => p.kind !== undefined && quota.itemKinds.includes(p.kind) && p.reportedBy === outlet.id)).toBe(true);
        if (!outlet.outlet?.electronicEdition) expect(own.every((p) => p.online === undefined)).toBe(true);
      }
    }
  });

  it("is a prefix of the records of a later date", () => {
    const later = generateRecords(plan, { seed: 2017, asOf: "2018-05-31" });
    const ids = new Set(later.map((r) => r.id));
    expect(json.every((r) => ids.has(r.id))).toBe(true);
    expect(later.filter((r) => json.some((j) => j.id === r.id))).toEqual(json);
  });
});

describe("generateRecords up to 2018-04-30: a plausible phase 1", () => {
  const { json, records } = run("2018-04-30");

  it("mostly meets the quotas, with some outlets weaker than others", () => {
    const window = { start: "2017-07-01", end: "2018-04-30" };
    const attainments: number[] = [];
    for (const quota of quotas) {
      const result = evaluateQuota(quota, byType(records, "publication"), { window, outlets: quotaOutlets(plan, quota), issues: MAGAZINE_ISSUES });
      for (const outlet of result.outlets) attainments.push(outlet.attainment);
    }
    const mean = attainments.reduce((s, a) => s + a, 0) / attainments.length;
    expect(mean).toBeGreaterThan(0.75);
    expect(mean).toBeLessThan(1);
    expect(Math.max(...attainments) - Math.min(...attainments)).toBeGreaterThan(0.1);
  });

  it("publishes 2 to 4 articles in each magazine issue, and mostly online where there is an electronic edition", () => {
    const magazine = byType(records, "publication").filter((p) => p.outletId === "tap-chi-lao-dong-cong-doan");
    const issues = new Map<string, number>();
    for (const p of magazine) {
      const issue = MAGAZINE_ISSUES.find((i) => i.id === p.issueId);
      expect(issue, p.id).toBeDefined();
      expect(p.at).toBe(issue?.start);
      issues.set(p.issueId!, (issues.get(p.issueId!) ?? 0) + 1);
    }
    expect(issues.size).toBe(10); // July 2017 to April 2018
    for (const n of issues.values()) expect(n >= 2 && n <= 4).toBe(true);
    const electronic = byType(records, "publication").filter((p) => p.online !== undefined);
    const online = electronic.filter((p) => p.online).length / electronic.length;
    expect(online).toBeGreaterThan(0.75);
    expect(online).toBeLessThan(1);
  });

  it("writes some instants with +07:00 at working hours and some plain dates", () => {
    const ats = json.map((r) => r.at).filter((at): at is string => typeof at === "string");
    const instants = ats.filter((at) => at.length > 10);
    expect(instants.length).toBeGreaterThan(0);
    expect(ats.length - instants.length).toBeGreaterThan(0);
    for (const at of instants) {
      expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T(0[7-9]|1[0-7]):[0-5]\d:00\+07:00$/);
    }
  });

  it("has one programme most months from VTV, TTXVN and VOV", () => {
    for (const id of ["vtv", "ttxvn", "vov"]) {
      const months = new Set(byType(records, "publication").filter((p) => p.outletId === id && p.kind === "programme").map((p) => p.at.slice(0, 7)));
      expect(months.size, id).toBeGreaterThanOrEqual(6);
    }
  });

  it("reaches about 92% of the grassroots unions, unevenly by province", () => {
    const postings = byType(records, "posting");
    const reached = new Set(postings.map((p) => p.unitId));
    expect(reached.size).toBe(postings.length);
    const share = reached.size / GRASSROOTS_UNIONS.length;
    expect(share).toBeGreaterThanOrEqual(0.85);
    expect(share).toBeLessThanOrEqual(0.97);
    const shares = PROVINCES.map((p) => {
      const unions = GRASSROOTS_UNIONS.filter((u) => u.parentId === p.id);
      return unions.filter((u) => reached.has(u.id)).length / unions.length;
    });
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.05);
    for (const p of postings) {
      expect(p.at.startsWith("2017-11")).toBe(true);
      expect(p.reportedBy).toBe("ldld-tinh");
      expect(p.activityId).toBe("c4-in-an-poster");
      expect(p.posters! >= 20 && p.posters! <= 200).toBe(true);
    }
  });

  it.each([1, 7, 42, 2018, 123_456])("reaches 85–97%% of the grassroots unions with seed %i", (seed) => {
    const postings = generateRecords(plan, { seed, asOf: "2018-04-30" }).filter((r) => r.type === "posting");
    expect(postings.length / GRASSROOTS_UNIONS.length).toBeGreaterThanOrEqual(0.85);
    expect(postings.length / GRASSROOTS_UNIONS.length).toBeLessThanOrEqual(0.97);
  });

  it("delivers the products: the 2D video late in October 2017, the rest on time", () => {
    const deliverables = byType(records, "deliverable");
    const delivered = (activityId: string) => deliverables.filter((d) => d.activityId === activityId && d.status === "delivered");
    const video = delivered("c3-video-hoat-hoa");
    expect(video).toHaveLength(1);
    expect(video[0]!.at >= "2017-10-15" && video[0]!.at <= "2017-10-31").toBe(true);
    expect(delivered("c3-clip-nhan-vat")).toHaveLength(3);
    for (const id of ["c3-clip-nhan-vat", "c3-fanpage", "c4-thiet-ke-poster"]) {
      const activity = plan.channels.flatMap((c) => c.activities).find((a) => a.id === id)!;
      for (const d of delivered(id)) expect(d.at >= activity.window!.start && d.at <= activity.window!.end, d.id).toBe(true);
    }
    for (const d of deliverables.filter((x) => x.status === "delivered")) {
      const produced = deliverables.find((p) => p.id === d.id.replace(/-delivered$/, "-produced"));
      expect(produced && produced.at <= d.at, d.id).toBe(true);
    }
  });

  it("trains 3 people for the fanpage in July 2017 and holds partner fairs", () => {
    expect(byType(records, "training")).toMatchObject([{ people: 3, activityId: "c3-fanpage" }]);
    expect(byType(records, "training")[0]!.at.startsWith("2017-07")).toBe(true);
    const fairs = byType(records, "event").filter((e) => e.activityId === "c6-quang-ba");
    expect(fairs.length).toBeGreaterThanOrEqual(3);
  });

  it("spends within the estimates but for one small overspend", () => {
    const spent = new Map<string, bigint>();
    for (const s of byType(records, "spending")) spent.set(s.lineId, (spent.get(s.lineId) ?? 0n) + s.amount.toBigInt());
    const over: string[] = [];
    for (const line of budgetLines) {
      const amount = spent.get(line.id) ?? 0n;
      if (line.amount === undefined) {
        expect(amount).toBe(0n);
        continue;
      }
      const estimate = line.amount.toBigInt();
      if (amount > estimate) {
        over.push(line.id);
        expect(amount * 100n <= estimate * 110n).toBe(true); // small: at most 10%
      }
    }
    expect(over).toHaveLength(1);
    expect(spent.get("budget-i-nhuan-but")! % 100_000n).toBe(0n);
    expect(spent.get("budget-i-nhuan-but")! > 0n).toBe(true);
    expect(spent.has("budget-iii-giai-thuong")).toBe(false); // the award is in July 2018
    const amounts = json.flatMap((r) => (r.type === "spending" ? [r.amount] : []));
    expect(amounts.some((a) => typeof a === "string" && /^\d{1,3}(\.\d{3})+$/.test(a))).toBe(true);
    expect(amounts.some((a) => typeof a === "number")).toBe(true);
  });
});

describe("generateRecords: edges", () => {
  it("returns nothing before the phase starts", () => {
    expect(generateRecords(plan, { seed: 1, asOf: "2017-06-30" })).toEqual([]);
  });

  it("rejects an asOf that is not a date and a seed that is not a number", () => {
    expect(() => generateRecords(plan, { seed: 1, asOf: "2018-02-30" })).toThrow(TypeError);
    expect(() => generateRecords(plan, { seed: Number.NaN, asOf: "2018-04-30" })).toThrow(TypeError);
  });
});
