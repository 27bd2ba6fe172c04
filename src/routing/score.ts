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
 * Everything runs on passage and entry indexes in typed arrays reused between questions: nothing is
 * allocated per passage or per entry, and only the best entries become objects.
 */
import { HEAD_CREDIT, PART_CREDIT, type QuestionAnalysis } from "./analyze";
import { packedMap } from "./packed";
import { PASSAGE_KINDS, type PassageIndex, type PassageKind } from "./passages";

export interface ScoreWeights {
  readonly kind: Readonly<Record<PassageKind, number>>;
  readonly support: number;
  readonly inherit: number;
  /** Weight of a word no passage knows, as a share of the rarest possible term's idf. */
  readonly unknown: number;
  /** Letters from which an unknown word counts as a compound, and the factor its weight gets (capped at the rarest idf). */
  readonly longWord: number;
  readonly longUnknown: number;
  /**
   * How much a term's weight depends on how many mandates use it (0: not at all; 1: a term every mandate uses weighs
   * nothing). Words every mandate has (kommun, region, samverkan, plan, beslut, verksamhet) say where and how, not
   * which mandate: evidence for an owner must come from a mandate's own topics.
   */
  readonly generic: number;
}

export interface EntryScore {
  readonly entryId: string;
  score: number;
  /** Best passage (index) and its plain coverage. */
  passage: number;
  coverage: number;
  /** The best passage is the kind's (inherited). */
  inherited: boolean;
  /**
   * How much of the best passage's coverage stands on words specific to some mandates: its coverage with each word
   * weighted by its specificity too, over its plain coverage (1 when it covers the whole question). The score times
   * this is the evidence that a mandate covers the question at all; it does not change the ranking.
   */
  specific: number;
}

export interface TopicScores {
  /** The best entries by score (at most TOP, plus any asked to be kept), best first. */
  readonly entries: EntryScore[];
  /** Σ of the topic words' weights. */
  readonly total: number;
  /** Weight per analysis token (0 for tokens left out of the topic). */
  readonly weights: readonly number[];
}

/** Evidence that a mandate covers the question at all: the score, less what stands on words every mandate uses. */
export const evidenceOf = (e: { score: number; specific?: number }): number => e.score * (e.specific ?? 1);

/** Passages a concrete group does not take over from its kind: boundaries, names and mentions speak for one body. */
const NOT_INHERITED = new Set(packedMap(["boundary", "name", "mention"], (k) => PASSAGE_KINDS.indexOf(k as PassageKind)));
const BOUNDARY = PASSAGE_KINDS.indexOf("boundary");
const MENTION = PASSAGE_KINDS.indexOf("mention");

/** A clause with every part of a compound says it in other words: less than the word itself. */
const PARTS_CAP = HEAD_CREDIT + PART_CREDIT;

/** How many entries come out of a scoring (the decision steps look at a handful). */
const TOP = 48;
/** Entries that get the support credit (computing it is the costly part). */
const SUPPORTED = 12;

export class TopicScorer {
  private readonly nEntries: number;
  private readonly kindFactor: Float64Array;
  /** Concrete groups of a kind, by the kind's entry index. */
  private readonly instances: (Int32Array | undefined)[];
  private readonly best: Float32Array;
  /** A compound part's best match per passage, the parts' sum, and "met by this token" (scratch, zero between tokens). */
  private readonly partBest: Float32Array;
  private readonly partSum: Float32Array;
  private readonly inLocal: Uint8Array;
  private readonly acc: Float32Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;
  private readonly entBest: Float64Array;
  private readonly entPassage: Int32Array;
  private readonly entInherited: Uint8Array;
  private readonly entSeen: Uint8Array;
  private readonly entTouched: Int32Array;
  private pairP = new Int32Array(1024);
  private pairT = new Uint16Array(1024);
  private pairM = new Float32Array(1024);
  /** addSpecificity's sums by passage, addSupport's slot of an entry (-1: none) and its rows (scratch, reused). */
  private readonly covered: Float64Array;
  private readonly entSlot: Int32Array;
  private supportOwn = new Float64Array(0);
  private supportOther = new Float64Array(0);
  /** Number of mandates (documents) and each term's share of them, as a factor on its weight (filled lazily). */
  private readonly nDocuments: number;
  private readonly specificityCache = new Map<string, number>();
  private readonly docSeen: Int32Array;

