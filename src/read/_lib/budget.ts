/**
 * The budget appendix (dự trù kinh phí): its title, what it is attached to, its table (sections "I.", lines,
 * products and quantities, windows, amounts and unit prices, lead and coordinating units, declared subtotals
 * and the total), its "Bằng chữ" line. Cells are read by the header's columns; a row whose cells do not line
 * up (a merged cell shifted them) is read by the content of its cells, and said so.
 *
 * @internal
 */
import { parseVndWords } from "../../budget/parseVndWords.js";
import { safeParseVndRate } from "../../budget/parseVndRate.js";
import { safeParseVnd } from "../../budget/parseVnd.js";
import type { Context } from "./context.js";
import type { BudgetDraft, BudgetLineDraft, BudgetSectionDraft, Draft } from "./draft.js";
import { productOf } from "./channels.js";
import type { Funding } from "./funding.js";
import { senseOf } from "./lexicon.js";
import { splitUnitList } from "./mentions.js";
import type { Registry } from "./registry.js";
import type { Block, Row, Table } from "./source.js";
import { Span } from "./span.js";
import { looksLikeBudget } from "./zones.js";

type Role = "stt" | "title" | "product" | "unit" | "unitPrice" | "window" | "amount" | "lead" | "coordinating" | "funder" | "note" | "other";

function roleOf(header: string): Role {
  const h = header.toLowerCase();
  if (/^(stt|tt|số tt|số thứ tự)$/u.test(h)) return "stt";
  if (/đơn vị tính|^đvt$/u.test(h)) return "unit";
  if (/đơn giá|định mức|mức chi/u.test(h)) return "unitPrice";
  if (/thời gian/u.test(h)) return "window";
  if (/kinh phí|thành tiền|số tiền|dự toán|dự trù/u.test(h)) return "amount";
  if (/chủ trì|thực hiện/u.test(h)) return "lead";
  if (/phối hợp/u.test(h)) return "coordinating";
  if (/nguồn/u.test(h)) return "funder";
  if (/ghi chú/u.test(h)) return "note";
  if (/sản phẩm|số lượng|khối lượng/u.test(h)) return "product";
  if (/nội dung|hạng mục|công việc|tên|diễn giải/u.test(h)) return "title";
  return "other";
}

const FIGURE = /^\d{1,3}(?:[.,]\d{3})+$|^\d{4,15}$/u;
const TOTAL = /^(?:TỔNG CỘNG|Tổng cộng|TỔNG SỐ|Tổng số|TỔNG|Cộng|CỘNG)(?![\p{L}\p{N}])/u;
const SECTION = /^([IVX]{1,5})[.)]?\s+(.+)$/u;
/** The line that says the total in words, "Bằng chữ: …" or "(Bằng chữ: …)". */
const WORDS = /^\(?\s*Bằng chữ\s*:/iu;

interface Cells {
  stt?: Span;
  title?: Span;
  product?: Span;
  window?: Span;
  amount: Span[];
  unitPrice?: Span;
  lead?: Span;
  coordinating?: Span;
}

/** Reads the appendix. @internal */
export function readBudget(ctx: Context, reg: Registry, funding: Funding, blocks: readonly Block[], draft: Draft): { budget: BudgetDraft | undefined; attachedTo: Span | undefined } {
  let title: Span | undefined;
  let attachedTo: Span | undefined;
  let words: Span | undefined;
  const tables: Table[] = [];
  const paras: Span[] = [];
  for (const block of blocks) {
    if (block.kind === "table") {
      if (looksLikeBudget(block)) tables.push(block);
      else {
        const first = block.rows[0]?.cells.flatMap((c) => c.paras)[0];
        if (first !== undefined) ctx.find("table_not_read", first, { text: first.text });
      }
      continue;
    }
    const text = block.span.text;
    if (/^\(?\s*(?:Ban hành )?kèm theo(?![\p{L}\p{N}])/iu.test(text)) attachedTo = block.span;
    else if (WORDS.test(text)) words = block.span;
    else if (title === undefined && /^(?:Dự trù|DỰ TRÙ|Dự toán|DỰ TOÁN|Bảng dự trù|BẢNG DỰ TRÙ|KINH PHÍ|Kinh phí)/u.test(text)) title = block.span;
    else if (title === undefined && /^(?:PHỤ LỤC|Phụ lục)(?![\p{L}\p{N}])/u.test(text)) title = block.span;
    else paras.push(block.span);
  }
  if (tables.length === 0) return { budget: undefined, attachedTo };
  // No title in the text: none in the draft (the model requires one; safeParsePlan says so).
  const budget: BudgetDraft = { title: title?.text ?? "", sections: [] };
  if (title !== undefined) ctx.place(["budget", "title"], title);
  if (attachedTo !== undefined) {
    budget.attachedTo = attachedTo.text;
    ctx.place(["budget", "attachedTo"], attachedTo);
  }
  for (const table of tables) readTable(ctx, reg, funding, table, budget, draft);
  // A "Bằng chữ" line right under the table's last row, with no blank line between, comes as one of its cells.
  words ??= tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.paras))).find((p) => WORDS.test(p.text));
  if (words !== undefined) checkWords(ctx, words, budget);
  return { budget, attachedTo };
}

