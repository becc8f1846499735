import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { activityName, lineName, normalize, type Named } from "./_lib/text.js";

const CODE = "line_quantity_mismatch";
const SEVERITY = "warning";

/** `line_quantity_mismatch` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Budget quantity differs from the activity's",
  titleVi: "Số lượng ở dự trù khác số lượng của hoạt động",
  checks: "A budget line and the activity it pays for give the same product quantity, where both give one (in the same unit of measure, or one of them without a unit).",
  checksVi: "Dòng dự trù và hoạt động mà dòng đó chi cho ghi cùng một số lượng sản phẩm, khi cả hai đều ghi (cùng đơn vị tính, hoặc một bên không ghi đơn vị tính).",
};

interface Data extends Named {
  readonly activity: string;
  readonly lineQuantity: number;
  readonly activityQuantity: number;
  readonly unit: string;
}

/** `line_quantity_mismatch` (warning): a line and its activity give different quantities. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const unit = d.unit === "" ? "" : ` ${d.unit}`;
    return [
      `budget line ${d.name} budgets ${d.lineQuantity}${unit}, but the activity ${d.activity} plans ${d.activityQuantity}${unit}`,
      `dòng dự trù ${d.name} dự trù ${d.lineQuantity}${unit}, nhưng hoạt động ${d.activity} ghi ${d.activityQuantity}${unit}`,
    ];
  },
  check(c, report) {
    for (const { item: line, path } of c.lines) {
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      const lineQuantity = line.product?.quantity;
      const activityQuantity = activity?.product?.quantity;
      if (activity === undefined || lineQuantity === undefined || activityQuantity === undefined || lineQuantity === activityQuantity) continue;
      const lineUnit = normalize(line.product?.unit);
      const activityUnit = normalize(activity.product?.unit);
      if (lineUnit !== "" && activityUnit !== "" && lineUnit !== activityUnit) continue; // different measures
      const unit = (line.product?.unit ?? activity.product?.unit ?? "").trim();
      report(
        [...path, "product", "quantity"],
        { name: lineName(line), activity: activityName(activity), lineQuantity, activityQuantity, unit },
        {
          lineQuantity: String(lineQuantity),
          activityQuantity: String(activityQuantity),
          activityId: activity.id,
          difference: String(lineQuantity - activityQuantity),
        },
      );
    }
  },
});
