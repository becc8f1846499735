import type { Finding, Severity } from "../../errors/Finding.js";
import { formatVnd } from "../formatVnd.js";
import { Vnd } from "../vnd.js";

const money = (amount: bigint) => formatVnd(Vnd.fromBigInt(amount));

/** The budget findings, in English and Vietnamese, keyed by code. @internal */
const CATALOGUE = {
  declared_total_mismatch: (d: { declared: bigint; computed: bigint; what: string; whatVi: string }) => {
    const diff = d.declared - d.computed;
    const abs = diff < 0n ? -diff : diff;
    return [
      `${d.what}: declared ${money(d.declared)}, computed ${money(d.computed)} (${money(abs)} ${diff > 0n ? "more" : "less"} than the lines)`,
      `${d.whatVi}: ghi ${money(d.declared)}, tính được ${money(d.computed)} (${diff > 0n ? "thừa" : "thiếu"} ${money(abs)} so với các dòng)`,
    ];
  },
  line_amount_mismatch: (d: { quantity: number; unitPrice: bigint; amount: bigint }) => [
    `${d.quantity} × ${money(d.unitPrice)} is ${money(BigInt(d.quantity) * d.unitPrice)}, but the line says ${money(d.amount)}`,
    `${d.quantity} × ${money(d.unitPrice)} = ${money(BigInt(d.quantity) * d.unitPrice)}, nhưng dòng ghi ${money(d.amount)}`,
  ],
  central_line_without_amount: (d: { title: string }) => [
    `"${d.title}" is paid from the central budget but has no amount`,
    `"${d.title}" do ngân sách trung ương chi nhưng không có kinh phí`,
  ],
  spent_without_budget: (d: { spent: bigint; title: string }) => [
    `${money(d.spent)} spent on "${d.title}", which has no amount in the estimate (another funder pays it)`,
    `đã chi ${money(d.spent)} cho "${d.title}", dòng không có kinh phí trong dự trù (đơn vị khác chi)`,
  ],
  over_budget: (d: { spent: bigint; budgeted: bigint }) => [
    `spent ${money(d.spent)} of ${money(d.budgeted)}: ${money(d.spent - d.budgeted)} over budget`,
    `đã chi ${money(d.spent)} trên ${money(d.budgeted)}: vượt ${money(d.spent - d.budgeted)}`,
  ],
} as const;

type Catalogue = typeof CATALOGUE;

/** Builds a budget finding from the catalogue. @internal */
export function budgetFinding<C extends keyof Catalogue>(
  code: C,
  severity: Severity,
  path: readonly (string | number)[],
  data: Parameters<Catalogue[C]>[0],
  details: Readonly<Record<string, string>>,
): Finding {
  const [message = "", messageVi = ""] = (CATALOGUE[code] as unknown as (d: Parameters<Catalogue[C]>[0]) => readonly string[])(data);
  return Object.freeze({ code, severity, path: Object.freeze([...path]), message, messageVi, details: Object.freeze({ ...details }) });
}