function readTable(ctx: Context, reg: Registry, funding: Funding, table: Table, budget: BudgetDraft, draft: Draft): void {
  let roles: Role[] | undefined;
  let section: BudgetSectionDraft | undefined;
  for (const row of table.rows) {
    const texts = row.cells.map((c) => c.paras.map((p) => p.text).join(" "));
    const rowSpan = new Span(texts.join(" | "), []);
    const whole = spanOfRow(row);
    if (roles === undefined) {
      if (texts.filter((t) => roleOf(t) !== "other").length >= 2) {
        roles = row.cells.flatMap((c, k) => Array.from({ length: c.colspan }, () => roleOf(texts[k]!)));
        ctx.place(["budget"], whole);
        continue;
      }
    }
    const columns = roles ?? ["stt", "title", "product", "window", "amount", "lead", "coordinating"];
    const flat = row.cells.flatMap((c) => [c, ...Array.from({ length: c.colspan - 1 }, () => ({ paras: [], colspan: 1, at: c.at }))]);
    const firstText = texts.find((t) => t !== "") ?? "";
    if (TOTAL.test(firstText)) {
      const figure = flat.map((c) => c.paras[0]).find((p) => p !== undefined && FIGURE.test(p.text));
      if (figure !== undefined) budget.declaredTotal = figure.text;
      ctx.place(["budget", "declaredTotal"], whole);
      continue;
    }
    const { cells, realigned } = assign(ctx, flat.map((c) => c.paras), columns);
    void rowSpan;
    // "I. Sản phẩm…" in the STT column (a cell spanning STT and content): the section's label and title.
    if (cells.title === undefined && cells.stt !== undefined && SECTION.test(cells.stt.text)) {
      cells.title = cells.stt;
      delete cells.stt;
    }
    const sectionMatch = cells.title === undefined ? null : SECTION.exec(cells.title.text);
    const sttRoman = cells.stt !== undefined && /^[IVX]{1,5}[.)]?$/u.test(cells.stt.text);
    if (cells.title === undefined && cells.amount.length === 0) {
      ctx.find("budget_row_unread", whole, { text: firstText });
      continue;
    }
    if (realigned) ctx.find("budget_row_realigned", whole, { text: cells.title?.text ?? firstText }, ["budget", "sections"]);
    if (sectionMatch !== null || sttRoman) {
      const label = sttRoman ? cells.stt!.text.replace(/[.)]$/u, "") : sectionMatch![1]!;
      const sectionTitle = sttRoman ? cells.title?.text ?? "" : sectionMatch![2]!;
      section = { id: ctx.ids.make(`budget-${label.toLowerCase()}`), label, title: sectionTitle, lines: [] };
      budget.sections.push(section);
      const si = budget.sections.length - 1;
      ctx.place(["budget", "sections", si], whole);
      // A section row with a line's details (a product, a window, units) is a line of its own.
      if (cells.product !== undefined || cells.window !== undefined || cells.lead !== undefined || cells.coordinating !== undefined) {
        section.lines.push(line(ctx, reg, funding, { ...cells, title: cells.title! }, sectionTitle, section, draft, ["budget", "sections", si, "lines", 0], true));
        ctx.place(["budget", "sections", si, "lines", 0], whole);
      } else {
        const figure = cells.amount[0];
        if (figure !== undefined && FIGURE.test(figure.text)) section.declaredTotal = figure.text;
      }
      continue;
    }
    if (section === undefined) {
      section = { id: ctx.ids.make("budget-section"), title: budget.title, lines: [] };
      // A table without sections: one section, under the appendix's title.
      budget.sections.push(section);
    }
    const si = budget.sections.indexOf(section);
    const li = section.lines.length;
    section.lines.push(line(ctx, reg, funding, cells, cells.title?.text ?? firstText, section, draft, ["budget", "sections", si, "lines", li], false));
    ctx.place(["budget", "sections", si, "lines", li], whole);
  }
}

