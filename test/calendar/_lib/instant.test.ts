import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIRST_ISO_DAY, LAST_ISO_DAY, parseInstant, readDateDay, readInstantDay, vietnamDay } from "../../../src/calendar/_lib/instant.js";
import { toDay } from "../../../src/calendar/_lib/days.js";
import { isIsoDate } from "../../../src/calendar/isoDate.js";
import { toVietnamDate } from "../../../src/calendar/toVietnamDate.js";

/** The slow, general way: toVietnamDate's date as a day number, NaN where it throws. */
function slowDay(text: string): number {
  try {
    return toDay(toVietnamDate(text));
  } catch {
    return Number.NaN;
  }
}

const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, "0"));
/** Texts near the grammar of an instant: fields a little out of range, other separators, odd fractions and offsets, spaces. */
const nearInstant = fc
  .record({
    year: fc.oneof(digits(4, 9999), fc.constantFrom("0000", "0001", "9999", "201", "20177")),
    month: fc.oneof(digits(2, 13), fc.constant("1")),
    day: fc.oneof(digits(2, 32), fc.constant("3")),
    separator: fc.constantFrom("T", "t", " ", "X", "", "TT"),
    hours: fc.oneof(digits(2, 25), fc.constant("7")),
    minutes: digits(2, 61),
    seconds: fc.option(fc.oneof(digits(2, 61), fc.constant("5")), { nil: undefined }),
    fraction: fc.option(fc.tuple(fc.constantFrom(".", ",", ";"), fc.stringMatching(/^\d{0,11}$/)), { nil: undefined }),
    zone: fc.oneof(
      fc.constantFrom("Z", "z", "", "UTC", "+", "Zz"),
      fc.tuple(fc.constantFrom("+", "-", "±"), digits(2, 25), fc.constantFrom(":", "", "::"), digits(2, 61)).map((t) => t.join("")),
    ),
    before: fc.constantFrom("", "", "", " ", "\n"),
    after: fc.constantFrom("", "", "", " ", "x", "\u00a0"),
  })
  .map((f) => `${f.before}${f.year}-${f.month}-${f.day}${f.separator}${f.hours}:${f.minutes}${f.seconds === undefined ? "" : `:${f.seconds}${f.fraction === undefined ? "" : f.fraction.join("")}`}${f.zone}${f.after}`);

describe("readInstantDay", () => {
  it.each([
    ["2017-08-03T17:30:00Z", "2017-08-04"],
    ["2017-08-03T16:59:59.999999999Z", "2017-08-03"],
    ["2017-08-03T00:30+07:00", "2017-08-03"],
    ["2017-08-03T23:30:00-0500", "2017-08-04"],
    ["2017-08-03 10:00z", "2017-08-03"],
    ["0001-01-01T00:00:00+07:00", "0001-01-01"],
  ])("%s is a day of %s", (text, date) => {
    expect(readInstantDay(text)).toBe(toDay(date));
  });

  it.each(["9999-12-31T17:00:00Z", "0001-01-01T00:00:00+08:00", "2017-02-29T10:00Z", " 2017-08-03T10:00Z", "2017-08-03T10:00Z ", "2017-08-03T10:00", "2017-08-03T24:00Z"])(
    "leaves %j to the slow way",
    (text) => {
      expect(readInstantDay(text)).toBeNaN();
    },
  );

  it("agrees with toVietnamDate wherever it answers, and answers for every plain instant toVietnamDate reads", () => {
    fc.assert(
      fc.property(nearInstant, (text) => {
        const fast = readInstantDay(text);
        const slow = slowDay(text);
        if (!Number.isNaN(fast)) expect(fast).toBe(slow);
        if (!Number.isNaN(slow) && text === text.trim() && text.length > 10) expect(fast).toBe(slow);
      }),
      { numRuns: 20_000 },
    );
  });

  it("answers only within the years 0001–9999", () => {
    fc.assert(
      fc.property(nearInstant, (text) => {
        const fast = readInstantDay(text);
        if (!Number.isNaN(fast)) expect(fast >= FIRST_ISO_DAY && fast <= LAST_ISO_DAY).toBe(true);
      }),
    );
  });
});

describe("parseInstant", () => {
  // The oracle: the regular expression and Date arithmetic it was written with before it read characters.
  const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
  function byRegExp(text: string): number | undefined {
    const match = INSTANT.exec(text.trim());
    if (match === null) return undefined;
    const [, y, mo, d, h, mi, s = "0", frac = "0", zulu, sign, oh = "0", om = "0"] = match;
    if (!isIsoDate(`${y}-${mo}-${d}`) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(oh) > 23 || Number(om) > 59) return undefined;
    const offsetMinutes = zulu ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
    const utc = new Date(0);
    utc.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
    utc.setUTCHours(Number(h), Number(mi), Number(s), Math.floor(Number(`0.${frac}`) * 1000));
    return utc.getTime() - offsetMinutes * 60_000;
  }

  it("gives the milliseconds the regular expression and Date give, for texts near and far from an instant", () => {
    fc.assert(
      fc.property(fc.oneof(nearInstant, fc.string({ maxLength: 30 })), (text) => {
        expect(parseInstant(text)).toBe(byRegExp(text));
      }),
      { numRuns: 30_000 },
    );
  });
});

describe("readDateDay", () => {
  it("agrees with isIsoDate and toDay on ten-character texts", () => {
    const near = fc
      .tuple(fc.oneof(digits(4, 9999), fc.constantFrom("0000", "2O17", "+201")), fc.constantFrom("-", "/", "–"), digits(2, 13), fc.constantFrom("-", "."), digits(2, 32))
      .map((t) => t.join(""));
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ minLength: 10, maxLength: 10 })), (text) => {
        const day = readDateDay(text);
        if (isIsoDate(text)) expect(day).toBe(toDay(text));
        else expect(day).toBeNaN();
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("vietnamDay", () => {
  it("gives the day of toVietnamDate's date for an instant of the years 0001–9999, NaN otherwise (property)", () => {
    // Whole milliseconds, as Date.prototype.getTime gives them, from before 0001 to after 9999 and up to Date's range.
    const ms = fc.oneof(fc.integer({ min: -62_200_000_000_000, max: 253_500_000_000_000 }), fc.integer({ min: -8.64e15, max: 8.64e15 }));
    fc.assert(
      fc.property(ms, (ms) => {
        let expected = Number.NaN;
        try {
          expected = toDay(toVietnamDate(new Date(ms)));
        } catch {
          // toVietnamDate refuses a date outside the years 0001–9999.
        }
        expect(vietnamDay(ms)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(vietnamDay(Number.NaN)).toBeNaN();
    expect(vietnamDay(Date.UTC(2017, 6, 2, 17))).toBe(toDay("2017-07-03"));
    expect(vietnamDay(Date.UTC(2017, 6, 2, 16, 59, 59, 999))).toBe(toDay("2017-07-02"));
  });
});
