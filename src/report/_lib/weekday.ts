import { format } from "date-fns/format";
import { vi } from "date-fns/locale/vi";

/**
 * A day with its weekday, as a reader plans by it: "Thứ Ba, 05/09/2017" (Vietnamese, the day as documents
 * write it), "Tuesday, 5 September 2017" (English). The weekday names are date-fns's `vi` and `en-US`
 * locales'. The date is made at local midnight and read back with local getters, so the host's time zone
 * never moves it to another day. Used where a report lists a few deadlines, never in a loop over periods.
 *
 * @internal
 */
export function weekdayDayText(date: string, language: "vi" | "en"): string {
  const day = new Date(2000, 0, 1);
  day.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return language === "vi" ? format(day, "EEEE, dd/MM/yyyy", { locale: vi }) : format(day, "EEEE, d MMMM yyyy");
}
