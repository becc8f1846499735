/**
 * examples/cd-ngan-hang-2025/plan.json: Kế hoạch 1472/KH-CĐNH (17/09/2025) of the Ban Thường vụ Công đoàn
 * Ngân hàng Việt Nam on its 8th Congress, as the sections an article quotes give it. Each fact is checked
 * against the text; "line N" is the line of examples/documents/corpus/cd-ngan-hang-1472-kh-cdnh-2025.txt.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import type addFormatsType from "ajv-formats";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  buildTimeline,
  expandDeadlines,
  findTimeExpressions,
  formatDocumentReference,
  isPlanError,
  lintPlan,
  parseDocumentReference,
  parsePlan,
  parseTimeExpression,
  planJsonSchema,
  planToJSON,
  safeParseVnd,
  toICalendar,
} from "../../src/index.js";
import { datesNamedIn, ellipsesNotIn, flatText, isoDatesOf } from "./_lib/transcription.js";

const json: unknown = JSON.parse(readFileSync(new URL("../../examples/cd-ngan-hang-2025/plan.json", import.meta.url), "utf8"));
const source = readFileSync(new URL("../../examples/documents/corpus/cd-ngan-hang-1472-kh-cdnh-2025.txt", import.meta.url), "utf8");
const plan = parsePlan(json);
const referenceDate = "2025-09-17";
const unit = (id: string) => plan.units.find((u) => u.id === id);
const appendix = (id: string) => plan.appendices.find((a) => a.id === id);
const task = (id: string) => plan.tasks.find((t) => t.id === id)?.text ?? "";

describe("the document", () => {
  it("parses, follows the shipped JSON Schema and round-trips through planToJSON", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (createRequire(import.meta.url)("ajv-formats") as typeof addFormatsType)(ajv);
    const validate = ajv.compile(planJsonSchema());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(parsePlan(planToJSON(plan))).toEqual(plan);
    expect(Object.isFrozen(plan.appendices[0]?.items)).toBe(true);
  });

  it("stores the document's own words: every text is in the source, bold marks and line breaks aside", () => {
    const flat = source.replace(/\*\*/g, "").replace(/\s+/g, " ");
    const texts = [
      ...plan.header.background,
      ...plan.purposes.map((p) => p.text),
      ...plan.themes.map((t) => t.text),
      ...plan.tasks.flatMap((t) => [t.text, t.title ?? ""]),
      ...plan.responsibilities.flatMap((r) => [r.title, ...r.duties.map((d) => d.text)]),
      ...plan.appendices.flatMap((a) => [a.title, ...a.paragraphs, ...a.items.flatMap((i) => [i.text, i.windowText ?? ""])]),
      ...plan.units.map((u) => u.name),
      ...plan.header.legalBases.flatMap((b) => [b.summary ?? "", b.issuer ?? "", b.reference ?? ""]),
    ].filter((t) => t !== "");
    expect(texts.length).toBeGreaterThan(40);
    // Line 17 starts "Theo đó, căn cứ …" (the article's words before the plan's): stored from "Căn cứ".
    const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
    for (const text of texts) expect(flat.includes(text) || flat.includes(lowerFirst(text)), text).toBe(true);
  });

  it("says where it comes from: sections quoted by a Q&A article (line 1), and what they leave out", () => {
    expect(plan.provenance?.kind).toBe("excerpt");
    // Line 1 names a file of a GitHub repository, not a web address: no url.
    expect(source.split("\n")[0]).toMatch(/^SOURCE: github tnt305\/tai_lieu_noi_bo:src\/etl\/dataset\/349da7f7376381fb\.md /);
    expect(plan.provenance).not.toHaveProperty("url");
    expect(plan.provenance?.notes[0]).toContain("tnt305/tai_lieu_noi_bo, tệp src/etl/dataset/349da7f7376381fb.md");
    // Line 75: "Tại tiểu mục 3 Mục III Kế hoạch 1472/KH-CĐNH": the part on delegates, as the notes name it.
    expect(source).toContain("Tại tiểu mục 3 Mục III Kế hoạch 1472/KH-CĐNH năm 2025 nêu rõ như sau:");
    expect(plan.provenance?.notes[0]).toContain("tiểu mục 3 Mục III về số lượng đại biểu");
    expect(plan.provenance?.notes[1]).toBe("Không có: thời gian thực hiện kế hoạch, nơi ban hành, phần còn lại của Mục II và Mục III, nơi nhận, chữ ký.");
  });

  it("holds no placeholder: no ellipsis, and every date one the text gives", () => {
    expect(ellipsesNotIn(json, flatText(source))).toEqual([]);
    expect(JSON.stringify(json)).not.toMatch(/…|\.\.\./);
    const named = datesNamedIn(flatText(source), { referenceDate });
    const dates = isoDatesOf(json);
    expect(dates.map((d) => d.text)).toEqual(["2025-09-17", "2025-08-29", "2025-10-01", "2025-10-31", "2025-12-25", "2025-12-31"]);
    for (const { path, text: date } of dates) expect(named.has(date), `${path}: ${date}`).toBe(true);
  });
});

