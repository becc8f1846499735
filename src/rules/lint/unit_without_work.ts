import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { responsibleUnits } from "./_lib/responsibleUnits.js";
import type { Named } from "./_lib/text.js";

const CODE = "unit_without_work";
const SEVERITY = "warning";

/** `unit_without_work` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Unit with duties but nothing to do",
  titleVi: "Đơn vị được giao trách nhiệm nhưng không có việc cụ thể",
  checks:
    "Every unit that part V (responsibilities) gives duties to, other than the issuer and the co-issuers, appears in an activity (as a unit or an outlet it concerns), a quota (an outlet or a unit that owes it), a budget line, a reporting duty, an appendix item or another duty of part V, or has a duty that names an activity.",
  checksVi:
    "Mỗi đơn vị được giao trách nhiệm ở phần V, trừ cơ quan ban hành và các cơ quan cùng ban hành, có tên trong một hoạt động (là đơn vị thực hiện hay cơ quan báo chí liên quan), chỉ tiêu (cơ quan đăng tải hay đơn vị phải gửi tin, bài), dòng dự trù, nhiệm vụ báo cáo, mục của phụ lục hoặc nhiệm vụ khác ở phần V, hoặc có nhiệm vụ nêu một hoạt động cụ thể.",
};

interface Data extends Named {
  readonly responsibility: string;
}

/** `unit_without_work` (warning): a unit of part V that nothing concrete names. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => [
    `${d.name} has duties in part V (${d.responsibility}) but no activity, quota, budget line, reporting duty, appendix item or other duty names it`,
    `${d.name} được giao trách nhiệm ở phần V (${d.responsibility}) nhưng không có hoạt động, chỉ tiêu, dòng dự trù, nhiệm vụ báo cáo, mục phụ lục hay nhiệm vụ nào khác nêu tên đơn vị này`,
  ],
  check(c, report) {
    const work = new Set<string>();
    const add = (ids: readonly string[]) => ids.forEach((id) => work.add(id));
    for (const { item } of c.activities) add([...item.leadUnitIds, ...item.executingUnitIds, ...item.coordinatingUnitIds, ...item.outletIds]);
    for (const { item } of c.quotas) add([...c.quotaOutlets(item), ...c.quotaDebtors(item)].map((u) => u.id));
    for (const { item } of c.lines) add([...item.leadUnitIds, ...item.coordinatingUnitIds]);
    for (const duty of c.plan.reporting) {
      add(duty.reportingUnitIds);
      if (duty.recipientUnitId !== undefined) work.add(duty.recipientUnitId);
      if (duty.viaUnitId !== undefined) work.add(duty.viaUnitId);
    }
    for (const appendix of c.plan.appendices) for (const item of appendix.items) add(item.unitIds);
    for (const r of c.plan.responsibilities) {
      if (r.duties.some((d) => d.activityIds.length > 0)) add(r.unitIds);
      // A duty that names other units ("chỉ đạo các cơ quan báo chí…") gives them work; not the units it is given to.
      for (const d of r.duties) add(d.unitIds.filter((id) => !r.unitIds.includes(id)));
    }
    for (const u of responsibleUnits(c)) {
      if (c.issuers.has(u.unitId) || work.has(u.unitId)) continue;
      report(u.path, { name: u.name, responsibility: u.responsibility }, { unitId: u.unitId, responsibilityId: u.responsibilityId });
    }
  },
});
