import { isParsedPlan } from "../_lib/parsedPlan.js";
import { kindOf } from "../errors/describe.js";
import { z } from "zod";
import { signedAmountSchema } from "../budget/amountSchema.js";
import { toVietnamDate } from "../calendar/toVietnamDate.js";
import { PlanValidationError, type SafeResult } from "../errors/PlanError.js";
import { fromZodIssues, type CustomIssueParams } from "../errors/fromZod.js";
import { makeIssue } from "../errors/messages.js";
import type { Plan } from "../model/plan.js";
import { ITEM_KINDS } from "../model/schema.js";

const id = z.string().min(1).max(200);
const text = z.string().min(1).max(10_000);
const count = z.int().min(0).max(1_000_000_000);

/** An ISO date or an instant with an offset, read as the date in Vietnam. */
const when = z
  .union([z.string().max(40), z.date()])
  .transform((value, ctx) => {
    try {
      return toVietnamDate(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "not a date", params: { planCode: "invalid_date", value: value } satisfies CustomIssueParams });
      return z.NEVER;
    }
  });

const base = {
  /** The record's own id, unique among the records. */
  id,
  /** When it happened: an ISO date or an instant with an offset (read as the date in Vietnam). */
  at: when,
  /** The unit that reports it (a federation, a sector union, a newspaper). */
  reportedBy: id.exactOptional(),
  note: text.exactOptional(),
};

const freeze = <T extends object>(value: T): Readonly<T> => Object.freeze(value);

/**
 * The zod schema of one progress record: what was done, when, by whom. A record is one of:
 *
 * | `type` | what | fields |
 * |---|---|---|
 * | `publication` | an article, programme, clip or post | `outletId`, `kind?`, `issueId?`, `online?` |
 * | `deliverable` | a product made or handed over (the 2D video, the clips, the poster designs) | `activityId`, `status` (`produced` / `delivered`), `quantity?` |
 * | `posting` | posters put up at a unit (a grassroots union) | `unitId`, `posters?`, `activityId?` |
 * | `event` | an event held (a fair, a seminar) | `title`, `unitId?`, `activityId?`, `participants?` |
 * | `training` | people trained | `people`, `unitId?`, `activityId?` |
 * | `spending` | money spent against a budget line (negative: a refund) | `lineId`, `amount` |
 *
 * Every record has `id`, `at` (an ISO date or an instant), and optionally `reportedBy` and `note`.
 *
 * @example
 * ```ts
 * import { progressRecordSchema } from "cong-doan-ke-hoach";
 *
 * progressRecordSchema.safeParse({ type: "spending", id: "pc-1", at: "2017-08-20", lineId: "budget-i-1", amount: "15.000.000" }).success;
 * //=> true
 * ```
 * @category Report
 */
export const progressRecordSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("publication"), ...base, outletId: id, kind: z.enum(ITEM_KINDS).exactOptional(), issueId: id.exactOptional(), online: z.boolean().exactOptional() }).transform(freeze),
  z.strictObject({ type: z.literal("deliverable"), ...base, activityId: id, status: z.enum(["produced", "delivered"]), quantity: count.exactOptional() }).transform(freeze),
  z.strictObject({ type: z.literal("posting"), ...base, unitId: id, posters: count.exactOptional(), activityId: id.exactOptional() }).transform(freeze),
  z.strictObject({ type: z.literal("event"), ...base, title: text, unitId: id.exactOptional(), activityId: id.exactOptional(), participants: count.exactOptional() }).transform(freeze),
  z.strictObject({ type: z.literal("training"), ...base, people: count, unitId: id.exactOptional(), activityId: id.exactOptional() }).transform(freeze),
  z.strictObject({ type: z.literal("spending"), ...base, lineId: id, amount: signedAmountSchema }).transform(freeze),
]);

/**
 * A checked progress record ({@link progressRecordSchema}); `at` is the date in Vietnam.
 *
 * @example
 * ```ts
 * import type { ProgressRecord } from "cong-doan-ke-hoach";
 *
 * const isSpending = (r: ProgressRecord) => r.type === "spending";
 * ```
 * @category Report
 */
export type ProgressRecord = z.output<typeof progressRecordSchema>;

/**
 * A progress record as JSON carries it.
 *
 * @example
 * ```ts
 * import type { ProgressRecordJson } from "cong-doan-ke-hoach";
 *
 * const record: ProgressRecordJson = { type: "training", id: "t-1", at: "2017-07-20", people: 3, activityId: "c3-fanpage" };
 * ```
 * @category Report
 */
export type ProgressRecordJson = z.input<typeof progressRecordSchema>;

const recordsSchema = z.array(progressRecordSchema).max(10_000_000).transform((records) => Object.freeze(records) as readonly ProgressRecord[]);