describe("the header", () => {
  it("is Kế hoạch 1472/KH-CĐNH of 17/9/2025 (line 13), issued by the Ban Thường vụ (line 19)", () => {
    const { header } = plan;
    expect(header.title).toBe("KẾ HOẠCH");
    expect(header.subject).toBe("Tổ chức Đại hội VIII Công đoàn Ngân hàng Việt Nam, nhiệm kỳ 2025-2030");
    expect(header.issuedOn).toBe("2025-09-17");
    const reference = `${header.documentNumber}/${header.documentType}-${header.issuerCode}`;
    expect(reference).toBe("1472/KH-CĐNH");
    expect(parseDocumentReference(reference)).toEqual({ number: "1472", type: "KH", issuer: "CĐNH", system: "state" });
    expect(header.place).toBeUndefined(); // the quoted parts give no place of issue
  });

  it("has the issuer as a presidium under a central sector union under the Tổng Liên đoàn", () => {
    const issuer = unit(plan.header.issuerId);
    expect(issuer).toMatchObject({ name: "Ban Thường vụ Công đoàn Ngân hàng Việt Nam", kind: "presidium", parentId: "cdnh" });
    expect(unit("cdnh")).toMatchObject({ name: "Công đoàn Ngân hàng Việt Nam", shortName: "CĐNHVN", kind: "sector-union", level: "central", parentId: "tld" });
    expect(unit("tld")).toMatchObject({ name: "Tổng Liên đoàn Lao động Việt Nam", kind: "confederation" });
    expect(unit("tld")?.parentId).toBeUndefined();
  });

  it("names the six bodies the text has act, and no other", () => {
    expect(plan.units.map((u) => [u.id, u.kind])).toEqual([
      ["tld", "confederation"],
      ["doan-chu-tich-tld", "presidium"], // lines 17, 77, 83, 87
      ["cdnh", "sector-union"],
      ["ban-chap-hanh-cdnh", "executive-committee"], // lines 37, 81, 83
      ["ban-thuong-vu-cdnh", "presidium"], // lines 19, 41, 83
      ["thuong-truc-btv-cdnh", "presidium"], // line 41
    ]);
  });

  it("is based on 22/KH-TLĐ (dated 29/8/2025 on line 77), 513/TLĐ-QHLĐ and 1471/KH-CĐNH (line 17)", () => {
    const bases = plan.header.legalBases;
    expect(bases.map((b) => [b.kind, b.reference, b.issuedOn])).toEqual([
      ["Kế hoạch", "22/KH-TLĐ", "2025-08-29"],
      ["Công văn", "513/TLĐ-QHLĐ", undefined], // line 17: "năm 2025", no day
      ["Kế hoạch", "1471/KH-CĐNH", undefined], // line 17: "năm 2025", no day
    ]);
    expect(bases.map((b) => b.issuer)).toEqual([
      "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
      "Tổng Liên đoàn Lao động Việt Nam",
      "Ban Thường vụ Công đoàn Ngân hàng Việt Nam",
    ]);
    // Each issuer is a unit of the plan, by the name the text gives it.
    expect(bases.map((b) => b.issuerId)).toEqual(["doan-chu-tich-tld", "tld", "ban-thuong-vu-cdnh"]);
    for (const b of bases) expect(unit(b.issuerId!)?.name, b.id).toBe(b.issuer);
    for (const { reference } of bases) expect(formatDocumentReference(parseDocumentReference(reference ?? ""))).toBe(reference);
    expect(parseDocumentReference("513/TLĐ-QHLĐ")).toMatchObject({ system: "letter", issuer: "TLĐ", drafter: "QHLĐ" });
    // Line 77: "Căn cứ Kế hoạch 22/KH-TLĐ ngày 29/8/2025" is where the day comes from.
    expect(parseTimeExpression("ngày 29/8/2025", { referenceDate })).toEqual({ kind: "window", window: { start: "2025-08-29", end: "2025-08-29" } });
  });
});

