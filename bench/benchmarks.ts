/** Every benchmark, in the order of issue 10's table; `npm run bench -- <name>` runs one. */
import { budgetLarge, budgetSmall, words } from "./budget.js";
import { deadlines } from "./calendar.js";
import type { Benchmark } from "./harness.js";
import { parsePlanBench } from "./model.js";
import { readSeed, slopeCompare, slopeRead } from "./read.js";
import { quotaDateObjects, quotaDates, quotaEmpty, quotaInstants, quotaMemory } from "./quota.js";
import { review, slopeLint, slopeReview } from "./report.js";

export const BENCHMARKS: readonly Benchmark[] = [
  quotaDates,
  quotaInstants,
  quotaDateObjects,
  quotaEmpty,
  budgetSmall,
  budgetLarge,
  parsePlanBench,
  words,
  deadlines,
  review,
  slopeReview,
  slopeLint,
  quotaMemory,
  readSeed,
  slopeRead,
  slopeCompare,
];
