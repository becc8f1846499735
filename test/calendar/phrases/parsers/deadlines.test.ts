import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/deadlines.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("deadlines: the examples", () => {
  checkExamples(EXAMPLES);
});

describe("deadlines: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["trước tháng 5/2018", 1],
    ["trước năm 2018", 1],
    ["trước ngày 31/4/2018", 12],
    ["trước ngày 25/11", 7],
    ["đến nay", 1],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
