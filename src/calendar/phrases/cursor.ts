import type { EndpointParser } from "./windows.js";
/**
 * The cursor that every phrase parser reads from, and the problems they report.
 *
 * A parser gets the cursor at the first token of a possible phrase. It returns `undefined`, with the
 * cursor where it was, when the tokens are not of its family ("declines"); it returns its reading with the
 * cursor after the last token it used; or it throws a {@link Problem} when the tokens start a phrase of its
 * family that is wrong ("Tháng 13/2017").
 *
 * @internal
 * @packageDocumentation
 */
import type { IsoDate } from "../isoDate.js";
import type { Token } from "./normalize.js";

/** @internal */
export interface Cursor {
  readonly t: readonly Token[];
  /** The index of the next token. */
  i: number;
  /** The text as the caller gave it. */
  readonly src: string;
  /** `options.referenceDate`: the plan's date, for phrases without a year. */
  readonly ref: IsoDate | undefined;
  /** Reading running text (findTimeExpressions): a separator not followed by a phrase ends the phrase. */
  readonly find: boolean;
  /**
   * The endpoint parsers to try: the solar ones by default (parseVietnameseWindow); with the lunar dates for
   * parseTimeExpression and findTimeExpressions (`ALL_ENDPOINTS`), so that the light reader carries no
   * lunar calendar.
   */
  readonly endpoints?: readonly EndpointParser[];
}

/**
 * A phrase that cannot be read. `at` is a UTF-16 offset in the original text (its length for "at the
 * end"); `AT` in the messages stands for "at character N". `skip` ≥ 0 marks a phrase that was recognised
 * but is wrong (a weekday that contradicts its date): running text resumes after token `skip`.
 *
 * @internal
 */
export class Problem {
  constructor(
    readonly at: number,
    readonly en: string,
    readonly vi: string,
    readonly skip: number,
  ) {}
}

/** Stands for the position in messages. @internal */
export const AT = "\x01";

/** The problem thrown in running text, where messages are never shown: building them would be wasted work. */
const SOFT = new Problem(0, "", "", -1);

/** In running text, throws at once: the phrase here is not read, and its message would not be shown. @internal */
export function quiet(c: Cursor): void {
  if (c.find) throw SOFT;
}

/** Throws a problem at token index `at` (at the end when there is no such token). @internal */
export function fail(c: Cursor, at: number, en: string, vi: string, hard?: boolean): never {
  if (!hard) quiet(c);
  throw new Problem(c.t[at]?.s ?? c.src.length, en, vi, hard ? c.i : -1);
}

/** The token `k` places ahead. @internal */
export function tok(c: Cursor, k = 0): Token | undefined {
  return c.t[c.i + k];
}

/** Whether the token `k` places ahead is the word `w`. @internal */
export function isW(c: Cursor, w: string, k = 0): boolean {
  const t = c.t[c.i + k];
  return t !== undefined && t.k === "w" && t.t === w;
}

/** Whether the token `k` places ahead has the kind `kind`. @internal */
export function isK(c: Cursor, kind: Token["k"], k = 0): boolean {
  return c.t[c.i + k]?.k === kind;
}

/** Reads the words `w` if they come next. @internal */
export function eat(c: Cursor, ...w: string[]): boolean {
  for (let k = 0; k < w.length; k++) if (!isW(c, w[k]!, k)) return false;
  c.i += w.length;
  return true;
}

/** The token as written, in NFC, for messages. @internal */
export function raw(c: Cursor, i: number): string {
  const t = c.t[i];
  return t === undefined ? "" : c.src.slice(t.s, t.e).normalize("NFC");
}

/** Tokens `from` to `to` (excluded) as written, one space between words, none around "/", "," and "-". @internal */
export function rawSpan(c: Cursor, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(raw(c, i));
  return parts.join(" ").replace(/ ?([/,-]) ?/g, "$1");
}

/** Throws "expected … at character N, found …". @internal */
export function unexpected(c: Cursor, en: string, vi: string): never {
  quiet(c);
  if (c.i >= c.t.length) fail(c, c.i, `expected ${en} ${AT}`, `thiếu ${vi} ${AT}`);
  const found = JSON.stringify(raw(c, c.i));
  return fail(c, c.i, `expected ${en} ${AT}, found ${found}`, `cần ${vi} ${AT}, gặp ${found}`);
}

/** The messages of a problem, the position written out. @internal */
export function render(src: string, p: Problem): readonly [string, string] {
  const n = Array.from(src.slice(0, p.at).normalize("NFC")).length + 1;
  const end = p.at >= src.length;
  const en = end ? `at the end of the text (character ${n})` : `at character ${n}`;
  const vi = end ? `ở cuối chuỗi (ký tự thứ ${n})` : `ở ký tự thứ ${n}`;
  return [p.en.replace(AT, en), p.vi.replace(AT, vi)];
}
