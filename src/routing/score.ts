/**
 * Topic scoring: how much of the question a passage covers, each question word weighted by how rare its
 * terms are among the mandates' passages (idf), then the best passage per entry.
 *
 *   coverage(p) = Σ w_i · match_i(p) / Σ w_i
 *   entry(e)    = kindWeight · coverage(best passage of e) + SUPPORT · (words the best passage misses
 *                 that other passages of the same mandate cover) / Σ w_i
 *
 * A concrete group of a kind is governed by the kind's mandate too, so the kind's passages count for it,
 * a little less than for the kind itself (INHERIT): the group wins only with words of its own (its area).
 * The postings loop writes into typed arrays reused between questions; nothing is allocated per passage.
 */
import type { QuestionAnalysis } from "./analyze";
import type { PassageIndex, PassageKind } from "./passages";

export interface ScoreWeights {
  readonly kind: Readonly<Record<PassageKind, number>>;
  readonly support: number;
  readonly inherit: number;
  /** Weight of a word no passage knows, as a share of the rarest possible term's idf. */
  readonly unknown: number;
}

export interface EntryScore {
  readonly entryId: string;
  score: number;
  /** Best passage (index) and its plain coverage. */
  passage: number;
  coverage: number;
  /** The best passage is the kind's (inherited). */
  inherited: boolean;
}

export interface TopicScores {
  /** Entries by score, best first. */
  readonly entries: EntryScore[];
  /** Σ of the topic words' weights. */
  readonly total: number;
  /** Weight per analysis token (0 for tokens left out of the topic). */
  readonly weights: readonly number[];
}

export interface EntryLinks {
  /** Concrete groups of a kind, by kind id. */
  readonly instancesOf: ReadonlyMap<string, readonly string[]>;
}

export class TopicScorer {
  private readonly best: Float32Array;
  private readonly acc: Float32Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;
  private pairP = new Int32Array(1024);
  private pairT = new Uint16Array(1024);
  private pairM = new Float32Array(1024);

  constructor(
    private readonly index: PassageIndex,
    private readonly links: EntryLinks,
    private readonly weights: ScoreWeights,
  ) {
    const n = index.size;
    this.best = new Float32Array(n);
    this.acc = new Float32Array(n);
    this.seen = new Uint8Array(n);
    this.touched = new Int32Array(n);
  }

  /** Token weights: the word's own rarity when passages use it, else its rarest known form; unknown words count too. */
  tokenWeights(a: QuestionAnalysis, skip: ReadonlySet<number>, focus: readonly number[]): number[] {
    const maxIdf = Math.log(1 + (this.index.size + 0.5) / 0.5);
    return a.tokens.map((t, i) => {
      if (skip.has(i)) return 0;
      const own = t.terms.find((x) => x.credit === 1 && this.index.has(x.term) && !x.term.startsWith("~"));
      let w = 0;
      if (own) w = this.index.idf(own.term);
      else for (const x of t.terms) if (this.index.has(x.term)) w = Math.max(w, this.index.idf(x.term) * x.credit);
      if (w === 0) w = maxIdf * this.weights.unknown * (t.real ? 1 : 0.5);
      return w * (focus[i] ?? 1);
    });
  }

  score(a: QuestionAnalysis, skip: ReadonlySet<number>, allowed: (entryId: string) => boolean, focus: readonly number[] = []): TopicScores {
    const weights = this.tokenWeights(a, skip, focus);
    const total = weights.reduce((s, w) => s + w, 0);
    if (total <= 0) return { entries: [], total: 0, weights };
    let nTouched = 0;
    let nPairs = 0;
    a.tokens.forEach((tok, ti) => {
      if (!weights[ti]) return;
      const local: number[] = [];
      for (const { term, credit } of tok.terms) {
        const post = this.index.postings.get(term);
        if (!post) continue;
        for (let k = 0; k < post.ids.length; k++) {
          const p = post.ids[k]!;
          const m = credit * post.strengths[k]!;
          if (m > this.best[p]!) {
            if (this.best[p] === 0) local.push(p);
            this.best[p] = m;
          }
        }
      }
      for (const p of local) {
        const m = this.best[p]!;
        this.best[p] = 0;
        this.acc[p]! += weights[ti]! * m;
        if (!this.seen[p]) {
          this.seen[p] = 1;
          this.touched[nTouched++] = p;
        }
        nPairs = this.pushPair(nPairs, p, ti, m);
      }
    });
    const entries = this.aggregate(nTouched, total, allowed);
    this.addSupport(entries, nPairs, weights, total);
    for (let i = 0; i < nTouched; i++) {
      const p = this.touched[i]!;
      this.acc[p] = 0;
      this.seen[p] = 0;
    }
    entries.sort((x, y) => y.score - x.score);
    return { entries, total, weights };
  }

