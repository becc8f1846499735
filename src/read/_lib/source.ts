/**
 * Text preparation: the text as it arrives (plain text with any line ending, a Word file's text with its
 * tables flattened into tab-separated cells, Markdown from a legal-text site, HTML as mammoth writes it)
 * becomes paragraphs and tables of prepared {@link Span}s, each located in the original text. Linear.
 *
 * @internal
 */
import { isSpaceCode, Span, SpanBuilder, spanOf } from "./span.js";
import { readHtml } from "./html.js";

/** A paragraph of prose: one line of the text, or several lines of a hard-wrapped paragraph. @internal */
export interface Paragraph {
  readonly kind: "para";
  readonly span: Span;
}

/** A cell of a table: its paragraphs, and how many columns it spans (HTML colspan). @internal */
export interface Cell {
  readonly paras: readonly Span[];
  readonly colspan: number;
  /** Original offset where the cell starts (its tab, or its tag). */
  readonly at: number;
}

/** A row of a table. @internal */
export interface Row {
  readonly cells: readonly Cell[];
  readonly start: number;
  readonly end: number;
}

/** A table: a Word table (tab-separated cells in the text, or an HTML table). @internal */
export interface Table {
  readonly kind: "table";
  readonly rows: readonly Row[];
  readonly start: number;
  readonly end: number;
}

/** @internal */
export type Block = Paragraph | Table;

/** The text prepared for reading. @internal */
export interface Source {
  readonly original: string;
  readonly blocks: readonly Block[];
  /** Original offsets of the starts of lines (after each line ending). */
  readonly lineStarts: readonly number[];
  readonly html: boolean;
  /** Share of characters that no text has (controls, replacement characters): high for binary input. */
  readonly garbage: number;
}

/** A position in the original text, 1-based line and column (UTF-16 code units, as editors count). @internal */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Line and column of an original offset. @internal */
export function positionOf(source: Source, offset: number): Position {
  const starts = source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/**
 * Whether a character ends a line: LF, CR (CR LF is one line end), and the other line ends that texts
 * copied from editors and converters carry: VT (a line break inside a Word paragraph), FF (a page break, as
 * pdftotext writes between pages), NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. @internal
 */
export function isLineEnd(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/**
 * The offsets where lines start. A page break (FF) right after a line end, or at the start of the text,
 * only marks the page: it starts no line of its own, so a paragraph that goes on over a page of pdftotext's
 * output reads as one. @internal
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLineEnd(c)) continue;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    else if (c === 0x0c && i === starts[starts.length - 1]) {
      starts[starts.length - 1] = i + 1;
      continue;
    }
    starts.push(i + 1);
  }
  return starts;
}

/** Whether a prepared text holds anything to read: a letter or a digit. @internal */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function garbageShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else bad++;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad++;
  }
  return text.length === 0 ? 0 : bad / text.length;
}

/** Whether the text is HTML (a document that starts with a tag and has paragraphs or tables). @internal */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart();
  if (!head.startsWith("<")) return false;
  return /<(p|table|h[1-6]|ul|ol|html|body|div)[\s>/]/i.test(text.slice(0, 100_000));
}

interface RawLine {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Tabs before the first other character. */
  readonly tabs: number;
  readonly blank: boolean;
}

/** Prepares a text for reading. @internal */
export function prepareSource(original: string): Source {
  const lineStarts = lineStartsOf(original);
  const garbage = garbageShare(original);
  if (looksLikeHtml(original)) {
    return { original, blocks: readHtml(original), lineStarts, html: true, garbage };
  }
  const lines: RawLine[] = [];
  for (let k = 0; k < lineStarts.length; k++) {
    const start = lineStarts[k]!;
    let end = k + 1 < lineStarts.length ? lineStarts[k + 1]! : original.length;
    while (end > start && isLineEnd(original.charCodeAt(end - 1))) end--;
    const raw = original.slice(start, end);
    let tabs = 0;
    while (tabs < raw.length && raw.charCodeAt(tabs) === 0x09) tabs++;
    lines.push({ start, end, raw, tabs, blank: !hasWords(raw) });
  }
  return { original, blocks: readPlain(lines), lineStarts, html: false, garbage };
}

/**
 * Plain text: tables where three or more lines in a row start with a tab (a flattened Word table: each cell
 * starts with a tab, its further paragraphs follow without one, rows end at a blank line once they have their
 * cells), paragraphs elsewhere. Hard-wrapped text (paragraphs separated by blank lines, continued on lines
 * that start in lowercase) has its lines joined.
 */
function readPlain(lines: readonly RawLine[]): Block[] {
  const wrapped = isWrapped(lines);
  const blocks: Block[] = [];
  let pending: Span[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push({ kind: "para", span: Span.join(pending, " ") });
    pending = [];
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.tabs > 0 && !line.blank && startsTable(lines, i)) {
      flush();
      const { table, next } = readTable(lines, i);
      blocks.push(table);
      i = next;
      continue;
    }
    if (line.blank) {
      flush();
      i++;
      continue;
    }
    const span = spanOf(line.raw, line.start).trim();
    const previous = i > 0 ? lines[i - 1]! : undefined;
    const alone = selfContained(line.raw) || (previous !== undefined && selfContained(previous.raw));
    if (wrapped && pending.length > 0 && !alone && continues(pending[pending.length - 1]!.text, span.text)) pending.push(span);
    else {
      flush();
      pending.push(span);
    }
    if (!wrapped) flush();
    i++;
  }
  flush();
  return blocks;
}

