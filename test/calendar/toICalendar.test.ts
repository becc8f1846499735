import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildTimeline, parsePlan, PlanError, type CalendarPlan, type Plan } from "../../src/index.js";
import { toICalendar, type ToICalendarOptions } from "../../src/calendar/toICalendar.js";

const referencePlan: Plan = parsePlan(JSON.parse(readFileSync(new URL("../../examples/vgcl-2017/plan.json", import.meta.url), "utf8")));
const DTSTAMP = "2017-07-01T00:00:00Z";
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true });

/** A one-phase plan whose phase (the only timeline row) is named `label`. */
function planNamed(label: string, extra: Partial<CalendarPlan> = {}): CalendarPlan {
  return {
    id: "kh-test",
    phases: [{ id: "phase-1", name: label, window: { start: "2017-07-01", end: "2018-05-31" } }],
    channels: [],
    reporting: [],
    units: [],
    ...extra,
  };
}

/** The physical lines of an iCalendar text, which must end in CRLF: the text after the last CRLF is empty. */
function physicalLines(ics: string): string[] {
  const parts = ics.split("\r\n");
  expect(parts.pop()).toBe("");
  return parts;
}

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
}

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
}

function dateValue(event: ICAL.Component, name: string): string {
  const property = event.getFirstProperty(name);
  expect(property?.type).toBe("date");
  return String((property?.getFirstValue() as ICAL.Time).toString());
}

function isoPlusOne(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe("toICalendar on the reference plan", () => {
  const ics = toICalendar(referencePlan, { dtstamp: DTSTAMP });
  const rows = buildTimeline(referencePlan);

  it("has one VEVENT per timeline row, with its UID, summary, start and exclusive end", () => {
    const vevents = events(ics);
    expect(rows.length).toBeGreaterThan(10);
    expect(vevents).toHaveLength(rows.length);
    const byUid = new Map(vevents.map((e) => [String(e.getFirstPropertyValue("uid")), e] as const));
    expect(byUid.size).toBe(rows.length);
    for (const row of rows) {
      const uid = `${referencePlan.id}.${row.id.replaceAll(":", ".")}@cong-doan-ke-hoach.invalid`;
      const event = byUid.get(uid);
      expect(event, uid).toBeDefined();
      if (event === undefined) continue;
      expect(event.getFirstPropertyValue("summary")).toBe(row.label);
      expect(dateValue(event, "dtstart")).toBe(row.start);
      expect(dateValue(event, "dtend")).toBe(isoPlusOne(row.end));
      expect(event.getFirstPropertyValue("categories")).toBe(row.kind);
      expect(event.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
      expect(String(event.getFirstPropertyValue("dtstamp"))).toBe("2017-07-01T00:00:00Z");
    }
  });

  it("keeps the Vietnamese text intact, diacritics, commas and semicolons included", () => {
    const summaries = events(ics).map((e) => e.getFirstPropertyValue("summary"));
    const withComma = rows.find((r) => r.label.includes(",") && /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]/.test(r.label));
    expect(withComma).toBeDefined();
    expect(summaries).toContain(withComma?.label);
    expect(ics).toContain("Giai đoạn 1");
  });

  it("describes activities by channel and units, and deadlines by the units they fall on", () => {
    const byCategory = (kind: string) => events(ics).filter((e) => e.getFirstPropertyValue("categories") === kind);
    const activity = byCategory("activity").find((e) => String(e.getFirstPropertyValue("uid")).includes(".activity.c3-"));
    const description = String(activity?.getFirstPropertyValue("description"));
    expect(description).toMatch(/^Hình thức tuyên truyền số 3: /);
    expect(description).toContain("\nChủ trì: Ban Tuyên giáo TLĐ");
    const monthly = byCategory("deadline").find((e) => String(e.getFirstPropertyValue("uid")).includes(".report-monthly."));
    expect(String(monthly?.getFirstPropertyValue("description"))).toMatch(/^Đơn vị báo cáo: .+, .+/);
    expect(byCategory("phase")[0]?.getFirstPropertyValue("description")).toBeNull();
  });

  it("has the calendar's properties", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//cong-doan-ke-hoach//Ke hoach tuyen truyen//VI");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(referencePlan.id);
  });

  it("ends every line in CRLF, END:VCALENDAR included, and keeps lines to 75 octets", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    const lines = physicalLines(ics);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true); // the reference plan needs folding
    for (const line of lines) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(strictDecoder.decode(bytes)).toBe(line); // no character split across lines
    }
  });

  it("unfolds back to the escaped text", () => {
    const contentLines = unfold(ics);
    expect(contentLines[0]).toBe("BEGIN:VCALENDAR");
    for (const row of rows) {
      const escaped = row.label.replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
      expect(contentLines).toContain(`SUMMARY:${escaped}`);
    }
  });

  it("is byte-identical from one call to the next", () => {
    expect(toICalendar(referencePlan, { dtstamp: DTSTAMP })).toBe(ics);
    expect(toICalendar(referencePlan, { dtstamp: new Date(Date.UTC(2017, 6, 1)) })).toBe(ics);
    expect(toICalendar(referencePlan, { dtstamp: "2017-07-01T07:00:00+07:00" })).toBe(ics);
  });

  it("honours the options", () => {
    const custom = toICalendar(referencePlan, {
      dtstamp: "2017-06-30T20:15:30.999-05:30",
      deadlines: false,
      calendarName: "Kế hoạch, 2017; TLĐ",
      prodId: "-//Ban Tuyên giáo//VI",
      uidDomain: "congdoan.example.vn",
    });
    const calendar = new ICAL.Component(ICAL.parse(custom));
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Ban Tuyên giáo//VI");
    expect(unfold(custom)).toContain("X-WR-CALNAME:Kế hoạch\\, 2017\\; TLĐ");
    const vevents = calendar.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(buildTimeline(referencePlan, { deadlines: false }).length);
    expect(vevents.every((e) => e.getFirstPropertyValue("categories") !== "deadline")).toBe(true);
    expect(vevents.every((e) => String(e.getFirstPropertyValue("uid")).endsWith("@congdoan.example.vn"))).toBe(true);
    expect(unfold(custom)).toContain("DTSTAMP:20170701T014530Z");
  });

  it("passes periodicDue on to the timeline", () => {
    const next = toICalendar(referencePlan, { dtstamp: DTSTAMP, periodicDue: { dayOfNextPeriod: 5 } });
    const august = events(next).find((e) => String(e.getFirstPropertyValue("uid")).includes(".report-monthly.2017-08@"));
    expect(august && dateValue(august, "dtstart")).toBe("2017-09-05");
    expect(august && dateValue(august, "dtend")).toBe("2017-09-06");
  });
});

