import { enDayText, enMonthText, enWindowText, viDayText, viWindowText } from "../_lib/dateText.js";
import { formatVnd } from "../budget/formatVnd.js";
import type { Window } from "../calendar/window.js";
import type { Finding, Severity } from "../errors/Finding.js";

/**
 * A rule of the plan lint ({@link lintPlan}), as data: its stable code, how much a finding of it matters,
 * a title and a sentence saying what it checks, in English and Vietnamese. The catalogue of every rule
 * is {@link LINT_RULES}.
 *
 * @example
 * ```ts
 * import { LINT_RULES, type LintRule } from "cong-doan-ke-hoach";
 *
 * const errors: LintRule[] = LINT_RULES.filter((rule) => rule.severity === "error");
 * errors.map((rule) => rule.code); //=> ["declared_total_mismatch", "line_amount_mismatch"]
 * ```
 * @category Rules
 */
export interface LintRule {
  /** The stable snake_case code that the rule's findings carry. */
  readonly code: LintRuleCode;
  /** The severity of the rule's findings. */
  readonly severity: Severity;
  /** A short title, in English. */
  readonly title: string;
  /** A short title, in Vietnamese. */
  readonly titleVi: string;
  /** What the rule checks, in one English sentence. */
  readonly checks: string;
  /** What the rule checks, in one Vietnamese sentence. */
  readonly checksVi: string;
}

type Texts = readonly [en: string, vi: string];

interface Definition<D> {
  readonly severity: Severity;
  readonly title: string;
  readonly titleVi: string;
  readonly checks: string;
  readonly checksVi: string;
  /** Builds a finding's message in English and Vietnamese from the figures the check found. */
  readonly message: (data: D) => Texts;
}

const define = <D>(definition: Definition<D>): Definition<D> => definition;

// ---- formatting of figures in messages (private) ----

const money = (amount: string): string => formatVnd(amount);
/** "30/04/2018", as Vietnamese documents write a day. */
const viDate = viDayText;
/** "2018-04" → "4/2018". */
const viMonth = (month: string): string => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
/** "30 April 2018"; a month "2018-04": "April 2018". */
const enDate = (date: string): string => (date.length === 7 ? enMonthText(date) : enDayText(date));
/** "July 2018", "1 July 2017 to 15 July 2017". */
const enWindow = enWindowText;
/** "on 1 July 2017", "in July 2018", "from August to September 2017": when something runs. */
const enRuns = (w: Window): string => {
  const text = enWindow(w);
  return w.start === w.end ? `on ${text}` : text.includes(" to ") ? `from ${text}` : `in ${text}`;
};
/** "tháng 7/2018", "từ tháng 7/2017 đến tháng 5/2018", "từ ngày 01/07/2017 đến ngày 15/07/2017": inside a sentence. */
const viWindow = (w: Window): string => {
  const text = viWindowText(w);
  return text.charAt(0).toLowerCase() + text.slice(1);
};
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** Up to three names, then how many more; separated by ";" since names hold commas ("LĐLĐ tỉnh, TP"). */
const names = (list: readonly string[]): Texts => {
  const shown = list.slice(0, 3).join("; ");
  const more = list.length - 3;
  return more > 0 ? [`${shown} and ${more} more`, `${shown} và ${more} đơn vị khác`] : [shown, shown];
};

/** What a message names an item by: a quoted, clipped title; or a unit's short name. */
interface Named {
  readonly name: string;
}

/**
 * The rules, in catalogue order, each with the template of its findings' messages. The order is the
 * order of {@link LINT_RULES} and of lintPlan's findings.
 */
