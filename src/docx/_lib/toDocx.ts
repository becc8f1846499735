/**
 * Writes a document layout (the one the HTML, Markdown and text writers render) as a Word file with the
 * `docx` package: A4, margins 20/15/20/30 mm, Times New Roman 14 pt, the header and closing as tables
 * without borders, the lines under the issuer and the subject as short paragraph borders and the motto
 * underlined, page numbers at the top centre from page 2, each appendix on a new page.
 *
 * @internal
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from "docx";
import type { Table as DataTable } from "../../report/_lib/render.js";
import { MOTTO, NATIONAL_TITLE, type AppendixLayout, type DocBlock, type DocumentLayout, type IssuerLines, type SignatureBlock } from "../../documents/_lib/layout.js";

const FONT = "Times New Roman";
/** Points to the half-points of Word's run sizes. */
const pt = (points: number) => points * 2;
/** Millimetres to twentieths of a point. */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** The width of the text between the margins: 210 − 30 − 15 mm. */
const TEXT_WIDTH = mm(165);

interface RunStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
}

/**
 * The text without the characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE,
 * U+FFFF): written into document.xml they make the file one Word refuses to open.
 */
function wordText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: wordText(text),
    font: FONT,
    size: pt(style.size ?? 14),
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italics === true ? { italics: true } : {}),
    ...(style.underline === true ? { underline: {} } : {}),
  });
}

function para(text: string, style: RunStyle & { readonly align?: "center" | "left" | "justify" | "right"; readonly indent?: boolean; readonly after?: number; readonly before?: number } = {}, extra: Partial<IParagraphOptions> = {}): Paragraph {
  const align = style.align ?? "justify";
  return new Paragraph({
    children: [run(text, style)],
    alignment: align === "center" ? AlignmentType.CENTER : align === "left" ? AlignmentType.LEFT : align === "right" ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { before: style.before ?? 0, after: style.after ?? 0, line: 276 },
    ...(style.indent === true ? { indent: { firstLine: mm(10) } } : {}),
    ...extra,
  });
}

/** A line under a centred text: a paragraph border `share` of the cell's width long. */
function rule(cellWidth: number, share: number): Paragraph {
  const side = Math.round((cellWidth * (1 - share)) / 2);
  return new Paragraph({
    children: [],
    spacing: { before: 0, after: 0, line: 120 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

function cell(children: Paragraph[] | Table[] | (Paragraph | Table)[], width: number, options: { borders?: boolean } = {}): TableCell {
  return new TableCell({
    children: children.length === 0 ? [new Paragraph({ children: [] })] : children,
    width: { size: width, type: WidthType.DXA },
    ...(options.borders === true ? {} : { borders: TableBorders.NONE }),
    verticalAlign: VerticalAlign.TOP,
  });
}

function invisibleTable(rows: TableCell[][], widths: readonly number[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ children: cells })),
  });
}

function issuerParagraphs(issuer: IssuerLines, width: number): Paragraph[] {
  return [
    ...(issuer.superior === undefined ? [] : [para(issuer.superior, { size: 13, align: "center" })]),
    para(issuer.name, { size: 13, bold: true, align: "center" }),
    rule(width, 0.4),
  ];
}

function header(layout: DocumentLayout): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  const each = Math.floor(left / layout.issuers.length);
  const issuers =
    layout.issuers.length === 1
      ? issuerParagraphs(layout.issuers[0]!, left)
      : [invisibleTable([layout.issuers.map((i) => cell(issuerParagraphs(i, each), each))], layout.issuers.map(() => each))];
  return invisibleTable(
    [
      [cell(issuers, left), cell([para(NATIONAL_TITLE, { size: 12, bold: true, align: "center" }), para(MOTTO, { size: 14, bold: true, underline: true, align: "center" })], right)],
      [cell([para(layout.number, { size: 13, align: "center", before: 120 })], left), cell([para(layout.placeDate, { size: 14, italics: true, align: "center", before: 120 })], right)],
    ],
    [left, right],
  );
}

