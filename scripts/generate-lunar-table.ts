/**
 * Generates src/calendar/lunar/_lib/table.ts, the packed table of the Vietnamese lunisolar calendar (âm
 * lịch) for the lunar years 1900–2199.
 *
 * The calendar follows the rules that Hồ Ngọc Đức states in "Âm lịch Việt Nam" / "Computing the
 * Vietnamese lunar calendar" (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html), after
 * the Explanatory Supplement to the Astronomical Almanac:
 * 1. a month begins on the day (in UTC+07:00, meridian 105° E) that holds the instant of new moon (sóc);
 * 2. the winter solstice (Đông chí) always falls in month 11;
 * 3. when 13 months lie between two months 11, the first month after the first of them that holds no
 *    principal term (trung khí: the sun's apparent longitude at a multiple of 30°) is the leap month
 *    (tháng nhuận) and takes the number of the month before it.
 * The instants come from scripts/lunar/astronomy.ts (Meeus and VSOP87), not from the simplified formulas
 * of the article, which the article itself says are less precise than its calendar program.
 *
 * Usage: `npx tsx scripts/generate-lunar-table.ts` rewrites the table; `--check` only compares.
 * test/calendar/lunarTable.test.ts regenerates the table and compares it with the committed file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { newMoonJde, solarLongitudeJde, toUniversalTime } from "./lunar/astronomy.js";

/** The first and last lunar years of the table. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** One lunar month: its lunar year and number, whether it is the leap month, first day and length. */
export interface MonthRecord {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  /** The day number (days since 1970-01-01) of its first day, mùng 1. */
  readonly start: number;
  readonly days: number;
}

/** The day number (days since 1970-01-01) that holds an instant (Julian Day, UT) at a UTC offset in hours. */
function localDay(jdUt: number, offsetHours: number): number {
  return Math.floor(jdUt + 0.5 + offsetHours / 24) - 2440588;
}

/**
 * Every lunar month of the lunar years `first`..`last` in the lunisolar calendar kept at a UTC offset:
 * +7 for Vietnam, +8 for China (the same rules, another meridian).
 *
 * @returns the months in order, with their lengths.
 */
export function computeLunarMonths(first: number, last: number, offsetHours: number): MonthRecord[] {
  // New moons from well before the winter solstice of first − 2 to well after that of last + 1.
  const kFirst = Math.floor((first - 2 - 2000) * 12.3685) - 2;
  const kLast = Math.ceil((last + 2 - 2000) * 12.3685) + 2;
  const newMoons: number[] = [];
  for (let k = kFirst; k <= kLast; k += 1) newMoons.push(localDay(toUniversalTime(newMoonJde(k)), offsetHours));
  for (let i = 1; i < newMoons.length; i += 1) {
    const length = (newMoons[i] ?? 0) - (newMoons[i - 1] ?? 0);
    if (length !== 29 && length !== 30) throw new Error(`a lunar month of ${length} days`);
  }

  // The day of each principal term, by solar year (the March equinox of year Y is near 2451623.8 + …).
  const termDays: number[] = [];
  const solsticeDay = new Map<number, number>();
  for (let y = first - 2; y <= last + 1; y += 1) {
    const equinox = 2451623.8 + 365.2422 * (y - 2000);
    for (let i = 0; i < 12; i += 1) {
      const degrees = i * 30;
      const day = localDay(toUniversalTime(solarLongitudeJde(degrees, equinox + (degrees / 360) * 365.2422)), offsetHours);
      termDays.push(day);
      if (degrees === 270) solsticeDay.set(y, day);
    }
  }
  const holdsTerm = (i: number): boolean => {
    const start = newMoons[i] ?? Number.NaN;
    const end = newMoons[i + 1] ?? Number.NaN;
    return termDays.some((day) => day >= start && day < end);
  };

  // The index (into newMoons) of month 11, the month that holds the winter solstice of solar year y.
  const month11 = (y: number): number => {
    const solstice = solsticeDay.get(y) ?? Number.NaN;
    let index = -1;
    newMoons.forEach((day, i) => {
      if (day <= solstice) index = i;
    });
    if (index < 0 || index + 1 >= newMoons.length) throw new Error(`no month 11 for ${y}`);
    return index;
  };

  const months: MonthRecord[] = [];
  for (let y = first; y <= last + 1; y += 1) {
    const from = month11(y - 1);
    const count = month11(y) - from;
    if (count !== 12 && count !== 13) throw new Error(`${count} months between the months 11 of ${y - 1} and ${y}`);
    let leapOffset = 0;
    if (count === 13) {
      for (let j = 1; j < 13 && leapOffset === 0; j += 1) if (!holdsTerm(from + j)) leapOffset = j;
      if (leapOffset === 0) throw new Error(`no month without a principal term between the months 11 of ${y - 1} and ${y}`);
    }
    for (let j = 0; j < count; j += 1) {
      const shifted = 11 + j - (leapOffset > 0 && j >= leapOffset ? 1 : 0);
      const month = shifted > 12 ? shifted - 12 : shifted;
      const year = month >= 11 && j <= 3 ? y - 1 : y;
      const start = newMoons[from + j] ?? Number.NaN;
      const days = (newMoons[from + j + 1] ?? Number.NaN) - start;
      if (year >= first && year <= last) months.push({ year, month, leap: leapOffset > 0 && j === leapOffset, start, days });
    }
  }
  return months;
}

