/**
 * A piece of prepared text (NFC, one space between words, trimmed) that remembers where each of its
 * characters came from in the original text, so that every finding and every placed paragraph can be
 * located by line and column in what the user gave, whatever normalisation happened in between.
 *
 * @internal
 */

/** Code points of combining marks (the accents of NFD Vietnamese and the like). @internal */
export function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);
}

/** White space of every kind, the non-breaking ones included. @internal */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Characters that carry nothing: zero-width spaces and joiners, the byte-order mark, the soft hyphen. */
function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad;
}

/**
 * Text with its origin: `segs` holds, for each run of characters, `[start in text, start in the original,
 * length in text, length in the original]`, flattened. A run whose two lengths differ was rewritten (a
 * composed character, an entity, collapsed spaces): its characters all map to the run's start.
 *
 * @internal
 */
export class Span {
  constructor(
    readonly text: string,
    private readonly segs: readonly number[],
  ) {}

  /** The original offset where the character at `i` comes from (for `i === text.length`, the end). */
  start(i = 0): number {
    const segs = this.segs;
    const n = segs.length / 4;
    if (n === 0) return 0;
    if (this.text.length === 0) return segs[1]!;
    if (i >= this.text.length) return this.end(this.text.length);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid * 4]! <= i) lo = mid;
      else hi = mid - 1;
    }
    const t = segs[lo * 4]!;
    const o = segs[lo * 4 + 1]!;
    const tl = segs[lo * 4 + 2]!;
    const ol = segs[lo * 4 + 3]!;
    return tl === ol ? o + Math.min(i - t, tl) : o;
  }

  /** The original offset just after the character at `i - 1`. */
  end(i = this.text.length): number {
    const segs = this.segs;
    const n = segs.length / 4;
    if (n === 0) return 0;
    if (this.text.length === 0) return segs[1]! + segs[3]!;
    if (i <= 0) return this.start(0);
    const j = i - 1;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid * 4]! <= j) lo = mid;
      else hi = mid - 1;
    }
    const t = segs[lo * 4]!;
    const o = segs[lo * 4 + 1]!;
    const tl = segs[lo * 4 + 2]!;
    const ol = segs[lo * 4 + 3]!;
    return tl === ol ? o + (j - t) + 1 : o + ol;
  }

  /** The part from `from` to `to` (text indices), with its origin. */
  slice(from: number, to = this.text.length): Span {
    from = Math.max(0, Math.min(from, this.text.length));
    to = Math.max(from, Math.min(to, this.text.length));
    if (from === 0 && to === this.text.length) return this;
    const out: number[] = [];
    const segs = this.segs;
    for (let k = 0; k < segs.length; k += 4) {
      const t = segs[k]!;
      const o = segs[k + 1]!;
      const tl = segs[k + 2]!;
      const ol = segs[k + 3]!;
      const a = Math.max(t, from);
      const b = Math.min(t + tl, to);
      if (a >= b) continue;
      if (tl === ol) out.push(a - from, o + (a - t), b - a, b - a);
      else out.push(a - from, o, b - a, ol);
    }
    return new Span(this.text.slice(from, to), out);
  }

  /** The same text without white space at either end. */
  trim(): Span {
    const text = this.text;
    let a = 0;
    let b = text.length;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    return this.slice(a, b);
  }

  /** Spans joined by a separator that maps to the gap between them. */
  static join(parts: readonly Span[], separator: string): Span {
    let text = "";
    const segs: number[] = [];
    parts.forEach((part, i) => {
      if (i > 0 && separator !== "") {
        const at = parts[i - 1]!.end();
        segs.push(text.length, at, separator.length, Math.max(0, part.start() - at));
        text += separator;
      }
      const base = text.length;
      const own = part.segs;
      for (let k = 0; k < own.length; k += 4) segs.push(own[k]! + base, own[k + 1]!, own[k + 2]!, own[k + 3]!);
      text += part.text;
    });
    return new Span(text, segs);
  }
}

/**
 * Builds a {@link Span} from pieces of the original text: composes NFD into NFC, turns every kind of space
 * (tabs, non-breaking spaces) into one space between words, drops invisible characters and the asterisks of
 * Markdown emphasis, keeps the origin of every character. Linear in what it is fed.
 *
 * @internal
 */
