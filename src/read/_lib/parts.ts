/**
 * The parts of a plan's body and the simple sections: purposes, requirements, objectives with their
 * indicators, audiences, scope, content themes, timing (phases or the plan's window), tasks, slogans. Parts
 * and sections are told by their headings ("I. MỤC ĐÍCH, YÊU CẦU", "2. Thời gian thực hiện"), whatever their
 * order; a list that starts again under a heading, where the numbering skips one, is the section whose
 * heading is missing.
 *
 * @internal
 */
import type { Context } from "./context.js";
import type { Draft, LabelledDraft } from "./draft.js";
import { fold } from "./fold.js";
import { descendants, isBullet, type OutlineNode } from "./outline.js";
import type { Span } from "./span.js";

/** The kinds of section. @internal */
export type SectionKind =
  | "purposes"
  | "requirements"
  | "audiences"
  | "objectives"
  | "scope"
  | "themes"
  | "timing"
  | "channels"
  | "funding"
  | "responsibilities"
  | "tasks"
  | "slogans"
  | "reporting";

const KEYWORDS: readonly [SectionKind, RegExp][] = [
  ["purposes", /\bmuc dich\b/],
  ["requirements", /\byeu cau\b/],
  ["objectives", /\bmuc tieu\b|\bchi tieu\b/],
  ["audiences", /\bdoi tuong\b/],
  ["scope", /\bpham vi\b/],
  ["themes", /\bnoi dung\b|\bchu de\b/],
  ["timing", /\bthoi gian\b|\bthoi diem\b/],
  ["channels", /\bhinh thuc\b|\bphuong thuc\b/],
  ["funding", /\bkinh phi\b|\bnguon luc\b|\btai chinh\b/],
  ["responsibilities", /\btrach nhiem\b|\bto chuc thuc hien\b|\bphan cong\b/],
  ["tasks", /\bnhiem vu\b|\bgiai phap\b|\bcac hoat dong\b/],
  ["slogans", /\bkhau hieu\b|\bthong diep\b/],
  ["reporting", /\bche do bao cao\b|\bthong tin bao cao\b|\bbao cao\b/],
];

/** The kinds a heading names, in the order it names them. @internal */
export function sectionKinds(title: string): SectionKind[] {
  const folded = fold(title);
  const found: { kind: SectionKind; at: number }[] = [];
  for (const [kind, pattern] of KEYWORDS) {
    const m = pattern.exec(folded);
    if (m !== null) found.push({ kind, at: m.index });
  }
  // "Nội dung và thời gian tuyên truyền": content and timing; "hình thức tuyên truyền" is the channels, not content.
  return found.sort((a, b) => a.at - b.at).map((f) => f.kind);
}

/** Whether a node is a heading (a short title, or one with children or body under it) rather than an item. @internal */
export function isHeading(node: OutlineNode): boolean {
  const text = node.title.text;
  if (node.children.length === 0 && node.body.length === 0) return text.length <= 80 && sectionKinds(text).length > 0;
  return text.length <= 140;
}

/** Text of a node with its own children's texts (an item with sub-bullets). */
function nodeText(node: OutlineNode): string {
  return node.title.text;
}

/** Labels of lettered and numbered items; bullets have none. */
function labelOf(node: OutlineNode): string | undefined {
  const m = node.marker;
  if (m === undefined || isBullet(m)) return undefined;
  return m.label;
}

