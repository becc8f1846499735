import { thrownIssues } from "../thrownIssues.js";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildTimeline,
  expandDeadlines,
  findTimeExpressions,
  isPlanError,
  lintPlan,
  parsePlan,
  parseTimeExpression,
  planToJSON,
  quotaLabel,
  quotaOutlets,
  requiredCount,
  toICalendar,
  type Plan,
  type Unit,
} from "../../src/index.js";
import { datesNamedIn, ellipsesNotIn, flatText, isoDatesOf } from "./_lib/transcription.js";

// examples/an-giang-cong-thong-tin/plan.json: the news report "LĐLĐ tỉnh An Giang: Chỉ đạo khai thác, sử dụng
// 2 cổng thông tin điện tử công đoàn" (examples/documents/corpus/an-giang-ldld-cong-thong-tin.txt). It reports
// a directive of the LĐLĐ tỉnh An Giang; it is not the directive, and gives neither its number nor its date.
const source = readFileSync(new URL("../../examples/documents/corpus/an-giang-ldld-cong-thong-tin.txt", import.meta.url), "utf8");
const lines = source.split("\n");
/** Line `n` of the text file, counting from 1 as an editor does. */
const line = (n: number): string => {
  const found = lines[n - 1];
  if (found === undefined) throw new Error(`no line ${n}`);
  return found;
};

const planText = readFileSync(new URL("../../examples/an-giang-cong-thong-tin/plan.json", import.meta.url), "utf8");
const plan: Plan = parsePlan(JSON.parse(planText));

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
const quota = (id: string) => {
  const found = plan.channels.flatMap((c) => c.quotas).find((q) => q.id === id);
  if (!found) throw new Error(`no quota ${id}`);
  return found;
};