describe("time", () => {
  it("has no phase and no window: the quoted parts do not give the plan's time of implementation", () => {
    expect(plan.phases).toEqual([]);
    expect(plan.window).toBeUndefined();
    expect(plan.windowText).toBeUndefined();
    // Every "thời gian" (time) of the text is the congress's (lines 17, 19, 49), which the schedule holds.
    expect(source.match(/thời gian/giu)).toHaveLength(3);
    expect(source.match(/thời gian (?:tổ chức )?đại hội/giu)).toHaveLength(3);
  });

  it("reads the terms as the whole years they name (lines 19, 23, 25)", () => {
    const term = (text: string) => findTimeExpressions(text, { referenceDate }).filter((f) => f.text.startsWith("nhiệm kỳ")).map((f) => [f.text, f.expression]);
    expect(term(plan.header.subject)).toEqual([["nhiệm kỳ 2025-2030", { kind: "window", window: { start: "2025-01-01", end: "2030-12-31" } }]]);
    expect(term(plan.themes[0]!.text)).toEqual([
      ["nhiệm kỳ 2023-2028", { kind: "window", window: { start: "2023-01-01", end: "2028-12-31" } }],
      ["nhiệm kỳ 2025-2030", { kind: "window", window: { start: "2025-01-01", end: "2030-12-31" } }],
    ]);
    expect(term(plan.themes[1]!.text)).toEqual([["nhiệm kỳ 2026-2031", { kind: "window", window: { start: "2026-01-01", end: "2031-12-31" } }]]);
    // Lines 67 and 71 write the same term "2025- 2030" and "2025 2030".
    for (const text of ["nhiệm kỳ 2025- 2030", "nhiệm kỳ 2025 2030"]) {
      expect(plan.purposes.some((p) => p.text.includes(text))).toBe(true);
      expect(parseTimeExpression(text, { referenceDate })).toEqual({ kind: "window", window: { start: "2025-01-01", end: "2030-12-31" } });
    }
  });

  it("has the schedule of sections (2) and (4) as appendices of items, dated as the text dates them", () => {
    expect(plan.appendices.map((a) => [a.id, a.label, a.title, a.items.length])).toEqual([
      ["chuan-bi-bao-cao", undefined, "Chuẩn bị xây dựng dự thảo nội dung báo cáo trình Đại hội", 3], // lines 33-41
      ["thoi-gian-dai-hoi", undefined, "Thời gian tổ chức Đại hội", 1], // lines 49-51
    ]);
    const dated = plan.appendices.flatMap((a) => a.items).filter((i) => i.window !== undefined);
    expect(dated.map((i) => [i.id, i.windowText, i.window])).toEqual([
      ["de-cuong-bao-cao", "trong tháng 10/2025", { start: "2025-10-01", end: "2025-10-31" }], // line 37
      ["dai-hoi-viii", "trong tuần cuối tháng 12/2025", { start: "2025-12-25", end: "2025-12-31" }], // line 51
    ]);
    for (const item of dated) {
      expect(item.text).toContain(item.windowText);
      expect(parseTimeExpression(item.windowText ?? "", { referenceDate })).toEqual({ kind: "window", window: item.window });
      expect(item.window!.start >= plan.header.issuedOn!).toBe(true);
    }
    // Line 51: one day (two sessions), planned ("dự kiến"): kept in the text, the model has no field for it.
    expect(appendix("thoi-gian-dai-hoi")?.items[0]).toMatchObject({ unitIds: ["cdnh"] });
    expect(appendix("thoi-gian-dai-hoi")?.items[0]?.text).toContain("dự kiến diễn ra 01 ngày (02 buổi)");
    // Lines 39 and 41: the next two steps have no date; line 41 names who does the last.
    expect(appendix("chuan-bi-bao-cao")?.items.map((i) => [i.id, i.window, i.unitIds])).toEqual([
      ["de-cuong-bao-cao", { start: "2025-10-01", end: "2025-10-31" }, []],
      ["du-thao-bao-cao", undefined, []],
      ["hoan-chinh-bao-cao", undefined, ["thuong-truc-btv-cdnh"]],
    ]);
  });
});

