/**
 * A set of ids that may hold more than a JavaScript `Set` can (2^24 entries in V8): one `Set` until it is
 * full, then another, each lookup asking them in turn. Nothing is paid below 2^24 ids but one extra call.
 *
 * @internal
 */
export class IdSet {
  private readonly sets: Set<string>[] = [new Set()];

  /** @param capacity - how many ids one `Set` holds before the next is started (tests pass a small one). */
  constructor(private readonly capacity: number = 2 ** 24 - 1) {}

  /** Adds an id; returns false when it was already there. */
  add(id: string): boolean {
    const sets = this.sets;
    for (let i = 0; i < sets.length; i += 1) if (sets[i]!.has(id)) return false;
    let last = sets[sets.length - 1]!;
    if (last.size >= this.capacity) sets.push((last = new Set()));
    last.add(id);
    return true;
  }

  /** How many ids it holds. */
  get size(): number {
    let size = 0;
    for (const set of this.sets) size += set.size;
    return size;
  }
}
