/**
 * examples/tld-tet-2026/plan.json: the parts of Kế hoạch 34/KH-TLĐ (2025) of the Tổng Liên đoàn Lao động
 * Việt Nam on caring for members at Tết Bính Ngọ 2026 that two Q&A articles quote
 * (examples/documents/corpus/tld-34-kh-tld-tet-2026.txt). Each fact cites the line of that text it comes from
 * ("L117" is line 117). What the quoted parts do not say is not in the plan; the README lists what is left out.
 */
import { thrownIssues } from "../thrownIssues.js";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PlanError,
  buildTimeline,
  checkDeclaredTotals,
  expandDeadlines,
  findTimeExpressions,
  lintPlan,
  lunarMonthsOfYear,
  lunarToSolar,
  parseDocumentReference,
  parsePlan,
  parseTimeExpression,
  parseVnd,
  parseVndRate,
  planToJSON,
  safeParseTimeExpression,
  solarToLunar,
  summarizeBudget,
  toICalendar,
  vnd,
  type Plan,
} from "../../src/index.js";
import { datesNamedIn, ellipsesNotIn, flatText, isoDatesOf } from "./_lib/transcription.js";

const json: unknown = JSON.parse(readFileSync(new URL("../../examples/tld-tet-2026/plan.json", import.meta.url), "utf8"));
const plan: Plan = parsePlan(json);
const source = readFileSync(new URL("../../examples/documents/corpus/tld-34-kh-tld-tet-2026.txt", import.meta.url), "utf8");
/** Line n of the document as published (1-based, line 1 names the source). */
const docLine = (n: number): string => source.split("\n")[n - 1]!;
// The articles' Markdown (bold "**", bullets "- ") is not part of the plan's words.
const plainText = source.replaceAll("**", "");

