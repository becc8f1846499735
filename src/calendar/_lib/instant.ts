import { readDateDay, twoDigits } from "../isoDate.js";

export { readDateDay };

const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Day numbers of 0001-01-01 and 9999-12-31: the dates an ISO date can name. @internal */
export const FIRST_ISO_DAY = -719_162;
export const LAST_ISO_DAY = 2_932_896;

/**
 * The epoch milliseconds of a whole text that is an ISO 8601 instant with `Z` or an offset:
 * `YYYY-MM-DD`, `T` (or `t` or a space), `HH:MM`, optionally `:SS` and a fraction of 1–9 digits after `.`
 * or `,`, then `Z`, `z`, `±HH:MM` or `±HHMM`; a real day and time (hours ≤ 23, minutes and seconds ≤ 59,
 * offsets up to 23:59). `NaN` for anything else. Character codes and integer arithmetic only.
 */
function instantMs(text: string): number {
  const length = text.length;
  const date = length < 17 ? Number.NaN : readDateDay(text);
  const separator = text.charCodeAt(10);
  const hours = twoDigits(text, 11);
  const minutes = twoDigits(text, 14);
  if (date !== date || (separator !== 84 && separator !== 116 && separator !== 32) || text.charCodeAt(13) !== 58 || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
    return Number.NaN;
  }
  let i = 16;
  let seconds = 0;
  let fraction = 0;
  if (text.charCodeAt(i) === 58) {
    seconds = twoDigits(text, 17);
    if (seconds < 0 || seconds > 59) return Number.NaN;
    i = 19;
    const mark = text.charCodeAt(i);
    if (mark === 46 || mark === 44) {
      let j = i + 1;
      while (j < length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j += 1;
      if (j === i + 1 || j > i + 10) return Number.NaN;
      fraction = Math.floor(Number(`0.${text.slice(i + 1, j)}`) * 1000);
      i = j;
    }
  }
  const zone = text.charCodeAt(i);
  let offset = 0;
  if (zone === 90 || zone === 122) {
    if (i + 1 !== length) return Number.NaN;
  } else if (zone === 43 || zone === 45) {
    const offsetHours = twoDigits(text, i + 1);
    let k = i + 3;
    if (text.charCodeAt(k) === 58) k += 1;
    const offsetMinutes = twoDigits(text, k);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 || k + 2 !== length) return Number.NaN;
    offset = (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  } else return Number.NaN;
  return date * MS_PER_DAY + ((hours * 60 + minutes - offset) * 60 + seconds) * 1000 + fraction;
}

/**
 * The epoch milliseconds of an ISO 8601 instant with `Z` or an offset (`"2017-07-02T17:30:00Z"`,
 * `"2017-07-03T00:30+07:00"`), spaces around it ignored; `undefined` for anything else, including a
 * date-time without an offset and a day or time that does not exist.
 *
 * @internal
 */
export function parseInstant(text: string): number | undefined {
  const ms = instantMs(text.trim());
  return ms === ms ? ms : undefined;
}

/**
 * The day number of an instant's date in Vietnam (UTC+07:00) when the text is exactly an instant that
 * {@link parseInstant} reads (no spaces around it) and that date is in the years 0001–9999; `NaN`
 * otherwise, which the caller reads the slow way (`toVietnamDate`), so that both ways always agree.
 *
 * @internal
 */
export function readInstantDay(text: string): number {
  return vietnamDay(instantMs(text));
}

/**
 * The day number of the date in Vietnam (UTC+07:00) of an instant in epoch milliseconds, when that date is in
 * the years 0001–9999; `NaN` otherwise (and for `NaN`).
 *
 * @internal
 */
export function vietnamDay(ms: number): number {
  const day = Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY);
  return day >= FIRST_ISO_DAY && day <= LAST_ISO_DAY ? day : Number.NaN;
}
