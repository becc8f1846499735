/**
 * Part V (trách nhiệm, tổ chức thực hiện): the duties of each unit or group of units; reporting sentences
 * wherever they are ("Hàng tháng các LĐLĐ tỉnh… báo cáo về Tổng Liên đoàn (qua Ban Tuyên giáo TLĐ)", "gửi
 * báo cáo về Tổng Liên đoàn vào tháng 4/2018", "được sơ kết vào dịp Tháng Công nhân năm 2018"); the closing
 * paragraphs; the recipients (Nơi nhận); the signature blocks.
 *
 * @internal
 */
import type { Context } from "./context.js";
import type { Draft, ReportingDraft, SignatoryDraft } from "./draft.js";
import { isAllCaps, sentenceCase } from "./fold.js";
import { senseOf } from "./lexicon.js";
import { leadingUnits, splitUnitList } from "./mentions.js";
import { descendants, isBullet, readMarker, type OutlineNode } from "./outline.js";
import type { Registry } from "./registry.js";
import type { Span } from "./span.js";
import { own } from "../../_lib/own.js";

/** The words that open a heading about work (activities, programmes, tasks), never a unit's name. */
const NOT_A_UNIT = /^(?:(?:các|những)\s+)?(?:hoạt động|công tác|nội dung|chương trình|kế hoạch|phong trào|nhiệm vụ|giải pháp|biện pháp)(?![\p{L}\p{N}])/iu;

/** Reads part V. @internal */
export function readResponsibilities(ctx: Context, reg: Registry, node: OutlineNode, draft: Draft): void {
  for (const child of node.children) {
    const index = draft.responsibilities.length;
    const path = ["responsibilities", index];
    const title = child.title.text;
    const request = /^Đề nghị(?![\p{L}\p{N}])/u.test(title);
    const names = child.title.slice(request ? "Đề nghị".length : 0).trim();
    // "1. Các hoạt động chăm lo Tết cấp Tổng Liên đoàn", quoted under part V by an article: work, not a unit.
    if (NOT_A_UNIT.test(names.text)) {
      ctx.find("heading_not_a_unit", child.span, { text: title }, path);
      continue;
    }
    const unitIds = reg.resolveList(names, [...path, "unitIds"]);
    const duties: { id: string; text: string; activityIds: string[] }[] = [];
    const respId = ctx.ids.make(`resp-${child.marker?.label ?? index + 1}`);
    const addDuty = (span: Span, text: string) => {
      duties.push({ id: `${respId}-duty-${duties.length + 1}`, text, activityIds: [] });
      ctx.place([...path, "duties", duties.length - 1], span);
      readReporting(ctx, reg, span, draft, unitIds);
    };
    for (const b of child.body) addDuty(b, b.text);
    for (const d of descendants(child)) addDuty(d.span, d.title.text);
    if (unitIds.length === 0) {
      ctx.find("unit_not_recognised", child.title, { text: title }, [...path, "unitIds"]);
      continue;
    }
    draft.responsibilities.push({
      id: respId,
      ...(child.marker === undefined || isBullet(child.marker) ? {} : { label: child.marker.label }),
      title,
      ...(request ? { mode: "request" as const } : {}),
      unitIds,
      duties,
    });
    ctx.place(path, child.span);
  }
  // Paragraphs of the part itself (no heading of their own): reporting sentences, if any.
  for (const b of node.body) readReporting(ctx, reg, b, draft, []);
}

