/** The heads of unit names, as the list splitter asks them where a new name may start. */
import { describe, expect, it } from "vitest";
import { startsWithHead } from "../../../src/read/_lib/lexicon.js";
import { readPlanText } from "../../../src/index.js";

describe("startsWithHead", () => {
  it("knows the heads of names, after a plural word", () => {
    expect(startsWithHead("so tai chinh")).toBe(true);
    expect(startsWithHead("cac truong hoc")).toBe(true);
    expect(startsWithHead("ban tuyen giao")).toBe(true);
  });

  it("does not read the environment (môi trường, folded as mọi trường) as a school", () => {
    expect(startsWithHead("moi truong")).toBe(false);
    expect(startsWithHead("moi truong.")).toBe(false);
    // Folded, "mọi trường" (every school) reads the same: the environment is by far the likelier in a plan.
    expect(startsWithHead("moi truong hoc")).toBe(false);
    expect(startsWithHead("moi to cong doan")).toBe(true);
  });

  it("keeps “Sở Nông nghiệp và Môi trường” one unit where a text names it", () => {
    const { draft } = readPlanText(["KẾ HOẠCH", "Truyền thông", "I. TỔ CHỨC THỰC HIỆN", "1. Các sở, ngành", "- Báo cáo kết quả và gửi về Sở Nông nghiệp và Môi trường."].join("\n"));
    const units = (draft.units ?? []) as { name: string }[];
    expect(units.map((u) => u.name)).toContain("Sở Nông nghiệp và Môi trường");
    expect(units.some((u) => u.name === "Môi trường")).toBe(false);
  });
});
