import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/recurring.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("recurring times: the examples", () => {
  checkExamples(EXAMPLES);
});

describe("recurring times: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["trước ngày 15 hằng quý", 7],
    ["trước ngày 15/12 hằng tháng", 7],
    ["trước ngày 05 hằng năm", 7],
    ["trước ngày 30/2 hằng năm", 7],
    ["định kỳ", 1],
    ["hằng năm 2025", 1],
    ["chi thường xuyên", 1],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
