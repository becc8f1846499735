import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareWithChrono } from "./chrono.diff.js";

/**
 * chrono-node (a dev dependency, 2.x, which has a Vietnamese locale: `chrono.vi`) run on the same documents
 * as findTimeExpressions, as a reference, not a requirement. The differences are recorded here as data, so
 * that a change on either side shows: "only chrono" are phrases chrono finds and we do not (mostly words
 * that chrono's locale takes for times: "tối" in "tối đa" (at most), "sáng" in "sáng kiến" (initiative),
 * fractions "1/3" read as the 1st of March, "Tháng Chạp" (the twelfth lunar month) read as December,
 * "trước ngày" (before the day of …) read as yesterday); "only ours" are what chrono's locale does not read
 * (terms, observances, recurrences, "thường xuyên"); "both" are phrases both find but read differently
 * (chrono reads one month of "Tháng 8,9/2017", with a year it guesses, shown as "????": the guess depends on the host's time zone). chrono's reading is shown as
 * a window: the day, or the month or year when chrono only implied the smaller parts. Each document is read
 * with its own date as the reference (chrono's reference instant; 2000-01-01 when the document has none).
 */
const DIFFERENCES: Readonly<Record<string, readonly string[]>> = {
  "corpus/an-giang-ldld-cong-thong-tin.txt": [
    "only ours: \"thường xuyên\" continuous",
  ],
  "corpus/can-tho-159-kh-ubnd-2025.txt": [
    "both: \"Từ nay đến hết năm 2025\" 2025-11-19/2025-12-31 | chrono \"năm 2025\" 2025-01-01/2025-12-31",
    "only chrono: \"CHIỀU\" a time of day, no date",
    "only chrono: \"chiều\" a time of day, no date ×2",
    "only chrono: \"sáng\" a time of day, no date ×4",
    "only ours: \"giai đoạn 2021 - 2025\" 2021-01-01/2025-12-31 ×5",
    "only ours: \"hàng năm\" recurring year",
    "only ours: \"thường xuyên\" continuous",
  ],
  "corpus/cd-ngan-hang-1472-kh-cdnh-2025.txt": [
    "both: \"tuần cuối tháng 12/2025\" 2025-12-25/2025-12-31 | chrono \"tháng 12/2025\" 2025-12-01/2025-12-31",
    "only ours: \"nhiệm kỳ 2023-2028\" 2023-01-01/2028-12-31 ×3",
    "only ours: \"nhiệm kỳ 2025 2030\" 2025-01-01/2030-12-31 ×4",
    "only ours: \"nhiệm kỳ 2025- 2030\" 2025-01-01/2030-12-31",
    "only ours: \"nhiệm kỳ 2025-2030\" 2025-01-01/2030-12-31 ×17",
    "only ours: \"nhiệm kỳ 2026-2031\" 2026-01-01/2031-12-31 ×2",
  ],
  "corpus/doan-thpt-chuyen-thai-nguyen-33-kh-dtn-2018.txt": [
    "both: \"Thứ năm, ngày 01/11/2018\" 2018-11-01/2018-11-01 | chrono \"Thứ năm\" a weekday, no date",
    "only ours: \"Mỗi ngày\" recurring day ×3",
    "only ours: \"mỗi tuần\" recurring week ×3",
  ],
  "corpus/quan-11-32-kh-ldld-2015.txt": [
    "both: \"Ngày Cách mạng Tháng Tám\" 2015-08-19/2015-08-19 | chrono \"Tháng Tám\" ????-08-01/????-08-31",
    "only ours: \"Ngày thành lập Công đoàn\" 2015-07-28/2015-07-28",
    "only ours: \"Quốc Khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam\" 2015-09-02/2015-09-02",
    "only ours: \"ngày thành lập Công đoàn Việt Nam\" 2015-07-28/2015-07-28 ×3",
  ],
  "corpus/son-la-82-kh-ldld-2019.txt": [
    "both: \"Thứ tư - 27/03/2019 22:30\" 2019-03-27/2019-03-27 | chrono \"Thứ tư - 27/03/2019 22:30\" a weekday, no date",
    "only chrono: \"28-7-1929-28-7-2019\" 1929-07-28/2019-07-28",
    "only ours: \"Ngày thành lập Công đoàn Việt Nam\" 2019-07-28/2019-07-28 ×4",
  ],
  "corpus/tld-22-kh-tld-dai-hoi-2025.txt": [
    "only chrono: \"1/2\" ????-02-01/????-02-01",
    "only chrono: \"1/3\" ????-03-01/????-03-01",
    "only chrono: \"sáng\" a time of day, no date",
    "only chrono: \"tối\" a time of day, no date ×34",
    "only ours: \"nhiệm kỳ 2026-2031\" 2026-01-01/2031-12-31",
  ],
  "corpus/tld-34-kh-tld-tet-2026.txt": [
    "both: \"đến 31/12/2025\" deadline 2025-12-31 | chrono \"31/12/2025\" 2025-12-31/2025-12-31",
    "only chrono: \"Tháng Chạp\" ????-12-01/????-12-31",
    "only chrono: \"trước ngày\" 1999-12-31/1999-12-31 ×2",
    "only chrono: \"tối\" a time of day, no date",
    "only ours: \"Tết Bính Ngọ 2026\" 2026-02-17/2026-02-17 ×3",
    "only ours: \"Tết Nguyên đán Bính Ngọ 2026\" 2026-02-17/2026-02-17 ×2",
  ],
  "seed/ke-hoach-tuyen-truyen-2017.txt": [
    "both: \"Tháng 7,8,9/2017\" 2017-07-01/2017-09-30 | chrono \"Tháng 7\" ????-07-01/????-07-31 ×2",
    "both: \"Tháng 8,9/2017\" 2017-08-01/2017-09-30 | chrono \"01 Tháng 8\" ????-08-01/????-08-01",
    "both: \"Tháng 8,9/2017\" 2017-08-01/2017-09-30 | chrono \"Tháng 8\" ????-08-01/????-08-31 ×3",
    "both: \"Tháng Công nhân năm 2018\" 2018-05-01/2018-05-31 | chrono \"năm 2018\" 2018-01-01/2018-12-31",
    "only chrono: \"tối\" a time of day, no date ×2",
    "only ours: \"Hàng tháng\" recurring month",
    "only ours: \"hàng năm\" recurring year",
    "only ours: \"hằng năm\" recurring year",
    "only ours: \"thường xuyên\" continuous",
  ],
};