/** The original range of a row, as a span with no text (for placing it whole). */
function spanOfRow(row: Row): Span {
  return new Span("", [0, row.start, 0, row.end - row.start]);
}

/** Fits a row's cells to the columns, or reads them by content where they do not line up. */
function assign(ctx: Context, cells: readonly (readonly Span[])[], columns: readonly Role[]): { cells: Cells; realigned: boolean } {
  const joined = (paras: readonly Span[]): Span | undefined => (paras.length === 0 ? undefined : Span.join(paras, " "));
  const direct: Cells = { amount: [] };
  let fits = cells.length === columns.length;
  cells.forEach((paras, k) => {
    const role = columns[k];
    const span = joined(paras);
    if (span === undefined || role === undefined) return;
    if (!fitsRole(ctx, role, span, paras)) fits = false;
    put(direct, role, span, paras);
  });
  if (fits) return { cells: direct, realigned: false };
  // A section row "I. Sản phẩm…" in one cell where the header has STT and content: the usual layout.
  const firstText = cells[0]?.[0]?.text ?? "";
  if (cells.length === columns.length - 1 && columns[0] === "stt" && columns[1] === "title" && (SECTION.test(firstText) || TOTAL.test(firstText))) {
    const merged: Cells = { amount: [] };
    let ok = true;
    cells.forEach((paras, k) => {
      const role = k === 0 ? "title" : columns[k + 1];
      const span = joined(paras);
      if (span === undefined || role === undefined) return;
      if (k > 0 && !fitsRole(ctx, role, span, paras)) ok = false;
      put(merged, role, span, paras);
    });
    if (ok) return { cells: merged, realigned: false };
  }
  // By content: the amount first; the cells after it right-aligned to the columns after the amount column;
  // the cells before it by what they hold.
  const amountAt = cells.findIndex((paras) => paras[0] !== undefined && FIGURE.test(paras[0].text));
  const amountColumn = columns.indexOf("amount");
  const out: Cells = { amount: [] };
  if (amountAt < 0) {
    // No figure: a text cell under the amount column ("Kinh phí của LĐLĐ tỉnh…") or nothing.
    cells.forEach((paras, k) => {
      const span = joined(paras);
      if (span !== undefined) placeByContent(ctx, out, span, paras, k === 0);
    });
    return { cells: out, realigned: true };
  }
  out.amount = [...cells[amountAt]!];
  const after = cells.slice(amountAt + 1);
  const afterColumns = amountColumn < 0 ? [] : columns.slice(amountColumn + 1);
  after.forEach((paras, k) => {
    const role = afterColumns[afterColumns.length - after.length + k];
    const span = joined(paras);
    if (span !== undefined && role !== undefined) put(out, role, span, paras);
  });
  cells.slice(0, amountAt).forEach((paras, k) => {
    const span = joined(paras);
    if (span !== undefined) placeByContent(ctx, out, span, paras, k === 0);
  });
  const same = cells.length === columns.length && amountAt === amountColumn && JSON.stringify(keysOf(out)) === JSON.stringify(keysOf(direct));
  return { cells: out, realigned: !same || !fits };
}

