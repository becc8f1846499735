/**
 * HTML as mammoth writes a Word file (`<p>`, `<h1>`…, `<ul>`/`<ol>` lists, `<table>` with `<tr>` and `<td>`,
 * entities, inline tags): paragraphs and tables located in the original HTML. One linear pass; no DOM.
 *
 * @internal
 */
import type { Block, Cell, Row } from "./source.js";
import { isCombining, Span, SpanBuilder } from "./span.js";
import { own } from "../../_lib/own.js";

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  bull: "•",
  laquo: "«",
  raquo: "»",
  sbquo: "‚",
  bdquo: "„",
  minus: "−",
  times: "×",
  divide: "÷",
  middot: "·",
  deg: "°",
  sect: "§",
  para: "¶",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  permil: "‰",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
  ordf: "ª",
  ordm: "º",
  prime: "′",
  shy: "\u00ad",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200c",
  zwj: "\u200d",
};

/**
 * The named entities of accented letters that Vietnamese text uses, by accent: the letters (upper and lower
 * case) that have one in HTML (Latin-1's, and HTML5's ĩ, ũ, ă, ğ, ŭ), and HTML5's đ. Case matters here, as in
 * HTML: `&Agrave;` is À, `&agrave;` is à.
 */
const LETTERS: Readonly<Record<string, readonly [string, string]>> = {
  grave: ["AEIOUaeiou", "\u0300"],
  acute: ["AEIOUYaeiouy", "\u0301"],
  circ: ["AEIOUaeiou", "\u0302"],
  tilde: ["AINOUainou", "\u0303"],
  uml: ["AEIOUYaeiouy", "\u0308"],
  breve: ["AGUagu", "\u0306"],
};

/** The letter that a named entity of {@link LETTERS} stands for, or undefined. */
function letterEntity(entity: string): string | undefined {
  if (entity === "dstrok") return "đ";
  if (entity === "Dstrok") return "Đ";
  const letter = entity[0]!;
  const accent = own(LETTERS, entity.slice(1));
  return accent !== undefined && accent[0].includes(letter) ? `${letter}${accent[1]}`.normalize("NFC") : undefined;
}

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote", "pre", "br", "hr", "dt", "dd", "caption"]);
const SKIP = new Set(["script", "style", "head", "title"]);

interface CellState {
  paras: Span[];
  colspan: number;
  at: number;
}

interface TableState {
  rows: Row[];
  row: CellState[] | undefined;
  rowStart: number;
  cell: CellState | undefined;
  start: number;
}

