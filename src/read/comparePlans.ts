import { INVALID_TYPE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError } from "../errors/PlanError.js";
import { compareFacts } from "./_lib/facts.js";

/**
 * A fact of a plan, as {@link comparePlans} counts it: a text the plan keeps, a figure, a date or window, a
 * unit and its kind, a link from a part to a unit.
 *
 * @example
 * ```ts
 * import type { PlanFact } from "cong-doan-ke-hoach";
 *
 * const fact: PlanFact = { key: "budget|declaredTotal", part: "budget", label: "declared total", value: "151500000" };
 * ```
 * @category Read
 */
export interface PlanFact {
  /** Stable within a comparison: the part, the entity (in the reference plan's terms) and the attribute. */
  readonly key: string;
  /** The part of the plan it belongs to ("header", "units", "channels", "budget"…). */
  readonly part: string;
  /** A readable name of the fact: `activity "Video hoạt họa 2D" window`. */
  readonly label: string;
  /** What it says, as compared: normalised text, digits, a window "2017-07-01..2018-05-31", "yes". */
  readonly value: string;
}

/**
 * A fact both plans state, with different values.
 *
 * @example
 * ```ts
 * import type { DifferentFact } from "cong-doan-ke-hoach";
 *
 * declare const d: DifferentFact;
 * console.log(`${d.fact.label}: expected ${d.fact.value}, found ${d.actual}`);
 * ```
 * @category Read
 */
export interface DifferentFact {
  /** The fact as the reference plan (`b`) states it. */
  readonly fact: PlanFact;
  /** What the compared plan (`a`) says instead. */
  readonly actual: string;
}

/**
 * What {@link comparePlans} returns.
 *
 * @example
 * ```ts
 * import type { ComparePlansResult } from "cong-doan-ke-hoach";
 *
 * declare const result: ComparePlansResult;
 * console.log(`${result.matched.length} of ${result.total} facts, score ${result.score.toFixed(3)}`);
 * ```
 * @category Read
 */
export interface ComparePlansResult {
  /** Facts of `b` that `a` states the same. */
  readonly matched: readonly PlanFact[];
  /** Facts of `b` that `a` does not state. */
  readonly missing: readonly PlanFact[];
  /** Facts of `b` that `a` states otherwise. */
  readonly different: readonly DifferentFact[];
  /** Facts of `a` that `b` does not state. */
  readonly extra: readonly PlanFact[];
  /** How many facts `b` states: matched + missing + different. */
  readonly total: number;
  /** matched / total (1 when `b` states nothing). */
  readonly score: number;
}

/**
 * Compares a plan with a reference plan fact by fact, whatever their ids: what the reference states
 * (its texts, figures, dates and windows, units and their kinds, the units of each part, the links between
 * parts), which of those the other plan states the same, which it leaves out, which it states otherwise,
 * and what it states that the reference does not. Entities are matched by content: units by their names
 * (abbreviations written out: "Ban CSKTXH và TĐKT" is "Ban Chính sách, kinh tế, xã hội và thi đua khen
 * thưởng") and kinds, texts by their words, activities by title within their channel, quotas by rule,
 * budget lines by title and amount. Each fact is counted once; `docs/reading.md` lists them. Texts compare
 * whatever their Unicode form, quotes, spaces and case.
 *
 * @param a - the plan to judge (a draft of {@link readPlanText}, a plan document, a parsed plan).
 * @param b - the reference plan (a hand transcription).
 * @returns `{ matched, missing, different, extra, total, score }`, deeply frozen.
 * @throws {@link PlanError} `invalid_type` at `["a"]` or `["b"]` when a plan is not an object.
 * @example
 * ```ts
 * import { comparePlans } from "cong-doan-ke-hoach";
 *
 * const reference = { schemaVersion: 2, header: { title: "KẾ HOẠCH", subject: "Tuyên truyền" }, closing: ["Trên đây là Kế hoạch."] };
 * comparePlans(reference, reference).score; //=> 1
 * const partial = comparePlans({ schemaVersion: 2, header: { title: "KẾ HOẠCH" } }, reference);
 * partial.missing.map((f) => f.label); //=> ["subject", "closing paragraph 1"]
 * ```
 * @category Read
 */
export function comparePlans(a: unknown, b: unknown): ComparePlansResult {
  for (const [name, plan] of [["a", a], ["b", b]] as const) {
    if (plan === null || typeof plan !== "object" || Array.isArray(plan)) {
      throw new PlanError([newIssue(INVALID_TYPE, [name], { expected: "object", received: kindOf(plan) })]);
    }
  }
  const { facts, theirs } = compareFacts(a, b);
  const matched: PlanFact[] = [];
  const missing: PlanFact[] = [];
  const different: DifferentFact[] = [];
  for (const [key, fact] of facts) {
    const other = theirs.get(key);
    if (other === undefined) missing.push(Object.freeze(fact));
    else if (other.value === fact.value) matched.push(Object.freeze(fact));
    else different.push(Object.freeze({ fact: Object.freeze(fact), actual: other.value }));
  }
  const extra = [...theirs.values()].filter((f) => !facts.has(f.key)).map((f) => Object.freeze(f));
  const total = facts.size;
  return Object.freeze({
    matched: Object.freeze(matched),
    missing: Object.freeze(missing),
    different: Object.freeze(different),
    extra: Object.freeze(extra),
    total,
    score: total === 0 ? 1 : matched.length / total,
  });
}
