import { describe, expect, it } from "vitest";
import { clean, run, pathsOf, LINE } from "./_lib/fixtures.js";

describe("line_quantity_mismatch: triggered by a small change and not triggered without it", () => {
  it("line_quantity_mismatch", () => {
    const withProduct = (quantity: number, unit: string) =>
      clean((j) => (j.channels[0].activities[0].product = { quantity, unit }));
    const findings = run(withProduct(200, "bài"), "line_quantity_mismatch");
    expect(pathsOf(findings)).toEqual([[...LINE, "product", "quantity"]]);
    expect(findings[0]?.details).toEqual({ lineQuantity: "300", activityQuantity: "200", activityId: "column", difference: "100" });
    expect(run(withProduct(300, "bài"), "line_quantity_mismatch")).toEqual([]);
    expect(run(withProduct(3, "người"), "line_quantity_mismatch")).toEqual([]); // different measures
  });
});