/** Reads HTML into blocks. @internal */
export function readHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const tables: TableState[] = [];
  const lists: ("ul" | "ol")[] = [];
  const counters: number[] = [];
  let builder = new SpanBuilder();

  const flush = () => {
    const span = builder.build().trim();
    builder = new SpanBuilder();
    if (span.text === "") return;
    const table = tables[tables.length - 1];
    if (table?.cell !== undefined) table.cell.paras.push(span);
    else if (table !== undefined) {
      // Text between cells: a cell of its own.
      table.row ??= [];
      table.row.push({ paras: [span], colspan: 1, at: span.start() });
    } else blocks.push({ kind: "para", span });
  };

  const n = html.length;
  // The document in lower case, made once, when a <script>, <style>… is skipped to its end.
  let lower: string | undefined;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) feedText(builder, html, i, textEnd);
    if (lt < 0) break;
    i = lt;
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const gt = html.indexOf(">", i + 1);
    if (gt < 0) {
      feedText(builder, html, i, n);
      break;
    }
    const inside = html.slice(i + 1, gt);
    const closing = inside.startsWith("/");
    const nameMatch = /^\/?\s*([A-Za-z][A-Za-z0-9]*)/.exec(inside);
    const name = nameMatch?.[1]?.toLowerCase() ?? "";
    const tagStart = i;
    i = gt + 1;
    if (name === "" ) {
      feedText(builder, html, tagStart, i);
      continue;
    }
    if (SKIP.has(name) && !closing) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? n : close;
      continue;
    }
    const table = tables[tables.length - 1];
    if (name === "table") {
      flush();
      if (!closing) tables.push({ rows: [], row: undefined, rowStart: tagStart, cell: undefined, start: tagStart });
      else if (table !== undefined) {
        endRow(table, tagStart);
        tables.pop();
        const outer = tables[tables.length - 1];
        if (outer === undefined) blocks.push({ kind: "table", rows: table.rows, start: table.start, end: i });
        else {
          // A table inside a cell: its cells become paragraphs of the cell.
          outer.cell ??= { paras: [], colspan: 1, at: table.start };
          for (const row of table.rows) for (const cell of row.cells) outer.cell.paras.push(...cell.paras);
        }
      }
      continue;
    }
    if (table !== undefined && name === "tr") {
      flush();
      endRow(table, tagStart);
      if (!closing) {
        table.row = [];
        table.rowStart = tagStart;
      }
      continue;
    }
    if (table !== undefined && (name === "td" || name === "th")) {
      flush();
      if (table.cell !== undefined) {
        table.row ??= [];
        table.row.push(table.cell);
        table.cell = undefined;
      }
      if (!closing) {
        const span = /colspan\s*=\s*["']?(\d{1,3})/i.exec(inside);
        table.cell = { paras: [], colspan: Math.max(1, Math.min(50, Number(span?.[1] ?? 1))), at: tagStart };
      }
      continue;
    }
    if (name === "ul" || name === "ol") {
      flush();
      if (!closing) {
        lists.push(name);
        counters.push(0);
      } else {
        lists.pop();
        counters.pop();
      }
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      if (name === "li" && !closing && lists.length > 0) {
        // Word's list markers are formatting, lost in the HTML: a bullet for a bulleted list, the number for
        // a numbered one (letters one level down), so that the outline reads the items as items.
        const depth = lists.length;
        const kind = lists[depth - 1]!;
        const count = (counters[depth - 1] ?? 0) + 1;
        counters[depth - 1] = count;
        const marker = kind === "ul" ? (depth > 1 ? "+ " : "- ") : depth > 1 ? `${String.fromCharCode(96 + Math.min(26, count))}) ` : `${count}. `;
        builder.feedReplaced(marker.trimEnd(), tagStart, i - tagStart);
        builder.space(i);
      }
      continue;
    }
    // An inline tag: a word break only where the tag is an image or a line of its own.
    if (name === "img") builder.space(tagStart);
  }
  flush();
  // Tables left open at the end: closed there, an inner one into the cell of the one around it, as </table> does.
  while (tables.length > 0) {
    const table = tables.pop()!;
    endRow(table, n);
    const outer = tables[tables.length - 1];
    if (outer === undefined) blocks.push({ kind: "table", rows: table.rows, start: table.start, end: n });
    else {
      outer.cell ??= { paras: [], colspan: 1, at: table.start };
      for (const row of table.rows) for (const cell of row.cells) outer.cell.paras.push(...cell.paras);
    }
  }
  return blocks;
}

function endRow(table: TableState, at: number): void {
  if (table.cell !== undefined) {
    table.row ??= [];
    table.row.push(table.cell);
    table.cell = undefined;
  }
  if (table.row !== undefined && table.row.length > 0) {
    const cells: Cell[] = table.row.map((c) => ({ paras: c.paras, colspan: c.colspan, at: c.at }));
    table.rows.push({ cells, start: table.rowStart, end: at });
  }
  table.row = undefined;
}

/** Feeds text with its entities decoded. */
function feedText(builder: SpanBuilder, html: string, from: number, to: number): void {
  // Searched within the run only (an indexOf on the whole document for each run of text was quadratic).
  const run = html.slice(from, to);
  let i = from;
  while (i < to) {
    const amp = run.indexOf("&", i - from);
    const end = amp < 0 ? to : from + amp;
    if (end > i) builder.feed(html.slice(i, end), i, false);
    if (end >= to) break;
    const near = run.slice(end - from, end - from + 11).indexOf(";");
    const semi = near < 0 ? -1 : end + near;
    const entity = semi > end && semi - end <= 10 && semi < to ? html.slice(end + 1, semi) : "";
    const decoded = decodeEntity(entity);
    if (decoded === undefined) {
      builder.feed("&", end, false);
      i = end + 1;
    } else {
      // Combining marks written after an entity are its letter's ("&ecirc;" + U+0300 is ề): composed with it.
      let after = semi + 1;
      while (after < to && isCombining(html.charCodeAt(after))) after++;
      builder.feedReplaced(after > semi + 1 ? `${decoded}${html.slice(semi + 1, after)}`.normalize("NFC") : decoded, end, after - end);
      i = after;
    }
  }
}

function decodeEntity(entity: string): string | undefined {
  if (entity === "") return undefined;
  if (entity.startsWith("#")) {
    const code = entity[1] === "x" || entity[1] === "X" ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  // Names are case-sensitive, as in HTML, but for the legacy capitals that browsers also read (&AMP;, &QUOT;).
  const name = /^(AMP|LT|GT|QUOT|COPY|REG)$/.test(entity) ? entity.toLowerCase() : entity;
  return own(NAMED, name) ?? letterEntity(entity);
}