/** Reads items (purposes, requirements, tasks) from a section's children, or its paragraphs. @internal */
export function readItems(ctx: Context, nodes: readonly OutlineNode[], body: readonly Span[], list: LabelledDraft[], kind: "purposes" | "requirements" | "tasks"): void {
  const prefix = kind === "purposes" ? "purpose" : kind === "requirements" ? "requirement" : "task";
  const add = (span: Span, text: string, label: string | undefined, title?: string) => {
    const index = list.length;
    const id = ctx.ids.make(`${prefix}-${label === undefined ? index + 1 : label.toLowerCase().replace(/[^a-z0-9]/g, "") || index + 1}`);
    list.push({ id, ...(label === undefined ? {} : { label }), ...(title === undefined ? {} : { title }), text });
    ctx.place([kind, index], span);
  };
  for (const span of body) add(span, span.text, undefined);
  for (const node of nodes) {
    // A heading over numbered items ("1. Các hoạt động cấp Tổng Liên đoàn" over "1.1.", "1.2."): each item one.
    if (node.children.some((c) => c.marker !== undefined && !isBullet(c.marker)) && node.title.text.length <= 160) {
      ctx.place([kind], node.span);
      readItems(ctx, node.children, node.body, list, kind);
      continue;
    }
    const sub = node.children.length > 0 && node.title.text.length <= 120 && /:$/u.test(node.title.text);
    if (sub) {
      // A task with its own bullets: the heading as its title, the bullets as its text.
      const text = [...node.body.map((b) => b.text), ...descendants(node).map((d) => d.title.text)].join(" ");
      add(node.span, text === "" ? node.title.text : text, labelOf(node), node.title.text.replace(/:$/u, ""));
      for (const d of descendants(node)) ctx.place([kind, list.length - 1], d.span);
      for (const b of node.body) ctx.place([kind, list.length - 1], b);
      continue;
    }
    add(node.span, nodeText(node), labelOf(node));
    // What stands under an item without being part of it (a paragraph, a bullet): items of their own, so that
    // every text of the draft is a text of the document.
    for (const b of node.body) add(b, b.text, undefined);
    for (const d of descendants(node)) add(d.span, d.title.text, undefined);
  }
}

/** Compounds that hold a comma and name one audience. */
const COMPOUNDS = [/các đơn vị, doanh nghiệp/giu, /cơ quan, đơn vị/giu, /tổ chức, cá nhân/giu];

/** Reads audiences: "Tuyên truyền trong xã hội, công nhân lao động, đoàn viên…", and "… như A, B; C" after "Trong đó". @internal */
export function readAudiences(ctx: Context, spans: readonly Span[], draft: Draft): void {
  for (const span of spans) {
    const sentences = span.text.split(/(?<=\.)\s+(?=\p{Lu})/u);
    let at = 0;
    sentences.forEach((sentence, k) => {
      const start = span.text.indexOf(sentence, at);
      at = start + sentence.length;
      let list = sentence;
      if (k > 0) {
        const like = /(?<![\p{L}\p{N}])như\s+(.+)$/u.exec(sentence);
        if (like === null) return;
        list = like[1]!;
      }
      list = list
        .replace(/^(?:-\s*)?(?:Tuyên truyền|Truyền thông|Phổ biến)\s+(?:trong|cho|đến|tới)\s+/u, "")
        .replace(/^(?:Đối tượng(?: tuyên truyền)?\s*:\s*)/u, "")
        .replace(/[.;:]+$/u, "");
      let protectedList = list;
      for (const c of COMPOUNDS) protectedList = protectedList.replace(c, (m) => m.replace(", ", "\u0001"));
      const names = protectedList
        .split(/\s*[,;]\s*|\s+và\s+/u)
        .map((n) => n.replace(/\u0001/gu, ", ").trim())
        .filter((n) => n !== "" && n.length <= 120);
      for (const name of names) {
        if (draft.audiences.some((a) => a.name === name)) continue;
        const index = draft.audiences.length;
        draft.audiences.push({ id: ctx.ids.make(`audience-${slugWords(name)}`), name });
        ctx.place(["audiences", index], span.slice(start, start + sentence.length));
      }
    });
  }
}

function slugWords(text: string): string {
  return fold(text)
    .replace(/^cac\s+/u, "")
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== "")
    .slice(0, 5)
    .join("-");
}

/** Reads content themes: the bullets of "Nội dung", or its paragraphs. @internal */
export function readThemes(ctx: Context, node: OutlineNode, draft: Draft): void {
  const add = (span: Span, text: string) => {
    const index = draft.themes.length;
    draft.themes.push({ id: ctx.ids.make(`theme-${index + 1}`), text });
    ctx.place(["themes", index], span);
  };
  for (const b of node.body) add(b, b.text);
  for (const child of node.children) {
    const extra = [...child.body, ...descendants(child).map((d) => d.span)];
    add(child.span, [child.title.text, ...child.body.map((b) => b.text), ...descendants(child).map((d) => d.title.text)].join(" "));
    for (const e of extra) ctx.place(["themes", draft.themes.length - 1], e);
  }
}

