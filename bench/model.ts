/**
 * parsePlan of the reference plan with 10,000 more activities and 10,000 more budget lines, against the zod
 * schema that zod builds from the library's own JSON Schema (`z.fromJSONSchema(planJsonSchema())`): the
 * same structure checked by zod alone, without the library's cross-field checks, amounts and freezing.
 */
import { z } from "zod";
import { parsePlan, planJsonSchema, type Plan } from "../src/index.js";
import type { RatioBenchmark } from "./harness.js";
import { largePlanJson } from "./plans.js";

/** What both give: the ids and titles of every activity and budget line, in document order. */
interface Ids {
  readonly activities: string[];
  readonly lines: string[];
}

type Shape = { channels: { activities: { id: string; title: string }[] }[]; budget?: { sections: { lines: { id: string; title: string }[] }[] } };

const idsOf = (plan: Shape): Ids => ({
  activities: plan.channels.flatMap((c) => c.activities.map((a) => `${a.id} ${a.title}`)),
  lines: (plan.budget?.sections ?? []).flatMap((s) => s.lines.map((l) => `${l.id} ${l.title}`)),
});

export const parsePlanBench: RatioBenchmark = {
  kind: "ratio",
  name: "parse-plan",
  title: "parsePlan, 10,000 more activities + 10,000 more lines, vs z.fromJSONSchema(planJsonSchema()).parse",
  goal: { ratio: 1.5 },
  prepare(quick) {
    const json = largePlanJson(quick ? 50 : 10_000, quick ? 50 : 10_000);
    const schema = z.fromJSONSchema(planJsonSchema() as Parameters<typeof z.fromJSONSchema>[0]);
    return {
      library: () => parsePlan(json),
      baseline: () => idsOf(schema.parse(json) as Shape),
      figures: (plan: Plan) => idsOf(plan as unknown as Shape),
      items: 1,
      unit: "plan",
    };
  },
};
