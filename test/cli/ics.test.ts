/** `cong-doan-ke-hoach ics` (src/cli/ics.ts): the plan's calendar, the same bytes as toICalendar, and its options. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../../src/index.js";
import { referenceJson, referencePlan, run, tempDir } from "./_bin.js";

const dir = tempDir();
writeFileSync(join(dir, "plan.json"), JSON.stringify(referenceJson()));

describe("ics <plan.json>", () => {
  it("writes toICalendar's text (CRLF lines) to standard output or the file of -o", async () => {
    const [stdout, file, named] = await Promise.all([
      run(["ics", "plan.json"], dir),
      run(["ics", "plan.json", "-o", "ke-hoach.ics"], dir),
      run(["ics", "plan.json", "--calendar-name", "Kế hoạch 2017", "--dtstamp", "2017-07-14T08:00:00+07:00"], dir),
    ]);
    for (const r of [stdout, file, named]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
    const plan = referencePlan();
    expect(stdout.stdout).toBe(toICalendar(plan));
    expect(readFileSync(join(dir, "ke-hoach.ics"), "utf8")).toBe(stdout.stdout);
    expect(named.stdout).toBe(toICalendar(plan, { calendarName: "Kế hoạch 2017", dtstamp: "2017-07-14T08:00:00+07:00" }));
    // A calendar application reads it: every event of the file.
    const events = new ICAL.Component(ICAL.parse(stdout.stdout)).getAllSubcomponents("vevent");
    expect(events.length).toBe(stdout.stdout.split("BEGIN:VEVENT").length - 1);
    expect(events.length).toBeGreaterThan(0);
  });

  it("a bad --until or --dtstamp is a usage error (exit 2)", async () => {
    const [until, dtstamp] = await Promise.all([run(["ics", "plan.json", "--until", "2018-13-01"], dir), run(["ics", "plan.json", "--dtstamp", "2017-07-14T08:00:00"], dir)]);
    expect(until.code).toBe(2);
    expect(until.stderr).toBe('--until "2018-13-01" không phải là ngày hợp lệ (năm-tháng-ngày, ví dụ 2017-09-03)\n');
    expect(dtstamp.code).toBe(2);
    expect(dtstamp.stderr).toMatch(/^--dtstamp: /);
    expect(dtstamp.stdout).toBe("");
  });
});
