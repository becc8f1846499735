/**
 * The values the doc-test runner gives to the `declare const` of @example blocks, matched by name and by
 * declared type (written without spaces). An example that declares something not listed here still
 * compiles, but cannot run: if it has `//=>` claims, the run fails and names the declaration.
 *
 * | name      | declared type                                               | value |
 * |-----------|-------------------------------------------------------------|-------|
 * | `plan`    | `Plan`, `BudgetPlan`, `CalendarPlan`                        | the reference plan, `parsePlan` of examples/vgcl-2017/plan.json |
 * | `json`    | `unknown`, `PlanJson`                                       | that file's JSON, freshly parsed for every block |
 * | `records` | `readonly ProgressRecord[]`, `ProgressRecord[]`             | `parseProgressRecords(generateRecords(plan, { seed: 2017, asOf: "2018-04-30" }), plan)` (examples/vgcl-2017/records.ts) |
 * | `records` | `readonly ProgressRecordJson[]`, `ProgressRecordJson[]`     | the same records as JSON, fresh for every block |
 * | `review`  | `PhaseReview`                                               | `phaseReview(plan, records, { asOf: "2018-04-30" })` |
 * | `report`  | `MonthlyReport`                                             | `monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" })` |
 * | `finding` | `ReadFinding`, `TextFinding`                                | the first finding of `readPlanText` / `checkPlanText` of the reference plan's text (examples/documents/seed/) |
 * | `unread`  | `UnreadParagraph`                                           | the first unread paragraph of `readPlanText` of that text |
 * | `result`  | `ComparePlansResult`                                        | `comparePlans(readPlanText(that text).draft, json)` |
 * | `d`       | `DifferentFact`                                             | the first fact that comparison finds different |
 *
 * The parsed values are deeply frozen and built once; the JSON values are new objects for every block.
 */
import { readFileSync } from "node:fs";
import { checkPlanText, comparePlans, monthlyReport, parsePlan, parseProgressRecords, phaseReview, readPlanText, type Plan, type ProgressRecord } from "../../src/index.js";
import { generateRecords } from "../../examples/vgcl-2017/records.js";

/** A value for `declare const <name>: <one of types>`. */
export interface Fixture {
  readonly name: string;
  /** The declared types it answers, without white space (`readonlyProgressRecord[]`). */
  readonly types: readonly string[];
  /** What it is, as documented above. */
  readonly description: string;
  /** Makes (or returns the cached) value. */
  readonly value: () => unknown;
}

/** The reference plan's file. */
const PLAN_FILE = new URL("../../examples/vgcl-2017/plan.json", import.meta.url);

/** A value built on first use. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const planJson = (): unknown => JSON.parse(readFileSync(PLAN_FILE, "utf8"));
const plan = once((): Plan => parsePlan(planJson()));
const recordsJson = () => generateRecords(plan(), { seed: 2017, asOf: "2018-04-30" });
const records = once((): readonly ProgressRecord[] => parseProgressRecords(recordsJson(), plan()));

/** The reference plan's text, read; and compared with the plan. */
const seedText = once(() => readFileSync(new URL("../../examples/documents/seed/ke-hoach-tuyen-truyen-2017.txt", import.meta.url), "utf8"));
const seedRead = once(() => readPlanText(seedText()));
const seedComparison = once(() => comparePlans(seedRead().draft, planJson()));

/** Every fixture. */
export const FIXTURES: readonly Fixture[] = [
  { name: "plan", types: ["Plan", "BudgetPlan", "CalendarPlan"], description: "the reference plan (examples/vgcl-2017/plan.json), parsed", value: plan },
  { name: "json", types: ["unknown", "PlanJson"], description: "the reference plan's JSON, freshly parsed", value: planJson },
  {
    name: "records",
    types: ["readonlyProgressRecord[]", "ProgressRecord[]"],
    description: 'the generated progress records of the reference plan up to 2018-04-30 (seed 2017), parsed',
    value: records,
  },
  {
    name: "records",
    types: ["readonlyProgressRecordJson[]", "ProgressRecordJson[]"],
    description: "the generated progress records of the reference plan up to 2018-04-30 (seed 2017), as JSON",
    value: recordsJson,
  },
  {
    name: "review",
    types: ["PhaseReview"],
    description: 'phaseReview(plan, records, { asOf: "2018-04-30" })',
    value: once(() => phaseReview(plan(), records(), { asOf: "2018-04-30" })),
  },
  {
    name: "report",
    types: ["MonthlyReport"],
    description: 'monthlyReport(plan, "bao-lao-dong", "2017-08", records, { asOf: "2017-09-03" })',
    value: once(() => monthlyReport(plan(), "bao-lao-dong", "2017-08", records(), { asOf: "2017-09-03" })),
  },
  { name: "finding", types: ["ReadFinding"], description: "the first finding of readPlanText of the reference plan's text", value: () => seedRead().findings[0] },
  { name: "finding", types: ["TextFinding"], description: "the first finding of checkPlanText of the reference plan's text", value: once(() => checkPlanText(seedText())[0]) },
  { name: "unread", types: ["UnreadParagraph"], description: "the first unread paragraph of readPlanText of the reference plan's text", value: () => seedRead().unread[0] },
  { name: "result", types: ["ComparePlansResult"], description: "comparePlans(readPlanText(the reference plan's text).draft, json)", value: seedComparison },
  { name: "d", types: ["DifferentFact"], description: "the first fact that comparison finds different", value: () => seedComparison().different[0] },
];

/**
 * The fixture for a declaration.
 *
 * @param name - the declared name.
 * @param type - the declared type, without white space ("" when there is none).
 * @returns the fixture, or undefined when there is none.
 */
export function findFixture(name: string, type: string): Fixture | undefined {
  return FIXTURES.find((f) => f.name === name && f.types.includes(type));
}
