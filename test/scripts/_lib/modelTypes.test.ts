import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ModelTypesError, renderModelTypes, type ModelTypesConfig, type TypeDocs } from "../../../scripts/_lib/modelTypes.js";

const freeze = <T extends object>(value: T): Readonly<T> => Object.freeze(value);
const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject(shape).transform(freeze);
const list = <T extends z.ZodType>(item: T) => z.array(item).transform(freeze);

const docs = (summary?: string): TypeDocs => ({ ...(summary === undefined ? {} : { summary }), example: "const x = 1;", jsonExample: "const y = 2;" });

/** A configuration with one root `Thing` and docs for the named schemas given. */
function config(schema: z.ZodType, more: Partial<ModelTypesConfig> = {}, named: readonly string[] = [], described: readonly string[] = []): ModelTypesConfig {
  return {
    roots: [{ name: "Thing", schema, description: "A thing." }],
    freezers: [freeze],
    docs: Object.fromEntries([...["Thing", ...named].map((name) => [name, docs(`The ${name}.`)]), ...described.map((name) => [name, docs()])]),
    jsonSummary: (name, { defaulted }) => `{@link ${name}} as JSON.${defaulted ? " Defaults apply." : ""}`,
    category: "Test",
    banner: ["generated"],
    ...more,
  };
}

/** The problems a configuration is refused with (none: it renders). */
function problems(c: ModelTypesConfig): readonly string[] {
  try {
    renderModelTypes(c);
    return [];
  } catch (error) {
    if (error instanceof ModelTypesError) return error.problems;
    throw error;
  }
}

/** The body of one declaration of the rendered text. */
function declaration(text: string, name: string): string {
  const match = new RegExp(`export interface ${name} \\{[\\s\\S]*?\\n\\}\\n|export type ${name} = [^\\n]*\\n`).exec(text);
  if (!match) throw new Error(`no declaration ${name} in:\n${text}`);
  return match[0];
}

