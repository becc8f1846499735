/**
 * Funding (part IV, kinh phí): each provision with the sources it names: the units' regular budgets
 * ("kinh phí thường xuyên"), the union's own money ("tài chính công đoàn"), the state budget of the centre
 * or of the province ("ngân sách Trung ương", "ngân sách thành phố"), mobilised money ("xã hội hóa", "nguồn
 * huy động"), partners ("các đối tác"), other lawful sources; a provision that names none, in a plan with a
 * budget appendix, is what the appendix estimates (the issuer's own budget).
 *
 * @internal
 */
import type { UnitLevel } from "../../model/units.js";
import type { FundingKind } from "../../model/vocabulary.js";
import type { Context } from "./context.js";
import type { Draft, FundingSourceDraft } from "./draft.js";
import { senseOf } from "./lexicon.js";
import { leadingUnits, splitUnitList } from "./mentions.js";
import { isBullet, type OutlineNode } from "./outline.js";
import type { Registry } from "./registry.js";
import type { Span } from "./span.js";

interface SourceWord {
  readonly pattern: RegExp;
  readonly kind: FundingKind;
  readonly level?: UnitLevel;
}

const SOURCE_WORDS: readonly SourceWord[] = [
  { pattern: /kinh phí thường xuyên|nguồn thu, chi thường xuyên|chi thường xuyên/iu, kind: "regular-budget" },
  { pattern: /tài chính công đoàn|kinh phí công đoàn|quỹ hoạt động|quỹ xã hội/iu, kind: "union-budget" },
  { pattern: /ngân sách (?:nhà nước )?trung ương/iu, kind: "state-budget", level: "central" },
  { pattern: /ngân sách (?:thành phố|tỉnh|địa phương)/iu, kind: "state-budget", level: "province" },
  { pattern: /ngân sách (?:huyện|quận|cấp huyện)/iu, kind: "state-budget", level: "district" },
  { pattern: /ngân sách (?:xã|phường|cấp xã)/iu, kind: "state-budget", level: "commune" },
  { pattern: /ngân sách nhà nước/iu, kind: "state-budget" },
  { pattern: /xã hội hóa|nguồn huy động|huy động, vận động|các nguồn huy động|nguồn vận động|nguồn tài trợ|nguồn lực xã hội/iu, kind: "socialisation" },
  { pattern: /đối tác|nhà tài trợ/iu, kind: "partner" },
  { pattern: /nguồn hợp pháp khác|nguồn khác/iu, kind: "other" },
];

/** The funding state: the sources, and the one the appendix spends (made on demand). @internal */
export class Funding {
  constructor(
    private readonly ctx: Context,
    private readonly reg: Registry,
    private readonly draft: Draft,
  ) {}

  /** A source of a kind (and level, and funders), made once. */
  source(kind: FundingKind, name: string, funders: readonly string[], level?: UnitLevel): FundingSourceDraft {
    const existing = this.draft.funding.sources.find((s) => s.kind === kind && s.level === level && (kind !== "regular-budget" || sameSet(s.funderUnitIds, funders) || funders.length === 0 || s.funderUnitIds.length === 0));
    if (existing !== undefined) {
      for (const f of funders) if (!existing.funderUnitIds.includes(f)) existing.funderUnitIds.push(f);
      return existing;
    }
    const source: FundingSourceDraft = { id: this.ctx.ids.make(kind), kind, ...(level === undefined ? {} : { level }), name, funderUnitIds: [...funders] };
    this.draft.funding.sources.push(source);
    return source;
  }

  /** The name of the plan's own budget: the words that name it (the appendix's title, part IV's heading). */
  appendixName = "";

  /** The plan's own budget, the one its appendix estimates: funded by the issuer. */
  appendixSource(): FundingSourceDraft {
    const issuer = this.draft.header.issuerId;
    return this.source("central-budget", this.appendixName, issuer === undefined ? [] : [issuer]);
  }

  /** Names the plan's own budget after the appendix's title, once it is read. */
  nameAppendixSource(title: string | undefined): void {
    const source = this.draft.funding.sources.find((s) => s.kind === "central-budget");
    if (source !== undefined && title !== undefined && title !== "") source.name = title;
  }

