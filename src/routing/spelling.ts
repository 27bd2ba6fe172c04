/**
 * Spelling correction against the catalog's own vocabulary: a misspelt word ("ledningsgrupen",
 * "kompetensförsörjnig") is read as the catalog word one edit away (two for long words). Candidates come
 * from an index of single deletions (SymSpell), so a lookup costs a few bucket reads whatever the vocabulary
 * size; each candidate is confirmed with the true edit distance (adjacent transpositions count as one).
 */
import { pace, runNow, type Steps } from "./slices";

/** Longer "words" are not words (a pasted string); they are not corrected. */
const MAX_WORD = 40;

/** Edits allowed for a word of this length: none below 5 letters (too many real words are that close). */
export function maxEdits(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

function deletes(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** The polynomial hash's base (odd: arithmetic is mod 2^32), and a finaliser that spreads it into the low bits a bucket takes. */
const BASE = 0x01000193;
const mix = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** A hash of a whole word (a deletion looked up). */
export function hashOf(d: string): number {
  let h = 0;
  for (let i = 0; i < d.length; i++) h = (Math.imul(h, BASE) + d.charCodeAt(i)) | 0;
  return mix(h);
}

/**
 * The hashes of `w` without each of its letters, into `out[0 .. w.length)`, each equal to `hashOf` of that deletion: a
 * polynomial hash splits at the deleted letter (the prefix's hash times BASE^(letters after it), plus the suffix's), so
 * a word's deletions cost one pass from each end, not one pass each (1.3 million deletions at 10,000 groups).
 */
export function deletionHashes(w: string, out: Int32Array, suffix: Int32Array): void {
  const n = w.length;
  // suffix[j]: the letters from j on as a polynomial of the whole word's powers (Σ c_k · BASE^(n-1-k), k ≥ j)
  suffix[n] = 0;
  for (let j = n - 1, pow = 1; j >= 0; j--, pow = Math.imul(pow, BASE)) suffix[j] = (suffix[j + 1]! + Math.imul(w.charCodeAt(j), pow)) | 0;
  // prefix: Horner over the letters before i; powAfter: BASE^(n-1-i)
  let prefix = 0;
  let powAfter = 1;
  for (let k = 0; k < n - 1; k++) powAfter = Math.imul(powAfter, BASE);
  const inverse = inverseOdd(BASE);
  for (let i = 0; i < n; i++) {
    out[i] = mix((Math.imul(prefix, powAfter) + suffix[i + 1]!) | 0);
    prefix = (Math.imul(prefix, BASE) + w.charCodeAt(i)) | 0;
    powAfter = Math.imul(powAfter, inverse);
  }
}

/** The inverse of an odd number mod 2^32 (Newton's iteration). */
function inverseOdd(a: number): number {
  let x = a;
  for (let i = 0; i < 5; i++) x = Math.imul(x, (2 - Math.imul(a, x)) | 0);
  return x;
}

/** `w` without its letter at `skip` is `d` (compared in place). */
function isDeletion(w: string, skip: number, d: string): boolean {
  if (w.length !== d.length + 1) return false;
  for (let i = 0, j = 0; i < w.length; i++) {
    if (i === skip) continue;
    if (w.charCodeAt(i) !== d.charCodeAt(j++)) return false;
  }
  return true;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * The words one edit from `w` (a letter left out, one too many, one changed, two swapped) that `isWord` takes, each
 * once: the real words a folded typo may stand for ("fakura" of faktura). Some 60 lookups a letter: asked only of a
 * word nothing else reads.
 */
export function nearWords(w: string, isWord: (w: string) => boolean): string[] {
  if (maxEdits(w.length) === 0 || w.length > MAX_WORD) return [];
  const out = new Set<string>();
  const ask = (c: string) => {
    if (c !== w && isWord(c)) out.add(c);
  };
  for (let i = 0; i < w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i + 1);
    ask(head + tail);
    if (i + 1 < w.length && w[i] !== w[i + 1]) ask(head + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of LETTERS) if (c !== w[i]) ask(head + c + tail);
  }
  for (let i = 0; i <= w.length; i++) for (const c of LETTERS) ask(w.slice(0, i) + c + w.slice(i));
  return [...out];
}

/** Position bits of a (word, position) entry: the words indexed have at most MAX_WORD + 1 letters. */
const POS_BITS = 6;

export interface SpellingState {
  /** The counted words in order, and their counts. */
  readonly words: readonly string[];
  readonly counts: Int32Array;
  readonly start: Int32Array;
  readonly entries: Int32Array;
  readonly mask: number;
}

export class SpellingIndex {
  /** word → how often the catalog uses it. */
  private readonly counts = new Map<string, number>();
  /**
   * deletion → words it comes from, as a hash table laid out by counting: bucket b's entries (word number and
   * deleted position, packed) are `entries[start[b] .. start[b + 1])`, in word order. At 10,000 groups that is
   * 1.3 million deletions: a map of strings to arrays took seconds to build and ~150 MB of heap, this ~13 MB.
   * A bucket also holds other deletions with the same hash; a lookup keeps only the true ones.
   */
  private start!: Int32Array;
  private entries!: Int32Array;
  private mask = 0;
  private readonly words: string[] = [];

  /** Built at once; `SpellingIndex.build` is the same build in steps (slices.ts). */
  constructor(vocabulary: Iterable<[string, number]>, deferred = false) {
    const add = (n: number, w: string) => {
      if (w.length < 5 || /\d/.test(w)) return;
      this.counts.set(w, (this.counts.get(w) ?? 0) + n);
    };
    // a map's forEach makes no [word, count] pair per word (some 130,000 at 10,000 groups)
    if (vocabulary instanceof Map) (vocabulary as Map<string, number>).forEach(add);
    else for (const [w, n] of vocabulary) add(n, w);
    if (!deferred) runNow(this.fill());
  }

  /** The index, built in steps that yield now and then. */
  static *build(vocabulary: Iterable<[string, number]>): Steps<SpellingIndex> {
    const s = new SpellingIndex(vocabulary, true);
    yield* s.fill();
    return s;
  }

  private *fill(): Steps<void> {
    this.listWords();
    let total = 0;
    for (let n = 0; n < this.words.length; n++) total += this.words[n]!.length;
    let size = 1;
    while (size < total) size *= 2;
    this.mask = size - 1;
    const hashes = new Int32Array(total);
    const count = new Int32Array(size + 1);
    const tick = pace(1024);
    let k = 0;
    const one = new Int32Array(MAX_WORD + 2);
    const suffix = new Int32Array(MAX_WORD + 3);
    for (let n = 0; n < this.words.length; n++) {
      const w = this.words[n]!;
      deletionHashes(w, one, suffix);
      for (let i = 0; i < w.length; i++) {
        const b = one[i]! & this.mask;
        hashes[k++] = b;
        count[b + 1]!++;
      }
      if (tick()) yield;
    }
    for (let b = 0; b < size; b++) {
      count[b + 1]! += count[b]!;
      if ((b & 0xffff) === 0xffff) yield;
    }
    this.start = count;
    const cursor = count.slice(0, size);
    this.entries = new Int32Array(total);
    k = 0;
    for (let n = 0; n < this.words.length; n++) {
      const w = this.words[n]!;
      for (let i = 0; i < w.length; i++) this.entries[cursor[hashes[k++]!]!++] = (n << POS_BITS) | i;
      if (tick()) yield;
    }
  }

  /** The words indexed, in the counts' order: a word longer than MAX_WORD + 1 is no candidate for any word that is corrected. */
  private listWords(): void {
    this.counts.forEach((_, w) => {
      if (w.length <= MAX_WORD + 1) this.words.push(w);
    });
  }

  /** What the index is made of, for the persisted router index (router-index.ts). */
  state(): SpellingState {
    return { words: [...this.counts.keys()], counts: Int32Array.from(this.counts.values()), start: this.start, entries: this.entries, mask: this.mask };
  }

  /** The index a `state()` describes, as built. */
  static restore(s: SpellingState): SpellingIndex {
    const index = new SpellingIndex([], true);
    for (let i = 0; i < s.words.length; i++) index.counts.set(s.words[i]!, s.counts[i]!);
    index.listWords();
    index.start = s.start;
    index.entries = s.entries;
    index.mask = s.mask;
    return index;
  }

  get size(): number {
    return this.counts.size;
  }

  /** Words that give `d` when one letter is deleted, in word order, each once. */
  private fromDeletion(d: string, into: Set<string>): void {
    const b = hashOf(d) & this.mask;
    let last = -1;
    for (let k = this.start[b]!; k < this.start[b + 1]!; k++) {
      const e = this.entries[k]!;
      const n = e >>> POS_BITS;
      if (n === last) continue;
      const w = this.words[n]!;
      if (isDeletion(w, e & ((1 << POS_BITS) - 1), d)) {
        into.add(w);
        last = n;
      }
    }
  }

  /** The catalog word this word most likely misspells, or undefined (exact words are not corrections). */
  correct(w: string): string | undefined {
    const max = maxEdits(w.length);
    if (max === 0 || w.length > MAX_WORD || this.counts.has(w)) return undefined;
    const cands = new Set<string>();
    this.fromDeletion(w, cands); // a letter left out
    for (const d of deletes(w)) {
      if (this.counts.has(d)) cands.add(d); // a letter too many
      this.fromDeletion(d, cands); // a letter changed, or two swapped
    }
    let best: { w: string; d: number; n: number } | undefined;
    for (const c of cands) {
      const d = editDistance(w, c, max);
      if (d > max) continue;
      const n = this.counts.get(c) ?? 0;
      if (!best || d < best.d || (d === best.d && n > best.n)) best = { w: c, d, n };
    }
    return best?.w;
  }
}