describe("renderModelTypes", () => {
  it("writes the parsed form read-only and the JSON form mutable, with the descriptions as TSDoc", () => {
    const text = renderModelTypes(
      config(
        obj({
          title: z.string().describe("The title, in Vietnamese (tiêu đề)."),
          count: z.int().exactOptional(),
          tags: list(z.string()).prefault([]).describe("Tags."),
          flag: z.boolean().default(false),
        }).meta({ id: "ignored-for-roots" }),
      ),
    );
    expect(declaration(text, "Thing")).toBe(
      [
        "export interface Thing {",
        "  /** The title, in Vietnamese (tiêu đề). */",
        "  readonly title: string;",
        "  readonly count?: number;",
        "  /** Tags. */",
        "  readonly tags: readonly string[];",
        "  readonly flag: boolean;",
        "}",
        "",
      ].join("\n"),
    );
    expect(declaration(text, "ThingJson")).toBe(
      [
        "export interface ThingJson {",
        "  /** The title, in Vietnamese (tiêu đề). */",
        "  title: string;",
        "  count?: number;",
        "  /**",
        "   * Tags.",
        "   *",
        "   * @defaultValue `[]`",
        "   */",
        "  tags?: string[] | undefined;",
        "  /** @defaultValue `false` */",
        "  flag?: boolean | undefined;",
        "}",
        "",
      ].join("\n"),
    );
    expect(text).toContain("/**\n * A thing.\n *\n * @example\n * ```ts\n * const x = 1;\n * ```\n * @category Test\n */\nexport interface Thing {");
    expect(text).toContain(" * {@link Thing} as JSON. Defaults apply.\n");
  });

  it("names the named schemas, the known schemas and the known enums, and imports the library's types", () => {
    const money = z.union([z.number(), z.string()]).transform(() => 1n);
    const item = obj({ id: z.string() }).meta({ id: "Item", description: "An item." });
    const text = renderModelTypes(
      config(
        obj({
          items: list(item),
          first: item.exactOptional().describe("The first item."),
          price: money.describe("The price."),
          colour: z.enum(["red", "green"]),
          size: z.enum(["s", "m"]),
        }),
        {
          known: [{ schema: money, output: "Money", input: "number | string" }],
          enums: [{ values: ["green", "red"], name: "Colour" }],
          imports: { Money: "./money.js", Colour: "./colour.js" },
        },
        [],
        ["Item"],
      ),
    );
    expect(text).toContain('import type { Colour } from "./colour.js";\nimport type { Money } from "./money.js";');
    expect(declaration(text, "Thing")).toContain("  readonly items: readonly Item[];\n  /** The first item. */\n  readonly first?: Item;\n  /** The price. */\n  readonly price: Money;\n  readonly colour: Colour;\n  readonly size: \"s\" | \"m\";");
    expect(declaration(text, "ThingJson")).toContain("  items: ItemJson[];\n  /** The first item. */\n  first?: ItemJson;\n  /** The price. */\n  price: number | string;");
    expect(declaration(text, "Item")).toContain("  readonly id: string;");
    expect(text).toContain(" * An item.\n");
  });

  it("imports the type names of a known type's text, not its property keys or string literals", () => {
    const span = z.strictObject({ start: z.string(), end: z.string() }).transform(freeze);
    const text = renderModelTypes(
      config(obj({ span }), { known: [{ schema: span, output: "Span", input: '{ start: Day; end: Day; kind?: "Span" }' }], imports: { Span: "./span.js", Day: "./day.js" } }),
    );
    expect(text).toContain('import type { Day } from "./day.js";\nimport type { Span } from "./span.js";');
    expect(declaration(text, "ThingJson")).toContain('  span: { start: Day; end: Day; kind?: "Span" };');
  });

  it("writes unions, nullables, optionals, literals, tuples, records, intersections and named recursion", () => {
    interface Node {
      readonly children: readonly Node[];
    }
    const node: z.ZodType<Node> = obj({ children: z.lazy(() => list(node)) }).meta({ id: "Node" });
    const text = renderModelTypes(
      config(
        obj({
          shape: z.discriminatedUnion("kind", [obj({ kind: z.literal("a"), a: z.string() }), obj({ kind: z.literal("b") })]),
          maybe: z.string().nullable().optional(),
          one: z.literal([1, "x", true, null]),
          pair: z.tuple([z.string(), z.number()]).transform(freeze),
          byKey: z.record(z.string(), z.number()).transform(freeze),
          both: z.intersection(obj({ a: z.string() }), obj({ b: z.string() })),
          alternatives: list(z.union([z.string(), z.number()])),
          tree: node,
        }),
        {},
        ["Node"],
      ),
    );
    const parsed = declaration(text, "Thing");
    expect(parsed).toContain("  readonly shape: {\n    readonly kind: \"a\";\n    readonly a: string;\n  } | {\n    readonly kind: \"b\";\n  };");
    expect(parsed).toContain("  readonly maybe?: string | null | undefined;");
    expect(parsed).toContain('  readonly one: 1 | "x" | true | null;');
    expect(parsed).toContain("  readonly pair: readonly [string, number];");
    expect(parsed).toContain("  readonly byKey: Readonly<Record<string, number>>;");
    expect(parsed).toContain("  readonly both: {\n    readonly a: string;\n  } & {\n    readonly b: string;\n  };");
    expect(parsed).toContain("  readonly alternatives: readonly (string | number)[];");
    expect(parsed).toContain("  readonly tree: Node;");
    expect(declaration(text, "Node")).toContain("  readonly children: readonly Node[];");
    expect(declaration(text, "NodeJson")).toContain("  children: NodeJson[];");
    expect(declaration(text, "ThingJson")).toContain("  maybe?: string | null | undefined;\n");
  });

  it("escapes what would end the comment or start a tag, and wraps long descriptions", () => {
    const long = "word ".repeat(40).trim();
    const text = renderModelTypes(config(obj({ a: z.string().describe("Use {x} @here */ now."), b: z.string().describe(long) })));
    expect(text).toContain("  /** Use \\{x\\} \\@here *\\/ now. */\n  readonly a: string;");
    const comment = /\/\*\*\n( {3}\* word[^\n]*\n)+ {3}\*\/\n {2}readonly b/.exec(text);
    expect(comment).not.toBeNull();
    for (const line of comment![0].split("\n")) expect(line.length).toBeLessThanOrEqual(110);
  });

  it("is deterministic", () => {
    const c = config(obj({ a: z.string(), b: list(obj({ c: z.number() }).meta({ id: "C" })) }), {}, ["C"]);
    expect(renderModelTypes(c)).toBe(renderModelTypes(c));
  });
});

