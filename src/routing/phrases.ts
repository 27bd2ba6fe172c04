/**
 * Phrase tables: sequences of keys (or words) mapped to a value, matched longest first at a position.
 * Lookup starts from the first key of a phrase, so a match costs a map lookup per position.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { keys: readonly string[]; value: V }[]>();

  add(keys: readonly string[], value: V): void {
    if (!keys.length) return;
    const list = this.byFirst.get(keys[0]!) ?? [];
    list.push({ keys, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, list);
  }

  /** Every phrase starting at `i` (longest first). */
  *matchesAt(seq: readonly string[], i: number): Iterable<{ length: number; value: V }> {
    const cands = this.byFirst.get(seq[i]!);
    if (!cands) return;
    for (const c of cands) {
      if (i + c.keys.length > seq.length) continue;
      let ok = true;
      for (let j = 1; j < c.keys.length; j++)
        if (seq[i + j] !== c.keys[j]) {
          ok = false;
          break;
        }
      if (ok) yield { length: c.keys.length, value: c.value };
    }
  }

  /** The longest phrase starting at `i`, if any. */
  longestAt(seq: readonly string[], i: number): { length: number; value: V } | undefined {
    for (const m of this.matchesAt(seq, i)) return m;
    return undefined;
  }

  has(first: string): boolean {
    return this.byFirst.has(first);
  }

  get size(): number {
    let n = 0;
    for (const l of this.byFirst.values()) n += l.length;
    return n;
  }
}
