import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { budgetTable, BUDGET_TABLE_HEADERS, parsePlan, renderBudgetTable, vnd, type BudgetPlan } from "../../src/index.js";
import { referencePlanJson } from "../fixtures.js";
import { thrownIssues } from "../thrownIssues.js";

const plan = parsePlan(referencePlanJson());

describe("budgetTable", () => {
  it("lays out the reference appendix: sections, lines, the total and its words", () => {
    const table = budgetTable(plan);
    expect(table.headers).toEqual(["STT", "Nội dung công việc", "Sản phẩm", "Thời gian thực hiện", "Kinh phí (đồng)", "Đơn vị chủ trì", "Cơ quan phối hợp"]);
    expect(table.headers).toBe(BUDGET_TABLE_HEADERS);
    expect(table.rows.filter((r) => r.kind === "section").map((r) => [r.cells[0], r.cells[4]])).toEqual([
      ["I", "111.500.000"],
      ["II", "30.000.000"],
      ["III", "10.000.000"],
    ]);
    const printing = table.rows.find((r) => r.cells[1] === "In ấn, treo dán");
    expect(printing?.cells).toEqual(["2", "In ấn, treo dán", "125.000 tờ", "Tháng 11/2017", "Kinh phí của LĐLĐ tỉnh, TP, CĐ ngành", expect.stringContaining("LĐLĐ"), ""]);
    expect(table.rows.at(-1)?.cells).toEqual(["", "TỔNG CỘNG", "", "", "151.500.000", "", ""]);
    expect(table.totalInWords).toBe("Một trăm năm mươi mốt triệu năm trăm nghìn đồng");
    expect(table.notes).toEqual([]);
  });

  it("notes a quantity × unit price that does not give the amount", () => {
    const json = referencePlanJson() as any;
    json.budget.sections[0].lines.find((l: any) => l.unitPrice !== undefined).product.quantity = 360;
    const table = budgetTable(parsePlan(json));
    expect(table.notes).toHaveLength(1);
    expect(table.notes[0]).toContain("360 × 100.000 đồng");
  });

  it("notes each declared figure that the lines do not give", () => {
    const json = referencePlanJson() as any;
    json.budget.declaredTotal = "152.000.000";
    const table = budgetTable(parsePlan(json));
    expect(table.rows.at(-1)?.cells[4]).toBe("151.500.000");
    expect(table.notes).toHaveLength(1);
    expect(table.notes[0]).toContain("152.000.000");
  });
});

describe("renderBudgetTable", () => {
  it("renders Markdown and text deterministically (snapshots)", () => {
    expect(renderBudgetTable(plan)).toMatchSnapshot();
    expect(renderBudgetTable(plan, { format: "text", width: 22 })).toMatchSnapshot();
    expect(renderBudgetTable(plan)).toBe(renderBudgetTable(plan));
  });

  it("ends with the total in words and keeps every line of a text table the same width", () => {
    const text = renderBudgetTable(plan, { format: "text" });
    expect(text).toContain("Bằng chữ: Một trăm năm mươi mốt triệu năm trăm nghìn đồng.");
    const tableLines = text.split("\n").filter((l) => l.startsWith("|") || l.startsWith("+"));
    expect(new Set(tableLines.map((l) => [...l].length)).size).toBe(1);
  });

  it("escapes pipes in Markdown cells", () => {
    const json = referencePlanJson() as any;
    json.budget.sections[0].lines[0].title = "Video | 2D";
    expect(renderBudgetTable(parsePlan(json))).toContain("Video \\| 2D");
  });

  it("refuses unknown formats and narrow widths", () => {
    expect(thrownIssues(() => renderBudgetTable(plan, { format: "html" as never }))).toEqual([{ path: ["format"], code: "invalid_value" }]);
    expect(thrownIssues(() => renderBudgetTable(plan, { format: "text", width: 3 }))).toEqual([{ path: ["width"], code: "invalid_value" }]);
  });
});

describe("budget tables without a figure", () => {
  const read = (name: string) => parsePlan(JSON.parse(readFileSync(new URL(`../../examples/${name}/plan.json`, import.meta.url), "utf8")));

  it("write a dash, not 0 đồng or 'Không đồng', for the Tết plan's rates and the document's words in the lines", () => {
    const plan = read("tld-tet-2026");
    const table = budgetTable(plan);
    expect([table.total, table.totalInWords]).toEqual([null, null]);
    expect(table.rows.filter((r) => r.kind !== "line").map((r) => r.cells[4])).toEqual(["—", "—", "—"]);
    expect(table.rows.find((r) => r.id === "muc-chi-tham-tang-qua-tld")?.cells[4]).toBe(
      "Mức chi dự kiến 1.300.000 đồng/người (trong đó bao gồm 1.000.000đ tiền mặt và 300.000đ quà hiện vật)",
    );
    for (const format of ["markdown", "text"] as const) {
      const text = renderBudgetTable(plan, { format });
      expect(text).toContain("Bằng chữ: —\n");
      expect(text).not.toContain("Không đồng");
      expect(text).not.toMatch(/(^|[^.\d])0 đồng/);
    }
    expect(table.notes).toEqual([expect.stringContaining("không có số tiền (chỉ ghi mức chi 1.300.000 đồng/người, không có số lượng)")]);
  });

  it("write a dash for the Cần Thơ plan, which has no budget", () => {
    const text = renderBudgetTable(read("can-tho-2025"));
    expect(text).toContain("| **TỔNG CỘNG** |  |  | **—** |");
    expect(text).toContain("Bằng chữ: —\n");
    expect(text).not.toContain("Không đồng");
  });

  it("show a rate that the document gives without words, and mark ceilings", () => {
    const plan: BudgetPlan = {
      header: { issuerId: "ldld" },
      funding: { sources: [{ id: "kpcd", kind: "union-budget", name: "Kinh phí công đoàn", funderUnitIds: ["ldld"] }] },
      budget: {
        title: "Dự trù",
        sections: [
          {
            id: "s",
            label: "I",
            title: "Tập huấn",
            lines: [
              { id: "an", title: "Tiền ăn", unitPrice: vnd(150_000), unitPricePer: ["người", "buổi"], fundingSourceId: "kpcd", leadUnitIds: [], coordinatingUnitIds: [] },
              { id: "thue", title: "Thuê hội trường", amount: vnd(5_000_000), cap: true, fundingSourceId: "kpcd", leadUnitIds: [], coordinatingUnitIds: [] },
            ],
          },
        ],
      },
    };
    const table = budgetTable(plan);
    expect(table.rows.map((r) => r.cells[4])).toEqual(["5.000.000", "150.000 đồng/người/buổi", "tối đa 5.000.000", "5.000.000"]);
    expect(table.totalInWords).toBe("Năm triệu đồng");
    expect(table.notes.at(-1)).toBe("Lưu ý — trong tổng cộng có 5.000.000 đồng là mức chi tối đa.");
  });
});
