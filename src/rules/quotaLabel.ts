import { kindOf } from "../errors/describe.js";
import { INVALID_TYPE, INVALID_VALUE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import { optionIssue, outletKindVi, unitKindVi } from "../errors/messages.js";
import type { Plan } from "../model/plan.js";
import { QUOTA_PERIODS, type ItemKind, type QuotaPeriod } from "../model/vocabulary.js";
import type { OutletKind, UnitKind } from "../model/units.js";
import type { QuotaRule } from "./quotaRule.js";

/**
 * Options of {@link quotaLabel}.
 *
 * @example
 * ```ts
 * import type { Plan, QuotaLabelOptions } from "cong-doan-ke-hoach";
 *
 * declare const plan: Plan;
 * const options: QuotaLabelOptions = { plan, language: "vi" };
 * ```
 * @category Rules
 */
export interface QuotaLabelOptions {
  /** The plan whose units name the rule's `outletIds` (by `shortName`, else `name`); without it, ids are shown as they are. */
  readonly plan?: Pick<Plan, "units"> | undefined;
  /** The language of a built label: `"vi"` (the default) or `"en"`. A label the plan gives is returned as it is written. */
  readonly language?: "vi" | "en" | undefined;
}

const PER_VI: { readonly [P in QuotaPeriod]: string } = {
  day: "/ngày",
  week: "/tuần",
  month: "/tháng",
  quarter: "/quý",
  "half-year": "/6 tháng",
  year: "/năm",
  issue: "/số",
  window: " trong cả thời gian thực hiện",
};
const PER_EN: { readonly [P in QuotaPeriod]: string } = {
  day: " a day",
  week: " a week",
  month: " a month",
  quarter: " a quarter",
  "half-year": " a half-year",
  year: " a year",
  issue: " an issue",
  window: " over the whole window",
};
/** Vietnamese does not inflect; kinds are listed as documents list them ("tin, bài, ảnh"). */
const ITEM_VI: { readonly [K in ItemKind]: string } = {
  article: "bài",
  programme: "chương trình",
  clip: "clip",
  post: "bài đăng",
  news: "tin",
  photo: "ảnh",
  reportage: "phóng sự",
  infographic: "infographic",
  video: "video",
  banner: "băng rôn",
  panel: "pano",
  leaflet: "tờ rơi",
  session: "buổi",
};
const ITEM_EN: { readonly [K in ItemKind]: readonly [one: string, many: string] } = {
  article: ["article", "articles"],
  programme: ["programme", "programmes"],
  clip: ["clip", "clips"],
  post: ["post", "posts"],
  news: ["news item", "news items"],
  photo: ["photo", "photos"],
  reportage: ["reportage", "reportages"],
  infographic: ["infographic", "infographics"],
  video: ["video", "videos"],
  banner: ["banner", "banners"],
  panel: ["panel", "panels"],
  leaflet: ["leaflet", "leaflets"],
  session: ["session", "sessions"],
};
const OUTLET_EN: { readonly [K in OutletKind]: string } = {
  newspaper: "newspapers",
  daily: "dailies",
  weekly: "weeklies",
  magazine: "magazines",
  bulletin: "bulletins",
  portal: "portals",
  website: "websites",
  fanpage: "fanpages",
  television: "television channels",
  radio: "radio stations",
  "news-agency": "news agencies",
};
/** Unit kinds in English, plural, for the units that owe a quota. */
const UNIT_EN: { readonly [K in UnitKind]: string } = {
  confederation: "the Confederation",
  presidium: "presidiums",
  "executive-committee": "executive committees",
  department: "departments",
  "provincial-federation": "provincial federations",
  "district-federation": "district federations",
  "sector-union": "sector unions",
  "industrial-zone-union": "industrial-zone unions",
  "grassroots-union": "grassroots unions",
  "party-committee": "Party committees",
  "peoples-committee": "People's Committees",
  "peoples-council": "People's Councils",
  "state-agency": "state agencies",
  "fatherland-front": "Fatherland Front committees",
  "mass-organisation": "mass organisations",
  "press-outlet": "press outlets",
  broadcaster: "broadcasters",
  portal: "portals",
  "social-media": "social media pages",
  "loudspeaker-system": "loudspeaker systems",
  company: "companies",
  partner: "partners",
  school: "schools",
  other: "other units",
};
/** More outlets or kinds than this are summed up ("và 3 cơ quan khác"), so that a label stays short. */
const MAX_NAMED = 8;

/**
 * A short label of a quota for readers of a report: the plan's own `label` when the quota has one,
 * otherwise one built from the rule in Vietnamese (chỉ tiêu: who, at least how many of what, per what):
 * "Nhật báo, tuần báo, bản tin: tối thiểu 2 bài/tuần", "Tạp chí: tối thiểu 3 bài/số", "VTV, TTXVN, VOV:
 * tối thiểu 1 chương trình/tháng". Outlet kinds are written by their Vietnamese names, outlet ids by the
 * names of the plan's units when a plan is given. A quota owed by contributing units (`owedBy`) names them,
 * with its condition on members, and where their items go: "Công đoàn cơ sở có từ 100 đoàn viên trở lên:
 * tối thiểu 1 tin, bài, ảnh/tháng về cổng thông tin điện tử". Reports use it wherever a quota is named, so that no
 * internal id (`quota-press-weekly`) reaches a reader.
 *
 * @param rule - a quota of a plan, or any {@link QuotaRule}.
 * @param options - `plan` (to name outlets by id), `language` of a built label.
 * @returns the label, never empty.
 * @throws {@link PlanError} `invalid_type` at `["rule"]` when the rule is not an object, `invalid_value` at
 *   `["rule", "min"]` / `["rule", "per"]` for a minimum that is not a whole number ≥ 1 or an unknown
 *   period, `invalid_type` at `["rule", "label"]` for a label that is not a string, `invalid_value` at
 *   `["options", "language"]`, `invalid_type` at `["options", "plan"]` for a plan without units.
 * @example
 * ```ts
 * import { quotaLabel } from "cong-doan-ke-hoach";
 *
 * quotaLabel({ min: 2, per: "week", itemKinds: ["article"], outletKinds: ["daily", "weekly", "bulletin"] });
 * //=> "Nhật báo, tuần báo, bản tin: tối thiểu 2 bài/tuần"
 * quotaLabel({ min: 3, per: "issue", itemKinds: ["article"], outletKinds: ["magazine"] }, { language: "en" });
 * //=> "Magazines: at least 3 articles an issue"
 * quotaLabel({ min: 1, per: "month", itemKinds: ["programme"], label: "VTV, TTXVN, VOV: 01 chương trình/tháng" });
 * //=> "VTV, TTXVN, VOV: 01 chương trình/tháng"
 * quotaLabel({ min: 1, per: "week", itemKinds: ["news", "article"], outletKinds: ["portal"], owedBy: { unitKinds: ["district-federation"] } });
 * //=> "LĐLĐ cấp huyện: tối thiểu 1 tin, bài/tuần về cổng thông tin điện tử"
 * ```
 * @category Rules
 */
export function quotaLabel(rule: QuotaRule, options: QuotaLabelOptions = {}): string {
  const issues: PlanIssue[] = [];
  if (rule === null || typeof rule !== "object") {
    throw new PlanError([newIssue(INVALID_TYPE, ["rule"], { expected: "object", received: rule === null ? "null" : typeof rule })]);
  }
  const { min, per, label } = rule;
  if (typeof min !== "number" || !Number.isSafeInteger(min) || min < 1) issues.push(newIssue(INVALID_VALUE, ["rule", "min"], { expected: "a whole number ≥ 1", expectedVi: "một số nguyên ≥ 1", receivedValue: min }));
  if (!(QUOTA_PERIODS as readonly unknown[]).includes(per)) issues.push(newIssue(INVALID_VALUE, ["rule", "per"], { expected: QUOTA_PERIODS.map((p) => `"${p}"`).join(", "), receivedValue: per }));
  if (label !== undefined && typeof label !== "string") issues.push(newIssue(INVALID_TYPE, ["rule", "label"], { expected: "string", received: typeof label }));
  if (rule.owedBy !== undefined && (rule.owedBy === null || typeof rule.owedBy !== "object")) issues.push(newIssue(INVALID_TYPE, ["rule", "owedBy"], { expected: "object", received: kindOf(rule.owedBy) }));
  const language = options?.language ?? "vi";
  if (language !== "vi" && language !== "en") issues.push(optionIssue("language", '"vi", "en"', language));
  const plan = options?.plan;
  if (plan !== undefined && (plan === null || typeof plan !== "object" || !Array.isArray(plan.units))) {
    issues.push(newIssue(INVALID_TYPE, ["options", "plan"], { expected: "a plan with units", expectedVi: "một kế hoạch có danh sách đơn vị", received: kindOf(plan) }));
  }
  if (issues.length > 0) throw new PlanError(issues);
  if (typeof label === "string" && label.trim() !== "") return label;

  const vi = language === "vi";
  const unitName = (id: string) => {
    const unit = plan?.units.find((u) => u.id === id);
    return unit?.shortName ?? unit?.name ?? id;
  };
  const kinds = (Array.isArray(rule.outletKinds) ? rule.outletKinds : []).map((k) => (vi ? outletKindVi(k) : (lookup(OUTLET_EN, k) ?? k)));
  const ids = (Array.isArray(rule.outletIds) ? rule.outletIds : []).map((id) => unitName(String(id)));
  // A kind's name starts the label with a capital; a unit's name or id is written as it is.
  const listed = (names: readonly string[], more: string, capitalFirst: boolean) => {
    const all = names.map((k, i) => (i === 0 && capitalFirst ? capitalize(k) : k));
    return all.length > MAX_NAMED ? `${all.slice(0, MAX_NAMED).join(", ")} ${vi ? `và ${all.length - MAX_NAMED} ${more}` : `and ${all.length - MAX_NAMED} more`}` : all.join(", ");
  };
  const owedBy = rule.owedBy !== null && typeof rule.owedBy === "object" ? rule.owedBy : undefined;
  let named: string;
  let destination = "";
  if (owedBy === undefined) {
    named = listed([...ids, ...kinds], "cơ quan khác", ids.length === 0);
  } else {
    // A quota owed by contributing units names them, then where their items go ("… về Cổng TTĐT").
    const debtorIds = (Array.isArray(owedBy.unitIds) ? owedBy.unitIds : []).map((id) => unitName(String(id)));
    const debtorKinds = (Array.isArray(owedBy.unitKinds) ? owedBy.unitKinds : []).map((k) => (vi ? unitKindVi(k) : (lookup(UNIT_EN, k) ?? String(k))));
    const least = typeof owedBy.minMemberCount === "number" ? owedBy.minMemberCount : undefined;
    const condition = least === undefined ? "" : vi ? ` có từ ${least} đoàn viên trở lên` : ` with ${least} members or more`;
    named = listed([...debtorIds, ...debtorKinds], "đơn vị khác", debtorIds.length === 0) + condition;
    const where = listed([...ids, ...kinds], "cơ quan khác", false);
    if (where !== "") destination = vi ? ` về ${where}` : ` to ${where}`;
  }
  const itemKinds = Array.isArray(rule.itemKinds) ? rule.itemKinds : [];
  const what = vi
    ? itemKinds.length === 0
      ? "sản phẩm"
      : itemKinds.map((k) => lookup(ITEM_VI, k) ?? k).join(", ")
    : itemKinds.length === 0
      ? min === 1
        ? "item"
        : "items"
      : itemKinds.map((k) => lookup(ITEM_EN, k)?.[min === 1 ? 0 : 1] ?? k).join(" or ");
  const rate = vi ? `tối thiểu ${min} ${what}${PER_VI[per as QuotaPeriod]}${destination}` : `at least ${min} ${what}${PER_EN[per as QuotaPeriod]}${destination}`;
  return named === "" ? capitalize(rate) : `${named}: ${rate}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A table's entry for a key a caller gave, own properties only ("constructor" is not an item kind). */
function lookup<T>(table: { readonly [key: string]: T }, key: unknown): T | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}
