/**
 * The vocabularies of the plan model as constant tables: quota periods, edge policies, item kinds, funding
 * kinds, reporting kinds. No zod here: the rules and the reports read them without building a schema.
 */

/**
 * The periods a quota can be counted per: calendar days, ISO weeks (Monday to Sunday), calendar
 * months, quarters, half-years and years, magazine issues, or the whole window.
 *
 * @example
 * ```ts
 * import { QUOTA_PERIODS } from "cong-doan-ke-hoach";
 *
 * QUOTA_PERIODS.includes("week"); //=> true
 * ```
 * @category Rules
 */
export const QUOTA_PERIODS = ["day", "week", "month", "quarter", "half-year", "year", "issue", "window"] as const;

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
 * The kinds of item that count towards a quota or that a plan counts:
 *
 * | kind | Vietnamese |
 * |---|---|
 * | `article` | bài, bài viết |
 * | `programme` | chương trình (phát thanh, truyền hình) |
 * | `clip` | clip, video clip |
 * | `post` | bài đăng (mạng xã hội) |
 * | `news` | tin, tin bài |
 * | `photo` | ảnh |
 * | `reportage` | phóng sự |
 * | `infographic` | infographic |
 * | `video` | video |
 * | `banner` | băng rôn |
 * | `panel` | pano, áp phích cỡ lớn |
 * | `leaflet` | tờ rơi |
 * | `session` | buổi, hội nghị, buổi nói chuyện |
 *
 * @example
 * ```ts
 * import { ITEM_KINDS } from "cong-doan-ke-hoach";
 *
 * ITEM_KINDS.includes("programme"); //=> true
 * ```
 * @category Rules
 */
export const ITEM_KINDS = [
  "article",
  "programme",
  "clip",
  "post",
  "news",
  "photo",
  "reportage",
  "infographic",
  "video",
  "banner",
  "panel",
  "leaflet",
  "session",
] as const;

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
 * Where money for the plan comes from:
 *
 * | kind | Vietnamese |
 * |---|---|
 * | `union-budget` | kinh phí công đoàn, tài chính công đoàn of a union body (at its `level`) |
 * | `state-budget` | ngân sách nhà nước: central (Trung ương) or local (địa phương), by `level` |
 * | `socialisation` | xã hội hóa, nguồn huy động, vận động |
 * | `central-budget` | (version 1) the budget of the plan's issuer that the appendix spends |
 * | `regular-budget` | kinh phí thường xuyên of the units that carry the plan out |
 * | `partner` | a partner's own money (đối tác, nhà tài trợ) |
 * | `other` | nguồn hợp pháp khác |
 *
 * Which sources are the plan's own (what its own total counts) is read from the sources' funders: a source
 * funded by the issuer (or a co-issuer) is the plan's own, whatever its kind and level.
 *
 * @example
 * ```ts
 * import { FUNDING_KINDS } from "cong-doan-ke-hoach";
 *
 * FUNDING_KINDS.includes("partner"); //=> true
 * ```
 * @category Model
 */
export const FUNDING_KINDS = [
  "union-budget",
  "state-budget",
  "socialisation",
  "central-budget",
  "regular-budget",
  "partner",
  "other",
] as const;

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

/**
 * How often a periodic report falls due: every week, month, quarter, half-year or year.
 *
 * @example
 * ```ts
 * import { REPORTING_PERIODS } from "cong-doan-ke-hoach";
 *
 * REPORTING_PERIODS.includes("half-year"); //=> true
 * ```
 * @category Model
 */
export const REPORTING_PERIODS = ["week", "month", "quarter", "half-year", "year"] as const;

/**
 * One of {@link REPORTING_PERIODS}.
 *
 * @example
 * ```ts
 * import type { ReportingPeriod } from "cong-doan-ke-hoach";
 *
 * const every: ReportingPeriod = "year";
 * ```
 * @category Model
 */
export type ReportingPeriod = (typeof REPORTING_PERIODS)[number];
