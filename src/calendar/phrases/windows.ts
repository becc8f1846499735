/**
 * The grammar of windows: one period ("Tháng 8,9/2017") or a range of two ("từ tháng 7/2017 đến tháng
 * 5/2018"), each end read by the endpoint parsers in a fixed order. "từ" without an end is an open start
 * ("từ tháng 7/2017", "Từ năm 2025 trở đi"), which only {@link parseTimeExpression} accepts.
 *
 * @internal
 * @packageDocumentation
 */
import { AT, eat, fail, isK, isW, raw, rawSpan, unexpected, type Cursor } from "./cursor.js";
import { readDay } from "./parsers/days.js";
import { readMonths } from "./parsers/months.js";
import { readObservance } from "./parsers/observances.js";
import { readPartOfMonth, readPartOfYear } from "./parsers/partsOfMonth.js";
import { readQuarters } from "./parsers/quarters.js";
import { readYears } from "./parsers/years.js";
import { complete, inherit, needRef, type Period, type Win } from "./period.js";

/** An endpoint parser: reads one period, or declines. `after` is the kind of the left end when reading the right end. @internal */
export type EndpointParser = (c: Cursor, after?: Period["k"]) => Period | undefined;

/**
 * The solar endpoint parsers in the order they are tried: names before the words they start with
 * ("Tháng Công nhân" before "tháng"), parts before what they are parts of, days last (they take bare
 * numbers). `ALL_ENDPOINTS` (phrases/endpoints.ts) puts the lunar dates first.
 *
 * @internal
 */
export const SOLAR_ENDPOINTS: readonly EndpointParser[] = [readObservance, readPartOfYear, readPartOfMonth, readYears, readQuarters, readMonths, readDay];

/** Reads one period with the first parser that takes it. @internal */
export function readEndpoint(c: Cursor, after?: Period["k"]): Period | undefined {
  for (const parse of c.endpoints ?? SOLAR_ENDPOINTS) {
    const p = parse(c, after);
    if (p !== undefined) return p;
  }
  return undefined;
}

/** A window, or the start of an open one. @internal */
export type WindowReading = { readonly window: Win } | { readonly open: string };

/** "nay" (now): the reference date. */
function now(c: Cursor): Period | undefined {
  const t0 = c.i;
  if (!eat(c, "nay")) return undefined;
  needRef(c, t0, c.i);
  return { k: "n", t0, t1: c.i, fixed: [c.ref!, c.ref!] };
}

/**
 * Reads a window or a range at the cursor, or declines. `open` allows an open start ("từ tháng 7/2017").
 *
 * @internal
 */
export function readWindow(c: Cursor, open: boolean): WindowReading | undefined {
  const head = c.i;
  const from = eat(c, "tu") || eat(c, "ke", "tu") || eat(c, "bat", "dau", "tu");
  const left = (from ? now(c) : undefined) ?? readEndpoint(c);
  if (left === undefined) {
    if (!from) return undefined;
    return unexpected(c, 'a time expression ("tháng", "quý", "năm", "ngày" or a date)', 'một cách ghi thời gian ("tháng", "quý", "năm", "ngày" hoặc một ngày)');
  }
  let right: Period | undefined;
  let untilEnd = false;
  const sep = c.i;
  const isSep = (isK(c, "-") && !(c.find && c.t[c.i]!.nl)) || isW(c, "den") || isW(c, "toi");
  if (isSep && !(c.find && left.multi)) {
    if (left.multi) {
      const text = rawSpan(c, left.t0, left.t1);
      fail(c, left.t0, `a range cannot start with several months ("${text}" ${AT})`, `khoảng thời gian không thể bắt đầu bằng nhiều tháng ("${text}" ${AT})`);
    }
    c.i++;
    untilEnd = eat(c, "het");
    right = now(c) ?? readEndpoint(c, left.k);
    if (right === undefined) {
      if (!c.find) unexpected(c, 'a time expression ("tháng", "quý", "năm", "ngày" or a date)', 'một cách ghi thời gian ("tháng", "quý", "năm", "ngày" hoặc một ngày)');
      c.i = sep;
    } else if (right.multi) {
      const text = rawSpan(c, right.t0, right.t1);
      fail(c, right.t0, `a range cannot end with several months ("${text}" ${AT})`, `khoảng thời gian không thể kết thúc bằng nhiều tháng ("${text}" ${AT})`);
    }
  }
  if (right === undefined && !c.find && c.i < c.t.length && !isW(c, "tro")) {
    unexpected(c, '"đến", "-" or the end of the text', '"đến", "-" hoặc hết chuỗi');
  }
  if (right === undefined) {
    const window = complete(c, left);
    const onward = eat(c, "tro", "di");
    if (onward || (from && !left.dash)) {
      if (!open) {
        fail(c, head, `"${raw(c, head)}" ${AT} starts a range, but no "đến" follows`, `"${raw(c, head)}" ${AT} mở đầu một khoảng nhưng thiếu "đến"`);
      }
      return { open: window[0] };
    }
    return { window };
  }
  const end = complete(c, right);
  const start = complete(c, inherit(left, right));
  // "đến hết năm 2025" (to the end of 2025) only has to end after the start: "Từ nay đến hết năm 2025".
  if ((untilEnd ? end[1] : end[0]) < start[0]) {
    const shown = end[0] === end[1] ? end[0] : `${end[0]}..${end[1]}`;
    const text = rawSpan(c, right.t0, right.t1);
    fail(
      c,
      right.t0,
      `the window ends before it starts: the end "${text}" ${AT} (${shown}) comes before the start (${start[0]})`,
      `khoảng thời gian kết thúc trước khi bắt đầu: phần kết thúc "${text}" ${AT} (${shown}) trước phần bắt đầu (${start[0]})`,
      true,
    );
  }
  return { window: [start[0], end[1]] };
}
