/**
 * Writes TypeScript interfaces, with TSDoc, from zod 4 schemas: the engine of scripts/gen-model-types.ts,
 * which gives it the plan model's schemas and the project's names and docs.
 *
 * Each named schema (a `.meta({ id })`, or a root the caller names) becomes two declarations:
 *   - `Name`, the parsed form (`z.output`): readonly properties and readonly arrays (a schema's objects and
 *     lists must be frozen on parse, by a transform the caller lists in `freezers`, by zod's `.readonly()`, or
 *     by the caller after the parse (`deepFrozen`);
 *     anything else is an error), the caller's named types for its known schemas (`Vnd` for amounts);
 *   - `NameJson`, the document form (`z.input`): mutable, properties with a default optional.
 * Every property whose schema has a description (`.describe()`, `.meta({ description })`, on the property or
 * on the schema it wraps) gets it as its TSDoc; a default is shown as `@defaultValue` on the JSON side.
 *
 * The engine reads zod's internals (`schema._zod.def`, `._zod.parent`, `z.globalRegistry`), and knows a fixed
 * set of constructs (see {@link typeOf}). Anything else (`z.unknown()`, `z.date()`, a transform it cannot see
 * through, an object that is not frozen when parsed…) throws a {@link ModelTypesError} naming the construct
 * and its path: the generated types never fall back to `unknown`.
 */
import { z } from "zod";

/** A zod schema, as the engine reads it. */
type Schema = z.core.$ZodType;
/** A schema's definition: its `type` and the fields of that type. */
type Def = { readonly type: string } & Readonly<Record<string, unknown>>;
/** Which side of a schema: what `parse` returns, or what it accepts. */
type Side = "output" | "input";

/** A schema that the engine does not walk: it stands for a named type of the library on each side. */
export interface KnownSchema {
  /** The schema (a `.describe()` or `.check()` clone of it is recognised too). */
  readonly schema: Schema;
  /** The type of the parsed value: `"Vnd"`. */
  readonly output: string;
  /** The type of the document's value: `"number | string"`. */
  readonly input: string;
}

/** A list of values that a `z.enum` of exactly these values stands for: `UNIT_KINDS` is `UnitKind`. */
export interface KnownEnum {
  readonly values: readonly (string | number)[];
  readonly name: string;
}

/** The documentation of one named schema. */
export interface TypeDocs {
  /** The summary, when the schema has no description of its own (the description wins otherwise). */
  readonly summary?: string;
  /** A paragraph after the summary, on the parsed form. */
  readonly remarks?: string;
  /** The code of the parsed form's `@example` (a ```ts block), without the comment's ` * `. */
  readonly example: string;
  /** The summary of the JSON form; a standard sentence linking to the parsed form when absent. */
  readonly jsonSummary?: string;
  /** The code of the JSON form's `@example`. */
  readonly jsonExample: string;
}

/** A schema to generate, under the name the caller gives it (a root schema without a meta id). */
export interface RootSchema {
  readonly name: string;
  readonly schema: Schema;
  /** The summary, in place of the schema's own description. */
  readonly description?: string;
  /** Whether the parsed value is frozen by something outside the schema (a wrapper that the caller builds). */
  readonly frozen?: boolean;
}

/** What {@link renderModelTypes} needs. */
export interface ModelTypesConfig {
  /** The schemas to start from, in order; every named schema they reach is generated, in the order reached. */
  readonly roots: readonly RootSchema[];
  /** More schemas to search for named ones (after the roots). */
  readonly scan?: readonly Schema[];
  readonly known?: readonly KnownSchema[];
  readonly enums?: readonly KnownEnum[];
  /** The transform functions that freeze what they are given: the parsed value is read-only. */
  readonly freezers?: readonly ((value: never) => unknown)[];
  /**
   * Whether everything the roots reach is frozen on parse by something outside the schemas (the caller
   * freezes the parsed value deeply): every object and list is then read-only without a freezer of its own.
   */
  readonly deepFrozen?: boolean;
  /** The module each external type name comes from (`{ Vnd: "../budget/vnd.js" }`), for the imports. */
  readonly imports?: Readonly<Record<string, string>>;
  /** Documentation by type name; every generated type must have an entry. */
  readonly docs: Readonly<Record<string, TypeDocs>>;
  /** The summary of a JSON form whose docs give none; `defaulted` when some of its properties have a default. */
  readonly jsonSummary: (name: string, facts: { readonly defaulted: boolean }) => string;
  /** The `@category` of every declaration. */
  readonly category: string;
  /** The lines of the `//` comment at the top of the file. */
  readonly banner: readonly string[];
}

