/**
 * Unit names in running text: a list of names ("Ban Tuyên giáo, Ban Tài chính, Ban CSKTXH và Thi đua khen
 * thưởng TLĐ, các LĐLĐ tỉnh, TP, CĐ ngành Trung ương...") split into one mention per unit, a collective name
 * with its members in parentheses ("Các cơ quan báo chí công đoàn (Báo Lao Động, Người Lao động…)"), an
 * owner shared by two outlets ("Bản tin, trang thông tin điện tử của LĐLĐ tỉnh…"), the subject of a sentence
 * ("Các LĐLĐ tỉnh, TP và Ban Tuyên giáo TLĐ làm việc với…"). Linear in the text.
 *
 * @internal
 */
import { foldAligned as fold } from "./fold.js";
import { startsWithHead } from "./lexicon.js";
import type { Span } from "./span.js";

/** A unit named in the text. @internal */
export interface Mention {
  /** Where the name is written. */
  readonly span: Span;
  /** The name to read (the written name, with an owner it shares with the next name). */
  readonly name: string;
  /** The members a collective name lists in parentheses. */
  readonly members?: readonly Mention[];
}

/** A list of mentions and whether it ended with "…" (more units than it names). @internal */
export interface MentionList {
  readonly mentions: readonly Mention[];
  readonly truncated: boolean;
}

const SEPARATOR = /,\s*|;\s*|\s+(?:và|hoặc)\s+/gu;
const OWNER = /\s(?:của|trực thuộc|thuộc)\s/u;
const BARE_OUTLET = /^(?:các\s+)?(?:bản tin|báo|tạp chí|trang thông tin(?: điện tử)?|cổng thông tin(?: điện tử)?|website|trang web)$/iu;

/** Splits a list of unit names. @internal */
export function splitUnitList(span: Span): MentionList {
  let text = span.text;
  let end = text.length;
  let truncated = false;
  while (end > 0 && /[\s.…;,:]/u.test(text.charAt(end - 1))) {
    if (text.charAt(end - 1) === "…" || text.slice(Math.max(0, end - 3), end) === "...") truncated = true;
    end--;
  }
  const body = span.slice(0, end);
  text = body.text;
  const mentions: Mention[] = [];
  // Top-level pieces, split at ";" outside parentheses.
  let depth = 0;
  let from = 0;
  const pieces: Span[] = [];
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (i === text.length || (ch === ";" && depth === 0)) {
      const piece = body.slice(from, i).trim();
      if (piece.text !== "") pieces.push(piece);
      from = i + 1;
    }
  }
  for (const piece of pieces) mentions.push(...splitPiece(piece));
  return { mentions, truncated };
}

/** One piece (no top-level ";"): names separated by ",", "và", "hoặc" where a new name starts. */
function splitPiece(piece: Span): Mention[] {
  const text = piece.text;
  // Parentheses: members of a collective name, or an abbreviation / note that is part of the name.
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  let ownerSeen = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (ch === " " && /^\s(?:của|trực thuộc|thuộc)\s/u.test(text.slice(i, i + 13))) ownerSeen = true;
    SEPARATOR.lastIndex = i;
    const sep = SEPARATOR.exec(text);
    if (sep === null || sep.index !== i) continue;
    const next = text.slice(i + sep[0].length);
    const current = text.slice(start, i);
    const foldedNext = fold(next);
    // "phát thanh, truyền hình": one name.
    if (/phát thanh$/iu.test(current) && /^truyền hình/iu.test(next)) continue;
    // "Báo và Phát thanh, Truyền hình Cần Thơ": one outlet.
    if (/^báo$/iu.test(current.trim()) && /và/u.test(sep[0])) continue;
    if (!startsWithHead(foldedNext)) continue;
    // After "của X", the names are X's (the owners), unless a new plural name starts ("…, các LĐLĐ tỉnh").
    if (ownerSeen && !/^(?:cac|nhung)\s/.test(foldedNext)) continue;
    parts.push({ start, end: i });
    start = i + sep[0].length;
    ownerSeen = false;
    i = start - 1;
  }
  parts.push({ start, end: text.length });
  const out: Mention[] = [];
  for (const part of parts) {
    const span = piece.slice(part.start, part.end).trim();
    if (span.text === "") continue;
    out.push(withMembers(span));
  }
  // An owner shared: "Bản tin, trang thông tin điện tử của X": the bare outlet takes "của X" too.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const owner = /\s(?:của|trực thuộc)\s.+$/u.exec(b.name);
    if (BARE_OUTLET.test(a.name) && owner !== null && !OWNER.test(` ${a.name} `)) out[k] = { ...a, name: `${a.name}${owner[0]}` };
  }
  return out;
}

