import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  OBSERVANCES,
  buildTimeline,
  expandDeadlines,
  findTimeExpressions,
  formatDocumentReference,
  isPlanError,
  lintPlan,
  parseDocumentReference,
  parsePlan,
  parseTimeExpression,
  planToJSON,
  toICalendar,
  type Plan,
  type Unit,
} from "../../src/index.js";
import { datesNamedIn, ellipsesNotIn, flatText, isoDatesOf } from "./_lib/transcription.js";

// examples/son-la-2019/plan.json: the start of Kế hoạch 82/KH-LĐLĐ of 28/03/2019 of the LĐLĐ tỉnh Sơn La,
// "Tuyên truyền và tổ chức các hoạt động kỷ niệm 90 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929-28/7/2019)"
// (examples/documents/corpus/son-la-82-kh-ldld-2019.txt), as published on the federation's site: the page
// stops in the middle of purpose 2, so the plan is partial.
const source = readFileSync(new URL("../../examples/documents/corpus/son-la-82-kh-ldld-2019.txt", import.meta.url), "utf8");
const lines = source.split("\n");
/** Line `n` of the text file, counting from 1 as an editor does. */
const line = (n: number): string => {
  const found = lines[n - 1];
  if (found === undefined) throw new Error(`no line ${n}`);
  return found;
};
/** Line `n` without its indentation and its label ("1. ", "I. "). */
const body = (n: number): string => line(n).trim().replace(/^[0-9IVX]+\.\s+/u, "");

const planText = readFileSync(new URL("../../examples/son-la-2019/plan.json", import.meta.url), "utf8");
const plan: Plan = parsePlan(JSON.parse(planText));

const unit = (id: string): Unit => {
  const found = plan.units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
};

