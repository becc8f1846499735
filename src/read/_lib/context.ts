/**
 * What the readers share while they read one text: the prepared source, the findings, the map from the
 * draft's paths to the text, the ids, the units, the reference date. At the end, every block of the text
 * that nothing placed is unread.
 *
 * @internal
 */
import { findTimeExpressions, type FoundTimeExpression } from "../../calendar/findTimeExpressions.js";
import type { IsoDate } from "../../calendar/isoDate.js";
import type { TimeExpression } from "../../calendar/timeExpression.js";
import { STARTS } from "../../calendar/phrases/expressions.js";
import { observanceStarts } from "../../calendar/phrases/parsers/observances.js";
import { foldAligned } from "./fold.js";
import { readMessage, type ReadFindingCode, type ReadMessageParams } from "./findings.js";
import { IdMaker } from "./fold.js";
import { positionOf, type Block, type Source } from "./source.js";
import type { Span } from "./span.js";
import type { TextLocation } from "../readPlanText.js";

type Path = readonly (string | number)[];

/** A place in the text: the public {@link TextLocation}, under the name the reader's parts use. @internal */
export type Located = TextLocation;

/** A finding of the reader. @internal */
export interface RawFinding {
  readonly code: ReadFindingCode;
  readonly path: Path;
  readonly params: ReadMessageParams;
  readonly start: number;
  readonly end: number;
  readonly details?: Readonly<Record<string, string>>;
}

/** An entry of the source map: a path of the draft and where the text says it. @internal */
export interface RawSource {
  readonly path: Path;
  readonly start: number;
  readonly end: number;
}

/** A time phrase found in a span. @internal */
export interface FoundTime {
  readonly span: Span;
  /** Where it starts in the text of the span searched, and its length there (text indices, not offsets). */
  readonly index: number;
  readonly length: number;
  readonly expression: TimeExpression;
}

/** The reading context. @internal */
export class Context {
  readonly findings: RawFinding[] = [];
  readonly sources: RawSource[] = [];
  readonly ids = new IdMaker();
  referenceDate: IsoDate | undefined;

  constructor(
    readonly source: Source,
    readonly optionReferenceDate: IsoDate | undefined,
  ) {
    this.referenceDate = optionReferenceDate;
  }

  /** Records that a span of the text says what is at `path` of the draft. */
  place(path: Path, span: Span): void {
    this.sources.push({ path: [...path], start: span.start(), end: span.end() });
  }

  /** Records a finding at a span. */
  find(code: ReadFindingCode, span: Span, params: ReadMessageParams = {}, path: Path = [], details?: Record<string, string>): void {
    this.findings.push({ code, path: [...path], params, start: span.start(), end: span.end(), ...(details === undefined ? {} : { details }) });
  }

  /** Records a finding at an original range. */
  findAt(code: ReadFindingCode, start: number, end: number, params: ReadMessageParams = {}, path: Path = []): void {
    this.findings.push({ code, path: [...path], params, start, end });
  }

  private readonly timeCache = new Map<string, readonly FoundTimeExpression[]>();
  private timeCacheDate: IsoDate | undefined;

  /** The time phrases of a span, read with the reference date. */
  times(span: Span): FoundTime[] {
    if (span.text.length > 1_000_000 || !mayHaveTime(span.text)) return [];
    if (this.timeCacheDate !== this.referenceDate) {
      this.timeCache.clear();
      this.timeCacheDate = this.referenceDate;
    }
    let found = this.timeCache.get(span.text);
    if (found === undefined) {
      try {
        found = findTimeExpressions(span.text, this.referenceDate === undefined ? {} : { referenceDate: this.referenceDate });
      } catch {
        found = [];
      }
      if (this.timeCache.size < 4096) this.timeCache.set(span.text, found);
    }
    return found.map((f) => ({ span: span.slice(f.index, f.index + f.length), index: f.index, length: f.length, expression: f.expression }));
  }

  /** Locates an original range. */
  locate(start: number, end: number): Located {
    const a = positionOf(this.source, start);
    const b = positionOf(this.source, Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: start, length: Math.max(0, end - start) };
  }

