import { defineLintRule, type LintRuleTexts } from "./_lib/defineLintRule.js";
import type { Named } from "./_lib/text.js";

/** The catalogue's texts of `unit_never_used` (see LINT_RULES). @internal */
export const meta: LintRuleTexts = {
  title: "Unit referenced nowhere",
  titleVi: "Đơn vị không được nhắc đến",
  checks:
    "Every declared unit is referenced somewhere in the plan: by id (issuer, signatory, parent of a unit, activities and their targets, quotas, funding sources, part V, reporting, recipients, budget lines) or by kind (a quota's outlet kinds, a target's or an audience's unit kinds).",
  checksVi:
    "Mỗi đơn vị đã khai báo đều được nhắc đến trong kế hoạch: theo mã (cơ quan ban hành, người ký, đơn vị cấp trên, hoạt động và mục tiêu, chỉ tiêu, nguồn kinh phí, phần V, báo cáo, nơi nhận, dự trù kinh phí) hoặc theo loại (loại cơ quan của chỉ tiêu, loại đơn vị của mục tiêu hay đối tượng).",
};

/** `unit_never_used` (info): a unit that the plan declares and never refers to. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: "unit_never_used",
  severity: "info",
  message: (d: Named) => [`${d.name} is declared but referenced nowhere in the plan`, `${d.name} được khai báo nhưng không được nhắc đến ở đâu trong kế hoạch`],
  check(c, report) {
    const plan = c.plan;
    const ids = new Set<string>();
    const add = (list: readonly (string | undefined)[]) => list.forEach((id) => id !== undefined && ids.add(id));
    add([plan.header.issuerId, plan.signatory?.unitId]);
    add(plan.units.map((u) => u.parentId));
    for (const { item } of c.activities) {
      add([...item.leadUnitIds, ...item.executingUnitIds, ...item.coordinatingUnitIds]);
      for (const target of item.targets) add(target.scopeUnitIds ?? []);
    }
    for (const { item } of c.quotas) add(c.quotaOutlets(item).map((u) => u.id));
    for (const source of plan.funding.sources) add(source.funderUnitIds);
    for (const r of plan.responsibilities) add(r.unitIds);
    for (const d of plan.reporting) add([...d.reportingUnitIds, d.recipientUnitId, d.viaUnitId]);
    for (const r of plan.recipients) add(r.unitIds);
    for (const { item } of c.lines) add([...item.leadUnitIds, ...item.coordinatingUnitIds]);
    const kinds = new Set<string>();
    for (const { item } of c.activities) for (const t of item.targets) if (t.unitKind !== undefined) kinds.add(t.unitKind);
    for (const a of plan.audiences) for (const k of a.unitKinds ?? []) kinds.add(k);
    plan.units.forEach((unit, k) => {
      if (!ids.has(unit.id) && !kinds.has(unit.kind)) report(["units", k], { name: c.unitName(unit.id) }, { unitId: unit.id, kind: unit.kind });
    });
  },
});
