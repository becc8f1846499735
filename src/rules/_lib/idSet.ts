/** How many ids one `Set` holds before the next is started: the most a V8 `Set` can hold (2^24 − 1). */
const CAPACITY = 2 ** 24 - 1;

/**
 * Adds an id to a list of `Set`s that together may hold more than one JavaScript `Set` can: each `Set`
 * holds `capacity` ids, then the next is started, and a lookup asks them in turn. Nothing is paid below
 * `capacity` ids but one extra call. Plain arrays and sets, so that a hot loop using it keeps its
 * optimised code from one call to the next (see {@link IdSet}).
 *
 * @returns false when the id was already there.
 * @internal
 */
export function addId(sets: Set<string>[], id: string, capacity: number = CAPACITY): boolean {
  for (let i = 0; i < sets.length; i += 1) if (sets[i]!.has(id)) return false;
  let last = sets[sets.length - 1];
  if (last === undefined || last.size >= capacity) sets.push((last = new Set()));
  last.add(id);
  return true;
}

/**
 * A set of ids that may hold more than a JavaScript `Set` can (2^24 entries in V8), over {@link addId}.
 *
 * @internal
 */
export class IdSet {
  private readonly sets: Set<string>[] = [];

  /** @param capacity - how many ids one `Set` holds before the next is started (tests pass a small one). */
  constructor(private readonly capacity: number = CAPACITY) {}

  /** Adds an id; returns false when it was already there. */
  add(id: string): boolean {
    return addId(this.sets, id, this.capacity);
  }

  /** How many ids it holds. */
  get size(): number {
    let size = 0;
    for (const set of this.sets) size += set.size;
    return size;
  }
}
