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

type Path = readonly (string | number)[];

/** A place in the text: 1-based line and column of its start and end, and its offsets. @internal */
export interface Located {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offset of the start in the original text (UTF-16 code units). */
  readonly offset: number;
  /** Length in the original text (UTF-16 code units). */
  readonly length: number;
}

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
    return found.map((f) => ({ span: span.slice(f.index, f.index + f.length), expression: f.expression }));
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
    const ranges: { start: number; end: number; path?: Path }[] = [
      ...this.sources.map((s) => ({ start: s.start, end: s.end, path: s.path })),
      ...this.findings.map((f) => ({ start: f.start, end: f.end })),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    const starts = ranges.map((r) => r.start);
    // The largest end among ranges sorted by start, up to each index: a range [s, e) intersects a block
    // [a, b) when s < b and e > a.
    const maxEnd: number[] = [];
    ranges.forEach((r, i) => maxEnd.push(Math.max(r.end, i > 0 ? maxEnd[i - 1]! : -1)));
    const unread: { start: number; end: number }[] = [];
    const blocks: { start: number; end: number }[] = [];
    for (const block of this.source.blocks) blocks.push(...pieces(block));
    for (const block of blocks) {
      // Ranges that start before the block's end: the last such index.
      let lo = 0;
      let hi = starts.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < block.end) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const touched = last >= 0 && maxEnd[last]! > block.start;
      if (!touched) {
        unread.push(block);
        continue;
      }
      // Covered from start to end by the ranges that touch it? If not, one entry over the whole block, under
      // the path of the first thing placed in it.
      let covered = block.start;
      let path: Path | undefined;
      for (let k = 0; k <= last; k++) {
        const r = ranges[k]!;
        if (r.end <= block.start || r.start >= block.end) continue;
        if (path === undefined && r.path !== undefined) path = r.path;
        if (r.start <= covered) covered = Math.max(covered, r.end);
      }
      if (covered < block.end) {
        if (path !== undefined) this.sources.push({ path: [...path], start: block.start, end: block.end });
        else this.findings.push({ ...this.findings.find((f) => f.start < block.end && f.end > block.start)!, start: block.start, end: block.end });
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
