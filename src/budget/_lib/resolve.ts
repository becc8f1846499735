import { INVALID_QUANTITY, INVALID_TYPE, INVALID_VALUE } from "../../errors/codes.js";
import { kindOf } from "../../errors/describe.js";
import type { Finding } from "../../errors/Finding.js";
import { newIssue } from "../../errors/issue.js";
import { PlanError } from "../../errors/PlanError.js";
import type { BudgetLineLike, BudgetPlan } from "../budgetPlan.js";
import { formatVnd } from "../formatVnd.js";
import { Vnd } from "../vnd.js";
import { budgetFinding, type ShareProblem } from "./findings.js";
import { MAX_DIGITS } from "./limits.js";
import { checkBudgetPlan, checkedQuantity, isStringList, readAmount, readAmountIn } from "./lines.js";
import { readSources } from "./own.js";
import { exactPercent, shareOfAmount, type ExactPercent } from "./percent.js";
import { productOf, quantitiesText, sameUnits, unitsText } from "./rates.js";
import { checkPercents, splitLine, type FundingEntry, type Part, type SplitFailure } from "./split.js";

const LIMIT = 10n ** BigInt(MAX_DIGITS);

/** A budget line with where it is, what it costs, who pays which part of it, and what is wrong with it. @internal */
export interface ResolvedLine {
  readonly line: BudgetLineLike;
  readonly sectionIndex: number;
  readonly lineIndex: number;
  readonly path: readonly (string | number)[];
  /** The amount the line states, if any. */
  readonly given: bigint | undefined;
  /** The unit price the line states, if any. */
  readonly unitPrice: bigint | undefined;
  /** What its rate gives: unit price × its quantities (or, in version 1, × `product.quantity`). */
  readonly rated: bigint | undefined;
  /** What its share gives: `percent` % of the lines it is a share of. */
  readonly shared: bigint | undefined;
  /**
   * The line's amount: the one it states, else its rate's, else its share's, else the sum of its funding
   * entries' amounts when each gives one; undefined when none of these is there.
   */
  readonly amount: bigint | undefined;
  /** Who pays what, adding up to `amount`; undefined when the line has no amount. */
  readonly parts: readonly Part[] | undefined;
  /** The sources that pay the line, each once: those of `parts`, or (without an amount) those it names. */
  readonly sources: readonly string[];
  /** Whether one of its sources is the plan's own. */
  readonly own: boolean;
  /** What the plan's own sources pay of it; undefined when the line has no amount. */
  readonly ownAmount: bigint | undefined;
  /** Whether the amount is a ceiling. */
  readonly cap: boolean;
  /** The line's findings, in the order of {@link checkDeclaredTotals}. */
  readonly findings: readonly Finding[];
}

/** The lines of a plan, resolved, in document order, and by their place. @internal */
export interface Resolution {
  readonly lines: readonly ResolvedLine[];
  /** The line at section `s`, line `j` (holes of sparse lists have none). */
  at(s: number, j: number): ResolvedLine | undefined;
  /** Whether a source is the plan's own. */
  readonly isOwn: (sourceId: string) => boolean;
}

/** A line as it is being resolved: what it states and its rate are known at once, its share and amount later. */
interface Work extends Pick<ResolvedLine, "line" | "sectionIndex" | "lineIndex" | "path" | "given" | "unitPrice" | "rated"> {
  readonly rateFindings: Finding[];
  readonly unitsMismatch: boolean;
  readonly share: { readonly lineIds: readonly string[]; readonly percent: ExactPercent; readonly value: number } | undefined;
  shared: bigint | undefined;
  shareBase: bigint | undefined;
  readonly shareFindings: Finding[];
  readonly funding: readonly FundingEntry[];
  readonly fundingSum: bigint | undefined;
  readonly cap: boolean;
}

/**
 * Reads every line of a plan's budget and resolves it: its amount (stated, priced by its rate, computed as
 * a share of other lines in dependency order, or the sum of its funding entries), its split between
 * sources, its own part, and its findings. Bad input (a value of the wrong type, a fraction of a đồng, a
 * quantity that is not whole) is a PlanError at its path, the first in document order; a document's own
 * inconsistencies are findings.
 *
 * @internal
 */
