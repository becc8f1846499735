import { describe, it } from "vitest";
import { EXAMPLES } from "../../../../src/calendar/phrases/parsers/quarters.js";
import { checkExamples, expectRejected } from "../examples.js";

describe("quarters: the examples", () => {
  checkExamples(EXAMPLES);
});

describe("quarters: rejected, with the character at fault", () => {
  const rejected: readonly (readonly [string, number, string?])[] = [
    ["Quý V/2017", 5],
    ["Quý III, V/2017", 10],
    ["quý I, III/2025", 8],
    ["quý II và I/2025", 11],
    ["quý III", 1],
    ["quý abc/2017", 5],
  ];
  it.each(rejected.map(([text, position, ref]) => ({ text, position, ref })))("$text (character $position)", ({ text, position, ref }) => {
    expectRejected(text, position, ref === undefined ? undefined : { referenceDate: ref });
  });
});
