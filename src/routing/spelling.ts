/**
 * Spelling correction against the catalog's own vocabulary: a misspelt word ("ledningsgrupen",
 * "kompetensförsörjnig") is read as the catalog word one edit away (two for long words). Candidates come
 * from an index of single deletions (SymSpell), so a lookup costs a few map reads whatever the vocabulary
 * size; each candidate is confirmed with the true edit distance (adjacent transpositions count as one).
 */

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

export class SpellingIndex {
  /** word → how often the catalog uses it. */
  private readonly counts = new Map<string, number>();
  /** deletion → words it comes from. */
  private readonly byDeletion = new Map<string, string[]>();

  constructor(vocabulary: Iterable<[string, number]>) {
    for (const [w, n] of vocabulary) {
      if (w.length < 5 || /\d/.test(w)) continue;
      this.counts.set(w, (this.counts.get(w) ?? 0) + n);
    }
    for (const w of this.counts.keys())
      for (const d of deletes(w)) {
        const list = this.byDeletion.get(d);
        if (!list) this.byDeletion.set(d, [w]);
        else if (list[list.length - 1] !== w) list.push(w);
      }
  }

  get size(): number {
    return this.counts.size;
  }

  /** The catalog word this word most likely misspells, or undefined (exact words are not corrections). */
  correct(w: string): string | undefined {
    const max = maxEdits(w.length);
    if (max === 0 || w.length > MAX_WORD || this.counts.has(w)) return undefined;
    const cands = new Set<string>();
    const add = (list: string[] | undefined) => {
      if (list) for (const c of list) cands.add(c);
    };
    add(this.byDeletion.get(w)); // a letter left out
    for (const d of deletes(w)) {
      if (this.counts.has(d)) cands.add(d); // a letter too many
      add(this.byDeletion.get(d)); // a letter changed, or two swapped
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
