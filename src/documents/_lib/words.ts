/**
 * The fixed forms of an official document's header and closing, in Vietnamese: the number line, the place
 * and date line (Decree 30/2020/NĐ-CP, Appendix I: "ngày 05 tháng 02 năm 2020", a zero before a day below
 * 10 and before the months 1 and 2), names in upper case, the punctuation of "Nơi nhận".
 *
 * @internal
 */
import { formatDocumentReference } from "../../model/documentReference.js";
import { DAY_DOTS, NUMBER_DOTS, type SignatureBlock } from "./layout.js";

/** A date given to a document: a day (`"2017-07-14"`), a month only (`"2017-07"`), or none. @internal */
export type DocumentDate = string | undefined;

/** Upper case as Vietnamese prints it (đ → Đ). @internal */
export function upper(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi");
}

/** The text with its first letter in lower case: "Tuyên truyền về …" → "tuyên truyền về …". @internal */
export function lowerFirst(text: string): string {
  const [first = "", ...rest] = [...text];
  return first.toLocaleLowerCase("vi") + rest.join("");
}

/** The text with its first letter in upper case. @internal */
export function upperFirst(text: string): string {
  const [first = "", ...rest] = [...text];
  return first.toLocaleUpperCase("vi") + rest.join("");
}

/** Ends a sentence with "." unless it ends in punctuation already. @internal */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:;…)”"]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A heading of a section: "1. Mục đích." (a dot after the title unless it ends in punctuation). @internal */
export function numbered(label: string, title: string): string {
  return `${label}. ${sentence(title)}`;
}

/**
 * The number of a document as its "Số:" line writes it, dots where the number is left blank: "……../KH-TLĐ",
 * "15/BC-LĐLĐ", "07/KH-LĐLĐ" (a zero before a number below 10), "02/KHLT/LĐLĐ-TĐTN" for a joint type (the issuers after a slash, as
 * `formatDocumentReference` writes them).
 *
 * @internal
 */
export function documentNumberText(number: string | undefined, type: string, issuerCode: string | undefined): string {
  // A number below 10 takes a zero before it (Decree 30/2020/NĐ-CP): "07/KH-LĐLĐ".
  const shown = number === undefined ? NUMBER_DOTS : number.replace(/^(\d)(?!\d)/, "0$1");
  if (issuerCode === undefined || issuerCode === "") return `${shown}/${type}`;
  const [issuer = "", ...coIssuers] = issuerCode.split("-");
  try {
    // formatDocumentReference knows where a joint type puts its issuers; the number is put back afterwards.
    const written = formatDocumentReference({ number: "1", type, issuer, ...(coIssuers.length > 0 ? { coIssuers } : {}) });
    return `${shown}${written.slice(1)}`;
  } catch {
    return `${shown}/${type}-${issuerCode}`;
  }
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The date of the place and date line: "ngày 05 tháng 02 năm 2020" (a zero before a day below 10 and before
 * the months 1 and 2, as Decree 30/2020/NĐ-CP asks), "ngày …… tháng 7 năm 2017" for a month only, all dots
 * for none.
 *
 * @internal
 */
export function dateWords(date: DocumentDate): string {
  if (date === undefined) return `ngày ${DAY_DOTS} tháng ${DAY_DOTS} năm ${DAY_DOTS}`;
  const year = date.slice(0, 4).replace(/^0+(?=\d)/, "");
  const month = Number(date.slice(5, 7));
  const monthText = month <= 2 ? pad2(month) : String(month);
  if (date.length === 7) return `ngày ${DAY_DOTS} tháng ${monthText} năm ${year}`;
  return `ngày ${pad2(Number(date.slice(8, 10)))} tháng ${monthText} năm ${year}`;
}

/** The place and date line: "Hà Nội, ngày …… tháng 7 năm 2017" (dots for a place left blank). @internal */
export function placeDateLine(place: string | undefined, date: DocumentDate): string {
  return `${place ?? DAY_DOTS}, ${dateWords(date)}`;
}

/** A date in running text: "ngày 09/3/2017" as the plans write it, "tháng 7/2017" for a month only. @internal */
export function shortDate(date: DocumentDate): string | undefined {
  if (date === undefined) return undefined;
  const month = Number(date.slice(5, 7));
  const year = date.slice(0, 4).replace(/^0+(?=\d)/, "");
  if (date.length === 7) return `tháng ${month}/${year}`;
  return `ngày ${pad2(Number(date.slice(8, 10)))}/${month}/${year}`;
}

/** The lines of "Nơi nhận" as printed: "- " is the writers'; each line ends in ";", the last ("Lưu: …") in ".". @internal */
export function recipientLines(lines: readonly string[]): string[] {
  return lines.map((line, i) => {
    const text = line.trim().replace(/^-\s*/, "");
    if (/[;.,:]$/.test(text)) return i === lines.length - 1 ? text.replace(/[;,:]$/, ".") : text;
    return `${text}${i === lines.length - 1 ? "." : ";"}`;
  });
}

/** A signature block of the model (or of the options): capacity or authority lines, title, name. @internal */
export interface SignatoryLike {
  readonly capacity?: string | undefined;
  readonly authority?: readonly { readonly mode: string; readonly title: string }[] | undefined;
  readonly title: string;
  readonly name: string;
}

/** A signatory as its block prints it: "TM. ĐOÀN CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name. @internal */
export function signatureOf(signatory: SignatoryLike): SignatureBlock {
  const authority = signatory.authority !== undefined && signatory.authority.length > 0
    ? signatory.authority.map((a) => upper(`${a.mode}. ${a.title}`))
    : signatory.capacity === undefined
      ? []
      : [upper(signatory.capacity)];
  return { authority, title: upper(signatory.title), name: signatory.name };
}
