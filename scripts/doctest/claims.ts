/**
 * The values of `//=>` claims: a parser for the JS literal written after `//=>`, the comparison of a real
 * value with it, and a printer that writes a real value back as such a literal (so a failure can be fixed
 * by copying the actual value into the claim). The rules are documented in scripts/doctest.ts.
 */
import ts from "typescript";

/** A parsed claim value. */
export type Pattern =
  | { readonly kind: "literal"; readonly value: unknown }
  | { readonly kind: "array"; readonly items: readonly Pattern[]; readonly prefix: boolean }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Pattern])[]; readonly partial: boolean };

/** The outcome of {@link parseClaim}. */
export type ParsedClaim =
  | { readonly ok: true; readonly patterns: readonly Pattern[] }
  /** `incomplete`: the text ended before the value did (a claim that goes on on the next comment line). */
  | { readonly ok: false; readonly error: string; readonly incomplete: boolean };

/** The ellipsis of prefix-array and partial-object claims. */
export const ELLIPSIS = "…";

const K = ts.SyntaxKind;

class ClaimSyntaxError extends Error {
  constructor(
    message: string,
    readonly atEnd: boolean,
  ) {
    super(message);
  }
}

/**
 * Parses the text after `//=>`: one JS literal, or (with `list`) a comma-separated list of them, as the
 * values logged by a `console.log(a, b)`.
 *
 * @param text - the claim text, without `//=>` (continuation lines joined by newlines, without their `//`).
 * @param list - whether several comma-separated values are allowed (a `console.log` with several arguments).
 * @returns the parsed values, or an error that says what is wrong.
 */
