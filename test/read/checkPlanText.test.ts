/**
 * checkPlanText: one list of findings (the reader's, the model's, the lint's) located in the text, so that
 * an app can underline the row whose total does not add up or the "Bằng chữ" line that says another sum.
 */
import { describe, expect, it } from "vitest";
import { checkPlanText, readPlanText } from "../../src/index.js";
import { seedText } from "./fixtures.js";

const text = seedText();

describe("checkPlanText", () => {
  it("locates the lint's findings on the seed at the rows they are about", () => {
    const findings = checkPlanText(text);
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => [f.source, f.line]);
    expect(at("paid_articles_vs_phase")).toEqual([["lint", 174]]);
    expect(at("window_outside_phase")).toEqual([["lint", 212]]);
    expect(at("budget_row_realigned")).toEqual([["read", 174]]);
    expect(findings.filter((f) => f.source === "model")).toEqual([]);
    expect(findings.map((f) => f.offset)).toEqual([...findings.map((f) => f.offset)].sort((a, b) => a - b));
  });

  it("underlines a declared total that the lines do not add up to", () => {
    const changed = text.replace("\t151.500.000", "\t151.400.000");
    const total = checkPlanText(changed).filter((f) => f.code === "declared_total_mismatch");
    expect(total.map((f) => [f.source, f.line, f.path])).toEqual([["lint", 221, ["budget", "declaredTotal"]]]);
    expect(total[0]?.details).toMatchObject({ declared: "151400000", computed: "151500000" });
  });

  it("underlines a section's subtotal", () => {
    const changed = text.replace("\t111.500.000", "\t111.000.000");
    const found = checkPlanText(changed).filter((f) => f.code === "declared_total_mismatch");
    expect(found.map((f) => [f.line, f.path])).toEqual([[136, ["budget", "sections", 0, "declaredTotal"]]]);
  });

  it("underlines a 'Bằng chữ' line that does not say the figure, and passes one that does", () => {
    const wrong = `${text}\nBằng chữ: Một trăm năm mươi triệu đồng\n`;
    const words = checkPlanText(wrong).filter((f) => f.code === "amount_in_words_mismatch");
    const line = wrong.split("\n").findIndex((l) => l.startsWith("Bằng chữ")) + 1;
    expect(words.map((f) => [f.severity, f.line, f.column])).toEqual([["error", line, 1]]);
    expect(words[0]?.details).toEqual({ words: "150000000", figure: "151500000" });
    const right = `${text}\nBằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng\n`;
    expect(checkPlanText(right).some((f) => f.code.startsWith("amount_in_words"))).toBe(false);
  });

  it("checks a 'Bằng chữ' line right under the total row (no blank line between: it comes as a cell) and one in parentheses", () => {
    const lines = text.split("\n");
    const under = lines.findIndex((l) => l === "\t151.500.000") + 1;
    const place = (words: string) => [...lines.slice(0, under), words, ...lines.slice(under)].join("\n");
    for (const written of ["Bằng chữ: Một trăm năm mươi triệu đồng", "\tBằng chữ: Một trăm năm mươi triệu đồng.", "(Bằng chữ: Một trăm năm mươi triệu đồng)"]) {
      const found = checkPlanText(place(written)).filter((f) => f.code.startsWith("amount_in_words"));
      expect(found.map((f) => [f.code, f.line])).toEqual([["amount_in_words_mismatch", under + 1]]);
      expect(found[0]?.details).toEqual({ words: "150000000", figure: "151500000" });
    }
    for (const written of ["Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng chẵn./.", "(Bằng chữ: Một trăm năm mươi mốt triệu, năm trăm nghìn đồng)"]) {
      expect(checkPlanText(place(written)).filter((f) => f.code.startsWith("amount_in_words"))).toEqual([]);
    }
    // The table still reads as without the line.
    expect(readPlanText(place("(Bằng chữ: Một trăm năm mươi triệu đồng)")).draft).toEqual(readPlanText(text).draft);
  });

  it("says what a partial text lacks as a plan, and still checks its budget", () => {
    const partial = ["KẾ HOẠCH", "Tuyên truyền", "I. THỜI GIAN", "Năm 2026.", "Dự trù kinh phí", "\tSTT", "\tNội dung", "\tKinh phí (đồng)", "", "\t1", "\tIn tờ rơi", "\t1.000.000", "", "\tTỔNG CỘNG", "\t", "\t2.000.000", ""].join("\n");
    const findings = checkPlanText(partial);
    expect(findings.filter((f) => f.source === "model").map((f) => f.path)).toEqual([["header", "issuerId"]]);
    expect(findings.find((f) => f.code === "declared_total_mismatch")?.line).toBe(14);
  });

  it("returns frozen findings and reads as readPlanText does", () => {
    const findings = checkPlanText(text);
    expect(Object.isFrozen(findings)).toBe(true);
    expect(findings.filter((f) => f.source === "read").map((f) => f.code)).toEqual(readPlanText(text).findings.map((f) => f.code));
  });
});
