import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import type { Named } from "./_lib/text.js";

const CODE = "unit_never_used";
const SEVERITY = "info";

/** `unit_never_used` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Unit referenced nowhere",
  titleVi: "Đơn vị không được nhắc đến",
  checks:
    "Every declared unit is referenced somewhere in the plan: by id (issuer and co-issuers, signatories, the issuer of a legal basis, parent or successor of a unit, activities with their outlets and their targets, quotas with the units that owe them, indicators' populations, funding sources, part V and its duties, reporting, recipients, budget lines, appendix items) or by kind (a quota's outlet kinds and debtor kinds, a target's, an indicator population's or an audience's unit kinds).",
  checksVi:
    "Mỗi đơn vị đã khai báo đều được nhắc đến trong kế hoạch: theo mã (cơ quan ban hành và cơ quan cùng ban hành, người ký, cơ quan ban hành văn bản căn cứ, đơn vị cấp trên hay đơn vị kế thừa, hoạt động cùng cơ quan báo chí liên quan và mục tiêu, chỉ tiêu cùng các đơn vị phải thực hiện, phạm vi của chỉ số, nguồn kinh phí, phần V và các nhiệm vụ, báo cáo, nơi nhận, dự trù kinh phí, mục của phụ lục) hoặc theo loại (loại cơ quan và loại đơn vị phải thực hiện của chỉ tiêu, loại đơn vị của mục tiêu, của chỉ số hay của đối tượng).",
};

/** `unit_never_used` (info): a unit that the plan declares and never refers to. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Named) => [`${d.name} is declared but referenced nowhere in the plan`, `${d.name} được khai báo nhưng không được nhắc đến ở đâu trong kế hoạch`],
  check(c, report) {
    const plan = c.plan;
    const ids = new Set<string>();
    const add = (list: readonly (string | undefined)[]) => list.forEach((id) => id !== undefined && ids.add(id));
    add([plan.header.issuerId, ...plan.header.coIssuerIds, plan.signatory?.unitId, ...plan.coSignatories.map((s) => s.unitId)]);
    add(plan.header.legalBases.map((b) => b.issuerId));
    for (const u of plan.units) add([u.parentId, ...u.successorIds]);
    for (const { item } of c.activities) {
      add([...item.leadUnitIds, ...item.executingUnitIds, ...item.coordinatingUnitIds, ...item.outletIds]);
      for (const target of item.targets) add(target.scopeUnitIds ?? []);
    }
    for (const { item } of c.quotas) add([...c.quotaOutlets(item).map((u) => u.id), ...(item.owedBy?.unitIds ?? [])]);
    for (const o of plan.objectives) for (const i of o.indicators) add(i.population?.scopeUnitIds ?? []);
    for (const source of plan.funding.sources) add(source.funderUnitIds);
    for (const r of plan.responsibilities) {
      add(r.unitIds);
      for (const d of r.duties) add(d.unitIds);
    }
    for (const d of plan.reporting) add([...d.reportingUnitIds, d.recipientUnitId, d.viaUnitId]);
    for (const r of plan.recipients) add(r.unitIds);
    for (const { item } of c.lines) add([...item.leadUnitIds, ...item.coordinatingUnitIds]);
    for (const a of plan.appendices) for (const item of a.items) add(item.unitIds);
    // By kind: the units of a kind that a target, an indicator's population, an audience or a quota's debtors name.
    const kinds = new Set<string>();
    for (const { item } of c.activities) for (const t of item.targets) if (t.unitKind !== undefined) kinds.add(t.unitKind);
    for (const o of plan.objectives) for (const i of o.indicators) if (i.population?.unitKind !== undefined) kinds.add(i.population.unitKind);
    for (const a of plan.audiences) for (const k of a.unitKinds ?? []) kinds.add(k);
    for (const { item } of c.quotas) for (const k of item.owedBy?.unitKinds ?? []) kinds.add(k);
    plan.units.forEach((unit, k) => {
      if (!ids.has(unit.id) && !kinds.has(unit.kind)) report(["units", k], { name: c.unitName(unit.id) }, { unitId: unit.id, kind: unit.kind });
    });
  },
});