describe("toICalendar and the host time zone", () => {
  // The zone of a running process cannot be changed from a worker thread: each zone gets its own process.
  const script = `
    import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
    const { parsePlan } = await import(${JSON.stringify(new URL("../../src/index.ts", import.meta.url).href)});
    const { toICalendar } = await import(${JSON.stringify(new URL("../../src/calendar/toICalendar.ts", import.meta.url).href)});
    const plan = parsePlan(JSON.parse(readFileSync(new URL(${JSON.stringify(new URL("../../examples/vgcl-2017/plan.json", import.meta.url).href)}), "utf8")));
    process.stdout.write(JSON.stringify({
      offset: new Date(2017, 0, 1).getTimezoneOffset(),
      fromString: toICalendar(plan, { dtstamp: "2017-07-01T00:00:00+07:00" }),
      fromDate: toICalendar(plan, { dtstamp: new Date(Date.UTC(2017, 5, 30, 17)) }),
    }));
  `;
  const run = (zone: string): { offset: number; fromString: string; fromDate: string } => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, TZ: zone },
      encoding: "utf8",
    });
    expect(child.stderr).toBe("");
    return JSON.parse(child.stdout) as { offset: number; fromString: string; fromDate: string };
  };

  it("gives the same bytes in every host time zone", () => {
    const expected = toICalendar(referencePlan, { dtstamp: "2017-07-01T00:00:00+07:00" });
    expect(expected).toContain("DTSTAMP:20170630T170000Z");
    const offsets = new Set<number>();
    for (const zone of ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      const result = run(zone);
      offsets.add(result.offset);
      expect(result.fromString, zone).toBe(expected);
      expect(result.fromDate, zone).toBe(expected);
    }
    expect(offsets.size).toBe(4); // the zones did differ
  }, 30_000);
});