  /** `documentOf`: the mandate (document number, -1 for none) of each entry index, for the terms' specificity. */
  constructor(
    private readonly index: PassageIndex,
    instancesOf: ReadonlyMap<string, readonly string[]>,
    private readonly weights: ScoreWeights,
    private readonly documentOf: Int32Array = new Int32Array(index.entryIds.length).fill(-1),
  ) {
    const n = index.size;
    this.nDocuments = documentOf.reduce((m, d) => Math.max(m, d + 1), 0);
    this.docSeen = new Int32Array(this.nDocuments).fill(-1);
    this.nEntries = index.entryIds.length;
    this.kindFactor = Float64Array.from(packedMap(PASSAGE_KINDS, (k) => weights.kind[k]));
    this.instances = packedMap(index.entryIds, (id) => {
      const list = instancesOf.get(id);
      return list?.length ? Int32Array.from(packedMap(list, (i) => index.entryIndex.get(i)!)) : undefined;
    });
    this.best = new Float32Array(n);
    this.partBest = new Float32Array(n);
    this.partSum = new Float32Array(n);
    this.inLocal = new Uint8Array(n);
    this.acc = new Float32Array(n);
    this.seen = new Uint8Array(n);
    this.touched = new Int32Array(n);
    this.entBest = new Float64Array(this.nEntries);
    this.entPassage = new Int32Array(this.nEntries);
    this.entInherited = new Uint8Array(this.nEntries);
    this.entSeen = new Uint8Array(this.nEntries);
    this.entTouched = new Int32Array(this.nEntries);
    this.covered = new Float64Array(n);
    this.entSlot = new Int32Array(this.nEntries).fill(-1);
  }

  /**
   * Token weights: the word's own rarity when passages use it, else its rarest known form; unknown words count too.
   * A word the passages know only through a part of it ("kultur|stöd") weighs at least as much as an unknown word:
   * the rest of it is unexplained. A long unknown word is a compound, the most specific kind of Swedish content word
   * ("förskoleplatser", "parkeringstillstånd"): its weight is the rarest a term can have, so a question about it is
   * not answered with a mandate that only shares its generic words.
   */
  tokenWeights(a: QuestionAnalysis, skip: ReadonlySet<number>, focus: readonly number[], specific = false): number[] {
    const maxIdf = Math.log(1 + (this.index.size + 0.5) / 0.5);
    const idf = specific ? (term: string) => this.index.idf(term) * this.specificity(term) : (term: string) => this.index.idf(term);
    return packedMap(a.tokens, (t, i) => {
      if (skip.has(i)) return 0;
      const unknown = maxIdf * this.weights.unknown * (t.real ? 1 : 0.5);
      const own = t.terms.find((x) => x.credit === 1 && this.index.has(x.term));
      let w = 0;
      if (own && !own.term.startsWith("~")) w = idf(own.term);
      else if (own) w = Math.max(...packedMap(t.terms.filter((x) => x.credit === 1 && this.index.has(x.term)), (x) => idf(x.term)));
      else {
        for (const x of t.terms) if (this.index.has(x.term)) w = Math.max(w, idf(x.term) * x.credit);
        const long = t.word.length >= this.weights.longWord;
        w = w > 0 ? Math.max(w, unknown) : long ? Math.min(maxIdf, unknown * this.weights.longUnknown) : unknown;
      }
      return w * (focus[i] ?? 1);
    });
  }

  /**
   * 1 for a term one mandate uses, falling (by the share of mandates that use it, on a log scale) towards 1 - generic
   * for a term every mandate uses. Computed once per term from its postings.
   */
  specificity(term: string): number {
    let v = this.specificityCache.get(term);
    if (v !== undefined) return v;
    const t = this.index.termId(term);
    const { listStart, listFrom, ids } = this.index.postings;
    let df = 0;
    const stamp = this.specificityCache.size;
    if (t >= 0)
      for (let k = listFrom[listStart[t]!]!; k < listFrom[listStart[t + 1]!]!; k++) {
        const d = this.documentOf[this.index.sourceOf(ids[k]!)]!;
        if (d >= 0 && this.docSeen[d] !== stamp) {
          this.docSeen[d] = stamp;
          df++;
        }
      }
    const n = this.nDocuments;
    const spec = n <= 1 || df <= 1 ? 1 : Math.log(n / df) / Math.log(n);
    v = 1 - this.weights.generic * (1 - spec);
    this.specificityCache.set(term, v);
    return v;
  }

