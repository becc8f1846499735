import { vi } from "date-fns/locale/vi";
import { isoWeekday, partsOf, toDay } from "../../calendar/_lib/days.js";

const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * A day with its weekday, as a reader plans by it: "Thứ Ba, 05/09/2017" (Vietnamese, the day as documents
 * write it), "Tuesday, 5 September 2017" (English). The Vietnamese weekday names are date-fns's `vi`
 * locale's (`localize.day`); the day is found by calendar arithmetic, so no host time zone can move it.
 * Only the locale is imported, not date-fns's `format` and its fifty modules, which would cost every user
 * of the package's root tens of milliseconds at start-up for a few deadlines in a report.
 *
 * @internal
 */
export function weekdayDayText(date: string, language: "vi" | "en"): string {
  const day = toDay(date);
  const sunday0 = isoWeekday(day) % 7;
  if (language === "en") {
    const { month, day: dayOfMonth } = partsOf(day);
    return `${WEEKDAYS_EN[sunday0]!}, ${dayOfMonth} ${MONTHS_EN[month - 1]!} ${date.slice(0, 4)}`;
  }
  return `${vi.localize.day(sunday0 as 0, { width: "wide" })}, ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
