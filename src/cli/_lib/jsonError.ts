/**
 * Where a text stops being JSON (RFC 8259, as `JSON.parse` reads it): the offset of the first character
 * that no JSON text can have there, or the text's length when it ends too early. `JSON.parse` says where
 * only for some errors (not for "Unexpected token", which a trailing comma or a missing value gives), so
 * the command line finds the place itself, to name its line and column.
 *
 * Linear in the text's length, with an explicit stack (no recursion, whatever the nesting).
 *
 * @param text - the text.
 * @returns the offset of the first error, or `undefined` when the text is JSON.
 * @internal
 */
export function jsonErrorOffset(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  // The open containers: true for an object, false for an array.
  const stack: boolean[] = [];
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i += 1;
    }
  };
  let state: "value" | "key" | "after" = "value";
  for (;;) {
    skipSpace();
    if (state === "value") {
      if (i >= n) return n;
      const c = text[i]!;
      if (c === "{" || c === "[") {
        stack.push(c === "{");
        i += 1;
        skipSpace();
        if (text[i] === (c === "{" ? "}" : "]")) {
          stack.pop();
          i += 1;
          state = "after";
        } else state = c === "{" ? "key" : "value";
        continue;
      }
      const end = c === '"' ? stringEnd(text, i) : c === "-" || (c >= "0" && c <= "9") ? numberEnd(text, i) : literalEnd(text, i);
      if (end < 0) return -end - 1;
      i = end;
      state = "after";
    } else if (state === "key") {
      if (i >= n) return n;
      if (text[i] !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return -end - 1;
      i = end;
      skipSpace();
      if (i >= n) return n;
      if (text[i] !== ":") return i;
      i += 1;
      state = "value";
    } else {
      if (stack.length === 0) return i < n ? i : undefined;
      if (i >= n) return n;
      const inObject = stack.at(-1)!;
      const c = text[i];
      if (c === ",") {
        i += 1;
        state = inObject ? "key" : "value";
      } else if (c === (inObject ? "}" : "]")) {
        stack.pop();
        i += 1;
      } else return i;
    }
  }
}

// The helpers below return the offset after what they read, or -(offset of the error) - 1.

const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c.charCodeAt(0) < 0x20) return -i - 1;
    if (c === "\\") {
      const e = text[i + 1];
      if (e === undefined) return -text.length - 1;
      if (e === "u") {
        for (let k = 2; k < 6; k++) {
          if (i + k >= text.length) return -text.length - 1;
          if (!isHex(text[i + k])) return -(i + k) - 1;
        }
        i += 6;
        continue;
      }
      if (!ESCAPES.has(e)) return -(i + 1) - 1;
      i += 2;
      continue;
    }
    i += 1;
  }
  return -text.length - 1;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

function numberEnd(text: string, start: number): number {
  let i = start;
  if (text[i] === "-") i += 1;
  if (text[i] === "0") i += 1;
  else if (isDigit(text[i])) while (isDigit(text[i])) i += 1;
  else return -i - 1;
  if (text[i] === ".") {
    i += 1;
    if (!isDigit(text[i])) return -i - 1;
    while (isDigit(text[i])) i += 1;
  }
  if (text[i] === "e" || text[i] === "E") {
    i += 1;
    if (text[i] === "+" || text[i] === "-") i += 1;
    if (!isDigit(text[i])) return -i - 1;
    while (isDigit(text[i])) i += 1;
  }
  return i;
}

function literalEnd(text: string, start: number): number {
  const word = ["true", "false", "null"].find((w) => w[0] === text[start]);
  if (word === undefined) return -start - 1;
  for (let k = 1; k < word.length; k++) {
    if (text[start + k] !== word[k]) return -(start + k) - 1;
  }
  return start + word.length;
}
