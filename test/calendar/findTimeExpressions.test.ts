import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTimeExpressions } from "../../src/calendar/findTimeExpressions.js";
import { parseTimeExpression } from "../../src/calendar/parseTimeExpression.js";
import { PlanError } from "../../src/errors/PlanError.js";
import { show } from "./phrases/show.js";

const found = (text: string, referenceDate?: string) =>
  findTimeExpressions(text, referenceDate === undefined ? undefined : { referenceDate }).map((f) => [f.text, show(f.expression)]);

describe("findTimeExpressions: examples", () => {
  it("finds the phrases of a paragraph, in order, without their leading words", () => {
    const text = "Thực hiện sơ kết giai đoạn 1, gửi báo cáo vào tháng 4/2018; hằng tháng báo cáo; sơ kết vào dịp Tháng Công nhân năm 2018.";
    expect(found(text)).toEqual([
      ["tháng 4/2018", "2018-04-01/2018-04-30"],
      ["hằng tháng", "recurring month"],
      ["Tháng Công nhân năm 2018", "2018-05-01/2018-05-31"],
    ]);
  });

  it("takes the longest phrase at each place", () => {
    expect(found("từ tháng 7/2017 đến tháng 5/2018 và trước ngày 05 hằng tháng")).toEqual([
      ["từ tháng 7/2017 đến tháng 5/2018", "2017-07-01/2018-05-31"],
      ["trước ngày 05 hằng tháng", "recurring month 5"],
    ]);
  });

  it("does not find what has no definite time", () => {
    for (const text of [
      "Thông tư số 06/2022/TT-BTTTT",
      "không vượt quá 1/3 tổng số",
      "Điều lệ Công đoàn Việt Nam 2013",
      "dự toán chi thường xuyên",
      "quỹ hoạt động thường xuyên",
      "ngày 28/11/2023 (thứ tư)",
      "Thứ năm - 27/03/2019",
      "tháng 7 và trong năm",
      "tháng 11 - 2/2018",
      "trước tháng 5/2018",
      "Tháng 13/2017",
      "ngày…../7/2017",
      "02 bài/tuần",
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('reads "hàng năm" as yearly, but not before a year ("khách hàng năm 2025": the customers of 2025)', () => {
    expect(found("báo cáo hàng năm")).toEqual([["hàng năm", "recurring year"]]);
    expect(found("khách hàng năm 2025")).toEqual([["năm 2025", "2025-01-01/2025-12-31"]]);
  });

  it("reads relative phrases with the plan's date", () => {
    expect(found("cân đối nguồn thu, chi thường xuyên trong năm", "2025-11-19")).toEqual([["trong năm", "2025-01-01/2025-12-31"]]);
    expect(found("Từ nay đến hết năm 2025.", "2025-11-19")).toEqual([["Từ nay đến hết năm 2025", "2025-11-19/2025-12-31"]]);
  });

  it("keeps a phrase that a dash or a word ends ('Tháng 7/2017 - Ban Tuyên giáo'), and a bullet's dash is no range", () => {
    expect(found("Tháng 7/2017 - Ban Tuyên giáo")).toEqual([["Tháng 7/2017", "2017-07-01/2017-07-31"]]);
    expect(found("Thời gian: Tháng 11/2017\n- tháng 12/2017: in ấn")).toEqual([
      ["Tháng 11/2017", "2017-11-01/2017-11-30"],
      ["tháng 12/2017", "2017-12-01/2017-12-31"],
    ]);
  });

  it("gives positions in the caller's string, whatever its Unicode form and spaces", () => {
    for (const text of ["Hạn: trước ngày 15/4/2018.", "Hạn: trước ngày 15/4/2018.".normalize("NFD"), "Hạn:\u00a0trước\u00a0ngày\u202f15 / 4 / 2018.", "🎉 Hạn: trước ngày 15/4/2018."]) {
      const [f] = findTimeExpressions(text);
      expect(f).toBeDefined();
      expect(text.slice(f!.index, f!.index + f!.length)).toBe(f!.text);
      expect(f!.text.normalize("NFC").replace(/\s+/g, " ")).toMatch(/^trước ngày 15 ?\/ ?4 ?\/ ?2018$/);
      expect(f!.expression).toEqual({ kind: "deadline", due: "2018-04-15" });
    }
  });

  it("refuses what it cannot search", () => {
    const codes = (text: unknown, options?: unknown) => {
      try {
        findTimeExpressions(text as string, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(PlanError);
        return (error as PlanError).issues.map((i) => [i.code, i.path]);
      }
      return [];
    };
    expect(codes(null)).toEqual([["invalid_type", []]]);
    expect(codes(42)).toEqual([["invalid_type", []]]);
    expect(codes("x".repeat(1_000_001))).toEqual([["too_big", []]]);
    expect(codes("năm 2025", { referenceDate: "2025-13-01" })).toEqual([["invalid_date", ["referenceDate"]]]);
    expect(codes("x".repeat(1_000_000))).toEqual([]);
  });
});

describe("findTimeExpressions: the reference plan", () => {
  it("finds every window the plan data holds", () => {
    const text = readFileSync(new URL("../../examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt", import.meta.url), "utf8");
    const plan: unknown = JSON.parse(readFileSync(new URL("../../examples/vgcl-2017/plan.json", import.meta.url), "utf8"));
    const windows = new Set<string>();
    (function walk(value: unknown): void {
      if (value === null || typeof value !== "object") return;
      const w = value as { start?: unknown; end?: unknown };
      if (typeof w.start === "string" && typeof w.end === "string") windows.add(`${w.start}/${w.end}`);
      for (const v of Object.values(value)) walk(v);
    })(plan);
    expect(windows.size).toBeGreaterThan(5);
    const readings = new Set(findTimeExpressions(text).map((f) => show(f.expression)));
    for (const w of windows) expect(readings, w).toContain(w);
  });
});

const PIECES = [
  "Tháng 8,9/2017", "từ tháng 7/2017 đến tháng 5/2018", "Quý III, IV/2017", "hằng tháng", "trước ngày 15/4/2018", "nhiệm kỳ 2025-2030",
  "ngày 25/11", "Tháng Công nhân năm 2018", "thường xuyên", "lúc 20h30, ngày 28/11/2023 (thứ ba)", "cuối tháng 9/2017", "trong năm",
  "đoàn viên", "Ban Tuyên giáo", "-", ",", ".", "(", ")", "\n", "1/3", "06/2022/TT-BTTTT", "năm", "ngày", "tháng", "đến", "từ", "7", "2017",
  "Việt Nam", "chi thường xuyên", "Từ nay đến hết năm 2025", "đến 31/12/2025", "\u00a0", "🎉", "Tết Bính Ngọ", "Tết", "trước Tết",
  "29 tháng Chạp", "Rằm tháng Giêng 2026", "mùng 1 Tết", "2026",
];

describe("findTimeExpressions: the Tết plan, dated", () => {
  it("reads its lunar phrases with a reference date, and not the festival's other mentions", () => {
    const text = readFileSync(new URL("../../examples/documents/corpus/tld-34-kh-tld-tet-2026.txt", import.meta.url), "utf8");
    const counts = new Map<string, number>();
    for (const [t, r] of found(text, "2025-12-01")) counts.set(`${t} → ${r}`, (counts.get(`${t} → ${r}`) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      "29 Tháng Chạp → 2026-02-16/2026-02-16": 1,
      "Tết Bính Ngọ 2026 → 2026-02-17/2026-02-17": 3,
      "Tết Bính Ngọ → 2026-02-17/2026-02-17": 15,
      "Tết Nguyên đán Bính Ngọ 2026 → 2026-02-17/2026-02-17": 2,
      "Tết Nguyên đán Bính Ngọ → 2026-02-17/2026-02-17": 9,
      "năm 2025 → 2025-01-01/2025-12-31": 6,
      "trong năm → 2025-01-01/2025-12-31": 2,
      "trước Tết → deadline 2026-02-17": 1,
      "trước tối 30 Tết → deadline 2026-02-16": 1,
      "đến 31/12/2025 → deadline 2025-12-31": 1,
    });
  });
});

describe("findTimeExpressions: properties", () => {
  it("spans are in order, never overlap, are the text they report, and read as parseTimeExpression reads them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }),
        fc.constantFrom(" ", "", "  "),
        fc.boolean(),
        fc.option(fc.constantFrom("2025-11-19", "2017-07-01"), { nil: undefined }),
        (pieces, glue, nfd, referenceDate) => {
          const joined = pieces.join(glue);
          const text = nfd ? joined.normalize("NFD") : joined;
          const options = referenceDate === undefined ? undefined : { referenceDate };
          const all = findTimeExpressions(text, options);
          let last = 0;
          for (const f of all) {
            expect(f.index).toBeGreaterThanOrEqual(last);
            expect(f.length).toBeGreaterThan(0);
            expect(text.slice(f.index, f.index + f.length)).toBe(f.text);
            expect(parseTimeExpression(f.text, options)).toEqual(f.expression);
            last = f.index + f.length;
          }
          expect(Object.isFrozen(all)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("finds the same phrases in NFC and NFD text", () => {
    const text = readFileSync(new URL("../../examples/documents/corpus/can-tho-159-kh-ubnd-2025.txt", import.meta.url), "utf8");
    const readings = (t: string) => findTimeExpressions(t, { referenceDate: "2025-11-19" }).map((f) => [f.text.normalize("NFC"), f.expression]);
    expect(readings(text.normalize("NFD"))).toEqual(readings(text));
  });

  it("reads a 1 MB document as its parts: a document of k copies has k times the findings", () => {
    // Speed is measured in bench/; here, that no finding is lost, doubled or merged across copies.
    const base = readFileSync(new URL("../../examples/documents/corpus/tld-22-kh-tld-dai-hoi-2025.txt", import.meta.url), "utf8");
    const one = findTimeExpressions(base);
    expect(one.length).toBeGreaterThan(3);
    const copies = Math.floor((1_000_000 + 2) / (base.length + 2));
    const text = Array.from({ length: copies }, () => base).join("\n\n");
    const all = findTimeExpressions(text);
    expect(all).toHaveLength(one.length * copies);
    const last = all.slice(-one.length);
    const offset = (copies - 1) * (base.length + 2);
    expect(last.map((f) => [f.index - offset, f.text])).toEqual(one.map((f) => [f.index, f.text]));
  });

  it("finds nothing in the names of Object.prototype's members, and never throws on them", () => {
    for (const word of Object.getOwnPropertyNames(Object.prototype)) {
      const text = `thứ ${word}, hằng ${word}, quý ${word} năm 2017, ${word} Ngọ, rằm tháng ${word}`;
      expect(findTimeExpressions(text).map((f) => f.text), word).toEqual(findTimeExpressions(text.replaceAll(word, "xyz")).map((f) => f.text));
    }
  });
});