describe("Kế hoạch 82/KH-LĐLĐ of the LĐLĐ tỉnh Sơn La (examples/son-la-2019/plan.json)", () => {
  it("is the text the test reads: it stops in the middle of purpose 2", () => {
    expect(line(1)).toMatch(/^SOURCE: http:\/\/congdoansonla\.org\.vn\/.* \| LĐLĐ tỉnh Sơn La \| 82\/KH-LĐLĐ \| 28\/03\/2019$/u);
    expect(lines).toHaveLength(45); // 44 lines and the final newline
    expect(line(45)).toBe("");
    expect(line(44).endsWith("tạo sự chuyển biến mới trong hoạt động Công đoàn; c")).toBe(true);
  });

  it("parses as a version-2 plan", () => {
    expect(plan.schemaVersion).toBe(2);
    expect(plan.id).toBe("son-la-82-kh-ldld-2019-ky-niem-90-nam-cdvn");
    expect(plan.language).toBe("vi");
  });

  it("has the header: superior body, issuer, number, place, date, title", () => {
    // Line 7: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", the body above the issuer.
    // Line 9: "LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA", the issuer.
    const issuer = unit(plan.header.issuerId);
    expect(issuer.name.toLocaleUpperCase("vi")).toBe(line(9).trim());
    expect(issuer).toMatchObject({ kind: "provincial-federation", level: "province", parentId: "tld" });
    const superior = unit(issuer.parentId!);
    expect(superior.name.toLocaleUpperCase("vi")).toBe(line(7).trim());
    expect(superior).toMatchObject({ kind: "confederation", level: "central" });
    expect(superior).not.toHaveProperty("parentId");

    // Line 15: "Số: 82/KH-LĐLĐ".
    expect(line(15).trim()).toBe("Số: 82/KH-LĐLĐ");
    const number = parseDocumentReference(line(15).trim().slice("Số: ".length));
    expect(number).toEqual({ number: "82", type: "KH", issuer: "LĐLĐ", system: "state" });
    expect([plan.header.documentNumber, plan.header.documentType, plan.header.issuerCode]).toEqual([number.number, number.type, number.issuer]);

    // Line 25: "Sơn La, ngày 28 tháng 03 năm 2019".
    expect(line(25)).toBe("Sơn La, ngày 28 tháng 03 năm 2019");
    expect(plan.header.place).toBe("Sơn La");
    const date = parseTimeExpression("ngày 28 tháng 03 năm 2019");
    expect(date).toEqual({ kind: "window", window: { start: "2019-03-28", end: "2019-03-28" } });
    expect(plan.header.issuedOn).toBe("2019-03-28");
    expect(plan.header).not.toHaveProperty("issuedIn");

    // Lines 28, 30, 32: "KẾ HOẠCH" / "Tuyên truyền và tổ chức các hoạt động kỷ niệm 90 năm" / "Ngày thành lập Công đoàn Việt Nam (28/7/1929-28/7/2019)".
    expect(plan.header.title).toBe(line(28));
    expect(plan.header.subject).toBe(`${line(30)} ${line(32)}`);
    // Lines 2 and 5 (the page's headline) give the same title and subject.
    expect(line(2)).toBe(`${plan.header.title} ${plan.header.subject}`);
    expect(line(5)).toBe(line(2));
    expect(plan.header.coIssuerIds).toEqual([]);
  });

  it("is based on Kế hoạch 07/KH-TLĐ of 31/01/2019 of the Đoàn Chủ tịch TLĐ", () => {
    // Line 36: "Thực hiện Kế hoạch số 07/KH-TLĐ ngày 31/01/2019 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về việc …;"
    expect(plan.header.legalBases).toHaveLength(1);
    const basis = plan.header.legalBases[0]!;
    expect(line(36)).toContain(`Thực hiện ${basis.kind} số ${basis.reference} ngày 31/01/2019 của ${basis.issuer} ${basis.summary};`);
    expect(parseDocumentReference(basis.reference!)).toEqual({ number: "07", type: "KH", issuer: "TLĐ", system: "state" });
    expect(formatDocumentReference(parseDocumentReference(basis.reference!))).toBe("07/KH-TLĐ");
    expect(parseTimeExpression("ngày 31/01/2019")).toEqual({ kind: "window", window: { start: basis.issuedOn, end: basis.issuedOn } });
    expect(basis.issuedOn).toBe("2019-01-31");
    expect(basis).not.toHaveProperty("title");
    // Its issuer, the Đoàn Chủ tịch of the TLĐ, is not a unit of the plan: named as text, no issuerId.
    expect(basis).not.toHaveProperty("issuerId");
    expect(plan.units.some((u) => u.name === basis.issuer)).toBe(false);
  });

  it("keeps the opening paragraphs, and the Ban Thường vụ that drew the plan up, under the federation", () => {
    // Lines 36 and 38, word for word.
    expect(plan.header.background).toEqual([line(36).trim(), line(38).trim()]);
    // Line 38: "Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng kế hoạch triển khai thực hiện như sau:"
    const standing = unit("ban-thuong-vu-ldld-son-la");
    expect(standing).toMatchObject({ kind: "presidium", parentId: plan.header.issuerId, level: "province" });
    expect(line(38)).toContain(`${standing.shortName} xây dựng kế hoạch`);
    expect(plan.units.map((u) => u.id)).toEqual(["tld", "ldld-son-la", "ban-thuong-vu-ldld-son-la"]);
  });

  it("has the purposes of part I as far as the text goes", () => {
    // Line 40: "I. MỤC ĐÍCH YÊU CẦU"; lines 42 and 44: purposes 1 and 2, the second cut off.
    expect(line(40).trim()).toBe("I. MỤC ĐÍCH YÊU CẦU");
    expect(plan.purposes.map((p) => [p.label, p.text])).toEqual([
      ["1", body(42)],
      ["2", body(44)],
    ]);
    expect(plan.purposes[1]!.text.endsWith("; c")).toBe(true); // as the page stops
    expect(plan.requirements).toEqual([]);
    expect(plan.objectives).toEqual([]);
  });

  it("stores no part the text does not reach", () => {
    expect(plan.audiences).toEqual([]);
    expect(plan.themes).toEqual([]);
    expect(plan.tasks).toEqual([]);
    expect(plan.phases).toEqual([]);
    expect(plan.channels).toEqual([]);
    expect(plan.funding).toEqual({ sources: [], provisions: [] });
    expect(plan.responsibilities).toEqual([]);
    expect(plan.reporting).toEqual([]);
    expect(plan.closing).toEqual([]);
    expect(plan.recipients).toEqual([]);
    expect(plan).not.toHaveProperty("archive");
    expect(plan).not.toHaveProperty("budget");
    expect(plan.appendices).toEqual([]);
    // The signature is after the cut.
    expect(plan).not.toHaveProperty("signatory");
    expect(plan.coSignatories).toEqual([]);
  });

  it("says where it comes from: the start of a page of the federation's site (line 1), cut off", () => {
    expect(plan.provenance?.kind).toBe("excerpt");
    expect(line(1)).toBe(`SOURCE: ${plan.provenance?.url} | LĐLĐ tỉnh Sơn La | 82/KH-LĐLĐ | 28/03/2019`);
    expect(plan.provenance?.notes).toHaveLength(3);
    expect(plan.provenance?.notes[0]).toContain("dừng giữa mục đích 2 của Mục I (ở chữ “; c”)");
    expect(plan.provenance?.notes[1]).toBe("Không có: phần còn lại của Mục I và các mục sau, thời gian thực hiện, nơi nhận, chữ ký.");
    // Line 4, when the page was posted, is named in the notes as left out.
    expect(plan.provenance?.notes[2]).toContain(line(4));
  });

  it("holds no placeholder: no ellipsis, and every date one the text gives", () => {
    const json: unknown = JSON.parse(planText);
    expect(ellipsesNotIn(json, flatText(source))).toEqual([]);
    expect(planText).not.toMatch(/…|\.\.\./u);
    const named = datesNamedIn(flatText(source), { referenceDate: plan.header.issuedOn! });
    const dates = isoDatesOf(json);
    expect(dates.map((d) => [d.path, d.text])).toEqual([
      ["header.issuedOn", "2019-03-28"],
      ["header.legalBases.0.issuedOn", "2019-01-31"],
    ]);
    for (const { path, text: date } of dates) expect(named.has(date), `${path}: ${date}`).toBe(true);
  });

  it("has no window: the part the text gives states no time of implementation; the 90 years in the title are the anniversary", () => {
    expect(plan).not.toHaveProperty("window");
    expect(plan).not.toHaveProperty("windowText");
    expect(plan.phases).toEqual([]);
    // Line 32: "(28/7/1929-28/7/2019)" reads as the 90 years from the founding day to the anniversary.
    expect(parseTimeExpression("28/7/1929-28/7/2019")).toEqual({ kind: "window", window: { start: "1929-07-28", end: "2019-07-28" } });
    // "Ngày thành lập Công đoàn Việt Nam" is the union calendar's founding day, 28 July: in 2019, the anniversary.
    expect(OBSERVANCES.find((o) => o.name === "Ngày thành lập Công đoàn Việt Nam")?.rule).toEqual({ kind: "day", month: 7, day: 28 });
    const found = findTimeExpressions(line(32), { referenceDate: plan.header.issuedOn! });
    expect(found.map((f) => [f.text, f.expression])).toEqual([
      ["Ngày thành lập Công đoàn Việt Nam", { kind: "window", window: { start: "2019-07-28", end: "2019-07-28" } }],
      ["28/7/1929-28/7/2019", { kind: "window", window: { start: "1929-07-28", end: "2019-07-28" } }],
    ]);
    // Line 4, "Thứ tư - 27/03/2019 22:30", is when the page was posted (the day before the plan's date): not stored.
    expect(line(4)).toBe("Thứ tư - 27/03/2019 22:30");
    expect(planText).not.toContain("2019-03-27");
  });

  it("lints with the two findings that README.md reviews", () => {
    const findings = lintPlan(plan);
    expect(findings.map((f) => [f.severity, f.code, f.path.join(".")])).toEqual([
      ["warning", "plan_without_window", "window"],
      ["info", "unit_never_used", "units.2"],
    ]);
    expect(findings[0]!.details).toEqual({ provenance: "excerpt" });
    expect(findings[1]!.details).toEqual({ unitId: "ban-thuong-vu-ldld-son-la", kind: "presidium" });
    // The page stops before the signature: an excerpt, so no signatory_missing.
    expect(lintPlan(plan, { rules: ["signatory_missing"] })).toEqual([]);
    // Numbered and dated; the legal basis (31/01/2019) comes before the plan (28/03/2019).
    expect(lintPlan(plan, { rules: ["plan_number_missing", "plan_date_missing", "legal_basis_after_plan"] })).toEqual([]);
  });

  it("has no deadline and no dated row in the part the text gives", () => {
    expect(expandDeadlines(plan)).toEqual([]);
    expect(buildTimeline(plan)).toEqual([]);
  });

  it("exports an empty calendar, the stamp taken from the plan's own window", () => {
    // Without phases, the default stamp is the start of the plan's own window (open: no row of its own).
    expect(toICalendar(plan)).not.toContain("BEGIN:VEVENT");
    const ics = toICalendar(plan, { dtstamp: "2019-03-28T00:00:00+07:00" });
    expect(ics.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//cong-doan-ke-hoach//Ke hoach tuyen truyen//VI",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:son-la-82-kh-ldld-2019-ky-niem-90-nam-cdvn",
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
