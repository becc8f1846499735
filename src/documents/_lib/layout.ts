/**
 * The layout of an official document (văn bản hành chính): the blocks that the three text formats (HTML,
 * Markdown, plain text) and the Word writer all render, so that they never disagree. Builders turn a plan,
 * a monthly report or a phase review into one {@link DocumentLayout}; writers only lay it out. Nothing here
 * is exported from the package.
 *
 * @internal
 */
import type { Table } from "../../report/_lib/render.js";

/** One issuing body of the header, upper left: its superior body (not bold) above its name (bold). Both as printed (upper case). @internal */
export interface IssuerLines {
  readonly superior?: string;
  readonly name: string;
}

/** A signature block: the authority lines (TM./KT./Q./TL./TUQ.), the position, the signer's name. @internal */
export interface SignatureBlock {
  readonly authority: readonly string[];
  readonly title: string;
  readonly name: string;
}

/** A block of the body. @internal */
export type DocBlock =
  /** A part ("I. MỤC ĐÍCH, YÊU CẦU"; level 1) or a section of a part ("1. Mục đích."; level 2): bold. */
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  /** A paragraph of the body; `italic` for a note such as "Bằng chữ: …". */
  | { readonly kind: "paragraph"; readonly text: string; readonly italic?: boolean }
  /** A line item: "- text" (level 1) or "+ text" (level 2). */
  | { readonly kind: "item"; readonly level: 1 | 2; readonly text: string }
  /** A table with borders. */
  | { readonly kind: "table"; readonly table: Table };

/** An appendix, on a page of its own: its label ("Phụ lục 1"), title, the note under it, its blocks. @internal */
export interface AppendixLayout {
  readonly label?: string;
  readonly title: string;
  /** "(Ban hành kèm theo Kế hoạch số……../KH-TLĐ ngày…../7/2017)", italic. */
  readonly note?: string;
  readonly body: readonly DocBlock[];
}

/** A whole document. @internal */
export interface DocumentLayout {
  /** One line naming the document, for the HTML title and the Word properties. */
  readonly name: string;
  /** The issuing bodies, one header column each (a joint plan has several). */
  readonly issuers: readonly IssuerLines[];
  /** "Số: ……../KH-TLĐ". */
  readonly number: string;
  /** "Hà Nội, ngày …… tháng 7 năm 2017". */
  readonly placeDate: string;
  /** The document type, upper case: "KẾ HOẠCH", "BÁO CÁO". */
  readonly documentType: string;
  /** The subject (trích yếu), as one line that the writers wrap. */
  readonly subject: string;
  /** "Kính gửi": the addressees of a report, none for a plan. */
  readonly addressees: readonly string[];
  readonly body: readonly DocBlock[];
  /** "Nơi nhận": its lines as printed (each ends in ";", the "Lưu" line in "."). */
  readonly recipients: readonly string[];
  /** The signature blocks: the lead signer's first (lower right), the others after it (lower left). */
  readonly signatures: readonly SignatureBlock[];
  readonly appendices: readonly AppendixLayout[];
}

/** The national title (Quốc hiệu). @internal */
export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/** The motto (Tiêu ngữ). @internal */
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
/** What a document prints where it leaves a number blank, to be written in by hand: "Số: ……../KH-TLĐ". @internal */
export const NUMBER_DOTS = "……..";
/** What a document prints where it leaves a day (or a place) blank: "ngày …… tháng 7 năm 2017". @internal */
export const DAY_DOTS = "……";
