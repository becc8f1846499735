/**
 * The header of a plan: issuer (the capitalised lines above the number), number ("Số: 82/KH-LĐLĐ"), place
 * and date ("Sơn La, ngày 28 tháng 03 năm 2019"), title and subject, legal bases ("Căn cứ…", "Thực hiện…",
 * and the documents the opening paragraphs cite), background paragraphs, the issuing sentence ("Tổng LĐLĐVN
 * ban hành Kế hoạch…").
 *
 * @internal
 */
import type { IsoDate } from "../../calendar/isoDate.js";
import { documentTypeName } from "../../model/documentTypeName.js";
import { formatDocumentReference, safeParseDocumentReference, type DocumentReference } from "../../model/documentReference.js";
import type { Context } from "./context.js";
import { foldAligned, isAllCaps, slug } from "./fold.js";
import { senseOf } from "./lexicon.js";
import type { Registry } from "./registry.js";
import type { Span } from "./span.js";

/** A legal basis as read. @internal */
export interface LegalBasisDraft {
  id: string;
  kind: string;
  reference?: string;
  title?: string;
  issuer?: string;
  issuedOn?: IsoDate;
  summary?: string;
}

/** The header as read. @internal */
export interface HeaderDraft {
  title?: string;
  subject?: string;
  issuerId?: string;
  coIssuerIds?: string[];
  place?: string;
  documentType?: string;
  documentNumber?: string;
  issuerCode?: string;
  issuedOn?: IsoDate;
  issuedIn?: string;
  legalBases: LegalBasisDraft[];
  background: string[];
}