function dataTable(table: DataTable): Table {
  const numeric = new Set(table.numeric ?? []);
  const bold = new Set(table.bold ?? []);
  const totals = table.totals ?? 0;
  const width = Math.floor(TEXT_WIDTH / table.headers.length);
  const row = (cells: readonly string[], strong: boolean, head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: table.headers.map((_, c) =>
        cell([para(cells[c] ?? "", { size: 12, bold: strong, align: head ? "center" : numeric.has(c) ? "right" : "left" })], width, { borders: true }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    rows: [row(table.headers, true, true), ...table.rows.map((cells, r) => row(cells, bold.has(r) || r >= table.rows.length - totals, false))],
  });
}

function block(b: DocBlock): Paragraph | Table {
  switch (b.kind) {
    case "heading":
      return para(b.text, { bold: true, indent: true, before: 120, after: 120 });
    case "paragraph":
      return para(b.text, { indent: true, after: 120, ...(b.italic === true ? { italics: true } : {}) });
    case "item":
      return para(`${b.level === 1 ? "-" : "+"} ${b.text}`, { indent: true, after: 120 });
    case "table":
      return dataTable(b.table);
  }
}

function signature(s: SignatureBlock): Paragraph[] {
  return [
    ...s.authority.map((a) => para(a, { bold: true, align: "center" })),
    para(s.title, { bold: true, align: "center" }),
    ...Array.from({ length: 4 }, () => para("", { align: "center" })),
    para(s.name, { bold: true, align: "center" }),
  ];
}

function recipients(lines: readonly string[]): Paragraph[] {
  if (lines.length === 0) return [];
  return [para("Nơi nhận:", { size: 12, bold: true, italics: true, align: "left" }), ...lines.map((l) => para(`- ${l}`, { size: 11, align: "left" }))];
}

function closing(layout: DocumentLayout): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const [lead, ...others] = layout.signatures;
  const leadCell = cell(lead === undefined ? [] : signature(lead), half);
  if (others.length === 0) return invisibleTable([[cell(recipients(layout.recipients), half), leadCell]], [half, half]);
  return invisibleTable(
    [
      [cell(others.flatMap(signature), half), leadCell],
      [cell(recipients(layout.recipients), half), cell([], half)],
    ],
    [half, half],
  );
}

function appendix(a: AppendixLayout): (Paragraph | Table)[] {
  const head = [
    ...(a.label === undefined ? [] : [a.label]).map((label) => para(label, { bold: true, align: "center" })),
    para(a.title, { bold: true, align: "center" }),
    ...(a.note === undefined ? [] : [para(a.note, { italics: true, align: "center", after: 240 })]),
  ];
  // The appendix starts a new page.
  const [first, ...rest] = head;
  return [new Paragraph({ children: [], pageBreakBefore: true }), ...(first === undefined ? [] : [first]), ...rest, ...a.body.map(block)];
}

/**
 * The document as the bytes of a .docx file.
 *
 * @internal
 */
export async function layoutToDocx(layout: DocumentLayout): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [header(layout), para(layout.documentType, { bold: true, align: "center", before: 360 }), para(layout.subject, { bold: true, align: "center" }), rule(TEXT_WIDTH, 0.3)];
  if (layout.addressees.length === 1) children.push(para(`Kính gửi: ${layout.addressees[0]!}.`, { align: "center", before: 240 }));
  else if (layout.addressees.length > 1) children.push(para("Kính gửi:", { align: "center", before: 240 }), ...layout.addressees.map((a, i) => para(`- ${a}${i === layout.addressees.length - 1 ? "." : ";"}`, { align: "center" })));
  children.push(para("", { after: 120 }), ...layout.body.map(block), para("", { after: 120 }), closing(layout), ...layout.appendices.flatMap(appendix));
  const doc = new Document({
    title: wordText(layout.name),
    creator: wordText(layout.issuers.map((i) => i.name).join(" - ")),
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) } },
        },
        headers: {
          // Page numbers at the top, centred, from page 2 (Decree 30/2020/NĐ-CP: none on the first page).
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] })] }),
          first: new Header({ children: [] }),
        },
        children,
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}
