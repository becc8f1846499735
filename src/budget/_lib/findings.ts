import type { Finding, Severity } from "../../errors/Finding.js";
import { formatVnd } from "../formatVnd.js";
import { Vnd } from "../vnd.js";
import { percentText } from "./percent.js";

const money = (amount: bigint) => formatVnd(Vnd.fromBigInt(amount));
/** A title or an id as messages quote it, cut to 80 characters. */
const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;
const pct = (p: number) => `${percentText(p, false)}%`;
const pctVi = (p: number) => `${percentText(p, true)}%`;

/** Why a share is not computed. @internal */
export type ShareProblem = "unknown_line" | "cycle" | "no_amount";

/** Why a split does not hold, with what its message needs. @internal */
export type SplitProblem =
  | { readonly reason: "percent_over_100"; readonly percentTotal: string }
  | { readonly reason: "percent_amount_mismatch"; readonly source: string; readonly given: bigint; readonly percent: number; readonly computed: bigint; readonly amount: bigint }
  | { readonly reason: "parts_do_not_add_up"; readonly covered: bigint; readonly amount: bigint };

/** What the whole line is counted for when its split does not hold, in each language. */
const countedFor = (source: string | undefined): readonly [string, string] =>
  source === undefined ? ["", ""] : [`; the whole line is counted for ${quote(source)}`, `; cả dòng được tính cho nguồn ${quote(source)}`];

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
  /** `factors`: the quantity ("365"), or the quantities of a rate ("100 người × 2 buổi"). */
  line_amount_mismatch: (d: { factors: string; unitPrice: bigint; computed: bigint; amount: bigint }) => [
    `${d.factors} × ${money(d.unitPrice)} is ${money(d.computed)}, but the line says ${money(d.amount)}`,
    `${d.factors} × ${money(d.unitPrice)} = ${money(d.computed)}, nhưng dòng ghi ${money(d.amount)}`,
  ],
  /** `rate`: the rate the line states without quantities ("1.300.000 đồng/người"), if any. */
  own_line_without_amount: (d: { title: string; rate: string | undefined }) => [
    `"${d.title}" is paid from the plan's own funds but has no amount${d.rate === undefined ? "" : ` (only a rate of ${d.rate}, with no quantities)`}`,
    `"${d.title}" do nguồn kinh phí của đơn vị ban hành kế hoạch chi nhưng không có số tiền${d.rate === undefined ? "" : ` (chỉ ghi mức chi ${d.rate}, không có số lượng)`}`,
  ],
  rate_units_mismatch: (d: { title: string; per: string; quantities: string }) => [
    `${quote(d.title)}: the rate is per ${d.per === "" ? "(no unit)" : d.per} but the quantities are ${d.quantities}; the line is not priced`,
    `${quote(d.title)}: đơn giá tính theo ${d.per === "" ? "(không ghi đơn vị)" : d.per} nhưng số lượng là ${d.quantities}; dòng không được tính thành tiền`,
  ],
  share_of_unknown_line: (d: { title: string; percent: number; problem: ShareProblem; target: string; self: boolean }) => {
    const [of, ofVi] = d.self ? ["itself", "chính nó"] : [quote(d.target), quote(d.target)];
    const [why, whyVi] =
      d.problem === "unknown_line"
        ? [`line ${quote(d.target)}, which the budget does not have`, `dòng ${quote(d.target)}, nhưng dự trù không có dòng này`]
        : d.problem === "no_amount"
          ? [`${of}, which has no amount`, `${ofVi}, nhưng dòng này không có số tiền`]
          : d.self
            ? [of, ofVi]
            : [`${of}, which is itself computed from ${quote(d.title)}`, `${ofVi}, mà dòng này lại được tính từ chính ${quote(d.title)}`];
    return [
      `${quote(d.title)} is ${pct(d.percent)} of ${why}; the share is not computed`,
      `${quote(d.title)} bằng ${pctVi(d.percent)} của ${whyVi}; phần tỷ lệ không được tính`,
    ];
  },
  share_amount_mismatch: (d: { percent: number; base: bigint; computed: bigint; amount: bigint }) => [
    `${pct(d.percent)} of ${money(d.base)} is ${money(d.computed)}, but the line says ${money(d.amount)}`,
    `${pctVi(d.percent)} của ${money(d.base)} là ${money(d.computed)}, nhưng dòng ghi ${money(d.amount)}`,
  ],
  funding_split_mismatch: (d: { problem: SplitProblem; countedFor: string | undefined }) => {
    const [tail, tailVi] = countedFor(d.countedFor);
    const p = d.problem;
    switch (p.reason) {
      case "percent_over_100":
        return [
          `the funding sources' percentages add up to ${p.percentTotal}%, more than 100%${tail}`,
          `tỷ lệ của các nguồn kinh phí cộng lại là ${p.percentTotal.replace(".", ",")}%, vượt quá 100%${tailVi}`,
        ];
      case "percent_amount_mismatch":
        return [
          `${quote(p.source)} pays ${money(p.given)}, but ${pct(p.percent)} of the line's ${money(p.amount)} is ${money(p.computed)}${tail}`,
          `nguồn ${quote(p.source)} chi ${money(p.given)}, nhưng ${pctVi(p.percent)} của ${money(p.amount)} là ${money(p.computed)}${tailVi}`,
        ];
      default:
        return [
          `the funding sources cover ${money(p.covered)}, but the line is ${money(p.amount)}${tail}`,
          `các nguồn kinh phí cộng lại ${money(p.covered)}, nhưng kinh phí của dòng là ${money(p.amount)}${tailVi}`,
        ];
    }
  },
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
