/**
 * Text helpers of the reader: diacritics folded, case folded, words. Linear in their input.
 *
 * @internal
 */

const FOLD_MAP: Readonly<Record<string, string>> = { đ: "d", Đ: "d" };

/** A bounded memo: the lexicon asks about the same names many times in one text. @internal */
export function memo<T>(fn: (key: string) => T, size = 8192): (key: string) => T {
  let cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= size) cache = new Map();
    if (key.length <= 500) cache.set(key, value);
    return value;
  };
}

/** Lowercase ASCII without diacritics ("Đoàn Chủ tịch" → "doan chu tich"); other characters kept. @internal */
export const fold: (text: string) => string = /* @__PURE__ */ memo(foldText);

function foldText(text: string): string {
  let out = "";
  const decomposed = text.normalize("NFD");
  for (let i = 0; i < decomposed.length; i++) {
    const ch = decomposed[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += FOLD_MAP[ch] ?? ch;
  }
  return out.toLowerCase();
}

const aligned = new Map<string, string>();

/**
 * Like {@link fold}, but one UTF-16 unit for each unit of the text, so that an index into the folded text is
 * an index into the text. @internal
 */
export function foldAligned(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    let folded = aligned.get(ch);
    if (folded === undefined) {
      const base = ch === "đ" || ch === "Đ" ? "d" : ch.normalize("NFD").charAt(0).toLowerCase();
      folded = base.length === 1 ? base : ch;
      if (aligned.size < 4096) aligned.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** The words of a folded text: runs of letters and digits. @internal */
export function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

/** Collapses white space and trims. @internal */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Straight quotes for curly ones, so that texts compare whatever quotes they were typed with. @internal */
export function plainQuotes(text: string): string {
  return text.replace(/[“”„‟«»]/g, '"').replace(/[‘’‚‛]/g, "'");
}

/**
 * A text as two texts compare: NFC, plain quotes, white space collapsed, lowercase, final punctuation and
 * spaces before punctuation dropped. @internal
 */
export function comparable(text: string): string {
  return squash(plainQuotes(text.normalize("NFC")))
    .toLowerCase()
    .replace(/\s+([.,;:!?)])/g, "$1")
    .replace(/[\s.,;:!?/…]+$/u, "");
}

/** ASCII kebab-case of a Vietnamese text, at most `max` characters, cut at a word ("Ban Tuyên giáo TLĐ" → "ban-tuyen-giao-tld"). @internal */
export function slug(text: string, max = 40): string {
  const parts = words(fold(text)).map((w) => w.replace(/[^a-z0-9]/g, "")).filter((w) => w !== "");
  let out = "";
  for (const part of parts) {
    const next = out === "" ? part : `${out}-${part}`;
    if (next.length > max) break;
    out = next;
  }
  if (out === "" && parts[0] !== undefined) out = parts[0].slice(0, max);
  return out === "" ? "x" : out;
}

/** Makes ids unique: the first use of a base is the base, the next `base-2`, `base-3`… @internal */
export class IdMaker {
  private readonly used = new Set<string>();
  /** For each base already made, the suffix to try next: every suffix below it is taken (linear, not quadratic, in the ids of one base). */
  private readonly next = new Map<string, number>();

  make(base: string): string {
    let id = base.replace(/^[^A-Za-z0-9]+/, "") || "x";
    if (id.length > 90) id = id.slice(0, 90).replace(/-+$/, "");
    if (!this.used.has(id)) {
      this.used.add(id);
      return id;
    }
    for (let n = this.next.get(id) ?? 2; ; n++) {
      const candidate = `${id}-${n}`;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        this.next.set(id, n + 1);
        return candidate;
      }
    }
  }

  reserve(id: string): void {
    this.used.add(id);
  }
}

/** The Dice coefficient of the word sets of two folded texts (1 when equal, 0 when nothing is shared). @internal */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Whether a text starts with an uppercase letter. @internal */
export function startsUpper(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a text has letters and none of them is lowercase ("KẾ HOẠCH", "TM. ĐOÀN CHỦ TỊCH"). @internal */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch === lower) return false;
    letters++;
  }
  return letters > 0;
}

/** Sentence case of an all-caps heading ("NỘI DUNG" → "Nội dung"). @internal */
export function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
