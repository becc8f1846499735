/**
 * Large plans for the benchmarks: the reference plan (the 2017 VGCL plan) with many more activities and
 * budget lines, as JSON, so that parsePlan, lintPlan and phaseReview read a plan of the size a service meets.
 */
import { readFileSync } from "node:fs";
import { numbers } from "./harness.js";

export const referenceText = readFileSync(new URL("../examples/vgcl-2017/plan.json", import.meta.url), "utf8");

interface JsonPlan {
  channels: { id: string; quotas: unknown[]; activities: Record<string, unknown>[] }[];
  budget: { sections: { lines: Record<string, unknown>[] }[] };
  [key: string]: unknown;
}

/**
 * The reference plan with `activities` more activities (dated, in the channels without quotas, without a
 * product, so that whether each is a deliverable depends on the budget lines that pay for it) and `lines`
 * more budget lines (each paying for one of the new activities; one in four with a quantity × unit price
 * that differs from its amount, a `line_amount_mismatch` finding).
 */
export function largePlanJson(activities: number, lines: number, seed = 3): JsonPlan {
  const plan = JSON.parse(referenceText) as JsonPlan;
  const next = numbers(seed);
  const open = plan.channels.filter((c) => c.quotas.length === 0);
  const units = ["ban-tuyen-giao", "cong-ty-truyen-thong", "ldld-tinh", "cd-nganh-tw"];
  for (let i = 0; i < activities; i++) {
    const month = 1 + (next() % 10);
    const start = `${month < 6 ? 2018 : 2017}-${String(month < 6 ? month : month + 2).padStart(2, "0")}-01`;
    const end = `${start.slice(0, 8)}2${next() % 9}`;
    open[i % open.length]!.activities.push({
      id: `extra-activity-${i}`,
      title: `Hoạt động bổ sung ${i}`,
      window: { start, end },
      leadUnitIds: [units[next() % units.length]!],
      executingUnitIds: [],
      coordinatingUnitIds: [],
      targets: [],
      notes: [],
    });
  }
  const section = plan.budget.sections[1]!;
  for (let i = 0; i < lines; i++) {
    const quantity = 1 + (next() % 20);
    const unitPrice = (1 + (next() % 500)) * 10_000;
    const amount = unitPrice * quantity + (i % 4 === 0 ? 10_000 : 0);
    section.lines.push({
      id: `extra-line-${i}`,
      title: `Dòng bổ sung ${i}`,
      product: { description: String(quantity), quantity, unit: "cái" },
      unitPrice: String(unitPrice),
      amount: String(amount),
      fundingSourceId: next() % 3 === 0 ? "regular-budget" : "central-budget",
      leadUnitIds: [units[next() % units.length]!],
      coordinatingUnitIds: [],
      ...(activities > 0 && next() % 2 === 0 ? { activityId: `extra-activity-${next() % activities}` } : {}),
    });
  }
  return plan;
}
