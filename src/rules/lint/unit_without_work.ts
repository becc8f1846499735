import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import { responsibleUnits } from "./_lib/responsibleUnits.js";
import type { Named } from "./_lib/text.js";

/** The catalogue's texts of `unit_without_work` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Unit with duties but nothing to do",
  titleVi: "Đơn vị được giao trách nhiệm nhưng không có việc cụ thể",
  checks:
    "Every unit that part V (responsibilities) gives duties to appears in an activity, a quota, a budget line or a reporting duty, or has a duty that names an activity.",
  checksVi:
    "Mỗi đơn vị được giao trách nhiệm ở phần V có tên trong một hoạt động, chỉ tiêu, dòng dự trù hoặc nhiệm vụ báo cáo, hoặc có nhiệm vụ nêu một hoạt động cụ thể.",
};

interface Data extends Named {
  readonly responsibility: string;
}

/** `unit_without_work` (warning): a unit of part V that nothing concrete names. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "unit_without_work",
  severity: "warning",
  message: (d: Data) => [
    `${d.name} has duties in part V (${d.responsibility}) but no activity, quota, budget line or reporting duty names it`,
    `${d.name} được giao trách nhiệm ở phần V (${d.responsibility}) nhưng không có hoạt động, chỉ tiêu, dòng dự trù hay nhiệm vụ báo cáo nào nêu tên đơn vị này`,
  ],
  check(c, report) {
    const work = new Set<string>();
    const add = (ids: readonly string[]) => ids.forEach((id) => work.add(id));
    for (const { item } of c.activities) add([...item.leadUnitIds, ...item.executingUnitIds, ...item.coordinatingUnitIds]);
    for (const { item } of c.quotas) add(c.quotaOutlets(item).map((u) => u.id));
    for (const { item } of c.lines) add([...item.leadUnitIds, ...item.coordinatingUnitIds]);
    for (const duty of c.plan.reporting) {
      add(duty.reportingUnitIds);
      if (duty.recipientUnitId !== undefined) work.add(duty.recipientUnitId);
      if (duty.viaUnitId !== undefined) work.add(duty.viaUnitId);
    }
    for (const r of c.plan.responsibilities) if (r.duties.some((d) => d.activityIds.length > 0)) add(r.unitIds);
    for (const u of responsibleUnits(c)) {
      if (!work.has(u.unitId)) report(u.path, { name: u.name, responsibility: u.responsibility }, { unitId: u.unitId, responsibilityId: u.responsibilityId });
    }
  },
});
