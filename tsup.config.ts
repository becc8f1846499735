import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

const root = dirname(fileURLToPath(import.meta.url));
const srcCli = resolve(root, "src/cli");

/**
 * The command line (src/cli) reaches the library only through its entries, which stay files of their own:
 * an import of src/index.ts or src/docx/index.ts is left to Node as "../index.js" or "../docx/index.js",
 * next to dist/cli/index.js (so the bin runs the same built modules as users' code, and loads docx only
 * for --as docx). Anything else outside src/cli (a module deep inside the library, a package) fails the build.
 */
const libraryEntries: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "library-entries",
  setup(build) {
    const entries = new Map([
      [resolve(root, "src/index.js"), "../index.js"],
      [resolve(root, "src/docx/index.js"), "../docx/index.js"],
    ]);
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point" || args.path.startsWith("node:")) return undefined;
      const target = resolve(args.resolveDir, args.path);
      const entry = entries.get(target);
      if (entry !== undefined) return { path: entry, external: true };
      if (!args.path.startsWith(".") || relative(srcCli, target).startsWith("..")) {
        return { errors: [{ text: `src/cli may import node: modules, its own files, src/index.ts and src/docx/index.ts only, not "${args.path}"` }] };
      }
      return undefined;
    });
  },
};

const library: Options = {
  entry: {
    index: "src/index.ts",
    "model/index": "src/model/index.ts",
    "calendar/index": "src/calendar/index.ts",
    "budget/index": "src/budget/index.ts",
    "rules/index": "src/rules/index.ts",
    "report/index": "src/report/index.ts",
    "documents/index": "src/documents/index.ts",
    // Needs the optional peer dependency docx, which stays external (the other entries never import it).
    "docx/index": "src/docx/index.ts",
    "read/index": "src/read/index.ts",
    // Not an entry point for users (it is not in the exports map): building the ratio functions as their
    // own entry keeps them, and decimal.js, which only they import, in a chunk of their own, so that a
    // bundle of the money functions (vnd, formatVnd, vndToWords, parseVnd, allocate) carries no decimal.js.
    "_internal/ratio": "src/budget/percentOf.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  // dist/cli is the other build's (below).
  clean: ["!cli/**"],
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  external: ["zod", "date-fns", "decimal.js", "docx"],
  // Vietnamese text as UTF-8 (not \u escapes) and shorter syntax: smaller files that load faster. Names and
  // lines are kept, so stack traces stay readable, and so are the /* @__PURE__ */ annotations that let
  // bundlers drop what a user does not import (esbuild drops them when it minifies whitespace).
  esbuildOptions(options) {
    options.charset = "utf8";
    options.minifySyntax = true;
  },
};

/** The `cong-doan-ke-hoach` bin: Node only, ESM, one file, not an entry point for imports. */
const cli: Options = {
  entry: { "cli/index": "src/cli/index.ts" },
  format: ["esm"],
  dts: false,
  clean: false,
  sourcemap: false,
  splitting: false,
  treeshake: false,
  target: "node20",
  platform: "node",
  removeNodeProtocol: false,
  // tsup makes a file that starts with "#!" executable.
  banner: { js: "#!/usr/bin/env node" },
  esbuildPlugins: [libraryEntries],
  esbuildOptions(options) {
    options.charset = "utf8";
  },
};

export default defineConfig([library, cli]);
