/** Names written in capitals above a plan's title, in the case a sentence writes them. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseName } from "../../../src/read/_lib/header.js";
import { readPlanText } from "../../../src/index.js";

describe("caseName", () => {
  it("writes a body's name as a sentence writes it, the place after it a proper name", () => {
    expect(caseName("LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA")).toBe("Liên đoàn Lao động tỉnh Sơn La");
    expect(caseName("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")).toBe("Tổng Liên đoàn Lao động Việt Nam");
    expect(caseName("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")).toBe("Ủy ban nhân dân thành phố Cần Thơ");
    expect(caseName("LIÊN ĐOÀN LAO ĐỘNG QUẬN 11")).toBe("Liên đoàn Lao động quận 11");
    expect(caseName("THÀNH ĐOÀN THÁI NGUYÊN")).toBe("Thành Đoàn Thái Nguyên");
  });

  it("reads the body a committee belongs to", () => {
    expect(caseName("BAN CHẤP HÀNH CÔNG ĐOÀN NGÂN HÀNG VIỆT NAM").startsWith("Ban Chấp hành Công đoàn ")).toBe(true);
  });

  it("keeps abbreviations (words without a vowel) in capitals", () => {
    expect(caseName("BCH ĐOÀN TRƯỜNG THPT CHUYÊN THÁI NGUYÊN")).toBe("BCH Đoàn trường THPT Chuyên Thái Nguyên");
    expect(caseName("LĐLĐ TP.HCM")).toBe("LĐLĐ TP.HCM");
  });

  it("leaves a name that is not all capitals as it is", () => {
    expect(caseName("Liên đoàn Lao động tỉnh Sơn La")).toBe("Liên đoàn Lao động tỉnh Sơn La");
  });

  it("changes only the case of the letters, and never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const out = caseName(s.toUpperCase());
        return out.toLowerCase() === s.toUpperCase().toLowerCase() || out.split(/\s+/u).join(" ").toLowerCase() === s.toUpperCase().split(/\s+/u).join(" ").toLowerCase();
      }),
    );
  });
});

describe("the issuing sentence", () => {
  const text = (sentence: string) =>
    ["LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA", "Số: 82/KH-LĐLĐ", "Sơn La, ngày 28 tháng 03 năm 2019", "KẾ HOẠCH", "Tuyên truyền kỷ niệm 90 năm", sentence, "I. MỤC ĐÍCH", "1. Tuyên truyền sâu rộng."].join("\n");

  it("names a unit of the plan: the Ban Thường vụ, the issuer's", () => {
    const { draft } = readPlanText(text("Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng kế hoạch triển khai thực hiện như sau:"));
    const units = draft.units as { id: string; name: string; kind: string; parentId?: string }[];
    const issuerId = (draft.header as { issuerId: string }).issuerId;
    const body = units.find((u) => u.kind === "presidium");
    expect(body).toMatchObject({ name: "Ban Thường vụ Liên đoàn Lao động tỉnh", parentId: issuerId });
  });

  it("adds no unit when it names the issuer itself, or nothing", () => {
    for (const sentence of ["Liên đoàn Lao động tỉnh xây dựng kế hoạch như sau:", "Xây dựng kế hoạch như sau:"]) {
      const units = readPlanText(text(sentence)).draft.units as { kind: string }[];
      expect(units.map((u) => u.kind)).toEqual(["provincial-federation"]);
    }
  });
});

describe("the lead of an article that reports a plan (no title line)", () => {
  const lead = "Ngày 17/9/2025, Công đoàn Ngân hàng Việt Nam ban hành Kế hoạch 1472/KH-CĐNH năm 2025 về việc tổ chức Đại hội VIII Công đoàn Ngân hàng Việt Nam, nhiệm kỳ 2025-2030.";
  const bases = "Theo đó, căn cứ Kế hoạch 22/KH-TLĐ năm 2025 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về tổ chức đại hội công đoàn các cấp; Công văn 513/TLĐ-QHLĐ năm 2025 của Tổng Liên đoàn Lao động Việt Nam về việc điều chỉnh thời gian đại hội.";

  it("gives the plan's number, date, subject and legal bases, as the sentence says them", () => {
    const { draft, unread } = readPlanText(["# Toàn văn Kế hoạch 1472/KH-CĐNH ra sao?", lead, bases, "Quý khách cần hỏi thêm thông tin."].join("\n\n"));
    const header = draft.header as Record<string, unknown>;
    expect(header).toMatchObject({ documentType: "KH", documentNumber: "1472", issuerCode: "CĐNH", issuedOn: "2025-09-17", subject: "tổ chức Đại hội VIII Công đoàn Ngân hàng Việt Nam, nhiệm kỳ 2025-2030" });
    expect(header.legalBases).toEqual([
      expect.objectContaining({ reference: "22/KH-TLĐ", issuer: "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", summary: "về tổ chức đại hội công đoàn các cấp" }),
      expect.objectContaining({ reference: "513/TLĐ-QHLĐ", issuer: "Tổng Liên đoàn Lao động Việt Nam", summary: "về việc điều chỉnh thời gian đại hội" }),
    ]);
    // The article's own paragraphs stay unread.
    expect(unread.map((u) => u.text)).toEqual(["# Toàn văn Kế hoạch 1472/KH-CĐNH ra sao?", "Quý khách cần hỏi thêm thông tin."]);
  });

  it("reads nothing of the plan from a sentence that does not name it by its number", () => {
    const { draft } = readPlanText([lead.replace("1472/KH-CĐNH năm 2025 ", ""), bases].join("\n\n"));
    const header = draft.header as Record<string, unknown>;
    expect(header.documentNumber).toBeUndefined();
    expect(header.subject).toBeUndefined();
    expect(header.legalBases).toBeUndefined();
  });
});
