import { daysInWindow } from "../../calendar/makeWindow.js";
import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { dutyName, enDate, plural, viDate, type Named } from "./_lib/text.js";

/** The catalogue's texts of `report_before_phase_end` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Phase report due before the phase ends",
  titleVi: "Báo cáo giai đoạn có hạn trước khi giai đoạn kết thúc",
  checks: "A one-off report of a phase falls due when the phase ends; one due earlier leaves the phase's last days out of it.",
  checksVi: "Báo cáo một lần của một giai đoạn có hạn khi giai đoạn kết thúc; hạn sớm hơn thì những ngày cuối giai đoạn không có trong báo cáo.",
};

interface Data extends Named {
  readonly due: string;
  readonly phase: string;
  readonly phaseEnd: string;
  readonly daysLeft: number;
}

/** `report_before_phase_end` (info): a phase report due before the phase ends. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "report_before_phase_end",
  severity: "info",
  message: (d: Data) => [
    `the report ${d.name} is due on ${enDate(d.due)}, ${plural(d.daysLeft, "day", "days")} before ${d.phase} ends on ${enDate(d.phaseEnd)}: what is done in ${d.daysLeft === 1 ? "that day" : "those days"} is not in it`,
    `báo cáo ${d.name} có hạn ngày ${viDate(d.due)}, ${d.daysLeft} ngày trước khi ${d.phase} kết thúc (${viDate(d.phaseEnd)}): kết quả của ${d.daysLeft === 1 ? "ngày" : "những ngày"} cuối giai đoạn không có trong báo cáo`,
  ],
  check(c, report) {
    c.plan.reporting.forEach((duty, i) => {
      const phase = duty.phaseId === undefined ? undefined : c.phaseById.get(duty.phaseId);
      if (duty.kind !== "report" || duty.window === undefined || phase === undefined || duty.window.end >= phase.window.end) return;
      const due = duty.window.end;
      const daysLeft = daysInWindow({ start: due, end: phase.window.end }) - 1;
      report(
        ["reporting", i, "window"],
        { name: dutyName(duty), due, phase: phase.name, phaseEnd: phase.window.end, daysLeft },
        { dutyId: duty.id, due, phaseId: phase.id, phaseEnd: phase.window.end, daysLeft: String(daysLeft) },
      );
    });
  },
});