  private pushPair(n: number, p: number, t: number, m: number): number {
    if (n >= this.pairP.length) {
      const grow = <T extends Int32Array | Uint16Array | Float32Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.pairP = grow(this.pairP, (k) => new Int32Array(k));
      this.pairT = grow(this.pairT, (k) => new Uint16Array(k));
      this.pairM = grow(this.pairM, (k) => new Float32Array(k));
    }
    this.pairP[n] = p;
    this.pairT[n] = t;
    this.pairM[n] = m;
    return n + 1;
  }

  private aggregate(nTouched: number, total: number, allowed: (entryId: string) => boolean): EntryScore[] {
    const byEntry = new Map<string, EntryScore>();
    const offer = (entryId: string, p: number, cov: number, factor: number, inherited: boolean) => {
      if (!allowed(entryId)) return;
      const s = cov * factor;
      const cur = byEntry.get(entryId);
      if (!cur) byEntry.set(entryId, { entryId, score: s, passage: p, coverage: cov, inherited });
      else if (s > cur.score) Object.assign(cur, { score: s, passage: p, coverage: cov, inherited });
    };
    for (let i = 0; i < nTouched; i++) {
      const p = this.touched[i]!;
      const ps = this.index.passages[p]!;
      const cov = this.acc[p]! / total;
      const factor = this.weights.kind[ps.kind];
      offer(ps.entryId, p, cov, factor, false);
      if (ps.kind !== "boundary" && ps.kind !== "name" && ps.kind !== "mention")
        for (const inst of this.links.instancesOf.get(ps.entryId) ?? []) offer(inst, p, cov, factor * this.weights.inherit, true);
    }
    return [...byEntry.values()];
  }

  /** Words the best passage misses, met in other passages of the same entry (its own or its kind's), count a little. */
  private addSupport(entries: EntryScore[], nPairs: number, weights: readonly number[], total: number): void {
    if (!entries.length || this.weights.support <= 0) return;
    const top = [...entries].sort((x, y) => y.score - x.score).slice(0, 12);
    const sets = new Map<string, EntryScore>();
    for (const e of top) if (this.index.passages[e.passage]!.kind !== "boundary") sets.set(e.entryId, e);
    const perEntry = new Map<string, Map<number, number>>();
    for (let k = 0; k < nPairs; k++) {
      const ps = this.index.passages[this.pairP[k]!]!;
      if (ps.kind === "boundary" || ps.kind === "mention") continue;
      const owners = [ps.entryId, ...(this.links.instancesOf.get(ps.entryId) ?? [])];
      for (const owner of owners) {
        const e = sets.get(owner);
        if (!e || this.pairP[k] === e.passage) continue;
        const m = perEntry.get(owner) ?? new Map<number, number>();
        const t = this.pairT[k]!;
        m.set(t, Math.max(m.get(t) ?? 0, this.pairM[k]!));
        perEntry.set(owner, m);
      }
    }
    for (const [id, m] of perEntry) {
      const e = sets.get(id)!;
      const own = new Map<number, number>();
      for (let k = 0; k < nPairs; k++) if (this.pairP[k] === e.passage) own.set(this.pairT[k]!, this.pairM[k]!);
      let add = 0;
      for (const [t, v] of m) add += weights[t]! * Math.max(0, v - (own.get(t) ?? 0));
      e.score += (this.weights.support * add) / total;
    }
  }
}