/** Reads timing: phases ("giai đoạn 1, … từ tháng 7/2017 đến tháng 5/2018"), else the plan's own window. @internal */
export function readTiming(ctx: Context, spans: readonly Span[], draft: Draft): void {
  for (const span of spans) {
    const times = ctx.times(span);
    const phase = /giai đoạn\s+(\d{1,2}|[IVX]{1,4})\b/iu.exec(span.text);
    for (const t of times) {
      const e = t.expression;
      if (phase !== null && e.kind === "window") {
        const index = draft.phases.length;
        const name = `Giai đoạn ${phase[1]}`;
        draft.phases.push({ id: ctx.ids.make(`phase-${phase[1]!.toLowerCase()}`), name, window: e.window, windowText: t.span.text });
        ctx.place(["phases", index], span);
        return;
      }
      if (draft.window === undefined && (e.kind === "window" || e.kind === "open")) {
        draft.window = e.kind === "window" ? { start: e.window.start, end: e.window.end } : { start: e.start };
        draft.windowText = t.span.text.replace(/[.;]$/u, "");
        ctx.place(["window"], span);
        return;
      }
    }
    if (times.length === 0 && /\d/u.test(span.text)) ctx.find(/\b\d{4}\b/u.test(span.text) ? "time_not_read" : "time_without_year", span, { text: span.text }, ["window"]);
  }
}

/** Reads the scope: its paragraphs. @internal */
export function readScope(ctx: Context, spans: readonly Span[], draft: Draft): void {
  for (const span of spans) {
    ctx.place(["scope", draft.scope.length], span);
    draft.scope.push(span.text);
  }
}

/** Reads slogans: each item or paragraph. @internal */
export function readSlogans(ctx: Context, spans: readonly Span[], draft: Draft): void {
  for (const span of spans) {
    const text = span.text.replace(/^[-+•*]\s*/u, "");
    ctx.place(["slogans", draft.slogans.length], span);
    draft.slogans.push({ id: ctx.ids.make(`slogan-${draft.slogans.length + 1}`), text });
  }
}

/** Reads objectives with their indicators ("100% CĐCS…", "ít nhất 80%…"). @internal */
export function readObjectives(ctx: Context, nodes: readonly OutlineNode[], body: readonly Span[], draft: Draft): void {
  const add = (span: Span, text: string, label: string | undefined) => {
    const index = draft.objectives.length;
    const id = ctx.ids.make(`objective-${label?.toLowerCase() ?? index + 1}`);
    const indicators = [...text.matchAll(/(?:(ít nhất|tối thiểu|trên|dưới|tối đa|không quá|phấn đấu|đạt)\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*%/gu)].map((m, k) => {
      const word = m[1] ?? "";
      const comparator = /dưới/u.test(word) ? "below" : /tối đa|không quá/u.test(word) ? "at-most" : /trên/u.test(word) ? "above" : "at-least";
      return { id: `${id}-indicator-${k + 1}`, text: clauseAround(text, m.index!), measure: "percent" as const, comparator: comparator as "at-least", value: Number(m[2]!.replace(",", ".")) };
    });
    draft.objectives.push({ id, ...(label === undefined ? {} : { label }), text, indicators });
    ctx.place(["objectives", index], span);
  };
  for (const b of body) add(b, b.text, undefined);
  for (const node of nodes) {
    add(node.span, node.title.text, labelOf(node));
    for (const d of [...node.body, ...descendants(node).map((x) => x.span)]) ctx.place(["objectives", draft.objectives.length - 1], d);
  }
}

/** The clause of a text around an index: between separators ";" or ",". */
function clauseAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(";", at), text.lastIndexOf(". ", at)) + 1;
  const ends = [text.indexOf(";", at), text.indexOf(". ", at)].filter((i) => i >= 0);
  const end = ends.length === 0 ? text.length : Math.min(...ends);
  return text.slice(start, end).replace(/[.;]$/u, "").trim();
}
