import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { activityName, type Named } from "./_lib/text.js";

const CODE = "activity_without_window";
const SEVERITY = "info";

/** `activity_without_window` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Activity without a window",
  titleVi: "Hoạt động không có thời gian thực hiện",
  checks:
    "Every activity says when it runs: a window, a deadline (dueOn), the time as the document writes it (windowText, dueText: \"thường xuyên\", \"trước tối 30 Tết\"), or a budget line that dates it; where the plan has its own window, that window dates the activities that give no time, and a plan with no time at all is plan_without_window instead.",
  checksVi:
    "Mỗi hoạt động có thời gian thực hiện: khoảng thời gian, hạn hoàn thành (dueOn), thời gian như văn bản ghi (windowText, dueText: “thường xuyên”, “trước tối 30 Tết”), hoặc dòng dự trù ghi thời gian cho hoạt động đó; kế hoạch có ghi thời gian thực hiện thì thời gian đó áp dụng cho các hoạt động không ghi thời gian, còn kế hoạch không ghi thời gian nào thì thuộc quy tắc plan_without_window.",
};

/** `activity_without_window` (info): an activity that nothing dates. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Named) => [`the activity ${d.name} has no window, and no budget line dates it`, `hoạt động ${d.name} không ghi thời gian thực hiện, dòng dự trù cũng không ghi`],
  check(c, report) {
    // A plan's own window (open or not) dates what gives no time; a plan with no time is plan_without_window.
    if (c.plan.window !== undefined || c.plan.phases.length === 0) return;
    for (const { item: activity, path } of c.activities) {
      if (activity.window !== undefined || activity.dueOn !== undefined || activity.windowText !== undefined || activity.dueText !== undefined) continue;
      if ((c.linesByActivity.get(activity.id) ?? []).some((l) => l.window !== undefined)) continue;
      report([...path, "window"], { name: activityName(activity) }, { activityId: activity.id });
    }
  },
});
