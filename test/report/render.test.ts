import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCoverage, formatVnd, parsePlan, quotaOutlets, vndToWords, type Plan, type PlanJson } from "../../src/index.js";
import { generateRecords, GRASSROOTS_UNIONS, MAGAZINE_ISSUES } from "../../examples/vgcl-2017/records.js";
import { attainmentChart, spendingChart } from "../../src/report/charts.js";
import { monthlyReport, type MonthlyReport } from "../../src/report/monthlyReport.js";
import { phaseReview, type PhaseReview } from "../../src/report/phaseReview.js";
import { parseProgressRecords } from "../../src/report/records.js";
import { renderMonthlyReport, renderMonthlyReportJson } from "../../src/report/renderMonthlyReport.js";
import { renderPhaseReview, renderPhaseReviewJson } from "../../src/report/renderPhaseReview.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

// ---- the data: the reference plan and a small set of records ----

/** Grassroots unions of two provinces, with their names and their federations' names. */
const coverageUnits = [
  { id: "cdcs-hn-1", name: "CĐCS số 1 (Hà Nội)", parentId: "ldld-ha-noi", parentName: "LĐLĐ thành phố Hà Nội", kind: "grassroots-union" },
  { id: "cdcs-hn-2", name: "CĐCS số 2 (Hà Nội)", parentId: "ldld-ha-noi", parentName: "LĐLĐ thành phố Hà Nội", kind: "grassroots-union" },
  { id: "cdcs-dn-1", name: "CĐCS số 1 (Đồng Nai)", parentId: "ldld-dong-nai", parentName: "LĐLĐ tỉnh Đồng Nai", kind: "grassroots-union" },
  { id: "cdcs-dn-2", name: "CĐCS số 2 (Đồng Nai)", parentId: "ldld-dong-nai", parentName: "LĐLĐ tỉnh Đồng Nai", kind: "grassroots-union" },
];

const months = ["2017-07", "2017-08", "2017-09", "2017-10", "2017-11", "2017-12", "2018-01", "2018-02", "2018-03", "2018-04"];

const recordsJson = [
  // Publications: the Báo Lao Động in August (one without its online copy), the portal, VTV every month, VOV half the time.
  ...["2017-08-02", "2017-08-04", "2017-08-09", "2017-08-16T09:00:00+07:00", "2017-08-17"].map((at, i) => ({ type: "publication", id: `bld-${i}`, at, outletId: "bao-lao-dong", kind: "article", online: i !== 2 })),
  { type: "publication", id: "portal-1", at: "2017-08-03", outletId: "cong-thong-tin-cdvn", kind: "article" },
  ...months.map((m, i) => ({ type: "publication", id: `vtv-${i}`, at: `${m}-15`, outletId: "vtv", kind: "programme" })),
  ...months.slice(0, 6).map((m, i) => ({ type: "publication", id: `vov-${i}`, at: `${m}-20`, outletId: "vov", kind: "programme" })),
  // Deliverables: the fanpage (due in July) delivered late, the clips on time, the video only produced.
  { type: "deliverable", id: "d-fanpage", at: "2017-08-10", activityId: "c3-fanpage", status: "delivered" },
  { type: "deliverable", id: "d-clip", at: "2017-08-25", activityId: "c3-clip-nhan-vat", status: "delivered", quantity: 3 },
  { type: "deliverable", id: "d-video", at: "2017-08-28", activityId: "c3-video-hoat-hoa", status: "produced" },
  // Posters at three of the four grassroots unions of two provinces.
  { type: "posting", id: "po-1", at: "2017-11-06", unitId: "cdcs-hn-1", posters: 20, reportedBy: "ldld-tinh" },
  { type: "posting", id: "po-2", at: "2017-11-08", unitId: "cdcs-hn-2", posters: 15, reportedBy: "ldld-tinh" },
  { type: "posting", id: "po-3", at: "2017-11-20", unitId: "cdcs-dn-1", posters: 30, reportedBy: "ldld-tinh" },
  // An event and a training of the Ban Tuyên giáo.
  { type: "event", id: "e-1", at: "2017-08-19", title: "Hội thảo", unitId: "ban-tuyen-giao", participants: 1_250 },
  { type: "training", id: "t-1", at: "2017-08-22", people: 3, unitId: "ban-tuyen-giao", activityId: "c3-fanpage" },
  // Spending: the royalties (36.500.000 budgeted) overspent, a refund, a line of the federations' own budget.
  { type: "spending", id: "s-1", at: "2017-07-31", lineId: "budget-i-nhuan-but", amount: "20.000.000" },
  { type: "spending", id: "s-2", at: "2017-08-20", lineId: "budget-i-nhuan-but", amount: "20.000.000" },
  { type: "spending", id: "s-3", at: "2017-08-25", lineId: "budget-i-3", amount: "15.000.000" },
  { type: "spending", id: "s-4", at: "2017-09-15", lineId: "budget-i-2", amount: "30.000.000" },
  { type: "spending", id: "s-5", at: "2017-09-20", lineId: "budget-i-3", amount: "-1.000.000" },
  { type: "spending", id: "s-6", at: "2017-11-15", lineId: "budget-ii-2", amount: "5.000.000" },
];

function build(planJson: PlanJson = referencePlanJson()) {
  const plan = parsePlan(planJson);
  const records = parseProgressRecords(recordsJson, plan);
  return {
    press: monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03", submittedOn: "2017-09-02" }),
    pressDueLater: monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03", periodicDue: { dayOfNextPeriod: 5 } }),
    department: monthlyReport(plan, "ban-tuyen-giao", "2017-08", records, { asOf: "2017-09-03" }),
    federations: monthlyReport(plan, "ldld-tinh", "2017-11", records, { asOf: "2017-12-05", coverageUnits }),
    review: phaseReview(plan, records, { asOf: "2018-04-30", coverageUnits }),
  };
}

const { press, pressDueLater, department, federations, review } = build();
const reports: readonly [string, MonthlyReport][] = [
  ["press (quotas, sent late)", press],
  ["department (deliverables, overspend, activities)", department],
  ["federations (coverage of two provinces)", federations],
];

// ---- a minimal XML checker: no DOMParser, no regular expressions ----

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const isNameChar = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "-" || c === "_" || c === ":" || c === ".";
const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r";