const unitIds = () => plan.units.map((u) => u.id);
const activity = (id: string) => {
  const found = plan.channels.flatMap((c) => c.activities).find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
};
const budgetLine = (id: string) => {
  const found = (plan.budget?.sections ?? []).flatMap((s) => s.lines).find((l) => l.id === id);
  if (!found) throw new Error(`no budget line ${id}`);
  return found;
};
const source_ = (id: string) => {
  const found = plan.funding.sources.find((s) => s.id === id);
  if (!found) throw new Error(`no funding source ${id}`);
  return found;
};
const CAP_2 = ["ldld-tinh", "cd-nganh-tw", "cd-tap-doan", "cd-tong-cong-ty"];
// Any day of 2025 from Tết Ất Tỵ (29/1/2025) on: the plan's date is not given, only its year (L21 "Kế hoạch
// 34/KH-TLĐ năm 2025"), and a Tết Bính Ngọ plan is not dated before the Tết before it.
const planDays2025 = fc.integer({ min: Date.UTC(2025, 0, 29), max: Date.UTC(2025, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));

describe("examples/tld-tet-2026/plan.json", () => {
  it("parses, with the header the quoted parts give", () => {
    expect(plan.schemaVersion).toBe(2);
    expect(plan.id).toBe("tld-tet-2026");
    expect(plan.header.title).toBe("KẾ HOẠCH");
    // L21, L51, L79: "Kế hoạch 34/KH-TLĐ năm 2025".
    expect(docLine(21)).toContain("Kế hoạch 34/KH-TLĐ năm 2025");
    const reference = parseDocumentReference("34/KH-TLĐ");
    expect([plan.header.documentNumber, plan.header.documentType, plan.header.issuerCode]).toEqual([reference.number, reference.type, reference.issuer]);
    expect(plan.units.find((u) => u.id === plan.header.issuerId)).toMatchObject({ kind: "confederation", name: "Tổng Liên đoàn Lao động Việt Nam" });
    // Only the year is given ("năm 2025"): no day, no month.
    expect(plan.header.issuedYear).toBe(2025);
    expect(plan.header).not.toHaveProperty("issuedOn");
    expect(plan.header).not.toHaveProperty("issuedIn");
    for (const n of [21, 51, 79, 107, 133]) expect(docLine(n), `L${n}`).toContain(`Kế hoạch 34/KH-TLĐ năm ${plan.header.issuedYear}`);
    expect(plan.header.legalBases).toEqual([]);
    expect(plan.header.background).toEqual([]);
    // The plan's own title is not quoted: the subject is the articles' description of it (L79).
    expect(docLine(79)).toContain(plan.header.subject.replace(/^C/, "c"));
  });

  it("stores no window, signature or recipients that the text does not give", () => {
    // The quoted parts give the plan no time of its own: no window, no phase.
    expect(plan).not.toHaveProperty("window");
    expect(plan).not.toHaveProperty("windowText");
    expect(plan.phases).toEqual([]);
    // The quoted parts have no signature.
    expect(plan).not.toHaveProperty("signatory");
    expect(plan.coSignatories).toEqual([]);
    expect(plan.recipients).toEqual([]);
    expect(plan.purposes).toEqual([]);
    expect(plan.audiences).toEqual([]);
    expect(plan.closing).toEqual([]);
  });

  it("says where it comes from: sections quoted by two Q&A articles (L1), and what they leave out", () => {
    expect(plan.provenance?.kind).toBe("excerpt");
    // L1 names two files of a GitHub repository, not a web address: no url.
    expect(docLine(1)).toContain("paths src/etl/dataset/23f109dd25c3c365.md and src/etl/dataset/253e1f349c13b9a7.md");
    expect(plan.provenance).not.toHaveProperty("url");
    expect(plan.provenance?.notes[0]).toContain("src/etl/dataset/23f109dd25c3c365.md và src/etl/dataset/253e1f349c13b9a7.md");
    // L1: "quoting sections III.1, III.1.3, III.3, IV.1 and V.5"; L79, L21, L133, L51 name them as the articles do.
    for (const [n, part] of [[79, "tiết 1.3 tiểu mục 1 Mục III"], [21, "tiểu mục 3 Mục III"], [133, "tiểu mục 1 Mục IV"], [51, "tiểu mục 5 Mục V"]] as const) {
      expect(docLine(n), `L${n}`).toContain(part);
    }
    expect(plan.provenance?.notes[0]).toContain("tiết 1.1, 1.3, 1.4 tiểu mục 1 và tiểu mục 3 Mục III, tiểu mục 1 Mục IV, tiểu mục 5 Mục V");
    expect(plan.provenance?.notes[1]).toContain("nơi nhận, chữ ký");
  });

  it("holds no placeholder: every ellipsis is the text's, every date one the text gives", () => {
    // The "…" and "..." of the document are the articles' ("khu chế xuất,...", "doanh nghiệp...", L117, L135).
    expect(ellipsesNotIn(json, flatText(source))).toEqual([]);
    // The only date is the deadline of (5); every plan date of 2025 from Tết Ất Tỵ on reads it from the text.
    expect(isoDatesOf(json).map((d) => [d.path, d.text])).toEqual([["channels.1.activities.4.dueOn", "2026-02-16"]]);
    for (const referenceDate of ["2025-01-29", "2025-12-31"]) expect(datesNamedIn(flatText(source), { referenceDate }).has("2026-02-16")).toBe(true);
  });

  it("keeps the document's own words: every text it stores is in the published text", () => {
    const texts: string[] = [];
    for (const channel of plan.channels) {
      texts.push(channel.title);
      for (const a of channel.activities) {
        texts.push(a.title, ...a.notes);
        if (a.description !== undefined) texts.push(a.description);
        if (a.windowText !== undefined) texts.push(a.windowText);
        if (a.dueText !== undefined) texts.push(a.dueText);
        if (a.location !== undefined) texts.push(a.location);
      }
    }
    for (const r of plan.responsibilities) texts.push(r.title, ...r.duties.map((d) => d.text));
    texts.push(...plan.funding.provisions.map((p) => p.text), ...plan.reporting.map((d) => d.description));
    for (const line of (plan.budget?.sections ?? []).flatMap((s) => s.lines)) if (line.amountText !== undefined) texts.push(line.amountText);
    expect(texts).toHaveLength(40);
    for (const text of texts) expect(plainText, text).toContain(text);
  });

  it("names the units the quoted parts give tasks, money or reports to", () => {
    expect(unitIds()).toEqual([
      "tld",
      ...CAP_2,
      "cdcs",
      "cong-doan-cap-tren",
      "cong-doan-cap-tren-truc-tiep",
      "doanh-nghiep",
      "chinh-quyen-dia-phuong",
    ]);
    // L93, L97, L139: "các LĐLĐ tỉnh, thành phố, các công đoàn ngành trung ương, công đoàn tập đoàn kinh tế,
    // công đoàn tổng công ty trực thuộc Tổng Liên đoàn": four groups of units directly under the TLĐ.
    for (const id of CAP_2) expect(plan.units.find((u) => u.id === id)).toMatchObject({ parentId: "tld", group: true });
    expect(plan.units.find((u) => u.id === "cdcs")).toMatchObject({ kind: "grassroots-union", group: true });
  });

  it("has III.1 (1.1, 1.3, 1.4) and III.3 ((1)–(5)) as two channels of care activities", () => {
    // L85 / L113: "1. Các hoạt động chăm lo Tết cấp Tổng Liên đoàn"; L21: "tiểu mục 3 Mục III".
    expect(plan.channels.map((c) => [c.number, c.title])).toEqual([
      [1, "Các hoạt động chăm lo Tết cấp Tổng Liên đoàn"],
      [3, "Các hoạt động chăm lo Tết Bính Ngọ tại công đoàn cơ sở"],
    ]);
    expect(plan.channels.map((c) => c.activities.map((a) => a.label))).toEqual([
      ["1.1", "1.3", "1.4"],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ]);
    expect(plan.channels.every((c) => c.quotas.length === 0)).toBe(true);
    // L89: the online Tết market; L93: vouchers allocated to the CĐCS through the federations and sector unions.
    expect(activity("c1-cho-tet-cong-doan").title).toBe("Tổ chức Chương trình “Chợ Tết Công đoàn - Xuân 2026” trực tuyến");
    expect(activity("c1-cho-tet-cong-doan").notes[1]).toContain("mã giảm giá (voucher)");
    // L97: the TLĐ supports HCM City, Đồng Nai, Tây Ninh and assigns the federations and sector unions.
    expect(activity("c1-chuyen-xe-ve-que")).toMatchObject({ leadUnitIds: ["tld"], executingUnitIds: CAP_2 });
    expect(activity("c1-chuyen-xe-ve-que").location).toContain("(thành phố Hồ Chí Minh, Đồng Nai, Tây Ninh)");
    expect(activity("c1-chuyen-xe-ve-que").location).toContain("(Hà Tĩnh, Nghệ An, Thanh Hóa)");
    // L23, L35: “Tết Sum vầy” and “Bữa cơm tất niên Công đoàn”.
    expect(activity("c3-tet-sum-vay").title).toBe("Tổ chức Chương trình “Tết Sum vầy”");
    expect(activity("c3-bua-com-tat-nien").notes).toHaveLength(4);
    // L33: "Công đoàn cơ sở phối hợp, huy động nguồn lực của doanh nghiệp, chính quyền địa phương và công đoàn cấp trên".
    expect(activity("c3-chuyen-xe-ve-que")).toMatchObject({
      leadUnitIds: ["cdcs"],
      coordinatingUnitIds: ["doanh-nghiep", "chinh-quyen-dia-phuong", "cong-doan-cap-tren"],
    });
    // L47: "Công đoàn cơ sở căn cứ tình hình …": the CĐCS leads (5). (1), (2) and (4) name no unit.
    expect(activity("c3-vui-xuan-don-tet").leadUnitIds).toEqual(["cdcs"]);
    for (const id of ["c3-tet-sum-vay", "c3-tham-tang-qua", "c3-bua-com-tat-nien"]) expect(activity(id).leadUnitIds).toEqual([]);
    // No activity has a window: none is dated by a span of days in the quoted parts.
    expect(plan.channels.flatMap((c) => c.activities).filter((a) => a.window !== undefined)).toEqual([]);
  });

  it("prices the TLĐ's visits at 1.300.000 đồng a person: 1.000.000 in cash and 300.000 in kind", () => {
    const visits = budgetLine("muc-chi-tham-tang-qua-tld");
    // L117: "Mức chi dự kiến 1.300.000 đồng/người (trong đó bao gồm 1.000.000đ tiền mặt và 300.000đ quà hiện vật)".
    const rate = parseVndRate("1.300.000 đồng/người");
    expect(visits.unitPrice?.equals(rate.amount)).toBe(true);
    expect(visits.unitPricePer).toEqual(rate.per);
    expect(parseVnd("1.000.000đ").add(parseVnd("300.000đ")).equals(visits.unitPrice!)).toBe(true);
    // L125–L129: the article's summary "1,3 triệu đồng/người gồm: 1 triệu đồng tiền mặt, 300.000 đồng quà hiện vật".
    expect(parseVndRate("1,3 triệu đồng/người").amount.equals(visits.unitPrice!)).toBe(true);
    expect(parseVnd("1 triệu đồng").add(parseVnd("300.000 đồng")).equals(visits.unitPrice!)).toBe(true);
    // The number of people is not given ("có kế hoạch cụ thể riêng"): no quantity, no amount.
    expect(visits).not.toHaveProperty("amount");
    expect(visits.quantities).toEqual([]);
    expect(visits.cap).toBe(false); // "dự kiến": an estimate, not a ceiling
    // L117: "Kinh phí thực hiện chi từ quỹ hoạt động thường xuyên tại cấp Tổng Liên đoàn".
    expect(source_(visits.fundingSourceId)).toMatchObject({ kind: "union-budget", level: "central", funderUnitIds: ["tld"] });
    expect(visits.activityId).toBe("c1-tham-tang-qua");
  });

  it("prices the year-end meal at 70.000 đồng a portion from union funds, plus sponsors without a limit", () => {
    // L39: "với mức 70.000đồng/suất từ nguồn tài chính công đoàn + giá trị từ nguồn tài trợ của doanh nghiệp
    // hoặc nguồn xã hội hóa khác (nếu có, không giới hạn giá trị)".
    const union = budgetLine("muc-chi-bua-com-tai-chinh-cong-doan");
    const rate = parseVndRate("70.000đồng/suất");
    expect(union.unitPrice?.equals(rate.amount)).toBe(true);
    expect(union.unitPricePer).toEqual(["suất"]);
    expect(source_(union.fundingSourceId)).toMatchObject({ kind: "union-budget", name: "Nguồn tài chính công đoàn" });
    const sponsors = budgetLine("muc-chi-bua-com-tai-tro");
    expect(sponsors).not.toHaveProperty("unitPrice");
    expect(sponsors).not.toHaveProperty("amount");
    expect(sponsors.amountText).toBe("nếu có, không giới hạn giá trị");
    expect(source_(sponsors.fundingSourceId)).toMatchObject({ kind: "socialisation", funderUnitIds: ["doanh-nghiep"] });
    expect([union.activityId, sponsors.activityId]).toEqual(["c3-bua-com-tat-nien", "c3-bua-com-tat-nien"]);
  });

  it("states no budget figure: the summary has no priced line, and the TLĐ's own rate has no quantity", () => {
    const lines = (plan.budget?.sections ?? []).flatMap((s) => s.lines);
    expect(lines.map((l) => [l.id, l.unitPrice?.toString() ?? null])).toEqual([
      ["muc-chi-tham-tang-qua-tld", "1300000"],
      ["muc-chi-bua-com-tai-chinh-cong-doan", "70000"],
      ["muc-chi-bua-com-tai-tro", null],
    ]);
    expect(lines.some((l) => l.amount !== undefined)).toBe(false);
    expect(plan.budget).not.toHaveProperty("declaredTotal");
    const summary = summarizeBudget(plan);
    expect(summary.total.equals(vnd(0))).toBe(true);
    expect([summary.priced, summary.unpriced, summary.all.priced]).toEqual([0, 1, 0]);
    // The visits are paid from the TLĐ's own fund (L117) at a rate, for a number of people the text does not give.
    expect(checkDeclaredTotals(plan).map((f) => [f.code, f.path])).toEqual([["own_line_without_amount", ["budget", "sections", 0, "lines", 0, "amount"]]]);
  });

  it("has the four funding provisions of IV.1, over several sources", () => {
    const provisions = plan.funding.provisions;
    expect(provisions.map((p) => p.id)).toEqual(["funding-1", "funding-2", "funding-3", "funding-4"]);
    // L135: social mobilisation by every level.
    expect(source_(provisions[0]!.sourceId!)).toMatchObject({ kind: "socialisation" });
    // L137: the CĐCS's regular income and spending, its accumulated union funds, and support from above.
    expect(provisions[1]!.sourceIds).toEqual(["cdcs-thu-chi-thuong-xuyen", "cdcs-tai-chinh-tich-luy", "ho-tro-cong-doan-cap-tren"]);
    expect(provisions[1]!.sourceIds.map((id) => source_(id).level ?? null)).toEqual(["grassroots", "grassroots", null]);
    // L139: the same three for the federations and sector unions ("cấp 2").
    expect(provisions[2]!.sourceIds).toEqual(["cap-2-thu-chi-thuong-xuyen", "cap-2-tai-chinh-tich-luy", "ho-tro-tong-lien-doan"]);
    expect(source_("cap-2-tai-chinh-tich-luy").funderUnitIds).toEqual(CAP_2);
    // L141: "số dư quỹ hoạt động thường xuyên tại cấp 2 ước đến 31/12/2025 dưới 15 tỷ đồng, báo cáo Thường trực
    // Đoàn Chủ tịch Tổng Liên đoàn xem xét hỗ trợ": the threshold and its date stay in the provision's text.
    expect(provisions[3]).toMatchObject({ sourceId: "ho-tro-tong-lien-doan" });
    expect(provisions[3]!.text).toContain("dưới 15 tỷ đồng");
    expect(parseVnd("15 tỷ đồng").toBigInt()).toBe(15_000_000_000n);
    expect(parseTimeExpression("đến 31/12/2025")).toEqual({ kind: "deadline", due: "2025-12-31" });
    // "ước đến" (estimated as of) is not read as a whole; findTimeExpressions finds its date.
    expect(safeParseTimeExpression("ước đến 31/12/2025").success).toBe(false);
    expect(findTimeExpressions(provisions[3]!.text).map((f) => [f.text, f.expression])).toEqual([["đến 31/12/2025", { kind: "deadline", due: "2025-12-31" }]]);
    expect(plan.funding.sources).toHaveLength(10);
  });

  it("dates the stay-behind activities before the eve of Tết Bính Ngọ, 16 February 2026", () => {
    // L47: "… tổ chức Tết cho công nhân tại các khu nhà trọ hoặc trên công trình, dự án trước tối 30 Tết (năm nay là 29 Tháng Chạp)."
    const stay = activity("c3-vui-xuan-don-tet");
    expect(docLine(47)).toMatch(/dự án trước tối 30 Tết \(năm nay là 29 Tháng Chạp\)\.$/);
    expect(stay.dueText).toBe("trước tối 30 Tết");
    expect(stay.description).toContain(`${stay.dueText} (năm nay là 29 Tháng Chạp)`);
    expect(stay).not.toHaveProperty("window"); // a deadline, not a span of days
    expect(stay).not.toHaveProperty("windowText");
    // The date is certain from the text: the Tết is Bính Ngọ (L35 "Tết Bính Ngọ 2026"), whose eve is the last
    // day of tháng Chạp Ất Tỵ, the 29th ("năm nay là 29 Tháng Chạp").
    expect(docLine(35)).toContain("Tết Bính Ngọ 2026");
    expect(stay.dueOn).toBe("2026-02-16");
    expect(lunarToSolar({ year: 2025, month: 12, day: 29 })).toBe(stay.dueOn);
    expect(solarToLunar("2026-02-17")).toMatchObject({ year: 2026, month: 1, day: 1, leap: false, yearName: "Bính Ngọ" });
    // No other activity has a deadline in the quoted parts.
    expect(plan.channels.flatMap((c) => c.activities).filter((a) => a.dueOn !== undefined || a.dueText !== undefined).map((a) => a.id)).toEqual(["c3-vui-xuan-don-tet"]);
    fc.assert(
      fc.property(planDays2025, (referenceDate) => {
        expect(parseTimeExpression(stay.dueText!, { referenceDate })).toEqual({ kind: "deadline", due: stay.dueOn });
        // "(năm nay là 29 Tháng Chạp)": this year the last day of the year is the 29th of tháng Chạp.
        expect(parseTimeExpression("29 Tháng Chạp", { referenceDate })).toEqual({ kind: "window", window: { start: "2026-02-16", end: "2026-02-16" } });
      }),
    );
    expect(lunarMonthsOfYear(2025).at(-1)).toMatchObject({ month: 12, days: 29, end: "2026-02-16" });
    // The parenthesis does not tell the years apart: tháng Chạp Giáp Thìn had 29 days too, so a plan date
    // before Tết Ất Tỵ would read the eve of that Tết.
    expect(lunarMonthsOfYear(2024).at(-1)).toMatchObject({ month: 12, days: 29, end: "2025-01-28" });
    expect(parseTimeExpression("trước tối 30 Tết", { referenceDate: "2025-01-10" })).toEqual({ kind: "deadline", due: "2025-01-28" });
    // The phrase with its parenthesis is not read as a whole; findTimeExpressions reads both of its parts, the same day.
    const written = "trước tối 30 Tết (năm nay là 29 Tháng Chạp)";
    const whole = safeParseTimeExpression(written, { referenceDate: "2025-11-01" });
    expect(whole.success).toBe(false);
    if (!whole.success) expect(whole.error.issues.map((i) => [i.code, i.path])).toEqual([["invalid_time_expression", []]]);
    expect(findTimeExpressions(written, { referenceDate: "2025-11-01" }).map((f) => [f.text, f.expression])).toEqual([
      ["trước tối 30 Tết", { kind: "deadline", due: "2026-02-16" }],
      ["29 Tháng Chạp", { kind: "window", window: { start: "2026-02-16", end: "2026-02-16" } }],
    ]);
  });

  it("gives the CĐCS the five duties of V.5, one of them due 20 days before the Tết holiday", () => {
    expect(plan.responsibilities).toHaveLength(1);
    const cdcs = plan.responsibilities[0]!;
    expect([cdcs.label, cdcs.title, cdcs.unitIds]).toEqual(["5", "Công đoàn cơ sở", ["cdcs"]]); // L57
    expect(cdcs.duties.map((d) => d.text.slice(0, 30))).toEqual([
      "Chủ động tham gia với người sử", // L59
      "Phối hợp, đề xuất người sử dụn", // L61
      "Chủ động phối hợp với công đoà", // L63
      "Báo cáo kịp thời với công đoàn", // L65
      "Báo cáo kết quả chăm lo Tết ch", // L67
    ]);
    // L63 names the stay-behind activities and the trips home.
    expect(cdcs.duties[2]!.activityIds).toEqual(["c3-vui-xuan-don-tet", "c3-chuyen-xe-ve-que"]);
    // L59: "trước ngày nghỉ Tết ít nhất 20 ngày" counts back from a holiday the plan does not date: not read.
    expect(cdcs.duties[0]!.text).toContain("trước ngày nghỉ Tết ít nhất 20 ngày");
    const relative = safeParseTimeExpression("trước ngày nghỉ Tết ít nhất 20 ngày", { referenceDate: "2025-11-01" });
    expect(relative.success).toBe(false);
    if (!relative.success) expect(relative.error.issues[0]?.code).toBe("invalid_time_expression");
    expect(findTimeExpressions(docLine(59), { referenceDate: "2025-11-01" })).toEqual([]);
  });

  it("has the CĐCS report its results to its direct superior union, undated", () => {
    // L67: "Báo cáo kết quả chăm lo Tết cho đoàn viên, người lao động về công đoàn cấp trên trực tiếp theo quy định."
    expect(plan.reporting).toEqual([
      {
        id: "report-ket-qua-cham-lo-tet",
        kind: "report",
        description: "Báo cáo kết quả chăm lo Tết cho đoàn viên, người lao động về công đoàn cấp trên trực tiếp theo quy định.",
        reportingUnitIds: ["cdcs"],
        recipientUnitId: "cong-doan-cap-tren-truc-tiep",
      },
    ]);
    expect(expandDeadlines(plan)).toEqual([]);
  });
});

describe("the library on examples/tld-tet-2026/plan.json", () => {
  it("lints it: what the quoted parts leave unsaid", () => {
    const findings = lintPlan(plan);
    expect(findings.map((f) => [f.severity, f.code, f.path.join(".")])).toEqual([
      // The TLĐ's own money (its source is funded by the issuer) pays 1.300.000 đồng a person, for a number not given.
      ["warning", "own_line_without_amount", "budget.sections.0.lines.0.amount"],
      ["warning", "plan_without_window", "window"],
      ["warning", "reporting_without_window", "reporting.0.window"],
      ["warning", "activity_without_lead", "channels.1.activities.0.leadUnitIds"],
      ["warning", "activity_without_lead", "channels.1.activities.1.leadUnitIds"],
      ["warning", "activity_without_lead", "channels.1.activities.3.leadUnitIds"],
      ["warning", "budget_line_without_lead", "budget.sections.1.lines.0.leadUnitIds"],
      ["warning", "budget_line_without_lead", "budget.sections.1.lines.1.leadUnitIds"],
    ]);
    expect(findings.some((f) => f.severity === "error")).toBe(false);
    expect(findings[0]?.details).toEqual({ unitPrice: "1300000", per: "người" });
    expect(findings[1]?.details).toEqual({ provenance: "excerpt" });
    expect(findings.find((f) => f.code === "reporting_without_window")?.details).toEqual({ dutyId: "report-ket-qua-cham-lo-tet", kind: "report" });
    // One finding for the plan's missing time, none per activity; (5) has its deadline (dueOn) anyway.
    expect(activity("c3-vui-xuan-don-tet").dueOn).toBe("2026-02-16");
    expect(lintPlan(plan, { rules: ["activity_without_window"] })).toEqual([]);
    // An excerpt that quotes no Nơi nhận, no signing day (only the year) and no signature: no finding.
    expect(plan.header.issuedYear).toBe(2025);
    expect(lintPlan(plan, { rules: ["responsible_unit_not_recipient", "plan_date_missing", "signatory_missing"] })).toEqual([]);
  });

  it("builds a timeline of one milestone, the deadline of (5), and a calendar of it given a stamp (the excerpt gives no window or signing day)", () => {
    expect(buildTimeline(plan).map((r) => [r.kind, r.start, r.end, r.milestone])).toEqual([["activity", "2026-02-16", "2026-02-16", true]]);
    expect(thrownIssues(() => toICalendar(plan))).toEqual([{ path: ["dtstamp"], code: "missing" }]);
    const ics = toICalendar(plan, { dtstamp: "2025-12-01T00:00:00+07:00" });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("X-WR-CALNAME:tld-tet-2026\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20260216\r\n");
  });

  it("round-trips through planToJSON", () => {
    const written = planToJSON(plan);
    expect(parsePlan(written)).toEqual(plan);
    expect(parsePlan(JSON.parse(JSON.stringify(written)))).toEqual(plan);
  });
});
