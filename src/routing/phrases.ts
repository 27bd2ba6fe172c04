/**
 * Phrase tables: sequences of keys (or words) mapped to a value, matched longest first at a position.
 * Lookup starts from the first key of a phrase, so a match costs a map lookup per position.
 */
/** A phrase found at a position: how many words it takes, and its value (one object per phrase, shared by every match). */
export interface PhraseMatch<V> {
  readonly length: number;
  readonly value: V;
}

interface Phrase<V> {
  readonly keys: readonly string[];
  readonly match: PhraseMatch<V>;
}

const NO_MATCHES: readonly never[] = [];

/** The phrase's keys stand in `seq` from `i` on (`seq` read up to `end`). */
function standsAt(keys: readonly string[], seq: readonly string[], i: number, end: number): boolean {
  if (i + keys.length > end) return false;
  for (let j = 1; j < keys.length; j++) if (seq[i + j] !== keys[j]) return false;
  return true;
}

/**
 * The lookups run for every word of every question (concepts, relations, organisations: a fifth of a question's CPU
 * went to them), so a lookup makes nothing when no phrase starts at the position, and a match is the phrase's own
 * object, not a new one.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Phrase<V>[]>();

  add(keys: readonly string[], value: V): void {
    if (!keys.length) return;
    const list = this.byFirst.get(keys[0]!) ?? [];
    list.push({ keys, match: { length: keys.length, value } });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, list);
  }

  /**
   * Every phrase starting at `i` (longest first). `end`: where the sequence ends, when `seq` is a buffer longer than it
   * (the index build reuses one array for every text's keys: an array emptied per text was grown again for each).
   */
  matchesAt(seq: readonly string[], i: number, end = seq.length): readonly PhraseMatch<V>[] {
    const cands = this.byFirst.get(seq[i]!);
    if (!cands) return NO_MATCHES;
    let out: PhraseMatch<V>[] | undefined;
    for (const c of cands) if (standsAt(c.keys, seq, i, end)) (out ??= []).push(c.match);
    return out ?? NO_MATCHES;
  }

  /**
   * `matchesAt` written into `out` from its start, returning how many: the index build asks at about a million words
   * of 10,000 groups' texts, and an array per position with a match was garbage the GC had to sweep.
   */
  matchesInto(seq: readonly string[], i: number, end: number, out: PhraseMatch<V>[]): number {
    const cands = this.byFirst.get(seq[i]!);
    if (!cands) return 0;
    let n = 0;
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k]!;
      if (standsAt(c.keys, seq, i, end)) out[n++] = c.match;
    }
    return n;
  }

  /** The longest phrase starting at `i`, if any. */
  longestAt(seq: readonly string[], i: number): PhraseMatch<V> | undefined {
    const cands = this.byFirst.get(seq[i]!);
    if (!cands) return undefined;
    for (const c of cands) if (standsAt(c.keys, seq, i, seq.length)) return c.match;
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
