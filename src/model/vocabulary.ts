/**
 * The vocabularies of the plan model as constant tables: quota periods, edge policies, item kinds, funding
 * kinds, reporting kinds. No zod here: the rules and the reports read them without building a schema.
 */

/**
 * The periods a quota can be counted per: calendar days, ISO weeks (Monday to Sunday), calendar
 * months and quarters, magazine issues, or the whole window.
 *
 * @example
 * ```ts
 * import { QUOTA_PERIODS } from "cong-doan-ke-hoach";
 *
 * QUOTA_PERIODS.includes("week"); //=> true
 * ```
 * @category Rules
 */
export const QUOTA_PERIODS = ["day", "week", "month", "quarter", "issue", "window"] as const;

/**
 * One of {@link QUOTA_PERIODS}.
 *
 * @example
 * ```ts
 * import type { QuotaPeriod } from "cong-doan-ke-hoach";
 *
 * const per: QuotaPeriod = "week";
 * ```
 * @category Rules
 */
export type QuotaPeriod = (typeof QUOTA_PERIODS)[number];

/**
 * How a period that the window cuts counts: only complete periods (`"complete"`, the default), in
 * proportion rounded up or down, or in full.
 *
 * @example
 * ```ts
 * import { EDGE_POLICIES } from "cong-doan-ke-hoach";
 *
 * EDGE_POLICIES[0]; //=> "complete"
 * ```
 * @category Rules
 */
export const EDGE_POLICIES = ["complete", "prorate-up", "prorate-down", "full"] as const;

/**
 * One of {@link EDGE_POLICIES}.
 *
 * @example
 * ```ts
 * import type { EdgePolicy } from "cong-doan-ke-hoach";
 *
 * const edge: EdgePolicy = "prorate-up";
 * ```
 * @category Rules
 */
export type EdgePolicy = (typeof EDGE_POLICIES)[number];

/**
 * The kinds of item that count towards a quota: articles, broadcast programmes, clips, social posts.
 *
 * @example
 * ```ts
 * import { ITEM_KINDS } from "cong-doan-ke-hoach";
 *
 * ITEM_KINDS.includes("programme"); //=> true
 * ```
 * @category Rules
 */
export const ITEM_KINDS = ["article", "programme", "clip", "post"] as const;

/**
 * One of {@link ITEM_KINDS}.
 *
 * @example
 * ```ts
 * import type { ItemKind } from "cong-doan-ke-hoach";
 *
 * const kind: ItemKind = "article";
 * ```
 * @category Rules
 */
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * Where money for the plan comes from: the central budget of the plan's issuer, units' regular annual
 * budgets (kinh phí thường xuyên), partners, or another source.
 *
 * @example
 * ```ts
 * import { FUNDING_KINDS } from "cong-doan-ke-hoach";
 *
 * FUNDING_KINDS.includes("partner"); //=> true
 * ```
 * @category Model
 */
export const FUNDING_KINDS = ["central-budget", "regular-budget", "partner", "other"] as const;

/**
 * One of {@link FUNDING_KINDS}.
 *
 * @example
 * ```ts
 * import type { FundingKind } from "cong-doan-ke-hoach";
 *
 * const kind: FundingKind = "regular-budget";
 * ```
 * @category Model
 */
export type FundingKind = (typeof FUNDING_KINDS)[number];

/**
 * The kinds of reporting duty: a periodic report (every month), a one-off report due in a window (the
 * phase review report), a review held in a window (sơ kết).
 *
 * @example
 * ```ts
 * import { REPORTING_KINDS } from "cong-doan-ke-hoach";
 *
 * REPORTING_KINDS.includes("review"); //=> true
 * ```
 * @category Model
 */
export const REPORTING_KINDS = ["periodic-report", "report", "review"] as const;

/**
 * One of {@link REPORTING_KINDS}.
 *
 * @example
 * ```ts
 * import type { ReportingKind } from "cong-doan-ke-hoach";
 *
 * const kind: ReportingKind = "periodic-report";
 * ```
 * @category Model
 */
export type ReportingKind = (typeof REPORTING_KINDS)[number];