describe("renderModelTypes fails loudly, naming the path, instead of writing `unknown`", () => {
  it.each([
    ["z.unknown()", obj({ value: z.unknown() }), /Thing\.value: the zod construct "unknown" is not supported/],
    ["z.any()", obj({ value: z.any() }), /Thing\.value: the zod construct "any"/],
    ["z.date()", obj({ when: z.date() }), /Thing\.when: the zod construct "date"/],
    ["z.bigint() in a list", obj({ values: list(z.bigint()) }), /Thing\.values\[\]: the zod construct "bigint"/],
    ["a template literal", obj({ code: z.templateLiteral(["a", z.number()]) }), /Thing\.code: the zod construct "template_literal"/],
    ["a transform it cannot see through", obj({ n: z.string().transform(Number) }), /Thing\.n: a transform whose result the generator cannot see/],
    ["a preprocess", obj({ n: z.preprocess(String, z.string()) }), /Thing\.n: a transform outside a pipe/],
    ["a list that is not frozen", obj({ items: z.array(z.string()) }), /Thing\.items: a list that is not frozen when parsed/],
    ["an object that is not frozen", obj({ inner: z.strictObject({ a: z.string() }) }), /Thing\.inner: an object that is not frozen when parsed/],
    ["a root that is not frozen", z.strictObject({ a: z.string() }), /Thing: an object that is not frozen when parsed/],
    ["a loose object", obj({ inner: z.looseObject({ a: z.string() }).transform(freeze) }), /Thing\.inner: an object with a catchall/],
    ["a record with enum keys", obj({ r: z.record(z.enum(["a"]), z.string()).transform(freeze) }), /Thing\.r: a record whose keys are not plain strings/],
    ["a catch", obj({ c: z.string().catch("x") }), /Thing\.c: the zod construct "catch"/],
  ])("%s", (_, schema, message) => {
    const found = problems(config(schema as z.ZodType));
    expect(found.some((problem) => message.test(problem)), found.join("\n")).toBe(true);
  });

  it("takes plain objects and lists as read-only when the caller freezes the parsed value deeply (deepFrozen)", () => {
    const plain = z.strictObject({ items: z.array(z.string()), inner: z.strictObject({ a: z.string() }) });
    expect(problems(config(plain)).length).toBeGreaterThan(0);
    const text = renderModelTypes(config(plain, { deepFrozen: true }));
    expect(declaration(text, "Thing")).toContain("readonly items: readonly string[];");
    expect(declaration(text, "Thing")).toMatch(/readonly inner: \{\s*readonly a: string;?\s*\};/u);
    // The option does not leak into the next render.
    expect(problems(config(plain)).length).toBeGreaterThan(0);
  });

  it("reports every problem at once", () => {
    // Each is met on both sides (Thing and ThingJson) with the same text, and reported once.
    expect(problems(config(obj({ a: z.unknown(), b: z.date(), c: z.string() })))).toEqual([
      'Thing.a: the zod construct "unknown" is not supported by the generator; add it to scripts/_lib/modelTypes.ts or list the schema as known',
      'Thing.b: the zod construct "date" is not supported by the generator; add it to scripts/_lib/modelTypes.ts or list the schema as known',
    ]);
  });

  it("refuses a named schema without docs, or with a summary and a description both", () => {
    const item = obj({ id: z.string() }).meta({ id: "Item" });
    expect(problems(config(obj({ item })))).toContain("Item has no entry in the docs table (a summary if its schema has no description, an example and a JSON example)");
    const described = obj({ id: z.string() }).meta({ id: "Item", description: "An item." });
    expect(problems(config(obj({ item: described }), {}, ["Item"]))).toContain("Item has a description in its schema and a summary in the docs table: keep one");
    expect(problems({ ...config(obj({ item })), docs: { Thing: docs(), Item: docs() } })).toContain("Item has neither a description in its schema nor a summary in the docs table");
  });

  it("refuses two schemas under one name, and a type without a module to import it from", () => {
    const a = obj({ id: z.string() }).meta({ id: "Same" });
    const b = obj({ key: z.string() }).meta({ id: "Same" });
    expect(problems(config(obj({ a, b }), {}, ["Same"]))).toContain("two different schemas are named Same");
    const money = z.number().transform(() => 1n);
    expect(problems(config(obj({ price: money }), { known: [{ schema: money, output: "Money", input: "number" }], imports: {} }))).toContain(
      "the type Money has no module in `imports`",
    );
  });
});