describe("toICalendar escaping and folding", () => {
  const summaryOf = (ics: string) => events(ics)[0]?.getFirstPropertyValue("summary");

  it("escapes backslash, semicolon, comma and newline, and drops CR", () => {
    const label = "Tuyên truyền, cổ động; mục \\ thứ\r\nhai\nba";
    const ics = toICalendar(planNamed(label), { dtstamp: DTSTAMP });
    expect(unfold(ics)).toContain("SUMMARY:Tuyên truyền\\, cổ động\\; mục \\\\ thứ\\nhai\\nba");
    expect(summaryOf(ics)).toBe(label.replaceAll("\r", ""));
  });

  it("escapes ids and names in the UID and description", () => {
    const plan = planNamed("Giai đoạn 1", {
      id: "kh,2017",
      channels: [
        {
          id: "c1",
          number: 1,
          title: "Trên báo; tạp chí",
          activities: [{ id: "a:1", title: "Bài viết", window: { start: "2017-08-01", end: "2017-08-31" }, leadUnitIds: ["btg", "unknown"], executingUnitIds: ["bld"] }],
        },
      ],
      units: [
        { id: "btg", name: "Ban Tuyên giáo", shortName: "BTG, TLĐ" },
        { id: "bld", name: "Báo Lao Động" },
      ],
    });
    const [, activity] = events(toICalendar(plan, { dtstamp: DTSTAMP, uidDomain: "example.vn" }));
    expect(activity?.getFirstPropertyValue("uid")).toBe("kh,2017.activity.a.1@example.vn");
    expect(activity?.getFirstPropertyValue("description")).toBe(
      "Hình thức tuyên truyền số 1: Trên báo; tạp chí\nChủ trì: BTG, TLĐ, unknown\nThực hiện: Báo Lao Động",
    );
    expect(activity && dateValue(activity, "dtend")).toBe("2017-09-01");
  });

  it("folds at 75 octets without splitting a character, whatever the character widths", () => {
    for (const unit of ["a", "đ", "ộ", "😀", "ệ́"]) {
      for (let n = 1; n <= 90; n += 1) {
        const label = unit.repeat(n);
        const ics = toICalendar(planNamed(label), { dtstamp: DTSTAMP });
        for (const line of physicalLines(ics)) {
          const bytes = encoder.encode(line);
          expect(bytes.length).toBeLessThanOrEqual(75);
          strictDecoder.decode(bytes);
        }
        expect(unfold(ics)).toContain(`SUMMARY:${label}`);
        expect(summaryOf(ics)).toBe(label);
      }
    }
  });

  it("fills each line to the limit: a line is folded only when the next character would not fit", () => {
    const ics = toICalendar(planNamed("ộ".repeat(40)), { dtstamp: DTSTAMP });
    const lines = physicalLines(ics);
    const first = lines.findIndex((l) => l.startsWith("SUMMARY:"));
    expect(encoder.encode(lines[first]).length).toBe(8 + 3 * 22); // 74: a 23rd "ộ" would make 77
    expect(lines[first + 1]).toBe(` ${"ộ".repeat(18)}`);
  });

  it("writes a lone surrogate as U+FFFD, as UTF-8 must", () => {
    const ics = toICalendar(planNamed("a\uD800b"), { dtstamp: DTSTAMP });
    expect(summaryOf(ics)).toBe("a\uFFFDb");
  });

  it("turns Word's line breaks into newlines and drops control characters", () => {
    const ics = toICalendar(planNamed("dòng 1\vdòng 2\u0007\u0000 hết"), { dtstamp: DTSTAMP });
    expect(summaryOf(ics)).toBe("dòng 1\ndòng 2 hết");
    expect(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/.test(ics)).toBe(false);
  });

  it("keeps lines to 75 octets and reads every Unicode label back (property)", () => {
    // size "max": labels long enough to fold, not only the short strings of the default size.
    const label = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 120, size: "max" }),
      fc.string({ unit: "binary", maxLength: 120, size: "max" }),
    );
    fc.assert(
      fc.property(label, (text) => {
        const ics = toICalendar(planNamed(text), { dtstamp: DTSTAMP });
        for (const line of physicalLines(ics)) {
          const bytes = encoder.encode(line);
          if (bytes.length > 75) return false;
          strictDecoder.decode(bytes); // throws on a split character
        }
        // What TEXT cannot hold is mended as documented: separators become newlines, controls go.
        const expected = text
          .replaceAll("\r", "")
          .replace(/[\v\f\u2028\u2029]/g, "\n")
          .replace(/[\x00-\x08\x0E-\x1F\x7F]/g, "");
        return summaryOf(ics) === expected;
      }),
      { numRuns: 200 },
    );
  });
});