export function resolveLines(plan: BudgetPlan): Resolution {
  checkBudgetPlan(plan);
  const sources = readSources(plan);
  const isOwn = (sourceId: string) => sources.get(sourceId)?.own === true;
  const names = { get: (sourceId: string) => sources.get(sourceId)?.source.name };
  const works: Work[] = [];
  /** Per section, per line: the line's place in `works` (holes of sparse lists have none). */
  const bySection: number[][] = [];
  let shares = false;
  (plan.budget?.sections ?? []).forEach((section, s) => {
    const row: number[] = (bySection[s] = []);
    section.lines.forEach((line, j) => {
      const work = readLine(line, s, j);
      if (work.share !== undefined) shares = true;
      row[j] = works.length;
      works.push(work);
    });
  });
  if (shares) {
    const byId = new Map<string, Work>();
    for (const work of works) if (!byId.has(work.line.id)) byId.set(work.line.id, work);
    computeShares(works, byId);
  }
  const lines = works.map((work) => finish(work, isOwn, names));
  return {
    lines,
    at: (s, j) => {
      const k = bySection[s]?.[j];
      return k === undefined ? undefined : lines[k];
    },
    isOwn,
  };
}

/** Throws a PlanError with one issue. */
function fail(message: Parameters<typeof newIssue>[0], path: readonly (string | number)[], params: Parameters<typeof newIssue>[2]): never {
  throw new PlanError([newIssue(message, path, params)]);
}

/** Reads a line's figures and checks its shape, pricing its rate. */
function readLine(line: BudgetLineLike, s: number, j: number): Work {
  const path = ["budget", "sections", s, "lines", j];
  if (line === null || typeof line !== "object") fail(INVALID_TYPE, path, { expected: "object", received: kindOf(line) });
  // As lineAmount reads them: the quantity, the amount, the unit price.
  const quantity = checkedQuantity(line, s, j);
  const given = line.amount === undefined ? undefined : readAmountIn(line.amount, path, "amount");
  const unitPrice = line.unitPrice === undefined ? undefined : readAmountIn(line.unitPrice, path, "unitPrice");
  const per: unknown = line.unitPricePer;
  if (per !== undefined && !isStringList(per)) fail(INVALID_TYPE, [...path, "unitPricePer"], { expected: "array", received: kindOf(per) });
  const quantities = isEmptyList(line.quantities) ? NONE : readQuantities(line.quantities, [...path, "quantities"]);
  const cap: unknown = line.cap;
  if (cap !== undefined && typeof cap !== "boolean") fail(INVALID_TYPE, [...path, "cap"], { expected: "boolean", received: kindOf(cap) });
  const share = line.shareOf === undefined ? undefined : readShare(line.shareOf, [...path, "shareOf"]);
  const funding = isEmptyList(line.funding) ? NONE : readFunding(line.funding, [...path, "funding"]);

  // The rate: unit price × the quantities, whose units must be the rate's; else version 1's quantity.
  const rateFindings: Finding[] = [];
  let rated: bigint | undefined;
  let unitsMismatch = false;
  if (unitPrice !== undefined && quantities.length > 0) {
    const units = (per ?? []) as readonly string[];
    if (!sameUnits(units, quantities.map((q) => q.unit))) {
      unitsMismatch = true;
      rateFindings.push(
        budgetFinding("rate_units_mismatch", "warning", [...path, "unitPricePer"], { title: line.title, per: unitsText(units), quantities: quantitiesText(quantities) }, {
          per: unitsText(units),
          units: unitsText(quantities.map((q) => q.unit)),
        }),
      );
    } else {
      const product = productOf(quantities, LIMIT);
      if (product === undefined || unitPrice * product >= LIMIT || unitPrice * product <= -LIMIT) {
        fail(INVALID_QUANTITY, [...path, "quantities"], { value: quantitiesText(quantities), detail: `unit price × quantities has more than ${MAX_DIGITS} digits`, detailVi: `đơn giá × số lượng có quá ${MAX_DIGITS} chữ số` });
      }
      rated = unitPrice * product!;
      if (given !== undefined && given !== rated) {
        rateFindings.push(
          budgetFinding("line_amount_mismatch", "error", [...path, "amount"], { factors: quantitiesText(quantities), unitPrice, computed: rated, amount: given }, {
            quantity: product!.toString(),
            quantities: quantitiesText(quantities),
            unitPrice: unitPrice.toString(),
            amount: given.toString(),
            computed: rated.toString(),
            difference: (given - rated).toString(),
          }),
        );
      }
    }
  } else if (unitPrice !== undefined && quantity !== undefined) {
    rated = unitPrice * BigInt(quantity);
    if (given !== undefined && given !== rated) {
      rateFindings.push(
        budgetFinding("line_amount_mismatch", "error", [...path, "amount"], { factors: String(quantity), unitPrice, computed: rated, amount: given }, {
          quantity: String(quantity),
          unitPrice: unitPrice.toString(),
          amount: given.toString(),
          computed: rated.toString(),
          difference: (given - rated).toString(),
        }),
      );
    }
  }
  let fundingSum: bigint | undefined;
  if (funding.length > 0) {
    fundingSum = 0n;
    for (const e of funding) fundingSum = e.amount === undefined || fundingSum === undefined ? undefined : fundingSum + e.amount;
  }
  return {
    line,
    sectionIndex: s,
    lineIndex: j,
    path,
    given,
    unitPrice,
    rated,
    rateFindings,
    unitsMismatch,
    share,
    shared: undefined,
    shareBase: undefined,
    shareFindings: [],
    funding,
    fundingSum,
    cap: cap === true,
  };
}

