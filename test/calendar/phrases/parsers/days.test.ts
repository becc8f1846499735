import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/days.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("days: the examples", () => {
  checkExamples(EXAMPLES);
});

describe("days: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["ngày 30/2/2017", 6],
    ["lúc 20h30, ngày 28/11/2023 (thứ tư)", 29],
    ["Thứ năm - 27/03/2019 22:30", 1],
    ["ngày 28/11/2023 lúc 25h", 21],
    ["ngày 28/11/2023 lúc 20h75", 24],
    ["25/11", 1, "2025-11-19"],
    ["ngày 25/11", 1],
    ["từ ngày 15/12 đến ngày 15/1", 19, "2025-11-19"],
    ["32.7.2014", 1],
    ["7/2014", 1],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