const DEFINITIONS = {
  declared_total_mismatch: /* @__PURE__ */ define<{ readonly message: string; readonly messageVi: string }>({
    severity: "error",
    title: "Declared total does not add up",
    titleVi: "Tổng cộng ghi không khớp",
    checks:
      "A budget section's declared subtotal, and the declared grand total, equal the sum of the lines that the central budget pays (a line paid by another funder belongs to that funder's total); checked by checkDeclaredTotals.",
    checksVi:
      "Cộng mục và tổng cộng ghi trong phụ lục dự trù bằng tổng các dòng do ngân sách trung ương chi (dòng do nguồn khác chi thuộc về tổng của nguồn đó); kiểm tra bằng checkDeclaredTotals.",
    message: (d) => [d.message, d.messageVi],
  }),
  line_amount_mismatch: /* @__PURE__ */ define<Named & { readonly message: string; readonly messageVi: string }>({
    severity: "error",
    title: "Quantity × unit price differs from the amount",
    titleVi: "Số lượng × đơn giá khác kinh phí",
    checks: "Where a budget line gives a quantity, a unit price and an amount, the quantity times the unit price equals the amount; checked by checkDeclaredTotals.",
    checksVi: "Dòng dự trù ghi đủ số lượng, đơn giá và kinh phí thì số lượng nhân đơn giá phải bằng kinh phí; kiểm tra bằng checkDeclaredTotals.",
    message: (d) => [`budget line ${d.name}: ${d.message}`, `dòng dự trù ${d.name}: ${d.messageVi}`],
  }),
  central_line_without_amount: /* @__PURE__ */ define<{ readonly message: string; readonly messageVi: string }>({
    severity: "warning",
    title: "Central budget line without an amount",
    titleVi: "Dòng chi từ ngân sách trung ương không có kinh phí",
    checks: "Every budget line that the central budget pays has an amount, or a unit price and a quantity; checked by checkDeclaredTotals.",
    checksVi: "Mỗi dòng do ngân sách trung ương chi đều có kinh phí, hoặc có đơn giá và số lượng; kiểm tra bằng checkDeclaredTotals.",
    message: (d) => [d.message, d.messageVi],
  }),
  paid_articles_vs_phase: /* @__PURE__ */ define<
    Named & {
      readonly quantity: number;
      readonly capacity: number;
      readonly rate: number;
      readonly per: "day" | "week" | "month" | "quarter";
      readonly stated: boolean;
      readonly span: Window;
      readonly days: number;
      readonly excessAmount: string;
    }
  >({
    severity: "warning",
    title: "More paid articles than the phase can carry",
    titleVi: "Số bài trả nhuận bút vượt số bài có thể đăng trong giai đoạn",
    checks:
      'A budget line that pays per article (product unit "bài" and a unit price) pays for no more articles than its time can carry at the rate its product states ("01 bài/ngày", "02 bài/tuần", "04 bài/tháng", "06 bài/quý"), or at one a day when it states none; its time is its own window, else its activity\'s, else the span of the plan\'s phases.',
    checksVi:
      "Dòng chi nhuận bút theo bài (đơn vị sản phẩm là “bài”, có đơn giá) không trả cho nhiều bài hơn số bài đăng được trong thời gian của dòng theo tần suất ghi ở sản phẩm (“01 bài/ngày”, “02 bài/tuần”, “04 bài/tháng”, “06 bài/quý”), hoặc 01 bài/ngày nếu không ghi; thời gian là thời gian của dòng, nếu không có thì của hoạt động, nếu không nữa thì từ đầu đến cuối các giai đoạn.",
    message: (d) => {
      const perEn = { day: "a day", week: "a week", month: "a month", quarter: "a quarter" }[d.per];
      const perVi = { day: "ngày", week: "tuần", month: "tháng", quarter: "quý" }[d.per];
      const extra = d.quantity - d.capacity;
      const rateEn = d.stated ? `at the rate it states (${d.rate} ${perEn})` : "at one a day (the line states no rate)";
      const rateVi = d.stated ? `với tần suất dòng ghi (${String(d.rate).padStart(2, "0")} bài/${perVi})` : "tính 01 bài/ngày (dòng không ghi tần suất)";
      return [
        `budget line ${d.name} pays for ${d.quantity} articles, but ${enWindow(d.span)} (${d.days} days) carries at most ${d.capacity} ${rateEn}: ${plural(extra, "article", "articles")} too many (${money(d.excessAmount)})`,
        `dòng dự trù ${d.name} trả nhuận bút cho ${d.quantity} bài, nhưng ${viWindow(d.span)} (${d.days} ngày), ${rateVi}, chỉ đăng được tối đa ${d.capacity} bài: thừa ${extra} bài (${money(d.excessAmount)})`,
      ];
    },
  }),
  line_quantity_mismatch: /* @__PURE__ */ define<Named & { readonly activity: string; readonly lineQuantity: number; readonly activityQuantity: number; readonly unit: string }>({
    severity: "warning",
    title: "Budget quantity differs from the activity's",
    titleVi: "Số lượng ở dự trù khác số lượng của hoạt động",
    checks: "A budget line and the activity it pays for give the same product quantity, where both give one (in the same unit of measure, or one of them without a unit).",
    checksVi: "Dòng dự trù và hoạt động mà dòng đó chi cho ghi cùng một số lượng sản phẩm, khi cả hai đều ghi (cùng đơn vị tính, hoặc một bên không ghi đơn vị tính).",
    message: (d) => {
      const unit = d.unit === "" ? "" : ` ${d.unit}`;
      return [
        `budget line ${d.name} budgets ${d.lineQuantity}${unit}, but the activity ${d.activity} plans ${d.activityQuantity}${unit}`,
        `dòng dự trù ${d.name} dự trù ${d.lineQuantity}${unit}, nhưng hoạt động ${d.activity} ghi ${d.activityQuantity}${unit}`,
      ];
    },
  }),
  window_outside_phase: /* @__PURE__ */ define<
    Named & { readonly item: "activity" | "budget line"; readonly window: Window; readonly days: number; readonly daysOutside: number; readonly phase: string; readonly phaseWindow: Window }
  >({
    severity: "warning",
    title: "Window outside every phase",
    titleVi: "Thời gian nằm ngoài các giai đoạn",
    checks: "The window of every activity and of every budget line lies inside the plan's phases.",
    checksVi: "Thời gian thực hiện của mỗi hoạt động và mỗi dòng dự trù nằm trong các giai đoạn của kế hoạch.",
    message: (d) => {
      const all = d.daysOutside === d.days;
      const itemVi = d.item === "activity" ? "hoạt động" : "dòng dự trù";
      return [
        `the ${d.item} ${d.name} runs ${enRuns(d.window)}: ${all ? (d.days === 1 ? "that day falls" : `all ${d.days} days fall`) : `${d.daysOutside} of its ${d.days} days fall`} outside every phase (${d.phase}: ${enWindow(d.phaseWindow)})`,
        `${itemVi} ${d.name} thực hiện ${viWindow(d.window)}, ${all ? "hoàn toàn" : `có ${d.daysOutside}/${d.days} ngày`} nằm ngoài các giai đoạn của kế hoạch (${d.phase}: ${viWindow(d.phaseWindow)})`,
      ];
    },
  }),
  line_window_outside_activity: /* @__PURE__ */ define<Named & { readonly activity: string; readonly window: Window; readonly activityWindow: Window }>({
    severity: "warning",
    title: "Budget line dated outside its activity",
    titleVi: "Dòng dự trù có thời gian ngoài thời gian của hoạt động",
    checks: "A budget line's window lies inside the window of the activity it pays for, where both are given.",
    checksVi: "Thời gian của dòng dự trù nằm trong thời gian của hoạt động mà dòng đó chi cho, khi cả hai đều ghi thời gian.",
    message: (d) => [
      `budget line ${d.name} runs ${enRuns(d.window)}, outside the window of the activity ${d.activity} (${enWindow(d.activityWindow)})`,
      `dòng dự trù ${d.name} thực hiện ${viWindow(d.window)}, ngoài thời gian của hoạt động ${d.activity} (${viWindow(d.activityWindow)})`,
    ],
  }),
  quota_start_outside_phase: /* @__PURE__ */ define<Named & { readonly startsIn: string; readonly phase: string; readonly phaseWindow: Window }>({
    severity: "warning",
    title: "Quota starts outside its phase",
    titleVi: "Chỉ tiêu bắt đầu ngoài giai đoạn",
    checks: "The month a quota starts counting (startsIn) shares days with its phase, or with a phase of the plan when the quota names none.",
    checksVi: "Tháng bắt đầu tính chỉ tiêu (startsIn) nằm trong giai đoạn của chỉ tiêu, hoặc trong một giai đoạn của kế hoạch nếu chỉ tiêu không gắn với giai đoạn nào.",
    message: (d) => [
      `quota ${d.name} starts counting in ${enDate(d.startsIn)}, outside ${d.phase} (${enWindow(d.phaseWindow)})`,
      `chỉ tiêu ${d.name} bắt đầu tính từ tháng ${viMonth(d.startsIn)}, ngoài ${d.phase} (${viWindow(d.phaseWindow)})`,
    ],
  }),
  deadline_after_review: /* @__PURE__ */ define<Named & { readonly late: number; readonly lastDue: string; readonly review: string; readonly reviewEnd: string }>({
    severity: "warning",
    title: "Deadline after the review",
    titleVi: "Hạn báo cáo sau kỳ sơ kết",
    checks:
      "No reporting deadline (a periodic report for one period, a one-off report; as expandDeadlines dates them) falls due after the last review that covers it has ended: the review could not use it.",
    checksVi:
      "Không có hạn báo cáo nào (báo cáo định kỳ của từng kỳ, báo cáo một lần; theo cách expandDeadlines xác định hạn) rơi sau khi kỳ sơ kết cuối cùng liên quan đã kết thúc: kỳ sơ kết không thể dùng báo cáo đó.",
    message: (d) => [
      `${plural(d.late, "deadline", "deadlines")} of the reporting duty ${d.name} ${d.late === 1 ? "falls" : "fall"} due after the review ${d.review} ends on ${enDate(d.reviewEnd)} (the last on ${enDate(d.lastDue)})`,
      `${d.late} hạn báo cáo của nhiệm vụ ${d.name} rơi sau khi kỳ sơ kết ${d.review} kết thúc ngày ${viDate(d.reviewEnd)} (hạn muộn nhất ngày ${viDate(d.lastDue)})`,
    ],
  }),
  reporting_without_window: /* @__PURE__ */ define<Named>({
    severity: "warning",
    title: "Reporting duty with no date",
    titleVi: "Nhiệm vụ báo cáo không có thời gian",
    checks: "Every reporting duty has a window, or a phase to take one from, so that its deadlines can be dated.",
    checksVi: "Mỗi nhiệm vụ báo cáo có thời gian, hoặc gắn với một giai đoạn để lấy thời gian, để xác định được hạn báo cáo.",
    message: (d) => [
      `the reporting duty ${d.name} has no window and no phase: its deadlines cannot be dated`,
      `nhiệm vụ báo cáo ${d.name} không ghi thời gian và không gắn với giai đoạn nào: không xác định được hạn`,
    ],
  }),
  reporting_without_recipient: /* @__PURE__ */ define<Named>({
    severity: "warning",
    title: "Report without a recipient",
    titleVi: "Báo cáo không ghi nơi nhận",
    checks: "Every periodic or one-off report names the unit it is sent to.",
    checksVi: "Mỗi báo cáo định kỳ hoặc báo cáo một lần đều ghi rõ gửi về đơn vị nào.",
    message: (d) => [`the reporting duty ${d.name} does not say whom the reports go to`, `nhiệm vụ báo cáo ${d.name} không ghi gửi báo cáo về đơn vị nào`],
  }),
  activity_without_lead: /* @__PURE__ */ define<Named & { readonly executing: readonly string[] }>({
    severity: "warning",
    title: "Activity without a lead unit",
    titleVi: "Hoạt động không có đơn vị chủ trì",
    checks:
      "Every activity has a unit in charge: a lead unit (đơn vị chủ trì) named in the activity or in a budget line that pays for it, or a duty of part V (responsibilities) that names the activity.",
    checksVi:
      "Mỗi hoạt động có đơn vị chịu trách nhiệm: đơn vị chủ trì ghi ở hoạt động hoặc ở dòng dự trù chi cho hoạt động, hoặc một nhiệm vụ ở phần V (trách nhiệm thực hiện) nêu hoạt động đó.",
    message: (d) => {
      const [en, vi] = names(d.executing);
      return [
        `the activity ${d.name} names no lead unit, and no budget line or duty of part V assigns it${d.executing.length > 0 ? ` (carried out by: ${en})` : " (and no unit carries it out)"}`,
        `hoạt động ${d.name} không có đơn vị chủ trì, cũng không có dòng dự trù hay nhiệm vụ nào ở phần V giao hoạt động này${d.executing.length > 0 ? ` (đơn vị thực hiện: ${vi})` : " (cũng không có đơn vị thực hiện)"}`,
      ];
    },
  }),
  budget_line_without_lead: /* @__PURE__ */ define<Named & { readonly coordinating: readonly string[] }>({
    severity: "warning",
    title: "Budget line without a lead unit",
    titleVi: "Dòng dự trù không có đơn vị chủ trì",
    checks: "Every budget line names a lead unit (the appendix's \"Đơn vị chủ trì\" column), or pays for an activity that names one.",
    checksVi: "Mỗi dòng dự trù ghi đơn vị chủ trì (cột “Đơn vị chủ trì” của phụ lục), hoặc chi cho một hoạt động có đơn vị chủ trì.",
    message: (d) => {
      const [en, vi] = names(d.coordinating);
      return [
        `budget line ${d.name} names no lead unit${d.coordinating.length > 0 ? ` (only coordinating: ${en})` : ""}`,
        `dòng dự trù ${d.name} không ghi đơn vị chủ trì${d.coordinating.length > 0 ? ` (chỉ có cơ quan phối hợp: ${vi})` : ""}`,
      ];
    },
  }),
  unit_without_work: /* @__PURE__ */ define<Named & { readonly responsibility: string }>({
    severity: "warning",
    title: "Unit with duties but nothing to do",
    titleVi: "Đơn vị được giao trách nhiệm nhưng không có việc cụ thể",
    checks:
      "Every unit that part V (responsibilities) gives duties to appears in an activity, a quota, a budget line or a reporting duty, or has a duty that names an activity.",
    checksVi:
      "Mỗi đơn vị được giao trách nhiệm ở phần V có tên trong một hoạt động, chỉ tiêu, dòng dự trù hoặc nhiệm vụ báo cáo, hoặc có nhiệm vụ nêu một hoạt động cụ thể.",
    message: (d) => [
      `${d.name} has duties in part V (${d.responsibility}) but no activity, quota, budget line or reporting duty names it`,
      `${d.name} được giao trách nhiệm ở phần V (${d.responsibility}) nhưng không có hoạt động, chỉ tiêu, dòng dự trù hay nhiệm vụ báo cáo nào nêu tên đơn vị này`,
    ],
  }),
  quota_matches_no_outlet: /* @__PURE__ */ define<Named & { readonly outletKinds: readonly string[]; readonly outletKindsVi: readonly string[] }>({
    severity: "warning",
    title: "Quota that no outlet matches",
    titleVi: "Chỉ tiêu không áp dụng cho cơ quan nào",
    checks: "Every quota applies to at least one outlet of the plan, by id or by outlet kind.",
    checksVi: "Mỗi chỉ tiêu áp dụng cho ít nhất một cơ quan báo chí, đài của kế hoạch, theo mã hoặc theo loại cơ quan.",
    message: (d) => [
      `quota ${d.name} applies to no outlet of the plan${d.outletKinds.length > 0 ? ` (no outlet is a ${d.outletKinds.join(" or ")})` : " (it names no outlet and no outlet kind)"}`,
      `chỉ tiêu ${d.name} không áp dụng cho cơ quan nào của kế hoạch${d.outletKinds.length > 0 ? ` (không có cơ quan nào là ${d.outletKindsVi.join(" hay ")})` : " (không nêu cơ quan hay loại cơ quan nào)"}`,
    ],
  }),
  legal_basis_after_plan: /* @__PURE__ */ define<Named & { readonly issuedOn: string; readonly planDate: string }>({
    severity: "warning",
    title: "Legal basis dated after the plan",
    titleVi: "Căn cứ ban hành sau kế hoạch",
    checks: "No document the plan is based on (căn cứ) is dated after the plan itself (its signing day, or the month when only the month is given).",
    checksVi: "Không có văn bản căn cứ nào ban hành sau chính kế hoạch (sau ngày ký, hoặc sau tháng ký nếu chỉ ghi tháng).",
    message: (d) => {
      const vi = d.planDate.length === 7 ? `tháng ${viMonth(d.planDate)}` : `ngày ${viDate(d.planDate)}`;
      return [
        `the legal basis ${d.name} is dated ${enDate(d.issuedOn)}, after the plan (${enDate(d.planDate)})`,
        `căn cứ ${d.name} ban hành ngày ${viDate(d.issuedOn)}, sau kế hoạch (${vi})`,
      ];
    },
  }),
  report_before_phase_end: /* @__PURE__ */ define<Named & { readonly due: string; readonly phase: string; readonly phaseEnd: string; readonly daysLeft: number }>({
    severity: "info",
    title: "Phase report due before the phase ends",
    titleVi: "Báo cáo giai đoạn có hạn trước khi giai đoạn kết thúc",
    checks: "A one-off report of a phase falls due when the phase ends; one due earlier leaves the phase's last days out of it.",
    checksVi: "Báo cáo một lần của một giai đoạn có hạn khi giai đoạn kết thúc; hạn sớm hơn thì những ngày cuối giai đoạn không có trong báo cáo.",
    message: (d) => [
      `the report ${d.name} is due on ${enDate(d.due)}, ${plural(d.daysLeft, "day", "days")} before ${d.phase} ends on ${enDate(d.phaseEnd)}: what is done in ${d.daysLeft === 1 ? "that day" : "those days"} is not in it`,
      `báo cáo ${d.name} có hạn ngày ${viDate(d.due)}, ${d.daysLeft} ngày trước khi ${d.phase} kết thúc (${viDate(d.phaseEnd)}): kết quả của ${d.daysLeft === 1 ? "ngày" : "những ngày"} cuối giai đoạn không có trong báo cáo`,
    ],
  }),
  quota_outlet_without_online_edition: /* @__PURE__ */ define<Named & { readonly outlets: readonly string[] }>({
    severity: "info",
    title: "Online copies required of outlets without an electronic edition",
    titleVi: "Yêu cầu đăng bản điện tử với cơ quan không có bản điện tử",
    checks: "A quota that requires online copies applies to outlets that have an electronic edition; for the others the requirement cannot apply.",
    checksVi: "Chỉ tiêu yêu cầu đăng cả trên bản điện tử áp dụng cho các cơ quan có bản điện tử; với cơ quan không có bản điện tử, yêu cầu này không áp dụng được.",
    message: (d) => {
      const [en, vi] = names(d.outlets);
      return [
        `quota ${d.name} requires online copies, but ${en} ${d.outlets.length === 1 ? "has" : "have"} no electronic edition`,
        `chỉ tiêu ${d.name} yêu cầu đăng cả trên bản điện tử, nhưng ${vi} không có bản điện tử`,
      ];
    },
  }),
  quota_outlet_not_reporting: /* @__PURE__ */ define<Named & { readonly outlets: readonly string[] }>({
    severity: "info",
    title: "Quota outlet that sends no periodic report",
    titleVi: "Cơ quan có chỉ tiêu nhưng không báo cáo định kỳ",
    checks:
      "Every outlet a quota applies to sends periodic reports (itself, through a unit above it, or as part of a group unit of its kind), so that the quota can be followed.",
    checksVi:
      "Mỗi cơ quan có chỉ tiêu đều báo cáo định kỳ (tự báo cáo, qua đơn vị cấp trên, hoặc nằm trong một đơn vị đại diện cùng loại), để theo dõi được việc thực hiện chỉ tiêu.",
    message: (d) => {
      const [en, vi] = names(d.outlets);
      return [
        `quota ${d.name} applies to ${en}, which ${d.outlets.length === 1 ? "sends" : "send"} no periodic report`,
        `chỉ tiêu ${d.name} áp dụng cho ${vi} nhưng ${d.outlets.length === 1 ? "đơn vị này" : "các đơn vị này"} không có nhiệm vụ báo cáo định kỳ`,
      ];
    },
  }),
  activity_without_window: /* @__PURE__ */ define<Named>({
    severity: "info",
    title: "Activity without a window",
    titleVi: "Hoạt động không có thời gian thực hiện",
    checks: "Every activity has a window, or a budget line that dates it.",
    checksVi: "Mỗi hoạt động có thời gian thực hiện, hoặc có dòng dự trù ghi thời gian cho hoạt động đó.",
    message: (d) => [
      `the activity ${d.name} has no window, and no budget line dates it`,
      `hoạt động ${d.name} không ghi thời gian thực hiện, dòng dự trù cũng không ghi`,
    ],
  }),
  budget_line_without_activity: /* @__PURE__ */ define<Named>({
    severity: "info",
    title: "Budget line tied to no activity",
    titleVi: "Dòng dự trù không gắn với hoạt động",
    checks: "Every budget line names the activity it pays for.",
    checksVi: "Mỗi dòng dự trù ghi rõ chi cho hoạt động nào.",
    message: (d) => [`budget line ${d.name} names no activity it pays for`, `dòng dự trù ${d.name} không gắn với hoạt động nào`],
  }),
  unit_never_used: /* @__PURE__ */ define<Named>({
    severity: "info",
    title: "Unit referenced nowhere",
    titleVi: "Đơn vị không được nhắc đến",
    checks:
      "Every declared unit is referenced somewhere in the plan: by id (issuer, signatory, parent of a unit, activities and their targets, quotas, funding sources, part V, reporting, recipients, budget lines) or by kind (a quota's outlet kinds, a target's or an audience's unit kinds).",
    checksVi:
      "Mỗi đơn vị đã khai báo đều được nhắc đến trong kế hoạch: theo mã (cơ quan ban hành, người ký, đơn vị cấp trên, hoạt động và mục tiêu, chỉ tiêu, nguồn kinh phí, phần V, báo cáo, nơi nhận, dự trù kinh phí) hoặc theo loại (loại cơ quan của chỉ tiêu, loại đơn vị của mục tiêu hay đối tượng).",
    message: (d) => [`${d.name} is declared but referenced nowhere in the plan`, `${d.name} được khai báo nhưng không được nhắc đến ở đâu trong kế hoạch`],
  }),
  responsible_unit_not_recipient: /* @__PURE__ */ define<Named & { readonly responsibility: string }>({
    severity: "info",
    title: "Unit with duties not among the recipients",
    titleVi: "Đơn vị được giao trách nhiệm không có trong nơi nhận",
    checks:
      "Every unit that part V gives duties to, other than the issuer, receives the plan (Nơi nhận): itself, through a unit above it, or through a group unit of its kind under the same parent.",
    checksVi:
      "Mỗi đơn vị được giao trách nhiệm ở phần V, trừ cơ quan ban hành, đều có trong nơi nhận: trực tiếp, qua đơn vị cấp trên, hoặc qua đơn vị đại diện cùng loại, cùng cấp trên.",
    message: (d) => [
      `${d.name} has duties in part V (${d.responsibility}) but is not among the recipients (Nơi nhận)`,
      `${d.name} được giao trách nhiệm ở phần V (${d.responsibility}) nhưng không có trong nơi nhận`,
    ],
  }),
  plan_number_missing: /* @__PURE__ */ define<{ readonly pattern: string }>({
    severity: "info",
    title: "Plan number left blank",
    titleVi: "Chưa ghi số kế hoạch",
    checks: "The header gives the plan's own number (Kế hoạch số …/KH-TLĐ).",
    checksVi: "Phần đầu kế hoạch ghi số của chính kế hoạch (Kế hoạch số …/KH-TLĐ).",
    message: (d) => [`the plan's number is left blank (Kế hoạch số ${d.pattern})`, `chưa ghi số của kế hoạch (Kế hoạch số ${d.pattern})`],
  }),
  plan_date_missing: /* @__PURE__ */ define<{ readonly issuedIn?: string | undefined }>({
    severity: "info",
    title: "Signing day left blank",
    titleVi: "Chưa ghi ngày ký",
    checks: "The header gives the day the plan is signed, not only the month.",
    checksVi: "Phần đầu kế hoạch ghi ngày ký, không chỉ ghi tháng.",
    message: (d) => [
      `the signing day is left blank${d.issuedIn === undefined ? "" : ` (only the month is given: ${enDate(d.issuedIn)})`}`,
      `chưa ghi ngày ký kế hoạch${d.issuedIn === undefined ? "" : ` (chỉ ghi tháng ${viMonth(d.issuedIn)})`}`,
    ],
  }),
} satisfies { readonly [C in LintRuleCode]: Definition<never> };

