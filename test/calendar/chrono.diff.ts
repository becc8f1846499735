import * as chrono from "chrono-node";
import { findTimeExpressions } from "../../src/calendar/findTimeExpressions.js";
import { daysInMonth } from "../../src/calendar/isoDate.js";
import { show } from "./phrases/show.js";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** chrono's reading as a window: a day, or the month or year when chrono only implied the smaller parts; "?" marks a year chrono guessed. */
function chronoReading(r: chrono.ParsedResult): string {
  const c0 = r.start;
  if (!c0.isCertain("year") && !c0.isCertain("month") && !c0.isCertain("day")) return c0.isCertain("weekday") ? "a weekday, no date" : "a time of day, no date";
  const one = (c: chrono.ParsedComponents, end: boolean): string => {
    // A year chrono guessed (from the reference instant and the host's time zone) is shown as "????".
    const certain = c.isCertain("year");
    const y = certain ? c.get("year")! : 2001;
    const shown = certain ? pad(y, 4) : "????";
    const m = c.get("month")!;
    if (!c.isCertain("month")) return `${shown}-${end ? "12-31" : "01-01"}`;
    if (!c.isCertain("day")) return `${shown}-${pad(m)}-${end ? daysInMonth(y, m) : "01"}`;
    return `${shown}-${pad(m)}-${pad(c.get("day")!)}`;
  };
  return `${one(r.start, false)}/${one(r.end ?? r.start, true)}`;
}

/** Where chrono's Vietnamese parser and findTimeExpressions differ on a text: phrases only one of them finds, and phrases both find but read differently. Identical entries are counted. */
export function compareWithChrono(text: string, referenceDate: string | undefined) {
  const ref = referenceDate ?? "2000-01-01";
  const instant = new Date(`${ref}T12:00:00+07:00`);
  const theirs = chrono.vi.parse(text, { instant, timezone: 420 }).map((r) => ({ s: r.index, e: r.index + r.text.length, text: r.text, reading: chronoReading(r) }));
  const ours = findTimeExpressions(text, referenceDate === undefined ? undefined : { referenceDate }).map((f) => ({ s: f.index, e: f.index + f.length, text: f.text, reading: show(f.expression) }));
  const overlaps = (a: { s: number; e: number }, b: { s: number; e: number }) => a.s < b.e && b.s < a.e;
  const rows: string[] = [];
  for (const c of theirs) {
    const o = ours.filter((x) => overlaps(x, c));
    if (o.length === 0) rows.push(`only chrono: ${JSON.stringify(c.text.replace(/\s+/g, " "))} ${c.reading}`);
    else for (const x of o) if (x.reading !== c.reading) rows.push(`both: ${JSON.stringify(x.text.replace(/\s+/g, " "))} ${x.reading} | chrono ${JSON.stringify(c.text.replace(/\s+/g, " "))} ${c.reading}`);
  }
  for (const x of ours) if (!theirs.some((c) => overlaps(x, c))) rows.push(`only ours: ${JSON.stringify(x.text.replace(/\s+/g, " "))} ${x.reading}`);
  const counted = new Map<string, number>();
  for (const r of rows) counted.set(r, (counted.get(r) ?? 0) + 1);
  return [...counted].map(([row, n]) => (n > 1 ? `${row} ×${n}` : row)).sort();
}
