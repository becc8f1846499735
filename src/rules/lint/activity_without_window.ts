import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { activityName, type Named } from "./_lib/text.js";

/** The catalogue's texts of `activity_without_window` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Activity without a window",
  titleVi: "Hoạt động không có thời gian thực hiện",
  checks: "Every activity has a window, or a budget line that dates it.",
  checksVi: "Mỗi hoạt động có thời gian thực hiện, hoặc có dòng dự trù ghi thời gian cho hoạt động đó.",
};

/** `activity_without_window` (info): an activity that nothing dates. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "activity_without_window",
  severity: "info",
  message: (d: Named) => [`the activity ${d.name} has no window, and no budget line dates it`, `hoạt động ${d.name} không ghi thời gian thực hiện, dòng dự trù cũng không ghi`],
  check(c, report) {
    for (const { item: activity, path } of c.activities) {
      if (activity.window !== undefined || (c.linesByActivity.get(activity.id) ?? []).some((l) => l.window !== undefined)) continue;
      report([...path, "window"], { name: activityName(activity) }, { activityId: activity.id });
    }
  },
});
