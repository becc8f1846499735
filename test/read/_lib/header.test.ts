/** Names written in capitals above a plan's title, in the case a sentence writes them. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseName } from "../../../src/read/_lib/header.js";

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
