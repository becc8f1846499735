import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekdayDayText } from "../../../src/report/_lib/weekday.js";

const VI = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

describe("weekdayDayText (date-fns's vi locale)", () => {
  it("names the weekday of a deadline as documents write the day", () => {
    expect(weekdayDayText("2017-09-05", "vi")).toBe("Thứ Ba, 05/09/2017");
    expect(weekdayDayText("2017-09-05", "en")).toBe("Tuesday, 5 September 2017");
    expect(weekdayDayText("2026-02-16", "vi")).toBe("Thứ Hai, 16/02/2026");
  });

  it("gives the weekday of the day itself, in any year and whatever the host's time zone (run again by test:tz)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }), (dayNumber) => {
        const utc = new Date(dayNumber * 864e5);
        const iso = utc.toISOString().slice(0, 10).padStart(10, "0");
        const weekday = utc.getUTCDay();
        const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
        expect(weekdayDayText(iso, "vi")).toBe(`${VI[weekday]}, ${d}/${m}/${y}`);
        expect(weekdayDayText(iso, "en")).toBe(`${EN[weekday]}, ${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`);
      }),
      { numRuns: 300 },
    );
  });
});
