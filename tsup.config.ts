import { defineConfig } from "tsup";

export default defineConfig({
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
    // Not an entry point for users (it is not in the exports map): building the ratio functions as their
    // own entry keeps them, and decimal.js, which only they import, in a chunk of their own, so that a
    // bundle of the money functions (vnd, formatVnd, vndToWords, parseVnd, allocate) carries no decimal.js.
    "_internal/ratio": "src/budget/percentOf.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
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
});
