/**
 * Calendar dates and windows in Vietnam (UTC+07:00).
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach/calendar
 */
export { isIsoDate, isYearMonth } from "./isoDate.js";
export type { IsoDate, YearMonth } from "./isoDate.js";
export type { Window } from "./window.js";
export { toVietnamDate } from "./toVietnamDate.js";
export {
  makeWindow,
  monthWindow,
  daysInWindow,
  eachDayOfWindow,
  monthsOfWindow,
  isWithinWindow,
  windowsOverlap,
  intersectWindows,
} from "./makeWindow.js";
export { splitWindow } from "./splitWindow.js";
export { parseVietnameseWindow, safeParseVietnameseWindow } from "./parseVietnameseWindow.js";
export type { ParseVietnameseWindowOptions } from "./parseVietnameseWindow.js";
export { parseTimeExpression, safeParseTimeExpression } from "./parseTimeExpression.js";
export type { ParseTimeExpressionOptions } from "./parseTimeExpression.js";
export { findTimeExpressions } from "./findTimeExpressions.js";
export type { FindTimeExpressionsOptions, FoundTimeExpression } from "./findTimeExpressions.js";
export type { TimeExpression, Recurrence, RecurringDue } from "./timeExpression.js";
export { OBSERVANCES } from "./phrases/observances.js";
export type { Observance, ObservanceRule } from "./phrases/observances.js";
export { formatVietnameseWindow } from "./formatVietnameseWindow.js";
export type { Period, SplitPer, Issue, SplitWindowOptions } from "./splitWindow.js";
export type { CalendarPlan } from "./planLike.js";
export { expandDeadlines } from "./expandDeadlines.js";
export type { Deadline, DeadlineStatus, ExpandDeadlinesOptions } from "./expandDeadlines.js";
export { buildTimeline } from "./buildTimeline.js";
export type { TimelineRow, BuildTimelineOptions } from "./buildTimeline.js";
export { toICalendar } from "./toICalendar.js";
export type { ToICalendarOptions } from "./toICalendar.js";
export { solarToLunar } from "./lunar/solarToLunar.js";
export { lunarToSolar } from "./lunar/lunarToSolar.js";
export { tetDate } from "./lunar/tetDate.js";
export { lunarMonthsOfYear } from "./lunar/lunarMonthsOfYear.js";
export { lunarYearName } from "./lunar/lunarYearName.js";
export { lunarYearFromName } from "./lunar/lunarYearFromName.js";
export { LUNAR_MONTH_NAMES } from "./lunar/monthNames.js";
export type { LunarDate } from "./lunar/solarToLunar.js";
export type { LunarDateInput } from "./lunar/lunarToSolar.js";
export type { LunarMonth } from "./lunar/lunarMonthsOfYear.js";
export { PlanError, isPlanError } from "../errors/index.js";
export type { PlanIssue, IssueCode, SafeResult, Finding, Severity } from "../errors/index.js";
