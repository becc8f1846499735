import type { Window } from "../calendar/window.js";
import type { Vnd } from "./vnd.js";

/**
 * A line of a budget appendix as the budget functions read it. A parsed plan's `BudgetLine` is one.
 *
 * A line's amount is its `amount`; without one, it is computed: by its rate (`unitPrice` × each of its
 * `quantities`, whose units must be those of `unitPricePer`; or, in version 1, `unitPrice` ×
 * `product.quantity`), else as a share of other lines (`shareOf`), else as the sum of the amounts of its
 * `funding` entries when each gives one. `cap` marks the amount as a ceiling ("tối đa"). `funding` splits
 * the line between several sources; without it, `fundingSourceId` pays the whole line.
 *
 * @example
 * ```ts
 * import { vnd, type BudgetLineLike } from "cong-doan-ke-hoach";
 *
 * const line: BudgetLineLike = {
 *   id: "nhuan-but", title: "Chi nhuận bút bài viết", product: { quantity: 365 }, unitPrice: vnd(100_000),
 *   amount: vnd(36_500_000), fundingSourceId: "central", leadUnitIds: ["ban-tuyen-giao"], coordinatingUnitIds: [],
 * };
 * // A rate for two quantities, shared between two sources.
 * const training: BudgetLineLike = {
 *   id: "tap-huan", title: "Tiền ăn", unitPrice: vnd(150_000), unitPricePer: ["người", "buổi"],
 *   quantities: [{ quantity: 100, unit: "người" }, { quantity: 2, unit: "buổi" }],
 *   fundingSourceId: "kpcd", funding: [{ sourceId: "kpcd", percent: 70 }, { sourceId: "xhh" }],
 *   leadUnitIds: [], coordinatingUnitIds: [],
 * };
 * ```
 * @category Money
 */
export interface BudgetLineLike {
  readonly id: string;
  readonly label?: string;
  readonly title: string;
  readonly product?: { readonly description?: string; readonly quantity?: number; readonly unit?: string };
  readonly window?: Window;
  readonly windowText?: string;
  readonly unitPrice?: Vnd;
  /** The units of the unit price, for a rate ("300.000 đồng/người/buổi": `["người", "buổi"]`). */
  readonly unitPricePer?: readonly string[];
  /** The quantities a rate multiplies, one per unit of the rate (100 người × 2 buổi). */
  readonly quantities?: readonly { readonly quantity: number; readonly unit: string }[];
  /** The amount is a ceiling ("tối đa"), not an estimate. */
  readonly cap?: boolean;
  /** A line whose amount is `percent` % of the sum of other lines' amounts ("bằng 70% tổng chi tiền ăn"). */
  readonly shareOf?: { readonly lineIds: readonly string[]; readonly percent: number };
  readonly amount?: Vnd;
  readonly amountText?: string;
  /** The source that pays the line; where `funding` lists several, the first of them. */
  readonly fundingSourceId: string;
  /**
   * Where several sources pay the line: each with its amount, its percentage of the line, or neither (it
   * takes what the others leave). See {@link checkDeclaredTotals} for how the line is split.
   */
  readonly funding?: readonly { readonly sourceId: string; readonly amount?: Vnd; readonly percent?: number }[];
  readonly leadUnitIds: readonly string[];
  readonly coordinatingUnitIds: readonly string[];
  readonly activityId?: string;
}

/**
 * The parts of a plan that the budget functions read: the budget appendix, the funding sources (with
 * their funders) and the issuers, which tell the plan's own money from other funders' money, and (for
 * summaries by channel and the rendered table) the channels and units. A `Plan` from `parsePlan` is one;
 * the budget module does not depend on the model.
 *
 * A source is **the plan's own** when one of its `funderUnitIds` is `header.issuerId` or one of
 * `header.coIssuerIds`, whatever its kind; a source that names no funder is the plan's own when its kind
 * is `"central-budget"` (version 1's kind for the issuer's budget, and what a budget built without a
 * header relies on).
 *
 * @example
 * ```ts
 * import type { BudgetPlan } from "cong-doan-ke-hoach";
 *
 * const plan: BudgetPlan = {
 *   header: { issuerId: "tld" },
 *   funding: { sources: [{ id: "quy-tld", kind: "union-budget", name: "Quỹ hoạt động thường xuyên", funderUnitIds: ["tld"] }] },
 *   budget: { title: "Dự trù kinh phí", sections: [] },
 * };
 * ```
 * @category Money
 */
export interface BudgetPlan {
  /** The plan's issuer and co-issuers: the sources they fund are the plan's own. */
  readonly header?: { readonly issuerId?: string; readonly coIssuerIds?: readonly string[] };
  readonly budget?: {
    readonly title: string;
    readonly attachedTo?: string;
    readonly sections: readonly {
      readonly id: string;
      readonly label?: string;
      readonly title: string;
      readonly declaredTotal?: Vnd;
      readonly lines: readonly BudgetLineLike[];
    }[];
    readonly declaredTotal?: Vnd;
  };
  readonly funding: {
    readonly sources: readonly {
      readonly id: string;
      readonly kind: string;
      readonly name: string;
      /** The units whose money it is. */
      readonly funderUnitIds?: readonly string[];
    }[];
  };
  readonly channels?: readonly { readonly id: string; readonly activities: readonly { readonly id: string }[] }[];
  readonly units?: readonly { readonly id: string; readonly name: string; readonly shortName?: string }[];
}