/** No entries: shared by the lines that have none. */
const NONE: readonly never[] = Object.freeze([]);

/** Whether a list is absent or empty (what needs no reading). */
const isEmptyList = (value: unknown): boolean => value === undefined || (Array.isArray(value) && value.length === 0);

function readQuantities(value: unknown, path: readonly (string | number)[]): readonly { readonly quantity: number; readonly unit: string }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(INVALID_TYPE, path, { expected: "array", received: kindOf(value) });
  value.forEach((item: unknown, i) => {
    if (item === null || typeof item !== "object") fail(INVALID_TYPE, [...path, i], { expected: "object", received: kindOf(item) });
    const { quantity, unit } = item as { quantity?: unknown; unit?: unknown };
    if (typeof quantity !== "number" || !Number.isSafeInteger(quantity)) {
      fail(INVALID_QUANTITY, [...path, i, "quantity"], { value: quantity, detail: "a quantity is a whole number", detailVi: "số lượng phải là số nguyên" });
    }
    if (typeof unit !== "string") fail(INVALID_TYPE, [...path, i, "unit"], { expected: "string", received: kindOf(unit) });
  });
  return value as readonly { readonly quantity: number; readonly unit: string }[];
}

/** A percentage: a finite number ≥ 0, read exactly. */
function readPercent(value: unknown, path: readonly (string | number)[]): ExactPercent {
  const exact = exactPercent(value);
  if (exact === undefined) {
    return fail(INVALID_VALUE, path, { expected: "a finite number ≥ 0", expectedVi: "một số hữu hạn ≥ 0", receivedValue: value });
  }
  return exact;
}

function readShare(value: unknown, path: readonly (string | number)[]): Work["share"] {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== "object") return fail(INVALID_TYPE, path, { expected: "object", received: kindOf(value) });
  const { lineIds, percent } = value as { lineIds?: unknown; percent?: unknown };
  if (!isStringList(lineIds)) return fail(INVALID_TYPE, [...path, "lineIds"], { expected: "array", received: kindOf(lineIds) });
  return { lineIds, percent: readPercent(percent, [...path, "percent"]), value: percent as number };
}

function readFunding(value: unknown, path: readonly (string | number)[]): readonly FundingEntry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(INVALID_TYPE, path, { expected: "array", received: kindOf(value) });
  return value.map((item: unknown, i) => {
    if (item === null || typeof item !== "object") fail(INVALID_TYPE, [...path, i], { expected: "object", received: kindOf(item) });
    const { sourceId, amount, percent } = item as { sourceId?: unknown; amount?: unknown; percent?: unknown };
    if (typeof sourceId !== "string") fail(INVALID_TYPE, [...path, i, "sourceId"], { expected: "string", received: kindOf(sourceId) });
    return {
      sourceId: sourceId as string,
      amount: amount === undefined ? undefined : readAmount(amount, [...path, i, "amount"]),
      percent: percent === undefined ? undefined : readPercent(percent, [...path, i, "percent"]),
    };
  });
}

