import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skipLeads, tokenize } from "../../../src/calendar/phrases/normalize.js";

const kinds = (text: string) => tokenize(text).map((t) => `${t.k}:${t.t}`);

describe("tokenize", () => {
  it("folds case and diacritics, one token per word, number or mark", () => {
    expect(kinds("Từ THÁNG 7/2017 – tháng 5.2018, (thứ ba): “x”…")).toEqual([
      "w:tu", "w:thang", "n:7", "/:/", "n:2017", "-:-", "w:thang", "n:5", ".:.", "n:2018", ",:,", "(:(", "w:thu", "w:ba", "):)", ":::", "q:\u201c", "w:x", "q:\u201d", "?:\u2026",
    ]);
  });

  it("reads NFD as NFC, every dash as '-', every white space as a break", () => {
    expect(kinds("Tháng\u00a08\u2014tháng\u20099".normalize("NFD"))).toEqual(kinds("Tháng 8-tháng 9"));
    expect(kinds("a\u2010b\u2011c\u2012d\u2212e").filter((k) => k === "-:-")).toHaveLength(4);
  });

  it("keeps the place of every token in the original string", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Tháng", "năm", "2017", "/", "–", " ", "\u00a0", "\n", "Đ", "ư", "🎉", "quý"), { maxLength: 20 }), fc.boolean(), (parts, nfd) => {
        const text = nfd ? parts.join("").normalize("NFD") : parts.join("");
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.s).toBeGreaterThanOrEqual(last);
          expect(t.e).toBeGreaterThan(t.s);
          const written = text.slice(t.s, t.e).normalize("NFD").toLowerCase().replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
          if (t.k === "w" || t.k === "n") expect(written).toBe(t.t.replace("~", ""));
          last = t.e;
        }
      }),
    );
  });

  it("marks line breaks", () => {
    expect(tokenize("a\nb c\r\nd").map((t) => t.nl)).toEqual([false, true, false, true]);
  });

  it("in a text with diacritics, a keyword written without its own is another word", () => {
    expect(kinds("Việt Nam 2013").at(1)).toBe("w:~nam");
    expect(kinds("năm 2013").at(0)).toBe("w:nam");
    expect(kinds("Viet Nam 2013").at(1)).toBe("w:nam");
    expect(kinds("năm mới ngay").slice(1)).toEqual(["w:~moi", "w:~ngay"]);
  });
});

describe("skipLeads", () => {
  it.each([
    ["vào tháng 4/2018", 1],
    ["vào dịp Tháng Công nhân", 2],
    ["nhân dịp ngày 1/5", 2],
    ["Thời gian thực hiện: Tháng 7/2017", 5],
    ["thời gian: Tháng 7/2017", 3],
    ["trong tháng 10/2025", 1],
    ["trong năm", 0],
    ["trong năm 2018", 1],
    ["tháng 7/2017", 0],
  ])("%j skips %i tokens", (text, n) => {
    expect(skipLeads(tokenize(text), 0)).toBe(n);
  });
});