/**
 * Checks progress records and returns them typed and frozen: every problem at once, with its path, and
 * nothing partly accepted. With a plan, references are checked too: each `outletId` is an outlet of the
 * plan, each `activityId` an activity, each `lineId` a budget line, each `reportedBy` a unit; a
 * `deliverable` names an activity with a window (one without has no date to deliver by, and is refused
 * rather than ignored); record ids are unique.
 *
 * @param input - an array of records, as JSON carries them ({@link ProgressRecordJson}).
 * @param plan - the plan the records are about, to check their references.
 * @returns the records, frozen, dates read as dates in Vietnam.
 * @throws {@link PlanValidationError} listing every problem (`path` like `[3, "lineId"]`).
 * @example
 * ```ts
 * import { parseProgressRecords } from "cong-doan-ke-hoach";
 *
 * const records = parseProgressRecords([
 *   { type: "publication", id: "a-1", at: "2017-07-03T08:00:00+07:00", outletId: "bao-lao-dong", kind: "article", online: true },
 *   { type: "spending", id: "pc-1", at: "2017-08-20", lineId: "budget-i-1", amount: 15_000_000 },
 * ]);
 * records[0]?.at; //=> "2017-07-03"
 * ```
 * @category Report
 */
export function parseProgressRecords(input: unknown, plan?: Plan): readonly ProgressRecord[] {
  const result = safeParseProgressRecords(input, plan);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * Like {@link parseProgressRecords}, but returns a result instead of throwing; never throws.
 *
 * @param input - anything.
 * @param plan - the plan, to check references.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link PlanValidationError}.
 * @example
 * ```ts
 * import { safeParseProgressRecords } from "cong-doan-ke-hoach";
 *
 * const result = safeParseProgressRecords([{ type: "spending", id: "x", at: "2017-02-30", lineId: "l", amount: 1.5 }]);
 * if (!result.success) console.log(result.error.issues.map((i) => [i.path, i.code]));
 * //=> [[[0, "at"], "invalid_date"], [[0, "amount"], "invalid_amount"]]
 * ```
 * @category Report
 */
export function safeParseProgressRecords(input: unknown, plan?: Plan): SafeResult<readonly ProgressRecord[], PlanValidationError> {
  if (plan !== undefined && !isParsedPlan(plan)) {
    const expected = { expected: "a plan returned by parsePlan", expectedVi: "kế hoạch do parsePlan trả về", received: kindOf(plan) };
    return { success: false, error: new PlanValidationError([makeIssue("invalid_type", ["plan"], expected)]) };
  }
  let parsed: ReturnType<typeof recordsSchema.safeParse>;
  try {
    parsed = recordsSchema.safeParse(input, { reportInput: true });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message.slice(0, 200) : "unreadable value";
    return { success: false, error: new PlanValidationError([makeIssue("invalid_input", [], { detail, detailVi: detail })], { cause }) };
  }
  if (!parsed.success) return { success: false, error: new PlanValidationError(fromZodIssues(parsed.error.issues)) };
  const issues = checkRecordReferences(parsed.data, plan);
  if (issues.length > 0) return { success: false, error: new PlanValidationError(issues) };
  return { success: true, data: parsed.data };
}

function checkRecordReferences(records: readonly ProgressRecord[], plan: Plan | undefined) {
  const issues = [];
  const seen = new Set<string>();
  const outlets = new Set(plan?.units.filter((u) => u.outlet !== undefined).map((u) => u.id));
  const units = new Set(plan?.units.map((u) => u.id));
  const activities = new Set(plan?.channels.flatMap((c) => c.activities.map((a) => a.id)));
  const undated = new Set(plan?.channels.flatMap((c) => c.activities.filter((a) => a.window === undefined).map((a) => a.id)));
  const lines = new Set(plan?.budget?.sections.flatMap((s) => s.lines.map((l) => l.id)));
  for (const [i, record] of records.entries()) {
    if (seen.has(record.id)) issues.push(makeIssue("duplicate_id", [i, "id"], { kind: "record", id: record.id }));
    seen.add(record.id);
    if (plan === undefined) continue;
    const ref = (set: Set<string | undefined>, value: string | undefined, key: string, kind: string) => {
      if (value !== undefined && !set.has(value)) issues.push(makeIssue("unknown_reference", [i, key], { kind, id: value }));
    };
    ref(units, record.reportedBy, "reportedBy", "unit");
    if (record.type === "publication") ref(outlets, record.outletId, "outletId", "outlet");
    if (record.type === "spending") ref(lines, record.lineId, "lineId", "budget line");
    if ("activityId" in record) ref(activities, record.activityId, "activityId", "activity");
    // A product is delivered by a date: an activity the plan gives no window has none to be judged by.
    if (record.type === "deliverable" && undated.has(record.activityId)) {
      issues.push(
        makeIssue("wrong_reference_kind", [i, "activityId"], {
          id: record.activityId,
          kind: "activity",
          expected: "dated",
          detail: "the plan gives it no window, so its delivery cannot be judged; give the activity a window",
          detailVi: "kế hoạch không ghi thời gian thực hiện hoạt động này nên không đánh giá được việc giao sản phẩm; cần bổ sung thời gian thực hiện",
        }),
      );
    }
  }
  return issues;
}
