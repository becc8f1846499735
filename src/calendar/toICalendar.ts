import { INVALID_DATE, INVALID_TYPE, MISSING, TOO_SMALL } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { isDateText } from "./isoDate.js";
import { optionsOf } from "../errors/guards.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { fromDay, pad, toDay } from "./_lib/days.js";
import { parseInstant } from "./_lib/instant.js";
import { buildTimeline, type BuildTimelineOptions, type TimelineRow } from "./buildTimeline.js";
import type { IsoDate } from "./isoDate.js";
import { checkCalendarPlan, type CalendarPlan } from "./planLike.js";

/**
 * The WHATWG `TextEncoder`, global in browsers and in Node. Declared here because the library compiles
 * without the DOM types; nothing is imported, so the module runs anywhere.
 */
declare const TextEncoder: new () => {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
};

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import type { ToICalendarOptions } from "cong-doan-ke-hoach";
 *
 * const options: ToICalendarOptions = {
 *   dtstamp: "2017-07-01T00:00:00Z",
 *   deadlines: false,
 *   calendarName: "Kế hoạch tuyên truyền 2017",
 *   uidDomain: "congdoan.example.vn",
 * };
 * ```
 * @category Calendar
 */
export interface ToICalendarOptions {
  /**
   * When the calendar was made, written as `DTSTAMP` (in UTC, `YYYYMMDDTHHMMSSZ`) on every event: an ISO
   * 8601 instant with `Z` or an offset (`"2017-07-01T07:00:00+07:00"`), or a `Date`. The library never
   * reads the clock: by default the stamp is midnight in Vietnam at the start of the plan's first phase
   * (else of the plan's own window, else on its signing day), so that the same plan always gives the same
   * bytes. Pass the time of export to mark updates.
   */
  readonly dtstamp?: string | Date | undefined;
  /** Include the reporting deadlines as one-day events (default `true`), as in {@link buildTimeline}. */
  readonly deadlines?: boolean | undefined;
  /** When periodic reports fall due where the plan does not say, as in {@link buildTimeline} (default: on the last day of the period). */
  readonly periodicDue?: BuildTimelineOptions["periodicDue"];
  /** The last day of an open window, as in {@link buildTimeline}. */
  readonly until?: string | undefined;
  /** The calendar's display name (`X-WR-CALNAME`); default the plan's id. */
  readonly calendarName?: string | undefined;
  /** The most deadlines to include, as in {@link expandDeadlines} (default 100,000). */
  readonly maxDeadlines?: number | undefined;
  /** The product identifier (`PRODID`); default `"-//cong-doan-ke-hoach//Ke hoach tuyen truyen//VI"`. */
  readonly prodId?: string | undefined;
  /**
   * The domain part of every event's `UID` (`<plan id>.<row id>@<uidDomain>`); default
   * `"cong-doan-ke-hoach.invalid"`. Use a domain of your own when calendars of several sources meet.
   */
  readonly uidDomain?: string | undefined;
}

const DEFAULT_PROD_ID = "-//cong-doan-ke-hoach//Ke hoach tuyen truyen//VI";
const DEFAULT_UID_DOMAIN = "cong-doan-ke-hoach.invalid";
const CRLF = "\r\n";
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

/**
 * The plan as an iCalendar document (RFC 5545) that calendar applications import: one all-day event per
 * row of {@link buildTimeline} (phases, dated activities and, by default, reporting deadlines).
 *
 * Each `VEVENT` has a `UID` that stays the same from one export to the next
 * (`<plan id>.<row id with ":" as ".">@<uidDomain>`), so re-importing updates events instead of doubling
 * them; `DTSTART;VALUE=DATE` is the row's first day and `DTEND;VALUE=DATE` the day after its last (the end
 * is exclusive in iCalendar); `SUMMARY` is the row's label; `DESCRIPTION` names, for an activity, its
 * channel and its lead and executing units, and for a deadline the units it falls on (short names where
 * the plan has them); `CATEGORIES` is the row's kind (`plan`, `phase`, `activity`, `schedule` or `deadline`); events are `TRANSP:TRANSPARENT`
 * (they do not block time).
 *
 * The text is escaped as RFC 5545 §3.3.11 requires (`\\`, `\;`, `\,`, `\n`; carriage returns are dropped),
 * lines end in CRLF, and lines longer than 75 octets of UTF-8 are folded without splitting a character.
 * The result depends only on the plan and the options: not on the clock, nor the host's time zone.
 *
 * @param plan - a plan, or anything of the shape {@link CalendarPlan}.
 * @param options - the `dtstamp` (default: midnight in Vietnam on the first phase's first day, else the
 *   plan's own window's, else its signing day), which rows to include, `until` for an open window, and the
 *   calendar's names.
 * @returns the iCalendar text, every line ending in CRLF; write it as UTF-8 to a `.ics` file.
 * @throws {@link PlanError} `invalid_date` at `["dtstamp"]` for a `dtstamp` that is not an instant with
 *   `Z` or an offset (or an invalid `Date`); `invalid_type` or `too_small` for the other options; and what
 *   {@link buildTimeline} throws for a malformed window or `periodicDue`, or `too_many_periods`.
 * @example
 * ```ts
 * import { toICalendar, type CalendarPlan } from "cong-doan-ke-hoach";
 *
 * const plan: CalendarPlan = {
 *   id: "kh-2017",
 *   phases: [{ id: "phase-1", name: "Giai đoạn 1", window: { start: "2017-07-01", end: "2018-05-31" } }],
 *   channels: [],
 *   reporting: [],
 *   units: [],
 * };
 * const ics = toICalendar(plan, { dtstamp: "2017-07-01T07:00:00+07:00" });
 * ics.split("\r\n");
 * //=> [ "BEGIN:VCALENDAR", "VERSION:2.0",
 * //     "PRODID:-//cong-doan-ke-hoach//Ke hoach tuyen truyen//VI", "CALSCALE:GREGORIAN",
 * //     "METHOD:PUBLISH", "X-WR-CALNAME:kh-2017", "BEGIN:VEVENT",
 * //     "UID:kh-2017.phase.phase-1@cong-doan-ke-hoach.invalid", "DTSTAMP:20170701T000000Z",
 * //     "DTSTART;VALUE=DATE:20170701", "DTEND;VALUE=DATE:20180601", "SUMMARY:Giai đoạn 1",
 * //     "CATEGORIES:phase", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR", "" ]
 * ```
 * @category Calendar
 */
export function toICalendar(plan: CalendarPlan, options: ToICalendarOptions = {}): string {
  checkCalendarPlan(plan);
  const given = optionsOf(options);
  const checked = checkOptions({ ...given, dtstamp: given.dtstamp ?? defaultStamp(plan) });
  const timelineOptions: BuildTimelineOptions = {
    ...(checked.deadlines === undefined ? {} : { deadlines: checked.deadlines }),
    ...(given.periodicDue === undefined ? {} : { periodicDue: given.periodicDue }),
    ...(given.maxDeadlines === undefined ? {} : { maxDeadlines: given.maxDeadlines }),
    ...(given.until === undefined ? {} : { until: given.until }),
  };
  const rows = buildTimeline(plan, timelineOptions);
  const unitNames = new Map(plan.units.map((u) => [u.id, u.shortName ?? u.name] as const));
  const channelTitles = new Map(plan.channels.map((c) => [c.id, c.title] as const));
  const names = (ids: readonly string[]): string => ids.map((id) => unitNames.get(id) ?? id).join(", ");

  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(checked.prodId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(checked.calendarName ?? plan.id)}`,
  ];
  for (const row of rows) {
    const description = describe(row, names, channelTitles);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(`${plan.id}.${row.id.replaceAll(":", ".")}@${checked.uidDomain}`)}`,
      `DTSTAMP:${checked.dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(row.start)}`,
      `DTEND;VALUE=DATE:${basicDate(fromDay(toDay(row.end) + 1))}`,
      `SUMMARY:${escapeText(row.label)}`,
    );
    if (description !== "") lines.push(`DESCRIPTION:${escapeText(description)}`);
    lines.push(`CATEGORIES:${row.kind}`, "TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");

  const folder = makeFolder();
  let out = "";
  for (const line of lines) out += folder(line) + CRLF;
  return out;
}

/**
 * The default DTSTAMP: midnight in Vietnam on the first day of the first phase (the previous day, 17:00 UTC),
 * or midnight UTC when that would fall before the year 1; undefined when there is no phase.
 */
function defaultStamp(plan: CalendarPlan): string | undefined {
  const window: unknown = plan.phases[0]?.window ?? plan.window;
  const start = typeof window === "object" && window !== null ? (window as { start?: unknown }).start : plan.header?.issuedOn;
  if (!isDateText(start)) return undefined;
  return start === "0001-01-01" ? `${start}T00:00:00Z` : `${start}T00:00:00+07:00`;
}

/** The DESCRIPTION of a row, lines joined by "\n"; empty when there is nothing to say. */
function describe(row: TimelineRow, names: (ids: readonly string[]) => string, channelTitles: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (row.kind === "activity") {
    if (row.channelNumber !== undefined) {
      const title = row.channelId === undefined ? undefined : channelTitles.get(row.channelId);
      parts.push(`Hình thức tuyên truyền số ${row.channelNumber}${title === undefined ? "" : `: ${title}`}`);
    }
    if (row.leadUnitIds.length > 0) parts.push(`Chủ trì: ${names(row.leadUnitIds)}`);
    if (row.unitIds.length > 0) parts.push(`Thực hiện: ${names(row.unitIds)}`);
  } else if (row.kind === "schedule" && row.unitIds.length > 0) {
    parts.push(`Đơn vị: ${names(row.unitIds)}`);
  } else if (row.kind === "deadline" && row.unitIds.length > 0) {
    parts.push(`Đơn vị báo cáo: ${names(row.unitIds)}`);
  }
  return parts.join("\n");
}

interface CheckedOptions {
  readonly dtstamp: string;
  readonly deadlines: boolean | undefined;
  readonly calendarName: string | undefined;
  readonly prodId: string;
  readonly uidDomain: string;
}

/** Checks every option at once; throws one PlanError listing every problem. */
function checkOptions(options: ToICalendarOptions): CheckedOptions {
  const issues: PlanIssue[] = [];
  if (typeof options !== "object" || options === null) {
    throw new PlanError([newIssue(INVALID_TYPE, [], { expected: "object", received: kindOf(options) })]);
  }
  const dtstamp = utcStamp(options.dtstamp);
  if (options.dtstamp === undefined) issues.push(newIssue(MISSING, ["dtstamp"], { expected: "instant (the plan has no phase, window or signing day to take a default from)", expectedVi: "thời điểm; kế hoạch không có giai đoạn, thời gian thực hiện hay ngày ký để lấy mặc định" }));
  else if (dtstamp === undefined) {
    issues.push(newIssue(INVALID_DATE, ["dtstamp"], { value: options.dtstamp, detail: "expected an instant with Z or an offset, or a Date", detailVi: "cần thời điểm có Z hoặc múi giờ, hoặc Date" }));
  }
  const { deadlines, calendarName, prodId = DEFAULT_PROD_ID, uidDomain = DEFAULT_UID_DOMAIN } = options;
  if (deadlines !== undefined && typeof deadlines !== "boolean") {
    issues.push(newIssue(INVALID_TYPE, ["deadlines"], { expected: "boolean", received: kindOf(deadlines) }));
  }
  const text = (key: string, value: unknown, nonEmpty: boolean): void => {
    if (value === undefined) return;
    if (typeof value !== "string") issues.push(newIssue(INVALID_TYPE, [key], { expected: "string", received: kindOf(value) }));
    else if (nonEmpty && value === "") issues.push(newIssue(TOO_SMALL, [key], { expected: "text length", limit: 1 }));
  };
  text("calendarName", calendarName, false);
  text("prodId", prodId, true);
  text("uidDomain", uidDomain, true);
  if (issues.length > 0 || dtstamp === undefined) throw new PlanError(issues);
  return { dtstamp, deadlines, calendarName, prodId, uidDomain };
}


/** An instant as an RFC 5545 UTC date-time, `YYYYMMDDTHHMMSSZ` (fractions of a second dropped); undefined if invalid. */
function utcStamp(value: unknown): string | undefined {
  let ms: number;
  if (value instanceof Date) {
    ms = value.getTime();
  } else if (typeof value === "string") {
    const parsed = parseInstant(value);
    if (parsed === undefined) return undefined;
    ms = parsed;
  } else {
    return undefined;
  }
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) return undefined;
  return (
    `${String(year).padStart(4, "0")}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** `"2017-07-01"` → `"20170701"` (RFC 5545 DATE). */
