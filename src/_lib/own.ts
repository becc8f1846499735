/**
 * A table's entry for a key that comes from the caller's text or data, never a member of `Object.prototype`:
 * `TABLE["constructor"]` on a plain object literal is `Object`, and a word of a document can be "constructor".
 * Every lookup of a table of words by such a key goes through here.
 *
 * @internal
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
