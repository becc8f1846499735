import { INVALID_TYPE } from "../errors/codes.js";
import { newIssue } from "../errors/issue.js";
import { kindOf } from "../errors/describe.js";
import { PlanError, type PlanIssue } from "../errors/PlanError.js";
import type { Window } from "./window.js";

/**
 * The parts of a plan that the calendar reads: phases, channels with their dated activities, reporting
 * duties and unit names. A `Plan` from `parsePlan` is one; so is any object of this shape (the calendar
 * module does not depend on the model).
 *
 * @example
 * ```ts
 * import type { CalendarPlan } from "cong-doan-ke-hoach";
 *
 * const plan: CalendarPlan = {
 *   id: "kh-2017",
 *   phases: [{ id: "phase-1", name: "Giai đoạn 1", window: { start: "2017-07-01", end: "2018-05-31" } }],
 *   channels: [],
 *   reporting: [],
 *   units: [],
 * };
 * ```
 * @category Calendar
 */
export interface CalendarPlan {
  readonly id: string;
  /** What the plan is about, for the row of a plan dated by its own window. */
  readonly header?: { readonly subject: string; readonly issuedOn?: string } | undefined;
  /** The plan's own window (version 2): where it has no phases, or says so. Its end may be open. */
  readonly window?: { readonly start: string; readonly end?: string } | undefined;
  readonly phases: readonly { readonly id: string; readonly name: string; readonly window: Window }[];
  readonly channels: readonly {
    readonly id: string;
    readonly number: number;
    readonly title: string;
    readonly activities: readonly {
      readonly id: string;
      readonly title: string;
      readonly description?: string;
      readonly window?: Window;
      /** A deadline instead of a window ("trước ngày 15/01/2026"): a milestone on a timeline. */
      readonly dueOn?: string;
      readonly leadUnitIds: readonly string[];
      readonly executingUnitIds: readonly string[];
    }[];
  }[];
  readonly reporting: readonly {
    readonly id: string;
    readonly kind: "periodic-report" | "report" | "review";
    readonly description: string;
    readonly reportingUnitIds: readonly string[];
    readonly recipientUnitId?: string;
    readonly viaUnitId?: string;
    readonly every?: "week" | "month" | "quarter" | "half-year" | "year";
    /** When each periodic report falls due, in the plan's terms: see {@link expandDeadlines}. */
    readonly due?: { readonly day?: number; readonly month?: number };
    /** Which period a report due on `due` covers. */
    readonly covers?: "previous-period" | "current-period";
    /** The day a one-off report or review falls due. */
    readonly dueOn?: string;
    readonly window?: Window;
    readonly phaseId?: string;
  }[];
  readonly units: readonly { readonly id: string; readonly name: string; readonly shortName?: string }[];
  /** Appendices whose dated items (a schedule) are rows of a timeline. */
  readonly appendices?:
    | readonly {
        readonly id: string;
        readonly title: string;
        readonly items: readonly { readonly id: string; readonly text: string; readonly window?: Window; readonly unitIds: readonly string[] }[];
      }[]
    | undefined;
}

/**
 * Checks that a value has the lists the calendar reads, so that misuse gets a PlanError, not a TypeError.
 *
 * @internal
 */
export function checkCalendarPlan(plan: CalendarPlan): void {
  if (plan === null || typeof plan !== "object") {
    throw new PlanError([newIssue(INVALID_TYPE, [], { expected: "object", received: kindOf(plan) })]);
  }
  const issues: PlanIssue[] = [];
  for (const key of ["phases", "channels", "reporting", "units"] as const) {
    if (!Array.isArray(plan[key])) issues.push(newIssue(INVALID_TYPE, [key], { expected: "array", received: plan[key] === null ? "null" : typeof plan[key] }));
  }
  if (issues.length > 0) throw new PlanError(issues);
}
