// Size budgets (issue "Light and fast"): what each user pays for, as an esbuild bundle (minified, gzipped,
// dependencies included) of a file that imports only these names from their subpath of the built package.
// `npm run size` checks them, and scripts/check-bundles.mjs checks that the light entries carry no zod (and
// the quota checker no decimal.js); both run in .ci/run. The figures are recorded in docs/performance.md.
//
// The goals are 6 kB (quota checker), 5 kB (money) and 10 kB (calendar); the light entries miss them
// (docs/performance.md says by how much and what the bytes are). Until they are met, each limit is the size
// measured when the goal was last worked on plus about 2%, so that growth fails CI; lower a limit whenever an
// entry gets smaller, and never raise one without saying why in the changelog.
const ZOD_CORE = 80_440; // gzipped bytes of zod 4's core (zod/v4/core), measured by scripts/check-bundles.mjs

module.exports = [
  { name: "quota checker (goal 6 kB)", path: "dist/rules/index.js", import: "{ evaluateQuota, requiredCount }", limit: "7.5 kB", gzip: true },
  { name: "money (goal 5 kB)", path: "dist/budget/index.js", import: "{ vnd, formatVnd, vndToWords, parseVnd, allocate }", limit: "7.85 kB", gzip: true },
  { name: "calendar (goal 10 kB)", path: "dist/calendar/index.js", import: "{ parseVietnameseWindow, splitWindow, toICalendar }", limit: "16.95 kB", gzip: true },
  { name: "plan (zod's core + 40 kB)", path: "dist/model/index.js", import: "{ parsePlan }", limit: `${ZOD_CORE + 40_000} B`, gzip: true },
];