function keysOf(cells: Cells): string[] {
  return Object.entries(cells)
    .filter(([, v]) => v !== undefined && (!Array.isArray(v) || v.length > 0))
    .map(([k, v]) => `${k}:${Array.isArray(v) ? v.map((s: Span) => s.text).join("/") : (v as Span).text}`);
}

function put(cells: Cells, role: Role, span: Span, paras: readonly Span[]): void {
  switch (role) {
    case "stt":
      cells.stt = span;
      break;
    case "title":
      cells.title = span;
      break;
    case "product":
    case "unit":
      cells.product = span;
      break;
    case "window":
      cells.window = span;
      break;
    case "amount":
      cells.amount = [...paras];
      break;
    case "unitPrice":
      cells.unitPrice = span;
      break;
    case "lead":
    case "funder":
      cells.lead ??= span;
      break;
    case "coordinating":
      cells.coordinating = span;
      break;
    default:
      break;
  }
}

function fitsRole(ctx: Context, role: Role, span: Span, paras: readonly Span[]): boolean {
  const text = span.text;
  switch (role) {
    case "stt":
      return /^(?:\d{1,3}|[IVX]{1,5})[.)]?$/u.test(text) || TOTAL.test(text) || SECTION.test(text);
    case "product":
      return /\d/u.test(text);
    case "window":
      return ctx.times(span).length > 0;
    case "amount":
      return FIGURE.test(paras[0]?.text ?? "") || /^kinh phí|^nguồn|^do\s/iu.test(text);
    case "title":
      return !FIGURE.test(text);
    default:
      return true;
  }
}

function placeByContent(ctx: Context, cells: Cells, span: Span, paras: readonly Span[], first: boolean): void {
  const text = span.text;
  if (first && cells.stt === undefined && /^(?:\d{1,3}|[IVX]{1,5})[.)]?$/u.test(text)) cells.stt = span;
  else if (cells.window === undefined && ctx.times(span).length > 0 && !/^\d/u.test(text)) cells.window = span;
  else if (cells.title === undefined && !/^\d/u.test(text) && !/^kinh phí/iu.test(text)) cells.title = span;
  else if (cells.product === undefined && /\d/u.test(text)) cells.product = span;
  else if (cells.amount.length === 0 && /^kinh phí/iu.test(text)) cells.amount = [...paras];
  else if (cells.lead === undefined && splitUnitList(span).mentions.some((m) => senseOf(m.name) !== undefined)) cells.lead = span;
  else if (cells.title === undefined) cells.title = span;
}

