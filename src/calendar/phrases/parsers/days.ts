/**
 * Days: "ngày 09/3/2017", "09/03/2017", "ngày 9 tháng 3 năm 2017", "30.7.2014", with a clock time or a
 * weekday around them ("lúc 20h30, ngày 28/11/2023 (thứ ba)", "Thứ tư - 27/03/2019 22:30": that day;
 * a weekday that contradicts the date is an error), and the dotted month "7.2014" of documents that date
 * anniversaries ("7.1946-7.2014"). With a reference date, "ngày 25/11" is in the reference date's year; a
 * bare "25/11" (without "ngày") never is: it may be a fraction or a document number.
 *
 * @internal
 * @packageDocumentation
 */
import { AT, eat, fail, isK, isW, quiet, raw, tok, unexpected, type Cursor } from "../cursor.js";
import { own } from "../../../_lib/own.js";
import { isYear, month, year } from "../numbers.js";
import { monthSpan, type Period } from "../period.js";

const WEEKDAY: Readonly<Record<string, number>> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** Reads "thứ hai" … "thứ bảy", "thứ 2" … "thứ 7", "chủ nhật": 1 Monday … 7 Sunday. */
function weekday(c: Cursor): number | undefined {
  const next = tok(c, 1);
  let w: number | undefined;
  if (isW(c, "thu") && next !== undefined) w = next.k === "n" ? (/^[2-7]$/.test(next.t) ? Number(next.t) - 1 : undefined) : own(WEEKDAY, next.t.replace("~", ""));
  else if (isW(c, "chu") && isW(c, "nhat", 1)) w = 7;
  if (w !== undefined) c.i += 2;
  return w;
}

/** Reads a clock time ("lúc 20h30", "20h", "22:30", "8 giờ 30 phút"), checks it and drops it. */
function clock(c: Cursor): boolean {
  const t0 = c.i;
  eat(c, "vao");
  const at = eat(c, "luc");
  const h = tok(c);
  const sep = tok(c, 1);
  if (h?.k !== "n" || h.t.length > 2 || !(sep?.t === "h" || sep?.t === "gio" || (sep?.k === ":" && isK(c, "n", 2)))) {
    if (at) unexpected(c, "a time of day", "giờ");
    c.i = t0;
    return false;
  }
  const hour = c.i;
  c.i += 2;
  const minute = isK(c, "n") && tok(c)!.t.length <= 2 ? c.i++ : -1;
  const m = minute < 0 ? 0 : Number(c.t[minute]!.t);
  if (sep.t === "gio") eat(c, "phut");
  if (Number(h.t) > 24 || m > 59 || (Number(h.t) === 24 && m > 0)) {
    const text = c.src.slice(h.s, c.t[c.i - 1]!.e);
    fail(c, Number(h.t) > 24 ? hour : minute, `time ${JSON.stringify(text)} ${AT}`, `giờ ${JSON.stringify(text)} ${AT}`, true);
  }
  return true;
}

/** What may follow the number that starts a day in running text ("12/3/2017", "30.7.2014", "01 - 03/12/2023", "9 tháng 3"). */
const AFTER_NUMBER = new Set(["/", ".", "-", "thang"]);