/** A schema that the engine cannot turn into a type (thrown with every problem found). */
export class ModelTypesError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Cannot generate the model's types:\n  ${problems.join("\n  ")}`);
    this.name = "ModelTypesError";
  }
}

/** One problem, where it was met. */
class Problem extends Error {}

const WIDTH = 110;

/** The words of a known type's text that need no import. */
const BUILT_IN_TYPES: ReadonlySet<string> = new Set(["string", "number", "boolean", "bigint", "null", "undefined", "readonly", "Readonly", "Record"]);

/**
 * The text of a TypeScript module declaring a parsed and a JSON interface for every named schema.
 *
 * @param config - the schemas, the names of the library's types, the docs.
 * @returns the module's text (deterministic: the same schemas give the same text).
 * @throws {@link ModelTypesError} listing every construct the engine does not know, every unfrozen object or
 *   list, every conflict of names and every type without docs.
 */
export function renderModelTypes(config: ModelTypesConfig): string {
  deeplyFrozen = config.deepFrozen === true;
  try {
    return new Generator(config).render();
  } finally {
    deeplyFrozen = false;
  }
}

class Generator {
  private readonly named = new Map<object, string>(); // def → name
  private readonly order: { name: string; schema: Schema; root?: RootSchema }[] = [];
  private readonly known = new Map<object, KnownSchema>(); // def → known
  private readonly freezers: ReadonlySet<unknown>;
  private readonly usedExternals = new Set<string>();
  private readonly problems: string[] = [];
  private readonly inlining = new Set<object>(); // defs being written inline, against endless recursion

  constructor(private readonly config: ModelTypesConfig) {
    for (const k of config.known ?? []) this.known.set(defOf(k.schema), k);
    this.freezers = new Set(config.freezers ?? []);
  }