  /** Reads part IV. */
  readPart(node: OutlineNode, hasAppendix: boolean): void {
    if (this.appendixName === "") this.appendixName = node.title.text;
    const items: { span: Span; label: string | undefined; extra: Span[] }[] = [];
    for (const b of node.body) items.push({ span: b, label: undefined, extra: [] });
    for (const child of node.children) {
      const extra: Span[] = [...child.body];
      const walk = (n: OutlineNode) => n.children.forEach((c) => (extra.push(c.span), walk(c)));
      walk(child);
      items.push({ span: child.span, label: child.marker === undefined || isBullet(child.marker) ? undefined : child.marker.label, extra });
    }
    for (const item of items) {
      const marker = item.span.text.length - item.span.text.replace(/^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•*])\s*/u, "").length;
      const body = item.span.slice(marker).trim();
      const text = [body.text, ...item.extra.map((e) => e.text)].join(" ");
      const index = this.draft.funding.provisions.length;
      const ids = this.sourcesOf(body, text, hasAppendix, ["funding", "provisions", index]);
      this.draft.funding.provisions.push({
        id: this.ctx.ids.make(`funding-${item.label ?? index + 1}`),
        ...(item.label === undefined ? {} : { label: item.label }),
        text,
        ...(ids.length === 1 ? { sourceId: ids[0]! } : {}),
        sourceIds: ids.length > 1 ? ids : [],
      });
      this.ctx.place(["funding", "provisions", index], item.span);
      for (const e of item.extra) this.ctx.place(["funding", "provisions", index], e);
    }
  }

  /** The sources a provision names, in order. */
  private sourcesOf(span: Span, text: string, hasAppendix: boolean, path: readonly (string | number)[]): string[] {
    const found: { at: number; word: SourceWord; phrase: string }[] = [];
    for (const word of SOURCE_WORDS) {
      const m = word.pattern.exec(text);
      if (m === null) continue;
      // "ngân sách nhà nước" only when no more precise source said the same.
      if (word.kind === "state-budget" && word.level === undefined && found.some((f) => f.word.kind === "state-budget")) continue;
      found.push({ at: m.index, word, phrase: phraseAround(text, m.index, m[0].length) });
    }
    found.sort((a, b) => a.at - b.at);
    const subject = leadingUnits(span);
    const subjectIds = subject === undefined ? [] : this.reg.resolveList(span.slice(0, subject.rest - 1), path);
    const ids: string[] = [];
    for (const f of found) {
      let funders: string[] = [];
      if (f.word.kind === "regular-budget" || f.word.kind === "union-budget") funders = subjectIds;
      if (f.word.kind === "partner") funders = this.partners(span, path);
      const source = this.source(f.word.kind, f.phrase, funders, f.word.level);
      if (!ids.includes(source.id)) ids.push(source.id);
    }
    if (ids.length === 0 && hasAppendix) {
      ids.push(this.appendixSource().id);
      this.ctx.find("funding_source_assumed", span, { text: span.text }, [...path, "sourceId"]);
    }
    return ids;
  }

  /** The partner units a provision names. */
  private partners(span: Span, path: readonly (string | number)[]): string[] {
    const m = /(?:các\s+)?(?:đối tác|nhà tài trợ)[^,;.]*/iu.exec(span.text);
    if (m === null) return [];
    const piece = span.slice(m.index, m.index + m[0].length);
    const out: string[] = [];
    for (const mention of splitUnitList(piece).mentions) {
      if (senseOf(mention.name)?.kind !== "partner") continue;
      out.push(...this.reg.resolve(mention, path));
    }
    return out;
  }
}

/** A source's name: the words around its keyword, up to the clause's end. */
function phraseAround(text: string, at: number, length: number): string {
  const start = Math.max(text.lastIndexOf(",", at) + 1, text.lastIndexOf(";", at) + 1, text.lastIndexOf(" từ ", at) + 4, text.lastIndexOf("sử dụng", at) >= 0 ? text.lastIndexOf("sử dụng", at) + 8 : 0, 0);
  const rest = text.slice(at + length);
  const stop = /\s+(?:để|nhằm|theo|và các|và)\s|[,;.]|$/u.exec(rest);
  const phrase = text.slice(start, at + length + (stop === null ? rest.length : stop.index)).trim();
  const clean = phrase.replace(/^(?:nguồn\s+)?/u, "").trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
