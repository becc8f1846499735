import { isIsoDate, toICalendar } from "../index.js";
import type { Command } from "./_lib/command.js";
import { OUTPUT_OPTION } from "./_lib/documents.js";
import { EXIT, usageError } from "./_lib/failure.js";
import { compute } from "./_lib/issues.js";
import { loadPlan } from "./_lib/inputs.js";
import { MESSAGES } from "./_lib/messages.js";
import { deliver, outputFile, stringOption } from "./_lib/output.js";

/**
 * `cong-doan-ke-hoach ics <plan.json> -o plan.ics`: the plan as an iCalendar file (RFC 5545) that calendar
 * applications import (`toICalendar`): its phases, dated activities and reporting deadlines as all-day
 * events whose UIDs stay the same from one export to the next. The output depends only on the plan and
 * the options (the stamp defaults to the plan's start, never the clock).
 *
 * @param context - the plan file, `-o`, `--until`, `--dtstamp`, `--calendar-name`.
 * @returns the exit code: 0 written, 1 the plan is invalid, 2 usage error or unreadable file.
 * @throws `CliFailure` for an invalid plan (exit 1), a usage error or an unreadable file (exit 2).
 * @example
 * ```sh
 * cong-doan-ke-hoach ics plan.json -o ke-hoach.ics
 * ```
 * @category CLI
 * @internal
 */
export const icsCommand: Command = {
  name: "ics",
  usage: {
    en: "ics <plan.json> [-o <file.ics>] [--until <date>] [--dtstamp <instant>] [--calendar-name <name>]",
    vi: "ics <plan.json> [-o <tệp.ics>] [--until <ngày>] [--dtstamp <thời điểm>] [--calendar-name <tên>]",
  },
  summary: {
    en: "The plan's calendar as an iCalendar file (.ics).",
    vi: "Lịch của kế hoạch thành tệp iCalendar (.ics).",
  },
  help: {
    en: [
      "Writes the plan's phases, dated activities and reporting deadlines as all-day events of an iCalendar",
      "file (RFC 5545), which calendar applications import; re-importing updates the events.",
      "",
      "Options:",
      "  -o, --output <file>   Write to this file instead of standard output (-o - is standard output).",
      "  --until <date>        The last day of an open window (a plan \"from July 2017\" with no end).",
      "  --dtstamp <instant>   When the calendar was made (2017-07-01T07:00:00+07:00); by default midnight in",
      "                        Vietnam at the plan's start, so that the same plan gives the same file.",
      "  --calendar-name <name> The calendar's name in the application; by default the plan's id.",
    ].join("\n"),
    vi: [
      "Ghi các giai đoạn, hoạt động có thời hạn và hạn báo cáo của kế hoạch thành các sự kiện cả ngày của một",
      "tệp iCalendar (RFC 5545) để nhập vào ứng dụng lịch; nhập lại thì các sự kiện được cập nhật.",
      "",
      "Tùy chọn:",
      "  -o, --output <tệp>    Ghi kết quả vào tệp này thay vì in ra màn hình (-o - là in ra màn hình).",
      "  --until <ngày>        Ngày cuối của khoảng thời gian để mở (kế hoạch \"từ tháng 7/2017\" không ghi ngày kết thúc).",
      "  --dtstamp <thời điểm> Thời điểm lập lịch (2017-07-01T07:00:00+07:00); mặc định là 0 giờ (giờ Việt Nam)",
      "                        ngày bắt đầu kế hoạch, để cùng một kế hoạch luôn cho cùng một tệp.",
      "  --calendar-name <tên> Tên của lịch trong ứng dụng; mặc định là mã kế hoạch.",
    ].join("\n"),
  },
  positionals: [{ en: "the plan file (plan.json)", vi: "tệp kế hoạch (plan.json)" }],
  options: { ...OUTPUT_OPTION, until: { type: "string" }, dtstamp: { type: "string" }, "calendar-name": { type: "string" } },
  async run({ positionals, values }) {
    const until = stringOption(values, "until");
    if (until !== undefined && !isIsoDate(until)) throw usageError(MESSAGES.invalidDate("--until", until));
    const dtstamp = stringOption(values, "dtstamp");
    const calendarName = stringOption(values, "calendar-name");
    const plan = loadPlan(positionals[0]!);
    const ics = await compute(
      () =>
        toICalendar(plan, {
          ...(until === undefined ? {} : { until }),
          ...(dtstamp === undefined ? {} : { dtstamp }),
          ...(calendarName === undefined ? {} : { calendarName }),
        }),
      { dtstamp: "--dtstamp", until: "--until", calendarName: "--calendar-name" },
    );
    deliver(outputFile(values), ics);
    return EXIT.ok;
  },
};