describe("the An Giang report (examples/an-giang-cong-thong-tin/plan.json)", () => {
  it("is the text the test reads", () => {
    expect(line(1)).toBe("SOURCE: http://www.baomoi.com/ldld-tinh-an-giang-chi-dao-khai-thac-su-dung-2-cong-thong-tin-dien-tu-cong-doan/c/20508736.epi");
    expect(lines).toHaveLength(10); // 9 lines and the final newline
    expect(line(9)).toBe("L.N.G"); // the reporter's initials, not a signatory
  });

  it("parses as a version-2 plan", () => {
    expect(plan.schemaVersion).toBe(2);
    expect(plan.id).toBe("an-giang-ldld-cong-thong-tin-dien-tu");
    expect(plan.language).toBe("vi");
  });

  it("is issued by the LĐLĐ tỉnh An Giang, with no number, date, place or legal basis", () => {
    // Line 3: "LĐLĐ tỉnh An Giang vừa đề nghị các cấp CĐ…"
    expect(line(3)).toContain("LĐLĐ tỉnh An Giang vừa đề nghị các cấp CĐ");
    const issuer = unit(plan.header.issuerId);
    expect(issuer).toMatchObject({ name: "Liên đoàn Lao động tỉnh An Giang", shortName: "LĐLĐ tỉnh An Giang", kind: "provincial-federation", level: "province" });
    expect(issuer).not.toHaveProperty("parentId"); // the report names no body above it
    // The report gives the directive no number and no date: none is stored.
    for (const key of ["documentType", "documentNumber", "issuerCode", "issuedOn", "issuedIn", "place"]) {
      expect(plan.header).not.toHaveProperty(key);
    }
    expect(plan.header.legalBases).toEqual([]);
    expect(plan.header.coIssuerIds).toEqual([]);
    // No document reference (284/HD-TLĐ, 29-NQ/TW…) anywhere in the report's text.
    expect(lines.slice(2).join("\n")).not.toMatch(/\d+[/-][A-ZĐ]/u);
    // The only time phrase of the text is "thường xuyên" (continuous): the report dates nothing.
    const phrases = findTimeExpressions(lines.slice(2).join("\n"));
    expect(phrases.map((p) => [p.text, p.expression])).toEqual([["thường xuyên", { kind: "continuous" }]]);
  });

  it("keeps the report's headline as its subject, and stores no title, signature or time that the report does not give", () => {
    // Line 5 (the image caption, without diacritics) and line 1 (the address) carry the headline.
    expect(line(5)).toBe("LDLD tinh An Giang: Chi dao khai thac, su dung 2 cong thong tin dien tu cong doan - Anh 1");
    expect(plan.header.subject).toBe("Khai thác, sử dụng 2 cổng thông tin điện tử công đoàn");
    // The report names neither the kind of document nor who signed it ("L.N.G", line 9, is the reporter).
    expect(plan.header).not.toHaveProperty("title");
    expect(plan).not.toHaveProperty("signatory");
    expect(plan.coSignatories).toEqual([]);
    // The report dates nothing: no window, no phase.
    expect(plan).not.toHaveProperty("window");
    expect(plan).not.toHaveProperty("windowText");
    expect(plan.phases).toEqual([]);
  });

  it("says where it comes from: a news report, at the address of line 1", () => {
    expect(plan.provenance?.kind).toBe("news-report");
    expect(`SOURCE: ${plan.provenance?.url}`).toBe(line(1));
    expect(plan.provenance?.notes).toHaveLength(4);
    // The notes say what the report leaves out, and that L.N.G is the reporter.
    expect(plan.provenance?.notes[1]).toBe("Bản tin không nêu loại văn bản, số, ngày, nơi ban hành, căn cứ, thời gian thực hiện và người ký.");
    expect(plan.provenance?.notes[3]).toContain("L.N.G");
  });

  it("holds no placeholder: no ellipsis the report does not write, no date at all", () => {
    const json: unknown = JSON.parse(planText);
    // The one "…" of the document is the report's own (line 3: "cách làm hay từ cơ sở… trên").
    expect(ellipsesNotIn(json, flatText(source))).toEqual([]);
    expect(planText.match(/…/gu)).toHaveLength(2); // in the background and the purpose, both quoting line 3
    // The report dates nothing, and the document has no date.
    expect(isoDatesOf(json)).toEqual([]);
    expect(datesNamedIn(flatText(source))).toEqual(new Set());
  });

  it("keeps the opening paragraph, its purpose and the content the posts must have", () => {
    // Line 3, word for word.
    expect(plan.header.background).toEqual([line(3)]);
    // Line 3: "Để đẩy mạnh việc thông tin, tuyên truyền hoạt động CĐ, … trên … CTTĐT LĐLĐ tỉnh".
    expect(plan.purposes).toHaveLength(1);
    expect(line(3)).toContain(`Để đ${plan.purposes[0]!.text.slice(1, -1)},`);
    // Line 3: "tổ chức vận động cán bộ CĐ, đoàn viên (ĐV) và NLĐ".
    expect(plan.audiences.map((a) => a.name)).toEqual(["cán bộ CĐ", "đoàn viên (ĐV)", "NLĐ"]);
    for (const a of plan.audiences) expect(line(3)).toContain(a.name);
    // Line 7: "(nội dung có tính phát hiện, liên quan trực tiếp đến đời sống, việc làm của CNVCLĐ và hoạt động CĐ)".
    expect(plan.themes).toHaveLength(1);
    expect(line(7)).toContain(`(${plan.themes[0]!.text}).`);
    expect(plan.requirements).toEqual([]);
    expect(plan.objectives).toEqual([]);
  });

  it("names seven units: the federation, the union bodies it addresses and the two portals", () => {
    expect(plan.units.map((u) => u.id)).toEqual([
      "ldld-an-giang",
      "cac-cap-cong-doan",
      "ldld-cap-huyen",
      "cd-nganh",
      "cdcs-truc-thuoc-ldld-tinh",
      "cttdt-cdvn",
      "cttdt-ldld-tinh",
    ]);
    // Line 3: "các cấp CĐ"; line 7: "LĐLĐ cấp huyện, CĐ ngành, CĐCS trực thuộc LĐLĐ tỉnh".
    for (const id of ["cac-cap-cong-doan", "ldld-cap-huyen", "cd-nganh", "cdcs-truc-thuoc-ldld-tinh"]) {
      const u = unit(id);
      expect(u.parentId).toBe("ldld-an-giang");
      expect(u.group).toBe(true);
      expect(u).not.toHaveProperty("memberCount"); // the report counts no members of any unit
      expect(line(3) + line(7)).toContain(u.shortName);
    }
    expect(unit("ldld-cap-huyen")).toMatchObject({ kind: "district-federation", level: "district" });
    expect(unit("cd-nganh")).toMatchObject({ kind: "sector-union", level: "province" });
    expect(unit("cdcs-truc-thuoc-ldld-tinh")).toMatchObject({ kind: "grassroots-union", level: "grassroots" });
    // Line 3: "Cổng thông tin điện tử (CTTĐT) CĐVN và CTTĐT LĐLĐ tỉnh … 2 CTTĐT này".
    const portals = plan.units.filter((u) => u.kind === "portal");
    expect(portals.map((u) => u.shortName)).toEqual(["CTTĐT CĐVN", "CTTĐT LĐLĐ tỉnh"]);
    for (const p of portals) {
      expect(line(3)).toContain(p.shortName!.replace("CTTĐT CĐVN", "(CTTĐT) CĐVN"));
      expect(p.outlet).toEqual({ kind: "portal", electronicEdition: false });
    }
    expect(unit("cttdt-ldld-tinh").parentId).toBe("ldld-an-giang");
  });

  it("has the two activities the report lists", () => {
    expect(plan.channels).toHaveLength(1);
    expect(plan.channels[0]!.title).toBe("Trên Cổng thông tin điện tử (CTTĐT) CĐVN và CTTĐT LĐLĐ tỉnh");
    expect(plan.channels[0]!.activities.map((a) => a.id)).toEqual(["van-dong-khai-thac-su-dung", "cu-cong-tac-vien"]);

    // Line 3: "các cấp CĐ tổ chức vận động cán bộ CĐ, đoàn viên (ĐV) và NLĐ thường xuyên khai thác, sử dụng 2 CTTĐT này".
    const vanDong = activity("van-dong-khai-thac-su-dung");
    expect(line(3)).toContain(`t${vanDong.title.slice(1, -1)}.`);
    expect(vanDong.executingUnitIds).toEqual(["cac-cap-cong-doan"]);
    expect(vanDong.leadUnitIds).toEqual([]);
    expect(vanDong.windowText).toBe("thường xuyên");
    expect(parseTimeExpression(vanDong.windowText!)).toEqual({ kind: "continuous" });
    expect(vanDong).not.toHaveProperty("window");
    // Line 3: "… khai thác, sử dụng 2 CTTĐT này": the two portals named before it, the outlets it concerns.
    expect(line(3)).toMatch(/Cổng thông tin điện tử \(CTTĐT\) CĐVN và CTTĐT LĐLĐ tỉnh, .* sử dụng 2 CTTĐT này\.$/u);
    expect(vanDong.outletIds).toEqual(["cttdt-cdvn", "cttdt-ldld-tinh"]);
    expect(vanDong.outletIds.map((id) => unit(id).kind)).toEqual(["portal", "portal"]);
    expect(vanDong).not.toHaveProperty("dueOn");

    // Line 7: "LĐLĐ cấp huyện, CĐ ngành, CĐCS trực thuộc LĐLĐ tỉnh có từ 100 ĐV trở lên cử ít nhất 1 cộng tác viên cộng tác tin, bài".
    const ctv = activity("cu-cong-tac-vien");
    expect(line(7)).toContain(`c${ctv.title.slice(1, -1)};`);
    expect(ctv.product).toEqual({ description: "ít nhất 1 cộng tác viên", quantity: 1, unit: "cộng tác viên" });
    expect(ctv.executingUnitIds).toEqual(["ldld-cap-huyen", "cd-nganh", "cdcs-truc-thuoc-ldld-tinh"]);
    expect(ctv.notes).toHaveLength(1);
    expect(line(7)).toContain(ctv.notes[0]!.slice(0, -1));
    expect(ctv.notes[0]).toContain("có từ 100 ĐV trở lên");
    // The posts of line 7 go to the provincial portal ("để đăng tải trên CTTĐT LĐLĐ tỉnh"): the quotas say so;
    // the sentence that sends correspondents names no outlet of its own.
    expect(ctv.outletIds).toEqual([]);
  });

  it("has the two quotas of line 7, owed by the contributing units to the provincial portal", () => {
    const quotas = plan.channels.flatMap((c) => c.quotas);
    expect(quotas.map((q) => q.id)).toEqual(["quota-huyen-nganh-tuan", "quota-cdcs-thang"]);

    // Line 7: "cộng tác ít nhất 1 tin, bài, ảnh/tuần (đối với LĐLĐ cấp huyện, CĐ ngành) … để đăng tải trên CTTĐT LĐLĐ tỉnh".
    const weekly = quota("quota-huyen-nganh-tuan");
    expect(line(7)).toContain("cộng tác ít nhất 1 tin, bài, ảnh/tuần (đối với LĐLĐ cấp huyện, CĐ ngành)");
    expect(weekly).toMatchObject({ min: 1, per: "week", itemKinds: ["news", "article", "photo"], outletIds: ["cttdt-ldld-tinh"], outletKinds: [], requireOnlineCopy: false });
    expect(weekly.owedBy).toEqual({ unitIds: ["ldld-cap-huyen", "cd-nganh"], unitKinds: [], text: "đối với LĐLĐ cấp huyện, CĐ ngành" });

    // Line 7: "ít nhất 1 tin, bài, ảnh/tháng (đối với CĐCS trực thuộc LĐLĐ tỉnh có từ 100 ĐV trở lên) để đăng tải trên CTTĐT LĐLĐ tỉnh".
    const monthly = quota("quota-cdcs-thang");
    expect(line(7)).toContain("ít nhất 1 tin, bài, ảnh/tháng (đối với CĐCS trực thuộc LĐLĐ tỉnh có từ 100 ĐV trở lên)");
    expect(monthly).toMatchObject({ min: 1, per: "month", itemKinds: ["news", "article", "photo"], outletIds: ["cttdt-ldld-tinh"], outletKinds: [], requireOnlineCopy: false });
    expect(monthly.owedBy).toEqual({ unitIds: ["cdcs-truc-thuoc-ldld-tinh"], unitKinds: [], minMemberCount: 100, text: "đối với CĐCS trực thuộc LĐLĐ tỉnh có từ 100 ĐV trở lên" });

    for (const q of quotas) {
      expect(line(7)).toContain(q.owedBy!.text!);
      // The description is the document's words, its two parts joined where line 7 separates them.
      const [rate, where] = q.description!.split(" để đăng tải ");
      expect(line(7)).toContain(rate!);
      expect(line(7)).toContain(`để đăng tải ${where!} (`);
      // Line 7 publishes on the provincial portal only ("để đăng tải trên CTTĐT LĐLĐ tỉnh"), not on the CĐVN portal.
      expect(quotaOutlets(plan, q).map((u) => u.id)).toEqual(["cttdt-ldld-tinh"]);
      expect(quotaLabel(q)).toBe(q.label);
      expect(q).not.toHaveProperty("phaseId");
      expect(q).not.toHaveProperty("startsIn");
      expect(q).not.toHaveProperty("edge");
    }
  });

  it("reads the rates as the text does: 1 a week is 52 in the 52 ISO weeks of 2018, 1 a month is 12", () => {
    // An illustration on a window of our own: the report dates nothing.
    const year2018 = { start: "2018-01-01", end: "2018-12-30" }; // Monday 1 January to Sunday 30 December
    expect(requiredCount(quota("quota-huyen-nganh-tuan"), year2018)).toBe(52);
    expect(requiredCount(quota("quota-cdcs-thang"), { start: "2018-01-01", end: "2018-12-31" })).toBe(12);
  });

  it("owes one item for each whole ISO week, and one for each whole month", () => {
    const weekly = quota("quota-huyen-nganh-tuan");
    const monthly = quota("quota-cdcs-thang");
    // 2018-01-01 is a Monday: n weeks from it are n whole ISO weeks.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 520 }), fc.integer({ min: 1, max: 120 }), (skipWeeks, weeks) => {
        const start = new Date(Date.UTC(2018, 0, 1 + 7 * skipWeeks));
        const end = new Date(start.getTime() + (7 * weeks - 1) * 86_400_000);
        const window = { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
        expect(requiredCount(weekly, window)).toBe(weeks);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 1, max: 60 }), (skipMonths, months) => {
        const start = new Date(Date.UTC(2018, skipMonths, 1));
        const end = new Date(Date.UTC(2018, skipMonths + months, 0));
        const window = { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
        expect(requiredCount(monthly, window)).toBe(months);
      }),
    );
  });

  it("asks for nothing else: no funding, duties, reports, recipients or budget", () => {
    expect(plan.funding).toEqual({ sources: [], provisions: [] });
    expect(plan.responsibilities).toEqual([]);
    expect(plan.reporting).toEqual([]);
    expect(plan.recipients).toEqual([]);
    expect(plan).not.toHaveProperty("archive");
    expect(plan).not.toHaveProperty("budget");
    expect(plan.closing).toEqual([]);
  });

  it("lints with the findings that README.md reviews, in the catalogue's order", () => {
    expect(lintPlan(plan).map((f) => [f.severity, f.code, f.path.join(".")])).toEqual([
      ["warning", "plan_without_window", "window"],
      ["warning", "activity_without_lead", "channels.0.activities.0.leadUnitIds"],
      ["warning", "activity_without_lead", "channels.0.activities.1.leadUnitIds"],
      ["info", "quota_outlet_not_reporting", "channels.0.quotas.0"],
      ["info", "quota_outlet_not_reporting", "channels.0.quotas.1"],
    ]);
    // The report dates nothing, and says it is a report: one finding for the plan, none per activity.
    expect(lintPlan(plan, { rules: ["plan_without_window"] })[0]?.details).toEqual({ provenance: "news-report" });
    // The quotas are owed by the contributing units (owedBy), which send no report; not by the portal.
    expect(lintPlan(plan, { rules: ["quota_outlet_not_reporting"] }).map((f) => f.details)).toEqual([
      { quotaId: "quota-huyen-nganh-tuan", unitIds: "ldld-cap-huyen, cd-nganh", units: "2" },
      { quotaId: "quota-cdcs-thang", unitIds: "cdcs-truc-thuoc-ldld-tinh", units: "1" },
    ]);
    // The CĐVN portal is named by the mobilisation's outletIds, which unit_never_used reads.
    expect(activity("van-dong-khai-thac-su-dung").outletIds).toContain("cttdt-cdvn");
    expect(lintPlan(plan, { rules: ["unit_never_used"] })).toEqual([]);
    // A news report gives no number, date or signature: not "left blank", no finding.
    expect(plan.provenance?.kind).toBe("news-report");
    expect(lintPlan(plan, { rules: ["plan_number_missing", "plan_date_missing", "signatory_missing"] })).toEqual([]);
  });

  it("has no deadline and no dated row: the report dates nothing", () => {
    expect(expandDeadlines(plan)).toEqual([]);
    expect(buildTimeline(plan)).toEqual([]);
  });

  it("exports an empty calendar given a stamp: the report gives no phase, window or signing day to take one from", () => {
    expect(thrownIssues(() => toICalendar(plan))).toEqual([{ path: ["dtstamp"], code: "missing" }]);
    const ics = toICalendar(plan, { dtstamp: "2019-01-01T00:00:00Z" });
    expect(ics.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//cong-doan-ke-hoach//Ke hoach tuyen truyen//VI",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:an-giang-ldld-cong-thong-tin-dien-tu",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("round-trips through planToJSON", () => {
    const json = planToJSON(plan);
    expect(parsePlan(json)).toEqual(plan);
    expect(parsePlan(JSON.parse(JSON.stringify(json)))).toEqual(plan);
  });
});
