import { z } from "zod";

type Schema = z.core.$ZodType;
// The parts of a zod definition that hold other schemas, for the kinds the plan model is made of.
type Def = z.core.$ZodTypeDef & {
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  options?: readonly Schema[];
  in?: Schema;
  out?: Schema;
  defaultValue?: unknown;
};

/**
 * A copy of a schema for the way of a document that is right, which parsePlan tries first (see
 * relaxedPlanSchema in plan.ts): every `exactOptional` becomes `optional`, and every list that defaults to
 * an empty list (`prefault([])`) gets a new empty list without parsing it (`default`). zod runs the schema
 * of every property an object's shape has, present or not, and an `exactOptional` parses an absent one as
 * `undefined` and throws away the issue it raised, where `optional` returns at once: a plan of twenty
 * thousand items has a few hundred thousand absent properties.
 *
 * What the copy accepts, it parses as the schema does, with one difference: a property that is present and
 * holds `undefined` (which JSON cannot carry) is rejected by the schema and kept by the copy. The copy is
 * for parsing only: it has no metadata, and its issues are not the schema's.
 *
 * @param schema - the schema to copy.
 * @param replacements - schemas to put in place of some of its parts, wherever they are: each must accept
 *   what the part accepts and give the same value, and reject what it rejects (with any issue).
 * @internal
 */
export function relaxSchema<T extends Schema>(schema: T, replacements: ReadonlyMap<Schema, Schema> = new Map()): T {
  const done = new Map<Schema, Schema>(replacements);
  const copy = (s: Schema): Schema => {
    let out = done.get(s);
    if (out === undefined) {
      out = relax(s, copy);
      done.set(s, out);
    }
    return out;
  };
  return copy(schema) as T;
}

function relax(s: Schema, copy: (s: Schema) => Schema): Schema {
  const def = s._zod.def as Def;
  const clone = (changes: Partial<Def>): Schema => z.core.clone(s, { ...def, ...changes } as z.core.$ZodTypeDef);
  switch (def.type) {
    case "object": {
      const shape: Record<string, Schema> = {};
      let changed = false;
      for (const [key, value] of Object.entries(def.shape ?? {})) {
        shape[key] = copy(value);
        if (shape[key] !== value) changed = true;
      }
      const catchall = def.catchall === undefined ? undefined : copy(def.catchall);
      if (catchall !== def.catchall) changed = true;
      return changed ? clone({ shape, ...(catchall === undefined ? {} : { catchall }) }) : s;
    }
    case "array": {
      const element = copy(def.element!);
      return element === def.element ? s : clone({ element });
    }
    case "union": {
      const options = def.options!.map(copy);
      return options.every((o, i) => o === def.options![i]) ? s : clone({ options });
    }
    case "pipe": {
      const input = copy(def.in!);
      const output = copy(def.out!);
      return input === def.in && output === def.out ? s : clone({ in: input, out: output });
    }
    case "optional": {
      const inner = copy(def.innerType!);
      if (s._zod.traits.has("$ZodExactOptional")) return z.optional(inner as z.ZodType);
      return inner === def.innerType ? s : clone({ innerType: inner });
    }
    case "prefault": {
      const inner = copy(def.innerType!);
      const value = def.defaultValue;
      if (Array.isArray(value) && value.length === 0) {
        // The same as parsing the empty list, when the list schema accepts it as it is.
        const parsed = z.safeParse(inner, []);
        if (parsed.success && Array.isArray(parsed.data) && parsed.data.length === 0) return z._default(inner as z.ZodType, () => []);
      }
      return inner === def.innerType ? s : clone({ innerType: inner });
    }
    case "default":
    case "nullable":
    case "readonly":
    case "nonoptional": {
      const inner = copy(def.innerType!);
      return inner === def.innerType ? s : clone({ innerType: inner });
    }
    default:
      // Leaves (strings, numbers, enums, literals, transforms…), and kinds the plan model does not use: as they are.
      return s;
  }
}
