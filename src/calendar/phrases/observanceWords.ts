/**
 * The union calendar's observances as the phrase readers match them: each one's rule, and its name and aliases
 * as the words that `tokenize` reads from them (lower case, without diacritics, punctuation left out), in the
 * order of `OBSERVANCES`. The readers fold the text they read the same way, so these are the words they
 * compare; `OBSERVANCES` adds the ids, the names as documents write them and the English names, which the
 * readers never use, so that a bundle that only reads phrases does not carry them. A test checks that these
 * words are the folding of `OBSERVANCES`, entry by entry.
 *
 * @internal
 */
import type { ObservanceRule } from "./observances.js";

/** An observance as the phrase readers see it: its rule and the words of its name and of each alias. @internal */
export interface ObservanceWords {
  readonly rule: ObservanceRule;
  /** The name first, then the aliases: each its words joined by one space. */
  readonly names: readonly string[];
}

const f = Object.freeze;
const month = (m: number): ObservanceRule => f({ kind: "month", month: m });
const day = (m: number, d: number): ObservanceRule => f({ kind: "day", month: m, day: d });
const span = (m1: number, d1: number, m2: number, d2: number): ObservanceRule =>
  f({ kind: "span", start: f({ month: m1, day: d1 }), end: f({ month: m2, day: d2 }) });
const w = (rule: ObservanceRule, ...names: string[]): ObservanceWords => f({ rule, names: f(names) });

/** The observances' rules and the words of their names and aliases, in the order of `OBSERVANCES`. @internal */
export const OBSERVANCE_WORDS: readonly ObservanceWords[] = /* @__PURE__ */ f([
  /* @__PURE__ */ w(/* @__PURE__ */ month(5), "thang cong nhan"),
  /* @__PURE__ */ w(/* @__PURE__ */ month(5), "thang hanh dong ve an toan ve sinh lao dong", "thang hanh dong quoc gia ve an toan ve sinh lao dong", "thang hanh dong ve atvsld"),
  /* @__PURE__ */ w(/* @__PURE__ */ span(11, 15, 12, 15), "thang hanh dong vi binh dang gioi", "thang hanh dong vi binh dang gioi va phong ngua ung pho voi bao luc tren co so gioi"),
  /* @__PURE__ */ w(/* @__PURE__ */ span(10, 17, 11, 18), "thang cao diem vi nguoi ngheo"),
  /* @__PURE__ */ w(/* @__PURE__ */ month(3), "thang thanh nien"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(7, 28), "ngay thanh lap cong doan viet nam", "ngay thanh lap cong doan"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(5, 1), "ngay quoc te lao dong"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(11, 9), "ngay phap luat viet nam", "ngay phap luat", "ngay phap luat nuoc cong hoa xa hoi chu nghia viet nam"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(9, 2), "ngay quoc khanh", "quoc khanh", "quoc khanh nuoc cong hoa xa hoi chu nghia viet nam", "ngay quoc khanh nuoc cong hoa xa hoi chu nghia viet nam"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(8, 19), "ngay cach mang thang tam", "cach mang thang tam"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(3, 8), "ngay quoc te phu nu"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(10, 20), "ngay phu nu viet nam"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(4, 30), "ngay giai phong mien nam", "ngay giai phong mien nam thong nhat dat nuoc"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(2, 3), "ngay thanh lap dang cong san viet nam", "ngay thanh lap dang"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(5, 19), "ngay sinh chu tich ho chi minh", "ngay sinh nhat chu tich ho chi minh"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(7, 27), "ngay thuong binh liet si"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(6, 28), "ngay gia dinh viet nam"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(3, 20), "ngay quoc te hanh phuc"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(10, 13), "ngay doanh nhan viet nam"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(11, 20), "ngay nha giao viet nam"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(11, 18), "ngay hoi dai doan ket toan dan toc", "ngay dai doan ket toan dan toc"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(10, 17), "ngay quoc te xoa doi giam ngheo", "ngay quoc te xoa ngheo"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(10, 17), "ngay vi nguoi ngheo"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(3, 26), "ngay thanh lap doan tncs ho chi minh", "ngay thanh lap doan thanh nien cong san ho chi minh"),
  /* @__PURE__ */ w(/* @__PURE__ */ day(12, 22), "ngay thanh lap quan doi nhan dan viet nam"),
]);
