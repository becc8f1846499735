import type { IsoDate } from "./isoDate.js";

/**
 * A span of calendar days, both ends included: `{ start: "2017-08-01", end: "2017-09-30" }` is
 * "Tháng 8,9/2017". A window of one day has `start === end`.
 *
 * @example
 * ```ts
 * import type { Window } from "cong-doan-ke-hoach";
 *
 * const phase1: Window = { start: "2017-07-01", end: "2018-05-31" };
 * ```
 * @category Calendar
 */
export interface Window {
  /** The first day, included. */
  readonly start: IsoDate;
  /** The last day, included; never before {@link Window.start}. */
  readonly end: IsoDate;
}
