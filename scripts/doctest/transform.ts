/**
 * Turns one @example block into a module the doc-test runner can import: finds its `//=>` claims and the
 * statement each one is about, wraps those statements so that their values reach the runner, replaces
 * `declare const` with fixtures, and maps the package's names to src/. The rules are documented in
 * scripts/doctest.ts. Lines are kept: line `i` of the block is line `i + 2` of the module.
 */
import ts from "typescript";
import { parseClaim, type Pattern } from "./claims.js";

/** A `//=>` claim of a block. */
export interface Claim {
  /** Its number in the block, from 0. */
  readonly id: number;
  /** The 0-based line of the block that holds its `//=>`. */
  readonly line: number;
  /** The claim as written, without `//=>` (continuation lines joined by newlines). */
  readonly text: string;
  /** The statement it is about, as written (`console.log(…)` for a logged value); "" when it has none. */
  readonly expression: string;
  /** `value`: the value of an expression statement; `log`: the values a `console.log` call receives. */
  readonly target: "value" | "log" | undefined;
  /** The parsed values (one per logged argument for `log`), or undefined when the claim cannot be checked. */
  readonly patterns: readonly Pattern[] | undefined;
  /** Why the claim cannot be checked, when it cannot. */
  readonly error: string | undefined;
}

/** A `declare` statement of the block. */
export interface Declared {
  /** The 0-based line of the block. */
  readonly line: number;
  /** `declare const name: Type`, as written, without the final `;`. */
  readonly text: string;
  readonly name: string;
  /** The declared type, as written ("" when there is none). */
  readonly type: string;
}

/** A block made ready to run. */
export interface TransformedExample {
  /** The module's source, or undefined when the block cannot run (see `unrunnable`). */
  readonly module: string | undefined;
  readonly claims: readonly Claim[];
  /** The declared constants the module asks the runner for, in `__doctest.fixture(i)` order. */
  readonly fixtures: readonly Declared[];
  /** Why the block cannot run: declarations without a fixture, or syntax the runner does not support. */
  readonly unrunnable: readonly { readonly line: number; readonly message: string }[];
}

/** What the transform needs from its caller. */
export interface TransformOptions {
  /** The module specifier to import instead of `specifier`, or undefined to keep it. */
  readonly resolveImport: (specifier: string) => string | undefined;
  /** Whether the runner can give `declare const name: type` a value (`type` without white space). */
  readonly hasFixture: (name: string, type: string) => boolean;
}

/** The name of the runner's object inside a module. */
const RUNTIME = "__doctest";

/** Every node and token of a tree (tokens too: comments before a `}` belong to that token). */
function* allNodes(node: ts.Node, sf: ts.SourceFile): Generator<ts.Node> {
  yield node;
  for (const child of node.getChildren(sf)) yield* allNodes(child, sf);
}

/** Whether a call is `console.log(…)`. */
function isConsoleLog(expression: ts.Expression): expression is ts.CallExpression {
  return (
    ts.isCallExpression(expression) &&
    ts.isPropertyAccessExpression(expression.expression) &&
    ts.isIdentifier(expression.expression.expression) &&
    expression.expression.expression.text === "console" &&
    expression.expression.name.text === "log"
  );
}

/** Spaces that keep the line breaks of a replaced range. */
function blankOut(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

/** A `declare`d top-level statement. */
function hasDeclare(statement: ts.Statement): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
}

/**
 * Prepares one block.
 *
 * @param code - the block's code.
 * @param options - how to map imports and which fixtures exist.
 * @returns the module and what it claims.
 */