const MOTTO = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|^ĐOÀN TNCS HỒ CHÍ MINH$|^ĐẢNG CỘNG SẢN VIỆT NAM$/iu;
const NUMBER = /^Số\s*:?\s*(.*)$/u;
const PLACE_DATE = /^([\p{L}\p{N} .'-]{2,40}?),\s*ngày\b/u;
const TITLE = /^KẾ HOẠCH\b/u;
const BASIS_START = /^(?:Căn cứ|Thực hiện|Triển khai|Thực hiện theo)(?![\p{L}\p{N}])/u;
const LEAD_BASIS = /^(?:Theo đó,\s*)?[Cc]ăn cứ\s/u;
const ISSUING = /(?<![\p{L}\p{N}])(?:ban hành|xây dựng|triển khai)\s+(?:Kế hoạch|kế hoạch)(?![\p{L}\p{N}])/u;

/** Reads the header zone; the appendix's "(Ban hành kèm theo Kế hoạch số…/KH-TLĐ ngày…/7/2017)" helps. @internal */
export function readHeader(ctx: Context, reg: Registry, paras: readonly Span[], attachedTo: Span | undefined): HeaderDraft {
  const header: HeaderDraft = { legalBases: [], background: [] };
  const titleIndex = lastIndex(paras, (p) => TITLE.test(p.text));
  const issuerLines: Span[] = [];
  let subjectDone = titleIndex < 0;
  const subject: Span[] = [];
  const leadBases: Span[] = [];

  // Number and date first: they give the reference date for the rest.
  paras.forEach((para) => {
    const text = para.text;
    const number = NUMBER.exec(text);
    if (number !== null && text.length < 80) {
      readNumber(header, para.slice(text.length - number[1]!.length));
      ctx.place(["header", "documentType"], para);
      return;
    }
    if (PLACE_DATE.test(text) && text.length < 90) {
      const times = ctx.times(para).filter((t) => t.expression.kind === "window");
      const day = times.find((t) => t.expression.kind === "window" && t.expression.window.start === t.expression.window.end);
      if (day !== undefined && day.expression.kind === "window") {
        header.place = PLACE_DATE.exec(text)![1]!.trim();
        header.issuedOn = day.expression.window.start;
        ctx.place(["header", "issuedOn"], para);
      } else {
        const month = /ngày\s*[.…\s]*(?:tháng\s*(\d{1,2})\s*năm\s*(\d{4})|[.…]*\/\s*(\d{1,2})\s*\/\s*(\d{4}))/u.exec(text);
        if (month !== null) {
          header.place = PLACE_DATE.exec(text)![1]!.trim();
          header.issuedIn = `${month[2] ?? month[4]}-${String(Number(month[1] ?? month[3])).padStart(2, "0")}`;
          ctx.place(["header", "issuedIn"], para);
        }
      }
    }
  });
  if (attachedTo !== undefined) {
    const text = attachedTo.text;
    const ref = /Kế hoạch\s+số\s*[.…\s]*([^\s)]*?)\s*(?:ngày|\)|$)/u.exec(text);
    if (ref !== null && header.documentType === undefined) readNumber(header, attachedTo.slice(ref.index + ref[0].indexOf(ref[1]!), ref.index + ref[0].indexOf(ref[1]!) + ref[1]!.length));
    if (header.issuedOn === undefined && header.issuedIn === undefined) {
      const day = ctx.times(attachedTo).find((t) => t.expression.kind === "window" && t.expression.window.start === t.expression.window.end);
      if (day !== undefined && day.expression.kind === "window") header.issuedOn = day.expression.window.start;
      else {
        const month = /ngày\s*[.…\s]*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(text) ?? /ngày\s*[.…\s]*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u.exec(text);
        if (month !== null && Number(month[1]) >= 1 && Number(month[1]) <= 12) header.issuedIn = `${month[2]}-${String(Number(month[1])).padStart(2, "0")}`;
      }
    }
  }
  ctx.referenceDate = ctx.optionReferenceDate ?? header.issuedOn ?? (header.issuedIn === undefined ? undefined : `${header.issuedIn}-01`);

  paras.forEach((para, i) => {
    const text = para.text;
    if (MOTTO.test(text) || (NUMBER.test(text) && text.length < 80) || (PLACE_DATE.test(text) && text.length < 90 && (header.issuedOn !== undefined || header.issuedIn !== undefined))) return;
    if (titleIndex >= 0 && i < titleIndex) {
      // Above the title: the issuer's lines (capitals naming a unit); anything else is page furniture.
      if (isAllCaps(text) && text.length < 120 && senseOf(text) !== undefined) issuerLines.push(para);
      return;
    }
    if (i === titleIndex) {
      const caps = /^[\p{Lu}\s]+?(?=\s+\p{Lu}\p{Ll}|\s*$)/u.exec(text)?.[0] ?? "KẾ HOẠCH";
      header.title = caps.trim();
      ctx.place(["header", "title"], para.slice(0, caps.length));
      const rest = para.slice(caps.length).trim();
      if (rest.text !== "") subject.push(rest);
      return;
    }
    if (!subjectDone) {
      const stop = BASIS_START.test(text) || text.length > 200 || /:$/u.test(text) || subject.length >= 3 || (subject.length > 0 && ISSUING.test(text));
      if (!stop) {
        subject.push(para);
        return;
      }
      subjectDone = true;
    }
    // Without a title line, the paragraphs before part I are not the plan's own (a page, an article); those
    // that say what the plan is based on ("Theo đó, căn cứ Kế hoạch 22/KH-TLĐ …") are read if its lead is.
    if (titleIndex < 0) {
      if (LEAD_BASIS.test(text)) leadBases.push(para);
      return;
    }
    // "Căn cứ …": legal bases only; "Thực hiện …" (the plan carries out another): a legal basis and background.
    if (BASIS_START.test(text)) {
      const bases = readLegalBases(ctx, para, header.legalBases.length);
      for (const basis of bases) if (!header.legalBases.some((b) => b.reference !== undefined && b.reference === basis.reference)) header.legalBases.push(basis);
      if (bases.length > 0) {
        ctx.place(["header", "legalBases", header.legalBases.length - 1], para);
        if (/^Căn cứ/u.test(text)) return;
        const index = header.background.length;
        header.background.push(text);
        ctx.place(["header", "background", index], para);
        return;
      }
    }
    const index = header.background.length;
    header.background.push(text);
    ctx.place(["header", "background", index], para);
    if (!BASIS_START.test(text)) {
      for (const basis of readLegalBases(ctx, para, header.legalBases.length)) {
        if (!header.legalBases.some((b) => (b.reference ?? b.title) === (basis.reference ?? basis.title))) header.legalBases.push(basis);
      }
    }
  });
  if (subject.length > 0) {
    header.subject = subject.map((s) => s.text).join(" ");
    subject.forEach((s) => ctx.place(["header", "subject"], s));
  }

  // The issuer: the last capitalised unit line above the title (the one above it is its parent), else the
  // issuing sentence ("… Tổng LĐLĐVN ban hành Kế hoạch…").
  const issuerLine = issuerLines[issuerLines.length - 1];
  if (issuerLine !== undefined) {
    const id = reg.resolve({ span: issuerLine, name: caseName(issuerLine.text) })[0];
    if (id !== undefined) {
      header.issuerId = id;
      ctx.place(["header", "issuerId"], issuerLine);
      const parentLine = issuerLines[issuerLines.length - 2];
      if (parentLine !== undefined) {
        const parentId = reg.resolve({ span: parentLine, name: caseName(parentLine.text) })[0];
        const unit = reg.units.find((u) => u.id === id);
        if (parentId !== undefined && unit !== undefined && parentId !== id && unit.parentId === undefined) unit.parentId = parentId;
        ctx.place(["units"], parentLine);
      }
    }
  }
  if (header.issuerId === undefined) {
    for (const para of paras) {
      const m = ISSUING.exec(para.text);
      if (m === null) continue;
      const before = para.slice(0, m.index).trim();
      const clause = before.slice(before.text.lastIndexOf(",") + 1).trim();
      if (clause.text === "" || senseOf(clause.text) === undefined) continue;
      const id = reg.resolveList(clause)[0];
      if (id !== undefined) {
        header.issuerId = id;
        ctx.place(["header", "issuerId"], clause);
        if (titleIndex < 0 && readLead(ctx, header, before, para.slice(m.index + m[0].length))) {
          for (const basis of leadBases) {
            const bases = readLegalBases(ctx, basis, header.legalBases.length);
            for (const b of bases) if (!header.legalBases.some((x) => x.reference !== undefined && x.reference === b.reference)) header.legalBases.push(b);
            if (bases.length > 0) ctx.place(["header", "legalBases", header.legalBases.length - 1], basis);
          }
        }
        break;
      }
    }
  }
  if (header.issuerId !== undefined) {
    const unit = reg.units.find((u) => u.id === header.issuerId);
    if (unit !== undefined) reg.issuerKey = unit.key;
    // The body that the issuing sentence names ("Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng kế hoạch…"): a
    // unit of the plan, the issuer's own (its Ban Thường vụ, its Ban Chấp hành).
    for (const para of paras) {
      const m = ISSUING.exec(para.text);
      if (m === null || para.text.length > 300) continue;
      const before = para.slice(0, m.index).trim();
      const clause = before.slice(before.text.lastIndexOf(",") + 1).trim();
      if (clause.text === "" || clause.text.length > 120) continue;
      // Only the issuer's own bodies: "Liên đoàn Lao động tỉnh xây dựng…" is the issuer, not a second federation.
      const kind = senseOf(clause.text)?.kind;
      if (kind !== "presidium" && kind !== "executive-committee") break;
      const id = reg.resolveList(clause)[0];
      if (id !== undefined && id !== header.issuerId) {
        ctx.place(["units"], clause);
        // A Ban Thường vụ writing the issuer's plan is the issuer's (checked against the kinds the model allows).
        const body = reg.units.find((u) => u.id === id);
        if (body !== undefined && body.kind === "presidium" && body.parentId === undefined && !body.fromDirectory) body.parentId = header.issuerId;
      }
      break;
    }
  }
  return header;
}