  /**
   * The blocks (paragraphs and table rows) that nothing placed, found or reported, as original ranges; and,
   * for a block that something placed only in part, a source entry over the whole of it, so that every line
   * of the text is accounted for.
   */
  settle(): { start: number; end: number }[] {
    const ranges: { start: number; end: number }[] = [...this.sources, ...this.findings].map((r) => ({ start: r.start, end: r.end })).filter((r) => r.end > r.start);
    ranges.sort((a, b) => a.start - b.start || a.end - b.end);
    // The union of what was placed or reported, as disjoint intervals in order.
    const merged: { start: number; end: number }[] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ ...r });
    }
    const sources = [...this.sources].sort((a, b) => a.start - b.start);
    const sourceStarts = sources.map((s) => s.start);
    const lastBefore = (list: readonly number[], value: number): number => {
      let lo = 0;
      let hi = list.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! < value) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    };
    const mergedStarts = merged.map((m) => m.start);
    const unread: { start: number; end: number }[] = [];
    const blocks: { start: number; end: number }[] = [];
    for (const block of this.source.blocks) blocks.push(...pieces(block));
    for (const block of blocks) {
      if (block.end <= block.start) continue;
      // The intervals that start before the block ends: the last of them, and whether any reaches into it.
      const k = lastBefore(mergedStarts, block.end);
      const touching = k >= 0 && merged[k]!.end > block.start;
      if (!touching) {
        // An interval before the last one cannot reach further than it (they are disjoint and in order).
        unread.push(block);
        continue;
      }
      const covering = merged[k]!;
      if (covering.start <= block.start && covering.end >= block.end) continue;
      // Placed in part: one entry over the whole block, under the path of the first thing placed in it.
      let j = lastBefore(sourceStarts, block.end);
      let path: Path | undefined;
      for (let steps = 0; j >= 0 && steps < 64; j--, steps++) {
        const src = sources[j]!;
        if (src.end <= block.start && src.start < block.start) continue;
        if (src.start < block.end && src.end > block.start) path = src.path;
        if (src.start < block.start) break;
      }
      if (path !== undefined) this.sources.push({ path: [...path], start: block.start, end: block.end });
      else {
        const f = this.findings.find((x) => x.start < block.end && x.end > block.start);
        if (f !== undefined) this.findings.push({ ...f, start: block.start, end: block.end });
        else unread.push(block);
      }
    }
    return unread;
  }

  /** A finding ready to return: located, with its messages. */
  finish(f: RawFinding): { code: ReadFindingCode; severity: "error" | "warning" | "info"; path: Path; message: string; messageVi: string; details?: Readonly<Record<string, string>> } & Located {
    const { severity, message, messageVi } = readMessage(f.code, f.params);
    return { code: f.code, severity, path: f.path, message, messageVi, ...(f.details === undefined ? {} : { details: f.details }), ...this.locate(f.start, f.end) };
  }
}

/** Words that connect a time phrase but never make one alone ("đến hết năm 2025" has "năm"). */
const CONNECTORS = new Set(["tu", "den", "vao", "trong", "ke", "bat", "t", "thu", "chu", "luc", "toi", "~toi", "moi", "han", "cham", "muon", "truoc", "dau", "giua", "cuoi", "trung", "ha"]);
let timeWords: RegExp | undefined;

/** Whether a text can hold a time phrase: a digit, or a word that starts one (the phrase finder's own list). */
function mayHaveTime(text: string): boolean {
  if (/\d/u.test(text)) return true;
  timeWords ??= new RegExp(`(?:^|[^a-z])(?:${[...STARTS, ...observanceStarts()].filter((w) => !CONNECTORS.has(w)).map((w) => w.replace(/[^a-z]/g, "")).filter((w) => w.length > 1).join("|")})(?:$|[^a-z])`);
  return timeWords.test(foldAligned(text));
}

/** The pieces of a block that are accounted for one by one: a paragraph, or each row of a table. */
function pieces(block: Block): { start: number; end: number }[] {
  if (block.kind === "para") return [{ start: block.span.start(), end: block.span.end() }];
  return block.rows.map((row) => ({ start: row.start, end: row.end }));
}
