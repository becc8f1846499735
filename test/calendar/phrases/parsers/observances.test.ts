import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/observances.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("observances: the examples", () => {
  checkExamples(EXAMPLES);
});

describe("observances: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["Tháng Công nhân", 1],
    ["Ngày Quốc tế Lao động năm 24", 27],
    ["từ Tháng Công nhân đến tháng 7/2018", 4],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
