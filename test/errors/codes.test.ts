/** The messages of the issue codes (src/errors/codes.ts), as newIssue writes them in both languages. */
import { describe, expect, it } from "vitest";
import { INVALID_DATE, INVALID_VALUE } from "../../src/errors/codes.js";
import { newIssue } from "../../src/errors/issue.js";

const texts = (issue: { message: string; messageVi: string }) => [issue.message, issue.messageVi];

describe("invalid_value", () => {
  it("says 'one of' for a list of choices, and not for a description that holds a comma", () => {
    expect(texts(newIssue(INVALID_VALUE, [], { expected: '"html", "markdown", "text"', receivedValue: "pdf" }))).toEqual([
      'invalid value "pdf"; expected one of "html", "markdown", "text"',
      'giá trị "pdf" không hợp lệ; phải là một trong "html", "markdown", "text"',
    ]);
    expect(texts(newIssue(INVALID_VALUE, [], { expected: "1, 2", receivedValue: 3 }))).toEqual(["invalid value 3; expected one of 1, 2", "giá trị 3 không hợp lệ; phải là một trong 1, 2"]);
    expect(texts(newIssue(INVALID_VALUE, [], { expected: "an evaluation of the same rule, window and asOf", expectedVi: "một kết quả của cùng chỉ tiêu, cùng khoảng thời gian và cùng ngày asOf", receivedValue: 3 }))).toEqual([
      "invalid value 3; expected an evaluation of the same rule, window and asOf",
      "giá trị 3 không hợp lệ; phải là một kết quả của cùng chỉ tiêu, cùng khoảng thời gian và cùng ngày asOf",
    ]);
  });

  it("says that no value was given for an undefined value, in both languages", () => {
    expect(texts(newIssue(INVALID_VALUE, ["options", "format"], { expected: '"html", "markdown", "text"', receivedValue: undefined }))).toEqual([
      'no value given; expected one of "html", "markdown", "text"',
      'chưa có giá trị; phải là một trong "html", "markdown", "text"',
    ]);
    // The text "undefined" is a value like any other.
    expect(newIssue(INVALID_VALUE, [], { expected: '"a", "b"', receivedValue: "undefined" }).message).toBe('invalid value "undefined"; expected one of "a", "b"');
  });
});

describe("invalid_date", () => {
  it("names the value that is not a date, and says that a date is missing when there is none", () => {
    expect(texts(newIssue(INVALID_DATE, [], { value: "2017-02-30" }))).toEqual(['"2017-02-30" is not a calendar date (YYYY-MM-DD)', '"2017-02-30" không phải là ngày hợp lệ (YYYY-MM-DD)']);
    expect(texts(newIssue(INVALID_DATE, [], { value: undefined }))).toEqual(["a date is missing (YYYY-MM-DD)", "thiếu ngày (YYYY-MM-DD)"]);
    expect(texts(newIssue(INVALID_DATE, [], { value: null }))).toEqual(["null is not a calendar date (YYYY-MM-DD)", "null không phải là ngày hợp lệ (YYYY-MM-DD)"]);
  });
});