export function parseClaim(text: string, list = false): ParsedClaim {
  const errors: string[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text, (message) => {
    errors.push(message.message);
  });
  let token: ts.SyntaxKind = K.Unknown;
  /** The current token (a call, so that comparisons are not narrowed across `next()`). */
  const at = (): ts.SyntaxKind => token;
  /** Scans the next token; the scanner's "Invalid character" for an ellipsis is not an error here. */
  const next = () => {
    const before = errors.length;
    token = scanner.scan();
    if (isEllipsis()) errors.length = before;
  };
  const here = () => (at() === K.EndOfFileToken ? "the end of the claim" : `\`${scanner.getTokenText()}\``);
  const fail = (what: string): never => {
    throw new ClaimSyntaxError(`${what}, found ${here()}`, at() === K.EndOfFileToken);
  };
  /** An identifier or a keyword (`undefined`, `type` and `number` are keywords to the scanner). */
  const isWord = () => at() === K.Identifier || (at() >= K.FirstKeyword && at() <= K.LastKeyword);
  const isEllipsis = () => at() === K.Unknown && scanner.getTokenText() === ELLIPSIS;

  function value(): Pattern {
    switch (at()) {
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral: {
        if (scanner.isUnterminated()) fail("an unterminated string");
        const v = scanner.getTokenValue();
        next();
        return { kind: "literal", value: v };
      }
      case K.NumericLiteral: {
        const v = Number(scanner.getTokenText().replace(/_/g, ""));
        next();
        return { kind: "literal", value: v };
      }
      case K.BigIntLiteral: {
        const v = BigInt(scanner.getTokenText().replace(/_/g, "").slice(0, -1));
        next();
        return { kind: "literal", value: v };
      }
      case K.MinusToken: {
        next();
        const inner = (isWord() && scanner.getTokenText() === "Infinity") || at() === K.NumericLiteral || at() === K.BigIntLiteral ? value() : fail("a number after `-`");
        const v = (inner as { value: number | bigint }).value;
        return { kind: "literal", value: -v };
      }
      case K.TrueKeyword:
        next();
        return { kind: "literal", value: true };
      case K.FalseKeyword:
        next();
        return { kind: "literal", value: false };
      case K.NullKeyword:
        next();
        return { kind: "literal", value: null };
      case K.OpenBracketToken:
        return array();
      case K.OpenBraceToken:
        return object();
      case K.TemplateHead:
        return fail("a literal (a template with `${…}` is not one)");
      case K.DotDotDotToken:
        return fail(`a literal (write the ellipsis as \`${ELLIPSIS}\`, not \`...\`)`);
      default: {
        if (!isWord()) return fail("a literal value");
        const name = scanner.getTokenText();
        const known: Record<string, unknown> = { undefined: undefined, NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY };
        if (!Object.hasOwn(known, name)) fail("a literal (a name cannot be compared; claims are literal values)");
        next();
        return { kind: "literal", value: known[name] };
      }
    }
  }

  function array(): Pattern {
    next(); // [
    const items: Pattern[] = [];
    let prefix = false;
    while (at() !== K.CloseBracketToken) {
      if (isEllipsis()) {
        next();
        prefix = true;
        if (at() === K.CommaToken) next();
        if (at() !== K.CloseBracketToken) fail(`\`]\` after \`${ELLIPSIS}\` (an ellipsis ends an array claim)`);
        break;
      }
      if (at() === K.CommaToken) fail("a value (holes are not allowed in an array claim)");
      items.push(value());
      if (at() === K.CommaToken) next();
      else if (at() !== K.CloseBracketToken) fail("`,` or `]`");
    }
    next(); // ]
    return { kind: "array", items, prefix };
  }

  function object(): Pattern {
    next(); // {
    const entries: [string, Pattern][] = [];
    const seen = new Set<string>();
    let partial = false;
    while (at() !== K.CloseBraceToken) {
      if (isEllipsis()) {
        if (partial) fail(`one \`${ELLIPSIS}\` per object`);
        partial = true;
        next();
      } else {
        let key: string;
        if (at() === K.StringLiteral || at() === K.NoSubstitutionTemplateLiteral) key = scanner.getTokenValue();
        else if (at() === K.NumericLiteral) key = String(Number(scanner.getTokenText().replace(/_/g, "")));
        else if (isWord()) key = scanner.getTokenText();
        else if (at() === K.DotDotDotToken) return fail(`a key (write the ellipsis as \`${ELLIPSIS}\`, not \`...\`)`);
        else return fail("a key");
        next();
        if (at() !== K.ColonToken) fail(`\`:\` after the key \`${key}\``);
        next();
        if (seen.has(key)) fail(`a new key (\`${key}\` appears twice)`);
        seen.add(key);
        entries.push([key, value()]);
      }
      if (at() === K.CommaToken) next();
      else if (at() !== K.CloseBraceToken) fail("`,` or `}`");
    }
    next(); // }
    return { kind: "object", entries, partial };
  }

  next();
  try {
    if (at() === K.EndOfFileToken) return { ok: false, error: "the claim is empty", incomplete: false };
    const patterns: Pattern[] = [value()];
    while (list && at() === K.CommaToken) {
      next();
      patterns.push(value());
    }
    if (at() !== K.EndOfFileToken) {
      fail(list ? "the end of the claim after the logged values (prose belongs in a `//` comment above)" : "the end of the claim after the value (prose belongs in a `//` comment above)");
    }
    if (errors.length > 0) return { ok: false, error: errors[0]!, incomplete: false };
    return { ok: true, patterns };
  } catch (error) {
    if (error instanceof ClaimSyntaxError) return { ok: false, error: errors[0] ?? error.message, incomplete: errors.length === 0 && error.atEnd };
    throw error;
  }
}

/**
 * The value a real value is compared as: an object with a `toJSON` method (a `Vnd`, a `Date`) compares as
 * what `toJSON()` returns, everything else as itself.
 *
 * @param value - a real value.
 * @returns the value to compare.
 */
export function normalize(value: unknown): unknown {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return (value as { toJSON: () => unknown }).toJSON();
  }
  return value;
}