export class SpanBuilder {
  private text = "";
  private readonly segs: number[] = [];
  private pendingSpace = -1;
  private pendingSpaceEnd = -1;

  /** Appends a piece of the original text that starts at `base`. */
  feed(raw: string, base: number, stripEmphasis = true): void {
    const nfc = raw.normalize("NFC") === raw;
    const n = raw.length;
    let i = 0;
    while (i < n) {
      // A run of ordinary characters, appended at once.
      const runStart = i;
      while (i < n) {
        const c = raw.charCodeAt(i);
        if (isSpaceCode(c) || isInvisible(c) || (c === 42 && stripEmphasis) || (!nfc && i + 1 < n && isCombining(raw.charCodeAt(i + 1))) || (!nfc && isCombining(c))) break;
        i++;
      }
      if (i > runStart) this.push(raw.slice(runStart, i), base + runStart, i - runStart);
      if (i >= n) break;
      const c = raw.charCodeAt(i);
      if (isSpaceCode(c)) {
        if (this.pendingSpace < 0) this.pendingSpace = base + i;
        this.pendingSpaceEnd = base + i + 1;
        i++;
      } else if (isInvisible(c)) {
        i++;
      } else if (c === 42) {
        let j = i;
        while (j < n && raw.charCodeAt(j) === 42) j++;
        const atStart = this.text === "" && this.pendingSpace < 0;
        const nextSpace = j < n && isSpaceCode(raw.charCodeAt(j));
        // "* Công đoàn cơ sở…" at the start of a paragraph is a bullet; other asterisks are emphasis.
        if (j - i === 1 && atStart && nextSpace) this.push("*", base + i, 1);
        i = j;
      } else {
        // A base character and its combining marks, composed.
        let j = i + 1;
        while (j < n && isCombining(raw.charCodeAt(j))) j++;
        this.push(raw.slice(i, j).normalize("NFC"), base + i, j - i);
        i = j;
      }
    }
  }

  /** Appends characters that stand for a piece of the original (an HTML entity): `text` for `length` original units. */
  feedReplaced(text: string, base: number, length: number): void {
    if (text.length === 1 && isSpaceCode(text.charCodeAt(0))) {
      if (this.pendingSpace < 0) this.pendingSpace = base;
      this.pendingSpaceEnd = base + length;
      return;
    }
    if (text.length === 1 && isInvisible(text.charCodeAt(0))) return;
    this.push(text, base, length, true);
  }

  /** A break between words (a tag, a line end): a space unless the text already ends in one. */
  space(at: number): void {
    if (this.pendingSpace < 0) {
      this.pendingSpace = at;
      this.pendingSpaceEnd = at;
    }
  }

  /** Whether nothing but spaces has been fed. */
  get empty(): boolean {
    return this.text === "";
  }

  private push(piece: string, origin: number, originLength: number, replaced = false): void {
    if (this.pendingSpace >= 0) {
      if (this.text !== "") this.append(" ", this.pendingSpace, Math.max(0, this.pendingSpaceEnd - this.pendingSpace), true);
      this.pendingSpace = -1;
    }
    this.append(piece, origin, originLength, replaced || piece.length !== originLength);
  }

  private append(piece: string, origin: number, originLength: number, replaced: boolean): void {
    const segs = this.segs;
    const k = segs.length - 4;
    if (!replaced && k >= 0 && segs[k + 2] === segs[k + 3] && segs[k]! + segs[k + 2]! === this.text.length && segs[k + 1]! + segs[k + 3]! === origin) {
      segs[k + 2]! += piece.length;
      segs[k + 3]! += piece.length;
    } else {
      segs.push(this.text.length, origin, piece.length, replaced ? originLength : piece.length);
    }
    this.text += piece;
  }

  /** The span built so far (spaces at the ends dropped). */
  build(): Span {
    return new Span(this.text, this.segs.slice());
  }
}

/** The prepared span of one piece of original text. @internal */
export function spanOf(raw: string, base: number, stripEmphasis = true): Span {
  const builder = new SpanBuilder();
  builder.feed(raw, base, stripEmphasis);
  return builder.build();
}
