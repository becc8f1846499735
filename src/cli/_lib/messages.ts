/**
 * The command line's own messages (usage errors, files that cannot be read or written, summaries), in
 * English and in Vietnamese, keyed by a stable id. The library's issues and findings bring their own
 * `message` and `messageVi`; these are the words around them.
 */

/**
 * The language of the messages: `"vi"` (the default) or `"en"`.
 *
 * @example
 * ```sh
 * cong-doan-ke-hoach check plan.json --lang en
 * ```
 * @category CLI
 * @internal
 */
export type Lang = "vi" | "en";

/**
 * A message in both languages.
 *
 * @example
 * ```sh
 * cong-doan-ke-hoach --help --lang en
 * ```
 * @category CLI
 * @internal
 */
export interface Text {
  readonly en: string;
  readonly vi: string;
}

const quote = (value: string) => JSON.stringify(value);

/** How a file error reads: from Node's error code. */
function reason(code: string | undefined): Text {
  switch (code) {
    case "ENOENT":
      return { en: "no such file", vi: "không có tệp này" };
    case "EACCES":
    case "EPERM":
      return { en: "permission denied", vi: "không có quyền truy cập" };
    case "EISDIR":
      return { en: "it is a folder", vi: "đây là một thư mục" };
    case "ENOTDIR":
      return { en: "a part of the path is not a folder", vi: "một phần của đường dẫn không phải thư mục" };
    case "EROFS":
      return { en: "read-only file system", vi: "hệ thống tệp chỉ cho phép đọc" };
    case "ENOSPC":
      return { en: "no space left on the device", vi: "thiết bị hết chỗ trống" };
    default:
      return code === undefined ? { en: "input/output error", vi: "lỗi đọc ghi" } : { en: `system error ${code}`, vi: `lỗi hệ thống ${code}` };
  }
}

