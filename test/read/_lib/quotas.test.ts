/** Who owes a quota that a "Đối với …" sentence sets: the outlets it names, or the units it names. */
import { describe, expect, it } from "vitest";
import { readPlanText } from "../../../src/index.js";
import { seedText } from "../fixtures.js";

const LINE = "+ Đối với Cổng thông tin CĐVN và trang thông tin điện tử các LĐLĐ tỉnh, TP, CĐ ngành Trung ương: tối thiểu 02 bài/tuần.";

/** The seed with its online quota's sentence replaced, and the quota read from it. */
function quotaOf(sentence: string): Record<string, unknown> {
  const text = seedText();
  expect(text).toContain(LINE);
  const channels = readPlanText(text.replace(LINE, sentence)).draft.channels as { quotas: Record<string, unknown>[] }[];
  const quota = channels[0]!.quotas.find((q) => String(q.description).startsWith(sentence.slice(2, 30)));
  expect(quota).toBeDefined();
  return quota!;
}

describe("the debtors of a quota", () => {
  it("are the outlets when the units only say whose outlets they are", () => {
    const quota = quotaOf(LINE);
    expect(quota.outletKinds).toEqual(["portal", "website"]);
    expect(quota.owedBy).toBeUndefined();
  });

  it("are the units when the sentence names units and no outlet", () => {
    const quota = quotaOf("+ Đối với các LĐLĐ tỉnh, TP, CĐ ngành Trung ương: tối thiểu 02 bài/tuần.");
    expect(quota.owedBy).toMatchObject({ unitIds: [], unitKinds: ["provincial-federation", "sector-union"] });
  });
});
