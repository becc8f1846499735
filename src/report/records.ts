import { DUPLICATE_ID, INVALID_INPUT, INVALID_TYPE, UNKNOWN_REFERENCE, WRONG_REFERENCE_KIND } from "../errors/codes.js";
import { outletKindsFor } from "../model/units.js";
import { newIssue } from "../errors/issue.js";
import { isParsedPlan } from "../_lib/parsedPlan.js";
import { kindOf } from "../errors/describe.js";
import { z } from "zod";
import { signedAmountSchema } from "../model/primitiveSchemas.js";
import { toVietnamDate } from "../calendar/toVietnamDate.js";
import { PlanValidationError, type SafeResult } from "../errors/PlanError.js";
import { fromZodIssues, type CustomIssueParams } from "../errors/fromZod.js";
import type { Plan } from "../model/plan.js";
import { ITEM_KINDS, type ItemKind } from "../model/vocabulary.js";
import type { Vnd } from "../budget/vnd.js";
import type { IsoDate } from "../calendar/isoDate.js";

/** Builds the record schemas on first use: importing the library builds nothing. */
function buildRecordSchemas() {
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

  const record = z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("publication"), ...base, outletId: id, unitId: id.exactOptional(), kind: z.enum(ITEM_KINDS).exactOptional(), issueId: id.exactOptional(), online: z.boolean().exactOptional() }).transform(freeze),
    z.strictObject({ type: z.literal("deliverable"), ...base, activityId: id, status: z.enum(["produced", "delivered"]), quantity: count.exactOptional() }).transform(freeze),
    z.strictObject({ type: z.literal("posting"), ...base, unitId: id, posters: count.exactOptional(), activityId: id.exactOptional() }).transform(freeze),
    z.strictObject({ type: z.literal("event"), ...base, title: text, unitId: id.exactOptional(), activityId: id.exactOptional(), participants: count.exactOptional() }).transform(freeze),
    z.strictObject({ type: z.literal("training"), ...base, people: count, unitId: id.exactOptional(), activityId: id.exactOptional() }).transform(freeze),
    z.strictObject({ type: z.literal("spending"), ...base, lineId: id, amount: signedAmountSchema }).transform(freeze),
  ]);
  const records = z.array(record).max(10_000_000).transform((list) => Object.freeze(list) as readonly ProgressRecord[]);
  return { record, records };
}

let built: ReturnType<typeof buildRecordSchemas> | undefined;
const recordSchemas = () => (built ??= buildRecordSchemas());
/** The zod schema of one record, as the builder makes it; the types below are checked against it in the tests. @internal */
export type RecordSchema = ReturnType<typeof buildRecordSchemas>["record"];

/**
 * The zod schema of one progress record: what was done, when, by whom. A record is one of:
 *
 * | `type` | what | fields |
 * |---|---|---|
 * | `publication` | an article, programme, clip or post | `outletId`, `unitId?` (the contributing unit), `kind?`, `issueId?`, `online?` |
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
export const progressRecordSchema: z.ZodType<ProgressRecord, ProgressRecordJson> = /* @__PURE__ */ z.lazy(() => recordSchemas().record);

/**
 * What every progress record has: its own id, when it happened (the date in Vietnam), who reported it, a note.
 *
 * @example
 * ```ts
 * import type { ProgressRecordBase } from "cong-doan-ke-hoach";
 *
 * const day = (r: ProgressRecordBase) => r.at;
 * ```
 * @category Report
 */
export interface ProgressRecordBase {
  /** The record's own id, unique among the records. */
  readonly id: string;
  /** When it happened: the date in Vietnam (an instant given in the JSON is read as its date in Vietnam). */
  readonly at: IsoDate;
  /** The unit that reports it (a federation, a sector union, a newspaper). */
  readonly reportedBy?: string;
  /** A free note. */
  readonly note?: string;
}