const DOCUMENTS: readonly (readonly [string, string | undefined])[] = [
  ["corpus/an-giang-ldld-cong-thong-tin.txt", undefined],
  ["corpus/can-tho-159-kh-ubnd-2025.txt", "2025-11-19"],
  ["corpus/cd-ngan-hang-1472-kh-cdnh-2025.txt", "2025-09-17"],
  ["corpus/doan-thpt-chuyen-thai-nguyen-33-kh-dtn-2018.txt", "2018-10-29"],
  ["corpus/quan-11-32-kh-ldld-2015.txt", "2015-07-10"],
  ["corpus/son-la-82-kh-ldld-2019.txt", "2019-03-28"],
  ["corpus/tld-22-kh-tld-dai-hoi-2025.txt", "2025-08-29"],
  ["corpus/tld-34-kh-tld-tet-2026.txt", undefined],
  ["seed/ke-hoach-tuyen-truyen-2017.txt", undefined],
];

describe("findTimeExpressions and chrono-node's Vietnamese parser on the corpus", () => {
  it.each(DOCUMENTS)("%s", (file, referenceDate) => {
    const text = readFileSync(new URL(`../../examples/documents/${file}`, import.meta.url), "utf8");
    expect(compareWithChrono(text, referenceDate)).toEqual(DIFFERENCES[file]);
  });
});
