import { defineLintRule, type LintRuleMeta, type Path } from "./_lib/defineLintRule.js";
import { activityName, dutyName, enDate, joined, lineName, names, quoted, quotaName, viDate, type Named } from "./_lib/text.js";

const CODE = "unit_used_after_valid_to";
const SEVERITY = "warning";

/** `unit_used_after_valid_to` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Unit named after it ceased to exist",
  titleVi: "Đơn vị được giao việc sau khi đã thôi tồn tại",
  checks:
    "No activity, quota, duty of part V, reporting duty or budget line names a unit (by id) whose last day (validTo) comes before the day the item starts: its own window or start month, else its phase's, its activity's, or the plan's time (a unit merged or dissolved during the plan: the successor takes over).",
  checksVi:
    "Không có hoạt động, chỉ tiêu, nhiệm vụ ở phần V, nhiệm vụ báo cáo hay dòng dự trù nào nêu tên một đơn vị mà ngày cuối cùng đơn vị đó tồn tại (validTo) ở trước ngày bắt đầu của mục ấy: thời gian hay tháng bắt đầu của chính nó, nếu không thì của giai đoạn, của hoạt động, hoặc thời gian thực hiện của kế hoạch (đơn vị đã sáp nhập hay giải thể trong thời gian kế hoạch: đơn vị kế thừa đảm nhận).",
};

type Item = "activity" | "quota" | "duty" | "reporting duty" | "budget line";

const ITEM_VI: { readonly [I in Item]: string } = {
  activity: "hoạt động",
  quota: "chỉ tiêu",
  duty: "nhiệm vụ ở phần V",
  "reporting duty": "nhiệm vụ báo cáo",
  "budget line": "dòng dự trù",
};

const ITEM_EN: { readonly [I in Item]: string } = {
  activity: "activity",
  quota: "quota",
  duty: "duty of part V",
  "reporting duty": "reporting duty",
  "budget line": "budget line",
};

interface Data extends Named {
  readonly validTo: string;
  readonly item: Item;
  readonly itemName: string;
  readonly start: string;
  readonly successors: readonly string[];
}

/** `unit_used_after_valid_to` (warning): a unit named by an item that starts after the unit's last day. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const [en, vi] = names(d.successors);
    const many = d.successors.length > 1;
    return [
      `${d.name} exists until ${enDate(d.validTo)}, but the ${ITEM_EN[d.item]} ${d.itemName}, which starts on ${enDate(d.start)}, names it${d.successors.length > 0 ? `; ${many ? "its successors are" : "its successor is"} ${en}` : ""}`,
      `${d.name} chỉ tồn tại đến hết ngày ${viDate(d.validTo)}, nhưng ${ITEM_VI[d.item]} ${d.itemName}, bắt đầu từ ngày ${viDate(d.start)}, vẫn nêu tên đơn vị này${d.successors.length > 0 ? `; đơn vị kế thừa: ${vi}` : ""}`,
    ];
  },
  check(c, report) {
    const planStart = c.planTime()?.start;
    const check = (item: Item, itemName: string, start: string | undefined, ids: readonly (string | undefined)[], base: Path, single = false): void => {
      if (start === undefined) return;
      ids.forEach((id, k) => {
        const unit = id === undefined ? undefined : c.units.get(id);
        if (unit?.validTo === undefined || start <= unit.validTo) return;
        report(
          single ? base : [...base, k],
          { name: c.unitName(unit.id), validTo: unit.validTo, item, itemName, start, successors: unit.successorIds.map((s) => c.unitName(s)) },
          { unitId: unit.id, validTo: unit.validTo, itemStart: start, successorIds: joined(unit.successorIds) },
        );
      });
    };
    c.plan.channels.forEach((channel, i) => {
      channel.activities.forEach((a, j) => {
        const at: Path = ["channels", i, "activities", j];
        const start = a.window?.start ?? planStart;
        for (const key of ["leadUnitIds", "executingUnitIds", "coordinatingUnitIds", "outletIds"] as const) check("activity", activityName(a), start, a[key], [...at, key]);
      });
      channel.quotas.forEach((q, j) => {
        const at: Path = ["channels", i, "quotas", j];
        const phase = q.phaseId === undefined ? undefined : c.phaseById.get(q.phaseId);
        const start = q.startsIn === undefined ? (phase?.window.start ?? planStart) : `${q.startsIn}-01`;
        check("quota", quotaName(q), start, q.outletIds, [...at, "outletIds"]);
        check("quota", quotaName(q), start, q.owedBy?.unitIds ?? [], [...at, "owedBy", "unitIds"]);
      });
    });
    c.plan.responsibilities.forEach((r, i) => {
      const title = quoted(r.label === undefined ? r.title : `${r.label}. ${r.title}`);
      check("duty", title, planStart, r.unitIds, ["responsibilities", i, "unitIds"]);
      r.duties.forEach((d, j) => check("duty", quoted(d.text), planStart, d.unitIds, ["responsibilities", i, "duties", j, "unitIds"]));
    });
    c.plan.reporting.forEach((d, i) => {
      const at: Path = ["reporting", i];
      const start = c.reportingWindow(d)?.start ?? planStart;
      check("reporting duty", dutyName(d), start, d.reportingUnitIds, [...at, "reportingUnitIds"]);
      check("reporting duty", dutyName(d), start, [d.recipientUnitId], [...at, "recipientUnitId"], true);
      check("reporting duty", dutyName(d), start, [d.viaUnitId], [...at, "viaUnitId"], true);
    });
    for (const { item: line, path } of c.lines) {
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      const start = line.window?.start ?? activity?.window?.start ?? planStart;
      check("budget line", lineName(line), start, line.leadUnitIds, [...path, "leadUnitIds"]);
      check("budget line", lineName(line), start, line.coordinatingUnitIds, [...path, "coordinatingUnitIds"]);
    }
  },
});