describe("content", () => {
  it("has the five purposes of Mục I (lines 61-71), the first with its motto (line 63)", () => {
    expect(plan.purposes).toHaveLength(5);
    expect(plan.purposes[0]?.text).toMatch(/theo phương châm: “Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển”$/);
    expect(plan.requirements).toEqual([]); // Mục I is "Mục đích, yêu cầu" in one list: stored as purposes
    expect(plan.slogans).toEqual([]);
  });

  it("has the five items of the congress's content (lines 23-31) as themes", () => {
    expect(plan.themes.map((t) => t.text.slice(0, 20))).toEqual([
      "Thảo luận, thông qua",
      "Tham gia góp ý dự th",
      "Tham gia ý kiến sửa ",
      "Tổng hợp kiến nghị c",
      "Bầu Ban Chấp hành, B",
    ]);
  });

  it("has the discussion (lines 45, 47) and the delegate numbers (lines 79-87) as tasks", () => {
    expect(plan.tasks.map((t) => [t.id, t.title])).toEqual([
      ["thao-luan-1", "Thảo luận tại Đại hội"],
      ["thao-luan-2", "Thảo luận tại Đại hội"],
      ["dai-bieu-chinh-thuc", "Số lượng đại biểu tham dự Đại hội Công đoàn Ngân hàng Việt Nam khỏa VIIІ"],
      ["dai-bieu-chi-dinh", "Số lượng đại biểu tham dự Đại hội Công đoàn Ngân hàng Việt Nam khỏa VIIІ"],
      ["dai-bieu-khach-moi", "Số lượng đại biểu khách mời tham dự Đại hội Công đoàn Ngân hàng Việt Nam khóa VIII"],
      ["dai-bieu-di-du-dai-hoi-cdvn", "Số lượng đại biểu đi dự Đại hội Công đoàn Việt Nam khóa XIII"],
    ]);
  });
});

describe("caps", () => {
  const caps = (text: string) => [...text.matchAll(/không (?:vượt )?quá (\d+)(%| đại biểu)/g)].map((m) => [Number(m[1]), m[2]]);

  it("caps the delegates by count and share, as the text writes them (lines 81-85)", () => {
    expect(caps(task("dai-bieu-chinh-thuc"))).toEqual([[300, " đại biểu"]]); // line 81
    // Line 83: appointed delegates at most 5% of the official ones; beyond 300 official delegates only with the
    // Đoàn Chủ tịch's consent, and then at most 10% more.
    expect(caps(task("dai-bieu-chi-dinh"))).toEqual([[5, "%"], [10, "%"]]);
    expect(task("dai-bieu-chi-dinh")).toContain("vượt quá 300 đại biểu, Ban Chấp hành, Ban Thường vụ");
    expect(caps(task("dai-bieu-khach-moi"))).toEqual([[30, "%"]]); // line 85
    expect(task("dai-bieu-di-du-dai-hoi-cdvn")).toContain("Theo sự phân bổ"); // line 87: no figure
  });

  it("has no budget: the text gives no amount in đồng, only counts of delegates", () => {
    expect(plan.budget).toBeUndefined();
    expect(plan.funding).toEqual({ sources: [], provisions: [] });
    // "đồng" is in the source only as "đồng thời" (at the same time, line 67) and "đồng ý" (to agree,
    // line 83); no figure reads as money.
    expect([...source.matchAll(/đồng \S+/g)].map((m) => m[0])).toEqual(["đồng thời", "đồng ý"]);
    for (const figure of ["300 đại biểu", "5%", "10%", "30%"]) expect(safeParseVnd(figure).success).toBe(false);
  });
});