/** A line's amount as the shares read it, once its own share (if any) is computed. */
const amountOf = (w: Work): bigint | undefined => w.given ?? w.rated ?? w.shared ?? w.fundingSum;

/**
 * Computes the shares in dependency order: the strongly connected components of the graph "share →
 * the share lines it is of", by Tarjan's algorithm (iterative, so that a chain of a hundred thousand
 * shares needs no deep stack), come out dependencies first. A component of several lines, or a line that
 * lists itself, is a cycle: none of its shares is computed.
 */
function computeShares(works: readonly Work[], byId: ReadonlyMap<string, Work>): void {
  const nodes = works.filter((w) => w.share !== undefined);
  const n = nodes.length;
  if (n === 0) return;
  const ordinal = new Map<Work, number>();
  nodes.forEach((w, i) => ordinal.set(w, i));
  const edges: number[][] = nodes.map((w) => {
    const targets: number[] = [];
    for (const id of w.share!.lineIds) {
      const t = byId.get(id);
      const k = t === undefined ? undefined : ordinal.get(t);
      if (k !== undefined) targets.push(k);
    }
    return targets;
  });
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const frames: number[] = [];
  const next: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const enter = (v: number) => {
      index[v] = low[v] = counter++;
      stack.push(v);
      onStack[v] = 1;
      frames.push(v);
      next.push(0);
    };
    enter(root);
    while (frames.length > 0) {
      const v = frames[frames.length - 1]!;
      const targets = edges[v]!;
      const k = next[next.length - 1]!;
      if (k < targets.length) {
        next[next.length - 1] = k + 1;
        const t = targets[k]!;
        if (index[t] === -1) enter(t);
        else if (onStack[t] === 1 && index[t]! < low[v]!) low[v] = index[t]!;
        continue;
      }
      frames.pop();
      next.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined && low[v]! < low[parent]!) low[parent] = low[v]!;
      if (low[v] !== index[v]) continue;
      const id = components++;
      const members: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        component[member] = id;
        members.push(member);
      } while (member !== v);
      const cyclic = members.length > 1 || edges[v]!.includes(v);
      const inCycle = cyclic ? (t: Work) => ordinal.has(t) && component[ordinal.get(t)!] === id : () => false;
      for (let m = members.length - 1; m >= 0; m--) evaluateShare(nodes[members[m]!]!, byId, inCycle);
    }
  }
}

/** Computes one share, its dependencies computed; `inCycle` tells the lines of its own cycle. */
function evaluateShare(w: Work, byId: ReadonlyMap<string, Work>, inCycle: (t: Work) => boolean): void {
  const share = w.share!;
  const seen = new Set<string>();
  let base = 0n;
  let ok = true;
  share.lineIds.forEach((id, k) => {
    if (seen.has(id)) return;
    seen.add(id);
    const t = byId.get(id);
    let problem: ShareProblem | undefined;
    let amount: bigint | undefined;
    if (t === undefined) problem = "unknown_line";
    else if (inCycle(t)) problem = "cycle";
    else if ((amount = amountOf(t)) === undefined) problem = "no_amount";
    if (problem === undefined) {
      base += amount!;
      return;
    }
    ok = false;
    w.shareFindings.push(
      budgetFinding(
        "share_of_unknown_line",
        "warning",
        [...w.path, "shareOf", "lineIds", k],
        { title: w.line.title, percent: share.value, problem, target: t?.line.title ?? id, self: t === w },
        { lineId: id, reason: problem, percent: String(share.value) },
      ),
    );
  });
  if (!ok || inCycle(w)) return;
  w.shareBase = base;
  w.shared = shareOfAmount(share.percent, base);
}

