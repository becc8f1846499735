import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/months.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("months: the examples", () => {
  checkExamples(EXAMPLES);
});

describe("months: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["Tháng 13/2017", 7],
    ["tháng 7, 9/2017", 10],
    ["tháng 9, 8/2017", 10],
    ["tháng 11 - 2/2018", 12],
    ["T7", 1, "2025-11-19"],
    ["tháng 7", 1],
    ["tháng 7/2017 - 5", 16, "2025-11-19"],
    ["Tháng 8.9/2017", 8],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
