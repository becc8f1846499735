/**
 * buildOutline: paragraphs by their markers ("I.", "1.", "a)", "-") into a tree; a list that starts again
 * ("a)" after "c)") is marked; linear in the paragraphs, however many siblings a level has.
 */
import { describe, expect, it } from "vitest";
import { buildOutline } from "../../../src/read/_lib/outline.js";
import { spanOf } from "../../../src/read/_lib/span.js";

function paras(lines: readonly string[]) {
  let at = 0;
  return lines.map((line) => {
    const span = spanOf(line, at);
    at += line.length + 1;
    return span;
  });
}

describe("buildOutline", () => {
  it("nests the markers and marks a list that starts again", () => {
    const roots = buildOutline(paras(["I. MỤC ĐÍCH", "1. Tuyên truyền", "a) Một", "b) Hai", "a) Lại", "- Tháng 11", "II. YÊU CẦU"]));
    expect(roots.map((n) => n.title.text)).toEqual(["MỤC ĐÍCH", "YÊU CẦU"]);
    const one = roots[0]!.children[0]!;
    expect(one.children.map((n) => [n.title.text, n.restart])).toEqual([["Một", false], ["Hai", false], ["Lại", true]]);
    expect(one.children[2]!.children.map((n) => n.title.text)).toEqual(["Tháng 11"]);
  });

  it("reads 60,000 siblings in linear time", () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `${(i % 9) + 1}. Mục`);
    const spans = paras(["I. NỘI DUNG", ...lines]);
    const started = performance.now();
    const roots = buildOutline(spans);
    // Each paragraph copied its siblings to find the previous one of its kind: 1.8 billion copies.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(roots[0]!.children).toHaveLength(60_000);
    expect(roots[0]!.children.filter((n) => n.restart)).toHaveLength(Math.floor(60_000 / 9));
  });
});
