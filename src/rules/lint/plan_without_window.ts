import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { isWholeDocument } from "./_lib/provenance.js";

const CODE = "plan_without_window";
const SEVERITY = "warning";

/** `plan_without_window` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "Plan with no time of implementation",
  titleVi: "Kế hoạch không ghi thời gian thực hiện",
  checks:
    "The plan says when it runs: phases, or a window of its own (which may be open, \"Từ năm 2025 trở đi\"). One finding for the plan, not one per activity or reporting duty that the plan's time would date.",
  checksVi:
    "Kế hoạch ghi thời gian thực hiện: các giai đoạn, hoặc thời gian của chính kế hoạch (có thể không ghi ngày kết thúc, “Từ năm 2025 trở đi”). Một phát hiện cho cả kế hoạch, không lặp lại cho từng hoạt động hay nhiệm vụ báo cáo.",
};

interface Data {
  /** What the transcription is made from, where it is not the whole document: its text may not show the time. */
  readonly partial?: "excerpt" | "news-report" | undefined;
}

const PARTIAL_EN = {
  excerpt: " (the transcription is an excerpt: the parts it quotes may not give it)",
  "news-report": " (the transcription is of a news report about the plan, which may not give it)",
} as const;
const PARTIAL_VI = {
  excerpt: " (bản chép là đoạn trích: phần được trích có thể không nêu thời gian)",
  "news-report": " (bản chép là bản tin về kế hoạch: bản tin có thể không nêu thời gian)",
} as const;

/** `plan_without_window` (warning): a plan that has neither phases nor a window of its own. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => [
    `the plan gives no time of implementation (no phase, no window of its own): its activities, quotas and reports cannot be dated against it${d.partial === undefined ? "" : PARTIAL_EN[d.partial]}`,
    `kế hoạch không ghi thời gian thực hiện (không có giai đoạn, không có thời gian của chính kế hoạch): không đối chiếu được thời gian của các hoạt động, chỉ tiêu và báo cáo${d.partial === undefined ? "" : PARTIAL_VI[d.partial]}`,
  ],
  check(c, report) {
    const { phases, window, provenance } = c.plan;
    if (phases.length > 0 || window !== undefined) return;
    const partial = isWholeDocument(c.plan) || provenance === undefined || provenance.kind === "document" ? undefined : provenance.kind;
    report(["window"], { partial }, partial === undefined ? {} : { provenance: partial });
  },
});
