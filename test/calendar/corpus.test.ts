import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findTimeExpressions } from "../../src/calendar/findTimeExpressions.js";
import { safeParseTimeExpression } from "../../src/calendar/parseTimeExpression.js";
import { show } from "./phrases/show.js";

/**
 * Every time phrase of the real plans in shared/corpus and of the reference plan, with what it says: the
 * reading (in the short form of `show`: "2017-07-01/2018-05-31", "deadline 2025-12-31", "recurring
 * month"...), or why it has no definite meaning (`{ not: reason }`), or that it needs the plan's date
 * and the document gives none (`{ needsReference: true }`). Each document is read with its own date as the
 * reference date when it has one. A phrase that has a definite meaning must be read; one that has none
 * must be rejected; nothing may be read otherwise than listed.
 */
type Expected = string | { readonly not: string } | { readonly needsReference: true };

const NOT_A_TIME = (why: string) => ({ not: why });
const QUOTA = NOT_A_TIME("a quota rate (how many items per week, month or issue): the quota rules read it");
const BUDGET = NOT_A_TIME('a budget term: "chi / kinh phí / quỹ hoạt động thường xuyên" is recurrent spending, not a time');
const NEEDS_REFERENCE = { needsReference: true } as const;

interface Document {
  readonly file: string;
  /** The document's date, when it gives one. */
  readonly referenceDate?: string;
  readonly phrases: readonly (readonly [phrase: string, expected: Expected])[];
}

