/**
 * The outline of a document: parts "I.", sections "1." (and "1.1."), items "a)", "(1)", bullets "-", "+",
 * "•", each with the paragraphs under it. The level of a kind of marker is the order in which the document
 * nests it (as Markdown lists do), parts always at the top.
 *
 * @internal
 */
import type { Span } from "./span.js";

/** The kinds of marker. @internal */
export type MarkerKind = "roman" | "upper" | `num${number}` | `upnum${number}` | "letter" | "paren" | "dash" | "plus" | "dot" | "star";

/** A marker read at the start of a paragraph. @internal */
export interface Marker {
  readonly kind: MarkerKind;
  /** "I", "1", "1.1", "a", "-". */
  readonly label: string;
  /** Where the text after the marker starts. */
  readonly end: number;
}

const ROMAN = /^([IVX]{1,6})\s*[.)]\s*(?=\S)/u;
const UPPER = /^([A-HJ-UWYZ])\s*[.)]\s+(?=\S)/u;
const UPNUM = /^([A-Z](?:\.\d{1,2}){1,3})\.?\s+(?=\S)/u;
const NUM = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(?=[^\d\s])/u;
const LETTER = /^([a-zđ])\s*\)\s*(?=\S)/u;
const PAREN = /^\((\d{1,2}|[a-zđ])\)\s*(?=\S)/u;
const BULLET = /^([-–—+•●○▪◦*])(?:\s*[-–—+•●○▪◦])*\s*(?=\S)/u;

function romanValue(text: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i]!] ?? 0;
    const next = values[text[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The number of a label, for telling a restarted list: "c" is 3, "IV" is 4, "1.2" is 2. @internal */
export function ordinal(marker: Marker): number {
  const label = marker.label;
  if (marker.kind === "roman") return romanValue(label);
  if (marker.kind === "letter" || marker.kind === "upper" || (marker.kind === "paren" && /^[a-zđ]$/u.test(label))) {
    const letters = "abcdđefghijklmnopqrstuvwxyz";
    return letters.indexOf(label.toLowerCase()) + 1;
  }
  const parts = label.split(".");
  const last = Number(parts[parts.length - 1]);
  return Number.isFinite(last) ? last : 0;
}

/** Reads the marker at the start of a paragraph, if any. @internal */
export function readMarker(text: string): Marker | undefined {
  let m = ROMAN.exec(text);
  if (m !== null && romanValue(m[1]!) > 0 && /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u.test(m[1]!)) return { kind: "roman", label: m[1]!, end: m[0].length };
  m = UPNUM.exec(text);
  if (m !== null) return { kind: `upnum${m[1]!.split(".").length - 1}`, label: m[1]!, end: m[0].length };
  m = UPPER.exec(text);
  if (m !== null && /^\p{Lu}/u.test(text.slice(m[0].length))) return { kind: "upper", label: m[1]!, end: m[0].length };
  m = NUM.exec(text);
  if (m !== null) return { kind: `num${m[1]!.split(".").length}`, label: m[1]!, end: m[0].length };
  m = LETTER.exec(text);
  if (m !== null) return { kind: "letter", label: m[1]!, end: m[0].length };
  m = PAREN.exec(text);
  if (m !== null) return { kind: "paren", label: m[1]!, end: m[0].length };
  m = BULLET.exec(text);
  if (m !== null) {
    const ch = m[1]!;
    const kind: MarkerKind = ch === "+" ? "plus" : ch === "*" ? "star" : "-–—".includes(ch) ? "dash" : "dot";
    return { kind, label: ch, end: m[0].length };
  }
  return undefined;
}

/** A node of the outline. @internal */
export interface OutlineNode {
  readonly marker: Marker | undefined;
  /** The whole paragraph. */
  readonly span: Span;
  /** The text after the marker. */
  readonly title: Span;
  readonly children: OutlineNode[];
  /** Unmarked paragraphs under it (before its first child, or between children). */
  readonly body: Span[];
  /** Whether its label starts a list again ("a)" after "c)"). */
  restart: boolean;
  /** Index among the paragraphs given. */
  readonly index: number;
}

/** Builds the outline of consecutive paragraphs; returns the top-level nodes (a root for unmarked text first). @internal */
export function buildOutline(paras: readonly Span[], offset = 0): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  paras.forEach((span, i) => {
    const marker = readMarker(span.text);
    if (marker === undefined) {
      const top = stack[stack.length - 1];
      if (top === undefined) roots.push(node(undefined, span, span, offset + i));
      else top.body.push(span);
      return;
    }
    const current = node(marker, span, span.slice(marker.end).trim(), offset + i);
    if (marker.kind === "roman") stack.length = 0;
    else {
      const at = stack.findIndex((n) => n.marker?.kind === marker.kind);
      if (at >= 0) stack.length = at;
    }
    const parent = stack[stack.length - 1];
    const siblings = parent === undefined ? roots : parent.children;
    // The last sibling of the same kind, looked for from the end (copying the siblings for each paragraph was quadratic).
    let previous: OutlineNode | undefined;
    for (let k = siblings.length - 1; k >= 0 && previous === undefined; k--) if (siblings[k]!.marker?.kind === marker.kind) previous = siblings[k];
    if (previous?.marker !== undefined && ordinal(marker) > 0 && ordinal(marker) <= ordinal(previous.marker)) current.restart = true;
    siblings.push(current);
    stack.push(current);
  });
  return roots;
}

function node(marker: Marker | undefined, span: Span, title: Span, index: number): OutlineNode {
  return { marker, span, title, children: [], body: [], restart: false, index };
}

/** Every node under a node, in document order. @internal */
export function descendants(n: OutlineNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (x: OutlineNode) => {
    for (const child of x.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(n);
  return out;
}

/** Whether a marker is a bullet. @internal */
export function isBullet(marker: Marker | undefined): boolean {
  return marker !== undefined && (marker.kind === "dash" || marker.kind === "plus" || marker.kind === "dot" || marker.kind === "star");
}