/**
 * What the lead of an article says of the plan it reports, where the text has no title line of its own:
 * "Ngày 17/9/2025, Công đoàn Ngân hàng Việt Nam ban hành Kế hoạch 1472/KH-CĐNH năm 2025 về việc tổ chức Đại
 * hội VIII …": its date, number and subject, as the sentence gives them.
 */
function readLead(ctx: Context, header: HeaderDraft, before: Span, after: Span): boolean {
  const ref = /^\s*(?:số\s*)?(\d{1,5}\/[A-ZĐ]{1,10}-[\p{Lu}\p{N}&.-]{1,40})(?![\p{L}\p{N}])/u.exec(after.text);
  // A lead names the plan by its number; without one, the sentence may be about another plan.
  if (ref === null) return false;
  if (header.documentType === undefined) {
    const from = ref.index + ref[0].length - ref[1]!.length;
    readNumber(header, after.slice(from, from + ref[1]!.length));
    ctx.place(["header", "documentNumber"], after.slice(from, from + ref[1]!.length));
  }
  const about = /(?:^|\s)(?:về việc|về)\s+(.{5,300}?)[.;:]?$/u.exec(after.text);
  if (about !== null && header.subject === undefined) {
    const start = about.index + about[0].indexOf(about[1]!);
    const subject = after.slice(start, start + about[1]!.length);
    header.subject = subject.text;
    ctx.place(["header", "subject"], subject);
  }
  if (header.issuedOn === undefined && header.issuedIn === undefined) {
    const day = ctx.times(before).find((t) => t.expression.kind === "window" && t.expression.window.start === t.expression.window.end);
    if (day !== undefined && day.expression.kind === "window") {
      header.issuedOn = day.expression.window.start;
      ctx.place(["header", "issuedOn"], day.span);
      if (ctx.optionReferenceDate === undefined) ctx.referenceDate = header.issuedOn;
    }
  }
  return true;
}

