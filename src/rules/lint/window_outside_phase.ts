import { daysInWindow, intersectWindows } from "../../calendar/makeWindow.js";
import type { Window } from "../../calendar/window.js";
import { defineLintRule, type LintRuleTexts, type Path } from "./_lib/defineLintRule.js";
import { activityName, enRuns, enWindow, lineName, viWindow, type Named } from "./_lib/text.js";

/** The catalogue's texts of `window_outside_phase` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Window outside every phase",
  titleVi: "Thời gian nằm ngoài các giai đoạn",
  checks: "The window of every activity and of every budget line lies inside the plan's phases.",
  checksVi: "Thời gian thực hiện của mỗi hoạt động và mỗi dòng dự trù nằm trong các giai đoạn của kế hoạch.",
};

interface Data extends Named {
  readonly item: "activity" | "budget line";
  readonly window: Window;
  readonly days: number;
  readonly daysOutside: number;
  readonly phase: string;
  readonly phaseWindow: Window;
}

/** `window_outside_phase` (warning): an activity or a budget line dated outside every phase. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "window_outside_phase",
  severity: "warning",
  message: (d: Data) => {
    const all = d.daysOutside === d.days;
    const itemVi = d.item === "activity" ? "hoạt động" : "dòng dự trù";
    return [
      `the ${d.item} ${d.name} runs ${enRuns(d.window)}: ${all ? (d.days === 1 ? "that day falls" : `all ${d.days} days fall`) : `${d.daysOutside} of its ${d.days} days fall`} outside every phase (${d.phase}: ${enWindow(d.phaseWindow)})`,
      `${itemVi} ${d.name} thực hiện ${viWindow(d.window)}, ${all ? "hoàn toàn" : `có ${d.daysOutside}/${d.days} ngày`} nằm ngoài các giai đoạn của kế hoạch (${d.phase}: ${viWindow(d.phaseWindow)})`,
    ];
  },
  check(c, report) {
    const spans = c.phaseSpans();
    const check = (item: "activity" | "budget line", name: string, window: Window | undefined, path: Path): void => {
      if (window === undefined) return;
      const days = daysInWindow(window);
      const inside = spans.reduce((sum, span) => {
        const common = intersectWindows(window, span);
        return sum + (common === undefined ? 0 : daysInWindow(common));
      }, 0);
      const phase = c.nearestPhase(window);
      if (inside === days || phase === undefined) return;
      report(
        [...path, "window"],
        { name, item, window, days, daysOutside: days - inside, phase: phase.name, phaseWindow: phase.window },
        {
          start: window.start,
          end: window.end,
          days: String(days),
          daysOutside: String(days - inside),
          phaseId: phase.id,
          phaseStart: phase.window.start,
          phaseEnd: phase.window.end,
        },
      );
    };
    for (const { item, path } of c.activities) check("activity", activityName(item), item.window, path);
    for (const { item, path } of c.lines) check("budget line", lineName(item), item.window, path);
  },
});
