/**
 * Quotas from frequency sentences: "tối thiểu 02 bài/tuần đối với nhật báo, tuần báo, bản tin; 03 bài/số
 * đối với tạp chí", "Đối với Cổng thông tin CĐVN …: tối thiểu 02 bài/tuần", "… thực hiện 01 chương
 * trình/tháng", "cộng tác ít nhất 1 tin, bài, ảnh/tuần (đối với LĐLĐ cấp huyện, CĐ ngành)".
 *
 * @internal
 */
import type { OutletKind, UnitKind } from "../../model/units.js";
import type { ItemKind, QuotaPeriod } from "../../model/vocabulary.js";
import type { Context } from "./context.js";
import type { QuotaDraft } from "./draft.js";
import { fold } from "./fold.js";
import { outletKindNoun, senseOf } from "./lexicon.js";
import { splitUnitList } from "./mentions.js";
import type { Registry } from "./registry.js";
import type { Span } from "./span.js";

const ITEM = "(?:tin,\\s*bài,\\s*ảnh|tin,\\s*bài|tin bài|bài viết|bài đăng|bài|tin|chương trình|clip|video|ảnh|phóng sự|infographic|sản phẩm|lượt)";
const RATE = new RegExp(
  `(?:(tối thiểu|ít nhất|không dưới|không ít hơn)\\s*(?:phải\\s+)?(?:đảm bảo\\s*:?\\s*)?)?(\\d{1,4})\\s+(${ITEM}(?:\\s*,\\s*(?:tin|bài|ảnh|phóng sự|video|clip))*)\\s*\\/\\s*(tuần|tháng|ngày|quý|số|năm|kỳ)(?![\\p{L}])`,
  "giu",
);
/** A sentence that looks like a quota: a count of items per period. */
const LOOKS_LIKE = /\d+\s*[\p{L}, ]{1,30}\/\s*(?:tuần|tháng|ngày|quý|số|năm|kỳ)(?![\p{L}\p{N}])/iu;

const PERIODS: Readonly<Record<string, QuotaPeriod>> = { tuần: "week", tháng: "month", ngày: "day", quý: "quarter", số: "issue", kỳ: "issue", năm: "year" };

function itemKinds(words: string): ItemKind[] {
  const out: ItemKind[] = [];
  for (const w of words.toLowerCase().split(/\s*,\s*/u)) {
    const kind: ItemKind | undefined =
      w === "tin bài" ? "news" : /^bài đăng$/u.test(w) ? "post" : /^bài/u.test(w) ? "article" : w === "tin" ? "news" : w === "chương trình" ? "programme" : w === "clip" ? "clip" : w === "video" ? "video" : w === "ảnh" ? "photo" : w === "phóng sự" ? "reportage" : w === "infographic" ? "infographic" : undefined;
    if (kind !== undefined && !out.includes(kind)) out.push(kind);
    if (w === "tin bài" && !out.includes("article")) out.push("article");
  }
  return out;
}

/** What a "đối với X" phrase names: kinds of outlet, or units that owe the quota. */
function targetsOf(reg: Registry, span: Span): { outletKinds: OutletKind[]; outletIds: string[]; owedBy?: QuotaDraft["owedBy"] } {
  const kinds: OutletKind[] = [];
  // A list of kinds of outlet: "nhật báo, tuần báo, bản tin".
  const nouns = span.text.split(/\s*,\s*|\s+và\s+/u).map((n) => outletKindNoun(fold(n)));
  if (nouns.length > 0 && nouns.every((n) => n !== undefined)) {
    for (const n of nouns) if (!kinds.includes(n!)) kinds.push(n!);
    return { outletKinds: kinds, outletIds: [] };
  }
  const owers: string[] = [];
  const owerKinds: UnitKind[] = [];
  const list = splitUnitList(span);
  let outletSeen = false;
  for (const m of list.mentions) {
    const noun = outletKindNoun(fold(m.name));
    if (noun !== undefined) {
      if (!kinds.includes(noun)) kinds.push(noun);
      outletSeen = true;
      continue;
    }
    // After an outlet, units name its owners: "trang thông tin điện tử các LĐLĐ tỉnh, TP, CĐ ngành Trung ương"
    // are the federations' and sector unions' websites; the websites owe the quota, not their owners.
    if (outletSeen) continue;
    const sense = senseOf(m.name.replace(/\s+có từ.*$/u, ""), reg.issuerKey);
    if (sense !== undefined && (sense.group || sense.kind === "grassroots-union")) {
      if (!owerKinds.includes(sense.kind)) owerKinds.push(sense.kind);
    } else if (sense !== undefined) owers.push(...reg.resolve(m));
  }
  if (owerKinds.length === 0 && owers.length === 0) return { outletKinds: kinds, outletIds: [] };
  const members = /có từ\s+(\d{1,6})\s+(?:ĐV|đoàn viên)\s+trở lên/iu.exec(span.text);
  return {
    outletKinds: kinds,
    outletIds: [],
    owedBy: { unitIds: owers, unitKinds: owerKinds, ...(members === null ? {} : { minMemberCount: Number(members[1]) }), text: span.text },
  };
}

