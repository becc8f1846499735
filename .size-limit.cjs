// Size budgets (issue "Light and fast"): what each user pays for, as an esbuild bundle (minified, gzipped,
// dependencies included) of a file that imports only these names from their subpath of the built package.
// `npm run size` checks them, and scripts/check-bundles.mjs checks that the light entries carry no zod (and
// the quota checker no decimal.js); both run in .ci/run. The figures are recorded in docs/performance.md.
const ZOD_CORE = 80_440; // gzipped bytes of zod 4's core (zod/v4/core), measured by scripts/check-bundles.mjs

module.exports = [
  { name: "quota checker", path: "dist/rules/index.js", import: "{ evaluateQuota, requiredCount }", limit: "6 kB", gzip: true },
  { name: "money", path: "dist/budget/index.js", import: "{ vnd, formatVnd, vndToWords, parseVnd, allocate }", limit: "5 kB", gzip: true },
  { name: "calendar", path: "dist/calendar/index.js", import: "{ parseVietnameseWindow, splitWindow, toICalendar }", limit: "10 kB", gzip: true },
  { name: "plan (zod's core + 40 kB)", path: "dist/model/index.js", import: "{ parsePlan }", limit: `${ZOD_CORE + 40_000} B`, gzip: true },
];
