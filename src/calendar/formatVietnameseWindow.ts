import { pad } from "./_lib/days.js";
import { daysInMonth } from "./isoDate.js";
import { checkWindow } from "./makeWindow.js";
import type { Window } from "./window.js";

const ROMAN = ["I", "II", "III", "IV"] as const;

/**
 * Writes a window the way Vietnamese plans write it, in one canonical form, so that
 * `parseVietnameseWindow(formatVietnameseWindow(w))` deep-equals `w` for every valid window.
 *
 * The first rule that fits wins:
 *
 * | window | written |
 * |---|---|
 * | 1 January to 31 December | `Năm 2018` |
 * | January to June | `6 tháng đầu năm 2018` |
 * | July to December | `6 tháng cuối năm 2018` |
 * | January to September | `9 tháng đầu năm 2018` |
 * | a whole quarter | `Quý III/2017` (Roman numerals) |
 * | one whole month | `Tháng 7/2017` |
 * | two or three whole months of one year | `Tháng 8,9/2017`, `Tháng 2,3,4/2017` |
 * | four to eleven whole months of one year | `Tháng 3-8/2017` |
 * | whole months across years | `Từ tháng 7/2017 đến tháng 5/2018` |
 * | one day | `Ngày 09/3/2017` (day on two digits, month without padding) |
 * | any other span of days | `Từ ngày 01/7/2017 đến ngày 15/7/2017` |
 *
 * Years below 1000 are written on four digits (`Năm 0999`).
 *
 * @param window - a valid window: both ends real `"YYYY-MM-DD"` dates, the end not before the start.
 * @returns the phrase.
 * @throws {@link PlanError} `invalid_type` at `[]` when `window` is not an object, `invalid_date` at
 *   `["start"]` or `["end"]` for a date that does not exist (both at once), `invalid_window` at `["end"]`
 *   when the window ends before it starts.
 * @example
 * ```ts
 * import { formatVietnameseWindow } from "cong-doan-ke-hoach";
 *
 * formatVietnameseWindow({ start: "2017-08-01", end: "2017-09-30" });
 * //=> "Tháng 8,9/2017"
 * formatVietnameseWindow({ start: "2017-07-01", end: "2018-05-31" });
 * //=> "Từ tháng 7/2017 đến tháng 5/2018"
 * formatVietnameseWindow({ start: "2017-07-01", end: "2017-09-30" });
 * //=> "Quý III/2017"
 * formatVietnameseWindow({ start: "2018-01-01", end: "2018-06-30" });
 * //=> "6 tháng đầu năm 2018"
 * formatVietnameseWindow({ start: "2017-03-09", end: "2017-03-09" });
 * //=> "Ngày 09/3/2017"
 * ```
 * @category Calendar
 */
export function formatVietnameseWindow(window: Window): string {
  const { start, end } = checkWindow(window);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  const year = String(y1).padStart(4, "0");

  if (d1 === 1 && d2 === daysInMonth(y2, m2)) {
    if (y1 !== y2) return `Từ tháng ${m1}/${year} đến tháng ${m2}/${String(y2).padStart(4, "0")}`;
    if (m1 === 1 && m2 === 12) return `Năm ${year}`;
    if (m1 === 1 && m2 === 6) return `6 tháng đầu năm ${year}`;
    if (m1 === 7 && m2 === 12) return `6 tháng cuối năm ${year}`;
    if (m1 === 1 && m2 === 9) return `9 tháng đầu năm ${year}`;
    if (m1 % 3 === 1 && m2 === m1 + 2) return `Quý ${ROMAN[(m1 - 1) / 3]}/${year}`;
    if (m1 === m2) return `Tháng ${m1}/${year}`;
    if (m2 - m1 <= 2) return `Tháng ${range(m1, m2).join(",")}/${year}`;
    return `Tháng ${m1}-${m2}/${year}`;
  }
  if (start === end) return `Ngày ${dayText(start)}`;
  return `Từ ngày ${dayText(start)} đến ngày ${dayText(end)}`;
}

function parts(date: string): readonly [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** "09/3/2017": the day on two digits, the month without padding, as Vietnamese documents write it. */
function dayText(date: string): string {
  const [, month, day] = parts(date);
  return `${pad(day)}/${month}/${date.slice(0, 4)}`;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}