/** Builds a line from its cells. */
function line(ctx: Context, reg: Registry, funding: Funding, cells: Cells, title: string, section: BudgetSectionDraft, draft: Draft, path: (string | number)[], fromSection: boolean): BudgetLineDraft {
  const label = !fromSection && cells.stt !== undefined && /^\d{1,3}[.)]?$/u.test(cells.stt.text) ? cells.stt.text.replace(/[.)]$/u, "") : undefined;
  const base = label === undefined ? `${section.id}-${slugOf(title)}` : `${section.id}-${label}`;
  const result: BudgetLineDraft = { id: ctx.ids.make(base), ...(label === undefined ? {} : { label }), title: fromSection ? SECTION.exec(title)?.[2] ?? title : title, leadUnitIds: [], coordinatingUnitIds: [] };
  if (cells.product !== undefined) {
    const product = productOf(cells.product.text);
    if (product !== undefined) result.product = product;
  }
  if (cells.window !== undefined) {
    const t = ctx.times(cells.window)[0];
    if (t !== undefined && t.expression.kind === "window") {
      result.window = { ...t.expression.window };
      result.windowText = cells.window.text;
    } else ctx.find(/\b\d{4}\b/u.test(cells.window.text) ? "time_not_read" : "time_without_year", cells.window, { text: cells.window.text }, [...path, "window"]);
  }
  const [first, ...rest] = cells.amount;
  if (first !== undefined && FIGURE.test(first.text)) {
    const parsed = safeParseVnd(first.text);
    if (parsed.success) result.amount = first.text;
    else ctx.find("amount_not_read", first, { text: first.text }, [...path, "amount"]);
    if (rest.length > 0) {
      const note = rest.map((r) => r.text).join(" ");
      result.amountText = note;
      const inner = note.replace(/^\(|\)$/gu, "").trim();
      const rate = safeParseVndRate(inner);
      if (rate.success) result.unitPrice = /^[\d.]+/u.exec(inner)?.[0] ?? rate.data.amount.toString();
    }
  } else if (first !== undefined) {
    result.amountText = cells.amount.map((a) => a.text).join(" ");
  }
  if (cells.unitPrice !== undefined && FIGURE.test(cells.unitPrice.text)) result.unitPrice = cells.unitPrice.text;
  if (cells.lead !== undefined) result.leadUnitIds = reg.resolveList(cells.lead, [...path, "leadUnitIds"]);
  if (cells.coordinating !== undefined) result.coordinatingUnitIds = reg.resolveList(cells.coordinating, [...path, "coordinatingUnitIds"]);
  // Who pays: the appendix's own budget for a figure; the units a text names for "Kinh phí của LĐLĐ tỉnh, TP…".
  if (result.amount === undefined && result.unitPrice === undefined && result.amountText !== undefined && /kinh phí|nguồn/iu.test(result.amountText)) {
    const joined = Span.join(cells.amount, " ");
    const named = /(?:của|do)\s+(.+)$/u.exec(joined.text);
    const ids = named === null ? [] : reg.resolveList(joined.slice(named.index + named[0].length - named[1]!.length), [...path, "fundingSourceId"]);
    const source = draft.funding.sources.find((s) => s.kind !== "central-budget" && ids.length > 0 && ids.every((id) => s.funderUnitIds.includes(id))) ?? funding.source("regular-budget", result.amountText, ids);
    result.fundingSourceId = source.id;
  } else result.fundingSourceId = funding.appendixSource().id;
  return result;
}

function slugOf(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== "")
    .slice(0, 3)
    .join("-");
}

/** Checks "Bằng chữ: …" against the declared total (or the sum of the lines where none is declared). */
function checkWords(ctx: Context, span: Span, budget: BudgetDraft): void {
  const text = span.text.replace(/^\(?\s*Bằng chữ\s*:\s*/iu, "").replace(/[()./]+$/u, "").trim();
  ctx.place(["budget", "declaredTotal"], span);
  let words: bigint;
  try {
    // Some documents set the groups apart with commas ("… mốt triệu, năm trăm nghìn đồng").
    words = parseVndWords(text.replace(/\s*,\s*/gu, " ")).toBigInt();
  } catch {
    ctx.find("amount_in_words_unread", span, { text }, ["budget", "declaredTotal"]);
    return;
  }
  const declared = budget.declaredTotal === undefined ? undefined : safeParseVnd(budget.declaredTotal);
  const amountOf = (text: string | undefined): bigint => {
    if (text === undefined) return 0n;
    const parsed = safeParseVnd(text);
    return parsed.success ? parsed.data.toBigInt() : 0n;
  };
  const figure = declared?.success === true ? declared.data.toBigInt() : budget.sections.reduce((sum, s) => sum + s.lines.reduce((a, l) => a + amountOf(l.amount), 0n), 0n);
  if (words !== figure) ctx.find("amount_in_words_mismatch", span, { value: group(words), expected: group(figure) }, ["budget", "declaredTotal"], { words: words.toString(), figure: figure.toString() });
}

function group(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/gu, ".");
}