  render(): string {
    const seen = new Set<object>();
    for (const root of this.config.roots) {
      this.claim(root.name, root.schema);
      this.order.push({ name: root.name, schema: root.schema, root });
    }
    for (const root of this.config.roots) this.discover(root.schema, root.name, seen);
    for (const schema of this.config.scan ?? []) this.discover(schema, "(scan)", seen);

    const blocks: string[] = [];
    for (const entry of this.order) {
      for (const side of ["output", "input"] as const) {
        try {
          blocks.push(this.declaration(entry, side));
        } catch (error) {
          if (!(error instanceof Problem)) throw error;
          this.problems.push(error.message);
        }
      }
    }
    if (this.problems.length > 0) throw new ModelTypesError([...new Set(this.problems)]);

    const byModule = new Map<string, string[]>();
    for (const name of [...this.usedExternals].sort()) {
      const from = this.config.imports?.[name];
      if (from === undefined) throw new ModelTypesError([`the type ${name} has no module in \`imports\``]);
      byModule.set(from, [...(byModule.get(from) ?? []), name]);
    }
    const imports = [...byModule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, names]) => `import type { ${names.join(", ")} } from "${from}";`);
    return `${[this.config.banner.map((line) => `// ${line}`.trimEnd()).join("\n"), imports.join("\n"), ...blocks].filter((part) => part !== "").join("\n\n")}\n`;
  }

  // --- discovery ---------------------------------------------------------------------------------------

  /** Registers `name` for the schema's definition; a name used twice, or a schema named twice, is a problem. */
  private claim(name: string, schema: Schema): void {
    const def = defOf(schema);
    const had = this.named.get(def);
    if (had !== undefined && had !== name) this.problems.push(`one schema has two names: ${had} and ${name}`);
    for (const [otherDef, other] of this.named) {
      if (other === name && otherDef !== def) this.problems.push(`two different schemas are named ${name}`);
    }
    this.named.set(def, name);
  }

  /** Walks a schema's tree, registering the named schemas in the order met. */
  private discover(schema: Schema, path: string, seen: Set<object>): void {
    const def = defOf(schema);
    if (seen.has(def)) return;
    seen.add(def);
    if (this.knownOf(schema)) return;
    const id = ownId(schema);
    if (id !== undefined && this.named.get(def) === undefined) {
      this.claim(id, schema);
      this.order.push({ name: id, schema });
    }
    const here = id ?? path;
    try {
      for (const [step, child] of children(schema)) this.discover(child, `${here}${step}`, seen);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      this.problems.push(error.message);
    }
  }

  // --- declarations --------------------------------------------------------------------------------------

  private declaration(entry: { name: string; schema: Schema; root?: RootSchema }, side: Side): string {
    const { name, schema, root } = entry;
    const docs = this.config.docs[name];
    const typeName = side === "output" ? name : `${name}Json`;
    if (docs === undefined) {
      throw new Problem(`${name} has no entry in the docs table (a summary if its schema has no description, an example and a JSON example)`);
    }
    const description = root?.description ?? descriptionOf(schema);
    if (description === undefined && docs.summary === undefined) throw new Problem(`${name} has neither a description in its schema nor a summary in the docs table`);
    if (root?.description === undefined && description !== undefined && docs.summary !== undefined) {
      throw new Problem(`${name} has a description in its schema and a summary in the docs table: keep one`);
    }
    const summary = side === "output" ? escapeText(description) ?? docs.summary! : docs.jsonSummary ?? this.jsonSummary(name, schema);
    const paragraphs = [summary, ...(side === "output" && docs.remarks !== undefined ? [docs.remarks] : [])];
    const comment = docComment(paragraphs, side === "output" ? docs.example : docs.jsonExample, this.config.category);

    const ctx: Ctx = { side, path: name, frozen: root?.frozen === true, self: defOf(schema) };
    const object = objectOf(schema, ctx, this.freezers);
    if (object) {
      if (side === "output") requireFrozen({ ...ctx, frozen: object.frozen }, "an object");
      const body = this.properties(object.def, { ...ctx, frozen: object.frozen }, 1);
      return `${comment}\nexport interface ${typeName} {${body === "" ? "" : `\n${body}\n`}}`;
    }
    return `${comment}\nexport type ${typeName} = ${this.typeOf(schema, ctx).text};`;
  }

  /** The standard summary of a JSON form. */
  private jsonSummary(name: string, schema: Schema): string {
    const object = objectOf(schema, { side: "input", path: name, frozen: true, self: defOf(schema) }, this.freezers);
    const defaulted = object !== undefined && Object.values(object.def.shape as Record<string, Schema>).some((prop) => optIn(prop) === "defaulted");
    return this.config.jsonSummary(name, { defaulted });
  }

  /** The property lines of an object type, at an indentation level. */
  private properties(def: Def, ctx: Ctx, level: number): string {
    const indent = "  ".repeat(level);
    const lines: string[] = [];
    if (!isNone(def.catchall)) throw new Problem(`${ctx.path}: an object with a catchall (looseObject, catchall) is not supported; use z.strictObject`);
    for (const [key, prop] of Object.entries(def.shape as Record<string, Schema>)) {
      const path = `${ctx.path}.${key}`;
      const optional = ctx.side === "output" ? optOut(prop) : optIn(prop) !== undefined;
      let type: TypeText;
      try {
        type = this.typeOf(prop, { side: ctx.side, path, frozen: false, self: undefined });
      } catch (error) {
        // Noted, and the other properties still read, so that one run reports every problem.
        if (!(error instanceof Problem)) throw error;
        this.problems.push(error.message);
        type = { text: "never", union: false };
      }
      const description = escapeText(propertyDescription(prop));
      const defaultValue = ctx.side === "input" ? defaultOf(prop, path) : undefined;
      const paragraphs = description === undefined ? [] : [description];
      const tags = defaultValue === undefined ? [] : [`@defaultValue \`${defaultValue}\``];
      const docs = paragraphs.length + tags.length > 0 ? `${docLines(paragraphs, tags, indent)}\n` : "";
      const modifier = ctx.side === "output" ? "readonly " : "";
      lines.push(`${docs}${indent}${modifier}${propertyKey(key)}${optional ? "?" : ""}: ${indentType(type.text, indent)};`);
    }
    return lines.join("\n");
  }

  // --- types -----------------------------------------------------------------------------------------------

  private knownOf(schema: Schema): KnownSchema | undefined {
    return lineage(schema, (def) => this.known.get(def));
  }

  private nameOf(schema: Schema): string | undefined {
    return lineage(schema, (def) => this.named.get(def));
  }

  /**
   * The type of a schema on one side. Knows: string, number (int), nan, boolean, null, literal, enum, array,
   * object (strict), union (discriminated too), intersection, tuple, record with string keys, optional,
   * exactOptional, nullable, default, prefault, readonly, pipe (a transform only as a pipe's output, and
   * only a freezer), lazy; and the caller's known and named schemas by name.
   */
  private typeOf(schema: Schema, ctx: Ctx): TypeText {
    const def = defOf(schema);
    const known = this.knownOf(schema);
    if (known) return this.external(ctx.side === "output" ? known.output : known.input);
    const name = def === ctx.self ? undefined : this.nameOf(schema);
    if (name !== undefined) return { text: ctx.side === "output" ? name : `${name}Json`, union: false };
    const d = def as Def;
    const at = ctx.path;
    // A wrapper passes on whether the value is frozen: a freezer outside an optional freezes what is inside.
    const inner = (next: Schema, frozen = ctx.frozen) => this.typeOf(next, { ...ctx, frozen, self: undefined });
    switch (d.type) {
      case "string":
        return { text: "string", union: false };
      case "number":
      case "nan":
        return { text: "number", union: false };
      case "boolean":
        return { text: "boolean", union: false };
      case "null":
        return { text: "null", union: false };
      case "literal":
        return union((d.values as readonly unknown[]).map((value) => ({ text: literal(value, at), union: false })));
      case "enum": {
        const values = Object.values(d.entries as Record<string, string | number>);
        const match = (this.config.enums ?? []).find((e) => sameSet(e.values, values));
        if (match) return this.external(match.name);
        return union(values.map((value) => ({ text: literal(value, at), union: false })));
      }
      case "optional":
        return isExactOptional(schema) ? inner(d.innerType as Schema) : union([inner(d.innerType as Schema), { text: "undefined", union: false }]);
      case "nullable":
        return union([inner(d.innerType as Schema), { text: "null", union: false }]);
      case "default":
      case "prefault":
        return ctx.side === "output" ? inner(d.innerType as Schema) : union([inner(d.innerType as Schema), { text: "undefined", union: false }]);
      case "readonly":
        return inner(d.innerType as Schema, ctx.side === "output");
      case "pipe": {
        if (ctx.side === "input") return inner(d.in as Schema);
        const out = d.out as Schema;
        if (defOf(out).type !== "transform") return inner(out);
        const transform = (defOf(out) as Def).transform;
        if (!this.freezers.has(transform)) {
          throw new Problem(`${at}: a transform whose result the generator cannot see; list it as a known schema or freeze with a listed freezer`);
        }
        return inner(d.in as Schema, true);
      }
      case "array": {
        const element = this.typeOf(d.element as Schema, { side: ctx.side, path: `${at}[]`, frozen: false, self: undefined });
        const item = element.union ? `(${element.text})` : element.text;
        if (ctx.side === "input") return { text: `${item}[]`, union: false };
        requireFrozen(ctx, "a list");
        return { text: `readonly ${item}[]`, union: false };
      }
      case "object": {
        if (ctx.side === "output") requireFrozen(ctx, "an object");
        if (this.inlining.has(def)) throw new Problem(`${at}: a recursive object without a name; give it a meta id`);
        this.inlining.add(def);
        try {
          const body = this.properties(d, { ...ctx, self: undefined }, 1);
          return { text: body === "" ? "{}" : `{\n${body}\n}`, union: false };
        } finally {
          this.inlining.delete(def);
        }
      }
      case "union":
        return union((d.options as readonly Schema[]).map((option, i) => this.typeOf(option, { ...ctx, path: `${at}|${i}`, self: undefined })));
      case "intersection": {
        const parts = [d.left as Schema, d.right as Schema].map((part) => inner(part, ctx.frozen));
        return { text: parts.map((part) => (part.union ? `(${part.text})` : part.text)).join(" & "), union: false };
      }
      case "tuple": {
        const items = (d.items as readonly Schema[]).map((item, i) => {
          if (optIn(item) !== undefined || optOut(item)) throw new Problem(`${at}[${i}]: an optional tuple item is not supported`);
          return this.typeOf(item, { side: ctx.side, path: `${at}[${i}]`, frozen: false, self: undefined }).text;
        });
        if (d.rest !== null && d.rest !== undefined) {
          const rest = this.typeOf(d.rest as Schema, { side: ctx.side, path: `${at}[…]`, frozen: false, self: undefined });
          items.push(`...${rest.union ? `(${rest.text})` : rest.text}[]`);
        }
        if (ctx.side === "output") requireFrozen(ctx, "a tuple");
        return { text: `${ctx.side === "output" ? "readonly " : ""}[${items.join(", ")}]`, union: false };
      }
      case "record": {
        if (defOf(d.keyType as Schema).type !== "string") throw new Problem(`${at}: a record whose keys are not plain strings is not supported`);
        const value = this.typeOf(d.valueType as Schema, { side: ctx.side, path: `${at}{}`, frozen: false, self: undefined });
        if (ctx.side === "input") return { text: `Record<string, ${value.text}>`, union: false };
        requireFrozen(ctx, "a record");
        return { text: `Readonly<Record<string, ${value.text}>>`, union: false };
      }
      case "lazy": {
        const target = (d.getter as () => Schema)();
        if (this.inlining.has(def)) throw new Problem(`${at}: a recursive lazy schema without a name; give it a meta id`);
        this.inlining.add(def);
        try {
          return this.typeOf(target, ctx);
        } finally {
          this.inlining.delete(def);
        }
      }
      case "transform":
        throw new Problem(`${at}: a transform outside a pipe (z.transform, z.preprocess): the generator cannot see its type`);
      default:
        throw new Problem(`${at}: the zod construct "${d.type}" is not supported by the generator; add it to scripts/_lib/modelTypes.ts or list the schema as known`);
    }
  }

  /** A type of the library, by name (its import is added); a type expression made of such names. */
  private external(text: string): TypeText {
    // The type names: not property keys (`start:`), not the words of string literals.
    for (const word of text.replace(/"(?:[^"\\]|\\.)*"/g, "").match(/(?<![\w$])[A-Za-z_$][\w$]*(?![\w$])(?!\s*\??\s*:)/g) ?? []) {
      if (!BUILT_IN_TYPES.has(word)) this.usedExternals.add(word);
    }
    return { text, union: splitUnion(text).length > 1 };
  }
}