/** A mention, with the members of a collective name read from its parentheses. */
function withMembers(span: Span): Mention {
  const text = span.text;
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  if (open > 0 && close > open) {
    const inner = span.slice(open + 1, close).trim();
    const items = inner.text.split(/\s*,\s*/u).filter((s) => s !== "");
    const head = span.slice(0, open).trim();
    const capitalised = items.filter((s) => /^\p{Lu}/u.test(s)).length;
    if (items.length >= 2 && capitalised === items.length) {
      const members: Mention[] = [];
      let at = 0;
      for (const item of inner.text.split(",")) {
        const m = inner.slice(at, at + item.length).trim();
        at += item.length + 1;
        if (m.text !== "") members.push({ span: m, name: m.text });
      }
      return { span, name: head.text, members };
    }
    // "(LĐLĐVN)", "(website)": a note in the name, left out of it.
    const rest = `${head.text} ${text.slice(close + 1).trim()}`.trim();
    return { span, name: rest };
  }
  return { span, name: text };
}

/** Verbs that end the subject of a sentence: the names before them are who does it (matched with their accents). */
const VERBS = [
  "trình chiếu", "làm việc", "phối hợp", "thực hiện", "tổ chức", "có trách nhiệm", "đánh giá", "báo cáo", "chủ động", "tham gia",
  "gửi", "căn cứ", "xây dựng", "chủ trì", "tham mưu", "hướng dẫn", "chỉ đạo", "cung cấp", "đăng tải", "phát", "sản xuất",
  "triển khai", "cử", "tiếp tục", "đã", "sẽ", "đang", "được", "phải", "cần", "nắm", "theo dõi", "tổng hợp", "ban hành", "lựa chọn",
  "kết nối", "tuyên truyền", "vận động", "đảm bảo", "bảo đảm", "bố trí", "hỗ trợ", "giao", "yêu cầu", "đề nghị", "kiểm tra", "giám sát",
];

let verbPattern: RegExp | undefined;

/**
 * The units that a sentence starts with (its subject), and where the rest starts: "Các LĐLĐ tỉnh, TP và Ban
 * Tuyên giáo TLĐ làm việc với…" gives the two units and the index of "làm việc". Undefined when the sentence
 * does not start with a unit's name.
 *
 * @internal
 */
export function leadingUnits(span: Span): { list: MentionList; rest: number } | undefined {
  const folded = fold(span.text);
  if (!startsWithHead(folded)) return undefined;
  const lower = span.text.toLowerCase();
  verbPattern ??= new RegExp(`\\s(?:${VERBS.join("|")})(?=[\\s,.;:]|$)`, "gu");
  verbPattern.lastIndex = 0;
  let cut = -1;
  for (let m = verbPattern.exec(lower); m !== null; m = verbPattern.exec(lower)) {
    const before = lower.slice(0, m.index);
    // "Ban Tổ chức" is a name, not "Ban" doing something; "Đài Phát thanh" is a broadcaster.
    if (/\bban$/u.test(before) || /tiểu ban$/u.test(before)) continue;
    if (m[0].trim() === "phát" && /^\s*thanh/u.test(lower.slice(m.index + m[0].length))) continue;
    cut = m.index;
    break;
  }
  if (cut <= 0) return undefined;
  const subject = span.slice(0, cut).trim();
  return { list: splitUnitList(subject), rest: cut + 1 };
}
