/**
 * The guide to the model (docs/concepts.md) names every word of the model's vocabulary, and the README's
 * glossary every kind of unit the model has, so that a part added to the model cannot be left out of the docs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../../src/index.js";
import {
  FUNDING_KINDS,
  ITEM_KINDS,
  OUTLET_KINDS,
  OUTLET_MEDIA,
  QUOTA_PERIODS,
  REPORTING_KINDS,
  REPORTING_PERIODS,
  UNIT_KINDS,
  UNIT_LEVELS,
} from "../../src/model/index.js";

const concepts = readFileSync(new URL("../../docs/concepts.md", import.meta.url), "utf8");
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const glossary = readme.slice(readme.indexOf("## Glossary"), readme.indexOf("## License"));

/** The words a text names in backticks. */
function named(text: string): Set<string> {
  return new Set([...text.matchAll(/`([^`\n]+)`/gu)].flatMap((m) => (m[1] ?? "").split(/[\s,:{}"[\]().]+/u)));
}

describe("docs/concepts.md", () => {
  const words = named(concepts);
  const vocabularies = { UNIT_KINDS, OUTLET_KINDS, OUTLET_MEDIA, UNIT_LEVELS, ITEM_KINDS, QUOTA_PERIODS, FUNDING_KINDS, REPORTING_KINDS, REPORTING_PERIODS };
  for (const [name, list] of Object.entries(vocabularies)) {
    it(`names every word of ${name}`, () => {
      expect(list.filter((word) => !words.has(word))).toEqual([]);
    });
  }

  it("names every top-level part of a plan document", () => {
    const schema = planJsonSchema() as { $defs?: { Plan?: { properties?: Record<string, unknown> } } };
    const parts = Object.keys(schema.$defs?.Plan?.properties ?? {});
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.filter((part) => part !== "$schema" && !words.has(part))).toEqual([]);
  });
});

describe("README glossary", () => {
  it("gives every unit kind a Vietnamese term", () => {
    const words = named(glossary);
    // The unit kinds a reader meets in documents; `other` has no term of its own.
    expect(UNIT_KINDS.filter((kind) => kind !== "other" && !words.has(kind))).toEqual([]);
  });
});