  /** `allowed`: a mask over entry indexes (the organisation's entries), or null for all; `keep`: entries always reported. */
  score(a: QuestionAnalysis, skip: ReadonlySet<number>, allowed: Uint8Array | null, focus: readonly number[] = [], keep: readonly string[] = []): TopicScores {
    const weights = this.tokenWeights(a, skip, focus);
    const total = weights.reduce((s, w) => s + w, 0);
    if (total <= 0) return { entries: [], total: 0, weights };
    const { nTouched, nPairs } = this.accumulate(a, weights, allowed ? this.orgsOf(allowed) : null);
    const nEnt = this.aggregate(nTouched, total, allowed);
    const entries = this.select(nEnt, keep);
    this.addSpecificity(entries, nPairs, this.tokenWeights(a, skip, focus, true));
    this.addSupport(entries, nPairs, weights, total);
    for (let i = 0; i < nTouched; i++) {
      const p = this.touched[i]!;
      this.acc[p] = 0;
      this.seen[p] = 0;
    }
    for (let i = 0; i < nEnt; i++) this.entSeen[this.entTouched[i]!] = 0;
    entries.sort((x, y) => y.score - x.score);
    return { entries, total, weights };
  }

  private readonly orgMasks = new WeakMap<Uint8Array, Uint8Array>();

  /** The organisations that have an allowed entry: only their postings lists are read. */
  private orgsOf(allowed: Uint8Array): Uint8Array {
    let m = this.orgMasks.get(allowed);
    if (!m) {
      m = new Uint8Array(this.index.orgIds.length);
      for (let e = 0; e < allowed.length; e++) if (allowed[e]) m[this.index.orgOfEntry(e)] = 1;
      this.orgMasks.set(allowed, m);
    }
    return m;
  }

  /** Passages one token met, in the order met (reused: a common word meets most passages of 10,000 groups). */
  private local = new Int32Array(1024);
  /** Passages one part of a compound met. */
  private group = new Int32Array(1024);

  /** The postings loop: weighted matches summed per passage, and (passage, token, match) pairs for the support credit. */
  private accumulate(a: QuestionAnalysis, weights: readonly number[], orgs: Uint8Array | null): { nTouched: number; nPairs: number } {
    let nTouched = 0;
    let nPairs = 0;
    for (let ti = 0; ti < a.tokens.length; ti++) {
      const w = weights[ti]!;
      if (!w) continue;
      const terms = a.tokens[ti]!.terms;
      // most words are no compound: their loop stays as lean as it was (10,000 groups are scored on it)
      const compound = terms.some((x) => x.part !== undefined);
      const nLocal = compound ? this.matchCompound(terms, orgs) : this.matchWord(terms, orgs);
      for (let i = 0; i < nLocal; i++) {
        const p = this.local[i]!;
        let m = this.best[p]!;
        this.best[p] = 0;
        if (compound) {
          m = Math.max(m, Math.min(PARTS_CAP, this.partSum[p]!));
          this.partSum[p] = 0;
          this.inLocal[p] = 0;
        }
        this.acc[p]! += w * m;
        if (!this.seen[p]) {
          this.seen[p] = 1;
          this.touched[nTouched++] = p;
        }
        nPairs = this.pushPair(nPairs, p, ti, m);
      }
    }
    return { nTouched, nPairs };
  }

  /** A plain word's best match per passage (its key, its correction, its concepts), into `best`; passages met in `local`. */
  private matchWord(terms: QuestionAnalysis["tokens"][number]["terms"], orgs: Uint8Array | null): number {
    let nLocal = 0;
    const { listStart, listOrg, listFrom, ids, strengths } = this.index.postings;
    const best = this.best;
    for (const { term, credit } of terms) {
      const t = this.index.termId(term);
      if (t < 0) continue;
      for (let l = listStart[t]!; l < listStart[t + 1]!; l++) {
        if (orgs && !orgs[listOrg[l]!]) continue;
        for (let k = listFrom[l]!; k < listFrom[l + 1]!; k++) {
          const p = ids[k]!;
          const m = credit * strengths[k]!;
          if (m > best[p]!) {
            if (best[p] === 0) {
              if (nLocal === this.local.length) this.local = grown(this.local, (n) => new Int32Array(n));
              this.local[nLocal++] = p;
            }
            best[p] = m;
          }
        }
      }
    }
    return nLocal;
  }

