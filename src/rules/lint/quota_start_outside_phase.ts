import { intersectWindows, monthWindow } from "../../calendar/makeWindow.js";
import type { Window } from "../../calendar/window.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { enDate, enSpan, enWindow, quotaName, viMonth, viSpan, viWindow, type Named, type OpenSpan } from "./_lib/text.js";

const CODE = "quota_start_outside_phase";
const SEVERITY = "warning";

/** `quota_start_outside_phase` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Quota starts outside its phase",
  titleVi: "Chỉ tiêu bắt đầu ngoài giai đoạn",
  checks:
    "The month a quota starts counting (startsIn) shares days with its phase, or with a phase of the plan when the quota names none; in a plan without phases, with the plan's own window (which may be open).",
  checksVi:
    "Tháng bắt đầu tính chỉ tiêu (startsIn) nằm trong giai đoạn của chỉ tiêu, hoặc trong một giai đoạn của kế hoạch nếu chỉ tiêu không gắn với giai đoạn nào; kế hoạch không chia giai đoạn thì nằm trong thời gian thực hiện của kế hoạch (có thể không ghi ngày kết thúc).",
};

type Data = Named & { readonly startsIn: string } & ({ readonly phase: string; readonly phaseWindow: Window } | { readonly planWindow: OpenSpan });

/** `quota_start_outside_phase` (warning): a quota that starts counting outside its phase (or the plan's window). @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) =>
    "planWindow" in d
      ? [
          `quota ${d.name} starts counting in ${enDate(d.startsIn)}, outside the plan's window (${enSpan(d.planWindow)})`,
          `chỉ tiêu ${d.name} bắt đầu tính từ tháng ${viMonth(d.startsIn)}, ngoài thời gian thực hiện của kế hoạch (${viSpan(d.planWindow)})`,
        ]
      : [
          `quota ${d.name} starts counting in ${enDate(d.startsIn)}, outside ${d.phase} (${enWindow(d.phaseWindow)})`,
          `chỉ tiêu ${d.name} bắt đầu tính từ tháng ${viMonth(d.startsIn)}, ngoài ${d.phase} (${viWindow(d.phaseWindow)})`,
        ],
  check(c, report) {
    const planWindow = c.plan.phases.length === 0 ? c.plan.window : undefined;
    for (const { item: quota, path } of c.quotas) {
      if (quota.startsIn === undefined) continue;
      const month = monthWindow(quota.startsIn);
      if (planWindow !== undefined) {
        // Outside an open window: only a month that ends before the window starts.
        const outside = month.end < planWindow.start || (planWindow.end !== undefined && month.start > planWindow.end);
        if (!outside) continue;
        report(
          [...path, "startsIn"],
          { name: quotaName(quota), startsIn: quota.startsIn, planWindow: { start: planWindow.start, end: planWindow.end } },
          { startsIn: quota.startsIn, planStart: planWindow.start, ...(planWindow.end === undefined ? {} : { planEnd: planWindow.end }) },
        );
        continue;
      }
      const own = quota.phaseId === undefined ? undefined : c.phaseById.get(quota.phaseId);
      const phases = own === undefined ? c.plan.phases : [own];
      if (phases.length === 0 || phases.some((p) => intersectWindows(month, p.window) !== undefined)) continue;
      const phase = c.nearestPhase(month, phases);
      if (phase === undefined) continue;
      report(
        [...path, "startsIn"],
        { name: quotaName(quota), startsIn: quota.startsIn, phase: phase.name, phaseWindow: phase.window },
        { startsIn: quota.startsIn, phaseId: phase.id, phaseStart: phase.window.start, phaseEnd: phase.window.end },
      );
    }
  },
});
