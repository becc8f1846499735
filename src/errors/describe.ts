/**
 * The one way this library names a caller's value in a message. It never calls the value's own methods
 * (`toString`, `valueOf`, `Symbol.toPrimitive`, getters), so it cannot throw, loop or run caller code, and it
 * never writes `[object Object]`: text is given as it is (cut to 60 characters), numbers and bigints by their
 * digits, anything else by its kind.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (type === "string") return clipText(value as string);
  if (type === "number" || type === "boolean") return String(value);
  if (type === "bigint") return `${value as bigint}n`;
  if (type !== "object") return type; // "undefined", "symbol", "function"
  const kind = kindOf(value);
  if (kind !== "Date") return kind;
  // A real Date (checked by instanceof): read through Date.prototype, never the value's own methods.
  const time = Date.prototype.getTime.call(value);
  return Number.isNaN(time) ? "Invalid Date" : Date.prototype.toISOString.call(value);
}

/** The kind of a value, as messages name it: "null", "array", "Date", "object", "string", "number"… @internal */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  try {
    if (Array.isArray(value)) return "array";
    if (value instanceof Date) return "Date";
    if (value instanceof Map) return "Map";
    if (value instanceof Set) return "Set";
    if (ArrayBuffer.isView(value)) return "typed array";
  } catch {
    return "object"; // a revoked proxy
  }
  return "object";
}

/** Text cut to 60 characters (code points), so that a megabyte input gives a short message. @internal */
export function clipText(text: string): string {
  if (text.length <= 60) return text;
  const chars = Array.from(text.slice(0, 120));
  return chars.length > 60 ? `${chars.slice(0, 57).join("")}...` : chars.join("");
}

/** A caller's value for a message, quoted when it is text: `"x"`, `12`, `object`. @internal */
export function quoteValue(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(clipText(value)) : describeValue(value);
}