function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

const PHRASES: readonly [RegExp, string][] = [
  [/^tổng liên đoàn lao động việt nam/u, "Tổng Liên đoàn Lao động Việt Nam"],
  [/^liên đoàn lao động/u, "Liên đoàn Lao động"],
  [/^ủy ban nhân dân|^uỷ ban nhân dân/u, "Ủy ban nhân dân"],
  [/^ban chấp hành/u, "Ban Chấp hành"],
  [/^ban thường vụ/u, "Ban Thường vụ"],
  [/^thành đoàn/u, "Thành Đoàn"],
  [/^tỉnh đoàn/u, "Tỉnh Đoàn"],
  [/^đoàn trường/u, "Đoàn trường"],
  [/^công đoàn/u, "Công đoàn"],
];
const PLACES = new Set(["tỉnh", "thành", "phố", "quận", "huyện", "thị", "xã", "phường", "trường", "ngành"]);
const VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/u;

/**
 * A name written in capitals, in the case the text would write it in a sentence: "LIÊN ĐOÀN LAO ĐỘNG TỈNH
 * SƠN LA" → "Liên đoàn Lao động tỉnh Sơn La". Abbreviations (words without a vowel: "TP.HCM", "THPT", "BCH")
 * keep their capitals; the words after a place noun are a proper name. @internal
 */
export function caseName(caps: string): string {
  if (!isAllCaps(caps)) return caps;
  const words = caps.split(/\s+/u);
  const out: string[] = [];
  let proper = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const rest = words.slice(i).join(" ").toLowerCase();
    const phrase = PHRASES.find(([re]) => re.test(rest));
    if (phrase !== undefined && !proper) {
      // A body's name; what follows names which one ("… tỉnh Sơn La", "Thành Đoàn Thái Nguyên").
      const n = phrase[1].split(" ").length;
      out.push(phrase[1]);
      i += n - 1;
      // "Ban Chấp hành", "Ban Thường vụ" are a body of another ("Ban Chấp hành Công đoàn …"): its name follows.
      proper = !/^Ban /u.test(phrase[1]);
      continue;
    }
    if (!VOWEL.test(lower) || /^(ubnd|ldld|tld|cđcs|cđ)$/u.test(lower)) out.push(word);
    else if (PLACES.has(lower) && out.length > 0) out.push(lower);
    else if (proper || out.length === 0) out.push(lower.charAt(0).toUpperCase() + lower.slice(1));
    else out.push(lower);
    if (PLACES.has(lower)) proper = true;
  }
  return out.join(" ").replace(/\bViệt nam\b/u, "Việt Nam");
}

/** Reads a plan's own number: "82/KH-LĐLĐ", "32/KH - LĐLĐ", "……../KH-TLĐ" (left blank). */
function readNumber(header: HeaderDraft, span: Span): void {
  const text = span.text.replace(/\s*-\s*/gu, "-").replace(/\s*\/\s*/gu, "/").trim();
  const parsed = safeParseDocumentReference(text.replace(/^[.…\s]+/u, ""));
  if (parsed.success && /^\d/u.test(text)) {
    const ref = parsed.data;
    header.documentNumber = ref.number;
    if (ref.type !== undefined) header.documentType = ref.type;
    if (ref.issuer !== undefined) header.issuerCode = ref.issuer;
    return;
  }
  const blank = /\/\s*([A-ZĐ]{1,10})-([\p{Lu}\p{N}][\p{Lu}\p{N}&.-]{0,38})/u.exec(text);
  if (blank !== null) {
    header.documentType = blank[1]!;
    header.issuerCode = blank[2]!.replace(/[.-]+$/u, "");
  }
}

