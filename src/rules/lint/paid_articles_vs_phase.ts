import { periodCount, toDay } from "../../calendar/_lib/days.js";
import { daysInWindow } from "../../calendar/makeWindow.js";
import type { Window } from "../../calendar/window.js";
import { defineLintRule, type LintRuleMeta } from "./_lib/defineLintRule.js";
import { enWindow, lineName, money, normalize, plural, viWindow, type Named } from "./_lib/text.js";

const CODE = "paid_articles_vs_phase";
const SEVERITY = "warning";

/** `paid_articles_vs_phase` in the catalogue (see LINT_RULES): its code, severity and texts. @internal */
export const meta: LintRuleMeta<typeof CODE> = {
  code: CODE,
  severity: SEVERITY,
  title: "More paid articles than the phase can carry",
  titleVi: "Số bài trả nhuận bút vượt số bài có thể đăng trong giai đoạn",
  checks:
    'A budget line that pays per article (product unit "bài" and a unit price) pays for no more articles than its time can carry at the rate its product states ("01 bài/ngày", "02 bài/tuần", "04 bài/tháng", "06 bài/quý"), or at one a day when it states none; its time is its own window, else its activity\'s, else the span of the plan\'s phases, else the plan\'s own window where it has an end (a line with no time to go by is not checked).',
  checksVi:
    "Dòng chi nhuận bút theo bài (đơn vị sản phẩm là “bài”, có đơn giá) không trả cho nhiều bài hơn số bài đăng được trong thời gian của dòng theo tần suất ghi ở sản phẩm (“01 bài/ngày”, “02 bài/tuần”, “04 bài/tháng”, “06 bài/quý”), hoặc 01 bài/ngày nếu không ghi; thời gian là thời gian của dòng, nếu không có thì của hoạt động, nếu không nữa thì từ đầu đến cuối các giai đoạn, hoặc thời gian thực hiện của kế hoạch nếu kế hoạch không chia giai đoạn và có ghi ngày kết thúc (dòng không có thời gian nào để căn cứ thì không kiểm tra).",
};

type Per = "day" | "week" | "month" | "quarter";

interface Data extends Named {
  readonly quantity: number;
  readonly capacity: number;
  readonly rate: number;
  readonly per: Per;
  readonly stated: boolean;
  readonly span: Window;
  readonly days: number;
  readonly excessAmount: string;
}

/** `paid_articles_vs_phase` (warning): royalties for more articles than the line's time can carry. @internal */
export const rule = /* @__PURE__ */ defineLintRule({
  code: CODE,
  severity: SEVERITY,
  message: (d: Data) => {
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
  check(c, report) {
    // The span of the phases, else the plan's own window where it has an end.
    const time = c.planTime();
    const planSpan: Window | undefined = time?.end === undefined ? undefined : { start: time.start, end: time.end };
    for (const { item: line, path } of c.lines) {
      const unit = normalize(line.product?.unit);
      const quantity = line.product?.quantity;
      if ((unit !== "bài" && unit !== "bài viết") || line.unitPrice === undefined || quantity === undefined) continue;
      const activity = line.activityId === undefined ? undefined : c.activityById.get(line.activityId);
      const span = line.window ?? activity?.window ?? planSpan;
      if (span === undefined) continue;
      const rate = statedRate(line.product?.description);
      // A rate per outlet bounds each outlet, not the line: nothing to compare the quantity with.
      if (rate?.perOutlet === true) continue;
      const days = daysInWindow(span);
      const per = rate?.per ?? "day";
      const perRate = rate?.count ?? 1;
      // The periods the time touches, counted without listing them (a window of centuries is no exception).
      const capacity = perRate * (per === "day" ? days : periodCount(toDay(span.start), toDay(span.end), per));
      if (quantity <= capacity) continue;
      const difference = quantity - capacity;
      const excessAmount = (line.unitPrice.toBigInt() * BigInt(difference)).toString();
      report(
        [...path, "product", "quantity"],
        { name: lineName(line), quantity, capacity, rate: perRate, per, stated: rate !== undefined, span, days, excessAmount },
        {
          quantity: String(quantity),
          phaseDays: String(days),
          capacity: String(capacity),
          difference: String(difference),
          rate: String(perRate),
          per,
          start: span.start,
          end: span.end,
          unitPrice: line.unitPrice.toString(),
          excessAmount,
        },
      );
    }
  },
});

/**
 * The rate a line's product states ("365 bài, (01 bài/ngày)", "02 bài/tuần"). A rate per outlet or unit
 * ("03 bài/tháng/báo": three a month for each paper) says nothing of the whole line's capacity, which
 * depends on how many outlets write: `perOutlet` is then true.
 */
function statedRate(description: string | undefined): { count: number; per: Per; perOutlet: boolean } | undefined {
  const match = /(\d{1,6})\s*bài(?:\s*viết)?\s*\/\s*(ngày|tuần|tháng|quý)(\s*\/\s*(?:tờ báo|báo|tờ|tạp chí|cơ quan|đơn vị|đài|kênh|trang|người|tác giả))?/u.exec(normalize(description));
  const count = Number(match?.[1]);
  if (match === null || !(count > 0)) return undefined;
  const per = ({ ngày: "day", tuần: "week", tháng: "month", quý: "quarter" } as const)[match[2] as "ngày" | "tuần" | "tháng" | "quý"];
  return { count, per, perOutlet: match[3] !== undefined };
}