/** What {@link Generator.typeOf} knows of where it is. */
interface Ctx {
  readonly side: Side;
  readonly path: string;
  /** Whether the value at this point is frozen on parse (set by a freezing pipe or `.readonly()`). */
  readonly frozen: boolean;
  /** The definition being declared, which is written out rather than referred to by its name. */
  readonly self: object | undefined;
}

/** A type expression, and whether it is a union (so that it needs parentheses before `[]`). */
interface TypeText {
  readonly text: string;
  readonly union: boolean;
}

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

/** Finds something for a schema or, through `.describe()`, `.meta()` and `.check()` clones, its ancestors. */
function lineage<T>(schema: Schema, find: (def: object) => T | undefined): T | undefined {
  for (let s: Schema | undefined = schema; s !== undefined; s = s._zod.parent as Schema | undefined) {
    const found = find(s._zod.def);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The schema's own meta id (never its parent's: zod does not inherit ids). */
function ownId(schema: Schema): string | undefined {
  const id = z.globalRegistry.get(schema)?.id;
  return typeof id === "string" ? id : undefined;
}

function descriptionOf(schema: Schema): string | undefined {
  const description = z.globalRegistry.get(schema)?.description;
  return typeof description === "string" && description.trim() !== "" ? description : undefined;
}

/**
 * A property's description: its schema's, or the first found inside the wrappers around it (optional,
 * nullable, default, prefault, readonly, the input of a pipe). Not an array's element's: that describes an
 * item, not the list.
 */
export function propertyDescription(schema: Schema): string | undefined {
  for (let s: Schema | undefined = schema; s !== undefined; ) {
    const found = descriptionOf(s);
    if (found !== undefined) return found;
    const def = defOf(s);
    s = ["optional", "nullable", "default", "prefault", "readonly"].includes(def.type)
      ? (def.innerType as Schema)
      : def.type === "pipe"
        ? (def.in as Schema)
        : undefined;
  }
  return undefined;
}

/** The default of a property with one, written as a literal. */
function defaultOf(schema: Schema, path: string): string | undefined {
  for (let s: Schema | undefined = schema; s !== undefined; ) {
    const def = defOf(s);
    if (def.type === "default" || def.type === "prefault") return valueText(def.defaultValue, path);
    s = ["optional", "nullable", "readonly"].includes(def.type) ? (def.innerType as Schema) : def.type === "pipe" ? (def.in as Schema) : undefined;
  }
  return undefined;
}

/** Whether the key may be left out of the document (zod's `optin`, as its types compute it). */
function optIn(schema: Schema): "optional" | "defaulted" | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return "optional";
    case "default":
    case "prefault":
      return "defaulted";
    case "nullable":
    case "readonly":
      return optIn(def.innerType as Schema);
    case "pipe":
      return optIn(def.in as Schema);
    case "lazy":
      return optIn((def.getter as () => Schema)());
    default:
      return undefined;
  }
}

