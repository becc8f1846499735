import { isWithinWindow } from "../../calendar/makeWindow.js";
import type { Window } from "../../calendar/window.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { activityName, enRuns, enWindow, lineName, viWindow, type Named } from "./_lib/text.js";

const CODE = "line_window_outside_activity";
const SEVERITY = "warning";

/** `line_window_outside_activity` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Budget line dated outside its activity",
  titleVi: "Dòng dự trù có thời gian ngoài thời gian của hoạt động",
  checks: "A budget line's window lies inside the window of the activity it pays for, where both are given.",
  checksVi: "Thời gian của dòng dự trù nằm trong thời gian của hoạt động mà dòng đó chi cho, khi cả hai đều ghi thời gian.",
};

interface Data extends Named {
  readonly activity: string;
  readonly window: Window;
  readonly activityWindow: Window;
}

/** Whether `inner` lies inside `outer`, both ends included. */
const within = (outer: Window, inner: Window): boolean => isWithinWindow(outer, inner.start) && isWithinWindow(outer, inner.end);

/** `line_window_outside_activity` (warning): a budget line dated outside its activity's window. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => [
    `budget line ${d.name} runs ${enRuns(d.window)}, outside the window of the activity ${d.activity} (${enWindow(d.activityWindow)})`,
    `dòng dự trù ${d.name} thực hiện ${viWindow(d.window)}, ngoài thời gian của hoạt động ${d.activity} (${viWindow(d.activityWindow)})`,
  ],
  check(c, report) {
    for (const { item: line, path } of c.lines) {
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      if (line.window === undefined || activity?.window === undefined || within(activity.window, line.window)) continue;
      report(
        [...path, "window"],
        { name: lineName(line), activity: activityName(activity), window: line.window, activityWindow: activity.window },
        { start: line.window.start, end: line.window.end, activityId: activity.id, activityStart: activity.window.start, activityEnd: activity.window.end },
      );
    }
  },
});
