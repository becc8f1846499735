/**
 * The options of the official documents: the format, and what the document itself does not say (its number,
 * place and date once it is signed; for a report, who sends it, to whom, and who signs).
 */

/**
 * The formats of an official document: `"html"` (one self-contained file with print CSS, which a browser
 * prints to an A4 PDF), `"markdown"` (GitHub-flavoured) and `"text"` (plain text, aligned columns).
 *
 * @example
 * ```ts
 * import type { DocumentFormat } from "cong-doan-ke-hoach";
 *
 * const format: DocumentFormat = "html";
 * ```
 * @category Documents
 */
export type DocumentFormat = "html" | "markdown" | "text";

/**
 * What every official document accepts. The documents are Vietnamese: `language` is `"vi"` or absent.
 *
 * @example
 * ```ts
 * import type { DocumentOptions } from "cong-doan-ke-hoach";
 *
 * const options: DocumentOptions = { format: "html", place: "Hà Nội", date: "2017-07-14", number: "1234" };
 * ```
 * @category Documents
 */
export interface DocumentOptions {
  /** The format (required): `"html"`, `"markdown"` or `"text"`. */
  readonly format: DocumentFormat;
  /** `"vi"` (the only language of the documents). */
  readonly language?: "vi" | undefined;
  /** The document's number ("1234", "15a"); dots when absent ("Số: ……../KH-TLĐ"). For a plan, instead of the header's `documentNumber`. */
  readonly number?: string | undefined;
  /** The place of the date line ("Hà Nội"); dots when absent. For a plan, instead of the header's `place`. */
  readonly place?: string | undefined;
  /** The date of the document: a day `"2017-07-14"` or a month `"2017-07"` ("ngày …… tháng 7 năm 2017"); dots when absent. For a plan, instead of the header's `issuedOn`/`issuedIn`. Never the clock. */
  readonly date?: string | undefined;
}

/**
 * The sender of a report, where it is not a unit of the plan as the plan names it: its name and its
 * superior body, as the header prints them (in upper case).
 *
 * @example
 * ```ts
 * import type { DocumentSender } from "cong-doan-ke-hoach";
 *
 * const sender: DocumentSender = { name: "Liên đoàn Lao động tỉnh Đồng Nai", superior: "Tổng Liên đoàn Lao động Việt Nam" };
 * ```
 * @category Documents
 */
export interface DocumentSender {
  /** The issuing body ("Liên đoàn Lao động tỉnh Đồng Nai"). */
  readonly name: string;
  /** The superior body above it ("Tổng Liên đoàn Lao động Việt Nam"); none when absent or `null`. */
  readonly superior?: string | null | undefined;
  /** The issuer code of its numbers ("LĐLĐ"): "Số: ……../BC-LĐLĐ". */
  readonly code?: string | undefined;
}

/**
 * The signature block of a report: the authority lines (or one `capacity` line), the position and the name.
 *
 * @example
 * ```ts
 * import type { DocumentSignatory } from "cong-doan-ke-hoach";
 *
 * const signatory: DocumentSignatory = { authority: [{ mode: "TM", title: "Ban Thường vụ" }], title: "Chủ tịch", name: "Nguyễn Văn A" };
 * ```
 * @category Documents
 */
export interface DocumentSignatory {
  /** One authority line as it is printed: "TM. BAN THƯỜNG VỤ". */
  readonly capacity?: string | undefined;
  /** The authority lines in order: TM. (on behalf of a body), KT. (for the head), Q. (acting), TL., TUQ. (by delegation). */
  readonly authority?: readonly { readonly mode: "TM" | "KT" | "Q" | "TL" | "TUQ"; readonly title: string }[] | undefined;
  /** The position: "Chủ tịch", "Phó Chủ tịch" (printed in upper case). */
  readonly title: string;
  readonly name: string;
}

/**
 * The options of a report as an official document ({@link renderMonthlyReportDocument},
 * {@link renderPhaseReviewDocument}): those of every document, and who sends it, to whom, who signs.
 *
 * @example
 * ```ts
 * import type { ReportDocumentOptions } from "cong-doan-ke-hoach";
 *
 * const options: ReportDocumentOptions = {
 *   format: "html",
 *   sender: { name: "Liên đoàn Lao động tỉnh Đồng Nai", superior: "Tổng Liên đoàn Lao động Việt Nam", code: "LĐLĐ" },
 *   place: "Đồng Nai",
 *   date: "2017-09-03",
 *   signatory: { authority: [{ mode: "TM", title: "Ban Thường vụ" }], title: "Chủ tịch", name: "Nguyễn Văn A" },
 * };
 * ```
 * @category Documents
 */
export interface ReportDocumentOptions extends DocumentOptions {
  /**
   * Who sends the report: the id of a unit of the plan (its name, under its parent's name), or a
   * {@link DocumentSender}. By default the report's own unit (a monthly report) or the plan's issuer (a
   * phase review).
   */
  readonly sender?: string | DocumentSender | undefined;
  /**
   * "Kính gửi": the addressees. By default, from the plan's reporting duty: its recipient, and the unit it
   * reports through ("Tổng Liên đoàn Lao động Việt Nam (qua Ban Tuyên giáo TLĐ)"); none where the plan names none.
   */
  readonly recipients?: readonly string[] | undefined;
  /** "Nơi nhận": by default "Như trên;" (when there are addressees) and "Lưu: VT.". */
  readonly distribution?: readonly string[] | undefined;
  /** Who signs; a block of dots to fill in when absent. */
  readonly signatory?: DocumentSignatory | undefined;
}