/** Whether the key may be absent from the parsed value (zod's `optout`). */
function optOut(schema: Schema): boolean {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return true;
    case "nullable":
    case "readonly":
      return optOut(def.innerType as Schema);
    case "pipe":
      return optOut(def.out as Schema);
    case "lazy":
      return optOut((def.getter as () => Schema)());
    default:
      return false;
  }
}

function isExactOptional(schema: Schema): boolean {
  return schema._zod.traits.has("$ZodExactOptional");
}

function isNone(catchall: unknown): boolean {
  return catchall === undefined || defOf(catchall as Schema).type === "never";
}

/** The object a named schema declares (through a freezing pipe, `.readonly()`), or undefined. */
function objectOf(schema: Schema, ctx: Ctx, freezers: ReadonlySet<unknown>): { def: Def; frozen: boolean } | undefined {
  let frozen = ctx.frozen;
  for (let s = schema; ; ) {
    const def = defOf(s);
    if (def.type === "object") return { def, frozen };
    if (def.type === "readonly") {
      frozen = true;
      s = def.innerType as Schema;
    } else if (def.type === "pipe" && defOf(def.out as Schema).type === "transform" && freezers.has(defOf(def.out as Schema).transform)) {
      frozen = true;
      s = def.in as Schema;
    } else {
      return undefined;
    }
  }
}

