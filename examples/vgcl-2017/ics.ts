/**
 * `npx tsx examples/vgcl-2017/ics.ts [file.ics]`: writes the calendar of the reference plan
 * (examples/vgcl-2017/plan.json) as iCalendar, to the file given or to stdout. The stamp is fixed, so the
 * output is the same on every run; import the file into any calendar application. It checks that every
 * timeline row became an event.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { buildTimeline, parsePlan, type Plan } from "../../src/index.js";
import { toICalendar } from "../../src/calendar/toICalendar.js";

const plan: Plan = parsePlan(JSON.parse(readFileSync(new URL("./plan.json", import.meta.url), "utf8")));
const ics = toICalendar(plan, { dtstamp: "2017-07-01T00:00:00Z" });

const rows = buildTimeline(plan);
const events = ics.split("\r\n").filter((line) => line === "BEGIN:VEVENT").length;
assert.equal(events, rows.length, "one VEVENT per timeline row");
assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), "a complete calendar");

const path = process.argv[2];
if (path === undefined) process.stdout.write(ics);
else {
  writeFileSync(path, ics, "utf8");
  console.error(`${events} sự kiện → ${path}`);
}
