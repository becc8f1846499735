import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isVnd, parsePlan, vnd, type Plan, type Unit } from "../../src/index.js";

// The reference fixture: the 2017 plan of the Confederation, "Tuyên truyền về “Công đoàn vì lợi ích đoàn
// viên” và “Thiết chế Công đoàn”", as data. Every release must reproduce what the document holds.
const text = readFileSync(new URL("../../examples/vgcl-2017/plan.json", import.meta.url), "utf8");
const json: unknown = JSON.parse(text);
const plan: Plan = parsePlan(JSON.parse(text));

const unit = (id: string): Unit => {
  const found = plan.units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
};
const activity = (id: string) => {
  const found = plan.channels.flatMap((c) => c.activities).find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
};
const allLines = () => (plan.budget?.sections ?? []).flatMap((s) => s.lines);
const line = (title: string) => {
  const found = allLines().filter((l) => l.title === title);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("the reference plan (examples/vgcl-2017/plan.json)", () => {
  it("parses, with its identity and header", () => {
    expect(plan.schemaVersion).toBe(2); // a version-1 document, upgraded when it is read
    expect(plan.id).toBe("vgcl-2017-cong-doan-vi-loi-ich-doan-vien");
    expect(plan.language).toBe("vi");
    expect(plan.header.title).toBe("KẾ HOẠCH");
    expect(plan.header.subject).toBe("Tuyên truyền về “Công đoàn vì lợi ích đoàn viên” và “Thiết chế Công đoàn”");
    expect(unit(plan.header.issuerId).kind).toBe("confederation");
    expect(plan.header.documentType).toBe("KH");
    expect(plan.header.issuerCode).toBe("TLĐ");
    // "Kế hoạch số……../KH-TLĐ ngày…../7/2017": number and day left blank.
    expect(plan.header).not.toHaveProperty("documentNumber");
    expect(plan.header).not.toHaveProperty("issuedOn");
    expect(plan.header.issuedIn).toBe("2017-07");
  });

  it("has the three legal bases", () => {
    const bases = plan.header.legalBases;
    expect(bases).toHaveLength(3);
    expect(bases.map((b) => b.kind)).toEqual(["Nghị quyết", "Hướng dẫn", "Quyết định"]);
    expect(bases[0]).not.toHaveProperty("reference");
    expect(bases[0]!.title).toContain("Hội nghị lần thứ 9");
    expect(bases.slice(1).map((b) => [b.reference, b.issuedOn])).toEqual([
      ["284/HD-TLĐ", "2017-03-09"],
      ["655/QĐ-TTg", "2017-05-12"],
    ]);
    expect(bases[2]!.issuer).toBe("Thủ tướng Chính phủ");
  });

  it("keeps the four opening paragraphs, with the 17 partners (9 + 8)", () => {
    const background = plan.header.background;
    expect(background).toHaveLength(4);
    expect(background[2]).toContain("Ngày 24 tháng 9 năm 2016");
    expect(background[2]).toContain("với 9 đối tác");
    expect(background[2]).toContain("Ngày 22 tháng 4 năm 2017");
    expect(background[2]).toContain("với 8 đối tác");
    expect(background.join("\n")).toContain("thỏa thuận hợp tác với 17 đối tác");
    // The partners are not named: one group unit stands for them.
    const partners = plan.units.filter((u) => u.kind === "partner");
    expect(partners.map((u) => [u.id, u.group])).toEqual([["doi-tac", true]]);
  });

  it("has purposes a–c, requirements a–d, five audiences, three themes", () => {
    expect(plan.purposes.map((p) => p.label)).toEqual(["a", "b", "c"]);
    expect(plan.requirements.map((p) => p.label)).toEqual(["a", "b", "c", "d"]);
    expect(plan.requirements[1]!.text).toContain("284/HD-TLĐ ngày 09/3/2017");
    expect(plan.audiences).toHaveLength(5);
    expect(plan.audiences.every((a) => a.nameEn !== undefined)).toBe(true);
    expect(plan.themes).toHaveLength(3);
  });

  it("runs phase 1 from July 2017 to May 2018", () => {
    expect(plan.phases).toEqual([
      { id: "phase-1", name: "Giai đoạn 1", window: { start: "2017-07-01", end: "2018-05-31" }, windowText: "từ tháng 7/2017 đến tháng 5/2018" },
    ]);
  });

  it("has six channels numbered 1 to 6", () => {
    expect(plan.channels.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.channels[0]!.title).toContain("trong hệ thống công đoàn");
    expect(plan.channels[1]!.title).toContain("ngoài hệ thống công đoàn");
  });

  it("has exactly the four quotas of the document", () => {
    const quotas = plan.channels.flatMap((c) => c.quotas.map((q) => ({ channel: c.number, ...q })));
    expect(quotas.map((q) => [q.channel, q.min, q.per, q.itemKinds, q.outletKinds, q.outletIds, q.requireOnlineCopy, q.phaseId])).toEqual([
      [1, 2, "week", ["article"], ["daily", "weekly", "bulletin"], [], true, "phase-1"],
      [1, 3, "issue", ["article"], ["magazine"], [], true, "phase-1"],
      [1, 2, "week", ["article"], ["portal", "website"], [], false, "phase-1"],
      [2, 1, "month", ["programme"], [], ["vtv", "ttxvn", "vov"], false, "phase-1"],
    ]);
    expect(quotas.slice(0, 3).every((q) => q.startsIn === "2017-07")).toBe(true);
    expect(quotas[0]!.description).toContain("02 bài/tuần đối với nhật báo, tuần báo, bản tin");
    expect(quotas[1]!.description).toContain("03 bài/số đối với tạp chí");
    expect(quotas[2]!.description).toContain("tối thiểu 02 bài/tuần");
    expect(quotas[3]!.description).toContain("01 chương trình/tháng");
    // The outlets each quota selects exist.
    for (const q of quotas) {
      const selected = plan.units.filter((u) => q.outletIds.includes(u.id) || (u.outlet !== undefined && q.outletKinds.includes(u.outlet.kind)));
      expect(selected.length, q.id).toBeGreaterThan(0);
    }
  });

  it("records the union press and which outlets have an electronic edition", () => {
    const press = ["bao-lao-dong", "nguoi-lao-dong", "lao-dong-thu-do", "lao-dong-dong-nai", "lao-dong-nghe-an", "tap-chi-lao-dong-cong-doan"];
    for (const id of press) expect(unit(id).kind, id).toBe("press-outlet");
    expect(unit("bao-lao-dong").outlet).toEqual({ kind: "daily", electronicEdition: true });
    expect(unit("nguoi-lao-dong").outlet).toEqual({ kind: "daily", electronicEdition: true });
    expect(unit("tap-chi-lao-dong-cong-doan").outlet?.kind).toBe("magazine");
    expect(unit("tap-chi-lao-dong-cong-doan").outlet?.issuesPerYear).toBe(12);
    expect(unit("cong-thong-tin-cdvn").outlet).toEqual({ kind: "portal", electronicEdition: false });
    expect(unit("vtv").outlet?.programmes).toEqual(["Lao động- Công đoàn", "Truyền hình Công đoàn Việt Nam", "Nhịp sống công nhân"]);
    expect(["vtv", "ttxvn", "vov"].map((id) => unit(id).outlet?.kind)).toEqual(["television", "news-agency", "radio"]);
    expect(unit("truyen-hinh-bao-lao-dong").parentId).toBe("bao-lao-dong");
    // Every outlet states the flag.
    for (const u of plan.units) if (u.outlet) expect(typeof u.outlet.electronicEdition, u.id).toBe("boolean");
  });

  it("has the digital products with their durations and windows", () => {
    const animation = activity("c3-video-hoat-hoa");
    expect([animation.approximateSeconds, animation.window, animation.windowText]).toEqual([60, { start: "2017-08-01", end: "2017-09-30" }, "Tháng 8,9/2017"]);
    const clips = activity("c3-clip-nhan-vat");
    expect([clips.product, clips.approximateSeconds, clips.window]).toEqual([
      { description: "03 clip", quantity: 3, unit: "clip" },
      120,
      { start: "2017-07-01", end: "2017-09-30" },
    ]);
    expect(activity("c3-fanpage").window).toEqual({ start: "2017-07-01", end: "2017-07-31" });
  });

  it("targets 100% of the grassroots unions directly managed by the federations and sector unions", () => {
    const targets = plan.channels.flatMap((c) => c.activities.flatMap((a) => a.targets));
    expect(targets).toEqual([
      {
        id: "target-cdcs-100",
        description: "100% số CĐCS trực tiếp quản lý",
        percent: 100,
        unitKind: "grassroots-union",
        scopeUnitIds: ["ldld-tinh", "cd-nganh-tw"],
      },
    ]);
    expect(unit("ldld-tinh").group).toBe(true);
    expect(unit("cd-nganh-tw").group).toBe(true);
  });

  it("has the funding sources and provisions of part IV", () => {
    expect(plan.funding.sources.map((s) => [s.id, s.kind])).toEqual([
      ["central-budget", "central-budget"],
      ["regular-budget", "regular-budget"],
      ["partner", "partner"],
    ]);
    expect(plan.funding.provisions.map((p) => p.sourceId)).toEqual(["regular-budget", "central-budget", "partner"]);
  });

  it("has the five responsibilities of part V", () => {
    expect(plan.responsibilities.map((r) => r.label)).toEqual(["1", "2", "3", "4", "5"]);
    expect(plan.responsibilities[0]!.unitIds).toEqual(["ban-tuyen-giao"]);
    expect(plan.responsibilities.flatMap((r) => r.duties)).toHaveLength(4 + 4 + 1 + 2 + 3);
  });

  it("has the reporting duties: monthly via the Ban Tuyên giáo, the April 2018 report, the May 2018 review", () => {
    const [monthly, report, review] = plan.reporting;
    expect(plan.reporting).toHaveLength(3);
    expect(monthly).toMatchObject({
      kind: "periodic-report",
      every: "month",
      recipientUnitId: "tld",
      viaUnitId: "ban-tuyen-giao",
      window: { start: "2017-07-01", end: "2018-05-31" },
      phaseId: "phase-1",
    });
    expect(monthly!.reportingUnitIds).toEqual(expect.arrayContaining(["ldld-tinh", "cd-nganh-tw", "bao-lao-dong", "tap-chi-lao-dong-cong-doan"]));
    expect(monthly!.description.startsWith("Hàng tháng")).toBe(true);
    expect(report).toMatchObject({ kind: "report", window: { start: "2018-04-01", end: "2018-04-30" }, windowText: "tháng 4/2018", phaseId: "phase-1" });
    expect(review).toMatchObject({
      kind: "review",
      window: { start: "2018-05-01", end: "2018-05-31" },
      windowText: "Tháng Công nhân năm 2018",
      phaseId: "phase-1",
    });
  });

  it("has the closing paragraphs, the five recipients and the signatory", () => {
    expect(plan.closing).toHaveLength(4);
    expect(plan.closing[0]!.startsWith("Trên đây là")).toBe(true);
    expect(plan.recipients.map((r) => r.text)).toEqual([
      "Thường trực ĐCT;",
      "Các LĐLĐ tỉnh, TP, CĐ ngành trung ương;",
      "Các Ban, đơn vị trực thuộc TLĐ;",
      "Các cơ quan báo chí trong hệ thống CĐ;",
      "Lưu: VT, BTG.",
    ]);
    expect(plan.signatory).toMatchObject({ capacity: "TM. ĐOÀN CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Trần Văn Thuật" });
  });

  describe("the budget appendix", () => {
    const budget = plan.budget!;

    it("states its totals as the document does", () => {
      expect(budget.currency).toBe("VND");
      expect(budget.attachedTo).toBe("(Ban hành kèm theo Kế hoạch số……../KH-TLĐ ngày…../7/2017)");
      expect(budget.declaredTotal?.toString()).toBe("151500000");
      expect(budget.declaredTotal?.equals("151.500.000")).toBe(true);
      expect(budget.sections.map((s) => s.label)).toEqual(["I", "II", "III"]);
      expect(budget.sections[0]!.declaredTotal?.equals("111.500.000")).toBe(true);
      expect(budget.sections[1]!.declaredTotal?.equals("30.000.000")).toBe(true);
      expect(budget.sections[2]).not.toHaveProperty("declaredTotal");
      expect(budget.sections.map((s) => s.lines.length)).toEqual([4, 2, 1]);
    });

    it("has the royalty line: 365 articles at 100.000 đ, 36.500.000 đ", () => {
      const royalties = line("Chi nhuận bút bài viết");
      expect(royalties).not.toHaveProperty("label");
      expect(royalties).not.toHaveProperty("window");
      expect(royalties.product).toEqual({ description: "365 bài, (01 bài/ngày)", quantity: 365, unit: "bài" });
      expect(royalties.unitPrice?.toString()).toBe("100000");
      expect(royalties.amount?.toString()).toBe("36500000");
      expect(royalties.unitPrice?.multiply(royalties.product!.quantity!).equals(royalties.amount!)).toBe(true);
      expect(royalties.amountText).toBe("(100.000 đ/bài)");
      expect(royalties.leadUnitIds).toEqual(["ban-tuyen-giao"]);
    });

    it("has the 125.000 posters in November 2017, paid by the federations' regular budgets", () => {
      const posters = line("In ấn, treo dán");
      expect(posters.product).toEqual({ description: "125.000 tờ", quantity: 125000, unit: "tờ" });
      expect(posters.window).toEqual({ start: "2017-11-01", end: "2017-11-30" });
      expect(posters.windowText).toBe("Tháng 11/2017");
      expect(posters).not.toHaveProperty("amount");
      expect(posters.amountText).toBe("Kinh phí của LĐLĐ tỉnh, TP, CĐ ngành");
      const source = plan.funding.sources.find((s) => s.id === posters.fundingSourceId);
      expect(source?.kind).toBe("regular-budget");
      expect(posters.leadUnitIds).toEqual(["ldld-tinh", "cd-nganh-tw"]);
      expect(posters.activityId).toBe("c4-in-an-poster");
      expect(activity("c4-in-an-poster").product).toEqual(posters.product);
    });

    it("has the other lines as the table writes them", () => {
      const rows = allLines().map((l) => [l.label ?? null, l.title, l.product?.quantity, l.product?.unit, l.windowText ?? null, l.amount?.toString() ?? null]);
      expect(rows).toEqual([
        ["1", "Video hoạt họa 2D", 1, "video", "Tháng 8,9/2017", "30000000"],
        ["2", "Video về nhân vật", 3, "clip", "Tháng 7,8,9/2017", "30000000"],
        ["3", "Nâng cấp Trang Fanpage CĐVN", 3, "người", "Tháng 7/2017", "15000000"],
        [null, "Chi nhuận bút bài viết", 365, "bài", null, "36500000"],
        ["1", "Thiết kế", 3, "loại", "Tháng 8,9/2017", "30000000"],
        ["2", "In ấn, treo dán", 125000, "tờ", "Tháng 11/2017", null],
        [null, budget.sections[2]!.title, 1, "giải thưởng", "Tháng 7/2018", "10000000"],
      ]);
      const award = budget.sections[2]!.lines[0]!;
      expect(award.window).toEqual({ start: "2018-07-01", end: "2018-07-31" });
      expect(award.coordinatingUnitIds).toEqual(["doi-tac"]);
      expect(award.fundingSourceId).toBe("central-budget");
      // Every line points to an activity of part III.
      for (const l of allLines()) expect(l.activityId, l.id).toBeDefined();
    });

    it("adds up: the lines paid from the central budget sum to the declared total", () => {
      const central = allLines()
        .filter((l) => l.fundingSourceId === "central-budget")
        .reduce((sum, l) => sum.add(l.amount!), vnd(0));
      expect(central.equals(budget.declaredTotal!)).toBe(true);
    });
  });

  it("is in Unicode NFC, every text field", () => {
    const bad: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === "string") {
        if (value !== value.normalize("NFC")) bad.push(path);
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${path}[${i}]`));
      } else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(json, "$");
    expect(bad).toEqual([]);
  });

  it("is deeply frozen once parsed", () => {
    const open: string[] = [];
    let seen = 0;
    const walk = (value: unknown, path: string): void => {
      if (value === null || typeof value !== "object") return;
      seen++;
      if (!Object.isFrozen(value)) open.push(path);
      if (isVnd(value)) return; // an amount: frozen, its internals are its own
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(plan, "plan");
    expect(seen).toBeGreaterThan(100);
    expect(open).toEqual([]);
    expect(Object.isFrozen(plan.channels[3]!.activities[1]!.targets[0]!.scopeUnitIds)).toBe(true);
    expect(Object.isFrozen(plan.budget!.sections[0]!.lines[3]!.product)).toBe(true);
  });
});
