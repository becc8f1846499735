/**
 * A Word file made from a text (with the docx package), for the Word example and the tests: each paragraph of
 * the text a paragraph, each table a table, a section row's first cell spanning the STT and content columns.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { prepareSource } from "../../src/read/_lib/source.js";

/** The .docx of a text, as bytes. */
export async function docxOf(text: string): Promise<Buffer> {
  const source = prepareSource(text);
  const children: (Paragraph | Table)[] = [];
  for (const block of source.blocks) {
    if (block.kind === "para") {
      children.push(new Paragraph({ children: [new TextRun(block.span.text)], alignment: AlignmentType.LEFT }));
      continue;
    }
    const width = Math.max(...block.rows.map((r) => r.cells.length));
    const rows = block.rows.map((row) => {
      const short = row.cells.length < width;
      return new TableRow({
        children: row.cells.map(
          (cell, k) =>
            new TableCell({
              children: cell.paras.length === 0 ? [new Paragraph("")] : cell.paras.map((p) => new Paragraph(p.text)),
              ...(short && k === 0 ? { columnSpan: width - row.cells.length + 1 } : {}),
            }),
        ),
      });
    });
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
