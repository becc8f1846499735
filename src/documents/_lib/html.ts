/**
 * Writes a document layout as one self-contained HTML file whose print CSS lays it out as Decree
 * 30/2020/NĐ-CP, Appendix I asks: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New
 * Roman; the header's sizes, bold and lines; page numbers at the top, centred, from page 2. No script, no
 * external resource; every text escaped.
 *
 * @internal
 */
import type { Table } from "../../report/_lib/render.js";
import { MOTTO, NATIONAL_TITLE, type AppendixLayout, type DocBlock, type DocumentLayout, type IssuerLines, type SignatureBlock } from "./layout.js";

/** Escapes text for HTML (content and attribute values). @internal */
export function escapeHtml(text: string): string {
  return text.normalize("NFC").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const e = escapeHtml;

/**
 * The print CSS. Sizes in points as the decree gives them: issuing bodies 13 pt (superior upright, issuer
 * bold), national title 12 pt bold (the decree allows 12–13; 13 pt does not fit beside a 13 pt issuer on A4), motto 14 pt bold, number 13 pt, place and date 14 pt italic, document
 * type 14 pt bold, subject 14 pt bold, body 14 pt, signature block 14 pt bold, "Nơi nhận:" 12 pt bold
 * italic and its list 11 pt; lines under the issuer and the subject a third to a half of the text, under
 * the motto as long as the motto.
 */
const CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: "Times New Roman", Tinos, "Liberation Serif", serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
html { background: #fff; }
body { margin: 0; font-family: "Times New Roman", Tinos, "Liberation Serif", Times, serif; font-size: 14pt; line-height: 1.25; color: #000; }
@media screen { html { background: #e6e6e6; } body { width: 165mm; margin: 12px auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); } }
table.header, table.closing { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.header td, table.closing td { border: none; padding: 0; vertical-align: top; }
table.header td { text-align: center; }
td.issuers { width: 45%; } td.state { width: 55%; }
table.issuers { width: 100%; border-collapse: collapse; table-layout: fixed; } table.issuers td { padding: 0 2pt; }
.superior { font-size: 13pt; }
.issuer { font-size: 13pt; font-weight: bold; }
.underlined { display: inline-block; }
.underlined::after { content: ""; display: block; margin: 1pt auto 0; border-bottom: 1px solid #000; width: 40%; }
.national { font-size: 12pt; font-weight: bold; white-space: nowrap; }
.motto { font-size: 14pt; font-weight: bold; }
.motto.underlined::after { width: 100%; }
.number { font-size: 13pt; padding-top: 6pt; }
.place-date { font-size: 14pt; font-style: italic; padding-top: 6pt; }
.addressees { margin: 0 0 12pt; text-align: center; }
.addressees .many { display: inline-block; text-align: left; vertical-align: top; }
h1.type { font-size: 14pt; font-weight: bold; text-align: center; margin: 18pt 0 0; }
.subject { font-size: 14pt; font-weight: bold; text-align: center; margin: 0 0 12pt; }
.subject-line { display: inline-block; max-width: 100%; }
.subject-line::after { content: ""; display: block; margin: 2pt auto 0; border-bottom: 1px solid #000; width: 40%; }
p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }
p.italic { font-style: italic; }
h2.part, h3.section { font-size: 14pt; font-weight: bold; margin: 6pt 0; text-indent: 1cm; }
table.data { width: 100%; border-collapse: collapse; margin: 6pt 0; font-size: 12pt; line-height: 1.2; page-break-inside: auto; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.data th { font-weight: bold; text-align: center; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data .num { text-align: right; white-space: nowrap; } table.data .num.words { white-space: normal; } table.data .bold td { font-weight: bold; }
table.closing { margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }
td.recipients { width: 50%; } td.sign { width: 50%; text-align: center; }
.recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
.recipients-list { font-size: 11pt; }
.signature { font-size: 14pt; font-weight: bold; text-align: center; margin-bottom: 12pt; }
.signature .space { height: 28mm; }
section.appendix { break-before: page; page-break-before: always; }
.appendix .label, .appendix .title { font-weight: bold; text-align: center; margin: 0; }
.appendix .note { font-style: italic; text-align: center; margin: 0 0 12pt; }
`;

function issuerCell(issuer: IssuerLines): string {
  return `${issuer.superior === undefined ? "" : `<div class="superior">${e(issuer.superior)}</div>`}<div class="issuer"><span class="underlined">${e(issuer.name)}</span></div>`;
}

function header(layout: DocumentLayout): string {
  const issuers =
    layout.issuers.length === 1
      ? issuerCell(layout.issuers[0]!)
      : `<table class="issuers"><tr>${layout.issuers.map((i) => `<td>${issuerCell(i)}</td>`).join("")}</tr></table>`;
  return [
    `<table class="header">`,
    `<tr><td class="issuers">${issuers}</td><td class="state"><div class="national">${e(NATIONAL_TITLE)}</div><div class="motto"><span class="motto underlined">${e(MOTTO)}</span></div></td></tr>`,
    `<tr><td class="number">${e(layout.number)}</td><td class="place-date">${e(layout.placeDate)}</td></tr>`,
    `</table>`,
  ].join("\n");
}

function addressees(lines: readonly string[]): string {
  if (lines.length === 0) return "";
  if (lines.length === 1) return `<div class="addressees">Kính gửi: ${e(lines[0]!)}.</div>`;
  const items = lines.map((l, i) => `- ${e(l)}${i === lines.length - 1 ? "." : ";"}`).join("<br>");
  return `<div class="addressees">Kính gửi: <span class="many">${items}</span></div>`;
}

/** A table with borders: numeric columns to the right, total and bold rows bold. @internal */
export function htmlTable(table: Table): string {
  const numeric = new Set(table.numeric ?? []);
  const bold = new Set(table.bold ?? []);
  const totals = table.totals ?? 0;
  const head = `<thead><tr>${table.headers.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead>`;
  const rows = table.rows.map((row, r) => {
    const strong = bold.has(r) || r >= table.rows.length - totals;
    // Figures stay on one line; a cell of words in a column of figures ("Kinh phí của LĐLĐ tỉnh") wraps.
    const cells = table.headers
      .map((_, c) => {
        const text = row[c] ?? "";
        const cls = numeric.has(c) ? (/^[\d.,%\s-]*$/.test(text) ? "num" : "num words") : "";
        return `<td${cls === "" ? "" : ` class="${cls}"`}>${e(text)}</td>`;
      })
      .join("");
    return `<tr${strong ? ' class="bold"' : ""}>${cells}</tr>`;
  });
  return `<table class="data">${head}<tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

function block(b: DocBlock): string {
  switch (b.kind) {
    case "heading":
      return b.level === 1 ? `<h2 class="part">${e(b.text)}</h2>` : `<h3 class="section">${e(b.text)}</h3>`;
    case "paragraph":
      return `<p${b.italic === true ? ' class="italic"' : ""}>${e(b.text)}</p>`;
    case "item":
      return `<p>${b.level === 1 ? "-" : "+"} ${e(b.text)}</p>`;
    case "table":
      return htmlTable(b.table);
  }
}

function signature(s: SignatureBlock): string {
  return `<div class="signature">${s.authority.map((a) => `<div>${e(a)}</div>`).join("")}<div>${e(s.title)}</div><div class="space"></div><div>${e(s.name)}</div></div>`;
}

function recipients(lines: readonly string[]): string {
  if (lines.length === 0) return "";
  return `<div class="recipients-label">Nơi nhận:</div><div class="recipients-list">${lines.map((l) => `- ${e(l)}`).join("<br>")}</div>`;
}

function closing(layout: DocumentLayout): string {
  const [lead, ...others] = layout.signatures;
  const leadCell = lead === undefined ? "" : signature(lead);
  if (others.length === 0) return `<table class="closing"><tr><td class="recipients">${recipients(layout.recipients)}</td><td class="sign">${leadCell}</td></tr></table>`;
  // A joint document: the lead issuer's block on the right, the others on the left, "Nơi nhận" under them.
  return [
    `<table class="closing"><tr><td class="sign">${others.map(signature).join("")}</td><td class="sign">${leadCell}</td></tr>`,
    `<tr><td class="recipients">${recipients(layout.recipients)}</td><td></td></tr></table>`,
  ].join("\n");
}

function appendix(a: AppendixLayout): string {
  return [
    `<section class="appendix">`,
    ...(a.label === undefined ? [] : [`<div class="label">${e(a.label)}</div>`]),
    `<div class="title">${e(a.title)}</div>`,
    ...(a.note === undefined ? [] : [`<div class="note">${e(a.note)}</div>`]),
    ...a.body.map(block),
    `</section>`,
  ].join("\n");
}

/**
 * The document as one HTML file.
 *
 * @internal
 */
export function writeHtml(layout: DocumentLayout): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="vi">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(layout.name)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    header(layout),
    `<h1 class="type">${e(layout.documentType)}</h1>`,
    `<div class="subject"><span class="subject-line">${e(layout.subject)}</span></div>`,
    addressees(layout.addressees),
    ...layout.body.map(block),
    closing(layout),
    ...layout.appendices.map(appendix),
    "</body>",
    "</html>",
    "",
  ].filter((line) => line !== "").join("\n");
}
