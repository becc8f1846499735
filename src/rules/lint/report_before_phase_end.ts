import { daysInWindow } from "../../calendar/makeWindow.js";
import type { ReportingDuty } from "../../model/plan.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { dutyName, enDate, plural, viDate, type Named } from "./_lib/text.js";

const CODE = "report_before_phase_end";
const SEVERITY = "info";

/** `report_before_phase_end` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Phase report due before the phase ends",
  titleVi: "Báo cáo giai đoạn có hạn trước khi giai đoạn kết thúc",
  checks:
    "A one-off report of a phase falls due when the phase ends; one due earlier leaves the phase's last days out of it. In a plan without phases, the last one-off report falls due when the plan's own window ends (earlier reports may well be interim).",
  checksVi:
    "Báo cáo một lần của một giai đoạn có hạn khi giai đoạn kết thúc; hạn sớm hơn thì những ngày cuối giai đoạn không có trong báo cáo. Kế hoạch không chia giai đoạn thì báo cáo một lần cuối cùng có hạn khi thời gian thực hiện của kế hoạch kết thúc (các báo cáo trước đó có thể là báo cáo giữa kỳ).",
};

interface Data extends Named {
  readonly due: string;
  /** The phase's name; absent for the plan's own window. */
  readonly phase?: string | undefined;
  readonly phaseEnd: string;
  readonly daysLeft: number;
}

/** When a one-off report falls due: the end of its window, else its due day. */
const dueOf = (duty: ReportingDuty): string | undefined => duty.window?.end ?? duty.dueOn;

/** `report_before_phase_end` (info): a phase report (or the plan's last report) due before the phase (the plan) ends. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const days = d.daysLeft === 1 ? "that day" : "those days";
    const daysVi = d.daysLeft === 1 ? "ngày" : "những ngày";
    return d.phase === undefined
      ? [
          `the report ${d.name}, the plan's last, is due on ${enDate(d.due)}, ${plural(d.daysLeft, "day", "days")} before the plan's window ends on ${enDate(d.phaseEnd)}: what is done in ${days} is in no report`,
          `báo cáo ${d.name}, báo cáo cuối cùng của kế hoạch, có hạn ngày ${viDate(d.due)}, ${d.daysLeft} ngày trước khi thời gian thực hiện kế hoạch kết thúc (${viDate(d.phaseEnd)}): kết quả của ${daysVi} cuối không có trong báo cáo nào`,
        ]
      : [
          `the report ${d.name} is due on ${enDate(d.due)}, ${plural(d.daysLeft, "day", "days")} before ${d.phase} ends on ${enDate(d.phaseEnd)}: what is done in ${days} is not in it`,
          `báo cáo ${d.name} có hạn ngày ${viDate(d.due)}, ${d.daysLeft} ngày trước khi ${d.phase} kết thúc (${viDate(d.phaseEnd)}): kết quả của ${daysVi} cuối giai đoạn không có trong báo cáo`,
        ];
  },
  check(c, report) {
    const at = (duty: ReportingDuty, i: number) => (duty.window === undefined ? ["reporting", i, "dueOn"] : ["reporting", i, "window"]);
    if (c.plan.phases.length === 0) {
      // The plan's last one-off report, against the end of the plan's own window.
      const end = c.plan.window?.end;
      if (end === undefined) return;
      let last: { duty: ReportingDuty; i: number; due: string } | undefined;
      c.plan.reporting.forEach((duty, i) => {
        const due = duty.kind === "report" ? dueOf(duty) : undefined;
        if (due !== undefined && (last === undefined || due > last.due)) last = { duty, i, due };
      });
      if (last === undefined || last.due >= end) return;
      const daysLeft = daysInWindow({ start: last.due, end }) - 1;
      report(at(last.duty, last.i), { name: dutyName(last.duty), due: last.due, phaseEnd: end, daysLeft }, { dutyId: last.duty.id, due: last.due, planEnd: end, daysLeft: String(daysLeft) });
      return;
    }
    c.plan.reporting.forEach((duty, i) => {
      const phase = duty.phaseId === undefined ? undefined : c.phaseById.get(duty.phaseId);
      const due = dueOf(duty);
      if (duty.kind !== "report" || due === undefined || phase === undefined || due >= phase.window.end) return;
      const daysLeft = daysInWindow({ start: due, end: phase.window.end }) - 1;
      report(
        at(duty, i),
        { name: dutyName(duty), due, phase: phase.name, phaseEnd: phase.window.end, daysLeft },
        { dutyId: duty.id, due, phaseId: phase.id, phaseEnd: phase.window.end, daysLeft: String(daysLeft) },
      );
    });
  },
});
