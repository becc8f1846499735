import { daysInWindow, intersectWindows } from "../../calendar/makeWindow.js";
import type { Window } from "../../calendar/window.js";
import { defineLintRule, type LintRuleMeta, type Path } from "./_lib/defineLintRule.js";
import { activityName, enRuns, enSpan, enWindow, lineName, viSpan, viWindow, type Named, type OpenSpan } from "./_lib/text.js";

const CODE = "window_outside_phase";
const SEVERITY = "warning";

/** `window_outside_phase` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Window outside every phase",
  titleVi: "Thời gian nằm ngoài các giai đoạn",
  checks:
    "The window of every activity and of every budget line lies inside the plan's phases; in a plan without phases, inside the plan's own window (which may be open: then only the days before it count as outside).",
  checksVi:
    "Thời gian thực hiện của mỗi hoạt động và mỗi dòng dự trù nằm trong các giai đoạn của kế hoạch; kế hoạch không chia giai đoạn thì nằm trong thời gian thực hiện của kế hoạch (nếu không ghi ngày kết thúc thì chỉ những ngày trước ngày bắt đầu là nằm ngoài).",
};

/** What the window is compared with: the phase it overlaps most or lies nearest, or the plan's own window. */
type Against = { readonly phase: string; readonly phaseWindow: Window } | { readonly planWindow: OpenSpan };

type Data = Named & {
  readonly item: "activity" | "budget line";
  readonly window: Window;
  readonly days: number;
  readonly daysOutside: number;
} & Against;

/** The last day a span of the plan can hold: an open window runs on. */
const END_OF_TIME = "9999-12-31";

/** `window_outside_phase` (warning): an activity or a budget line dated outside every phase (or the plan's window). @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const all = d.daysOutside === d.days;
    const itemVi = d.item === "activity" ? "hoạt động" : "dòng dự trù";
    const days = all ? (d.days === 1 ? "that day falls" : `all ${d.days} days fall`) : `${d.daysOutside} of its ${d.days} days fall`;
    const share = all ? "hoàn toàn" : `có ${d.daysOutside}/${d.days} ngày`;
    if ("planWindow" in d) {
      return [
        `the ${d.item} ${d.name} runs ${enRuns(d.window)}: ${days} outside the plan's window (${enSpan(d.planWindow)})`,
        `${itemVi} ${d.name} thực hiện ${viWindow(d.window)}, ${share} nằm ngoài thời gian thực hiện của kế hoạch (${viSpan(d.planWindow)})`,
      ];
    }
    return [
      `the ${d.item} ${d.name} runs ${enRuns(d.window)}: ${days} outside every phase (${d.phase}: ${enWindow(d.phaseWindow)})`,
      `${itemVi} ${d.name} thực hiện ${viWindow(d.window)}, ${share} nằm ngoài các giai đoạn của kế hoạch (${d.phase}: ${viWindow(d.phaseWindow)})`,
    ];
  },
  check(c, report) {
    const planWindow = c.plan.phases.length === 0 ? c.plan.window : undefined;
    const spans = planWindow === undefined ? c.phaseSpans() : [{ start: planWindow.start, end: planWindow.end ?? END_OF_TIME }];
    const check = (item: "activity" | "budget line", name: string, window: Window | undefined, path: Path): void => {
      if (window === undefined) return;
      const days = daysInWindow(window);
      const inside = spans.reduce((sum, span) => {
        const common = intersectWindows(window, span);
        return sum + (common === undefined ? 0 : daysInWindow(common));
      }, 0);
      if (inside === days) return;
      const base = { start: window.start, end: window.end, days: String(days), daysOutside: String(days - inside) };
      if (planWindow !== undefined) {
        const span: OpenSpan = { start: planWindow.start, end: planWindow.end };
        report([...path, "window"], { name, item, window, days, daysOutside: days - inside, planWindow: span }, {
          ...base,
          planStart: planWindow.start,
          ...(planWindow.end === undefined ? {} : { planEnd: planWindow.end }),
        });
        return;
      }
      const phase = c.nearestPhase(window);
      if (phase === undefined) return;
      report(
        [...path, "window"],
        { name, item, window, days, daysOutside: days - inside, phase: phase.name, phaseWindow: phase.window },
        { ...base, phaseId: phase.id, phaseStart: phase.window.start, phaseEnd: phase.window.end },
      );
    };
    for (const { item, path } of c.activities) check("activity", activityName(item), item.window, path);
    for (const { item, path } of c.lines) check("budget line", lineName(item), item.window, path);
  },
});
