/**
 * Dates as a reader of a report or a message reads them, shared by the report renderers and the lint
 * messages: "01/07/2017" and "tháng 7/2017" as Vietnamese documents write them (day and month on two
 * digits), "1 July 2017" and "July 2017" in English; never ISO. Inputs are valid ISO dates and months
 * (the callers hold checked data).
 *
 * @internal
 */
import { formatVietnameseWindow } from "../calendar/formatVietnameseWindow.js";
import { daysInMonth } from "../calendar/isoDate.js";
import type { Window } from "../calendar/window.js";

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

const enMonthName = (month: number): string => EN_MONTHS[month - 1] ?? String(month);

/** "2017-07-01" → "01/07/2017". @internal */
export function viDayText(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** "2017-07-01" → "1 July 2017". @internal */
export function enDayText(date: string): string {
  return `${Number(date.slice(8, 10))} ${enMonthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`;
}

/** "2017-07" → "tháng 7/2017". @internal */
export function viMonthText(month: string): string {
  return `tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}

/** "2017-07" → "July 2017". @internal */
export function enMonthText(month: string): string {
  return `${enMonthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
}

/** Whether a window runs from the first day of a month to the last day of a month. */
function wholeMonths({ start, end }: Window): boolean {
  return start.endsWith("-01") && Number(end.slice(8, 10)) === daysInMonth(Number(end.slice(0, 4)), Number(end.slice(5, 7)));
}

/**
 * A window as Vietnamese documents write it: whole months as `formatVietnameseWindow` does ("Tháng
 * 8,9/2017", "Quý III/2017", "Từ tháng 7/2017 đến tháng 5/2018"), days with two-digit days and months
 * ("Ngày 09/03/2017", "Từ ngày 01/07/2017 đến ngày 15/07/2017").
 *
 * @internal
 */
export function viWindowText(window: Window): string {
  if (wholeMonths(window)) return formatVietnameseWindow(window);
  return window.start === window.end ? `Ngày ${viDayText(window.start)}` : `Từ ngày ${viDayText(window.start)} đến ngày ${viDayText(window.end)}`;
}

/**
 * A window in English: "July 2017", "August to September 2017", "July 2017 to May 2018" for whole months;
 * "1 July 2017", "3 July 2017 to 16 July 2017" otherwise.
 *
 * @internal
 */
export function enWindowText(window: Window): string {
  const { start, end } = window;
  if (wholeMonths(window)) {
    const first = enMonthText(start.slice(0, 7));
    const last = enMonthText(end.slice(0, 7));
    if (first === last) return first;
    return start.slice(0, 4) === end.slice(0, 4) ? `${enMonthName(Number(start.slice(5, 7)))} to ${last}` : `${first} to ${last}`;
  }
  return start === end ? enDayText(start) : `${enDayText(start)} to ${enDayText(end)}`;
}