const KINDS = /(Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết liên tịch|Nghị quyết|Nghị định|Hướng dẫn|Kế hoạch liên tịch|Kế hoạch|Chỉ thị|Công văn|văn bản|Văn bản|Kết luận|Thông báo|Luật|Đề án|Chương trình|Thông tri|Chương trình phối hợp|Quy chế|Điều lệ)\s+(?:số\s*)?$/u;
const REFERENCE = /(?<![\p{L}\p{N}/])(\d{1,5}[a-z]?(?:\/\d{4})?\/[A-ZĐ][A-ZĐ0-9]*(?:\/[A-ZĐ][A-ZĐ0-9]*)?(?:-[A-ZĐ][A-ZĐa-z0-9&]*)+|\d{1,5}[a-z]?-[A-ZĐ]{1,6}\/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*|\d{1,5}\/\d{4}\/QH\d{1,2})/gu;
const ISSUER_END = /\s+(?:về việc|về|hướng dẫn|quy định|sửa đổi|phê duyệt|ban hành|thực hiện|triển khai|xác định|tổ chức|đã|năm \d{4})(?![\p{L}\p{N}])|\s*[(;,.]|\s*$/iu;

/** The legal bases a paragraph cites: numbered documents, and an unnumbered resolution at its start. @internal */
export function readLegalBases(ctx: Context, para: Span, base: number): LegalBasisDraft[] {
  const text = para.text;
  const out: LegalBasisDraft[] = [];
  const matches = [...text.matchAll(REFERENCE)];
  // An unnumbered document at the start: "Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành … xác định …".
  const unnumbered = /^(Nghị quyết|Chỉ thị|Kết luận|Nghị định)\s+(?!số)(.{5,200}?)\s+(xác định|đề ra|chỉ rõ|nêu rõ|yêu cầu|quyết định|về việc)\s/u.exec(text);
  if (unnumbered !== null && (matches.length === 0 || matches[0]!.index! > unnumbered[0].length)) {
    const title = `${unnumbered[1]} ${unnumbered[2]}`.trim();
    const summaryStart = unnumbered[0].length - unnumbered[3]!.length - 1;
    const next = matches[0] === undefined ? text.length : nextClauseStart(text, matches[0].index!);
    const clauseEnd = clauseEndBefore(text, summaryStart, next);
    const issuer = /(Ban Chấp hành|Ban Thường vụ|Đoàn Chủ tịch|Hội đồng nhân dân|Ủy ban nhân dân|Quốc hội|Bộ Chính trị|Ban Bí thư|Chính phủ).*$/u.exec(unnumbered[2]!)?.[0];
    out.push({
      id: ctx.ids.make(slug(`${abbreviate(unnumbered[1]!)} ${unnumbered[2]}`, 30)),
      kind: unnumbered[1]!,
      title,
      ...(issuer === undefined ? {} : { issuer }),
      summary: trimSummary(text.slice(summaryStart, clauseEnd)),
    });
  }
  for (const [k, m] of matches.entries()) {
    const raw = m[1]!;
    const parsed = safeParseDocumentReference(raw);
    if (!parsed.success) {
      ctx.find("reference_not_read", para.slice(m.index!, m.index! + raw.length), { text: raw });
      continue;
    }
    const ref = parsed.data;
    const start = m.index!;
    const end = start + raw.length;
    const before = text.slice(0, start);
    const kindMatch = KINDS.exec(before);
    const typeName = ref.type === undefined ? undefined : documentTypeName(ref.type, { system: ref.system });
    const kind = kindMatch === null || /^(?:văn bản|Văn bản|Công văn)$/u.test(kindMatch[1]!) ? (typeName ?? kindMatch?.[1] ?? "Văn bản") : kindMatch[1]!;
    const basis: LegalBasisDraft = { id: ctx.ids.make(slug(`${abbreviate(kind)} ${ref.number}${ref.year === undefined ? "" : `-${ref.year}`}`, 30)), kind, reference: canonical(ref, raw) };
    // The clause of this reference: from the end of the previous one (or the sentence start) to the next.
    const previousEnd = k > 0 ? matches[k - 1]!.index! + matches[k - 1]![1]!.length : 0;
    const clauseStart = Math.max(previousEnd, sentenceStart(text, start));
    let cursor = end;
    // A date right after: "… ngày 09/3/2017", "…, ngày 30 tháng 6 năm 2022".
    const after = para.slice(end, Math.min(text.length, end + 60));
    const dateAfter = /^\s*,?\s*ngày\s/u.test(after.text) ? ctx.times(after).find((t) => t.expression.kind === "window" && t.expression.window.start === t.expression.window.end) : undefined;
    if (dateAfter !== undefined && dateAfter.expression.kind === "window") {
      basis.issuedOn = dateAfter.expression.window.start;
      cursor = end + after.text.indexOf(dateAfter.span.text) + dateAfter.span.text.length;
    } else {
      const clause = para.slice(clauseStart, start);
      const days = ctx.times(clause).filter((t) => t.expression.kind === "window" && t.expression.window.start === t.expression.window.end);
      const day = days[days.length - 1];
      if (day !== undefined && day.expression.kind === "window") basis.issuedOn = day.expression.window.start;
    }
    // The year as articles cite a document ("Kế hoạch 22/KH-TLĐ năm 2025 của …"): part of its name.
    const year = dateAfter === undefined ? /^\s+năm\s+\d{4}(?![\p{N}])/u.exec(text.slice(cursor)) : null;
    if (year !== null) cursor += year[0].length;
    // Who issued it: "… của Bộ trưởng Bộ Tài chính quy định …", or "Thủ tướng Chính phủ đã ký Quyết định số …".
    const rest = text.slice(cursor);
    const of = /^\s*,?\s*của\s+/u.exec(rest);
    if (of !== null) {
      const tail = rest.slice(of[0].length);
      const stop = ISSUER_END.exec(tail.slice(2));
      const issuer = tail.slice(0, stop === null ? tail.length : stop.index + 2).trim();
      if (issuer !== "" && issuer.length < 120) {
        basis.issuer = issuer;
        cursor += of[0].length + issuer.length;
      }
    } else {
      const subject = /(?:^|,\s*)([^,;]{3,80}?)\s+(?:đã\s+)?(?:ký|có|ban hành|đã ban hành)\s+(?:\p{L}+\s+){0,3}số\s*$/u.exec(text.slice(clauseStart, start));
      if (subject !== null) basis.issuer = subject[1]!.replace(/^(?:ngày\s+[^,]*,\s*)/u, "").trim();
    }
    // What it says: the rest of its clause.
    const clauseEnd = clauseEndBefore(text, cursor, k + 1 < matches.length && !insideParentheses(text, matches[k + 1]!.index!) ? nextClauseStart(text, matches[k + 1]!.index!) : text.length);
    const summary = trimSummary(text.slice(cursor, clauseEnd));
    if (summary !== "") basis.summary = summary;
    out.push(basis);
    void base;
  }
  return out;
}

/** The reference as the schema stores it: its canonical form. */
function canonical(ref: DocumentReference, raw: string): string {
  try {
    return formatDocumentReference(ref);
  } catch {
    return raw;
  }
}

/** "Quyết định" → "qd", for ids. */
function abbreviate(kind: string): string {
  return foldAligned(kind)
    .split(/\s+/u)
    .map((w) => w.charAt(0))
    .join("");
}

function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const m = /(?:[.;!?]\s+|^)(?=[^.;!?]*$)/u.exec(before);
  return m === null ? 0 : m.index + m[0].length;
}

