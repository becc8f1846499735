/**
 * Lunar dates: "Tết Nguyên đán 2026", "Tết Bính Ngọ 2026" (mùng 1 Tết, the first day of the lunar year),
 * "mùng 1 Tết Bính Ngọ", "30 Tết" (the last day of the lunar year, whether its last month has 29 or 30
 * days), "29 tháng Chạp năm Ất Tỵ", "Rằm tháng Giêng 2026", "ngày 15 tháng 7 âm lịch năm 2025", "tháng
 * Chạp năm Ất Tỵ", "Tết Trung thu 2025", "Tết Đoan ngọ 2025". A year is the lunar year, numbered by the
 * solar year in which its Tết falls; a can chi name ("Bính Ngọ") is the year of that name nearest the
 * reference date. Without a year, with a reference date, a phrase is the first such day on or after it
 * ("trước Tết" in a plan of December 2025 is Tết 2026). "Tết" alone ("thưởng Tết", "đón Tết") names the
 * festival, not a day, and is not read, except after "trước".
 *
 * @internal
 * @packageDocumentation
 */
import { PlanError } from "../../../errors/PlanError.js";
import { fromDay, toDay } from "../../_lib/days.js";
import { lunarMonthsOfYear } from "../../lunar/lunarMonthsOfYear.js";
import { lunarToSolar } from "../../lunar/lunarToSolar.js";
import { lunarYearFromName } from "../../lunar/lunarYearFromName.js";
import { lunarYearName } from "../../lunar/lunarYearName.js";
import { solarToLunar } from "../../lunar/solarToLunar.js";
import { tetDate } from "../../lunar/tetDate.js";
import { AT, eat, fail, isK, isW, quiet, raw, rawSpan, tok, type Cursor } from "../cursor.js";
import { own } from "../../../_lib/own.js";
import { isYear, year } from "../numbers.js";
import { needRef, type Period, type Win } from "../period.js";

/** The first words of the ten stems (can), folded. */
const STEMS = new Set(["giap", "at", "binh", "dinh", "mau", "ky", "ki", "canh", "tan", "nham", "quy", "qui"]);
/** Months by their lunar names, folded. */
const MONTHS: Readonly<Record<string, number>> = { gieng: 1, chap: 12 };
/** The festivals of the lunar calendar: month and day. */
const FESTIVALS: Readonly<Record<string, readonly [number, number]>> = { "trung thu": [8, 15], "doan ngo": [5, 5], "nguyen tieu": [1, 15] };

/** A year read after a lunar phrase: the number, the can chi name, or both. */
function lunarYear(c: Cursor): { y?: number; name?: string; at: number } {
  const at = c.i;
  const yearWord = isW(c, "nam") || isW(c, "~nam");
  if (yearWord && (isK(c, "n", 1) || STEMS.has(tok(c, 1)?.t.replace("~", "") ?? ""))) c.i++;
  let name: string | undefined;
  if (STEMS.has(tok(c)?.t.replace("~", "") ?? "") && isK(c, "w", 1)) {
    name = `${raw(c, c.i)} ${raw(c, c.i + 1)}`;
    try {
      lunarYearFromName(name, 2000);
      c.i += 2;
    } catch {
      name = undefined;
    }
  }
  const y = isYear(c) ? year(c) : undefined;
  if (y !== undefined && name !== undefined && fold(lunarYearName(y)) !== fold(name)) {
    const text = rawSpan(c, at, c.i);
    fail(c, at, `"${text}" ${AT}: the lunar year ${y} is ${lunarYearName(y)}`, `"${text}" ${AT}: năm âm lịch ${y} là năm ${lunarYearName(y)}`, true);
  }
  if (name === undefined && y === undefined) c.i = at;
  return { ...(y === undefined ? {} : { y }), ...(name === undefined ? {} : { name }), at };
}

const fold = (s: string): string => s.normalize("NFD").toLowerCase().replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/\bki\b/, "ky").replace(/\bqui\b/, "quy");

/** Runs the lunar calendar, its PlanErrors turned into problems of the phrase. */
function lunar<T>(c: Cursor, at: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    quiet(c);
    const issue = error.issues[0];
    return fail(c, at, `"${rawSpan(c, at, c.i)}" ${AT}: ${issue?.message ?? ""}`, `"${rawSpan(c, at, c.i)}" ${AT}: ${issue?.messageVi ?? ""}`, true);
  }
}

/**
 * The day of a lunar (month, day) in the year read, or the first on or after the reference date. `tet`:
 * the day is counted from Tết (day 0 is the eve, "30 Tết").
 */
function dayIn(c: Cursor, t0: number, spec: ReturnType<typeof lunarYear>, month: number, day: number, tet: boolean): string {
  const at = (y: number): string => (tet ? fromDay(toDay(tetDate(y)) + day - 1) : lunarToSolar({ year: y, month, day }));
  return lunar(c, t0, () => {
    if (spec.y !== undefined) return at(spec.y);
    const ref = c.ref ?? "";
    const near = needRef(c, t0, c.i);
    if (spec.name !== undefined) return at(lunarYearFromName(spec.name, near));
    // The first such day on or after the reference date.
    const first = solarToLunar(ref).year - 1;
    for (let y = first; y < first + 3; y++) if (at(y) >= ref) return at(y);
    return at(first + 3);
  });
}