export function transformExample(code: string, options: TransformOptions): TransformedExample {
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const unrunnable: { line: number; message: string }[] = [];
  const syntax = (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  for (const d of syntax.slice(0, 1)) {
    unrunnable.push({ line: lineOf(d.start ?? 0), message: `the block does not parse: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}` });
  }

  // The single-line comments, in order, and the statements.
  const comments = new Map<number, ts.CommentRange>();
  const statements: ts.Statement[] = [];
  for (const node of allNodes(sf, sf)) {
    for (const range of [...(ts.getLeadingCommentRanges(code, node.pos) ?? []), ...(ts.getTrailingCommentRanges(code, node.end) ?? [])]) {
      if (range.kind === ts.SyntaxKind.SingleLineCommentTrivia) comments.set(range.pos, range);
    }
    if (ts.isStatement(node)) statements.push(node);
  }
  const singles = [...comments.values()].sort((a, b) => a.pos - b.pos);
  const commentText = (r: ts.CommentRange) => code.slice(r.pos + 2, r.end);
  const isClaim = (r: ts.CommentRange) => /^\s*=>/.test(commentText(r));
  /** A comment alone on its line. */
  const ownLine = (r: ts.CommentRange) => /^[ \t]*$/.test(code.slice(code.lastIndexOf("\n", r.pos - 1) + 1, r.pos));

  const edits: { pos: number; end: number; text: string }[] = [];
  const claims: Claim[] = [];
  for (let i = 0; i < singles.length; i += 1) {
    const first = singles[i]!;
    if (!isClaim(first)) continue;
    const id = claims.length;
    const line = lineOf(first.pos);

    // The statement that ends right before the claim (only white space between); the innermost one.
    let target: ts.Statement | undefined;
    for (const s of statements) {
      if (s.end > first.pos || !/^\s*$/.test(code.slice(s.end, first.pos))) continue;
      if (target === undefined || s.getStart(sf) >= target.getStart(sf)) target = s;
    }
    const isLog = target !== undefined && ts.isExpressionStatement(target) && isConsoleLog(target.expression);

    // The claim's text, continued on the next comment lines while it is incomplete.
    let text = commentText(first).replace(/^\s*=>/, "").trim();
    let parsed = parseClaim(text, isLog);
    let last = first;
    while (!parsed.ok && parsed.incomplete) {
      const next = singles[i + 1];
      if (next === undefined || isClaim(next) || !ownLine(next) || lineOf(next.pos) !== lineOf(last.pos) + 1) break;
      i += 1;
      last = next;
      text = `${text}\n${commentText(next).trim()}`;
      parsed = parseClaim(text, isLog);
    }

    let error: string | undefined;
    let kind: Claim["target"];
    if (target === undefined) {
      const inside = statements.some((s) => ts.isExpressionStatement(s) && s.getStart(sf) < first.pos && first.end < s.end);
      error = inside
        ? "the claim is inside a statement, not after one: end the statement with `;` (without it, a next line that starts with `(` or `[` continues the statement)"
        : "the claim follows no statement: put it at the end of an expression statement's line, or alone on the line right after it";
    } else if (!ts.isExpressionStatement(target)) {
      error = `the claim follows a ${ts.SyntaxKind[target.kind]}, not an expression statement or a console.log(…): write the value to check as a statement of its own (\`x; //=> …\`)`;
    } else if (!parsed.ok) {
      error = `the claim cannot be parsed: ${parsed.error}`;
    } else {
      kind = isLog ? "log" : "value";
    }
    const expression = target === undefined ? "" : ts.isExpressionStatement(target) ? target.expression.getText(sf) : target.getText(sf).split("\n")[0]!;
    claims.push({ id, line, text, expression, target: kind, patterns: error === undefined && parsed.ok ? parsed.patterns : undefined, error });

    if (error === undefined && target !== undefined && ts.isExpressionStatement(target)) {
      const expr = target.expression;
      if (isLog) {
        const callee = (expr as ts.CallExpression).expression;
        edits.push({ pos: callee.getStart(sf), end: callee.end, text: `${RUNTIME}.log(${id})` });
      } else {
        edits.push({ pos: expr.getStart(sf), end: expr.getStart(sf), text: `${RUNTIME}.value(${id}, (` });
        edits.push({ pos: expr.end, end: expr.end, text: "))" });
      }
    }
  }

  // Imports move to the module's first line; exports and declarations are rewritten in place.
  const imports: string[] = [];
  const fixtures: Declared[] = [];
  for (const statement of sf.statements) {
    const start = statement.getStart(sf);
    const line = lineOf(start);
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const spec = statement.moduleSpecifier;
      const mapped = options.resolveImport(spec.text);
      const text = statement.getText(sf);
      imports.push(mapped === undefined ? text : text.slice(0, spec.getStart(sf) - start) + JSON.stringify(mapped) + text.slice(spec.end - start));
      edits.push({ pos: start, end: statement.end, text: blankOut(text) });
    } else if (ts.isImportEqualsDeclaration(statement) || ts.isExportAssignment(statement)) {
      unrunnable.push({ line, message: `the runner does not support \`${statement.getText(sf).split("\n")[0]}\`` });
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.moduleSpecifier !== undefined) {
        unrunnable.push({ line, message: `the runner does not support \`${statement.getText(sf).split("\n")[0]}\`` });
      } else {
        edits.push({ pos: start, end: statement.end, text: blankOut(statement.getText(sf)) });
      }
    } else if (hasDeclare(statement)) {
      if (ts.isVariableStatement(statement)) {
        const parts: string[] = [];
        for (const d of statement.declarationList.declarations) {
          const type = d.type?.getText(sf) ?? "";
          const name = ts.isIdentifier(d.name) ? d.name.text : d.name.getText(sf);
          const text = `declare const ${name}${type === "" ? "" : `: ${type}`}`;
          if (!ts.isIdentifier(d.name) || !options.hasFixture(name, type.replace(/\s+/g, ""))) {
            unrunnable.push({ line, message: `no fixture for \`${text}\` (see scripts/doctest/fixtures.ts)` });
            continue;
          }
          parts.push(`${name} = ${RUNTIME}.fixture(${fixtures.length})`);
          fixtures.push({ line, text, name, type });
        }
        const lineBreaks = statement.getText(sf).replace(/[^\n]/g, "");
        edits.push({ pos: start, end: statement.end, text: `let ${parts.join(", ")};${lineBreaks}` });
      } else if (ts.isModuleDeclaration(statement)) {
        // `declare module` / `declare global` / `declare namespace`: types for the compiler only.
        edits.push({ pos: start, end: statement.end, text: blankOut(statement.getText(sf)) });
      } else {
        unrunnable.push({ line, message: `no value for \`${statement.getText(sf).split("\n")[0]}\`: only \`declare const\` has fixtures` });
      }
    } else if (ts.canHaveModifiers(statement)) {
      for (const m of ts.getModifiers(statement) ?? []) {
        if (m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DefaultKeyword) edits.push({ pos: m.getStart(sf), end: m.end, text: blankOut(m.getText(sf)) });
      }
    }
  }

  if (unrunnable.length > 0) return { module: undefined, claims, fixtures, unrunnable };

  // Apply the edits from the end; an insertion at a position goes before a replacement starting there.
  let body = code;
  const ordered = edits.map((e, n) => ({ ...e, n })).sort((a, b) => b.pos - a.pos || b.end - a.end || b.n - a.n);
  for (const e of ordered) body = body.slice(0, e.pos) + e.text + body.slice(e.end);
  const header = `${imports.join(" ")} export default async function (${RUNTIME}) { const console = ${RUNTIME}.console;`;
  return { module: `${header}\n${body}\n}\n`, claims, fixtures, unrunnable };
}