/** Reads a day with its clock time and weekday, or declines. @internal */
export function readDay(c: Cursor): Period | undefined {
  const t0 = c.i;
  let wd: number | undefined;
  let wdt = -1;
  let decorated = false;
  for (let n = 0; n < 2; n++) {
    const at = c.i;
    const w = weekday(c);
    if (w !== undefined) [wd, wdt] = [w, at];
    else if (!clock(c)) break;
    decorated = true;
    if (isK(c, ",") || isK(c, "-")) c.i++;
  }
  if (c.find && !decorated && !(isW(c, "ngay") ? isK(c, "n", 1) : isK(c, "n") && AFTER_NUMBER.has(tok(c, 1)?.t ?? ""))) return undefined;
  const word = eat(c, "ngay");
  if (!word && !isK(c, "n")) {
    if (!decorated) return undefined;
    unexpected(c, "a day", "một ngày");
  }
  const dt = c.i;
  const d = tok(c);
  if (d?.k !== "n") return unexpected(c, "a day", "một ngày");
  if (!word && d.t.length === 4) quiet(c);
  const text = raw(c, dt);
  if (!word && d.t.length === 4) fail(c, dt, `"${text}" ${AT} needs a word: write "năm ${text}" for a year`, `"${text}" ${AT} thiếu chữ: viết "năm ${text}" nếu là năm`);
  const sep = tok(c, 1);
  if (!word && sep?.k === "." && isYear(c, 2)) {
    // "7.2014": a month and its year.
    const from = month(c);
    c.i++;
    const y = year(c);
    return { k: "m", t0, t1: c.i, y, w: (y) => monthSpan(y, from, from) };
  }
  if (d.t.length > 2 || Number(d.t) < 1 || Number(d.t) > 31) fail(c, dt, `day ${text} ${AT}`, `ngày ${text} ${AT}`, true);
  c.i++;
  let mo: number | undefined;
  let y: number | undefined;
  if (sep?.k === "/" || sep?.t === "thang" || (sep?.k === "." && isK(c, "n", 1))) {
    c.i++;
    if (!word && sep.k === "/" && isYear(c)) {
      quiet(c);
      const shown = `${text}/${raw(c, c.i)}`;
      fail(c, dt, `"${shown}" ${AT} needs a word: write "tháng ${shown}" for a month`, `"${shown}" ${AT} thiếu chữ: viết "tháng ${shown}" nếu là tháng`);
    }
    mo = month(c);
    const ysep = sep.k === "w" ? isW(c, "nam") : isK(c, sep.k) && (sep.k === "/" || isYear(c, 1));
    if (ysep) {
      c.i++;
      y = year(c);
    }
  }
  for (let n = 0; n < 2; n++) {
    const at = c.i;
    if (isK(c, ",")) c.i++;
    const paren = isK(c, "(");
    if (paren) c.i++;
    const wAt = c.i;
    const w = weekday(c);
    if (w !== undefined && (!paren || isK(c, ")"))) {
      [wd, wdt] = [w, wAt];
      if (paren) c.i++;
      continue;
    }
    if (!paren && clock(c)) continue;
    c.i = at;
    break;
  }
  return { k: "d", t0, t1: c.i, d: Number(d.t), mo, y, dt, wd, wdt, bare: !word };
}

/** Phrases of this family and how they read (window start/end; a third column is the reference date). @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["ngày 09/3/2017", "2017-03-09/2017-03-09"],
  ["09/03/2017", "2017-03-09/2017-03-09"],
  ["ngày 9 tháng 3 năm 2017", "2017-03-09/2017-03-09"],
  ["30.7.2014", "2014-07-30/2014-07-30"],
  ["ngày 30.7.2014", "2014-07-30/2014-07-30"],
  ["từ ngày 1 tháng 7 năm 2017 đến 15 tháng 7 năm 2017", "2017-07-01/2017-07-15"],
  ["từ ngày 01- 03/12/2023", "2023-12-01/2023-12-03"],
  ["Từ ngày 15/11/2025 đến ngày 15/12/2025", "2025-11-15/2025-12-15"],
  ["28/7/1929 – 28/7/2015", "1929-07-28/2015-07-28"],
  ["lúc 20h30, ngày 28/11/2023 (thứ ba)", "2023-11-28/2023-11-28"],
  ["Thứ tư - 27/03/2019 22:30", "2019-03-27/2019-03-27"],
  ["Thứ năm, ngày 01/11/2018", "2018-11-01/2018-11-01"],
  ["ngày 28/11/2023 lúc 8 giờ 30 phút", "2023-11-28/2023-11-28"],
  ["chủ nhật, ngày 26/11/2023", "2023-11-26/2023-11-26"],
  ["ngày 25/11", "2025-11-25/2025-11-25", "2025-11-19"],
  ["từ ngày 15/11 đến ngày 15/12", "2025-11-15/2025-12-15", "2025-11-19"],
];