/** "Tết …": the day of Tết, or with `bare` ("trước Tết") even without a year or "Nguyên đán". @internal */
export function readTet(c: Cursor, bare: boolean): Period | undefined {
  const t0 = c.i;
  // "tối 30 Tết": the evening is that day.
  if (isK(c, "n", 1) && !eat(c, "toi")) eat(c, "~toi");
  // The day counted from Tết: mùng 1 is 1, "30 Tết" (the eve) is 0.
  const mung = (eat(c, "mung") || eat(c, "mong")) && isK(c, "n");
  const numbered = mung || tok(c)?.t === "30";
  const offset = mung ? Number(tok(c)!.t) : numbered ? 0 : 1;
  if (!isW(c, "tet", numbered ? 1 : 0)) {
    c.i = t0;
    return undefined;
  }
  c.i += numbered ? 2 : 1;
  const festival = FESTIVALS[`${tok(c)?.t} ${tok(c, 1)?.t}`.replace(/~/g, "")];
  const lunarNewYear = festival === undefined && eat(c, "nguyen", "dan");
  if (festival !== undefined) c.i += 2;
  const spec = lunarYear(c);
  if (festival === undefined && !lunarNewYear && !numbered && spec.y === undefined && spec.name === undefined && !bare) {
    // "thưởng Tết", "đón Tết": the festival, not a day.
    c.i = t0;
    return undefined;
  }
  if (offset > 10 && festival === undefined) fail(c, t0, `"${rawSpan(c, t0, c.i)}" ${AT}: mùng 1 to mùng 10 Tết are read`, `"${rawSpan(c, t0, c.i)}" ${AT}: chỉ đọc từ mùng 1 đến mùng 10 Tết`, true);
  const date = festival === undefined ? dayIn(c, t0, spec, 1, offset, true) : dayIn(c, t0, spec, festival[0], festival[1], false);
  return { k: "l", t0, t1: c.i, fixed: [date, date] };
}

/** A lunar month: "tháng Chạp", "tháng Giêng", "tháng 7 âm lịch" (then "âm lịch" may follow the year). */
function lunarMonth(c: Cursor): number | undefined {
  if (!isW(c, "thang")) return undefined;
  const m = own(MONTHS, tok(c, 1)?.t ?? "");
  if (m !== undefined) {
    c.i += 2;
    return m;
  }
  const n = tok(c, 1);
  if (n?.k === "n" && n.t.length <= 2 && Number(n.t) >= 1 && Number(n.t) <= 12 && isW(c, "am", 2) && isW(c, "lich", 3)) {
    c.i += 4;
    return Number(n.t);
  }
  return undefined;
}

/** Reads a lunar date or month, or declines. @internal */
export function readLunar(c: Cursor): Period | undefined {
  const tet = readTet(c, false);
  if (tet !== undefined) return tet;
  const t0 = c.i;
  // "Rằm tháng Giêng", "29 tháng Chạp", "ngày 15 tháng 7 âm lịch", "tháng Chạp".
  const full = eat(c, "ram") ? 15 : undefined;
  if (full === undefined) eat(c, "ngay");
  const d = full ?? (isK(c, "n") && tok(c)!.t.length <= 2 ? Number(tok(c)!.t) : undefined);
  if (full === undefined && d !== undefined) c.i++;
  const month = lunarMonth(c);
  if (month === undefined || (d !== undefined && (d < 1 || d > 30))) {
    c.i = t0;
    return undefined;
  }
  const spec = lunarYear(c);
  eat(c, "am", "lich");
  if (d !== undefined) {
    const date = dayIn(c, t0, spec, month, d, false);
    return { k: "l", t0, t1: c.i, fixed: [date, date] };
  }
  // A whole lunar month.
  const window = lunar(c, t0, (): Win => {
    const first = dayIn(c, t0, spec, month, 1, false);
    const m = lunarMonthsOfYear(solarToLunar(first).year).find((x) => x.start === first && !x.leap);
    return [first, m?.end ?? first];
  });
  return { k: "l", t0, t1: c.i, fixed: window };
}

/** Phrases of this family and how they read (window start/end; a third column is the reference date). @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["Tết Nguyên đán 2026", "2026-02-17/2026-02-17"],
  ["Tết Bính Ngọ 2026", "2026-02-17/2026-02-17"],
  ["Tết Nguyên đán Bính Ngọ 2026", "2026-02-17/2026-02-17"],
  ["mùng 1 Tết Bính Ngọ 2026", "2026-02-17/2026-02-17"],
  ["mùng 3 Tết năm 2026", "2026-02-19/2026-02-19"],
  ["30 Tết năm 2026", "2026-02-16/2026-02-16"],
  ["29 tháng Chạp năm 2025", "2026-02-16/2026-02-16"],
  ["Rằm tháng Giêng 2026", "2026-03-03/2026-03-03"],
  ["ngày 15 tháng 7 âm lịch năm 2025", "2025-09-06/2025-09-06"],
  ["tháng Chạp năm 2025", "2026-01-19/2026-02-16"],
  ["Tết Trung thu 2025", "2025-10-06/2025-10-06"],
  ["Tết Đoan ngọ 2025", "2025-05-31/2025-05-31"],
  ["Tết Bính Ngọ", "2026-02-17/2026-02-17", "2025-12-01"],
  ["mùng 1 Tết Bính Ngọ", "2026-02-17/2026-02-17", "2025-12-01"],
  ["29 tháng Chạp năm Ất Tỵ", "2026-02-16/2026-02-16", "2025-12-01"],
  ["Tết Nguyên đán", "2026-02-17/2026-02-17", "2025-12-01"],
  ["tối 30 Tết", "2026-02-16/2026-02-16", "2025-12-01"],
  ["trước Tết", "deadline 2026-02-17", "2025-12-01"],
  ["trước tối 30 Tết", "deadline 2026-02-16", "2025-12-01"],
];
