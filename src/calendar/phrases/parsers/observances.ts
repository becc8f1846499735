/**
 * Named observances of the union calendar ({@link OBSERVANCES}): "Tháng Công nhân năm 2018",
 * "Ngày Quốc tế Lao động 2024", "Tháng hành động vì bình đẳng giới năm 2025", and with a reference date
 * "Ngày thành lập Công đoàn Việt Nam".
 *
 * @internal
 * @packageDocumentation
 */
import { isK, isW, tok, type Cursor } from "../cursor.js";
import { year } from "../numbers.js";
import type { ObservanceRule } from "../observances.js";
import { OBSERVANCE_WORDS } from "../observanceWords.js";
import { daySpan, iso, monthSpan, type Period, type Win } from "../period.js";

type Name = { readonly words: readonly string[]; readonly rule: ObservanceRule };

/** The names by their first word, longest first; built on first use. */
let index: Map<string, Name[]> | undefined;

function names(): Map<string, Name[]> {
  if (index === undefined) {
    index = new Map();
    for (const o of OBSERVANCE_WORDS) {
      for (const name of o.names) {
        const words = name.split(" ");
        const list = index.get(words[0]!) ?? [];
        list.push({ words, rule: o.rule });
        list.sort((a, b) => b.words.length - a.words.length);
        index.set(words[0]!, list);
      }
    }
  }
  return index;
}

/** The first words of every name. @internal */
export const observanceStarts = (): Iterable<string> => names().keys();

/** Reads the name at the cursor, skipping commas, dashes and quotation marks between its words. */
function match(c: Cursor): ObservanceRule | undefined {
  for (const name of names().get(tok(c)?.k === "w" ? tok(c)!.t : "") ?? []) {
    let j = c.i;
    let quotes = 0;
    const ok = name.words.every((w, n) => {
      for (let k = c.t[j]?.k; n > 0 && (k === "," || k === "-" || k === "q"); k = c.t[++j]?.k) if (k === "q") quotes++;
      return c.t[j++]?.t.replace("~", "") === w;
    });
    if (ok) {
      // The closing mark of a name quoted inside: Tháng cao điểm "Vì người nghèo".
      c.i = quotes % 2 === 1 && c.t[j]?.k === "q" ? j + 1 : j;
      return name.rule;
    }
  }
  return undefined;
}

/** The window of an observance in a year. @internal */
export function observanceWindow(rule: ObservanceRule, y: number): Win {
  if (rule.kind === "month") return monthSpan(y, rule.month, rule.month);
  if (rule.kind === "day") return daySpan(y, rule.month, rule.day, rule.day);
  return [iso(y, rule.start.month, rule.start.day), iso(y, rule.end.month, rule.end.day)];
}

/** Reads an observance and its year ("năm 2018", "2018"), or declines. @internal */
export function readObservance(c: Cursor): Period | undefined {
  const t0 = c.i;
  const rule = match(c);
  if (rule === undefined) return undefined;
  // "năm 2018" (then the year must be one), or four digits: "Ngày Quốc tế Lao động 2024".
  if (isW(c, "nam") && isK(c, "n", 1)) c.i++;
  const y = isK(c, "n") && (isW(c, "nam", -1) || tok(c)!.t.length === 4) ? year(c) : undefined;
  return { k: "o", t0, t1: c.i, y, w: (y) => observanceWindow(rule, y), multi: true };
}

/** Phrases of this family and how they read (window start/end; a third column is the reference date). @internal */
export const EXAMPLES: readonly (readonly [string, string, string?])[] = [
  ["Tháng Công nhân năm 2018", "2018-05-01/2018-05-31"],
  ["vào dịp Tháng Công nhân năm 2018", "2018-05-01/2018-05-31"],
  ["Tháng hành động về an toàn, vệ sinh lao động năm 2024", "2024-05-01/2024-05-31"],
  ["Tháng hành động vì bình đẳng giới năm 2025", "2025-11-15/2025-12-15"],
  ["Ngày thành lập Công đoàn Việt Nam năm 2019", "2019-07-28/2019-07-28"],
  ["Ngày Quốc tế Lao động 2024", "2024-05-01/2024-05-01"],
  ["Ngày Pháp luật Việt Nam năm 2025", "2025-11-09/2025-11-09"],
  ['Tháng cao điểm "Vì người nghèo" năm 2025', "2025-10-17/2025-11-18"],
  ["nhân dịp Ngày Thương binh Liệt sĩ năm 2024", "2024-07-27/2024-07-27"],
  ["Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "2015-09-02/2015-09-02", "2015-07-10"],
  ["Ngày thành lập Công đoàn Việt Nam", "2019-07-28/2019-07-28", "2019-03-28"],
];