/** Whether paragraphs are hard-wrapped: many lines go on, in lowercase, from the line before. */
function isWrapped(lines: readonly RawLine[]): boolean {
  let prose = 0;
  let continued = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.tabs > 0) continue;
    prose++;
    const previous = lines[i - 1]!;
    if (previous.blank || previous.tabs > 0) continue;
    const first = line.raw.trimStart().charAt(0);
    if (first !== "" && first === first.toLowerCase() && first !== first.toUpperCase()) continued++;
  }
  return prose > 0 && continued >= 3 && continued / prose >= 0.1;
}

const MARKER = /^(?:[-–—+•●○▪*]\s|[IVX]{1,5}[.)]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][)]\s|\(\d{1,2}\)|[A-Z]\.\d|Số\s*:|Nơi nhận|TM\.|KT\.|Q\.\s|TL\.|TUQ\.)/u;

/** Whether a line goes on the paragraph of the line before, in hard-wrapped text. */
function continues(previous: string, next: string): boolean {
  if (MARKER.test(next)) return false;
  if (/[.;:!?]$/u.test(previous) && /^[\p{Lu}\p{N}]/u.test(next)) return false;
  return true;
}

/** Whether a raw line is one emphasised run of its own ("**PHÓ CHỦ TỊCH**"): a paragraph by itself. */
function selfContained(raw: string): boolean {
  const t = raw.trim();
  return /^\*\*[^*]+\*\*$/u.test(t) || /^\*[^*]+\*$/u.test(t);
}

/** Whether a table starts at line `i`: three lines or more that start with a tab, in a row. */
function startsTable(lines: readonly RawLine[], i: number): boolean {
  let count = 0;
  for (let k = i; k < lines.length && k < i + 3; k++) {
    if (lines[k]!.tabs === 0) break;
    count++;
  }
  return count >= 3;
}

/** Reads a flattened table from line `i`; returns it and the first line after it. */
function readTable(lines: readonly RawLine[], i: number): { table: Table; next: number } {
  const rows: Row[] = [];
  let cells: { paras: Span[]; at: number }[] = [];
  let width = 0;
  let rowStart = lines[i]!.start;
  let rowEnd = rowStart;
  const endRow = () => {
    if (cells.length > 0) {
      rows.push({ cells: cells.map((c) => ({ paras: c.paras.filter((p) => p.text !== ""), colspan: 1, at: c.at })), start: rowStart, end: rowEnd });
      if (width === 0) width = cells.length;
    }
    cells = [];
  };
  let k = i;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.blank && line.tabs === 0) {
      // A blank line ends the table unless a tab line follows; it ends the row once the row has its cells
      // (one fewer where a merged cell joined two).
      let next = k + 1;
      while (next < lines.length && lines[next]!.blank && lines[next]!.tabs === 0) next++;
      if (next >= lines.length || lines[next]!.tabs === 0) break;
      if (cells.length >= Math.max(1, width - 1)) endRow();
      continue;
    }
    if (line.tabs === 0) {
      // A further paragraph of the current cell.
      const cell = cells[cells.length - 1];
      const span = spanOf(line.raw, line.start).trim();
      if (cell === undefined) cells.push({ paras: [span], at: line.start });
      else cell.paras.push(span);
      rowEnd = line.end;
      continue;
    }
    if (cells.length === 0) rowStart = line.start;
    // Each tab starts a cell; the text after the last tab is that cell's first paragraph.
    const parts = line.raw.split("\t");
    let offset = line.start;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      if (p > 0) cells.push({ paras: [spanOf(part, offset).trim()], at: offset - 1 });
      else if (part !== "" && hasWords(part)) {
        const cell = cells[cells.length - 1];
        if (cell === undefined) cells.push({ paras: [spanOf(part, offset).trim()], at: offset });
        else cell.paras.push(spanOf(part, offset).trim());
      }
      offset += part.length + 1;
    }
    rowEnd = line.end;
  }
  endRow();
  const last = lines[Math.max(i, k - 1)]!;
  return { table: { kind: "table", rows, start: lines[i]!.start, end: last.end }, next: k };
}

/** Splits a span at a character position into two trimmed spans. @internal */
export function splitSpan(span: Span, at: number, skip = 0): [Span, Span] {
  return [span.slice(0, at).trim(), span.slice(at + skip).trim()];
}

/** The span of a whole paragraph built from several, for HTML and tests. @internal */
export function joinSpans(parts: readonly Span[]): Span {
  return Span.join(parts, " ");
}

/** A builder for callers that assemble their own spans (the HTML reader). @internal */
export { SpanBuilder, isSpaceCode };
