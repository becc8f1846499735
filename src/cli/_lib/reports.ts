import { isIsoDate, toVietnamDate, type CoverageUnit, type IsoDate, type Issue, type Plan, type ProgressRecord } from "../../index.js";
import type { OptionSpec } from "./command.js";
import { usageError } from "./failure.js";
import { loadCoverageUnits, loadIssues, loadPlan, loadRecords } from "./inputs.js";
import { MESSAGES, type Text } from "./messages.js";
import { stringOption } from "./output.js";

type Values = Readonly<Record<string, string | true | undefined>>;

/** The options of both reports: "today", the issue schedule, the units that coverage is measured against, who sends it. @internal */
export const REPORT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  "as-of": { type: "string" },
  issues: { type: "string", input: true },
  "coverage-units": { type: "string", input: true },
  sender: { type: "string" },
};

/** The help lines of those options. @internal */
export const REPORT_OPTIONS_HELP: Text = {
  en: [
    "  --as-of <date>        \"Today\": what happened up to this day counts (2017-09-03). By default the",
    "                        current date in Vietnam (UTC+07:00): the only use of the clock.",
    "  --issues <file>       The magazine's issue schedule, JSON [{ \"id\", \"start\", \"end\" }], for per-issue quotas.",
    "  --coverage-units <file>  The grassroots unions that coverage targets are measured against,",
    "                        JSON [{ \"id\", \"parentId\", \"kind\", \"name\" }].",
    "  --sender <unit id>    The unit of the plan that sends the report (its name in the header).",
  ].join("\n"),
  vi: [
    "  --as-of <ngày>        Ngày tính số liệu: tính những gì đã thực hiện đến hết ngày này (2017-09-03).",
    "                        Mặc định là ngày hôm nay theo giờ Việt Nam (UTC+07:00): chỉ chỗ này đọc đồng hồ.",
    "  --issues <tệp>        Lịch phát hành các số tạp chí, JSON [{ \"id\", \"start\", \"end\" }], cho chỉ tiêu tính theo số.",
    "  --coverage-units <tệp>  Các công đoàn cơ sở dùng để tính độ phủ,",
    "                        JSON [{ \"id\", \"parentId\", \"kind\", \"name\" }].",
    "  --sender <mã đơn vị>  Đơn vị của kế hoạch gửi báo cáo (tên ghi ở góc trên bên trái).",
  ].join("\n"),
};

/**
 * "Today": `--as-of`, checked, else the current date in Vietnam.
 *
 * @throws `CliFailure` (exit 2) for a value that is not a date.
 * @internal
 */
export function asOfValue(values: Values): IsoDate {
  const given = stringOption(values, "as-of");
  if (given === undefined) return toVietnamDate(new Date());
  if (!isIsoDate(given)) throw usageError(MESSAGES.invalidDate("--as-of", given));
  return given;
}

/** What both reports read: the plan, its records, and the optional files as the reports' options. @internal */
export interface ReportInputs {
  readonly plan: Plan;
  readonly records: readonly ProgressRecord[];
  readonly options: { readonly issues?: readonly Issue[]; readonly coverageUnits?: readonly CoverageUnit[] };
}

/**
 * Reads the plan, the records (checked against it) and the files of `--issues` and `--coverage-units`.
 *
 * @throws `CliFailure`: exit 2 for a file that cannot be read or is not JSON, exit 1 for invalid data.
 * @internal
 */
export function readReportInputs(planFile: string, recordsFile: string, values: Values): ReportInputs {
  const plan = loadPlan(planFile);
  const records = loadRecords(recordsFile, plan);
  const issuesFile = stringOption(values, "issues");
  const unitsFile = stringOption(values, "coverage-units");
  return {
    plan,
    records,
    options: {
      ...(issuesFile === undefined ? {} : { issues: loadIssues(issuesFile) }),
      ...(unitsFile === undefined ? {} : { coverageUnits: loadCoverageUnits(unitsFile) }),
    },
  };
}

/** The library's option names of the reports, as the command line writes them. @internal */
export const REPORT_OPTION_NAMES: Readonly<Record<string, string>> = {
  asOf: "--as-of",
  submittedOn: "--submitted-on",
  phaseId: "--phase",
  unitId: "--unit",
  month: "--month",
  number: "--number",
  place: "--place",
  date: "--date",
  sender: "--sender",
  format: "--as",
};
