import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/partsOfMonth.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("parts of a month or year: the examples", () => {
  checkExamples(EXAMPLES);
});

describe("parts of a month or year: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["đầu tháng 13/2017", 11],
    ["cuối tháng 9", 1],
    ["tuần giữa tháng 9/2017", 1],
    ["7 tháng đầu năm 2018", 1],
    ["6 tháng giữa năm 2018", 9],
    ["6 tháng đầu năm", 1],
    ["quý đầu năm", 1],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