type Definitions = typeof DEFINITIONS;

/**
 * The code of a rule of {@link LINT_RULES}: the `code` of every finding {@link lintPlan} returns.
 *
 * @example
 * ```ts
 * import type { LintRuleCode } from "cong-doan-ke-hoach";
 *
 * const code: LintRuleCode = "window_outside_phase";
 * ```
 * @category Rules
 */
export type LintRuleCode =
  | "declared_total_mismatch"
  | "line_amount_mismatch"
  | "central_line_without_amount"
  | "paid_articles_vs_phase"
  | "line_quantity_mismatch"
  | "window_outside_phase"
  | "line_window_outside_activity"
  | "quota_start_outside_phase"
  | "deadline_after_review"
  | "reporting_without_window"
  | "reporting_without_recipient"
  | "activity_without_lead"
  | "budget_line_without_lead"
  | "unit_without_work"
  | "quota_matches_no_outlet"
  | "legal_basis_after_plan"
  | "report_before_phase_end"
  | "quota_outlet_without_online_edition"
  | "quota_outlet_not_reporting"
  | "activity_without_window"
  | "budget_line_without_activity"
  | "unit_never_used"
  | "responsible_unit_not_recipient"
  | "plan_number_missing"
  | "plan_date_missing";

/** The figures a rule's message template reads. @internal */
export type LintMessageData<C extends LintRuleCode> = Parameters<Definitions[C]["message"]>[0];