export const CORPUS: readonly Document[] = [
  {
    file: "corpus/an-giang-ldld-cong-thong-tin.txt",
    phrases: [
      ["thường xuyên", "continuous"],
      ["1 tin, bài, ảnh/tuần", QUOTA],
      ["1 tin, bài, ảnh/tháng", QUOTA],
    ],
  },
  {
    file: "corpus/can-tho-159-kh-ubnd-2025.txt",
    referenceDate: "2025-11-19",
    phrases: [
      ["ngày 19/11/2025", "2025-11-19/2025-11-19"],
      ["ngày 19 tháng 11 năm 2025", "2025-11-19/2025-11-19"],
      ["NĂM 2025", "2025-01-01/2025-12-31"],
      ["năm 2025", "2025-01-01/2025-12-31"],
      ["ngày 30 tháng 6 năm 2022", "2022-06-30/2022-06-30"],
      ["giai đoạn 2021 - 2025", "2021-01-01/2025-12-31"],
      ["ngày 18 tháng 02 năm 2025", "2025-02-18/2025-02-18"],
      ["ngày 15 tháng 8 năm 2023", "2023-08-15/2023-08-15"],
      ["ngày 31 tháng 10 năm 2024", "2024-10-31/2024-10-31"],
      ["ngày 21 tháng 7 năm 2022", "2022-07-21/2022-07-21"],
      ["ngày 17 tháng 3 năm 2023", "2023-03-17/2023-03-17"],
      ["ngày 03 tháng 10 năm 2025", "2025-10-03/2025-10-03"],
      ["ngày 17 tháng 9 năm 2025", "2025-09-17/2025-09-17"],
      ["ngày 31 tháng 10 năm 2025", "2025-10-31/2025-10-31"],
      ["Từ nay đến hết năm 2025.", "2025-11-19/2025-12-31"],
      ["thường xuyên", "continuous"],
      ["hàng năm", "recurring year"],
      ["chi thường xuyên", BUDGET],
      ["lâu dài", NOT_A_TIME("long-term: no definite time")],
      ["06/2022/TT-BTTTT", NOT_A_TIME("a document number (number/year/type), not a month")],
    ],
  },
  {
    file: "corpus/cd-ngan-hang-1472-kh-cdnh-2025.txt",
    referenceDate: "2025-09-17",
    phrases: [
      ["17/09/2025", "2025-09-17/2025-09-17"],
      ["Ngày 17/9/2025", "2025-09-17/2025-09-17"],
      ["ngày 29/8/2025", "2025-08-29/2025-08-29"],
      ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
      ["nhiệm kỳ 2025 2030", "2025-01-01/2030-12-31"],
      ["nhiệm kỳ 2025- 2030", "2025-01-01/2030-12-31"],
      ["nhiệm kỳ 2026-2031", "2026-01-01/2031-12-31"],
      ["nhiệm kỳ 2023-2028", "2023-01-01/2028-12-31"],
      ["năm 2025", "2025-01-01/2025-12-31"],
      ["trong tháng 10/2025", "2025-10-01/2025-10-31"],
      ["trong tuần cuối tháng 12/2025", "2025-12-25/2025-12-31"],
      ["01 ngày (02 buổi)", NOT_A_TIME("a duration")],
      ["Luật Công đoàn 2024", NOT_A_TIME("the name of a law")],
      ["Điều lệ Công đoàn Việt Nam 2013", NOT_A_TIME('the name of a charter: "Nam" is not "năm"')],
      ["khóa VIII", NOT_A_TIME("the number of a term, not its dates")],
    ],
  },
  {
    file: "corpus/doan-thpt-chuyen-thai-nguyen-33-kh-dtn-2018.txt",
    referenceDate: "2018-10-29",
    phrases: [
      ["29/10/2018", "2018-10-29/2018-10-29"],
      ["Thứ năm, ngày 01/11/2018", "2018-11-01/2018-11-01"],
      ["ngày 29 tháng 10 năm 2018", "2018-10-29/2018-10-29"],
      ["ngày 25/6/2018", "2018-06-25/2018-06-25"],
      ["Mỗi ngày", "recurring day"],
      ["mỗi tuần", "recurring week"],
      ["trong trước, ngoài sau", NOT_A_TIME("a motto (inside first, outside after)")],
      ["trên trước, dưới sau", NOT_A_TIME("a motto (top first, bottom after)")],
    ],
  },
  {
    file: "corpus/quan-11-32-kh-ldld-2015.txt",
    referenceDate: "2015-07-10",
    phrases: [
      ["10/07/2015", "2015-07-10/2015-07-10"],
      ["ngày 10 tháng 07 năm 2015", "2015-07-10/2015-07-10"],
      ["28/7/1929 - 28/7/2015", "1929-07-28/2015-07-28"],
      ["28/7/1929 – 28/7/2015", "1929-07-28/2015-07-28"],
      ["28/7/1929-28/7/2015", "1929-07-28/2015-07-28"],
      ["ngày thành lập Công đoàn Việt Nam", "2015-07-28/2015-07-28"],
      ["Ngày thành lập Công đoàn", "2015-07-28/2015-07-28"],
      ["Ngày Cách mạng Tháng Tám", "2015-08-19/2015-08-19"],
      ["Quốc Khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "2015-09-02/2015-09-02"],
      ["86 năm", NOT_A_TIME("a duration (the 86th anniversary)")],
      ["ngày một tốt hơn", NOT_A_TIME('"ngày một" means "increasingly"')],
    ],
  },
  {
    file: "corpus/son-la-82-kh-ldld-2019.txt",
    referenceDate: "2019-03-28",
    phrases: [
      ["28/03/2019", "2019-03-28/2019-03-28"],
      ["Thứ tư - 27/03/2019 22:30", "2019-03-27/2019-03-27"],
      ["ngày 28 tháng 03 năm 2019", "2019-03-28/2019-03-28"],
      ["ngày 31/01/2019", "2019-01-31/2019-01-31"],
      ["28/7/1929-28/7/2019", "1929-07-28/2019-07-28"],
      ["Ngày thành lập Công đoàn Việt Nam", "2019-07-28/2019-07-28"],
      ["90 năm", NOT_A_TIME("a duration (the 90th anniversary)")],
    ],
  },
  {
    file: "corpus/tld-22-kh-tld-dai-hoi-2025.txt",
    referenceDate: "2025-08-29",
    phrases: [
      ["29/08/2025", "2025-08-29/2025-08-29"],
      ["ngày 27/12/2024", "2024-12-27/2024-12-27"],
      ["năm 2025", "2025-01-01/2025-12-31"],
      ["năm 2024", "2024-01-01/2024-12-31"],
      ["nhiệm kỳ 2026-2031", "2026-01-01/2031-12-31"],
      ["nhiệm kỳ qua", NOT_A_TIME("the last term: which one is the congress's business")],
      ["nhiệm kỳ tới", NOT_A_TIME("the next term")],
      ["trước, trong và sau đại hội", NOT_A_TIME("relative to a congress whose date the text does not give")],
      ["1/3 tổng số", NOT_A_TIME("a fraction, not the 1st of March")],
      ["(1/2)", NOT_A_TIME("a fraction")],
    ],
  },
  {
    file: "corpus/tld-34-kh-tld-tet-2026.txt",
    phrases: [
      ["năm 2025", "2025-01-01/2025-12-31"],
      ["đến 31/12/2025", "deadline 2025-12-31"],
      ["Tết Bính Ngọ 2026", "2026-02-17/2026-02-17"],
      ["Tết Nguyên đán Bính Ngọ 2026", "2026-02-17/2026-02-17"],
      ["Tết Bính Ngọ", NEEDS_REFERENCE],
      ["Tết Nguyên đán Bính Ngọ", NEEDS_REFERENCE],
      ["trước tối 30 Tết", NEEDS_REFERENCE],
      ["29 Tháng Chạp", NEEDS_REFERENCE],
      ["trước Tết", NEEDS_REFERENCE],
      ["trong năm", NEEDS_REFERENCE],
      ["Xuân 2026", NOT_A_TIME("spring: no definite days")],
      ["trong dịp Tết", NOT_A_TIME("around Tết: the days are not given")],
      ["trước ngày nghỉ Tết ít nhất 20 ngày", NOT_A_TIME("relative to the Tết holiday, which the government sets each year")],
      ["sau nghỉ Tết", NOT_A_TIME("after the Tết holiday")],
      ["ngày Tết", NOT_A_TIME("the Tết days, not given")],
      ["năm nay", NOT_A_TIME('"this year" of a lunar context (29 Tháng Chạp Ất Tỵ falls in 2026)')],
      ["quỹ hoạt động thường xuyên", BUDGET],
      ["chi thường xuyên", BUDGET],
      ["Bộ luật Lao động 2019", NOT_A_TIME("the name of a law")],
    ],
  },
  {
    file: "seed/ke-hoach-tuyen-truyen-2017.txt",
    phrases: [
      ["năm 2017", "2017-01-01/2017-12-31"],
      ["ngày 09 tháng 3 năm 2017", "2017-03-09/2017-03-09"],
      ["Ngày 12/5/2017", "2017-05-12/2017-05-12"],
      ["Ngày 24 tháng 9 năm 2016", "2016-09-24/2016-09-24"],
      ["Ngày 22 tháng 4 năm 2017", "2017-04-22/2017-04-22"],
      ["ngày 09/3/2017", "2017-03-09/2017-03-09"],
      ["từ tháng 7/2017 đến tháng 5/2018", "2017-07-01/2018-05-31"],
      ["Tháng 7/2017", "2017-07-01/2017-07-31"],
      ["Tháng 8,9/2017", "2017-08-01/2017-09-30"],
      ["Tháng 7,8,9/2017", "2017-07-01/2017-09-30"],
      ["Tháng 11/2017", "2017-11-01/2017-11-30"],
      ["năm 2018", "2018-01-01/2018-12-31"],
      ["vào tháng 4/2018", "2018-04-01/2018-04-30"],
      ["vào dịp Tháng Công nhân năm 2018", "2018-05-01/2018-05-31"],
      ["Tháng 7/2018", "2018-07-01/2018-07-31"],
      ["thường xuyên", "continuous"],
      ["hằng năm", "recurring year"],
      ["hàng năm", "recurring year"],
      ["Hàng tháng", "recurring month"],
      ["đến nay", NEEDS_REFERENCE],
      ["kinh phí thường xuyên", BUDGET],
      ["Năm vì lợi ích đoàn viên công đoàn", NOT_A_TIME("the name of the theme year, not a date")],
      ["giai đoạn 1", NOT_A_TIME("the number of a phase; its window is the phrase after it")],
      ["giai đoạn tiếp theo", NOT_A_TIME("the next phase, not yet dated")],
      ["02 bài/tuần", QUOTA],
      ["03 bài/số", QUOTA],
      ["01 chương trình/tháng", QUOTA],
      ["(01 bài/ngày)", QUOTA],
      ["khoảng 01 phút", NOT_A_TIME("a duration")],
      ["trước, giữa giờ giải lao", NOT_A_TIME("before and during the breaks of a meeting")],
      ["ngày…../7/2017", NOT_A_TIME("the day is left blank")],
    ],
  },
];

const read = (file: string): string => readFileSync(new URL(`../../examples/documents/${file}`, import.meta.url), "utf8");

describe("the corpus: every time phrase", () => {
  for (const doc of CORPUS) {
    const options = doc.referenceDate === undefined ? undefined : { referenceDate: doc.referenceDate };
    it.each(doc.phrases.map(([phrase, expected]) => ({ phrase, expected })))(`${doc.file}: $phrase`, ({ phrase, expected }) => {
      expect(read(doc.file).replace(/\s+/g, " ")).toContain(phrase.replace(/\.$/, ""));
      const r = safeParseTimeExpression(phrase, options);
      if (typeof expected === "string") {
        expect(r.success ? show(r.data) : r.error.issues[0]?.message).toBe(expected);
      } else {
        expect(r.success ? show(r.data) : "rejected").toBe("rejected");
        if (!r.success && "needsReference" in expected) expect(r.error.issues[0]?.message).toContain("referenceDate");
      }
    });
  }

  it("reads every phrase that has a definite meaning, and no other", () => {
    const all = CORPUS.flatMap((d) => d.phrases);
    const definite = all.filter(([, e]) => typeof e === "string").length;
    expect({ phrases: all.length, definite }).toEqual({ phrases: FIGURES.phrases, definite: FIGURES.read });
  });
});

/** The figures of the report: phrases listed, read, and rejected (no definite meaning, or no date to read them by). */
const FIGURES = { phrases: 124, read: 78 };

/** What findTimeExpressions finds in each document, in order (white space shown as single spaces). */
const FOUND: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  "corpus/an-giang-ldld-cong-thong-tin.txt": [
    ["thường xuyên", "continuous"],
  ],
  "corpus/can-tho-159-kh-ubnd-2025.txt": [
    ["ngày 19/11/2025", "2025-11-19/2025-11-19"],
    ["ngày 19 tháng 11 năm 2025", "2025-11-19/2025-11-19"],
    ["NĂM 2025", "2025-01-01/2025-12-31"],
    ["ngày 30 tháng 6 năm 2022", "2022-06-30/2022-06-30"],
    ["giai đoạn 2021 - 2025", "2021-01-01/2025-12-31"],
    ["ngày 18 tháng 02 năm 2025", "2025-02-18/2025-02-18"],
    ["ngày 30 tháng 6 năm 2022", "2022-06-30/2022-06-30"],
    ["giai đoạn 2021 - 2025", "2021-01-01/2025-12-31"],
    ["ngày 15 tháng 8 năm 2023", "2023-08-15/2023-08-15"],
    ["giai đoạn 2021 - 2025", "2021-01-01/2025-12-31"],
    ["ngày 31 tháng 10 năm 2024", "2024-10-31/2024-10-31"],
    ["ngày 15 tháng 8 năm 2023", "2023-08-15/2023-08-15"],
    ["giai đoạn 2021 - 2025", "2021-01-01/2025-12-31"],
    ["ngày 21 tháng 7 năm 2022", "2022-07-21/2022-07-21"],
    ["ngày 17 tháng 3 năm 2023", "2023-03-17/2023-03-17"],
    ["giai đoạn 2021 - 2025", "2021-01-01/2025-12-31"],
    ["ngày 03 tháng 10 năm 2025", "2025-10-03/2025-10-03"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["ngày 17 tháng 9 năm 2025", "2025-09-17/2025-09-17"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["ngày 31 tháng 10 năm 2025", "2025-10-31/2025-10-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["thường xuyên", "continuous"],
    ["Từ nay đến hết năm 2025", "2025-11-19/2025-12-31"],
    ["hàng năm", "recurring year"],
    ["năm 2025", "2025-01-01/2025-12-31"],
  ],
  "corpus/cd-ngan-hang-1472-kh-cdnh-2025.txt": [
    ["17/09/2025", "2025-09-17/2025-09-17"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025 2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["Ngày 17/9/2025", "2025-09-17/2025-09-17"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["nhiệm kỳ 2026-2031", "2026-01-01/2031-12-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2023-2028", "2023-01-01/2028-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2026-2031", "2026-01-01/2031-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2023-2028", "2023-01-01/2028-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["tháng 10/2025", "2025-10-01/2025-10-31"],
    ["nhiệm kỳ 2023-2028", "2023-01-01/2028-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["tuần cuối tháng 12/2025", "2025-12-25/2025-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025 2030", "2025-01-01/2030-12-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["nhiệm kỳ 2025 2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025- 2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025-2030", "2025-01-01/2030-12-31"],
    ["nhiệm kỳ 2025 2030", "2025-01-01/2030-12-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["ngày 29/8/2025", "2025-08-29/2025-08-29"],
  ],
  "corpus/doan-thpt-chuyen-thai-nguyen-33-kh-dtn-2018.txt": [
    ["29/10/2018", "2018-10-29/2018-10-29"],
    ["Thứ năm, ngày 01/11/2018", "2018-11-01/2018-11-01"],
    ["Mỗi ngày", "recurring day"],
    ["mỗi tuần", "recurring week"],
    ["ngày 29 tháng 10 năm 2018", "2018-10-29/2018-10-29"],
    ["Mỗi ngày", "recurring day"],
    ["mỗi tuần", "recurring week"],
    ["ngày 25/6/2018", "2018-06-25/2018-06-25"],
    ["Mỗi ngày", "recurring day"],
    ["mỗi tuần", "recurring week"],
  ],
  "corpus/quan-11-32-kh-ldld-2015.txt": [
    ["28/7/1929-28/7/2015", "1929-07-28/2015-07-28"],
    ["10/07/2015", "2015-07-10/2015-07-10"],
    ["ngày thành lập Công đoàn Việt Nam", "2015-07-28/2015-07-28"],
    ["28/7/1929 - 28/7/2015", "1929-07-28/2015-07-28"],
    ["ngày 10 tháng 07 năm 2015", "2015-07-10/2015-07-10"],
    ["ngày thành lập Công đoàn Việt Nam", "2015-07-28/2015-07-28"],
    ["28/7/1929 – 28/7/2015", "1929-07-28/2015-07-28"],
    ["ngày thành lập Công đoàn Việt Nam", "2015-07-28/2015-07-28"],
    ["28/7/1929 - 28/7/2015", "1929-07-28/2015-07-28"],
    ["Ngày Cách mạng Tháng Tám", "2015-08-19/2015-08-19"],
    ["Quốc Khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "2015-09-02/2015-09-02"],
    ["Ngày thành lập Công đoàn", "2015-07-28/2015-07-28"],
  ],
  "corpus/son-la-82-kh-ldld-2019.txt": [
    ["28/03/2019", "2019-03-28/2019-03-28"],
    ["Ngày thành lập Công đoàn Việt Nam", "2019-07-28/2019-07-28"],
    ["28/7/1929-28/7/2019", "1929-07-28/2019-07-28"],
    ["Thứ tư - 27/03/2019 22:30", "2019-03-27/2019-03-27"],
    ["Ngày thành lập Công đoàn Việt Nam", "2019-07-28/2019-07-28"],
    ["28/7/1929-28/7/2019", "1929-07-28/2019-07-28"],
    ["ngày 28 tháng 03 năm 2019", "2019-03-28/2019-03-28"],
    ["Ngày thành lập Công đoàn Việt Nam", "2019-07-28/2019-07-28"],
    ["28/7/1929-28/7/2019", "1929-07-28/2019-07-28"],
    ["ngày 31/01/2019", "2019-01-31/2019-01-31"],
    ["Ngày thành lập Công đoàn Việt Nam", "2019-07-28/2019-07-28"],
    ["28/7/1929-28/7/2019", "1929-07-28/2019-07-28"],
  ],
  "corpus/tld-22-kh-tld-dai-hoi-2025.txt": [
    ["29/08/2025", "2025-08-29/2025-08-29"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["nhiệm kỳ 2026-2031", "2026-01-01/2031-12-31"],
    ["năm 2024", "2024-01-01/2024-12-31"],
    ["ngày 27/12/2024", "2024-12-27/2024-12-27"],
    ["năm 2024", "2024-01-01/2024-12-31"],
  ],
  "corpus/tld-34-kh-tld-tet-2026.txt": [
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["Tết Bính Ngọ 2026", "2026-02-17/2026-02-17"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["Tết Bính Ngọ 2026", "2026-02-17/2026-02-17"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["Tết Bính Ngọ 2026", "2026-02-17/2026-02-17"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["Tết Nguyên đán Bính Ngọ 2026", "2026-02-17/2026-02-17"],
    ["Tết Nguyên đán Bính Ngọ 2026", "2026-02-17/2026-02-17"],
    ["năm 2025", "2025-01-01/2025-12-31"],
    ["đến 31/12/2025", "deadline 2025-12-31"],
  ],
  "seed/ke-hoach-tuyen-truyen-2017.txt": [
    ["năm 2017", "2017-01-01/2017-12-31"],
    ["ngày 09 tháng 3 năm 2017", "2017-03-09/2017-03-09"],
    ["Ngày 12/5/2017", "2017-05-12/2017-05-12"],
    ["Ngày 24 tháng 9 năm 2016", "2016-09-24/2016-09-24"],
    ["Ngày 22 tháng 4 năm 2017", "2017-04-22/2017-04-22"],
    ["thường xuyên", "continuous"],
    ["ngày 09/3/2017", "2017-03-09/2017-03-09"],
    ["từ tháng 7/2017 đến tháng 5/2018", "2017-07-01/2018-05-31"],
    ["Tháng 7/2017", "2017-07-01/2017-07-31"],
    ["Tháng 8,9/2017", "2017-08-01/2017-09-30"],
    ["Tháng 7,8,9/2017", "2017-07-01/2017-09-30"],
    ["Tháng 7/2017", "2017-07-01/2017-07-31"],
    ["Tháng 8,9/2017", "2017-08-01/2017-09-30"],
    ["Tháng 11/2017", "2017-11-01/2017-11-30"],
    ["hằng năm", "recurring year"],
    ["hàng năm", "recurring year"],
    ["năm 2018", "2018-01-01/2018-12-31"],
    ["Hàng tháng", "recurring month"],
    ["tháng 4/2018", "2018-04-01/2018-04-30"],
    ["Tháng Công nhân năm 2018", "2018-05-01/2018-05-31"],
    ["Tháng 8,9/2017", "2017-08-01/2017-09-30"],
    ["Tháng 7,8,9/2017", "2017-07-01/2017-09-30"],
    ["Tháng 7/2017", "2017-07-01/2017-07-31"],
    ["Tháng 8,9/2017", "2017-08-01/2017-09-30"],
    ["Tháng 11/2017", "2017-11-01/2017-11-30"],
    ["Tháng 7/2018", "2018-07-01/2018-07-31"],
  ],
};

describe("findTimeExpressions on the corpus", () => {
  for (const doc of CORPUS) {
    it(`${doc.file}: finds every definite phrase, in order`, () => {
      const text = read(doc.file);
      const found = findTimeExpressions(text, doc.referenceDate === undefined ? undefined : { referenceDate: doc.referenceDate });
      expect(found.map((f) => [f.text.replace(/\s+/g, " "), show(f.expression)])).toEqual(FOUND[doc.file]);
      for (const f of found) expect(text.slice(f.index, f.index + f.length)).toBe(f.text);
      // Every phrase found is one the table reads, with the same reading.
      const readings = new Map(doc.phrases.filter(([, e]) => typeof e === "string").map(([p, e]) => [p.replace(/^vào (dịp )?|^trong |\.$/g, "").toLowerCase(), e]));
      for (const [t, reading] of FOUND[doc.file] ?? []) expect(readings.get(t.toLowerCase()), t).toBe(reading);
    });
  }
});