  /**
   * A compound's matches per passage, into `best` (the word itself, its correction, its concepts: the best of them) and
   * `partSum` (a compound's parts: each part's best, summed). Swedish puts what a compound is last and restricts it by
   * what comes first: "kommun|samverkan" is samverkan with the municipalities, so a clause that has both parts says
   * more of it than one with only the head (or only the modifier). Returns how many passages it met (in `local`).
   */
  private matchCompound(terms: QuestionAnalysis["tokens"][number]["terms"], orgs: Uint8Array | null): number {
    let nLocal = 0;
    const { listStart, listOrg, listFrom, ids, strengths } = this.index.postings;
    let lastPart = -1;
    for (const x of terms) if (x.part !== undefined && x.part > lastPart) lastPart = x.part;
    for (let g = -1; g <= lastPart; g++) {
      const into = g < 0 ? this.best : this.partBest;
      let nGroup = 0;
      for (const { term, credit, part } of terms) {
        if ((part ?? -1) !== g) continue;
        const t = this.index.termId(term);
        if (t < 0) continue;
        for (let l = listStart[t]!; l < listStart[t + 1]!; l++) {
          if (orgs && !orgs[listOrg[l]!]) continue;
          for (let k = listFrom[l]!; k < listFrom[l + 1]!; k++) {
            const p = ids[k]!;
            const m = credit * strengths[k]!;
            if (m <= into[p]!) continue;
            if (into[p] === 0) {
              if (!this.inLocal[p]) {
                if (nLocal === this.local.length) this.local = grown(this.local, (n) => new Int32Array(n));
                this.local[nLocal++] = p;
                this.inLocal[p] = 1;
              }
              if (g >= 0) {
                if (nGroup === this.group.length) this.group = grown(this.group, (n) => new Int32Array(n));
                this.group[nGroup++] = p;
              }
            }
            into[p] = m;
          }
        }
      }
      for (let i = 0; i < nGroup; i++) {
        const p = this.group[i]!;
        this.partSum[p]! += this.partBest[p]!;
        this.partBest[p] = 0;
      }
    }
    return nLocal;
  }

  private pushPair(n: number, p: number, t: number, m: number): number {
    if (n >= this.pairP.length) {
      this.pairP = grown(this.pairP, (k) => new Int32Array(k));
      this.pairT = grown(this.pairT, (k) => new Uint16Array(k));
      this.pairM = grown(this.pairM, (k) => new Float32Array(k));
    }
    this.pairP[n] = p;
    this.pairT[n] = t;
    this.pairM[n] = m;
    return n + 1;
  }

  /** Best passage per entry (and per concrete group of a kind, through the kind's passages). Returns how many entries. */
  private aggregate(nTouched: number, total: number, allowed: Uint8Array | null): number {
    let nEnt = 0;
    const offer = (e: number, p: number, s: number, inherited: boolean) => {
      if (allowed && !allowed[e]) return;
      if (!this.entSeen[e]) {
        this.entSeen[e] = 1;
        this.entTouched[nEnt++] = e;
        this.entBest[e] = s;
        this.entPassage[e] = p;
        this.entInherited[e] = inherited ? 1 : 0;
      } else if (s > this.entBest[e]!) {
        this.entBest[e] = s;
        this.entPassage[e] = p;
        this.entInherited[e] = inherited ? 1 : 0;
      }
    };
    for (let i = 0; i < nTouched; i++) {
      const p = this.touched[i]!;
      const kind = this.index.kindIndexOf(p);
      const s = (this.acc[p]! / total) * this.kindFactor[kind]!;
      const e = this.index.entryOf(p);
      offer(e, p, s, false);
      const inst = NOT_INHERITED.has(kind) ? undefined : this.instances[e];
      if (inst) for (const g of inst) offer(g, p, s * this.weights.inherit, true);
    }
    return nEnt;
  }

  /** The TOP best entries (and those asked for) as objects. */
  private select(nEnt: number, keep: readonly string[]): EntryScore[] {
    const idx = Array.from(this.entTouched.subarray(0, nEnt));
    if (idx.length > TOP) {
      idx.sort((x, y) => this.entBest[y]! - this.entBest[x]!);
      const kept = new Set(packedMap(keep, (id) => this.index.entryIndex.get(id)).filter((x): x is number => x !== undefined && this.entSeen[x] === 1));
      const top = idx.slice(0, TOP);
      for (const k of kept) if (!top.includes(k)) top.push(k);
      idx.length = 0;
      idx.push(...top);
    }
    return packedMap(idx, (e) => {
      const p = this.entPassage[e]!;
      const kindFactor = this.kindFactor[PASSAGE_KINDS.indexOf(this.index.kindOf(p))]! * (this.entInherited[e] ? this.weights.inherit : 1);
      return { entryId: this.index.entryIds[e]!, score: this.entBest[e]!, passage: p, coverage: this.entBest[e]! / kindFactor, inherited: this.entInherited[e] === 1, specific: 1 };
    });
  }

