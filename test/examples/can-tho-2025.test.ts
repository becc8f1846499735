/**
 * The plan 159/KH-UBND of the UBND thành phố Cần Thơ (19/11/2025), transcribed in examples/can-tho-2025/plan.json,
 * against its text examples/documents/corpus/can-tho-159-kh-ubnd-2025.txt. "L<n>" cites the line of that file
 * (line 1 is the SOURCE line); each fact is checked against the text where a check can be written, not only
 * against the JSON.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildTimeline,
  expandDeadlines,
  findTimeExpressions,
  formatDocumentReference,
  lintPlan,
  parseDocumentReference,
  parsePlan,
  parseTimeExpression,
  parseVietnameseWindow,
  planToJSON,
  summarizeBudget,
  toICalendar,
} from "../../src/index.js";
import { datesNamedIn, ellipsesNotIn, flatText, isoDatesOf } from "./_lib/transcription.js";

const json: unknown = JSON.parse(readFileSync(new URL("../../examples/can-tho-2025/plan.json", import.meta.url), "utf8"));
const plan = parsePlan(json);
const source = readFileSync(new URL("../../examples/documents/corpus/can-tho-159-kh-ubnd-2025.txt", import.meta.url), "utf8");
/** The file's lines, numbered from 1 as an editor shows them. */
const lines = source.split("\n");
const line = (n: number): string => lines[n - 1] ?? "";
/** The published text (after the SOURCE line and the "---"), without its Markdown marks, on one line. */
const text = lines
  .slice(2)
  .join(" ")
  .replace(/\*+/g, "")
  .replace(/\s+/g, " ");
/** Whether `phrase` is in the text word for word (its first letter in either case: a clause cut from a bullet). */
const inText = (phrase: string): boolean => {
  const flat = phrase.replace(/\s+/g, " ");
  return text.includes(flat) || text.includes(flat.charAt(0).toLowerCase() + flat.slice(1));
};
const REFERENCE_DATE = { referenceDate: "2025-11-19" } as const;
const unit = (id: string) => {
  const found = plan.units.find((u) => u.id === id);
  if (found === undefined) throw new Error(`no unit ${id}`);
  return found;
};