/** The built-in objects that a literal never equals (a Map is not `{}`). */
function opaqueTag(value: object): string | undefined {
  if (Array.isArray(value)) return undefined;
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === "Object" || tag === "Error" ? undefined : tag;
}

/** `[0].code`-style path suffixes. */
function keyPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Compares a real value with a claim, by deep strict equality after {@link normalize} (at every level):
 * primitives by `Object.is`, arrays element by element, objects by their own enumerable keys (frozen or
 * not, whatever their prototype). An array claim ending in `…` requires the array to start with its
 * elements; an object claim with a `…` member requires at least its keys.
 *
 * @param actual - the real value.
 * @param pattern - the claim.
 * @returns `undefined` when they match, else where and how they differ.
 */
export function matchClaim(actual: unknown, pattern: Pattern, path = ""): string | undefined {
  const value = normalize(actual);
  const at = path === "" ? "" : ` at ${path}`;
  if (pattern.kind === "literal") {
    return Object.is(value, pattern.value) ? undefined : `expected ${formatValue(pattern.value)}${at}, got ${formatValue(value)}`;
  }
  if (value === null || typeof value !== "object") {
    return `expected ${pattern.kind === "array" ? "an array" : "an object"}${at}, got ${formatValue(value)}`;
  }
  const opaque = opaqueTag(value);
  if (opaque !== undefined) return `expected ${pattern.kind === "array" ? "an array" : "an object"}${at}, got a ${opaque}, which no literal equals`;
  if (pattern.kind === "array") {
    if (!Array.isArray(value)) return `expected an array${at}, got ${formatValue(value)}`;
    if (pattern.prefix ? value.length < pattern.items.length : value.length !== pattern.items.length) {
      return `expected ${pattern.prefix ? "at least " : ""}${pattern.items.length} element(s)${at}, got ${value.length}`;
    }
    for (const [i, item] of pattern.items.entries()) {
      const problem = matchClaim(value[i], item, keyPath(path, i));
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if (Array.isArray(value)) return `expected an object${at}, got an array`;
  const keys = Object.keys(value);
  const wanted = new Set(pattern.entries.map(([key]) => key));
  if (!pattern.partial) {
    const extra = keys.filter((key) => !wanted.has(key));
    if (extra.length > 0) return `unexpected key(s) ${extra.map((k) => JSON.stringify(k)).join(", ")}${at}`;
  }
  for (const [key, item] of pattern.entries) {
    if (!Object.hasOwn(value, key) || !Object.prototype.propertyIsEnumerable.call(value, key)) return `missing key ${JSON.stringify(key)}${at}`;
    const problem = matchClaim((value as Record<string, unknown>)[key], item, keyPath(path, key));
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/**
 * Writes a value as the JS literal a claim would use (after {@link normalize}): strings in double
 * quotes, bigints with `n`, objects with bare keys where they are identifiers. Long output is cut.
 *
 * @param value - any value.
 * @param limit - the longest output, in characters.
 * @returns the literal.
 */
export function formatValue(value: unknown, limit = 2000): string {
  const seen = new Set<object>();
  const write = (raw: unknown): string => {
    const v = normalize(raw);
    if (typeof v === "string") return JSON.stringify(v);
    if (typeof v === "bigint") return `${v}n`;
    if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
    if (v === undefined || v === null || typeof v === "boolean") return String(v);
    if (typeof v === "function") return `<function ${v.name || "anonymous"}>`;
    if (typeof v === "symbol") return `<${String(v)}>`;
    if (seen.has(v)) return "<cycle>";
    const opaque = opaqueTag(v);
    if (opaque !== undefined) return `<${opaque}>`;
    seen.add(v);
    try {
      if (Array.isArray(v)) return `[${v.map(write).join(", ")}]`;
      const entries = Object.entries(v).map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${write(x)}`);
      return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
    } finally {
      seen.delete(v);
    }
  };
  const text = write(value);
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters)` : text;
}
