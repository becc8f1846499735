import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/years.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("years and terms: the examples", () => {
  checkExamples(EXAMPLES);
});

describe("years and terms: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["năm 17", 5],
    ["nhiệm kỳ 2028 - 2023", 17],
    ["năm 2018-2018", 10],
    ["giai đoạn 2021", 15],
    ["trong năm", 1],
    ["từ năm 2019 đến năm 2018", 17],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
