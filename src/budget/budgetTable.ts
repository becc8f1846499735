import { INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";

import { padText, textLength, wrapText } from "../_lib/text.js";
import { PlanError } from "../errors/PlanError.js";
import { formatVietnameseWindow } from "../calendar/formatVietnameseWindow.js";
import { checkDeclaredTotals } from "./checkDeclaredTotals.js";
import { checkBudgetPlan } from "./_lib/lines.js";
import { resolveLines, type ResolvedLine } from "./_lib/resolve.js";
import type { BudgetPlan } from "./budgetPlan.js";
import { formatVnd } from "./formatVnd.js";
import { Vnd } from "./vnd.js";
import { vndToWords } from "./vndToWords.js";

/**
 * The column headers of a budget appendix, as the documents write them.
 *
 * @example
 * ```ts
 * import { BUDGET_TABLE_HEADERS } from "cong-doan-ke-hoach";
 *
 * BUDGET_TABLE_HEADERS[4]; //=> "Kinh phí (đồng)"
 * ```
 * @category Money
 */
export const BUDGET_TABLE_HEADERS = /* @__PURE__ */ Object.freeze([
  "STT",
  "Nội dung công việc",
  "Sản phẩm",
  "Thời gian thực hiện",
  "Kinh phí (đồng)",
  "Đơn vị chủ trì",
  "Cơ quan phối hợp",
] as const);

/**
 * A row of a budget appendix, as text cells in the order of {@link BUDGET_TABLE_HEADERS}.
 *
 * @example
 * ```ts
 * import type { BudgetTableRow } from "cong-doan-ke-hoach";
 *
 * const isTotal = (row: BudgetTableRow) => row.kind === "total";
 * ```
 * @category Money
 */
export interface BudgetTableRow {
  readonly kind: "section" | "line" | "total";
  /** The id of the section or line; absent for the total. */
  readonly id?: string;
  readonly cells: readonly [stt: string, content: string, product: string, time: string, amount: string, lead: string, coordinating: string];
}

/**
 * The appendix as data: what {@link renderBudgetTable} lays out, for apps that draw their own table.
 *
 * @example
 * ```ts
 * import type { BudgetTable } from "cong-doan-ke-hoach";
 *
 * const words = (table: BudgetTable) => table.totalInWords;
 * ```
 * @category Money
 */
export interface BudgetTable {
  readonly title: string;
  readonly attachedTo?: string;
  readonly headers: typeof BUDGET_TABLE_HEADERS;
  readonly rows: readonly BudgetTableRow[];
  /**
   * The plan's own total (what `summarizeBudget` gives as `total`), or `null` when no line of the plan's
   * own sources has an amount: no figure, not zero đồng.
   */
  readonly total: Vnd | null;
  /** The total in words: "Một trăm năm mươi mốt triệu năm trăm nghìn đồng"; `null` with `total`. */
  readonly totalInWords: string | null;
  /**
   * Notes under the table, in Vietnamese: each finding of {@link checkDeclaredTotals} (declared totals that
   * the lines do not give, quantity × unit price mismatches, rates, shares and splits that do not hold,
   * own lines without an amount), then how much of the total is ceilings ("mức tối đa"), if any.
   */
  readonly notes: readonly string[];
}

const digits = (amount: Vnd) => formatVnd(amount, { symbol: "none" });

/**
 * Lays out a plan's budget appendix as the document does: a row per section (with its subtotal of the
 * plan's own money), a row per line, the TỔNG CỘNG row, the total in words, and a note for each finding of
 * {@link checkDeclaredTotals} and for the ceilings in the total. Amounts are written with "." grouping; a
 * ceiling ("tối đa") is marked so; a line without an amount shows what the document says (`amountText`),
 * or its rate. **No figure is not zero**: a section, or the appendix, with no own line that has an amount
 * shows "—" and the table's `total` and `totalInWords` are `null`, never "0" or "Không đồng".
 *
 * @param plan - a plan, or anything with its budget, funding sources and units ({@link BudgetPlan}).
 * @returns the table as data, frozen.
 * @throws {@link PlanError} for a budget of the wrong shape, a bad amount, quantity or percentage, at its path.
 * @example
 * ```ts
 * import { budgetTable, type BudgetPlan } from "cong-doan-ke-hoach";
 *
 * declare const plan: BudgetPlan; // the reference plan
 * budgetTable(plan).totalInWords; //=> "Một trăm năm mươi mốt triệu năm trăm nghìn đồng"
 *
 * const rates: BudgetPlan = {
 *   header: { issuerId: "tld" },
 *   funding: { sources: [{ id: "tld", kind: "union-budget", name: "Quỹ TLĐ", funderUnitIds: ["tld"] }] },
 *   budget: { title: "Mức chi", sections: [{ id: "s", title: "Thăm, tặng quà", lines: [
 *     { id: "qua", title: "Quà Tết", amountText: "1.300.000 đồng/người", fundingSourceId: "tld", leadUnitIds: [], coordinatingUnitIds: [] },
 *   ] }] },
 * };
 * budgetTable(rates).rows.map((row) => row.cells[4]); //=> ["—", "1.300.000 đồng/người", "—"]
 * budgetTable(rates).totalInWords; //=> null
 * ```
 * @category Money
 */
export function budgetTable(plan: BudgetPlan): BudgetTable {
  checkBudgetPlan(plan);
  const names = new Map((plan.units ?? []).map((u) => [u.id, u.shortName ?? u.name] as const));
  const unitNames = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(", ");
  const bySection = new Map<number, ResolvedLine[]>();
  for (const r of resolveLines(plan).lines) {
    const list = bySection.get(r.sectionIndex);
    if (list === undefined) bySection.set(r.sectionIndex, [r]);
    else list.push(r);
  }
  const rows: BudgetTableRow[] = [];
  let total = 0n;
  let ceilings = 0n;
  let priced = 0;
  (plan.budget?.sections ?? []).forEach((section, s) => {
    const lines = bySection.get(s) ?? [];
    let subtotal = 0n;
    let sectionPriced = 0;
    for (const r of lines) {
      if (!r.own || r.ownAmount === undefined) continue;
      subtotal += r.ownAmount;
      if (r.cap) ceilings += r.ownAmount;
      sectionPriced++;
    }
    total += subtotal;
    priced += sectionPriced;
    const sectionCell = sectionPriced === 0 ? NO_FIGURE : digits(Vnd.fromBigInt(subtotal));
    rows.push(Object.freeze({ kind: "section", id: section.id, cells: Object.freeze([section.label ?? "", section.title, "", "", sectionCell, "", ""] as const) }));
    for (const r of lines) {
      const { line, amount } = r;
      const figure = amount === undefined ? "" : `${r.cap ? "tối đa " : ""}${digits(Vnd.fromBigInt(amount))}`;
      // The document's words; without them, for a line that states a rate but no amount, the rate.
      const words = line.amountText ?? (amount === undefined && r.unitPrice !== undefined ? rateText(r.unitPrice, line.unitPricePer ?? []) : "");
      const amountCell = [figure, words].filter((part) => part !== "").join(" ");
      const time = line.windowText ?? (line.window ? formatVietnameseWindow(line.window) : "");
      rows.push(
        Object.freeze({
          kind: "line",
          id: line.id,
          cells: Object.freeze([line.label ?? "", line.title, line.product?.description ?? "", time, amountCell, unitNames(line.leadUnitIds), unitNames(line.coordinatingUnitIds)] as const),
        }),
      );
    }
  });
  const totalVnd = priced === 0 ? null : Vnd.fromBigInt(total);
  rows.push(Object.freeze({ kind: "total", cells: Object.freeze(["", "TỔNG CỘNG", "", "", totalVnd === null ? NO_FIGURE : digits(totalVnd), "", ""] as const) }));
  // Every figure the document states that the table does not bear out: declared totals, quantity × unit price.
  const notes = checkDeclaredTotals(plan).map((f) => `Lưu ý — ${f.messageVi}.`);
  if (ceilings !== 0n) notes.push(`Lưu ý — trong tổng cộng có ${formatVnd(Vnd.fromBigInt(ceilings))} là mức chi tối đa.`);
  return Object.freeze({
    title: plan.budget?.title ?? "Dự trù kinh phí",
    ...(plan.budget?.attachedTo === undefined ? {} : { attachedTo: plan.budget.attachedTo }),
    headers: BUDGET_TABLE_HEADERS,
    rows: Object.freeze(rows),
    total: totalVnd,
    totalInWords: totalVnd === null ? null : vndToWords(totalVnd),
    notes: Object.freeze(notes),
  });
}

/** What a cell or the words line shows where the document gives no figure. */
const NO_FIGURE = "—";

/** A rate as a cell shows it: "1.300.000 đồng/người". */
function rateText(unitPrice: bigint, per: readonly string[]): string {
  const units = per.map((u) => u.trim()).filter((u) => u !== "");
  return `${formatVnd(Vnd.fromBigInt(unitPrice))}${units.length > 0 ? `/${units.join("/")}` : ""}`;
}

/**
 * Options of {@link renderBudgetTable}.
 *
 * @example
 * ```ts
 * import type { RenderBudgetTableOptions } from "cong-doan-ke-hoach";
 *
 * const options: RenderBudgetTableOptions = { format: "text", width: 24 };
 * ```
 * @category Money
 */
export interface RenderBudgetTableOptions {
  /** `"markdown"` (a GitHub-flavoured table, the default) or `"text"` (aligned columns for a terminal or an e-mail). */
  readonly format?: "markdown" | "text" | undefined;
  /** For `"text"`: the widest a column may be before its words wrap (default 28 characters, at least 8). */
  readonly width?: number | undefined;
}

/**
 * Writes a plan's budget appendix as a Markdown table or as plain text, with the document's headers (STT,
 * Nội dung công việc, Sản phẩm, Thời gian thực hiện, Kinh phí (đồng), Đơn vị chủ trì, Cơ quan phối hợp),
 * the TỔNG CỘNG row and the total in words under it ("Bằng chữ: …"; "Bằng chữ: —" where no line of the
 * plan's own money has an amount), then the notes. See {@link budgetTable} for the data.
 *
 * @param plan - a plan, or anything of the shape {@link BudgetPlan}.
 * @param options - `format` and, for text, the column `width`.
 * @returns the table, lines ending in "\n".
 * @throws {@link PlanError} `invalid_value` for an unknown format or a width below 8; as {@link budgetTable}
 *   for a budget of the wrong shape.
 * @example
 * ```ts
 * import { renderBudgetTable, type BudgetPlan } from "cong-doan-ke-hoach";
 *
 * declare const plan: BudgetPlan;
 * console.log(renderBudgetTable(plan, { format: "text" }));
 * ```
 * @category Money
 */
export function renderBudgetTable(plan: BudgetPlan, options: RenderBudgetTableOptions = {}): string {
  const format = options?.format ?? "markdown";
  const width = options?.width ?? 28;
  if (format !== "markdown" && format !== "text") {
    throw new PlanError([newIssue(INVALID_VALUE, ["format"], { expected: '"markdown", "text"', receivedValue: format })]);
  }
  if (!Number.isInteger(width) || width < 8) {
    throw new PlanError([newIssue(INVALID_VALUE, ["width"], { expected: "a whole number of at least 8", expectedVi: "một số nguyên ≥ 8", receivedValue: width })]);
  }
  const table = budgetTable(plan);
  const out: string[] = [table.title];
  if (table.attachedTo) out.push(table.attachedTo);
  out.push("");
  if (format === "markdown") {
    const cell = (text: string, bold: boolean) => {
      const escaped = text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
      return bold && escaped !== "" ? `**${escaped}**` : escaped;
    };
    out.push(`| ${table.headers.join(" | ")} |`);
    out.push(`|${table.headers.map((_, i) => (i === 4 ? "---:" : i === 0 ? ":---:" : "---")).join("|")}|`);
    for (const row of table.rows) out.push(`| ${row.cells.map((c) => cell(c, row.kind !== "line")).join(" | ")} |`);
  } else {
    const grid = [table.headers as readonly string[], ...table.rows.map((r) => r.cells as readonly string[])].map((cells) => cells.map((c) => wrapText(c, width)));
    const widths = table.headers.map((_, col) => Math.max(...grid.map((cells) => Math.max(...cells[col]!.map(textLength)))));
    const rule = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
    out.push(rule);
    grid.forEach((cells, r) => {
      const height = Math.max(...cells.map((c) => c.length));
      for (let k = 0; k < height; k++) {
        out.push(`|${cells.map((c, col) => ` ${padText(c[k] ?? "", widths[col]!, col === 4 && r > 0)} `).join("|")}|`);
      }
      if (r === 0 || r === grid.length - 2 || r === grid.length - 1) out.push(rule);
    });
  }
  out.push("", table.totalInWords === null ? `Bằng chữ: ${NO_FIGURE}` : `Bằng chữ: ${table.totalInWords}.`);
  for (const note of table.notes) out.push("", note);
  return `${out.join("\n")}\n`;
}

