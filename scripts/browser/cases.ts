/**
 * What the browser test computes: the same function runs in Node.js on the built package and in a real
 * browser on the esbuild bundles of its subpaths, and the two answers must be equal. Each case is what a
 * user of that entry does (the quota checker of a newsroom dashboard, money in words on a portal, a plan
 * parsed and checked in a web app), bad input included: the answer holds the PlanError's codes, paths and
 * messages, and whether what was returned is frozen.
 *
 * @internal
 */

/** The functions a case uses, by entry, as the entries export them. */
export interface Entries {
  readonly rules: Record<string, (...args: never[]) => unknown>;
  readonly budget: Record<string, (...args: never[]) => unknown>;
  readonly calendar: Record<string, (...args: never[]) => unknown>;
  readonly model: Record<string, (...args: never[]) => unknown>;
  readonly read: Record<string, (...args: never[]) => unknown>;
  readonly documents: Record<string, (...args: never[]) => unknown>;
}

/** The inputs, read by the caller (the browser has no file system). */
export interface Inputs {
  readonly planJson: unknown;
  readonly seedText: string;
}

type Fn = (...args: unknown[]) => unknown;

/** A thrown error as data: its name, whether it is a PlanError, its issues' codes, paths and messages. */
function thrown(f: () => unknown, isPlanError: Fn): unknown {
  try {
    f();
    return "no error";
  } catch (error) {
    const e = error as { name?: string; issues?: { code: string; path: unknown; message: string; messageVi: string }[] };
    return { name: e.name, isPlanError: isPlanError(error), issues: e.issues?.map((i) => [i.code, i.path, i.message, i.messageVi]) };
  }
}

/** Whether a value and everything in it is frozen. */
function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== "object" || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => deeplyFrozen(v, seen));
}

/** Runs every case. */
export function runCases(lib: Entries, inputs: Inputs): Record<string, unknown> {
  const { rules, budget, calendar, model, read, documents } = lib as unknown as Record<keyof Entries, Record<string, Fn>>;
  const out: Record<string, unknown> = {};

  // The quota checker, as a dashboard uses it: events as dates, instants and Date objects.
  const events = Array.from({ length: 500 }, (_, i) => ({
    outletId: ["bao-lao-dong", "nguoi-lao-dong", "vtv"][i % 3]!,
    at: i % 3 === 0 ? `2017-0${7 + (i % 3)}-${String(1 + (i % 28)).padStart(2, "0")}` : i % 3 === 1 ? `2017-08-${String(1 + (i % 28)).padStart(2, "0")}T17:30:00Z` : new Date(Date.UTC(2017, 8, 1 + (i % 28), 18)),
    id: `e${i % 450}`,
  }));
  const quota = rules.evaluateQuota!({ min: 2, per: "week" }, events, { window: { start: "2017-07-03", end: "2017-10-01" }, asOf: "2017-09-20" }) as {
    outlets: { outletId: string; counted: number; shortfall: number; attainment: number; periods: unknown[] }[];
    rejectedCount: number;
  };
  out.quota = {
    outlets: quota.outlets.map((o) => [o.outletId, o.counted, o.shortfall, o.attainment, o.periods.length]),
    rejected: quota.rejectedCount,
    frozen: deeplyFrozen(quota),
    required: rules.requiredCount!({ min: 2, per: "week", edge: "prorate-up" }, { start: "2017-07-01", end: "2018-05-31" }),
    badRule: thrown(() => rules.evaluateQuota!({ min: 0, per: "fortnight" }, [], { window: { start: "2017-07-01", end: "2017-06-01" } }), rules.isPlanError!),
  };

  // Money, as a portal shows it.
  const amounts = ["151500000", "1000000000005", "15 tỷ đồng", "1,3 triệu đồng", "70.000đ"];
  out.money = {
    parsed: amounts.map((a) => String(budget.parseVnd!(a))),
    formatted: amounts.slice(0, 2).map((a) => budget.formatVnd!(budget.vnd!(a))),
    words: [0, 21, 105, 1_000_001, 151_500_000].map((n) => budget.vndToWords!(budget.vnd!(n))),
    allocated: (budget.allocate!(budget.vnd!(100), [1, 1, 1]) as unknown[]).map(String),
    badAmount: thrown(() => budget.parseVnd!("1,2345 nghìn"), budget.isPlanError!),
  };

  // The calendar: phrases, periods, the lunar calendar, iCalendar.
  out.calendar = {
    windows: ["Quý III, IV/2017", "từ ngày 01- 03/12/2023", "Tháng Công nhân năm 2018", "thượng tuần tháng 9/2017"].map((t) => calendar.parseVietnameseWindow!(t)),
    periods: (calendar.splitWindow!({ start: "2017-07-01", end: "2017-12-31" }, "month") as { key: string }[]).map((p) => p.key),
    lunar: calendar.solarToLunar!("2026-02-17"),
    badPhrase: thrown(() => calendar.parseVietnameseWindow!("ngày 30/02/2017"), calendar.isPlanError!),
  };

  // The model: the reference plan parsed, its budget, its lint, its calendar, its document.
  const plan = model.parsePlan!(inputs.planJson);
  out.plan = {
    frozen: deeplyFrozen(plan),
    total: String((budget.summarizeBudget!(plan) as { total: unknown }).total),
    lint: (rules.lintPlan!(plan) as { code: string }[]).map((f) => f.code),
    ics: calendar.toICalendar!(plan, { dtstamp: "2017-07-01T00:00:00Z" }),
    document: documents.renderPlanDocument!(plan, { format: "html", place: "Hà Nội" }),
    badPlan: thrown(() => model.parsePlan!({ schemaVersion: 2, units: "none" }), model.isPlanError!),
  };

  // The reader, on the text of the reference plan.
  const { draft, findings } = read.readPlanText!(inputs.seedText) as { draft: unknown; findings: { code: string; line: number }[] };
  out.read = { findings: findings.map((f) => [f.code, f.line]), score: (read.comparePlans!(draft, inputs.planJson) as { score: number }).score };
  return out;
}