  /** Each entry's best passage's coverage with specificity-weighted words, over its plain coverage. */
  private addSpecificity(entries: EntryScore[], nPairs: number, specificWeights: readonly number[]): void {
    const total = specificWeights.reduce((s, w) => s + w, 0);
    if (!entries.length || this.weights.generic <= 0 || total <= 0) return;
    // the best passages' sums, by passage (marked in `best`, which is all zero between questions), summed in pair order
    const covered = this.covered;
    for (const e of entries) {
      this.best[e.passage] = 1;
      covered[e.passage] = 0;
    }
    for (let k = 0; k < nPairs; k++) {
      const p = this.pairP[k]!;
      if (this.best[p]) covered[p] = covered[p]! + specificWeights[this.pairT[k]!]! * this.pairM[k]!;
    }
    for (const e of entries) this.best[e.passage] = 0;
    for (const e of entries) if (e.coverage > 0) e.specific = covered[e.passage]! / total / e.coverage;
  }

  /**
   * Words the best passage misses, met in other passages of the same entry (its own or its kind's), count a little.
   * Per supported entry and token: the best match in its best passage and in its other passages (scratch rows by the
   * entry's slot, no map per pair); the sum runs over tokens in ascending order, the order pairs come in.
   */
  private addSupport(entries: EntryScore[], nPairs: number, weights: readonly number[], total: number): void {
    if (!entries.length || this.weights.support <= 0) return;
    const top = [...entries].sort((x, y) => y.score - x.score).slice(0, SUPPORTED);
    const nTokens = weights.length;
    const slots: EntryScore[] = [];
    for (const e of top) {
      if (this.index.kindIndexOf(e.passage) === BOUNDARY) continue;
      const ei = this.index.entryIndex.get(e.entryId)!;
      if (this.entSlot[ei]! >= 0) slots[this.entSlot[ei]!] = e; // the same entry twice: the later one, as a map would keep it
      else {
        this.entSlot[ei] = slots.length;
        slots.push(e);
      }
    }
    if (this.supportOwn.length < slots.length * nTokens) {
      this.supportOwn = new Float64Array(slots.length * nTokens * 2);
      this.supportOther = new Float64Array(slots.length * nTokens * 2);
    }
    const own = this.supportOwn;
    const other = this.supportOther;
    own.fill(0, 0, slots.length * nTokens);
    other.fill(0, 0, slots.length * nTokens);
    const hasOther = new Uint8Array(slots.length);
    const credit = (slot: number, p: number, k: number) => {
      const at = slot * nTokens + this.pairT[k]!;
      const m = this.pairM[k]!;
      if (p === slots[slot]!.passage) own[at] = Math.max(own[at]!, m);
      else {
        other[at] = Math.max(other[at]!, m);
        hasOther[slot] = 1;
      }
    };
    for (let k = 0; k < nPairs; k++) {
      const p = this.pairP[k]!;
      const kind = this.index.kindIndexOf(p);
      if (kind === BOUNDARY || kind === MENTION) continue;
      const e = this.index.entryOf(p);
      if (this.entSlot[e]! >= 0) credit(this.entSlot[e]!, p, k);
      const inst = this.instances[e];
      if (inst) for (let i = 0; i < inst.length; i++) if (this.entSlot[inst[i]!]! >= 0) credit(this.entSlot[inst[i]!]!, p, k);
    }
    for (const e of slots) this.entSlot[this.index.entryIndex.get(e.entryId)!] = -1;
    slots.forEach((entry, slot) => {
      if (!hasOther[slot]) return;
      let add = 0;
      for (let t = 0; t < nTokens; t++) {
        const v = other[slot * nTokens + t]!;
        if (v > 0) add += weights[t]! * Math.max(0, v - own[slot * nTokens + t]!);
      }
      entry.score += (this.weights.support * add) / total;
    });
  }
}

/** A typed array twice as long, with `a`'s contents. */
function grown<T extends Int32Array | Uint16Array | Float32Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}