describe("toICalendar options", () => {
  const issuesOf = (options: unknown) => {
    try {
      toICalendar(planNamed("Giai đoạn 1"), options as ToICalendarOptions);
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      return (error as PlanError).issues.map((i) => ({ code: i.code, path: i.path }));
    }
    throw new Error("expected a PlanError");
  };

  it.each([
    ["a date without a time", "2017-07-01"],
    ["a date-time without an offset", "2017-07-01T00:00:00"],
    ["a day that does not exist", "2017-02-30T00:00:00Z"],
    ["an hour out of range", "2017-07-01T24:00:00Z"],
    ["an offset out of range", "2017-07-01T00:00:00+24:00"],
    ["text", "hôm nay"],
    ["an empty string", ""],
    ["an invalid Date", new Date(Number.NaN)],
    ["a number", 1498867200000],
  ])("rejects %s as dtstamp", (_, dtstamp) => {
    expect(issuesOf({ dtstamp })).toEqual([{ code: "invalid_date", path: ["dtstamp"] }]);
  });

  it("stamps midnight in Vietnam on the first phase's first day by default, and needs a stamp without phases", () => {
    const stamp = unfold(toICalendar(planNamed("x"))).find((l) => l.startsWith("DTSTAMP:"));
    const firstDay = planNamed("x").phases[0]!.window.start;
    const [y, m, d] = firstDay.split("-").map(Number) as [number, number, number];
    const expected = new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000).toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";
    expect(stamp).toBe(`DTSTAMP:${expected}`);
    expect(toICalendar(planNamed("x"))).toBe(toICalendar(planNamed("x"), {}));
    const noPhase = { ...planNamed("x"), phases: [] };
    try {
      toICalendar(noPhase);
      expect.unreachable();
    } catch (error) {
      expect((error as PlanError).issues.map((i) => [i.code, i.path])).toEqual([["missing", ["dtstamp"]]]);
    }
  });

  it("accepts instants with an offset or Z, with or without seconds and fractions", () => {
    const stamp = (dtstamp: string | Date) => unfold(toICalendar(planNamed("x"), { dtstamp })).find((l) => l.startsWith("DTSTAMP:"));
    expect(stamp("2017-07-01T08:30+07:00")).toBe("DTSTAMP:20170701T013000Z");
    expect(stamp("2016-12-31T23:59:59.999z")).toBe("DTSTAMP:20161231T235959Z");
    expect(stamp("2017-01-01T06:59:59.9+0700")).toBe("DTSTAMP:20161231T235959Z");
    expect(stamp(new Date(Date.UTC(2020, 1, 29, 12, 0, 5, 700)))).toBe("DTSTAMP:20200229T120005Z");
  });

  it("reports every bad option at once", () => {
    expect(issuesOf({ dtstamp: "bad", deadlines: "yes", calendarName: 1, prodId: "", uidDomain: null })).toEqual([
      { code: "invalid_date", path: ["dtstamp"] },
      { code: "invalid_type", path: ["deadlines"] },
      { code: "invalid_type", path: ["calendarName"] },
      { code: "too_small", path: ["prodId"] },
      { code: "invalid_type", path: ["uidDomain"] },
    ]);
  });

  it("rejects a malformed periodicDue as the timeline does", () => {
    expect(() => toICalendar(referencePlan, { dtstamp: DTSTAMP, periodicDue: { dayOfNextPeriod: 31 } })).toThrow(PlanError);
  });
});

describe("toICalendar (version 2)", () => {
  const own: CalendarPlan = { id: "v2", header: { subject: "Tuyên truyền" }, window: { start: "2025-11-19", end: "2025-12-31" }, phases: [], channels: [], reporting: [], units: [] };

  it("takes its default stamp from the plan's own window, else its signing day, and says so when it has neither", () => {
    expect(toICalendar(own)).toContain("DTSTAMP:20251118T170000Z");
    expect(toICalendar(own)).toContain("CATEGORIES:plan");
    const signed: CalendarPlan = { ...own, window: undefined, header: { subject: "x", issuedOn: "2025-11-19" } };
    expect(toICalendar(signed)).toContain("BEGIN:VCALENDAR");
    expect(toICalendar(signed)).not.toContain("BEGIN:VEVENT");
    let caught: unknown;
    try {
      toICalendar({ ...own, window: undefined, header: { subject: "x" } });
    } catch (error) {
      caught = error;
    }
    expect((caught as PlanError).issues.map((i) => [i.path, i.code])).toEqual([[["dtstamp"], "missing"]]);
    // One pair of parentheses in the message: the reason is not nested inside the type's own.
    expect((caught as PlanError).issues[0]!.messageVi).not.toMatch(/\([^)]*\(/u);
  });

  it("names a schedule item's units and parses back with ical.js", () => {
    const plan: CalendarPlan = { ...own, units: [{ id: "btv", name: "Ban Thường vụ", shortName: "BTV" }], appendices: [{ id: "ap", title: "Lịch", items: [{ id: "dh", text: "Đại hội", window: { start: "2025-12-25", end: "2025-12-31" }, unitIds: ["btv"] }] }] };
    const ics = toICalendar(plan);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(events.map((e) => [e.getFirstPropertyValue("categories"), e.getFirstPropertyValue("summary")])).toEqual([
      ["plan", "Tuyên truyền"],
      ["schedule", "Đại hội"],
    ]);
    expect(events[1]!.getFirstPropertyValue("description")).toBe("Đơn vị: BTV");
  });
});
