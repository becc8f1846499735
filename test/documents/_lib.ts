/** Helpers of the document tests: the reference plan, records, and reading an HTML document back as text. */
import { readFileSync } from "node:fs";
import { parsePlan, parseProgressRecords, type Plan, type PlanJson } from "../../src/index.js";
import { generateRecords, GRASSROOTS_UNIONS, MAGAZINE_ISSUES } from "../../examples/vgcl-2017/records.js";

export { GRASSROOTS_UNIONS, MAGAZINE_ISSUES };

export function referenceJson(): PlanJson {
  return JSON.parse(readFileSync(new URL("../../examples/vgcl-2017/plan.json", import.meta.url), "utf8")) as PlanJson;
}

let cached: Plan | undefined;
export function referencePlan(): Plan {
  cached ??= parsePlan(referenceJson());
  return cached;
}

export function referenceRecords(plan: Plan = referencePlan()) {
  return parseProgressRecords(generateRecords(plan, { seed: 2017, asOf: "2018-04-30" }), plan);
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The text of an HTML fragment: tags dropped, entities read. */
export function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

/** The texts of the elements `<tag class="cls">…</tag>`, in order. */
export function elements(html: string, tag: string, cls: string): string[] {
  const re = new RegExp(`<${tag} class="${cls}">([\\s\\S]*?)</${tag}>`, "g");
  return [...html.matchAll(re)].map((m) => textOf(m[1]!));
}

/** The rows of the data tables of an HTML document, each as its cells' texts. */
export function tableRows(html: string): string[][][] {
  return [...html.matchAll(/<table class="data">([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!))),
  );
}

/** The signature blocks of an HTML document, each as its lines (authority, position, name). */
export function signatureBlocks(html: string): string[][] {
  return [...html.matchAll(/<div class="signature">((?:<div[^>]*>[^<]*<\/div>)*)<\/div>/g)].map((m) => [...m[1]!.matchAll(/<div>([^<]*)<\/div>/g)].map((d) => textOf(d[1]!)));
}
