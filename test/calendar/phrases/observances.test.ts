import { describe, expect, it } from "vitest";
import { OBSERVANCES } from "../../../src/calendar/phrases/observances.js";
import { parseVietnameseWindow } from "../../../src/calendar/parseVietnameseWindow.js";
import { daysInMonth } from "../../../src/calendar/isoDate.js";

const fold = (s: string) => s.normalize("NFD").toLowerCase().replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/[^a-z0-9]+/g, " ").trim();

describe("OBSERVANCES", () => {
  it("holds the union calendar's days and months with their dates", () => {
    const when = Object.fromEntries(OBSERVANCES.map((o) => [o.name, o.rule]));
    expect(when).toMatchObject({
      "Tháng Công nhân": { kind: "month", month: 5 },
      "Tháng hành động về an toàn, vệ sinh lao động": { kind: "month", month: 5 },
      "Tháng hành động vì bình đẳng giới": { kind: "span", start: { month: 11, day: 15 }, end: { month: 12, day: 15 } },
      "Tháng cao điểm Vì người nghèo": { kind: "span", start: { month: 10, day: 17 }, end: { month: 11, day: 18 } },
      "Tháng Thanh niên": { kind: "month", month: 3 },
      "Ngày thành lập Công đoàn Việt Nam": { kind: "day", month: 7, day: 28 },
      "Ngày Quốc tế Lao động": { kind: "day", month: 5, day: 1 },
      "Ngày Pháp luật Việt Nam": { kind: "day", month: 11, day: 9 },
      "Ngày Quốc khánh": { kind: "day", month: 9, day: 2 },
      "Ngày Quốc tế Phụ nữ": { kind: "day", month: 3, day: 8 },
      "Ngày Phụ nữ Việt Nam": { kind: "day", month: 10, day: 20 },
      "Ngày Giải phóng miền Nam": { kind: "day", month: 4, day: 30 },
      "Ngày thành lập Đảng Cộng sản Việt Nam": { kind: "day", month: 2, day: 3 },
      "Ngày sinh Chủ tịch Hồ Chí Minh": { kind: "day", month: 5, day: 19 },
      "Ngày Thương binh - Liệt sĩ": { kind: "day", month: 7, day: 27 },
      "Ngày Gia đình Việt Nam": { kind: "day", month: 6, day: 28 },
      "Ngày Quốc tế Hạnh phúc": { kind: "day", month: 3, day: 20 },
      "Ngày Doanh nhân Việt Nam": { kind: "day", month: 10, day: 13 },
      "Ngày Nhà giáo Việt Nam": { kind: "day", month: 11, day: 20 },
      "Ngày hội Đại đoàn kết toàn dân tộc": { kind: "day", month: 11, day: 18 },
      "Ngày Quốc tế xóa đói giảm nghèo": { kind: "day", month: 10, day: 17 },
      "Ngày vì người nghèo": { kind: "day", month: 10, day: 17 },
      "Ngày thành lập Đoàn TNCS Hồ Chí Minh": { kind: "day", month: 3, day: 26 },
      "Ngày thành lập Quân đội nhân dân Việt Nam": { kind: "day", month: 12, day: 22 },
      "Ngày Cách mạng Tháng Tám": { kind: "day", month: 8, day: 19 },
    });
  });

  it("has unique ids and names, real dates, and is frozen", () => {
    expect(new Set(OBSERVANCES.map((o) => o.id)).size).toBe(OBSERVANCES.length);
    const names = OBSERVANCES.flatMap((o) => [o.name, ...o.aliases].map(fold));
    expect(new Set(names).size).toBe(names.length);
    for (const o of OBSERVANCES) {
      expect(Object.isFrozen(o) && Object.isFrozen(o.rule) && Object.isFrozen(o.aliases)).toBe(true);
      expect(o.nameEn).toMatch(/^[\x20-\x7e\u00c0-\u1ef9]+$/);
      const days = o.rule.kind === "day" ? [o.rule] : o.rule.kind === "span" ? [o.rule.start, o.rule.end] : [];
      for (const d of days) expect(d.day).toBeLessThanOrEqual(daysInMonth(2001, d.month));
    }
    expect(Object.isFrozen(OBSERVANCES)).toBe(true);
  });

  it("every name and alias reads, with a year and with a reference date, as its rule says", () => {
    for (const o of OBSERVANCES) {
      const expected = o.rule.kind === "month"
        ? { start: `2024-${String(o.rule.month).padStart(2, "0")}-01`, end: `2024-${String(o.rule.month).padStart(2, "0")}-${daysInMonth(2024, o.rule.month)}` }
        : o.rule.kind === "day"
          ? { start: `2024-${String(o.rule.month).padStart(2, "0")}-${String(o.rule.day).padStart(2, "0")}`, end: `2024-${String(o.rule.month).padStart(2, "0")}-${String(o.rule.day).padStart(2, "0")}` }
          : { start: `2024-${String(o.rule.start.month).padStart(2, "0")}-${String(o.rule.start.day).padStart(2, "0")}`, end: `2024-${String(o.rule.end.month).padStart(2, "0")}-${String(o.rule.end.day).padStart(2, "0")}` };
      for (const name of [o.name, ...o.aliases]) {
        expect(parseVietnameseWindow(`${name} năm 2024`), name).toEqual(expected);
        expect(parseVietnameseWindow(`dịp ${name.toUpperCase()} 2024`), name).toEqual(expected);
        expect(parseVietnameseWindow(fold(name), { referenceDate: "2024-06-01" }), name).toEqual(expected);
      }
    }
  });
});

describe("ALL_ENDPOINTS", () => {
  it("is the lunar reader, then the solar endpoints in their order", async () => {
    const { ALL_ENDPOINTS } = await import("../../../src/calendar/phrases/endpoints.js");
    const { SOLAR_ENDPOINTS } = await import("../../../src/calendar/phrases/windows.js");
    const { readLunar } = await import("../../../src/calendar/phrases/parsers/lunar.js");
    expect(ALL_ENDPOINTS).toEqual([readLunar, ...SOLAR_ENDPOINTS]);
  });
});
