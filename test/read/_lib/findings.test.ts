/**
 * The catalogue of the reader's findings: its public types (ReadFindingCode, ReadFindingRule) reach the
 * package's declarations, so the declarations emitted for this file, with the project's compiler options
 * (`stripInternal` among them), must stand on their own; and every code has its two messages.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { READ_FINDINGS, readMessage } from "../../../src/read/_lib/findings.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The declarations tsc emits for a file of src (and what it imports), in memory, by path. */
function emitDeclarations(file: string): Map<string, string> {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const options = { ...config.options, noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: resolve(root, "decl"), rootDir: resolve(root, "src") };
  const out = new Map<string, string>();
  const program = ts.createProgram([resolve(root, file)], options);
  program.emit(undefined, (name, text) => out.set(name, text));
  return out;
}

/** The errors of a set of declaration files, checked alone (no skipLibCheck). */
function declarationErrors(files: Map<string, string>, of: string): string[] {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true, skipLibCheck: false, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => files.get(name) ?? read(name);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.directoryExists = (name) => [...files.keys()].some((f) => f.startsWith(`${name}/`)) || ts.sys.directoryExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile(name, version) : ts.createSourceFile(name, text, version);
  };
  const program = ts.createProgram([of], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(of)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the findings' catalogue", () => {
  it("has declarations that stand alone: its imports survive stripInternal", () => {
    const files = emitDeclarations("src/read/_lib/findings.ts");
    const decl = resolve(root, "decl/read/_lib/findings.d.ts");
    expect(files.has(decl)).toBe(true);
    expect(declarationErrors(files, decl)).toEqual([]);
  }, 60_000);

  it("gives every code a severity and a message in both languages", () => {
    for (const rule of READ_FINDINGS) {
      const m = readMessage(rule.code, { text: "Ban Tuyên giáo", other: "In tờ rơi", value: "10", expected: "2026", count: 2 });
      expect(m.severity).toBe(rule.severity);
      expect(m.message.length).toBeGreaterThan(0);
      expect(m.messageVi.length).toBeGreaterThan(0);
    }
  });
});