/**
 * An article, programme, clip or post published by an outlet.
 *
 * @example
 * ```ts
 * import type { PublicationRecord } from "cong-doan-ke-hoach";
 *
 * const online = (r: PublicationRecord) => r.online === true;
 * ```
 * @category Report
 */
export interface PublicationRecord extends ProgressRecordBase {
  readonly type: "publication";
  /** The outlet that published it (a press outlet or broadcaster of the plan). */
  readonly outletId: string;
  /** The unit that contributed it, for a quota owed by contributing units (`owedBy`): it counts for that unit. */
  readonly unitId?: string;
  /** What was published; a record without a kind counts for any quota. */
  readonly kind?: ItemKind;
  /** The magazine issue it appeared in. */
  readonly issueId?: string;
  /** Whether it also appeared in the outlet's electronic edition. */
  readonly online?: boolean;
}

/**
 * A product made or handed over (the 2D video, the clips, the poster designs).
 *
 * @example
 * ```ts
 * import type { DeliverableRecord } from "cong-doan-ke-hoach";
 *
 * const handedOver = (r: DeliverableRecord) => r.status === "delivered";
 * ```
 * @category Report
 */
export interface DeliverableRecord extends ProgressRecordBase {
  readonly type: "deliverable";
  /** The activity whose product it is. */
  readonly activityId: string;
  /** `produced` (made) or `delivered` (handed over: this is what makes a deliverable done). */
  readonly status: "produced" | "delivered";
  readonly quantity?: number;
}

/**
 * Posters put up at a unit (a grassroots union).
 *
 * @example
 * ```ts
 * import type { PostingRecord } from "cong-doan-ke-hoach";
 *
 * const where = (r: PostingRecord) => r.unitId;
 * ```
 * @category Report
 */
export interface PostingRecord extends ProgressRecordBase {
  readonly type: "posting";
  /** The unit where the posters went up. */
  readonly unitId: string;
  readonly posters?: number;
  readonly activityId?: string;
}

/**
 * An event held (a fair, a seminar).
 *
 * @example
 * ```ts
 * import type { EventRecord } from "cong-doan-ke-hoach";
 *
 * const size = (r: EventRecord) => r.participants ?? 0;
 * ```
 * @category Report
 */
export interface EventRecord extends ProgressRecordBase {
  readonly type: "event";
  readonly title: string;
  readonly unitId?: string;
  readonly activityId?: string;
  readonly participants?: number;
}

/**
 * People trained.
 *
 * @example
 * ```ts
 * import type { TrainingRecord } from "cong-doan-ke-hoach";
 *
 * const trained = (r: TrainingRecord) => r.people;
 * ```
 * @category Report
 */
export interface TrainingRecord extends ProgressRecordBase {
  readonly type: "training";
  readonly people: number;
  readonly unitId?: string;
  readonly activityId?: string;
}

/**
 * Money spent against a budget line (negative: a refund).
 *
 * @example
 * ```ts
 * import type { SpendingRecord } from "cong-doan-ke-hoach";
 *
 * const spent = (r: SpendingRecord) => r.amount.toString();
 * ```
 * @category Report
 */
export interface SpendingRecord extends ProgressRecordBase {
  readonly type: "spending";
  /** The budget line paid from. */
  readonly lineId: string;
  readonly amount: Vnd;
}

/**
 * A checked progress record ({@link progressRecordSchema}): one of the six kinds, told apart by `type`.
 *
 * @example
 * ```ts
 * import type { ProgressRecord } from "cong-doan-ke-hoach";
 *
 * const isSpending = (r: ProgressRecord) => r.type === "spending";
 * ```
 * @category Report
 */
export type ProgressRecord = PublicationRecord | DeliverableRecord | PostingRecord | EventRecord | TrainingRecord | SpendingRecord;

/**
 * A progress record as JSON carries it: `at` an ISO date or an instant with an offset (or a `Date`), an amount
 * a safe integer or a digit string.
 *
 * @example
 * ```ts
 * import type { ProgressRecordJson } from "cong-doan-ke-hoach";
 *
 * const record: ProgressRecordJson = { type: "training", id: "t-1", at: "2017-07-20", people: 3, activityId: "c3-fanpage" };
 * ```
 * @category Report
 */