/**
 * The catalogue of the plan lint, as data, in the order {@link lintPlan} runs the rules and returns
 * their findings: errors first (figures that do not add up), then warnings (for a person to look at),
 * then infos (worth knowing). Each rule has a stable `code`, a `severity`, a `title` and a sentence of
 * what it `checks`, in English and Vietnamese. Frozen; `docs/rules.md` explains every rule.
 *
 * | code | severity |
 * |---|---|
 * | `declared_total_mismatch` | error |
 * | `line_amount_mismatch` | error |
 * | `central_line_without_amount` | warning |
 * | `paid_articles_vs_phase` | warning |
 * | `line_quantity_mismatch` | warning |
 * | `window_outside_phase` | warning |
 * | `line_window_outside_activity` | warning |
 * | `quota_start_outside_phase` | warning |
 * | `deadline_after_review` | warning |
 * | `reporting_without_window` | warning |
 * | `reporting_without_recipient` | warning |
 * | `activity_without_lead` | warning |
 * | `budget_line_without_lead` | warning |
 * | `unit_without_work` | warning |
 * | `quota_matches_no_outlet` | warning |
 * | `legal_basis_after_plan` | warning |
 * | `report_before_phase_end` | info |
 * | `quota_outlet_without_online_edition` | info |
 * | `quota_outlet_not_reporting` | info |
 * | `activity_without_window` | info |
 * | `budget_line_without_activity` | info |
 * | `unit_never_used` | info |
 * | `responsible_unit_not_recipient` | info |
 * | `plan_number_missing` | info |
 * | `plan_date_missing` | info |
 *
 * @example
 * ```ts
 * import { LINT_RULES } from "cong-doan-ke-hoach";
 *
 * const rule = LINT_RULES.find((r) => r.code === "window_outside_phase");
 * rule?.severity; //=> "warning"
 * rule?.titleVi; //=> "Thời gian nằm ngoài các giai đoạn"
 * LINT_RULES.length; //=> 25
 * ```
 * @category Rules
 */
export const LINT_RULES: readonly LintRule[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ (/* @__PURE__ */ Object.keys(DEFINITIONS) as LintRuleCode[]).map((code) => {
    const { severity, title, titleVi, checks, checksVi } = DEFINITIONS[code];
    return Object.freeze({ code, severity, title, titleVi, checks, checksVi });
  }),
);

/** Whether a string is the code of a rule of the catalogue. @internal */
export function isLintRuleCode(code: unknown): code is LintRuleCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(DEFINITIONS, code);
}

/**
 * Builds a frozen finding of a rule: its severity from the catalogue, its messages from the rule's
 * template, its path and details as given.
 *
 * @internal
 */
export function lintFinding<C extends LintRuleCode>(
  code: C,
  path: readonly (string | number)[],
  data: LintMessageData<C>,
  details: Readonly<Record<string, string>>,
): Finding {
  const definition = DEFINITIONS[code] as unknown as Definition<LintMessageData<C>>;
  const [message, messageVi] = definition.message(data);
  return Object.freeze({
    code,
    severity: definition.severity,
    path: Object.freeze([...path]),
    message,
    messageVi,
    details: Object.freeze({ ...details }),
  });
}
