import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { activityName, joined, names, type Named } from "./_lib/text.js";

const CODE = "activity_without_lead";
const SEVERITY = "warning";

/** `activity_without_lead` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Activity without a lead unit",
  titleVi: "Hoạt động không có đơn vị chủ trì",
  checks:
    "Every activity has a unit in charge: a lead unit (đơn vị chủ trì) named in the activity or in a budget line that pays for it, or a duty of part V (responsibilities) that names the activity.",
  checksVi:
    "Mỗi hoạt động có đơn vị chịu trách nhiệm: đơn vị chủ trì ghi ở hoạt động hoặc ở dòng dự trù chi cho hoạt động, hoặc một nhiệm vụ ở phần V (trách nhiệm thực hiện) nêu hoạt động đó.",
};

interface Data extends Named {
  readonly executing: readonly string[];
}

/** `activity_without_lead` (warning): an activity that no unit leads. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const [en, vi] = names(d.executing);
    return [
      `the activity ${d.name} names no lead unit, and no budget line or duty of part V assigns it${d.executing.length > 0 ? ` (carried out by: ${en})` : " (and no unit carries it out)"}`,
      `hoạt động ${d.name} không có đơn vị chủ trì, cũng không có dòng dự trù hay nhiệm vụ nào ở phần V giao hoạt động này${d.executing.length > 0 ? ` (đơn vị thực hiện: ${vi})` : " (cũng không có đơn vị thực hiện)"}`,
    ];
  },
  check(c, report) {
    for (const { item: activity, path } of c.activities) {
      if (activity.leadUnitIds.length > 0 || c.activitiesWithDuty.has(activity.id)) continue;
      if ((c.linesByActivity.get(activity.id) ?? []).some((line) => line.leadUnitIds.length > 0)) continue;
      report(
        [...path, "leadUnitIds"],
        { name: activityName(activity), executing: activity.executingUnitIds.map((id) => c.unitName(id)) },
        { activityId: activity.id, executingUnits: String(activity.executingUnitIds.length), executingUnitIds: joined(activity.executingUnitIds) },
      );
    }
  },
});