/** The line's amount, split, own part and findings in their order. */
function finish(w: Work, isOwn: (id: string) => boolean, names: Names): ResolvedLine {
  const { line, path, given } = w;
  const findings: Finding[] = w.rateFindings;
  for (const f of w.shareFindings) findings.push(f);
  if (w.share !== undefined && w.shared !== undefined && given !== undefined && given !== w.shared) {
    findings.push(
      budgetFinding("share_amount_mismatch", "error", [...path, "amount"], { percent: w.share.value, base: w.shareBase!, computed: w.shared, amount: given }, {
        percent: String(w.share.value),
        lineIds: w.share.lineIds.slice(0, 100).join(","),
        base: w.shareBase!.toString(),
        computed: w.shared.toString(),
        amount: given.toString(),
        difference: (given - w.shared).toString(),
      }),
    );
  }
  const amount = amountOf(w);
  let parts: Part[] | undefined;
  let failure: SplitFailure | undefined;
  if (amount !== undefined) {
    if (w.funding.length === 0) parts = [{ sourceId: line.fundingSourceId, amount }];
    else {
      const split = splitLine(amount, w.funding);
      if ("parts" in split) parts = split.parts;
      else {
        failure = split;
        parts = [{ sourceId: line.fundingSourceId, amount }];
      }
    }
  } else if (w.funding.length > 0) failure = checkPercents(w.funding);
  if (failure !== undefined) findings.push(splitFinding(w, failure, amount, names));
  let sources: string[];
  let own: boolean;
  let ownAmount: bigint | undefined;
  if (parts !== undefined && parts.length === 1) {
    // One source pays the whole line.
    sources = [parts[0]!.sourceId];
    own = isOwn(parts[0]!.sourceId);
    ownAmount = own ? parts[0]!.amount : 0n;
  } else {
    sources = [...new Set(parts === undefined ? (w.funding.length > 0 ? w.funding.map((e) => e.sourceId) : [line.fundingSourceId]) : parts.map((p) => p.sourceId))];
    own = sources.some(isOwn);
    ownAmount = parts === undefined ? undefined : parts.reduce((sum, p) => (isOwn(p.sourceId) ? sum + p.amount : sum), 0n);
  }
  const explained = w.unitsMismatch || w.shareFindings.length > 0;
  if (own && amount === undefined && !explained) {
    const per = (line.unitPricePer ?? []) as readonly string[];
    const rate = w.unitPrice === undefined ? undefined : `${formatVnd(Vnd.fromBigInt(w.unitPrice))}${per.length > 0 ? `/${unitsText(per)}` : ""}`;
    findings.push(
      budgetFinding("own_line_without_amount", "warning", [...path, "amount"], { title: line.title, rate }, w.unitPrice === undefined ? {} : { unitPrice: w.unitPrice.toString(), per: unitsText(per) }),
    );
  }
  return {
    line,
    sectionIndex: w.sectionIndex,
    lineIndex: w.lineIndex,
    path,
    given,
    unitPrice: w.unitPrice,
    rated: w.rated,
    shared: w.shared,
    amount,
    parts,
    sources,
    own,
    ownAmount,
    cap: w.cap,
    findings,
  };
}

/** The names of the plan's sources, by id. */
interface Names {
  get(sourceId: string): string | undefined;
}

/** The finding of a split that does not hold. */
function splitFinding(w: Work, failure: SplitFailure, amount: bigint | undefined, names: Names): Finding {
  const primary = amount === undefined ? undefined : (names.get(w.line.fundingSourceId) ?? w.line.fundingSourceId);
  const counted = primary === undefined ? {} : { countedFor: w.line.fundingSourceId };
  const line = amount === undefined ? {} : { amount: amount.toString() };
  switch (failure.reason) {
    case "percent_over_100":
      return budgetFinding("funding_split_mismatch", "error", [...w.path, "funding"], { problem: failure, countedFor: primary }, {
        reason: failure.reason,
        percentTotal: failure.percentTotal,
        ...line,
        ...counted,
      });
    case "percent_amount_mismatch": {
      const entry = w.funding[failure.index]!;
      const source = names.get(entry.sourceId) ?? entry.sourceId;
      const percent = (w.line.funding?.[failure.index]?.percent ?? 0) as number;
      return budgetFinding(
        "funding_split_mismatch",
        "error",
        [...w.path, "funding", failure.index],
        { problem: { reason: failure.reason, source, given: entry.amount!, percent, computed: failure.computed, amount: amount! }, countedFor: primary },
        { reason: failure.reason, sourceId: entry.sourceId, given: entry.amount!.toString(), percent: String(percent), computed: failure.computed.toString(), ...line, ...counted },
      );
    }
    default:
      return budgetFinding(
        "funding_split_mismatch",
        "error",
        [...w.path, "funding"],
        { problem: { reason: failure.reason, covered: failure.covered, amount: amount! }, countedFor: primary },
        { reason: failure.reason, covered: failure.covered.toString(), ...line, ...counted, difference: (amount! - failure.covered).toString() },
      );
  }
}