/** Decodes character data, throwing on a bare "&", "<" or an unknown entity. */
function decode(raw: string, where: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "<") throw new Error(`"<" in ${where}`);
    if (c !== "&") {
      out += c;
      continue;
    }
    const end = raw.indexOf(";", i);
    if (end < 0) throw new Error(`bare "&" in ${where}`);
    const name = raw.slice(i + 1, end);
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity &${name}; in ${where}`);
    out += value;
    i = end;
  }
  return out;
}

/** Parses a document of elements, attributes and text; throws unless it is well-formed with one root. */
function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const readName = () => {
    const start = i;
    while (i < source.length && isNameChar(source[i]!)) i++;
    if (i === start) throw new Error(`name expected at ${start}`);
    return source.slice(start, i);
  };
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const text = source.slice(i, lt < 0 ? source.length : lt);
    if (stack.length === 0) {
      if (![...text].every(isSpace)) throw new Error(`text outside the root: ${JSON.stringify(text)}`);
    } else stack.at(-1)!.text += decode(text, `<${stack.at(-1)!.name}>`);
    if (lt < 0) break;
    i = lt + 1;
    if (source[i] === "/") {
      i++;
      const name = readName();
      while (isSpace(source[i])) i++;
      if (source[i] !== ">") throw new Error(`">" expected after </${name}`);
      i++;
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? "nothing"}>`);
      continue;
    }
    if (source[i] === "!" || source[i] === "?") throw new Error("declarations, comments and CDATA are not expected");
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: "" };
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = isSpace(source[i]);
      while (isSpace(source[i])) i++;
      if (source[i] === ">" || source.startsWith("/>", i)) break;
      if (!hadSpace) throw new Error(`space expected before an attribute of <${element.name}>`);
      const name = readName();
      if (name in attributes) throw new Error(`attribute ${name} twice on <${element.name}>`);
      if (source[i] !== "=" || source[i + 1] !== '"') throw new Error(`=" expected after ${name}`);
      const end = source.indexOf('"', i + 2);
      if (end < 0) throw new Error(`unterminated value of ${name}`);
      attributes[name] = decode(source.slice(i + 2, end), `${name}="…"`);
      i = end + 1;
    }
    Object.assign(element.attributes, attributes);
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else if (root === undefined) root = element;
    else throw new Error("a second root element");
    if (source[i] === "/") i += 2;
    else {
      i += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
  if (root === undefined) throw new Error("no root element");
  return root;
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

describe("the XML checker", () => {
  it("accepts well-formed XML and rejects the usual mistakes", () => {
    expect(parseXml('<a x="1 &amp; 2"><b/>t &lt; u</a>\n').children).toHaveLength(1);
    for (const bad of ["<a><b></a></b>", "<a>", '<a x="<"/>', "<a>&</a>", "<a>&nbsp;</a>", '<a x="1" x="2"/>', "<a/><b/>", "text<a/>", '<a x="1"y="2"/>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});

/** `part / whole` as a Vietnamese percentage with one decimal, rounded half up (the test's own arithmetic). */
function percentOf(part: number, whole: number): string {
  if (whole === 0) return "-";
  const tenths = Math.floor((2 * part * 1000 + whole) / (2 * whole));
  return `${Math.floor(tenths / 10)},${tenths % 10}%`;
}

/** A count as the Vietnamese renderings group it: "1.234". */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

// ---- the monthly report ----

describe("renderMonthlyReport", () => {
  for (const [name, report] of reports) {
    it(`writes the report of the ${name} as Markdown and text, in Vietnamese and English`, () => {
      expect(renderMonthlyReport(report)).toMatchSnapshot("markdown vi");
      expect(renderMonthlyReport(report, { format: "text" })).toMatchSnapshot("text vi");
      expect(renderMonthlyReport(report, { language: "en" })).toMatchSnapshot("markdown en");
    });
  }

  it("lays the report out as a federation sends it", () => {
    const text = renderMonthlyReport(press);
    const lines = text.split("\n");
    expect(lines[0]).toBe("# BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN VỀ “CÔNG ĐOÀN VÌ LỢI ÍCH ĐOÀN VIÊN” VÀ “THIẾT CHẾ CÔNG ĐOÀN” THÁNG 8/2017");
    expect(text).toContain("- Đơn vị báo cáo: Báo Lao Động");
    expect(text).toContain("- Kỳ báo cáo: tháng 8/2017 (từ ngày 01/08/2017 đến ngày 31/08/2017)");
    expect(text).toContain("- Ngày lập: 03/09/2017");
    expect(text).toContain("- Hạn nộp: 31/08/2017, nộp muộn (nộp ngày 02/09/2017)");
    expect(lines.filter((l) => l.startsWith("## "))).toEqual([
      "## I. Chỉ tiêu bài viết/chương trình",
      "## II. Sản phẩm",
      "## III. Độ bao phủ",
      "## IV. Kinh phí",
      "## V. Hoạt động khác",
      "## VI. Hạn sắp tới",
    ]);
    expect(text.endsWith("\n")).toBe(true);
    expect(renderMonthlyReport({ ...press, submittedOn: "2017-08-30", late: false })).toContain("- Hạn nộp: 31/08/2017, đúng hạn (nộp ngày 30/08/2017)");
    const en = renderMonthlyReport(press, { language: "en" });
    expect(en).toContain("- Period: August 2017 (1 August 2017 to 31 August 2017)");
    expect(en).toContain("- Prepared on: 3 September 2017");
  });

  it("says so when a section is empty, in either language", () => {
    const vi = renderMonthlyReport(department);
    expect(vi).toContain("## I. Chỉ tiêu bài viết/chương trình\n\nKhông có.\n");
    expect(vi).toContain("## III. Độ bao phủ\n\nKhông có.\n");
    const en = renderMonthlyReport(department, { language: "en" });
    expect(en).toContain("## I. Quotas of articles and programmes\n\nNone.\n");
    expect(en).toContain("## VI. Upcoming deadlines\n\nNone.\n");
  });

  it("writes the numbers of the data", () => {
    const quota = press.quotas[0]!;
    const row = quota.outlets[0]!;
    const text = renderMonthlyReport(press);
    expect(text).toContain(`### 1. ${quota.label}`);
    expect(text).toContain("| Cơ quan | Yêu cầu cả tháng | Yêu cầu đến nay | Đã đạt đến nay | Còn thiếu đến nay | Tỷ lệ đạt | Tổng số đã thực hiện |");
    // 6 required, 6 owed once the month is over, 3 met (a surplus week does not make up for a short one): 3 short.
    expect([row.required, row.requiredToDate, row.metToDate, row.shortfall, row.counted]).toEqual([6, 6, 3, 3, 5]);
    expect(text).toContain(`| ${row.name} | 6 | 6 | 3 | 3 | 50,0% | 5 |`);
    expect(renderMonthlyReport(press, { language: "en" })).toContain("| Outlet | Required (whole month) | Required to date | Met to date | Short to date | Attainment | Done in total |");
    expect(text).toContain(`Báo Lao Động: ${row.missingOnlineCount}`);

    const spending = renderMonthlyReport(department);
    for (const line of department.spending) {
      expect(spending).toContain(`| ${line.title} | ${formatVnd(line.budgeted, { symbol: "none" })} | ${formatVnd(line.spentInMonth, { symbol: "none" })} | ${formatVnd(line.spentToDate, { symbol: "none" })} |`);
    }
    const royalties = department.spending.find((l) => l.lineId === "budget-i-nhuan-but")!;
    expect(royalties.over).toBe(true);
    expect(spending).toContain(`Bằng chữ: ${vndToWords(royalties.spentInMonth)}.`);
    expect(spending).toContain(`Lũy kế từ đầu kế hoạch: 40.000.000 đồng. Bằng chữ: ${vndToWords(royalties.spentToDate)}.`);
    expect(spending).toContain("Vượt dự toán: Chi nhuận bút bài viết (vượt 3.500.000 đồng).");
    // The total row has its percentage too, from the totals (spent to date ÷ budgeted), as the phase review's.
    const spentToDate = department.spending.reduce((sum, l) => sum + l.spentToDate.toBigInt(), 0n);
    const budgetedAll = department.spending.reduce((sum, l) => sum + l.budgeted.toBigInt(), 0n);
    const totalPercent = `${(Math.round((Number(spentToDate) / Number(budgetedAll)) * 1000) / 10).toFixed(1).replace(".", ",")}%`;
    expect(spending).toMatch(new RegExp(`\\| \\*\\*Cộng\\*\\* \\|.*\\| \\*\\*${totalPercent}\\*\\* \\|`, "u"));
    expect(spending).toContain("- Sự kiện đã tổ chức: 1 (1.250 người tham dự)");
    expect(renderMonthlyReport(department, { language: "en" })).toContain("- Events held: 1 (1,250 participants)");

    const statuses = renderMonthlyReport(department);
    expect(department.deliverables.map((d) => d.status)).toEqual(["due", "done", "late", "due"]);
    expect(statuses).toContain("| Tháng 7/2017 | chậm | 10/08/2017 |");
    expect(statuses).toContain("| Quý III/2017 | hoàn thành | 25/08/2017 |");

    const coverage = federations.coverage!;
    const covered = renderMonthlyReport(federations);
    expect(covered).toContain(`- Tỷ lệ CĐCS được tiếp cận: ${coverage.percent!.replace(".", ",")}% (${coverage.reached}/${coverage.total}), chưa đạt chỉ tiêu`);
    for (const group of coverage.byParent) expect(covered).toContain(`| ${group.parentName} | ${group.total} | ${group.reached} | ${group.percent.replace(".", ",")}% |`);
    expect(covered).toContain("- Số CĐCS chưa được tiếp cận: 1 (CĐCS số 2 (Đồng Nai))");
  });

  it("aligns the text tables and wraps their long cells", () => {
    for (const width of [12, 28, 40]) {
      const text = renderMonthlyReport(department, { format: "text", width });
      const tables = text.split("\n\n").filter((block) => block.startsWith("+"));
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        const lengths = new Set(table.split("\n").map((l) => [...l].length));
        expect(lengths.size).toBe(1);
        for (const line of table.split("\n")) for (const cell of line.split("|").slice(1, -1)) expect([...cell].length).toBeLessThanOrEqual(width + 2);
      }
    }
  });

  it("is deterministic", () => {
    const again = build();
    expect(renderMonthlyReport(again.department, { format: "text" })).toBe(renderMonthlyReport(department, { format: "text" }));
    expect(renderMonthlyReport(press)).toBe(renderMonthlyReport(press));
    expect(renderMonthlyReportJson(again.federations)).toBe(renderMonthlyReportJson(federations));
  });

  it("rejects bad options and what is not a monthly report", () => {
    expect(thrownIssues(() => renderMonthlyReport(press, { format: "html" as "text", language: "fr" as "en", width: 3 }))).toEqual([
      { path: ["options", "format"], code: "invalid_value" },
      { path: ["options", "language"], code: "invalid_value" },
      { path: ["options", "width"], code: "invalid_value" },
    ]);
    expect(thrownIssues(() => renderMonthlyReport(review as unknown as MonthlyReport))).toEqual([{ path: ["report"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderMonthlyReportJson(null as unknown as MonthlyReport))).toEqual([{ path: ["report"], code: "invalid_type" }]);
  });
});

describe("renderMonthlyReportJson", () => {
  it("writes the documented shape, keys in order, amounts as digit strings", () => {
    for (const [, report] of reports) expect(renderMonthlyReportJson(report)).toMatchSnapshot();
    const json = renderMonthlyReportJson(department);
    expect(json).toBe(JSON.stringify(JSON.parse(json), null, 2));
    const data = JSON.parse(json);
    expect(Object.keys(data)).toEqual([
      "kind", "version", "plan", "unit", "month", "window", "asOf", "due", "submittedOn", "late",
      "quotas", "unevaluatedQuotas", "unevaluatedQuotaLabels", "deliverables", "coverage", "spending", "activities", "upcomingDeadlines",
    ]);
    expect(data).toMatchObject({ kind: "monthly-report", version: 1, due: null, coverage: null });
    expect(Object.keys(data.spending[0])).toEqual(["lineId", "title", "budgeted", "spentInMonth", "spentToDate", "remaining", "percent", "over"]);
    expect(data.spending[0]).toMatchObject({ budgeted: "36500000", spentToDate: "40000000", remaining: "-3500000", over: true });
    expect(Object.keys(data.deliverables[0])).toEqual(["activityId", "title", "channelNumber", "window", "status", "deliveredOn"]);
    expect(data.deliverables[0].deliveredOn).toBeNull();
    const pressData = JSON.parse(renderMonthlyReportJson(press));
    expect(Object.keys(pressData.upcomingDeadlines[0])).toEqual(["id", "dutyId", "kind", "unitId", "periodKey", "window", "due", "opens", "status", "daysLeft"]);
    expect(pressData.quotas[0].outlets[0].attainment).toBe(press.quotas[0]!.outlets[0]!.attainment);
    const coverage = JSON.parse(renderMonthlyReportJson(federations)).coverage;
    expect(Object.keys(coverage)).toEqual(["total", "reached", "percent", "met", "notReached", "notReachedNames", "byParent", "rejected"]);
    expect(coverage.byParent.map((g: { parentId: string }) => g.parentId)).toEqual(["ldld-ha-noi", "ldld-dong-nai"]);
  });
});

// ---- the phase review ----

describe("renderPhaseReview", () => {
  it("writes the review as Markdown and text, in Vietnamese and English", () => {
    expect(renderPhaseReview(review)).toMatchSnapshot("markdown vi");
    expect(renderPhaseReview(review, { format: "text" })).toMatchSnapshot("text vi");
    expect(renderPhaseReview(review, { language: "en" })).toMatchSnapshot("markdown en");
    expect(renderPhaseReview(review, { format: "text", language: "en" })).toMatchSnapshot("text en");
  });

  it("lays the review out as the report of a phase", () => {
    const text = renderPhaseReview(review);
    expect(text.split("\n")[0]).toBe("# BÁO CÁO SƠ KẾT GIAI ĐOẠN 1 KẾ HOẠCH TUYÊN TRUYỀN VỀ “CÔNG ĐOÀN VÌ LỢI ÍCH ĐOÀN VIÊN” VÀ “THIẾT CHẾ CÔNG ĐOÀN”");
    expect(text).toContain("- Giai đoạn: Giai đoạn 1 (từ tháng 7/2017 đến tháng 5/2018)");
    expect(text).toContain("- Số liệu tính đến ngày: 30/04/2018");
    expect(renderPhaseReview(review, { language: "en" })).toContain("- Figures as of: 30 April 2018");
    expect(text.split("\n").filter((l) => l.startsWith("## "))).toEqual([
      "## I. Kết quả theo kênh tuyên truyền",
      "## II. Chỉ tiêu bài viết/chương trình",
      "## III. Sản phẩm",
      "## IV. Độ bao phủ",
      "## V. Kinh phí",
      "## VI. Các vấn đề còn tồn tại của kế hoạch",
    ]);
  });

  it("writes the numbers of the data", () => {
    const vi = renderPhaseReview(review);
    const en = renderPhaseReview(review, { language: "en" });
    expect(vi).toContain(`Tổng dự toán: ${formatVnd(review.budget.estimate)}. Bằng chữ: ${vndToWords(review.budget.estimate)}.`);
    expect(vi).toContain(`Đã chi: ${formatVnd(review.budget.spent)} (${review.budget.percent!.replace(".", ",")}% dự toán). Bằng chữ: ${vndToWords(review.budget.spent)}.`);
    expect(en).toContain(`In words: ${vndToWords(review.budget.spent)}.`);
    for (const section of review.budget.bySection) {
      expect(vi).toContain(`| ${section.label} | ${section.title} | ${formatVnd(section.estimate, { symbol: "none" })} | ${formatVnd(section.spent, { symbol: "none" })} | ${section.percent!.replace(".", ",")}% |`);
    }
    for (const month of review.budget.byMonth) expect(vi).toContain(`| Tháng ${Number(month.month.slice(5))}/${month.month.slice(0, 4)} | ${formatVnd(month.spent, { symbol: "none" })} |`);
    expect(vi).toContain("| STT | Chỉ tiêu | Kênh | Cơ quan đạt | Yêu cầu cả giai đoạn | Yêu cầu đến nay | Đã đạt đến nay | Còn thiếu đến nay | Tỷ lệ đạt | Tổng số đã thực hiện |");
    for (const quota of review.quotas) {
      expect(vi).toContain(`| ${quota.label} | ${quota.channelNumber} |`);
      expect(vi).toContain(
        `| ${quota.outletsMet}/${quota.outlets} | ${quota.required} | ${quota.requiredToDate} | ${quota.metToDate} | ${quota.shortfall} | ${percentOf(quota.metToDate, quota.requiredToDate)} | ${quota.counted} |`,
      );
    }
    const vtv = review.units.find((u) => u.unitId === "vtv")!;
    expect(vtv.attainment).toBe(1);
    // VTV every month: 11 required in the phase, 9 owed by 30 April (July to March), 9 met, 10 published.
    expect(vi).toContain("| Cơ quan | Yêu cầu cả giai đoạn | Yêu cầu đến nay | Đã đạt đến nay | Còn thiếu đến nay | Tỷ lệ đạt | Tổng số đã thực hiện |");
    expect(vi).toContain("| VTV | 11 | 9 | 9 | 0 | 100,0% | 10 |");
    expect(vi).toContain("| Kênh | Nội dung | Yêu cầu cả giai đoạn | Yêu cầu đến nay | Đã đạt đến nay | Còn thiếu đến nay | Tỷ lệ đạt |");
    expect(vi).toContain(`Tổng số: ${review.deliverables.length} (hoàn thành: 1; chậm: 1; chưa thực hiện: 3; đang thực hiện: 0; chưa đến hạn: 0).`);
    expect(vi).toContain(`- Tỷ lệ CĐCS được tiếp cận: 75,0% (3/4), chưa đạt chỉ tiêu`);
  });

  it("groups the open findings by severity under the titles of LINT_RULES", () => {
    const vi = renderPhaseReview(review);
    const en = renderPhaseReview(review, { language: "en" });
    const count = (s: string) => review.findings.filter((f) => f.severity === s).length;
    expect(vi).toContain(`Tổng số: ${review.findings.length} (lỗi: ${count("error")}; cảnh báo: ${count("warning")}; lưu ý: ${count("info")}).`);
    expect(vi).toContain("### 1. Lỗi\n\nKhông có.\n");
    expect(vi).toContain("- Thời gian nằm ngoài các giai đoạn (window_outside_phase): 1");
    expect(en).toContain("### 1. Errors\n\nNone.\n");
    expect(en).toContain("- Budget line without a lead unit (budget_line_without_lead): 1");
    for (const finding of review.findings) {
      const vMessage = finding.messageVi.charAt(0).toUpperCase() + finding.messageVi.slice(1);
      expect(renderPhaseReview(review, { format: "text", width: 1000 }).replace(/\n {4}/g, " ")).toContain(vMessage);
    }
  });

  it("is deterministic", () => {
    const again = build().review;
    expect(renderPhaseReview(again)).toBe(renderPhaseReview(review));
    expect(renderPhaseReview(again, { format: "text", language: "en" })).toBe(renderPhaseReview(review, { format: "text", language: "en" }));
    expect(renderPhaseReviewJson(again)).toBe(renderPhaseReviewJson(review));
  });

  it("rejects bad options and what is not a phase review", () => {
    expect(thrownIssues(() => renderPhaseReview(review, { format: "pdf" as "text" }))).toEqual([{ path: ["options", "format"], code: "invalid_value" }]);
    expect(thrownIssues(() => renderPhaseReview(press as unknown as PhaseReview))).toEqual([{ path: ["review"], code: "invalid_type" }]);
  });
});

// ---- what a reader sees ----

describe("the rendered reports speak the reader's language", () => {
  const plan = parsePlan(referencePlanJson());
  const renderings = (): [string, string][] => {
    const out: [string, string][] = [];
    for (const format of ["markdown", "text"] as const) {
      for (const language of ["vi", "en"] as const) {
        for (const [name, report] of [...reports, ["press, due later", pressDueLater] as const]) out.push([`${name} ${format} ${language}`, renderMonthlyReport(report, { format, language })]);
        out.push([`review ${format} ${language}`, renderPhaseReview(review, { format, language })]);
      }
    }
    return out;
  };

  it("never shows an internal id: quotas by label, units by name", () => {
    const ids = [
      ...plan.units.map((u) => u.id),
      ...plan.channels.flatMap((c) => [c.id, ...c.quotas.map((q) => q.id), ...c.activities.map((a) => a.id)]),
      ...plan.reporting.map((d) => d.id),
      ...plan.phases.map((p) => p.id),
      ...(plan.budget?.sections ?? []).flatMap((sec) => [sec.id, ...sec.lines.map((l) => l.id)]),
      ...coverageUnits.flatMap((u) => [u.id, u.parentId]),
      ...recordsJson.map((r) => r.id),
    ];
    for (const [name, text] of renderings()) {
      for (const id of new Set(ids)) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_-])`, "u");
        expect(pattern.test(text), `${name} shows the id ${id}`).toBe(false);
      }
    }
  });

  it("writes days as 01/07/2017 and months as tháng 7/2017 in Vietnamese, 1 July 2017 in English; never ISO", () => {
    for (const [name, text] of renderings()) {
      expect(text, name).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
      if (name.endsWith(" vi")) {
        const days = [...text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)];
        expect(days.length, name).toBeGreaterThan(0);
        for (const [day, d, m] of days) expect([d!.length, m!.length], `${name}: ${day}`).toEqual([2, 2]);
      } else {
        expect(text, name).toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
      }
    }
  });

  it("rounds a percentage half up from the exact ratio: 13 of 16 is 81,3%", () => {
    const sixteen = Array.from({ length: 16 }, (_, i) => ({ id: `u-${i}`, name: `CĐCS ${i + 1}`, parentId: "p", parentName: "LĐLĐ tỉnh Thanh Hóa", kind: "grassroots-union" }));
    const coverage = evaluateCoverage({ percent: 100, unitKind: "grassroots-union" }, sixteen, sixteen.slice(0, 13).map((u) => ({ unitId: u.id })));
    expect(coverage.percent).toBe("81.2"); // evaluateCoverage rounds half-even by default …
    const text = renderPhaseReview({ ...review, coverage });
    expect(text).toContain("- Tỷ lệ CĐCS được tiếp cận: 81,3% (13/16), chưa đạt chỉ tiêu"); // … the report half up
    expect(text).toContain("| LĐLĐ tỉnh Thanh Hóa | 16 | 13 | 81,3% | chưa đạt | 3 |");
    expect(text).not.toContain("81,2%");
    expect(renderPhaseReview({ ...review, coverage }, { language: "en" })).toContain("81.3% (13 of 16)");
  });

  it("shows the lines over budget in the phase review", () => {
    expect(review.budget.overBudget.map((l) => [l.title, l.excess.toString()])).toEqual([["Chi nhuận bút bài viết", "3500000"]]);
    const vi = renderPhaseReview(review);
    expect(vi).toContain("### 4. Vượt dự toán");
    expect(vi).toContain("| 1 | Chi nhuận bút bài viết | 36.500.000 | 40.000.000 | 3.500.000 |");
    expect(renderPhaseReview(review, { language: "en" })).toContain("### 4. Over budget");
    const none = renderPhaseReview({ ...review, budget: { ...review.budget, overBudget: [] } });
    expect(none).toContain("### 4. Vượt dự toán\n\nKhông có.\n");
  });

  it("names as worst only the outlets below 100%", () => {
    const broadcast = review.quotas.find((q) => q.quotaId === "quota-broadcast-monthly")!;
    const line = renderPhaseReview(review).split("\n").find((l) => l.includes("Đạt thấp nhất") && l.includes("TTXVN"))!;
    expect(line).toBe("  - Đạt thấp nhất: TTXVN (0,0%, còn thiếu 9); VOV (66,7%, còn thiếu 3).");
    expect(broadcast.worst.map((o) => o.name)).toEqual(["TTXVN", "VOV"]);
    const allMet = { ...review, quotas: review.quotas.map((q) => ({ ...q, worst: [] })) };
    expect(renderPhaseReview(allMet)).not.toContain("Đạt thấp nhất");
  });

  it("does not list the report being filed under Hạn sắp tới", () => {
    expect(pressDueLater.due).toBe("2017-09-05");
    const upcoming = renderMonthlyReport(pressDueLater).split("## VI. Hạn sắp tới")[1]!;
    expect(upcoming).not.toContain("tháng 8/2017");
    expect(upcoming).toContain("Không có.");
    const onTime = renderMonthlyReport(press).split("## VI. Hạn sắp tới")[1]!;
    expect(onTime).toContain("| Thứ Bảy, 30/09/2017 | Báo cáo định kỳ tháng 9/2017 | Tháng 9/2017 |");
  });
});

describe("renderPhaseReviewJson", () => {
  it("writes the documented shape, keys in order, amounts as digit strings", () => {
    const json = renderPhaseReviewJson(review);
    expect(json).toMatchSnapshot();
    expect(json).toBe(JSON.stringify(JSON.parse(json), null, 2));
    const data = JSON.parse(json);
    expect(Object.keys(data)).toEqual(["kind", "version", "plan", "phase", "window", "asOf", "channels", "quotas", "unevaluatedQuotas", "unevaluatedQuotaLabels", "units", "deliverables", "coverage", "budget", "findings"]);
    expect(Object.keys(data.budget)).toEqual(["estimate", "spent", "percent", "bySection", "overBudget", "byFunder", "byMonth"]);
    expect(data.budget.estimate).toBe(review.budget.estimate.toString());
    expect(data.budget.spent).toBe(review.budget.spent.toString());
    expect(data.budget.byMonth).toEqual(review.budget.byMonth.map((m) => ({ month: m.month, spent: m.spent.toString() })));
    expect(Object.keys(data.channels[0].deliverables)).toEqual(["done", "late", "missing", "due", "upcoming"]);
    expect(Object.keys(data.findings[0])).toEqual(["code", "severity", "path", "message", "messageVi", "details"]);
    expect(data.findings.map((f: { code: string }) => f.code)).toEqual(review.findings.map((f) => f.code));
    expect(data.units.map((u: { attainment: number }) => u.attainment)).toEqual(review.units.map((u) => u.attainment));
  });

  it("keeps every key for a plan without phases or title: null, never a missing key (both reports)", () => {
    const json = referencePlanJson() as PlanJson & { header: { title?: string } };
    const window = { start: json.phases![0]!.window.start, end: json.phases![json.phases!.length - 1]!.window.end };
    delete json.header.title;
    const bare = parsePlan({ ...json, phases: [], window, channels: json.channels!.map((c) => ({ ...c, quotas: c.quotas!.map(({ phaseId: _, ...q }) => q) })), reporting: json.reporting!.map(({ phaseId: _, ...r }) => r) } as PlanJson);
    const data = JSON.parse(renderPhaseReviewJson(phaseReview(bare, [], { asOf: "2017-09-03" })));
    expect(Object.keys(data)).toEqual(Object.keys(JSON.parse(renderPhaseReviewJson(review))));
    expect(data.phase).toBeNull();
    expect(data.plan).toEqual({ id: bare.id, title: null, subject: bare.header.subject });
    const monthly = JSON.parse(renderMonthlyReportJson(monthlyReport(bare, "bao-lao-dong", "2017-08", [], { asOf: "2017-09-03" })));
    expect(Object.keys(monthly.plan)).toEqual(["id", "title", "subject"]);
    expect(monthly.plan.title).toBeNull();
  });
});

// ---- the charts ----

describe("attainmentChart and spendingChart", () => {
  it("draw the review as small SVGs", () => {
    expect(attainmentChart(review)).toMatchSnapshot("attainment vi");
    expect(spendingChart(review)).toMatchSnapshot("spending vi");
    expect(attainmentChart(review, { language: "en", width: 480, title: "Attainment, phase 1" })).toMatchSnapshot("attainment en");
    expect(spendingChart(review, { language: "en", width: 480 })).toMatchSnapshot("spending en");
  });

  it("are well-formed, accessible XML with rounded numbers", () => {
    for (const svg of [attainmentChart(review), spendingChart(review), attainmentChart(review, { width: 333 }), spendingChart(review, { language: "en", width: 999 })]) {
      const root = parseXml(svg);
      expect(root.name).toBe("svg");
      expect(root.attributes).toMatchObject({ xmlns: "http://www.w3.org/2000/svg", role: "img" });
      expect(root.attributes.viewBox).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
      expect(root.children[0]?.name).toBe("title");
      for (const element of walk(root)) {
        for (const name of ["x", "y", "x1", "y1", "x2", "y2", "width", "height"]) {
          const value = element.attributes[name];
          if (value !== undefined) expect(value, `${element.name} ${name}`).toMatch(/^-?\d+(\.\d)?$/);
        }
        if (element.name === "rect") expect(Number(element.attributes.height)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("sort the units worst first, with a 100% guide line and percent labels", () => {
    const root = parseXml(attainmentChart(review));
    const rows = root.children.filter((c) => c.name === "g");
    expect(rows).toHaveLength(review.units.length);
    const attainments = rows.map((g) => Number(g.children.find((c) => c.name === "text" && c.text.endsWith("%"))!.text.replace(",", ".").replace("%", "")));
    expect(attainments).toEqual([...attainments].sort((a, b) => a - b));
    expect(rows.at(-1)!.children[0]!.text).toBe("VTV: 100,0%");
    expect(root.children.some((c) => c.name === "line" && c.attributes["stroke-dasharray"] !== undefined)).toBe(true);
    expect(root.children[0]!.text).toBe("Tỷ lệ đạt chỉ tiêu theo cơ quan");
  });

  it("draw every month of the phase up to asOf, in millions of đồng, with compact labels", () => {
    const root = parseXml(spendingChart(review));
    const bars = root.children.filter((c) => c.name === "g");
    expect(bars.map((g) => g.children.at(-1)!.text)).toEqual(months.map((m) => `${Number(m.slice(5))}/${m.slice(0, 4)}`));
    const labels = bars.flatMap((g) => g.children.filter((c) => c.name === "text").slice(0, -1).map((t) => t.text));
    expect(labels).toEqual(review.budget.byMonth.map((m) => formatVnd(m.spent, { compact: true, symbol: "none" })));
    expect(labels).toEqual(["20 triệu", "35 triệu", "29 triệu", "5 triệu"]);
    expect(root.children.some((c) => c.name === "text" && c.text === "triệu đồng")).toBe(true);
  });

  it("escape unit names for XML", () => {
    const json = referencePlanJson() as unknown as { units: { id: string; shortName?: string }[] };
    json.units.find((u) => u.id === "vtv")!.shortName = `VTV <&"> 'số 1'`;
    const { review: named } = build(json as unknown as PlanJson);
    const svg = attainmentChart(named);
    expect(svg).toContain("VTV &lt;&amp;&quot;&gt; &apos;số 1&apos;");
    expect(svg).not.toContain("<&");
    const root = parseXml(svg);
    expect([...walk(root)].some((e) => e.name === "title" && e.text === `VTV <&"> 'số 1': 100,0%`)).toBe(true);
    // Markdown escapes it too.
    expect(renderPhaseReview(named)).toContain("| VTV \\<\\&\"\\> 'số 1' |");
  });

  it("escape GitHub's strikethrough in Markdown, as every other markup character", () => {
    const json = referencePlanJson() as unknown as { units: { id: string; shortName?: string }[] };
    json.units.find((u) => u.id === "vtv")!.shortName = "~VTV~ ~~số 1~~ *x* _y_ |";
    const markdown = renderPhaseReview(build(json as unknown as PlanJson).review);
    expect(markdown).toContain("| \\~VTV\\~ \\~\\~số 1\\~\\~ \\*x\\* \\_y\\_ \\| |");
    expect(markdown).not.toMatch(/(^|[^\\])~/m);
  });

  it("stay well-formed whatever the names", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 0, maxLength: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), (names, attainment) => {
        const metToDate = Math.round(attainment * 1000);
        const units = names.map((name, i) => ({ unitId: `u-${i}`, name, required: 1000, requiredToDate: 1000, metToDate, counted: metToDate, shortfall: 1000 - metToDate, attainment: metToDate / 1000 }));
        const svg = attainmentChart({ ...review, units });
        const root = parseXml(svg);
        const titles = [...walk(root)].filter((e) => e.name === "title").slice(1).map((e) => e.text);
        const clean = (s: string) => s.normalize("NFC").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
        expect(titles.map((t) => t.slice(0, t.lastIndexOf(":")))).toEqual([...units].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((u) => clean(u.name)));
      }),
      { numRuns: 200 },
    );
  });

  it("are deterministic and check their options", () => {
    expect(attainmentChart(build().review)).toBe(attainmentChart(review));
    expect(spendingChart(build().review, { language: "en" })).toBe(spendingChart(review, { language: "en" }));
    expect(thrownIssues(() => attainmentChart(review, { width: 10.5, language: "de" as "en" }))).toEqual([
      { path: ["options", "width"], code: "invalid_value" },
      { path: ["options", "language"], code: "invalid_value" },
    ]);
    expect(thrownIssues(() => spendingChart(review, { title: 42 as unknown as string }))).toEqual([{ path: ["options", "title"], code: "invalid_value" }]);
    expect(thrownIssues(() => spendingChart(press as unknown as PhaseReview))).toEqual([{ path: ["review"], code: "invalid_type" }]);
  });
});

// ---- the quota tables add up, on generated records ----

/** The tables of a Markdown rendering: header cells, then the rows' cells, unescaped and unbolded. */
function markdownTables(markdown: string): { headers: string[]; rows: string[][] }[] {
  const cells = (line: string) =>
    line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((c) => c.replace(/^\*\*(.*)\*\*$/, "$1").replace(/\\(.)/g, "$1"));
  return markdown
    .split("\n\n")
    .map((block) => block.split("\n").filter((l) => l.startsWith("| ")))
    .filter((lines) => lines.length >= 1)
    .map(([header, ...rows]) => ({ headers: cells(header!), rows: rows.map(cells) }));
}

/** The tables of a text rendering (wide enough that no value cell wraps): header cells (joined where they wrap), then the rows' cells. */
function textTables(text: string): { headers: string[]; rows: string[][] }[] {
  const cells = (line: string) => line.slice(1, -1).split("|").map((c) => c.trim());
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("+-"))
    .map((block) => {
      const lines = block.split("\n");
      const secondRule = lines.findIndex((l, i) => i > 0 && l.startsWith("+-"));
      const headerLines = lines.slice(1, secondRule).map(cells);
      const headers = headerLines[0]!.map((_, col) => headerLines.map((l) => l[col]!).filter((c) => c !== "").join(" "));
      return { headers, rows: lines.slice(secondRule + 1).filter((l) => l.startsWith("|")).map(cells) };
    });
}

describe("quota tables add up (property over generated records)", () => {
  const plan: Plan = parsePlan(referencePlanJson());
  const phase = plan.phases[0]!.window;
  const dayOf = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
  const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const reportingUnits = [...new Set(plan.channels.flatMap((c) => c.quotas).flatMap((q) => quotaOutlets(plan, q).flatMap((o) => [o.id, o.parentId ?? o.id])))];
  const VI = ["Yêu cầu cả giai đoạn", "Yêu cầu đến nay", "Đã đạt đến nay", "Còn thiếu đến nay", "Tỷ lệ đạt", "Tổng số đã thực hiện"];
  const EN = ["Required (whole phase)", "Required to date", "Met to date", "Short to date", "Attainment", "Done in total"];
  type Row = { required: number; requiredToDate: number; metToDate: number; shortfall: number; counted: number };

  /** The table whose headers include `columns` and `key`, as a map from the key cell to the row. */
  const find = (tables: { headers: string[]; rows: string[][] }[], key: string, columns: readonly string[]) => {
    const table = tables.find((t) => t.headers.includes(key) && columns.every((c) => t.headers.includes(c)));
    expect(table, `a table with ${key}, ${columns.join(", ")}`).toBeDefined();
    return (name: string) => {
      const row = table!.rows.find((r) => r[table!.headers.indexOf(key)] === name);
      expect(row, `a row ${name}`).toBeDefined();
      return Object.fromEntries(table!.headers.map((h, i) => [h, row![i]!]));
    };
  };
  const expectRow = (cells: Record<string, string>, row: Row, columns: readonly string[], en: boolean) => {
    const n = (x: number) => (en ? String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : grouped(x));
    const pct = (part: number, whole: number) => (en ? percentOf(part, whole).replace(",", ".") : percentOf(part, whole));
    const [required, toDate, met, short, attainment, done] = columns as [string, string, string, string, string, string];
    // The table shows the data's figures …
    expect([cells[toDate], cells[met], cells[short], cells[attainment]]).toEqual([n(row.requiredToDate), n(row.metToDate), n(row.shortfall), pct(row.metToDate, row.requiredToDate)]);
    if (cells[required] !== undefined) expect(cells[required]).toBe(n(row.required));
    if (cells[done] !== undefined) expect(cells[done]).toBe(n(row.counted));
    // … and they add up: owed to date − met to date = missing to date; the whole window owes at least as much.
    expect(row.requiredToDate - row.metToDate).toBe(row.shortfall);
    expect(row.required).toBeGreaterThanOrEqual(row.requiredToDate);
    expect(row.counted).toBeGreaterThanOrEqual(row.metToDate);
  };

  it("owed to date − met to date = missing to date on every row of every quota table, as rendered", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: dayOf(phase.start), max: dayOf(phase.end) + 30 }),
        fc.constantFrom(...reportingUnits),
        fc.nat(),
        (seed, day, unitId, monthPick) => {
          const asOf = dateOf(day);
          const records = parseProgressRecords(generateRecords(plan, { seed, asOf }), plan);
          const review = phaseReview(plan, records, { asOf, issues: MAGAZINE_ISSUES, coverageUnits: GRASSROOTS_UNIONS });
          const months = Array.from({ length: 11 }, (_, i) => `${2017 + Math.floor((6 + i) / 12)}-${String(((6 + i) % 12) + 1).padStart(2, "0")}`).filter((m) => `${m}-01` <= asOf);
          const month = months[monthPick % months.length]!;
          const monthly = monthlyReport(plan, unitId, month, records, { asOf, issues: MAGAZINE_ISSUES });
          for (const [language, columns] of [["vi", VI], ["en", EN]] as const) {
            const en = language === "en";
            for (const tables of [markdownTables(renderPhaseReview(review, { language })), textTables(renderPhaseReview(review, { language, format: "text", width: 1000 }))]) {
              const byQuota = find(tables, en ? "Quota" : "Chỉ tiêu", columns);
              for (const q of review.quotas) expectRow(byQuota(q.label), q, columns, en);
              const byUnit = find(tables, en ? "Outlet" : "Cơ quan", columns);
              for (const u of review.units) expectRow(byUnit(u.name), u, columns, en);
              const byChannel = find(tables, en ? "Title" : "Nội dung", columns.slice(0, 5));
              for (const c of review.channels.filter((c) => c.attainment !== null)) expectRow(byChannel(c.title), c, columns, en);
            }
            const monthColumns = [en ? "Required (whole month)" : "Yêu cầu cả tháng", ...columns.slice(1)];
            const tables = markdownTables(renderMonthlyReport(monthly, { language }));
            for (const q of monthly.quotas) {
              const table = tables.filter((t) => monthColumns.every((c) => t.headers.includes(c)))[monthly.quotas.indexOf(q)]!;
              const rows = find([table], en ? "Outlet" : "Cơ quan", monthColumns);
              for (const o of q.outlets) expectRow(rows(o.name), o, monthColumns, en);
              expectRow(rows(en ? "Total" : "Cộng"), q, monthColumns, en);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("the renderers given something else than a report as the library returned it", () => {
  const documents = async () => {
    const { renderMonthlyReportDocument } = await import("../../src/documents/renderMonthlyReportDocument.js");
    const { renderPhaseReviewDocument } = await import("../../src/documents/renderPhaseReviewDocument.js");
    return { renderMonthlyReportDocument, renderPhaseReviewDocument };
  };

  it("a report read back from its JSON (amounts as digit strings) is an invalid_type, not a TypeError", async () => {
    const plan = parsePlan(referencePlanJson());
    // The department's report has spending: amounts that are digit strings, not Vnd.
    const fromJson = JSON.parse(renderMonthlyReportJson(department)) as MonthlyReport;
    const reviewFromJson = JSON.parse(renderPhaseReviewJson(review)) as PhaseReview;
    expect(thrownIssues(() => renderMonthlyReport(fromJson))).toEqual([{ path: ["report"], code: "invalid_type" }]);
    // The JSON writers only copy: the JSON read back writes the same JSON.
    expect(renderMonthlyReportJson(fromJson)).toBe(renderMonthlyReportJson(department));
    expect(thrownIssues(() => renderPhaseReview(reviewFromJson, { format: "text" }))).toEqual([{ path: ["review"], code: "invalid_type" }]);
    expect(renderPhaseReviewJson(reviewFromJson)).toBe(renderPhaseReviewJson(review));
    expect(thrownIssues(() => spendingChart(reviewFromJson))).toEqual([{ path: ["review"], code: "invalid_type" }]);
    const { renderMonthlyReportDocument, renderPhaseReviewDocument } = await documents();
    expect(thrownIssues(() => renderPhaseReviewDocument(plan, reviewFromJson, { format: "html" }))).toEqual([{ path: ["review"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderMonthlyReportDocument(plan, { ...press, quotas: null } as never, { format: "html" }))).toEqual([{ path: ["report"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderMonthlyReportDocument(plan, fromJson, { format: "text" }))).toEqual([{ path: ["report"], code: "invalid_type" }]);
    // Bad options are still reported as such.
    expect(thrownIssues(() => renderMonthlyReport(fromJson, { format: "pdf" as never }))).toEqual([{ path: ["options", "format"], code: "invalid_value" }]);
  });

  it("a report changed by hand: missing lists and impossible counts are an invalid_type", () => {
    expect(thrownIssues(() => renderMonthlyReport({ ...press, quotas: null } as never))).toEqual([{ path: ["report"], code: "invalid_type" }]);
    const nan = { ...review, units: review.units.map((u) => ({ ...u, requiredToDate: Number.NaN })) };
    expect(thrownIssues(() => renderPhaseReview(nan))).toEqual([{ path: ["review"], code: "invalid_type" }]);
    expect(thrownIssues(() => attainmentChart(nan))).toEqual([{ path: ["review"], code: "invalid_type" }]);
    // A count that is not one is never written as "NaN" or "Infinity".
    const nanRequired = { ...press, quotas: press.quotas.map((q) => ({ ...q, outlets: q.outlets.map((o) => ({ ...o, required: Number.NaN })) })) };
    expect(thrownIssues(() => renderMonthlyReport(nanRequired))).toEqual([{ path: ["report"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderMonthlyReport({ ...press, quotas: press.quotas.map((q) => ({ ...q, counted: Infinity })) }))).toEqual([{ path: ["report"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderMonthlyReport({ ...department, activities: { ...department.activities, events: Number.NaN } }))).toEqual([{ path: ["report"], code: "invalid_type" }]);
  });

  it("the attainment chart draws each bar from the counts its label is written from", () => {
    const odd = { ...review, units: review.units.map((u) => ({ ...u, attainment: Number.NaN })) };
    const svg = attainmentChart(odd);
    expect(svg).not.toMatch(/NaN|undefined/);
    expect(svg).toBe(attainmentChart(review));
  });
});

describe("long tables (the writer's helpers)", () => {
  it("write a table of 500,000 rows in both formats without overflowing the call stack", async () => {
    const { writeBlocks } = await import("../../src/report/_lib/render.js");
    const rows = Array.from({ length: 500_000 }, (_, i) => [String(i % 7)]);
    const block = { kind: "table" as const, table: { headers: ["Số"], rows, numeric: [0] } };
    const text = writeBlocks([block], { format: "text", language: "vi", width: 28 });
    const markdown = writeBlocks([block], { format: "markdown", language: "vi", width: 28 });
    expect(text.length).toBe(7 * (500_000 + 4));
    expect(text.endsWith("|  3 |\n+----+\n")).toBe(true);
    expect(markdown.length).toBe(6 * 500_000 + "| Số |\n|---:|\n".length);
  });
});

describe("quotas per half-year and per year", () => {
  it("are named in each language, never with the English period inside the Vietnamese text", () => {
    const json = referencePlanJson() as unknown as { channels: { quotas: { per: string }[] }[] };
    json.channels[0]!.quotas[0]!.per = "year";
    json.channels[1]!.quotas[0]!.per = "half-year";
    const { review: yearly } = build(json as unknown as PlanJson);
    const vi = renderPhaseReview(yearly);
    expect(vi).toContain("Mức: tối thiểu 2/năm.");
    expect(vi).toContain("Mức: tối thiểu 1/6 tháng.");
    expect(vi).not.toMatch(/half-year|\/year/);
    const en = renderPhaseReview(yearly, { language: "en" });
    expect(en).toContain("Minimum: at least 2 per year.");
    expect(en).toContain("Minimum: at least 1 per half-year.");
  });
});

describe("the deadlines of weekly, half-yearly and yearly reports", () => {
  it("are named by their period in words, never by its key (2017-W35, 2017-H2)", async () => {
    const { periodText } = await import("../../src/report/_lib/render.js");
    expect(periodText("2017-W35", "vi")).toBe("tuần 35/2017");
    expect(periodText("2017-W05", "en")).toBe("week 5 of 2017");
    expect(periodText("2017-H1", "vi")).toBe("6 tháng đầu năm 2017");
    expect(periodText("2017-H2", "en")).toBe("second half of 2017");
    expect(periodText("2017", "vi")).toBe("năm 2017");
    expect(periodText("2017-08", "vi")).toBe("tháng 8/2017");
    expect(periodText("2017-Q3", "vi")).toBe("quý III/2017");
    for (const every of ["week", "half-year"] as const) {
      const json = referencePlanJson() as unknown as { reporting: { every?: string; due?: unknown }[] };
      json.reporting[0]!.every = every;
      delete json.reporting[0]!.due;
      const plan = parsePlan(json as unknown as PlanJson);
      const report = monthlyReport(plan, "ldld-tinh", every === "week" ? "2017-08" : "2017-11", [], { asOf: "2017-08-03" });
      expect(report.upcomingDeadlines.length).toBeGreaterThan(0);
      expect(renderMonthlyReport(report)).not.toMatch(/\d{4}-(W\d\d|H[12])/);
    }
  });
});
