/** `cong-doan-ke-hoach budget` (src/cli/budget.ts): the budget appendix with its total in words. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budgetTable, renderBudgetTable, summarizeBudget, vndToWords } from "../../src/index.js";
import { referenceJson, referencePlan, run, tempDir } from "./_bin.js";

const dir = tempDir();
writeFileSync(join(dir, "plan.json"), JSON.stringify(referenceJson()));
const wrongTotal = referenceJson() as { budget: { declaredTotal: string } };
wrongTotal.budget.declaredTotal = "151.000.000";
writeFileSync(join(dir, "wrong-total.json"), JSON.stringify(wrongTotal));

describe("budget <plan.json>", () => {
  it("the appendix as text (default), Markdown or data, with the total in figures and in words", async () => {
    const plan = referencePlan();
    const [txt, md, json, en] = await Promise.all([
      run(["budget", "plan.json"], dir),
      run(["budget", "plan.json", "--as", "md"], dir),
      run(["budget", "plan.json", "--as", "json"], dir),
      run(["budget", "plan.json", "--lang", "en"], dir),
    ]);
    for (const r of [txt, md, json, en]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
    expect(txt.stdout).toBe(renderBudgetTable(plan, { format: "text" }));
    expect(md.stdout).toBe(renderBudgetTable(plan, { format: "markdown" }));
    // The appendix is a Vietnamese document whatever the language of the messages.
    expect(en.stdout).toBe(txt.stdout);
    const total = summarizeBudget(plan).total;
    expect(txt.stdout).toMatch(/\| TỔNG CỘNG +\| +\| +\| +151\.500\.000 \|/);
    expect(txt.stdout).toContain(`Bằng chữ: ${vndToWords(total)}.`);
    expect(txt.stdout).toContain("Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng.");
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(budgetTable(plan))));
    expect((JSON.parse(json.stdout) as { total: string }).total).toBe("151500000");
  });

  it("a declared total that the lines do not give is noted under the table (the appendix is still written)", async () => {
    const { code, stdout } = await run(["budget", "wrong-total.json"], dir);
    expect(code).toBe(0);
    const notes = budgetTable(referencePlan()).notes.length;
    expect(stdout.split("\n").filter((l) => l.startsWith("Lưu ý — ")).length).toBeGreaterThan(notes);
  });

  it("without --as, the format of the extension of -o, as for the documents; an extension of another format is a usage error", async () => {
    const plan = referencePlan();
    const [md, json, html] = await Promise.all([
      run(["budget", "plan.json", "-o", "phu-luc.md"], dir),
      run(["budget", "plan.json", "-o", "phu-luc.json"], dir),
      run(["budget", "plan.json", "-o", "phu-luc.html"], dir),
    ]);
    expect([md.code, json.code, html.code]).toEqual([0, 0, 2]);
    expect(readFileSync(join(dir, "phu-luc.md"), "utf8")).toBe(renderBudgetTable(plan, { format: "markdown" }));
    expect(JSON.parse(readFileSync(join(dir, "phu-luc.json"), "utf8"))).toEqual(JSON.parse(JSON.stringify(budgetTable(plan))));
    expect(html.stderr).toBe("-o phu-luc.html: lệnh này không xuất được tệp .html; hãy đặt tên tệp có đuôi .md, .markdown, .txt, .json, hoặc chọn định dạng bằng --as\n");
    expect(existsSync(join(dir, "phu-luc.html"))).toBe(false);
  });

  it("an unknown --as is a usage error", async () => {
    const { code, stderr } = await run(["budget", "plan.json", "--as", "html"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--as "html" không hợp lệ; chọn một trong: txt, md, json');
  });
});
