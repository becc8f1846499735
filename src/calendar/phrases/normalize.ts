/**
 * The normaliser of time phrases: one pass that turns text into tokens, folding case and diacritics,
 * treating every run of white space as one space and every dash as "-", and keeping for each token where
 * it is in the caller's original string. Then {@link skipLeads} drops the words that carry no meaning
 * ("vào", "trong", "dịp", "nhân dịp", "thời gian thực hiện:").
 *
 * @internal
 * @packageDocumentation
 */
import { own } from "../../_lib/own.js";

/**
 * A token's kind: `n` a run of ASCII digits, `w` a run of letters (folded), `q` a quotation mark, `?`
 * any other character, else the punctuation itself.
 *
 * @internal
 */
export type TokenKind = "n" | "w" | "/" | "," | "-" | "." | ":" | "(" | ")" | "q" | "?";

/**
 * One token. `t` is folded: lower case, no diacritics, "đ" is "d"; `s` and `e` are UTF-16 offsets in
 * the original text (`text.slice(s, e)` is the token as written, whatever its Unicode form).
 *
 * @internal
 */
export interface Token {
  readonly k: TokenKind;
  readonly t: string;
  readonly s: number;
  readonly e: number;
  /** A line break comes between this token and the one before. */
  readonly nl: boolean;
}

const PUNCT = "/,-.:()";
const DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";
const QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb";
const folded = new Map<string, string>();

/**
 * Keywords that, in a text written with diacritics, must carry theirs: there "Nam" (Việt Nam 2013) is
 * not "năm", "ngay" (at once) is not "ngày", "mới" (new) is not "mỗi". A text without any diacritics
 * reads them all plain.
 */
const STRICT: Readonly<Record<string, readonly string[]>> = {
  nam: ["năm"],
  ngay: ["ngày"],
  thang: ["tháng"],
  quy: ["quý", "qúy"],
  tu: ["từ"],
  den: ["đến"],
  toi: ["tới"],
  moi: ["mỗi", "mọi"],
  hang: ["hằng", "hàng"],
  thu: ["thứ"],
};

/** The folded form of one character with its combining marks ("Ấ" → "a", "Đ" → "d"). */
function fold(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = ch.normalize("NFD").toLowerCase().replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
    if (folded.size < 2048) folded.set(ch, f);
  }
  return f;
}

/**
 * Splits a text into tokens in one linear pass.
 *
 * @internal
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let kind: "n" | "w" | "" = "";
  let buf = "";
  let s = 0;
  let e = 0;
  let lineBreak = false;
  let accented = false;
  const push = (k: TokenKind, t: string, from: number, to: number) => {
    out.push({ k, t, s: from, e: to, nl: lineBreak });
    lineBreak = false;
  };
  const flush = () => {
    if (kind !== "") push(kind, buf, s, e);
    kind = "";
    buf = "";
  };
  for (let i = 0; i < text.length; ) {
    const from = i;
    const code = text.charCodeAt(i++);
    if (code >= 0xd800 && code < 0xdc00 && i < text.length) i++;
    while (i < text.length && text.charCodeAt(i) >= 0x300 && text.charCodeAt(i) <= 0x36f) i++;
    const ascii = code < 128 && i - from === 1;
    if (ascii && (code === 32 || code === 9 || code === 10 || code === 13)) {
      // The common case of white space, without building a string.
      flush();
      if (code !== 32 && code !== 9) lineBreak = true;
      continue;
    }
    const lower = ascii && code >= 65 && code <= 90 ? code + 32 : code;
    const ch = ascii ? "" : text.slice(from, i);
    const f = ascii ? String.fromCharCode(lower) : fold(ch);
    if (f === "") continue; // a lone combining mark
    const c = f.length === 1 ? f : "";
    const letter = ascii ? lower >= 97 && lower <= 122 : c !== "" ? c >= "a" && c <= "z" : /^[a-z]+$/.test(f);
    if (letter && !ascii) accented = true;
    const digit = ascii && code >= 48 && code <= 57;
    if ((letter && kind === "w") || (digit && kind === "n")) {
      buf += f;
      e = i;
      continue;
    }
    flush();
    if (letter || digit) {
      kind = letter ? "w" : "n";
      buf = f;
      s = from;
      e = i;
    } else if (!ascii && /^\s$/u.test(ch)) {
      if (ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029") lineBreak = true;
    } else if (c !== "" && DASHES.includes(c)) {
      push("-", "-", from, i);
    } else if (c !== "" && PUNCT.includes(c)) {
      push(c as TokenKind, c, from, i);
    } else {
      push(c !== "" && QUOTES.includes(c) ? "q" : "?", f, from, i);
    }
  }
  flush();
  if (accented) {
    for (let n = 0; n < out.length; n++) {
      const t = out[n]!;
      const allowed = t.k === "w" ? own(STRICT, t.t) : undefined;
      if (allowed !== undefined && !allowed.includes(text.slice(t.s, t.e).normalize("NFC").toLowerCase())) out[n] = { ...t, t: `~${t.t}` };
    }
  }
  return out;
}

/**
 * Leading words that say nothing about the time: "vào", "trong", "dịp", "nhân dịp", "thời gian:",
 * "thời gian thực hiện:". `"trong năm"` without a year is a phrase of its own and is kept.
 *
 * @internal
 */
export function skipLeads(tokens: readonly Token[], i: number): number {
  for (let n = 0; n < 8; n++) {
    const a = tokens[i]?.t;
    const b = tokens[i + 1]?.t;
    if (a === "vao" || a === "dip") i++;
    else if (a === "trong" && !(b === "nam" && tokens[i + 2]?.k !== "n")) i++;
    else if (a === "nhan" && b === "dip") i += 2;
    else if (a === "thoi" && b === "gian") {
      i += 2;
      const c = tokens[i]?.t;
      if (c === "thuc" || c === "bat" || c === "to") i += 2;
      if (tokens[i]?.k === ":") i++;
    } else break;
  }
  return i;
}