/** A lunar year's code: bit i (0–12) is 1 when its i-th month has 30 days; bits 13–16 its leap month (0: none). */
function yearCode(months: readonly MonthRecord[]): number {
  let code = 0;
  months.forEach((m, i) => {
    if (m.days === 30) code |= 1 << i;
    if (m.leap) code |= m.month << 13;
  });
  return code;
}

/** The characters for 6-bit values: "0" (48) to "o" (111). */
const CHAR_BASE = 48;

/** The table for the lunar years FIRST_YEAR..LAST_YEAR: the day number of Tết FIRST_YEAR and 3 characters a year. */
export function generateLunarTable(): { firstTet: number; codes: string } {
  const months = computeLunarMonths(FIRST_YEAR, LAST_YEAR, 7);
  let codes = "";
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const ofYear = months.filter((m) => m.year === year);
    const code = yearCode(ofYear);
    for (let shift = 0; shift < 18; shift += 6) codes += String.fromCharCode(CHAR_BASE + ((code >> shift) & 63));
  }
  const firstTet = months[0]?.start ?? Number.NaN;
  return { firstTet, codes };
}

/** The source of src/calendar/lunar/_lib/table.ts. */
export function renderLunarTable(): string {
  const { firstTet, codes } = generateLunarTable();
  return `// Generated by scripts/generate-lunar-table.ts: do not edit. Regenerate with
// \`npx tsx scripts/generate-lunar-table.ts\`; test/calendar/lunarTable.test.ts checks that it is current.

/** The first lunar year of the table. @internal */
export const FIRST_YEAR = ${FIRST_YEAR};
/** The last lunar year of the table. @internal */
export const LAST_YEAR = ${LAST_YEAR};
/** The day number (days since 1970-01-01) of Tết ${FIRST_YEAR}, the first day of the table. @internal */
export const FIRST_TET = ${firstTet};
/**
 * Three characters a lunar year, ${FIRST_YEAR} to ${LAST_YEAR}, each holding 6 bits (its char code − ${CHAR_BASE}), low bits
 * first: bit i (0–12) is set when the year's i-th month (leap month included) has 30 days rather than 29;
 * bits 13–16 hold the number of the leap month, 0 when the year has none.
 *
 * @internal
 */
export const YEAR_CODES =
  ${JSON.stringify(codes)};
`;
}

export const TABLE_PATH = fileURLToPath(new URL("../src/calendar/lunar/_lib/table.ts", import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = renderLunarTable();
  if (process.argv.includes("--check")) {
    const current = readFileSync(TABLE_PATH, "utf8");
    if (current !== source) {
      console.error(`${TABLE_PATH} is out of date: run npx tsx scripts/generate-lunar-table.ts`);
      process.exit(1);
    }
    console.log(`${TABLE_PATH} is current.`);
  } else {
    writeFileSync(TABLE_PATH, source);
    console.log(`wrote ${TABLE_PATH}`);
  }
}