function basicDate(date: IsoDate): string {
  return date.replaceAll("-", "");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A TEXT value as RFC 5545 §3.3.11 writes it: backslash, semicolon, comma and newline escaped, carriage
 * returns dropped (a CRLF in the source becomes one `\n`). A lone UTF-16 surrogate, which UTF-8 cannot
 * carry, becomes U+FFFD as any UTF-8 encoder would make it.
 */
function escapeText(text: string): string {
  return text
    .replaceAll("\r", "")
    // Line and paragraph separators (Word's manual line break is a vertical tab) become newlines; other
    // control characters, which TEXT may not hold (RFC 5545 §3.3.11), are dropped. A tab stays.
    .replace(/[\v\f\u2028\u2029]/g, "\n")
    .replace(/[\x00-\x08\x0E-\x1F\x7F]/g, "")
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/**
 * A function that folds one content line (RFC 5545 §3.1) into physical lines of at most 75 octets of
 * UTF-8, joined by CRLF and a space. Continuation lines start with that space, which counts towards their
 * 75 octets. Folds fall between code points, never inside a character's UTF-8 bytes.
 */
function makeFolder(): (line: string) => string {
  const encoder = new TextEncoder();
  const scratch = new Uint8Array(4);
  const octets = (char: string): number => (char.charCodeAt(0) < 0x80 ? 1 : encoder.encodeInto(char, scratch).written);
  return (line) => {
    if (line.length <= MAX_OCTETS / 3 || (!/[^\x00-\x7F]/.test(line) && line.length <= MAX_OCTETS)) return line;
    let out = "";
    let current = "";
    let size = 0; // octets of the physical line so far, the leading space included
    for (const char of line) {
      const n = octets(char);
      if (size + n > MAX_OCTETS) {
        out += `${current}${CRLF} `;
        current = "";
        size = 1;
      }
      current += char;
      size += n;
    }
    return out + current;
  };
}
