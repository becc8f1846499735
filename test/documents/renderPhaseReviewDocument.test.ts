import { describe, expect, it } from "vitest";
import { formatVnd, phaseReview, renderPhaseReviewDocument, vndToWords, type PhaseReview } from "../../src/index.js";
import { thrownIssues } from "../thrownIssues.js";
import { elements, GRASSROOTS_UNIONS, MAGAZINE_ISSUES, referencePlan, referenceRecords, signatureBlocks, tableRows, textOf } from "./_lib.js";

const plan = referencePlan();
const review = phaseReview(plan, referenceRecords(plan), { asOf: "2018-04-30", issues: MAGAZINE_ISSUES, coverageUnits: GRASSROOTS_UNIONS });
const options = {
  place: "Hà Nội",
  date: "2018-04-27",
  sender: { name: "Ban Tuyên giáo", superior: "Tổng Liên đoàn Lao động Việt Nam", code: "TG" },
  recipients: ["Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"],
  signatory: { title: "Trưởng ban", name: "Nguyễn Văn A" },
} as const;

describe("renderPhaseReviewDocument", () => {
  const html = renderPhaseReviewDocument(plan, review, { format: "html", ...options });

  it("is the same document every time (snapshots of the three formats)", () => {
    expect(html).toMatchSnapshot("html");
    expect(renderPhaseReviewDocument(plan, review, { format: "markdown", ...options })).toMatchSnapshot("markdown");
    expect(renderPhaseReviewDocument(plan, review, { format: "text", ...options })).toMatchSnapshot("text");
  });

  it("the header, BÁO CÁO, the subject of the phase, Kính gửi", () => {
    expect(elements(html, "div", "superior")).toEqual(["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"]);
    expect(elements(html, "div", "issuer")).toEqual(["BAN TUYÊN GIÁO"]);
    expect(elements(html, "td", "number")).toEqual(["Số: ……../BC-TG"]);
    expect(elements(html, "td", "place-date")).toEqual(["Hà Nội, ngày 27 tháng 4 năm 2018"]);
    expect(elements(html, "h1", "type")).toEqual(["BÁO CÁO"]);
    expect(elements(html, "span", "subject-line")).toEqual(["Sơ kết giai đoạn 1 thực hiện Kế hoạch tuyên truyền về “Công đoàn vì lợi ích đoàn viên” và “Thiết chế Công đoàn”"]);
    expect(elements(html, "div", "addressees")).toEqual(["Kính gửi: Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam."]);
    expect(textOf(html)).toContain("Giai đoạn 1: từ tháng 7/2017 đến tháng 5/2018; số liệu tính đến ngày 30/04/2018.");
    expect(signatureBlocks(html)).toEqual([["TRƯỞNG BAN", "Nguyễn Văn A"]]);
  });

  it("by default: the plan's issuer sends it to the recipient of the plan's phase report; the signature is left to fill in", () => {
    const out = renderPhaseReviewDocument(plan, review, { format: "html" });
    expect(elements(out, "div", "issuer")).toEqual(["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"]);
    expect(elements(out, "td", "number")).toEqual(["Số: ……../BC-TLĐ"]);
    expect(elements(out, "div", "addressees")).toEqual(["Kính gửi: Tổng Liên đoàn Lao động Việt Nam."]);
    expect(signatureBlocks(out)).toEqual([["………………", "………………"]]);
  });

  it("the six sections with the review's figures: quotas, budget and its words", () => {
    expect(elements(html, "h2", "part")).toEqual(["I. KẾT QUẢ THEO KÊNH TUYÊN TRUYỀN", "II. CHỈ TIÊU BÀI VIẾT/CHƯƠNG TRÌNH", "III. SẢN PHẨM", "IV. ĐỘ BAO PHỦ", "V. KINH PHÍ", "VI. CÁC VẤN ĐỀ CÒN TỒN TẠI CỦA KẾ HOẠCH"]);
    const tables = tableRows(html);
    const bySection = tables.find((t) => t[0]!.join("|") === "Mục|Nội dung|Dự toán (đồng)|Đã chi (đồng)|Tỷ lệ")!;
    const money = (v: Parameters<typeof formatVnd>[0]) => formatVnd(v, { symbol: "none" });
    review.budget.bySection.forEach((s, i) => expect(bySection[i + 1]!.slice(1, 4)).toEqual([s.title, money(s.estimate), money(s.spent)]));
    expect(bySection.at(-1)!.slice(1, 4)).toEqual(["Tổng cộng", money(review.budget.estimate), money(review.budget.spent)]);
    expect(money(review.budget.estimate)).toBe("151.500.000");
    expect(textOf(html)).toContain(`Tổng dự toán: ${formatVnd(review.budget.estimate)}. Bằng chữ: ${vndToWords(review.budget.estimate)}.`);
    const byQuota = tables.find((t) => t[0]![1] === "Chỉ tiêu")!;
    review.quotas.forEach((q, i) => expect(byQuota[i + 1]![1]).toBe(q.label));
  });

  it("misuse", () => {
    expect(thrownIssues(() => renderPhaseReviewDocument(plan, {} as PhaseReview, { format: "html" }))).toEqual([{ path: ["review"], code: "invalid_type" }]);
    expect(thrownIssues(() => renderPhaseReviewDocument(plan, review, { format: "docx" as never }))).toEqual([{ path: ["options", "format"], code: "invalid_value" }]);
    expect(thrownIssues(() => renderPhaseReviewDocument(plan, { ...review, plan: { ...review.plan, id: "x" } }, { format: "text" }))).toEqual([{ path: ["review", "plan", "id"], code: "invalid_value" }]);
  });
});

describe("renderPhaseReviewDocument of a plan without phases (version 2)", () => {
  it("reviews the plan over its own window: 'Sơ kết thực hiện …', the window as the period, no phase named", async () => {
    const { parsePlan } = await import("../../src/index.js");
    const { referenceJson } = await import("./_lib.js");
    const json = referenceJson() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    json["schemaVersion"] = 2;
    json["window"] = json["phases"][0].window;
    json["phases"] = [];
    for (const c of json["channels"]) for (const q of c.quotas) delete q.phaseId;
    for (const d of json["reporting"]) delete d.phaseId;
    const own = parsePlan(json);
    const ownReview = phaseReview(own, referenceRecords(own), { asOf: "2018-04-30", issues: MAGAZINE_ISSUES });
    const text = renderPhaseReviewDocument(own, ownReview, { format: "text", ...options });
    expect(text).toContain("Sơ kết thực hiện");
    // No phase named by the document (the lint findings it lists may quote the plan's own titles, which do).
    expect(text.replace(/"[^"]*"/g, '""')).not.toMatch(/giai đoạn 1|undefined/i);
    expect(text).toContain("Thời gian: từ tháng 7/2017 đến tháng 5/2018; số liệu tính đến ngày 30/04/2018.");
  });
});
