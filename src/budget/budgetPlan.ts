import type { Window } from "../calendar/window.js";
import type { Vnd } from "./vnd.js";

/**
 * A line of a budget appendix as the budget functions read it. A parsed plan's `BudgetLine` is one.
 *
 * @example
 * ```ts
 * import { vnd, type BudgetLineLike } from "cong-doan-ke-hoach";
 *
 * const line: BudgetLineLike = {
 *   id: "nhuan-but", title: "Chi nhuận bút bài viết", product: { quantity: 365 }, unitPrice: vnd(100_000),
 *   amount: vnd(36_500_000), fundingSourceId: "central", leadUnitIds: ["ban-tuyen-giao"], coordinatingUnitIds: [],
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
  readonly amount?: Vnd;
  readonly amountText?: string;
  readonly fundingSourceId: string;
  readonly leadUnitIds: readonly string[];
  readonly coordinatingUnitIds: readonly string[];
  readonly activityId?: string;
}

/**
 * The parts of a plan that the budget functions read: the budget appendix, the funding sources, and
 * (for summaries by channel and the rendered table) the channels and units. A `Plan` from `parsePlan` is
 * one; the budget module does not depend on the model.
 *
 * @example
 * ```ts
 * import type { BudgetPlan } from "cong-doan-ke-hoach";
 *
 * const plan: BudgetPlan = {
 *   funding: { sources: [{ id: "central", kind: "central-budget", name: "Ngân sách TLĐ" }] },
 *   budget: { title: "Dự trù kinh phí", sections: [] },
 * };
 * ```
 * @category Money
 */
export interface BudgetPlan {
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
    readonly sources: readonly { readonly id: string; readonly kind: string; readonly name: string }[];
  };
  readonly channels?: readonly { readonly id: string; readonly activities: readonly { readonly id: string }[] }[];
  readonly units?: readonly { readonly id: string; readonly name: string; readonly shortName?: string }[];
}