/** The direct children of a schema, with the step of the path to each (for discovery). */
function children(schema: Schema): [string, Schema][] {
  const def = defOf(schema);
  const list = (items: readonly Schema[], step: (i: number) => string): [string, Schema][] => items.map((item, i) => [step(i), item]);
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, Schema>).map(([key, prop]) => [`.${key}`, prop]);
    case "array":
      return [["[]", def.element as Schema]];
    case "union":
      return list(def.options as readonly Schema[], (i) => `|${i}`);
    case "intersection":
      return [["&0", def.left as Schema], ["&1", def.right as Schema]];
    case "tuple":
      return [...list(def.items as readonly Schema[], (i) => `[${i}]`), ...(def.rest ? ([["[…]", def.rest as Schema]] as [string, Schema][]) : [])];
    case "record":
      return [["{}", def.valueType as Schema]];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return [["", def.innerType as Schema]];
    case "pipe":
      return [["", def.in as Schema], ["", def.out as Schema]];
    case "lazy":
      return [["", (def.getter as () => Schema)()]];
    default:
      return [];
  }
}

/** Set from {@link ModelTypesConfig.deepFrozen} while a generator renders. */
let deeplyFrozen = false;

function requireFrozen(ctx: Ctx, what: string): void {
  if (!ctx.frozen && !deeplyFrozen) {
    throw new Problem(`${ctx.path}: ${what} that is not frozen when parsed; build it with a listed freezer (the model's obj() and list()) so that a parsed plan stays deeply read-only`);
  }
}