/** The sentences of a span, with their offsets. */
function sentences(span: Span): Span[] {
  const out: Span[] = [];
  const text = span.text;
  let from = 0;
  const re = /[.!?](?=\s+[\p{Lu}“"(])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(span.slice(from, m.index + 1).trim());
    from = m.index + 1;
  }
  out.push(span.slice(from).trim());
  return out.filter((s) => s.text !== "");
}

/** Reads the reporting duties a paragraph sets; `defaultUnits` report where a sentence names none. @internal */
export function readReporting(ctx: Context, reg: Registry, span: Span, draft: Draft, defaultUnits: readonly string[]): void {
  let previousUnits: string[] = [];
  for (const sentence of sentences(span)) {
    const text = sentence.text;
    const reports = /báo cáo/iu.test(text);
    const reviews = /(?<![\p{L}\p{N}])(?:sơ kết|tổng kết)(?![\p{L}\p{N}])/iu.test(text);
    if (!reports && !reviews) continue;
    const times = ctx.times(sentence);
    const recurring = times.find((t) => t.expression.kind === "recurring");
    const dated = times.find((t) => t.expression.kind === "window" || t.expression.kind === "deadline");
    const recipientMatch = /(?:báo cáo|gửi(?: báo cáo)?)\s+(?:kết quả\s+)?về\s+(.+?)(?=\s*\(|\s+(?:vào|trước|chậm nhất|trong|định kỳ|hàng|hằng|để|theo)\s|[,;.]|$)/u.exec(text);
    if (recurring === undefined && dated === undefined && recipientMatch === null) continue;
    const kind: ReportingDraft["kind"] = recurring !== undefined && reports ? "periodic-report" : reviews && !/gửi báo cáo|báo cáo (?:kết quả )?về/iu.test(text) ? "review" : "report";
    if (kind === "review" && dated === undefined) continue;
    const index = draft.reporting.length;
    const path = ["reporting", index];
    const duty: ReportingDraft = { id: ctx.ids.make(`report-${kind === "periodic-report" ? (recurring!.expression.kind === "recurring" ? recurring!.expression.every : "periodic") : kind}`), kind, description: text, reportingUnitIds: [] };
    // Who reports: the sentence's subject, after a leading time ("Hàng tháng các LĐLĐ tỉnh…").
    let body = sentence;
    const first = times[0];
    if (first !== undefined && first.index <= 2) body = sentence.slice(first.index + first.length).trim();
    const lead = kind === "review" ? undefined : leadingUnits(body);
    let units: string[] = [];
    if (lead !== undefined) {
      const subject = body.slice(0, lead.rest - 1);
      units = splitUnitList(subject).mentions.some((m) => senseOf(m.name, reg.issuerKey) !== undefined) ? reg.resolveList(subject, [...path, "reportingUnitIds"]) : [];
    }
    if (units.length === 0 && kind !== "review") {
      if (previousUnits.length > 0) {
        units = [...previousUnits];
        ctx.find("subject_inherited", sentence, { text }, [...path, "reportingUnitIds"]);
      } else units = [...defaultUnits];
    }
    duty.reportingUnitIds = units;
    if (units.length > 0) previousUnits = units;
    if (recipientMatch !== null && kind !== "review") {
      const from = recipientMatch.index + recipientMatch[0].length - recipientMatch[1]!.length;
      const piece = sentence.slice(from, from + recipientMatch[1]!.length).trim();
      const mention = splitUnitList(piece).mentions[0];
      if (mention !== undefined && senseOf(mention.name, reg.issuerKey) !== undefined) {
        const id = reg.resolve(mention, [...path, "recipientUnitId"])[0];
        if (id !== undefined) duty.recipientUnitId = id;
      }
    }
    const via = /\(\s*qua\s+([^)]+)\)/u.exec(text);
    if (via !== null && kind !== "review") {
      const from = via.index + via[0].indexOf(via[1]!);
      const id = reg.resolveList(sentence.slice(from, from + via[1]!.length), [...path, "viaUnitId"])[0];
      if (id !== undefined) duty.viaUnitId = id;
    }
    const phaseMatch = /giai đoạn\s+(\d{1,2}|[IVX]{1,4})\b/iu.exec(text);
    const phase = phaseMatch === null ? (draft.phases.length === 1 && kind === "periodic-report" ? draft.phases[0] : undefined) : draft.phases.find((p) => p.name.toLowerCase() === `giai đoạn ${phaseMatch[1]!.toLowerCase()}`);
    if (kind === "periodic-report" && recurring !== undefined && recurring.expression.kind === "recurring") {
      const e = recurring.expression;
      if (e.every !== "day") duty.every = e.every;
      if (e.due !== undefined) duty.due = { day: e.due.day, ...(e.due.month === undefined ? {} : { month: e.due.month }) };
      const window = phase?.window ?? (draft.window?.end === undefined ? undefined : { start: draft.window.start, end: draft.window.end });
      if (window !== undefined) duty.window = { ...window };
    } else if (dated !== undefined) {
      const e = dated.expression;
      if (e.kind === "window") duty.window = { ...e.window };
      else if (e.kind === "deadline") {
        duty.dueOn = e.due;
        duty.dueText = dated.span.text;
      }
      if (e.kind === "window") duty.windowText = dated.span.text;
    }
    if (phase !== undefined) duty.phaseId = phase.id;
    draft.reporting.push(duty);
    ctx.place(path, sentence);
  }
}

/** Reads the closing paragraphs (and the reporting duties they set). @internal */
export function readClosing(ctx: Context, reg: Registry, spans: readonly Span[], draft: Draft): void {
  for (const span of spans) {
    ctx.place(["closing", draft.closing.length], span);
    draft.closing.push(span.text);
    readReporting(ctx, reg, span, draft, []);
  }
}

/** Reads "Nơi nhận": each entry with its units; "Lưu: VT, BTG" is the archive line. @internal */
export function readRecipients(ctx: Context, reg: Registry, spans: readonly Span[], draft: Draft): void {
  for (const span of spans) {
    let entry = span;
    const heading = /^Nơi nhận\s*:?\s*/iu.exec(entry.text);
    if (heading !== null) {
      ctx.place(["recipients"], entry.slice(0, heading[0].length));
      entry = entry.slice(heading[0].length).trim();
      if (entry.text === "") continue;
    }
    const marker = readMarker(entry.text);
    if (marker !== undefined && isBullet(marker)) entry = entry.slice(marker.end).trim();
    const text = entry.text;
    const archive = /^Lưu\s*:?\s*(.*)$/iu.exec(text);
    if (archive !== null) {
      const parts = archive[1]!.replace(/[.;]+$/u, "").split(/\s*,\s*/u).filter((p) => p !== "");
      draft.archive = { text: text.replace(/[.;]+$/u, "") || text, parts };
      ctx.place(["archive"], span);
      continue;
    }
    const index = draft.recipients.length;
    const names = entry.slice(0, text.replace(/\s*\([^)]*\)\s*[;.]?$/u, "").replace(/[;.]+$/u, "").length);
    const grouped = /^(Sở|Bộ|Ban|Các Sở|Các Ban)\s*:\s*(.+)$/u.exec(names.text);
    // "Sở: NN&MT, TC, VH,TT&DL": parts after a comma and a space ("VH,TT&DL" is one).
    const parts = grouped === null ? [] : grouped[2]!.split(/,\s+/u).filter((p) => p !== "");
    let unitIds: string[] = [];
    if (grouped !== null) {
      for (const part of parts) {
        const name = `${grouped[1]!.replace(/^Các\s+/u, "")} ${part}`;
        if (senseOf(name) !== undefined) unitIds.push(...reg.resolve({ span: names, name }, ["recipients", index, "unitIds"]));
      }
    } else if (splitUnitList(names).mentions.some((m) => senseOf(m.name, reg.issuerKey) !== undefined)) {
      unitIds = reg.resolveList(names, ["recipients", index, "unitIds"]);
    }
    draft.recipients.push({ id: ctx.ids.make(`recipient-${index + 1}`), text, unitIds, parts });
    ctx.place(["recipients", index], span);
  }
}