/**
 * The quotas a sentence sets. `outletIds` are the units the sentence's subject names (the outlets owe the
 * quota); `publishedOn` the outlets where contributed items appear.
 *
 * @internal
 */
export function readQuotas(ctx: Context, reg: Registry, span: Span, subjectIds: readonly string[], path: readonly (string | number)[]): QuotaDraft[] {
  const text = span.text;
  const matches = [...text.matchAll(RATE)];
  if (matches.length === 0) {
    if (LOOKS_LIKE.test(text)) ctx.find("quota_not_read", span, { text }, path);
    return [];
  }
  const online = /(?:song song|đồng thời)[^.;]{0,60}(?:bản điện tử|báo điện tử|phiên bản điện tử)/iu.test(text);
  // "Đối với X: … 02 bài/tuần": X is what the quota applies to, unless a "đối với" follows the rate.
  const leading = /^(?:\+\s*)?Đối với\s+([^:]{2,200}):/u.exec(text);
  const out: QuotaDraft[] = [];
  matches.forEach((m, k) => {
    const at = m.index!;
    const end = at + m[0].length;
    const next = k + 1 < matches.length ? matches[k + 1]!.index! : text.length;
    const tail = text.slice(end, next);
    const forMatch = /^\s*\(?\s*(?:đối với|cho)\s+([^;()]+?)\s*(?:\)|;|$)/u.exec(tail);
    const quota: QuotaDraft = {
      id: "",
      description: text,
      min: Number(m[2]),
      per: PERIODS[m[4]!.toLowerCase()] ?? "week",
      itemKinds: itemKinds(m[3]!),
      outletIds: [],
      outletKinds: [],
      requireOnlineCopy: online,
    };
    if (forMatch !== null) {
      const from = end + tail.indexOf(forMatch[1]!);
      const targets = targetsOf(reg, span.slice(from, from + forMatch[1]!.length));
      quota.outletKinds = targets.outletKinds;
      if (targets.owedBy !== undefined) quota.owedBy = targets.owedBy;
    } else if (leading !== null) {
      const targets = targetsOf(reg, span.slice(text.indexOf(leading[1]!), text.indexOf(leading[1]!) + leading[1]!.length));
      quota.outletKinds = targets.outletKinds;
      if (targets.owedBy !== undefined) quota.owedBy = targets.owedBy;
    } else if (subjectIds.length > 0) quota.outletIds = [...subjectIds];
    // Items contributed to an outlet: "… để đăng tải trên CTTĐT LĐLĐ tỉnh".
    if (quota.owedBy !== undefined) {
      const on = /(?:đăng tải|đăng|gửi về|cộng tác với)\s+(?:trên\s+)?((?:Cổng|CTTĐT|Trang|Báo|Bản tin)[^(;.]{0,80})/u.exec(text.slice(end));
      if (on !== null) {
        const from = end + text.slice(end).indexOf(on[1]!);
        quota.outletIds = reg.resolveList(span.slice(from, from + on[1]!.trim().length), path);
      }
    }
    out.push(quota);
  });
  return out;
}

/** Whether a text has a frequency in it. @internal */
export function hasRate(text: string): boolean {
  RATE.lastIndex = 0;
  const found = RATE.test(text);
  RATE.lastIndex = 0;
  return found;
}
