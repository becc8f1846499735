import { unitKindVi } from "../../errors/messages.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { joined, quoted, quotaName, unitKindEn, type Named } from "./_lib/text.js";

const CODE = "quota_owed_by_no_unit";
const SEVERITY = "warning";

/** `quota_owed_by_no_unit` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Quota owed by no unit",
  titleVi: "Chỉ tiêu không giao được cho đơn vị nào",
  checks:
    "A quota that units owe by contributing (owedBy: \"mỗi LĐLĐ huyện, CĐ ngành gửi ít nhất 01 tin, bài, ảnh/tuần\") selects at least one unit of the plan: one it names, or one of its unit kinds with at least its minMemberCount members. A group unit (\"các CĐCS\") that gives no member count meets the minimum, since it stands for all units of its kind; a single unit that gives none does not.",
  checksVi:
    "Chỉ tiêu giao cho các đơn vị gửi tin, bài (owedBy: “mỗi LĐLĐ huyện, CĐ ngành gửi ít nhất 01 tin, bài, ảnh/tuần”) phải chọn được ít nhất một đơn vị của kế hoạch: đơn vị được nêu tên, hoặc đơn vị thuộc loại được nêu có từ minMemberCount đoàn viên trở lên. Đơn vị đại diện (“các CĐCS”) không ghi số đoàn viên được coi là đạt, vì đại diện cho mọi đơn vị cùng loại; đơn vị riêng lẻ không ghi số đoàn viên thì không.",
};

interface Data extends Named {
  /** Who owes it, as the document writes it, quoted. */
  readonly text?: string | undefined;
  readonly kinds: readonly string[];
  readonly minMemberCount?: number | undefined;
  /** How many units of the plan are of those kinds. */
  readonly candidates: number;
}

/** `quota_owed_by_no_unit` (warning): an `owedBy` that selects no unit of the plan (`quotaDebtors` finds none). @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
    const kindsEn = d.kinds.map(unitKindEn).join(" or ");
    const kindsVi = d.kinds.map((k) => unitKindVi(k)).join(" hay ");
    const [why, whyVi] =
      d.kinds.length === 0
        ? ["it names no unit and no unit kind", "không nêu đơn vị hay loại đơn vị nào"]
        : d.candidates === 0
          ? [`no unit of the plan is a ${kindsEn}`, `kế hoạch không có đơn vị nào là ${kindsVi}`]
          : [
              `none of the ${d.candidates} ${d.candidates === 1 ? "unit" : "units"} of that kind is known to have at least ${d.minMemberCount} members`,
              `không đơn vị nào trong ${d.candidates} đơn vị thuộc loại đó được ghi là có từ ${d.minMemberCount} đoàn viên trở lên`,
            ];
    const who = d.text === undefined ? "" : ` (${d.text})`;
    return [`quota ${d.name} is owed by no unit of the plan${who}: ${why}`, `chỉ tiêu ${d.name} không giao được cho đơn vị nào của kế hoạch${who}: ${whyVi}`];
  },
  check(c, report) {
    for (const { item: quota, path } of c.quotas) {
      const owedBy = quota.owedBy;
      if (owedBy === undefined || c.quotaDebtors(quota).length > 0) continue;
      const kinds = new Set<string>(owedBy.unitKinds);
      const candidates = [...c.units.values()].filter((u) => kinds.has(u.kind)).length;
      report(
        [...path, "owedBy"],
        { name: quotaName(quota), text: owedBy.text === undefined ? undefined : quoted(owedBy.text), kinds: owedBy.unitKinds, minMemberCount: owedBy.minMemberCount, candidates },
        {
          quotaId: quota.id,
          unitKinds: joined(owedBy.unitKinds),
          candidates: String(candidates),
          ...(owedBy.minMemberCount === undefined ? {} : { minMemberCount: String(owedBy.minMemberCount) }),
        },
      );
    }
  },
});
