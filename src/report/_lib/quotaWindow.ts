/**
 * The days in which a quota counts, so that a report never owes it outside its own time.
 *
 * @internal
 */
import type { Window } from "../../calendar/window.js";
import type { Plan, Quota } from "../../model/plan.js";

/**
 * The part of `within` in which a quota counts: the window of its phase (`phaseId`); for a quota without a
 * phase, the plan's time (its own window, which may be open, and the span of its phases, from the first
 * start to the last end); and from the first day of `startsIn` ("Thời gian bắt đầu: Tháng 7/2017") on.
 * `undefined` when the quota does not count on any day of `within`.
 *
 * @internal
 */
export function quotaWindow(plan: Pick<Plan, "phases" | "window">, quota: Pick<Quota, "phaseId" | "startsIn">, within: Window): Window | undefined {
  let { start, end } = within;
  const clamp = (from: string | undefined, to: string | undefined) => {
    if (from !== undefined && from > start) start = from;
    if (to !== undefined && to < end) end = to;
  };
  const phase = quota.phaseId === undefined ? undefined : plan.phases.find((p) => p.id === quota.phaseId);
  if (phase !== undefined) clamp(phase.window.start, phase.window.end);
  else {
    if (plan.window !== undefined) clamp(plan.window.start, plan.window.end);
    if (plan.phases.length > 0) {
      let first = plan.phases[0]!.window.start;
      let last = plan.phases[0]!.window.end;
      for (const p of plan.phases) {
        if (p.window.start < first) first = p.window.start;
        if (p.window.end > last) last = p.window.end;
      }
      clamp(first, last);
    }
  }
  if (quota.startsIn !== undefined) clamp(`${quota.startsIn}-01`, undefined);
  return start <= end ? Object.freeze({ start, end }) : undefined;
}
