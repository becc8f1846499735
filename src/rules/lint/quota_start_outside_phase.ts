import { intersectWindows, monthWindow } from "../../calendar/makeWindow.js";
import type { Window } from "../../calendar/window.js";
import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { enDate, enWindow, quotaName, viMonth, viWindow, type Named } from "./_lib/text.js";

/** The catalogue's texts of `quota_start_outside_phase` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Quota starts outside its phase",
  titleVi: "Chỉ tiêu bắt đầu ngoài giai đoạn",
  checks: "The month a quota starts counting (startsIn) shares days with its phase, or with a phase of the plan when the quota names none.",
  checksVi: "Tháng bắt đầu tính chỉ tiêu (startsIn) nằm trong giai đoạn của chỉ tiêu, hoặc trong một giai đoạn của kế hoạch nếu chỉ tiêu không gắn với giai đoạn nào.",
};

interface Data extends Named {
  readonly startsIn: string;
  readonly phase: string;
  readonly phaseWindow: Window;
}

/** `quota_start_outside_phase` (warning): a quota that starts counting outside its phase. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "quota_start_outside_phase",
  severity: "warning",
  message: (d: Data) => [
    `quota ${d.name} starts counting in ${enDate(d.startsIn)}, outside ${d.phase} (${enWindow(d.phaseWindow)})`,
    `chỉ tiêu ${d.name} bắt đầu tính từ tháng ${viMonth(d.startsIn)}, ngoài ${d.phase} (${viWindow(d.phaseWindow)})`,
  ],
  check(c, report) {
    for (const { item: quota, path } of c.quotas) {
      if (quota.startsIn === undefined) continue;
      const own = quota.phaseId === undefined ? undefined : c.phaseById.get(quota.phaseId);
      const phases = own === undefined ? c.plan.phases : [own];
      const month = monthWindow(quota.startsIn);
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