describe("examples/can-tho-2025/plan.json", () => {
  it("parses as a version-2 plan and round-trips through planToJSON", () => {
    expect(plan.schemaVersion).toBe(2);
    expect(plan.id).toBe("can-tho-2025");
    expect(parsePlan(planToJSON(plan))).toEqual(plan);
    expect(planToJSON(parsePlan(planToJSON(plan)))).toEqual(planToJSON(plan));
  });

  it("is the whole document, copied from thuvienphapluat.vn (L1), with what it leaves out noted", () => {
    expect(plan.provenance?.kind).toBe("document");
    // L1 names a file of a GitHub repository, not a web address: no url.
    expect(line(1)).toMatch(/^SOURCE: GitHub tnt305\/tai_lieu_noi_bo, path src\/etl\/dataset\/d40513a8b25883ec\.md /);
    expect(plan.provenance).not.toHaveProperty("url");
    expect(plan.provenance?.notes[0]).toContain("tnt305/tai_lieu_noi_bo, tệp src/etl/dataset/d40513a8b25883ec.md");
    // L308, "08 KH", after the archive line: not transcribed, and the notes say so.
    expect(line(308)).toBe("08 KH");
    expect(plan.provenance?.notes[2]).toContain("“08 KH”");
  });

  it("holds no placeholder: every ellipsis is the text's, every date one the text gives", () => {
    // L152: "(như: việc làm, y tế, giáo dục, nhà ở, nước sạch và vệ sinh, thông tin…)": the plan's only "…".
    expect(ellipsesNotIn(json, flatText(source))).toEqual([]);
    expect(JSON.stringify(json).match(/…/g)).toHaveLength(1);
    // Every date of the document is a day that a time phrase of the text names (L128's "nay" is the plan's date).
    const named = datesNamedIn(flatText(source), REFERENCE_DATE);
    const dates = isoDatesOf(json);
    expect(dates.length).toBe(14);
    for (const { path, text: date } of dates) expect(named.has(date), `${path}: ${date}`).toBe(true);
  });

  describe("header", () => {
    it("is plan 159/KH-UBND of the UBND thành phố Cần Thơ, Cần Thơ, 19/11/2025", () => {
      // L4-6: "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"; L15: "Số: 159/KH-UBND"; L17-18: "Cần Thơ, ngày 19 tháng 11 năm 2025".
      expect(line(15)).toBe("Số: 159/KH-UBND");
      const number = parseDocumentReference(line(15).replace("Số: ", ""));
      expect(plan.header).toMatchObject({
        title: "KẾ HOẠCH",
        issuerId: "ubnd-tp-can-tho",
        place: "Cần Thơ",
        documentNumber: number.number,
        documentType: number.type,
        issuerCode: number.issuer,
        issuedOn: "2025-11-19",
      });
      expect(plan.header.issuedIn).toBeUndefined();
      expect(line(17)).toBe("*Cần Thơ, ngày");
      const dated = findTimeExpressions(`${line(17)} ${line(18)}`);
      expect(dated).toHaveLength(1);
      expect(dated[0]?.expression).toEqual({ kind: "window", window: { start: "2025-11-19", end: "2025-11-19" } });
      expect(plan.header.coIssuerIds).toEqual([]);
    });

    it("has the issuer as a People's Committee at province level", () => {
      // L4-6; Cần Thơ is a city under the centre (thành phố trực thuộc trung ương), a province-level unit.
      expect(unit("ubnd-tp-can-tho")).toMatchObject({ name: "Ủy ban nhân dân thành phố Cần Thơ", kind: "peoples-committee", level: "province" });
    });

    it("has the subject as the opening paragraph writes it (L24-25 in capitals, L71-73)", () => {
      expect(line(24)).toMatch(/^TRUYỀN THÔNG VỀ GIẢM NGHÈO ĐA CHIỀU/);
      expect(plan.header.subject.toUpperCase()).toBe(`${line(24)} ${line(25)}`);
      expect(inText(`Kế hoạch ${plan.header.subject.charAt(0).toLowerCase()}${plan.header.subject.slice(1)}`)).toBe(true);
      expect(plan.header.background).toHaveLength(1);
      expect(inText(plan.header.background[0]!)).toBe(true);
    });

    it("has the nine legal bases of L27-69, each with its reference and date as the text gives them", () => {
      // [reference, line of the reference, kind, issuer as written]
      const expected: [string, number, string, string][] = [
        ["06/2022/TT-BTTTT", 28, "Thông tư", "Bộ trưởng Bộ Thông tin và Truyền thông"],
        ["01/2025/TT-BTTTT", 33, "Thông tư", "Bộ trưởng Bộ Thông tin và Truyền thông"],
        ["55/2023/TT-BTC", 40, "Thông tư", "Bộ trưởng Bộ Tài chính"],
        ["75/2024/TT-BTC", 45, "Thông tư", "Bộ trưởng Bộ Tài chính"],
        ["650/QĐ-LĐTBXH", 52, "Quyết định", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội"],
        ["128/QĐ-LĐTBXH", 53, "Quyết định", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội"],
        ["206/NQ-HĐND", 59, "Nghị quyết", "Hội đồng nhân dân thành phố Cần Thơ"],
        ["77/KH-UBND", 61, "Kế hoạch", "Ủy ban nhân dân thành phố Cần Thơ"],
        ["2140/QĐ-UBND", 67, "Quyết định", "Ủy ban nhân dân thành phố Cần Thơ"],
      ];
      expect(plan.header.legalBases.map((b) => b.reference)).toEqual(expected.map((e) => e[0]));
      for (const [reference, at, kind, issuer] of expected) {
        const basis = plan.header.legalBases.find((b) => b.reference === reference)!;
        expect(line(at)).toContain(reference);
        expect(basis.kind).toBe(kind);
        expect(basis.issuer).toBe(issuer);
        // The issuing body is a unit of the plan: the ministry whose minister signs, the HĐND, the UBND.
        expect(issuer.endsWith(unit(basis.issuerId!).name), reference).toBe(true);
        expect(inText(`${kind} số ${reference}`)).toBe(true);
        // The date that follows the reference in the text ("… ngày 30 tháng 6 năm 2022 của …"), read by the library.
        const dated = new RegExp(`${reference} (ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}) của ${issuer}`).exec(text);
        expect(dated, reference).not.toBeNull();
        expect(parseVietnameseWindow(dated![1]!)).toEqual({ start: basis.issuedOn, end: basis.issuedOn });
        expect(formatDocumentReference(parseDocumentReference(reference))).toBe(reference);
        expect(inText(basis.summary!)).toBe(true);
      }
      // L51-56: the decision 650 is cited "được điều chỉnh bổ sung bởi" the decision 128; L58-64: the resolution
      // 206 and the plan 77 share one paragraph ("…năm 2025; Căn cứ Kế hoạch số 77/KH-UBND…").
      expect(plan.header.legalBases.find((b) => b.reference === "650/QĐ-LĐTBXH")?.summary).toContain("128/QĐ-LĐTBXH");
      expect(plan.header.legalBases.map((b) => b.issuerId)).toEqual([
        "bo-tt-tt",
        "bo-tt-tt",
        "bo-tai-chinh",
        "bo-tai-chinh",
        "bo-ld-tb-xh",
        "bo-ld-tb-xh",
        "hdnd-tp-can-tho",
        "ubnd-tp-can-tho",
        "ubnd-tp-can-tho",
      ]);
      expect(line(61)).toContain("; Căn cứ Kế hoạch số 77/KH-UBND");
      // Every basis precedes the plan (lint: no legal_basis_after_plan).
      expect(plan.header.legalBases.every((b) => b.issuedOn! < "2025-11-19")).toBe(true);
    });
  });

  describe("parts I–III", () => {
    it("has two purposes (L81-90) and three requirements (L94-108), in the text's words", () => {
      expect(plan.purposes).toHaveLength(2);
      expect(plan.requirements).toHaveLength(3);
      for (const p of [...plan.purposes, ...plan.requirements]) expect(inText(p.text), p.id).toBe(true);
      expect(plan.purposes[0]?.text).toMatch(/^Tăng cường truyền thông/);
      expect(plan.requirements[2]?.text).toMatch(/kịp thời và hiệu quả\.$/);
    });

    it("has no objectives: the text has no Mục tiêu section and no indicator (chỉ tiêu)", () => {
      expect(plan.objectives).toEqual([]);
      // "mục tiêu" occurs only in the programme's name and in "mục tiêu giảm nghèo bền vững" (L85, L157, L160).
      expect(/chỉ tiêu/i.test(text)).toBe(false);
      expect(text.includes("%")).toBe(false);
      expect(/mục tiêu/i.test(text.replace(/chương trình mục tiêu quốc gia|mục tiêu giảm nghèo bền vững/gi, ""))).toBe(false);
    });

    it("has the eleven audiences of L115-118", () => {
      expect(plan.audiences.map((a) => a.name)).toEqual([
        "Người dân",
        "cán bộ",
        "đảng viên",
        "công chức",
        "viên chức",
        "người lao động",
        "toàn xã hội",
        "người thuộc hộ nghèo",
        "hộ cận nghèo",
        "hộ mới thoát nghèo",
        "cán bộ làm công tác giảm nghèo các cấp",
      ]);
      for (const a of plan.audiences) expect(inText(a.name), a.name).toBe(true);
    });

    it("has the scope of L122-124", () => {
      expect(plan.scope).toHaveLength(1);
      expect(inText(plan.scope[0]!)).toBe(true);
      expect(plan.scope[0]).toContain("trọng tâm là địa bàn có tỷ lệ hộ nghèo cao");
    });

    it("has its own window, “Từ nay đến hết năm 2025” (L128) from the plan's date, and no phases", () => {
      expect(line(128)).toBe(`${plan.windowText}.`);
      expect(parseTimeExpression(plan.windowText!, REFERENCE_DATE)).toEqual({ kind: "window", window: plan.window });
      expect(parseVietnameseWindow(line(128), REFERENCE_DATE)).toEqual(plan.window);
      expect(plan.window).toEqual({ start: "2025-11-19", end: "2025-12-31" });
      expect(plan.phases).toEqual([]);
    });

    it("has the five content themes of L135-161", () => {
      expect(plan.themes).toHaveLength(5);
      for (const t of plan.themes) expect(inText(t.text), t.id).toBe(true);
    });

    it("has the seven forms (Hình thức, L165-189) as channels, with the activities each names", () => {
      expect(plan.channels.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(plan.channels.map((c) => c.activities.length)).toEqual([2, 1, 1, 2, 1, 2, 1]);
      for (const c of plan.channels) {
        expect(inText(c.title), c.id).toBe(true);
        expect(c.quotas).toEqual([]); // the forms set no quota
        for (const a of c.activities) {
          expect(inText(a.title), a.id).toBe(true);
          expect(a.window).toBeUndefined(); // no form is dated
          expect(a.product).toBeUndefined(); // nor counted
        }
      }
      // L175-176: columns "trên báo, đài và hệ thống thông tin, truyền thanh cơ sở"; L180-181: "trên cơ quan báo
      // chí trung ương và địa phương"; L188-189: "các Trang Thông tin điện tử của Sở, ngành, địa phương": the
      // outlets that carry the form or that it is about.
      expect(line(176)).toContain("trên báo, đài và hệ thống thông tin, truyền thanh cơ sở;");
      expect(line(181)).toBe("giảm nghèo trên cơ quan báo chí trung ương và địa phương.");
      expect(plan.channels.flatMap((c) => c.activities.filter((a) => a.outletIds.length > 0).map((a) => [a.id, a.outletIds]))).toEqual([
        ["f4-chuyen-trang-chuyen-muc", ["bao-dai", "he-thong-thong-tin-co-so"]],
        ["f5-bao-chi", ["co-quan-bao-chi-trung-uong", "co-quan-bao-chi-dia-phuong"]],
        ["f7-trang-ttdt", ["trang-ttdt-so-nganh-dia-phuong"]],
      ]);
      // No form names a unit that leads it, carries it out or helps: part V names them (L198-286).
      for (const a of plan.channels.flatMap((c) => c.activities)) {
        expect([a.leadUnitIds, a.executingUnitIds, a.coordinatingUnitIds], a.id).toEqual([[], [], []]);
        expect(a).not.toHaveProperty("dueOn");
      }
    });
  });

  describe("units", () => {
    it("names every organisation of the text, with its kind and level", () => {
      const expected: [string, string, string | undefined, boolean][] = [
        // [id, kind, level, group]
        ["ubnd-tp-can-tho", "peoples-committee", "province", false], // L4-6, L71
        ["lanh-dao-ubnd-tp", "other", "province", false], // L300 "CT, PCT UBND TP"
        ["vp-ubnd-tp", "state-agency", "province", false], // L303
        ["so-nn-mt", "state-agency", "province", false], // L201
        ["so-tai-chinh", "state-agency", "province", false], // L214
        ["so-vh-tt-dl", "state-agency", "province", false], // L220
        ["so-gd-dt", "state-agency", "province", false], // L302 "GD&ĐT"
        ["cac-so-nganh", "state-agency", "province", true], // L253
        ["ubnd-cap-xa", "peoples-committee", "commune", true], // L269, L305
        ["ubmttq-tp", "fatherland-front", "province", false], // L236
        ["doan-the", "mass-organisation", "province", true], // L237
        ["bao-ptth-can-tho", "press-outlet", "province", false], // L223-224, L304
        ["cong-ttdt-tp", "portal", "province", false], // L306
        ["trang-ttdt-so-nganh-dia-phuong", "portal", undefined, true], // L189
        ["he-thong-thong-tin-co-so", "loudspeaker-system", "commune", true], // L176, L225
        ["bao-dai", "press-outlet", undefined, true], // L176
        ["co-quan-bao-chi-trung-uong", "press-outlet", "central", true], // L181
        ["co-quan-bao-chi-dia-phuong", "press-outlet", "province", true], // L181
        ["co-quan-thong-tan-bao-chi", "press-outlet", undefined, true], // L224
        ["bo-nn-mt", "state-agency", "central", false], // L298
        ["vpqg-giam-ngheo", "state-agency", "central", false], // L299
        ["bo-tt-tt", "state-agency", "central", false], // L28
        ["bo-tai-chinh", "state-agency", "central", false], // L40
        ["bo-ld-tb-xh", "state-agency", "central", false], // L52
        ["hdnd-tp-can-tho", "peoples-council", "province", false], // L59
      ];
      expect(plan.units.map((u) => u.id)).toEqual(expected.map((e) => e[0]));
      for (const [id, kind, level, group] of expected) {
        const u = unit(id);
        expect(u.kind, id).toBe(kind);
        expect(u.level, id).toBe(level);
        expect(u.group === true, id).toBe(group);
      }
    });

    it("writes the names as the text does (case aside)", () => {
      for (const u of plan.units.filter((u) => !["lanh-dao-ubnd-tp", "vp-ubnd-tp", "so-gd-dt", "bo-nn-mt", "vpqg-giam-ngheo", "cong-ttdt-tp", "co-quan-bao-chi-trung-uong", "co-quan-bao-chi-dia-phuong"].includes(u.id))) {
        expect(inText(u.name) || text.toLowerCase().includes(u.name.toLowerCase()), u.id).toBe(true);
      }
      // L181: "cơ quan báo chí trung ương và địa phương", one phrase for the two groups.
      expect(line(181)).toContain("cơ quan báo chí trung ương và địa phương");
      // The units that only Nơi nhận names are there under the abbreviations it uses (L298-306).
      expect(line(298)).toContain(unit("bo-nn-mt").shortName);
      expect(line(299)).toContain(unit("vpqg-giam-ngheo").shortName);
      expect(line(300)).toContain(unit("lanh-dao-ubnd-tp").shortName);
      expect(line(303)).toContain(unit("vp-ubnd-tp").shortName);
      expect(line(306)).toContain(unit("cong-ttdt-tp").name);
      expect(line(301)).toContain(unit("ubmttq-tp").shortName);
      expect(line(305)).toContain(unit("ubnd-cap-xa").shortName);
    });

    it("has the Báo và Phát thanh, Truyền hình Cần Thơ as one press outlet with print, radio and television", () => {
      // L223-224: "Báo và Phát thanh, Truyền hình Cần Thơ": báo (press), phát thanh (radio), truyền hình (television).
      expect(unit("bao-ptth-can-tho").outlet?.media).toEqual(["print", "radio", "television"]);
      // The text never says how often a paper appears: every press outlet is a "newspaper", frequency not given.
      expect(plan.units.filter((u) => u.kind === "press-outlet").map((u) => [u.id, u.outlet?.kind])).toEqual([
        ["bao-ptth-can-tho", "newspaper"],
        ["bao-dai", "newspaper"],
        ["co-quan-bao-chi-trung-uong", "newspaper"],
        ["co-quan-bao-chi-dia-phuong", "newspaper"],
        ["co-quan-thong-tan-bao-chi", "newspaper"],
      ]);
      expect(/nhật báo|tuần báo|hằng ngày|hàng ngày|hằng tuần|hàng tuần/i.test(text)).toBe(false);
      expect(unit("cong-ttdt-tp").outlet?.kind).toBe("portal");
      expect(unit("trang-ttdt-so-nganh-dia-phuong").outlet?.kind).toBe("website");
      expect(unit("he-thong-thong-tin-co-so").outlet?.kind).toBe("radio");
    });

    it("places the Sở, the office, the communes' UBND and the leadership under the city's UBND", () => {
      for (const id of ["lanh-dao-ubnd-tp", "vp-ubnd-tp", "so-nn-mt", "so-tai-chinh", "so-vh-tt-dl", "so-gd-dt", "cac-so-nganh", "ubnd-cap-xa"]) {
        expect(unit(id).parentId, id).toBe("ubnd-tp-can-tho");
      }
      expect(plan.units.filter((u) => u.parentId !== undefined)).toHaveLength(8);
    });
  });

  describe("part IV: funding (L194-196)", () => {
    it("has four sources: the central budget, the city budget, mobilised money and other lawful sources", () => {
      expect(plan.funding.sources.map((s) => [s.id, s.kind, s.level])).toEqual([
        ["ngan-sach-trung-uong", "state-budget", "central"],
        ["ngan-sach-thanh-pho", "state-budget", "province"],
        ["nguon-huy-dong", "socialisation", undefined],
        ["nguon-hop-phap-khac", "other", undefined],
      ]);
      expect(plan.funding.provisions).toHaveLength(1);
      expect(plan.funding.provisions[0]?.sourceIds).toEqual(plan.funding.sources.map((s) => s.id));
      expect(inText(plan.funding.provisions[0]!.text)).toBe(true);
      for (const s of plan.funding.sources) expect(inText(s.name) || text.toLowerCase().includes(s.name.toLowerCase()), s.id).toBe(true);
    });

    it("states no amount: no budget appendix, nothing to add up", () => {
      expect(plan.budget).toBeUndefined();
      // No figure in đồng, triệu or tỷ anywhere ("đồng" occurs only in "đồng thuận", "cộng đồng").
      expect(/\d\s*(đồng|triệu|tỷ)/.test(text)).toBe(false);
      const summary = summarizeBudget(plan);
      expect(summary.total.toString()).toBe("0");
      expect(summary.byFunder.map((f) => f.fundingSourceId)).toEqual(plan.funding.sources.map((s) => s.id));
    });
  });

  describe("part V: organisation (L198-286)", () => {
    it("has six responsibilities with their duties, the Front and mass organisations as a request", () => {
      expect(plan.responsibilities.map((r) => [r.label, r.unitIds, r.duties.length, r.mode])).toEqual([
        ["1", ["so-nn-mt"], 3, undefined], // L201-212
        ["2", ["so-tai-chinh"], 1, undefined], // L214-218
        ["3", ["so-vh-tt-dl"], 3, undefined], // L220-234
        ["4", ["ubmttq-tp", "doan-the"], 3, "request"], // L236-251: "Đề nghị…"
        ["5", ["cac-so-nganh"], 3, undefined], // L253-267
        ["6", ["ubnd-cap-xa"], 4, undefined], // L269-286
      ]);
      expect(line(236)).toMatch(/^\*\*4\. Đề nghị/);
      for (const r of plan.responsibilities) {
        expect(inText(`${r.label}. ${r.title}`), r.id).toBe(true);
        for (const d of r.duties) expect(inText(d.text), d.id).toBe(true);
      }
    });

    it("names the units that the duties name (L223-225, L267, L285-286)", () => {
      const named = plan.responsibilities.flatMap((r) => r.duties.filter((d) => d.unitIds.length > 0).map((d) => [d.id, d.unitIds]));
      expect(named).toEqual([
        ["resp-3-duty-1", ["bao-ptth-can-tho", "co-quan-thong-tan-bao-chi", "he-thong-thong-tin-co-so"]],
        ["resp-5-duty-3", ["so-nn-mt"]],
        ["resp-6-duty-4", ["so-nn-mt"]],
      ]);
      // L223-225: "chỉ đạo Báo và Phát thanh, Truyền hình Cần Thơ, các cơ quan thông tấn báo chí và hệ thống thông tin cơ sở".
      const direction = plan.responsibilities[2]!.duties[0]!;
      expect(direction.text).toContain("chỉ đạo Báo và Phát thanh, Truyền hình Cần Thơ, các cơ quan thông tấn báo chí và hệ thống thông tin cơ sở");
      for (const id of direction.unitIds) expect(direction.text.toLowerCase(), id).toContain((unit(id).shortName ?? unit(id).name).toLowerCase());
      // L267 and L285-286: "gửi về Sở Nông nghiệp và Môi trường".
      for (const [id] of named.slice(1)) {
        const duty = plan.responsibilities.flatMap((r) => r.duties).find((d) => d.id === id)!;
        expect(duty.text).toMatch(/gửi về Sở Nông nghiệp và Môi trường\.$/);
      }
    });

    it("ties the duties that name a form to it", () => {
      const tied = plan.responsibilities.flatMap((r) => r.duties.filter((d) => d.activityIds.length > 0).map((d) => [d.id, d.activityIds]));
      expect(tied).toEqual([
        ["resp-3-duty-1", ["f4-chuyen-trang-chuyen-muc", "f5-bao-chi"]], // L223-225: the press and the hệ thống thông tin cơ sở
        ["resp-4-duty-3", ["f6-phong-trao-thi-dua"]], // L249-251: the movement "Vì người nghèo…"
      ]);
    });

    it("has the reporting duties the text sets: yearly reports to the Sở NN&MT, the communes' report, the Sở's own", () => {
      expect(plan.reporting.map((d) => [d.id, d.kind, d.reportingUnitIds, d.recipientUnitId, d.every])).toEqual([
        ["report-so-nn-mt", "report", ["so-nn-mt"], undefined, undefined], // L211-212: no recipient, no date
        ["report-so-nganh-hang-nam", "periodic-report", ["cac-so-nganh"], "so-nn-mt", "year"], // L265-267
        ["report-ubnd-cap-xa", "report", ["ubnd-cap-xa"], "so-nn-mt", undefined], // L284-286: no date
      ]);
      for (const d of plan.reporting) expect(inText(d.description), d.id).toBe(true);
      // L266: "hàng năm", read by the library as a yearly recurrence.
      const yearly = plan.reporting[1]!;
      const found = findTimeExpressions(yearly.description, REFERENCE_DATE);
      expect(found.map((f) => f.expression)).toEqual([{ kind: "recurring", every: yearly.every }]);
      // Its window is the plan's own (L128); the other two are undated.
      expect(yearly.window).toEqual(plan.window);
      expect(plan.reporting[0]?.window).toBeUndefined();
      expect(plan.reporting[2]?.window).toBeUndefined();
    });

    it("has the closing paragraph of L288-293", () => {
      expect(plan.closing).toHaveLength(1);
      expect(inText(plan.closing[0]!)).toBe(true);
      expect(plan.closing[0]).toMatch(/xem xét, quyết định\.\/\.$/);
    });
  });

  describe("Nơi nhận and signature (L297-314)", () => {
    it("has the nine recipients with their grouped parts, and the archive line", () => {
      expect(plan.recipients.map((r) => r.text)).toEqual(lines.slice(297, 306).map((l) => l.replace(/^- /, "")));
      expect(plan.recipients.map((r) => [r.unitIds, r.parts])).toEqual([
        [["bo-nn-mt"], []],
        [["vpqg-giam-ngheo"], []],
        [["lanh-dao-ubnd-tp"], ["CT", "PCT"]],
        [["ubmttq-tp", "doan-the"], ["UBMT TQ VN thành phố", "các Đoàn thể"]],
        [["so-nn-mt", "so-tai-chinh", "so-vh-tt-dl", "so-gd-dt"], ["NN&MT", "TC", "VH,TT&DL", "GD&ĐT"]],
        [["vp-ubnd-tp"], []],
        [["bao-ptth-can-tho"], []],
        [["ubnd-cap-xa"], []],
        [["cong-ttdt-tp"], []],
      ]);
      expect(line(307)).toBe(`- ${plan.archive?.text}`);
      expect(plan.archive?.parts).toEqual(["VT", "CT"]);
    });

    it("is signed TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Trần Chí Hùng", () => {
      expect(plan.signatory).toEqual({
        authority: [
          { mode: "TM", title: "ỦY BAN NHÂN DÂN" },
          { mode: "KT", title: "CHỦ TỊCH" },
        ],
        title: "PHÓ CHỦ TỊCH",
        name: "Trần Chí Hùng",
        unitId: "ubnd-tp-can-tho",
      });
      expect(`${line(310)} ${line(311)}`.replace(/\*/g, "")).toBe("TM. ỦY BAN NHÂN DÂN");
      expect(line(312)).toBe("KT. CHỦ TỊCH");
      expect(line(313)).toBe("**PHÓ CHỦ TỊCH**");
      expect(line(314)).toBe("**Trần Chí Hùng**");
      expect(plan.coSignatories).toEqual([]);
    });
  });

  describe("the library's functions", () => {
    it("expandDeadlines dates the one report the text dates: the Sở, ngành's yearly report on 2025", () => {
      const deadlines = expandDeadlines(plan, { asOf: "2025-12-01" });
      expect(deadlines).toEqual([
        {
          id: "report-so-nganh-hang-nam:cac-so-nganh:2025",
          dutyId: "report-so-nganh-hang-nam",
          kind: "periodic-report",
          unitId: "cac-so-nganh",
          periodKey: "2025",
          window: { start: "2025-11-19", end: "2025-12-31" },
          due: "2025-12-31",
          opens: "2025-11-19",
          status: "due",
          daysLeft: 30,
        },
      ]);
      // With reports due on the 5th of the next period, it falls on 5 January 2026.
      expect(expandDeadlines(plan, { periodicDue: { dayOfNextPeriod: 5 } }).map((d) => d.due)).toEqual(["2026-01-05"]);
    });

    it("buildTimeline has the plan's own window and the yearly report (no phase, no dated activity)", () => {
      const rows = buildTimeline(plan);
      expect(rows.map((r) => [r.id, r.kind, r.start, r.end, r.milestone])).toEqual([
        ["plan:can-tho-2025", "plan", "2025-11-19", "2025-12-31", false],
        ["deadline:report-so-nganh-hang-nam:2025", "deadline", "2025-12-31", "2025-12-31", true],
      ]);
    });

    it("toICalendar writes the plan's window and one all-day event on 31/12/2025", () => {
      const ics = toICalendar(plan);
      expect(ics).toContain("DTSTAMP:20251118T170000Z");
      const events = ics.split("BEGIN:VEVENT").length - 1;
      expect(events).toBe(2);
      expect(ics).toContain("DTSTART;VALUE=DATE:20251231\r\n");
      expect(ics).toContain("DTEND;VALUE=DATE:20260101\r\n");
      expect(ics).toContain("X-WR-CALNAME:can-tho-2025\r\n");
    });

    it("lintPlan finds what examples/can-tho-2025/README.md reviews, and no error", () => {
      const findings = lintPlan(plan);
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(findings.map((f) => [f.severity, f.code, f.path.join(".")])).toEqual([
        ["warning", "reporting_without_window", "reporting.0.window"],
        ["warning", "reporting_without_window", "reporting.2.window"],
        ["warning", "reporting_without_recipient", "reporting.0.recipientUnitId"],
        ["warning", "activity_without_lead", "channels.0.activities.0.leadUnitIds"],
        ["warning", "activity_without_lead", "channels.0.activities.1.leadUnitIds"],
        ["warning", "activity_without_lead", "channels.1.activities.0.leadUnitIds"],
        ["warning", "activity_without_lead", "channels.2.activities.0.leadUnitIds"],
        ["warning", "activity_without_lead", "channels.3.activities.1.leadUnitIds"],
        ["warning", "activity_without_lead", "channels.5.activities.1.leadUnitIds"],
        ["warning", "activity_without_lead", "channels.6.activities.0.leadUnitIds"],
        ["warning", "unit_without_work", "responsibilities.1.unitIds.0"],
        ["info", "responsible_unit_not_recipient", "responsibilities.4.unitIds.0"],
      ]);
      expect(findings.find((f) => f.code === "unit_without_work")?.details).toMatchObject({ unitId: "so-tai-chinh" });
      // The two undated reports: one-off reports, which the plan's window does not date (expandDeadlines gives
      // them no deadline either).
      expect(findings.filter((f) => f.code === "reporting_without_window").map((f) => f.details)).toEqual([
        { dutyId: "report-so-nn-mt", kind: "report" },
        { dutyId: "report-ubnd-cap-xa", kind: "report" },
      ]);
      // The ten units that only version-2 references name (activities' outletIds, duties' unitIds, legal bases'
      // issuerId) are used, and the undated forms take the plan's own window (19/11–31/12/2025).
      const referenced = new Set([
        ...plan.channels.flatMap((c) => c.activities.flatMap((a) => a.outletIds)),
        ...plan.responsibilities.flatMap((r) => r.duties.flatMap((d) => d.unitIds)),
        ...plan.header.legalBases.flatMap((b) => (b.issuerId === undefined ? [] : [b.issuerId])),
      ]);
      for (const id of ["trang-ttdt-so-nganh-dia-phuong", "he-thong-thong-tin-co-so", "bao-dai", "co-quan-bao-chi-trung-uong", "co-quan-bao-chi-dia-phuong", "co-quan-thong-tan-bao-chi", "bo-tt-tt", "bo-tai-chinh", "bo-ld-tb-xh", "hdnd-tp-can-tho"]) {
        expect(referenced.has(id), id).toBe(true);
      }
      expect(lintPlan(plan, { rules: ["unit_never_used", "activity_without_window"] })).toEqual([]);
      expect(plan.channels.flatMap((c) => c.activities).filter((a) => a.window === undefined)).toHaveLength(10);
      expect(plan.window).toEqual({ start: "2025-11-19", end: "2025-12-31" });
      expect(findings.find((f) => f.code === "responsible_unit_not_recipient")?.details).toMatchObject({ unitId: "cac-so-nganh" });
    });
  });
});
