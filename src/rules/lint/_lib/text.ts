/**
 * How the lint's messages write figures, dates and names: dates as readers read them ("01/07/2017",
 * "1 July 2017"; never ISO), money as `formatVnd` writes it, items by a quoted, clipped title and units
 * by their short name, never by an id.
 *
 * @internal
 */
import { enDayText, enMonthText, enWindowText, viDayText, viWindowText } from "../../../_lib/dateText.js";
import { formatVnd } from "../../../budget/formatVnd.js";
import type { Window } from "../../../calendar/window.js";
import type { Activity, BudgetLine, Quota, ReportingDuty } from "../../../model/plan.js";
import { quotaLabel } from "../../quotaLabel.js";

/** A message in English and in Vietnamese. @internal */
export type Texts = readonly [en: string, vi: string];

/** A window that may be open (no end): the plan's own window. @internal */
export interface OpenSpan {
  readonly start: string;
  readonly end?: string | undefined;
}

/** An amount in đồng, as the documents write it: "3.000.000 đồng". @internal */
export const money = (amount: string): string => formatVnd(amount);

/** "30/04/2018", as Vietnamese documents write a day. @internal */
export const viDate = viDayText;

/** "2018-04" → "4/2018". @internal */
export const viMonth = (month: string): string => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

/** "30 April 2018"; a month "2018-04": "April 2018". @internal */
export const enDate = (date: string): string => (date.length === 7 ? enMonthText(date) : enDayText(date));

/** "July 2018", "1 July 2017 to 15 July 2017". @internal */
export const enWindow = enWindowText;

/** "on 1 July 2017", "in July 2018", "from August to September 2017": when something runs. @internal */
export const enRuns = (w: Window): string => {
  const text = enWindow(w);
  return w.start === w.end ? `on ${text}` : text.includes(" to ") ? `from ${text}` : `in ${text}`;
};

/** "tháng 7/2018", "từ tháng 7/2017 đến tháng 5/2018", "từ ngày 01/07/2017 đến ngày 15/07/2017": inside a sentence. @internal */
export const viWindow = (w: Window): string => {
  const text = viWindowText(w);
  return text.charAt(0).toLowerCase() + text.slice(1);
};

/** A window that may be open: as {@link enWindow}, or "1 January 2025 onwards". @internal */
export const enSpan = (s: OpenSpan): string => (s.end === undefined ? `${enDayText(s.start)} onwards` : enWindow({ start: s.start, end: s.end }));

/** A window that may be open: as {@link viWindow}, or "từ ngày 01/01/2025 trở đi". @internal */
export const viSpan = (s: OpenSpan): string => (s.end === undefined ? `từ ngày ${viDayText(s.start)} trở đi` : viWindow({ start: s.start, end: s.end }));

/** "1 day", "3 days". @internal */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Up to three names, then how many more; separated by ";" since names hold commas ("LĐLĐ tỉnh, TP"). @internal */
export const names = (list: readonly string[]): Texts => {
  const shown = list.slice(0, 3).join("; ");
  const more = list.length - 3;
  return more > 0 ? [`${shown} and ${more} more`, `${shown} và ${more} đơn vị khác`] : [shown, shown];
};

/** A title cut to 60 characters and quoted, for messages. @internal */
export function quoted(text: string): string {
  const chars = Array.from(text.trim());
  return `"${chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : chars.join("")}"`;
}

/** Text compared as a reader compares it: NFC, trimmed, lower case. @internal */
export const normalize = (text: string | undefined): string => (text ?? "").normalize("NFC").trim().toLowerCase();

/** What a message names an item by: a quoted, clipped title; or a unit's short name. @internal */
export interface Named {
  readonly name: string;
}

/** A budget line by its title. @internal */
export const lineName = (line: BudgetLine): string => quoted(line.title);
/** An activity by its title. @internal */
export const activityName = (activity: Activity): string => quoted(activity.title);
/** A quota by its text, else its label (the plan's or one built from the rule): never its id. @internal */
export const quotaName = (quota: Quota): string => quoted(quota.description ?? quotaLabel(quota));
/** A reporting duty by its description. @internal */
export const dutyName = (duty: ReportingDuty): string => quoted(duty.description);
/** Ids as `details` lists them: joined with ", ". @internal */
export const joined = (list: readonly string[]): string => list.join(", ");
/** A unit kind in English: "grassroots-union" → "grassroots union". @internal */
export const unitKindEn = (kind: string): string => kind.replace(/-/g, " ");
