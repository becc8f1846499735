import { phaseReview, renderPhaseReviewDocument, renderPhaseReviewJson } from "../index.js";
import type { Command } from "./_lib/command.js";
import { deliverDocument, documentDetails, documentOptionSpecs, documentOptionsHelp, documentTarget, type DocumentAs } from "./_lib/documents.js";
import { EXIT, usageError } from "./_lib/failure.js";
import { compute } from "./_lib/issues.js";
import { MESSAGES } from "./_lib/messages.js";
import { stringOption } from "./_lib/output.js";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, REPORT_OPTION_NAMES, asOfValue, readReportInputs } from "./_lib/reports.js";

const CHOICES: readonly DocumentAs[] = ["html", "md", "txt", "docx", "json"];
const OPTIONS_HELP = documentOptionsHelp(CHOICES, { en: "the review's data (renderPhaseReviewJson)", vi: "số liệu của báo cáo sơ kết (renderPhaseReviewJson)" });

/**
 * `cong-doan-ke-hoach review <plan.json> <records.json> [--phase <id>] --as-of <date>`: the review of a
 * phase (`phaseReview`; the first phase by default, the plan's own window for a plan without phases) as
 * the report filed for it (`renderPhaseReviewDocument`; Word through `phaseReviewToDocx`), or its data with
 * `--as json`. "Today" is `--as-of`, by default the current date in Vietnam.
 *
 * @param context - the plan and records files and the options.
 * @returns the exit code: 0 written, 1 invalid plan or records, 2 usage error or unreadable file.
 * @throws `CliFailure` for invalid data (exit 1), a usage error or an unreadable file (exit 2).
 * @example
 * ```sh
 * cong-doan-ke-hoach review plan.json records.json --as-of 2018-04-30 --issues issues.json -o so-ket.docx
 * ```
 * @category CLI
 * @internal
 */
export const reviewCommand: Command = {
  name: "review",
  usage: {
    en: "review <plan.json> <records.json> [--phase <id>] [--as-of <date>] [--as html|md|txt|docx|json] [-o <file>] [options]",
    vi: "review <plan.json> <records.json> [--phase <mã>] [--as-of <ngày>] [--as html|md|txt|docx|json] [-o <tệp>] [tùy chọn]",
  },
  summary: {
    en: "The review of a phase, as the report filed for it (or its data).",
    vi: "Báo cáo sơ kết một giai đoạn của kế hoạch (hoặc số liệu).",
  },
  help: {
    en: [
      "The review of a phase of the plan (sơ kết): quotas met, outlets behind, deliverables, coverage, spending",
      "and duties, from the progress records (records.json: an array of records, as parseProgressRecords reads them).",
      "",
      "Options:",
      "  --phase <id>          The phase to review (an id of the plan's phases); by default the first, or the",
      "                        plan's own window when it has no phases.",
      REPORT_OPTIONS_HELP.en,
      OPTIONS_HELP.en,
    ].join("\n"),
    vi: [
      "Báo cáo sơ kết một giai đoạn của kế hoạch: chỉ tiêu đạt được, cơ quan báo chí chưa đạt, sản phẩm, độ phủ,",
      "kinh phí và các nhiệm vụ, tính từ các bản ghi tiến độ (records.json: một mảng bản ghi, như parseProgressRecords đọc).",
      "",
      "Tùy chọn:",
      "  --phase <mã>          Giai đoạn cần sơ kết (mã một giai đoạn của kế hoạch); mặc định là giai đoạn đầu,",
      "                        hoặc toàn bộ thời gian của kế hoạch nếu kế hoạch không chia giai đoạn.",
      REPORT_OPTIONS_HELP.vi,
      OPTIONS_HELP.vi,
    ].join("\n"),
  },
  positionals: [
    { en: "the plan file (plan.json)", vi: "tệp kế hoạch (plan.json)" },
    { en: "the records file (records.json)", vi: "tệp bản ghi tiến độ (records.json)" },
  ],
  options: { phase: { type: "string" }, ...REPORT_OPTIONS, ...documentOptionSpecs(CHOICES) },
  async run({ positionals, values }) {
    const { as, output } = documentTarget(values, CHOICES);
    const asOf = asOfValue(values);
    const details = documentDetails(values);
    const sender = stringOption(values, "sender");
    const phaseId = stringOption(values, "phase");
    const [planFile, recordsFile] = [positionals[0]!, positionals[1]!];
    const { plan, records, options: inputs } = readReportInputs(planFile, recordsFile, values);
    if (phaseId !== undefined && !plan.phases.some((p) => p.id === phaseId)) {
      throw usageError(MESSAGES.unknownPhase(phaseId, planFile, plan.phases.map((p) => p.id)));
    }
    const review = await compute(
      () =>
        phaseReview(plan, records, { asOf, ...(phaseId === undefined ? {} : { phaseId }), ...inputs }),
      REPORT_OPTION_NAMES,
      { plan: planFile, records: recordsFile },
    );
    const options = { ...details, ...(sender === undefined ? {} : { sender }) };
    await deliverDocument(
      as,
      output,
      {
        text: (format) => renderPhaseReviewDocument(plan, review, { format, ...options }),
        docx: (docx) => docx.phaseReviewToDocx(plan, review, options),
        json: () => renderPhaseReviewJson(review),
      },
      REPORT_OPTION_NAMES,
    );
    return EXIT.ok;
  },
};
