import { isIsoDate } from "../isoDate.js";

/** An ISO 8601 date-time with `Z` or a numeric offset; seconds and fractions optional. */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * The epoch milliseconds of an ISO 8601 instant with `Z` or an offset (`"2017-07-02T17:30:00Z"`,
 * `"2017-07-03T00:30+07:00"`), by Date.UTC arithmetic only; `undefined` for anything else, including a
 * date-time without an offset and a day or time that does not exist.
 *
 * @internal
 */
export function parseInstant(text: string): number | undefined {
  const match = INSTANT.exec(text.trim());
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s = "0", frac = "0", zulu, sign, oh = "0", om = "0"] = match;
  if (!isIsoDate(`${y}-${mo}-${d}`) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(oh) > 23 || Number(om) > 59) {
    return undefined;
  }
  const offsetMinutes = zulu ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const utc = new Date(0);
  utc.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  utc.setUTCHours(Number(h), Number(mi), Number(s), Math.floor(Number(`0.${frac}`) * 1000));
  return utc.getTime() - offsetMinutes * 60_000;
}
