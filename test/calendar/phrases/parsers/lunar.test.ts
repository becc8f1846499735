import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/lunar.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("lunar dates: the examples", () => {
  checkExamples(EXAMPLES, { lunar: true });
});

describe("lunar dates: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["Tết Bính Ngọ 2025", 5],
    ["30 tháng Chạp năm 2025", 1],
    ["mùng 15 Tết 2026", 1],
    ["Tết Nguyên đán 2300", 1],
    ["Tết", 1, "2025-12-01"],
    ["thưởng Tết", 1, "2025-12-01"],
    ["Tết Sum vầy", 1, "2025-12-01"],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
