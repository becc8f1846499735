import { isIsoDate, isYearMonth, monthlyReport, renderMonthlyReportDocument, renderMonthlyReportJson } from "../index.js";
import type { Command } from "./_lib/command.js";
import { deliverDocument, documentDetails, documentOptionSpecs, documentOptionsHelp, documentTarget, type DocumentAs } from "./_lib/documents.js";
import { EXIT, usageError } from "./_lib/failure.js";
import { compute } from "./_lib/issues.js";
import { MESSAGES } from "./_lib/messages.js";
import { stringOption } from "./_lib/output.js";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, REPORT_OPTION_NAMES, asOfValue, readReportInputs } from "./_lib/reports.js";

const CHOICES: readonly DocumentAs[] = ["html", "md", "txt", "docx", "json"];
const OPTIONS_HELP = documentOptionsHelp(CHOICES, { en: "the report's data (renderMonthlyReportJson)", vi: "số liệu của báo cáo (renderMonthlyReportJson)" });

/**
 * `cong-doan-ke-hoach report <plan.json> <records.json> --unit <id> --month 2017-08`: the monthly report
 * of a reporting unit (`monthlyReport`) as the official document it sends "về Tổng Liên đoàn (qua Ban
 * Tuyên giáo TLĐ)" (`renderMonthlyReportDocument`; Word through `monthlyReportToDocx`), or its data with
 * `--as json`. "Today" is `--as-of`, by default the current date in Vietnam.
 *
 * @param context - the plan and records files and the options.
 * @returns the exit code: 0 written, 1 invalid plan or records, 2 usage error or unreadable file.
 * @throws `CliFailure` for invalid data (exit 1), a usage error or an unreadable file (exit 2).
 * @example
 * ```sh
 * cong-doan-ke-hoach report plan.json records.json --unit ldld-tinh --month 2017-11 --as-of 2017-12-03 -o bao-cao.html
 * ```
 * @category CLI
 * @internal
 */
export const reportCommand: Command = {
  name: "report",
  usage: {
    en: "report <plan.json> <records.json> --unit <id> --month <YYYY-MM> [--as-of <date>] [--as html|md|txt|docx|json] [-o <file>] [options]",
    vi: "report <plan.json> <records.json> --unit <mã> --month <YYYY-MM> [--as-of <ngày>] [--as html|md|txt|docx|json] [-o <tệp>] [tùy chọn]",
  },
  summary: {
    en: "The monthly report of a unit, as the document it sends (or its data).",
    vi: "Báo cáo tháng của một đơn vị, thành văn bản gửi cấp trên (hoặc số liệu).",
  },
  help: {
    en: [
      "The monthly report that a reporting unit sends to the Confederation (via the Ban Tuyên giáo): its quotas,",
      "deliverables, coverage, spending and upcoming deadlines for the month, from the progress records",
      "(records.json: an array of records, as parseProgressRecords reads them).",
      "",
      "Options:",
      "  --unit <id>           The reporting unit (an id of the plan's units). Required.",
      "  --month <YYYY-MM>     The month of the report (2017-08). Required.",
      "  --submitted-on <date> When the unit sent the report, if it did (for \"late\").",
      REPORT_OPTIONS_HELP.en,
      OPTIONS_HELP.en,
    ].join("\n"),
    vi: [
      "Báo cáo tháng mà đơn vị gửi về Tổng Liên đoàn (qua Ban Tuyên giáo): chỉ tiêu, sản phẩm, độ phủ, kinh phí",
      "đã chi và các hạn sắp tới trong tháng, tính từ các bản ghi tiến độ",
      "(records.json: một mảng bản ghi, như parseProgressRecords đọc).",
      "",
      "Tùy chọn:",
      "  --unit <mã>           Đơn vị báo cáo (mã một đơn vị của kế hoạch). Bắt buộc.",
      "  --month <YYYY-MM>     Tháng báo cáo (2017-08). Bắt buộc.",
      "  --submitted-on <ngày> Ngày đơn vị gửi báo cáo, nếu đã gửi (để xét gửi muộn).",
      REPORT_OPTIONS_HELP.vi,
      OPTIONS_HELP.vi,
    ].join("\n"),
  },
  positionals: [
    { en: "the plan file (plan.json)", vi: "tệp kế hoạch (plan.json)" },
    { en: "the records file (records.json)", vi: "tệp bản ghi tiến độ (records.json)" },
  ],
  options: { unit: { type: "string" }, month: { type: "string" }, "submitted-on": { type: "string" }, ...REPORT_OPTIONS, ...documentOptionSpecs(CHOICES) },
  required: {
    unit: { en: "the reporting unit's id", vi: "mã đơn vị báo cáo" },
    month: { en: "the month of the report (2017-08)", vi: "tháng báo cáo (2017-08)" },
  },
  async run({ positionals, values }) {
    const { as, output } = documentTarget(values, CHOICES);
    const unit = stringOption(values, "unit")!;
    const month = stringOption(values, "month")!;
    if (!isYearMonth(month)) throw usageError(MESSAGES.invalidMonth("--month", month));
    const submittedOn = stringOption(values, "submitted-on");
    if (submittedOn !== undefined && !isIsoDate(submittedOn)) throw usageError(MESSAGES.invalidDate("--submitted-on", submittedOn));
    const asOf = asOfValue(values);
    const details = documentDetails(values);
    const sender = stringOption(values, "sender");
    const [planFile, recordsFile] = [positionals[0]!, positionals[1]!];
    const { plan, records, options: inputs } = readReportInputs(planFile, recordsFile, values);
    if (!plan.units.some((u) => u.id === unit)) {
      // The ids a user most likely meant: the units with a reporting duty, in the plan's order.
      const reporting = [...new Set(plan.reporting.flatMap((duty) => duty.reportingUnitIds))];
      throw usageError(MESSAGES.unknownUnit(unit, planFile, reporting.length > 20 ? [...reporting.slice(0, 20), "…"] : reporting));
    }
    const report = await compute(
      () =>
        monthlyReport(plan, unit, month, records, { asOf, ...(submittedOn === undefined ? {} : { submittedOn }), ...inputs }),
      REPORT_OPTION_NAMES,
      { plan: planFile, records: recordsFile },
    );
    const options = { ...details, ...(sender === undefined ? {} : { sender }) };
    await deliverDocument(
      as,
      output,
      {
        text: (format) => renderMonthlyReportDocument(plan, report, { format, ...options }),
        docx: (docx) => docx.monthlyReportToDocx(plan, report, options),
        json: () => renderMonthlyReportJson(report),
      },
      REPORT_OPTION_NAMES,
    );
    return EXIT.ok;
  },
};