/** The bodies that sign "TM." as documents write them in lowercase. */
const BODIES: Readonly<Record<string, string>> = {
  "ĐOÀN CHỦ TỊCH": "Đoàn Chủ tịch",
  "BAN THƯỜNG VỤ": "Ban Thường vụ",
  "BAN CHẤP HÀNH": "Ban Chấp hành",
  "ỦY BAN NHÂN DÂN": "Ủy ban nhân dân",
  "UỶ BAN NHÂN DÂN": "Ủy ban nhân dân",
  "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG": "Ban Thường vụ Liên đoàn Lao động",
};

const AUTHORITY = /^(TM|KT|Q|TL|TUQ|T\/M)\.\s*(.+)$/u;
const PERSON = /^(?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u;

/** Reads the signature blocks: authority lines, the position, the name. @internal */
export function readSignature(ctx: Context, reg: Registry, spans: readonly Span[], draft: Draft): void {
  let current: SignatoryDraft | undefined;
  const blocks: SignatoryDraft[] = [];
  const start = () => {
    current = { authority: [] };
    blocks.push(current);
    return current;
  };
  for (const span of spans) {
    const text = span.text.replace(/^\*+|\*+$/gu, "").trim();
    const authority = AUTHORITY.exec(text);
    const index = blocks.length;
    if (authority !== null) {
      const block = current === undefined || current.name !== undefined || (current.title !== undefined && current.authority.length > 0) ? start() : current;
      const mode = (authority[1] === "T/M" ? "TM" : authority[1]) as "TM";
      block.authority.push({ mode, title: authority[2]!.trim() });
      ctx.place(index === 0 || blocks[0] === block ? ["signatory", "authority", block.authority.length - 1] : ["coSignatories", blocks.indexOf(block) - 1, "authority"], span);
      continue;
    }
    if (isAllCaps(text) && text.length <= 60) {
      const block = current === undefined || current.name !== undefined ? start() : current;
      block.title = text;
      ctx.place(blocks[0] === block ? ["signatory", "title"] : ["coSignatories", blocks.indexOf(block) - 1, "title"], span);
      continue;
    }
    if (PERSON.test(text) && current !== undefined && current.name === undefined) {
      current.name = text;
      ctx.place(blocks[0] === current ? ["signatory", "name"] : ["coSignatories", blocks.indexOf(current) - 1, "name"], span);
      continue;
    }
  }
  const issuer = draft.header.issuerId;
  for (const block of blocks) {
    if (block.authority.length === 1) block.capacity = `${block.authority[0]!.mode}. ${block.authority[0]!.title}`;
    // "TM. ĐOÀN CHỦ TỊCH": on behalf of the issuer's presidium; "TM. ỦY BAN NHÂN DÂN": of the issuer itself.
    const body = block.authority.find((a) => a.mode === "TM")?.title;
    if (body !== undefined) {
      const name = own(BODIES, body) ?? sentenceCase(body);
      const sense = senseOf(name, reg.issuerKey);
      const issuerUnit = reg.units.find((u) => u.id === issuer);
      if (sense !== undefined && issuerUnit !== undefined && (sense.kind === issuerUnit.kind || sense.key === issuerUnit.key)) block.unitId = issuerUnit.id;
      else if (sense !== undefined) {
        const id = reg.resolve({ span: spans[0]!, name }, ["signatory", "unitId"])[0];
        if (id !== undefined) block.unitId = id;
      }
    } else if (issuer !== undefined) block.unitId = issuer;
  }
  const [first, ...rest] = blocks;
  if (first !== undefined) draft.signatory = first;
  draft.coSignatories.push(...rest);
}