function union(members: readonly TypeText[]): TypeText {
  const texts: string[] = [];
  for (const member of members) {
    for (const text of member.union ? splitUnion(member.text) : [member.text]) if (!texts.includes(text)) texts.push(text);
  }
  return { text: texts.join(" | "), union: texts.length > 1 };
}

/** The members of a union written by {@link union} (top-level `|` only). */
function splitUnion(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "(" || c === "{" || c === "[" || c === "<") depth += 1;
    else if (c === ")" || c === "}" || c === "]" || c === ">") depth -= 1;
    else if (c === "|" && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function literal(value: unknown, path: string): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined) return "undefined";
  throw new Problem(`${path}: a literal of type ${typeof value}`);
}

/** A default value as a JS literal: `[]`, `false`, `{ sources: [], provisions: [] }`. */
function valueText(value: unknown, path: string): string {
  if (Array.isArray(value)) return `[${value.map((item) => valueText(item, path)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const json = (value as { toJSON?: () => unknown }).toJSON;
    if (typeof json === "function") return valueText(json.call(value), path);
    const entries = Object.entries(value).map(([key, item]) => `${propertyKey(key)}: ${valueText(item, path)}`);
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return literal(value, path);
}

function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** Indents the lines after the first of a multi-line type (an inline object) to the property's level. */
function indentType(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** A schema's text made safe inside TSDoc: no comment end, no inline tag or block tag by accident. */
function escapeText(text: string | undefined): string | undefined {
  return text?.replace(/\*\//g, "*\\/").replace(/([@{}])/g, "\\$1");
}

/** The lines of a TSDoc comment: paragraphs wrapped at {@link WIDTH}, then tags. */
function docLines(paragraphs: readonly string[], tags: readonly string[], indent: string): string {
  const body: string[] = [];
  for (const paragraph of paragraphs) {
    if (body.length > 0) body.push("");
    body.push(...wrap(paragraph, WIDTH - indent.length - 3));
  }
  if (tags.length > 0 && body.length > 0) body.push("");
  body.push(...tags);
  if (body.length === 1 && `${indent}/** ${body[0]} */`.length <= WIDTH) return `${indent}/** ${body[0]} */`;
  return [`${indent}/**`, ...body.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)), `${indent} */`].join("\n");
}

/** A declaration's TSDoc: paragraphs, the example, the category. */
function docComment(paragraphs: readonly string[], example: string, category: string): string {
  const code = example.replace(/^\n+|\s+$/g, "").split("\n");
  const tags = ["@example", "```ts", ...code, "```", `@category ${category}`];
  const body: string[] = [];
  for (const paragraph of paragraphs) {
    if (body.length > 0) body.push("");
    body.push(...wrap(paragraph, WIDTH - 3));
  }
  body.push("", ...tags);
  return ["/**", ...body.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"].join("\n");
}

/** Words filled into lines of at most `width` characters; an inline tag (`{@link parsePlan}`) stays whole. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  const whole = text.replace(/\{@[^}]*\}/g, (tag) => tag.replace(/\s+/g, "\u0000"));
  for (const word of whole.split(/\s+/).filter((w) => w !== "").map((w) => w.replace(/\u0000/g, " "))) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