/** Where the clause of the next reference starts: its date or subject before it ("… và ngày 09 tháng 3 năm 2017, Tổng Liên đoàn đã có văn bản số …"). */
function nextClauseStart(text: string, nextRef: number): number {
  const before = text.slice(0, nextRef);
  // A new clause: after ";" or a sentence's end, or "… và ngày 09 tháng 3 năm 2017, …" (a date starts it).
  let at = -1;
  for (const m of before.matchAll(/;\s*|\.\s+|\s+và\s+(?=ngày\s)|,\s+(?=ngày\s)/gu)) at = m.index;
  return at < 0 ? text.length : at;
}

function insideParentheses(text: string, at: number): boolean {
  const open = text.lastIndexOf("(", at);
  const close = text.lastIndexOf(")", at);
  return open > close;
}

/** The end of a clause that starts at `from`: ";", a sentence end, a closing parenthesis it did not open, or `limit`. */
function clauseEndBefore(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text.charAt(i);
    if (ch === "(") depth++;
    else if (ch === ")") {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (ch === ";" || (ch === "." && (i + 1 >= text.length || /\s/u.test(text.charAt(i + 1)))))) return i;
  }
  return limit;
}

function trimSummary(text: string): string {
  return text.replace(/^[\s,:]+/u, "").replace(/[\s,;.]+$/u, "").trim();
}