export type ProgressRecordJson = ProgressRecord extends infer R
  ? R extends SpendingRecord
    ? Omit<SpendingRecord, "at" | "amount"> & { at: string | Date; amount: number | string }
    : R extends ProgressRecordBase
      ? Omit<R, "at"> & { at: string | Date }
      : never
  : never;


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
    return { success: false, error: new PlanValidationError([newIssue(INVALID_TYPE, ["plan"], expected)]) };
  }
  let parsed: ReturnType<ReturnType<typeof buildRecordSchemas>["records"]["safeParse"]>;
  try {
    parsed = recordSchemas().records.safeParse(input, { reportInput: true });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message.slice(0, 200) : "unreadable value";
    return { success: false, error: new PlanValidationError([newIssue(INVALID_INPUT, [], { detail, detailVi: detail })], { cause }) };
  }
  if (!parsed.success) return { success: false, error: new PlanValidationError(fromZodIssues(parsed.error.issues)) };
  const issues = checkRecordReferences(parsed.data, plan);
  if (issues.length > 0) return { success: false, error: new PlanValidationError(issues) };
  return { success: true, data: parsed.data };
}

const KIND_VI: Readonly<Record<string, string>> = { unit: "đơn vị", outlet: "cơ quan báo chí", activity: "hoạt động", "budget line": "dòng dự toán" };

function checkRecordReferences(records: readonly ProgressRecord[], plan: Plan | undefined) {
  const issues = [];
  const seen = new Set<string>();
  // Outlets: press outlets, broadcasters, portals, social media and loudspeakers, with or without details.
  const outlets = new Set(plan?.units.filter((u) => u.outlet !== undefined || outletKindsFor(u.kind).length > 0).map((u) => u.id));
  const units = new Set(plan?.units.map((u) => u.id));
  const activities = new Set(plan?.channels.flatMap((c) => c.activities.map((a) => a.id)));
  const undated = new Set(plan?.channels.flatMap((c) => c.activities.filter((a) => a.window === undefined).map((a) => a.id)));
  const lines = new Set(plan?.budget?.sections.flatMap((s) => s.lines.map((l) => l.id)));
  for (const [i, record] of records.entries()) {
    if (seen.has(record.id)) issues.push(newIssue(DUPLICATE_ID, [i, "id"], { kind: "record", kindVi: "bản ghi", id: record.id }));
    seen.add(record.id);
    if (plan === undefined) continue;
    const ref = (set: Set<string | undefined>, value: string | undefined, key: string, kind: string) => {
      if (value !== undefined && !set.has(value)) issues.push(newIssue(UNKNOWN_REFERENCE, [i, key], { kind, kindVi: KIND_VI[kind] ?? kind, id: value }));
    };
    ref(units, record.reportedBy, "reportedBy", "unit");
    if (record.type === "publication") {
      ref(outlets, record.outletId, "outletId", "outlet");
      ref(units, record.unitId, "unitId", "unit");
    }
    if (record.type === "spending") ref(lines, record.lineId, "lineId", "budget line");
    if ("activityId" in record) ref(activities, record.activityId, "activityId", "activity");
    // A product is delivered by a date: an activity the plan gives no window has none to be judged by.
    if (record.type === "deliverable" && undated.has(record.activityId)) {
      issues.push(
        newIssue(WRONG_REFERENCE_KIND, [i, "activityId"], {
          id: record.activityId,
          kind: "activity",
          kindVi: "hoạt động",
          expected: "dated",
          detail: "the plan gives it no window, so its delivery cannot be judged; give the activity a window",
          detailVi: "kế hoạch không ghi thời gian thực hiện hoạt động này nên không đánh giá được việc giao sản phẩm; cần bổ sung thời gian thực hiện",
        }),
      );
    }
  }
  return issues;
}
