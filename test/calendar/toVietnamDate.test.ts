import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlanError } from "../../src/index.js";
import { toVietnamDate } from "../../src/calendar/toVietnamDate.js";

// An independent oracle: the platform's time-zone database, for Vietnam.
const vietnam = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" });

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof PlanError ? error.issues[0]?.code : "not a PlanError";
  }
  return undefined;
};

describe("toVietnamDate", () => {
  it.each([
    ["2017-07-02T17:30:00Z", "2017-07-03"],
    ["2017-07-02T16:59:59Z", "2017-07-02"],
    ["2017-07-02T17:00:00Z", "2017-07-03"],
    ["2017-07-03T00:30:00+07:00", "2017-07-03"],
    ["2017-07-02T23:59:59.999-05:00", "2017-07-03"],
    ["2017-12-31T17:00Z", "2018-01-01"],
    ["2016-02-28T18:00:00+0000", "2016-02-29"],
    ["2017-07-02 10:00:00Z", "2017-07-02"],
    ["2017-08-01", "2017-08-01"],
  ])("%s → %s", (input, expected) => {
    expect(toVietnamDate(input)).toBe(expected);
  });

  it("reads JS Dates by their instant", () => {
    expect(toVietnamDate(new Date(Date.UTC(2017, 6, 2, 17, 30)))).toBe("2017-07-03");
  });

  it.each([
    ["a date-time without an offset", "2017-07-02T10:00:00"],
    ["a day that does not exist", "2017-02-30T10:00Z"],
    ["a date that does not exist", "2017-02-30"],
    ["hour 24", "2017-07-02T24:00Z"],
    ["text", "hôm nay"],
    ["an empty string", ""],
  ])("refuses %s with invalid_date", (_name, input) => {
    expect(codeOf(() => toVietnamDate(input))).toBe("invalid_date");
  });

  it("says that an instant needs an offset, and refuses days outside years 0001–9999", () => {
    try {
      toVietnamDate("2017-07-02T10:00:00");
      expect.unreachable();
    } catch (error) {
      expect((error as PlanError).issues[0]?.message).toContain("offset");
    }
    expect(codeOf(() => toVietnamDate("9999-12-31T20:00:00Z"))).toBe("invalid_date");
    expect(codeOf(() => toVietnamDate(new Date(8.64e15)))).toBe("invalid_date");
    expect(codeOf(() => toVietnamDate(new Date(Date.UTC(-1, 0, 1))))).toBe("invalid_date");
  });

  it("refuses an invalid Date and non-strings", () => {
    expect(codeOf(() => toVietnamDate(new Date(Number.NaN)))).toBe("invalid_date");
    expect(codeOf(() => toVietnamDate(42 as never))).toBe("invalid_date");
  });

  it("equals the date in Asia/Ho_Chi_Minh of any instant, whatever the host's time zone", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1980-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), (date) => {
        const expected = vietnam.format(date);
        expect(toVietnamDate(date)).toBe(expected);
        expect(toVietnamDate(date.toISOString())).toBe(expected);
        expect(toVietnamDate(new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10))).toBe(
          new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same day for the same instant written with any offset", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2050-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? "-" : "+";
          const abs = Math.abs(offsetMinutes);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
          const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
          expect(toVietnamDate(text)).toBe(vietnam.format(whole));
        },
      ),
      { numRuns: 300 },
    );
  });
});