describe("responsibilities", () => {
  it("gives the duties the text assigns to named bodies (lines 41, 81, 83)", () => {
    expect(plan.responsibilities.map((r) => [r.title, r.unitIds, r.mode])).toEqual([
      ["Thường trực Ban Thường vụ", ["thuong-truc-btv-cdnh"], undefined],
      ["Ban Chấp hành Công đoàn Ngân hàng Việt Nam", ["ban-chap-hanh-cdnh"], undefined],
      ["Ban Chấp hành, Ban Thường vụ Công đoàn Ngân hàng Việt Nam", ["ban-chap-hanh-cdnh", "ban-thuong-vu-cdnh"], undefined],
    ]);
    const duties = plan.responsibilities.map((r) => r.duties.map((d) => d.text));
    expect(duties[0]).toEqual([appendix("chuan-bi-bao-cao")?.items[2]?.text]);
    expect(duties[1]).toEqual([task("dai-bieu-chinh-thuc")]);
    expect(duties[2]?.[0]).toMatch(/^Trường hợp nếu cần tăng thêm đại biểu chính thức vượt quá 300 đại biểu, .* trình Đoàn Chủ tịch/);
    expect(task("dai-bieu-chi-dinh").endsWith(duties[2]?.[0] ?? "-")).toBe(true);
  });

  it("names the other bodies each duty names: the Ban Thường vụ it consults (line 41), the Đoàn Chủ tịch it submits to (line 83)", () => {
    const named = plan.responsibilities.flatMap((r) => r.duties.map((d) => [d.id, d.unitIds]));
    expect(named).toEqual([
      ["resp-thuong-truc-btv-duty-1", ["ban-thuong-vu-cdnh"]],
      ["resp-ban-chap-hanh-duty-1", []],
      ["resp-bch-btv-duty-1", ["doan-chu-tich-tld"]],
    ]);
    const duty = (i: number) => plan.responsibilities[i]!.duties[0]!.text;
    expect(duty(0)).toContain(`xin ý kiến ${unit("ban-thuong-vu-cdnh")?.name} cho ý kiến`);
    expect(duty(2)).toContain(`trình ${unit("doan-chu-tich-tld")?.name} xem xét đồng ý`);
  });

  it("has no reporting duty, recipient or signature in the quoted parts", () => {
    expect(plan.reporting).toEqual([]);
    expect(plan.recipients).toEqual([]);
    expect(plan.archive).toBeUndefined();
    expect(plan.closing).toEqual([]);
    // The quoted parts have no signature block.
    expect(plan.signatory).toBeUndefined();
    expect(plan.coSignatories).toEqual([]);
  });
});

describe("the library's functions", () => {
  it("lint it with the findings reviewed in examples/cd-ngan-hang-2025/README.md", () => {
    const findings = lintPlan(plan);
    expect(findings.map((f) => [f.severity, f.code, f.path.join(".")])).toEqual([
      ["warning", "plan_without_window", "window"],
      ["warning", "unit_without_work", "responsibilities.1.unitIds.0"],
    ]);
    expect(findings.some((f) => f.severity === "error")).toBe(false);
    expect(findings[0]?.details).toEqual({ provenance: "excerpt" });
    expect(findings[1]?.details).toEqual({ unitId: "ban-chap-hanh-cdnh", responsibilityId: "resp-ban-chap-hanh" });
    // The Thường trực Ban Thường vụ has work: the schedule's item names it.
    expect(plan.appendices[0]?.items[2]?.unitIds).toEqual(["thuong-truc-btv-cdnh"]);
    // The Đoàn Chủ tịch is named by the issuerId of 22/KH-TLĐ and by a duty's unitIds: used.
    expect(plan.header.legalBases[0]?.issuerId).toBe("doan-chu-tich-tld");
    expect(plan.responsibilities[2]?.duties[0]?.unitIds).toEqual(["doan-chu-tich-tld"]);
    // The excerpt quotes no Nơi nhận and no signature: nothing to check, no finding.
    expect(plan.recipients).toEqual([]);
    expect(lintPlan(plan, { rules: ["unit_never_used", "responsible_unit_not_recipient", "signatory_missing"] })).toEqual([]);
  });

  it("expand no deadline: the text asks for no report", () => {
    expect(expandDeadlines(plan)).toEqual([]);
  });

  it("build a timeline of the schedule appendix's two dated items (the plan's window is open: no row of its own)", () => {
    expect(buildTimeline(plan).map((r) => [r.id, r.kind, r.start, r.end])).toEqual([
      ["schedule:de-cuong-bao-cao", "schedule", "2025-10-01", "2025-10-31"],
      ["schedule:dai-hoi-viii", "schedule", "2025-12-25", "2025-12-31"],
    ]);
  });

  it("write a calendar of the two schedule items, stamped at the start of the plan's window", () => {
    const ics = toICalendar(plan);
    expect(ics).toContain("DTSTAMP:20250916T170000Z");
    expect(ics.split("BEGIN:VEVENT").length - 1).toBe(2);
    expect(ics).toContain("CATEGORIES:schedule");
  });
});