/** The catalogue: each entry builds its message from the values it names. @internal */
export const MESSAGES = {
  unknownCommand: (name: string): Text => ({
    en: `unknown command ${quote(name)}; the commands are listed by cong-doan-ke-hoach --help`,
    vi: `không có lệnh ${quote(name)}; xem danh sách lệnh bằng cong-doan-ke-hoach --help`,
  }),
  noCommand: (): Text => ({
    en: "no command given; the commands are listed by cong-doan-ke-hoach --help",
    vi: "chưa ghi lệnh; xem danh sách lệnh bằng cong-doan-ke-hoach --help",
  }),
  unknownOption: (option: string, command: string): Text => ({
    en: `unknown option ${option} for ${command}; see cong-doan-ke-hoach ${command} --help`,
    vi: `lệnh ${command} không có tùy chọn ${option}; xem cong-doan-ke-hoach ${command} --help`,
  }),
  unknownGlobalOption: (option: string): Text => ({
    en: `unknown option ${option}; before the command, only --lang, --help and --version are read (see cong-doan-ke-hoach --help)`,
    vi: `không có tùy chọn ${option}; trước tên lệnh chỉ dùng được --lang, --help và --version (xem cong-doan-ke-hoach --help)`,
  }),
  missingValue: (option: string): Text => ({
    en: `${option} needs a value (${option} <value>, or ${option}=<value> for a value that starts with "-")`,
    vi: `tùy chọn ${option} cần một giá trị (${option} <giá trị>, hoặc ${option}=<giá trị> nếu giá trị bắt đầu bằng "-")`,
  }),
  noValueExpected: (option: string): Text => ({
    en: `${option} takes no value`,
    vi: `tùy chọn ${option} không nhận giá trị`,
  }),
  repeatedOption: (option: string): Text => ({
    en: `${option} is given more than once`,
    vi: `tùy chọn ${option} được ghi nhiều lần`,
  }),
  invalidChoice: (option: string, value: string, choices: readonly string[]): Text => ({
    en: `${option} ${quote(value)} is not one of ${choices.join(", ")}`,
    vi: `${option} ${quote(value)} không hợp lệ; chọn một trong: ${choices.join(", ")}`,
  }),
  missingOption: (option: string, what: Text): Text => ({
    en: `${option} is required: ${what.en}`,
    vi: `thiếu tùy chọn ${option}: ${what.vi}`,
  }),
  missingArgument: (what: Text): Text => ({
    en: `missing ${what.en}`,
    vi: `thiếu ${what.vi}`,
  }),
  extraArgument: (value: string): Text => ({
    en: `unexpected argument ${quote(value)}`,
    vi: `thừa đối số ${quote(value)}`,
  }),
  invalidDate: (option: string, value: string): Text => ({
    en: `${option} ${quote(value)} is not a date (year-month-day, as 2017-09-03)`,
    vi: `${option} ${quote(value)} không phải là ngày hợp lệ (năm-tháng-ngày, ví dụ 2017-09-03)`,
  }),
  invalidDocumentDate: (option: string, value: string): Text => ({
    en: `${option} ${quote(value)} is neither a date (2017-07-14) nor a month (2017-07)`,
    vi: `${option} ${quote(value)} không phải là ngày (2017-07-14) hay tháng (2017-07) hợp lệ`,
  }),
  invalidMonth: (option: string, value: string): Text => ({
    en: `${option} ${quote(value)} is not a month (year-month, as 2017-08)`,
    vi: `${option} ${quote(value)} không phải là tháng hợp lệ (năm-tháng, ví dụ 2017-08)`,
  }),
  invalidInstant: (option: string, value: string): Text => ({
    en: `${option} ${quote(value)} is not an instant with Z or an offset (as 2017-07-01T07:00:00+07:00)`,
    vi: `${option} ${quote(value)} không phải là thời điểm có Z hoặc múi giờ (ví dụ 2017-07-01T07:00:00+07:00)`,
  }),
  invalidOption: (option: string, detail: Text): Text => ({
    en: `${option}: ${detail.en}`,
    vi: `${option}: ${detail.vi}`,
  }),
  unknownUnit: (unit: string, file: string, reporting: readonly string[]): Text => ({
    en: `--unit ${quote(unit)}: the plan ${file} has no unit of this id${reporting.length > 0 ? ` (the units that report: ${reporting.join(", ")})` : ""}`,
    vi: `--unit ${quote(unit)}: kế hoạch ${file} không có đơn vị mang mã này${reporting.length > 0 ? ` (các đơn vị có nhiệm vụ báo cáo: ${reporting.join(", ")})` : ""}`,
  }),
  unknownPhase: (phase: string, file: string, ids: readonly string[]): Text => ({
    en: `--phase ${quote(phase)}: the plan ${file} has no phase of this id${ids.length > 0 ? ` (its phases: ${ids.join(", ")})` : " (it has no phases)"}`,
    vi: `--phase ${quote(phase)}: kế hoạch ${file} không có giai đoạn mang mã này${ids.length > 0 ? ` (các giai đoạn: ${ids.join(", ")})` : " (kế hoạch không chia giai đoạn)"}`,
  }),
  unreadable: (file: string, code: string | undefined): Text => {
    const why = reason(code);
    return { en: `cannot read ${file}: ${why.en}`, vi: `không đọc được tệp ${file}: ${why.vi}` };
  },
  unwritable: (file: string, code: string | undefined): Text => {
    const why = reason(code);
    return { en: `cannot write ${file}: ${why.en}`, vi: `không ghi được tệp ${file}: ${why.vi}` };
  },
  missingFolder: (file: string, folder: string): Text => ({
    en: `cannot write ${file}: the folder ${folder} does not exist (create it first, or write the file elsewhere)`,
    vi: `không ghi được tệp ${file}: thư mục ${folder} không tồn tại (hãy tạo thư mục trước, hoặc ghi tệp vào chỗ khác)`,
  }),
  overwritesInput: (output: string, input: string): Text => ({
    en: `-o ${output}: this is ${input}, which the command reads; it would be overwritten: write to another file`,
    vi: `-o ${output}: đây chính là tệp ${input} mà lệnh đang đọc, tệp này sẽ bị ghi đè: hãy ghi ra tệp khác`,
  }),
  tooLarge: (file: string, bytes: number, limit: number): Text => ({
    en: `cannot read ${file}: it has ${bytes} bytes, more than the ${limit} this command reads`,
    vi: `không đọc tệp ${file}: tệp có ${bytes} byte, vượt giới hạn ${limit} byte`,
  }),
  notUtf8: (file: string): Text => ({
    en: `cannot read ${file}: it is not UTF-8 text`,
    vi: `không đọc được tệp ${file}: nội dung không phải văn bản mã UTF-8`,
  }),
  tooLong: (file: string, length: number, limit: number): Text => ({
    en: `cannot read ${file}: its text has ${length} characters, more than the ${limit} the reader takes`,
    vi: `không đọc tệp ${file}: văn bản có ${length} ký tự, vượt giới hạn ${limit} ký tự`,
  }),
  wordFile: (file: string): Text => ({
    en: `cannot read ${file}: it is a Word file; save it as text (.txt), or convert it to HTML with mammoth, and read that file`,
    vi: `không đọc được tệp ${file}: đây là tệp Word; hãy lưu thành văn bản thuần (.txt) hoặc chuyển sang HTML bằng mammoth rồi đọc tệp đó`,
  }),
  readSummary: (file: string, findings: number, unread: number): Text => ({
    en: `${file}: read, with ${findings} ${findings === 1 ? "finding" : "findings"} and ${unread} ${unread === 1 ? "paragraph" : "paragraphs"} not read`,
    vi: `${file}: đã đọc, có ${findings} phát hiện và ${unread} đoạn chưa đọc được`,
  }),
  draftValid: (): Text => ({
    en: "the draft is a valid plan (parsePlan accepts it)",
    vi: "bản nháp là một kế hoạch hợp lệ (parsePlan chấp nhận)",
  }),
  draftInvalid: (count: number): Text => ({
    en: `the draft is not yet a valid plan (${count} ${count === 1 ? "problem" : "problems"}):`,
    vi: `bản nháp chưa phải là kế hoạch hợp lệ (${count} lỗi):`,
  }),
  invalidJson: (file: string, line: number | undefined, column: number | undefined, detail: string): Text => {
    const at = line === undefined ? undefined : { en: ` (line ${line}, column ${column})`, vi: ` (dòng ${line}, cột ${column})` };
    return {
      en: `${file} is not valid JSON${at?.en ?? ""}: ${detail}`,
      vi: `tệp ${file} không phải JSON hợp lệ${at?.vi ?? ""}`,
    };
  },
  invalidPlan: (file: string, count: number): Text => ({
    en: `${file}: the plan is not valid (${count} ${count === 1 ? "problem" : "problems"})`,
    vi: `${file}: kế hoạch không hợp lệ (${count} lỗi)`,
  }),
  invalidData: (file: string, what: Text, count: number): Text => ({
    en: `${file}: the ${what.en} are not valid (${count} ${count === 1 ? "problem" : "problems"})`,
    vi: `${file}: ${what.vi} không hợp lệ (${count} lỗi)`,
  }),
  rejected: (count: number): Text => ({
    en: `the data do not allow this (${count} ${count === 1 ? "problem" : "problems"})`,
    vi: `số liệu không cho phép thực hiện (${count} lỗi)`,
  }),
  rejectedFile: (file: string, count: number): Text => ({
    en: `${file}: the data of this file do not allow this (${count} ${count === 1 ? "problem" : "problems"})`,
    vi: `${file}: số liệu của tệp này không cho phép thực hiện (${count} lỗi)`,
  }),
  moreProblems: (count: number): Text => ({
    en: `… and ${count} more`,
    vi: `… và ${count} lỗi khác`,
  }),
  unwrittenExtension: (file: string, extension: string, written: readonly string[]): Text => {
    const pdf = extension === ".pdf";
    return {
      en: `-o ${file}: this command writes no ${extension} file; name it ${written.join(", ")}, or choose the format with --as${pdf ? " (for a PDF, write the HTML, open it in a browser and print it to PDF)" : ""}`,
      vi: `-o ${file}: lệnh này không xuất được tệp ${extension}; hãy đặt tên tệp có đuôi ${written.join(", ")}, hoặc chọn định dạng bằng --as${pdf ? " (muốn có tệp PDF: xuất tệp HTML, mở bằng trình duyệt rồi in ra PDF)" : ""}`,
    };
  },
  needsOutput: (): Text => ({
    en: "a Word file (--as docx) is binary: give the file to write with -o, as -o plan.docx",
    vi: "tệp Word (--as docx) là tệp nhị phân: cần ghi ra tệp bằng -o, ví dụ -o ke-hoach.docx",
  }),
  docxMissing: (): Text => ({
    en: "--as docx needs the docx package, which is not installed; install it beside cong-doan-ke-hoach: npm install docx",
    vi: "để xuất tệp Word (--as docx) cần gói docx nhưng gói này chưa được cài; cài đặt bên cạnh cong-doan-ke-hoach bằng lệnh: npm install docx",
  }),
  internal: (detail: string): Text => ({
    en: `internal error (please report it): ${detail}`,
    vi: `lỗi nội bộ của chương trình (xin báo lại cho nhóm phát triển): ${detail}`,
  }),
  counts: (errors: number, warnings: number, infos: number): Text => ({
    en: `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${infos} info`,
    vi: `${errors} lỗi, ${warnings} cảnh báo, ${infos} lưu ý`,
  }),
} as const;

/** The name of a severity, as the text output writes it. @internal */
export const SEVERITY_NAMES: Readonly<Record<"error" | "warning" | "info", Text>> = {
  error: { en: "error", vi: "lỗi" },
  warning: { en: "warning", vi: "cảnh báo" },
  info: { en: "info", vi: "lưu ý" },
};

/** The mark of a paragraph that the reader placed nowhere. @internal */
export const UNREAD: Text = { en: "unread", vi: "chưa đọc" };

/** The name of the empty path (the whole value). @internal */
export const ROOT_PATH: Text = { en: "(root)", vi: "(gốc)" };
