/**
 * The matching terms of mandate texts: keys (strength 1), concepts (1), parts of compounds (less).
 *
 * `passageTerms` reads one text; `TermTable` reads all of a catalog's for the index build, numbering terms as
 * they come. At 10,000 groups nearly every clause text is its own, so the table does per distinct word what
 * does not depend on the sentence (key, parts, their concepts), keeps a text's terms in arrays stamped per text
 * rather than a map per text, and gives the same terms, strengths and order as `passageTerms`.
 */
import type { CompiledLexicon } from "./compiled-lexicon";
import type { PhraseMatch } from "./phrases";
import { HEAD_CREDIT, PART_CREDIT } from "./analyze";
import { words } from "./normalize";
import type { TextWords } from "./text-words";
import type { Vocabulary, WordInfo } from "./vocabulary";
import { packedMap } from "./packed";

const isContent = (w: string, lex: CompiledLexicon) => w.length >= 2 && !lex.stopSv.has(w) && !/^\d+$/.test(w);

/** Terms of a mandate text with their strengths, in the order first met. */
export function passageTerms(text: string, lex: CompiledLexicon, vocab: Vocabulary): Map<string, number> {
  const terms = new Map<string, number>();
  const put = (t: string, s: number) => {
    if ((terms.get(t) ?? 0) < s) terms.set(t, s);
  };
  const content = words(text).filter((w) => isContent(w, lex));
  const infos = packedMap(content, (w) => vocab.passageWord(w));
  const seq = packedMap(infos, (i) => i.key);
  infos.forEach((info, i) => {
    for (const [t, s] of ownTerms(info, lex)) put(t, s);
    for (const m of lex.concepts.matchesAt(seq, i)) for (const c of m.value) put(c, 1);
  });
  return terms;
}

/** The terms one word gives whatever its sentence: its key, its parts and the concepts of a part. */
function ownTerms(info: { key: string; parts: readonly string[] }, lex: CompiledLexicon): [string, number][] {
  const out: [string, number][] = [[info.key, 1]];
  info.parts.forEach((p, k) => {
    const s = k === info.parts.length - 1 ? HEAD_CREDIT : PART_CREDIT;
    out.push([p, s]);
    for (const m of lex.concepts.matchesAt([p], 0)) if (m.length === 1) for (const c of m.value) out.push([c, s]);
  });
  return out;
}

/**
 * Terms of all analysed texts in three flat arrays (text t's are `terms[start[t] .. start[t + 1])`, with their
 * strengths): a pair of typed arrays per text was 430,000 small allocations at 10,000 groups.
 */
export interface TermLists {
  readonly start: Int32Array;
  readonly terms: Int32Array;
  readonly strengths: Float32Array;
  /** Term name → number (the names' index): the index keeps it (filling a map of its own was some 112,000 sets). */
  readonly ids: Map<string, number>;
}

export class TermTable {
  /** Term names by number. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  /**
   * A text by its number in `textWords` → 1 + its number here (0: not read yet): the text words number every text
   * anyway, and a second map of some 200,000 texts by string was a lookup per passage and a large table to trace.
   */
  private byText = new Int32Array(1024);
  /**
   * A word by its number in `textWords` → 1 + its index in the word columns below, -1 when it is no content word, 0 not
   * read yet (a typed array: an array of objects indexed by numbers met out of order became a dictionary, one hash
   * lookup a word).
   */
  private byNumber = new Int32Array(1 << 16);
  /**
   * The content words read, as columns (an object each was 128,000 objects at 10,000 groups for the GC to copy): the
   * vocabulary's reading (its own object, kept in its cache), whether some concept phrase begins with the key (only
   * then is the text's key sequence read at this word), and where its own terms' numbers and strengths start in the
   * flat word rows (-1: not numbered yet; they are numbered when the word is first read in a text, so terms are
   * numbered in the order met) and how many.
   */
  private readonly wordInfo: WordInfo[] = [];
  private wordConceptFirst = new Uint8Array(1 << 16);
  private wordAt = new Int32Array(1 << 16);
  private wordN = new Int32Array(1 << 16);
  // one text's terms: the strongest strength per term, stamped with the text's number
  private stamp = new Int32Array(1024).fill(-1);
  private best = new Float64Array(1024);
  private nTexts = 0;
  private start = new Int32Array(1024);
  private terms = new Int32Array(1 << 16);
  private strengths = new Float32Array(1 << 16);
  private nTerms = 0;
  /**
   * The own terms (ownTerms) of every word read, numbered, in one flat row (a word's are `at .. at + n`): two arrays and
   * a typed array per word were some 400,000 allocations at 10,000 groups.
   */
  private wordIds = new Int32Array(1 << 16);
  private wordStrengths = new Float64Array(1 << 16);
  private nWordTerms = 0;
  // one text's words (indexes into the word columns) and keys, reused
  private ws = new Int32Array(1024);
  private readonly seq: string[] = [];
  /** The concept phrases that begin at one word of a text, or are one part of a word, reused (and the part's sequence). */
  private readonly matches: PhraseMatch<readonly string[]>[] = [];
  private readonly one: string[] = [""];
  /** Term numbers of the concepts of each concept phrase met (a match is the phrase's own object: phrases.ts). */
  private readonly conceptIds = new Map<PhraseMatch<readonly string[]>, Int32Array>();

  constructor(
    private readonly lex: CompiledLexicon,
    private readonly vocab: Vocabulary,
    private readonly textWords: TextWords,
  ) {
    // a text's terms are about as many as its words, and the texts are nearly all split already (the vocabulary's
    // count): room for that many at once, where doubling from 65,536 copied and dropped some 30 MB at 10,000 groups
    const room = Math.ceil(1.25 * textWords.wordCount);
    if (room > this.terms.length) {
      this.terms = new Int32Array(room);
      this.strengths = new Float32Array(room);
    }
  }

  /** The number of a text's terms (each distinct text analysed once). */
  of(text: string): number {
    return this.ofNumber(this.textWords.text(text));
  }

  /** `of` for the text numbered `n` in the table's `textWords`. */
  ofNumber(n: number): number {
    if (n >= this.byText.length) this.byText = grow(this.byText, n + 1);
    let t = this.byText[n]! - 1;
    if (t < 0) {
      t = this.nTexts++;
      this.analyse(n, t);
      this.byText[n] = t + 1;
    }
    return t;
  }

  /** Whether text t has any term. */
  hasTerms(t: number): boolean {
    return this.start[t + 1]! > this.start[t]!;
  }

  /** The analysis is done: the word and text tables are of no more use; the names, their numbers and the term lists stay. */
  done(): TermLists {
    this.byText = new Int32Array(0);
    this.wordIds = new Int32Array(0);
    this.wordStrengths = new Float64Array(0);
    this.byNumber = new Int32Array(0);
    this.wordInfo.length = 0;
    this.wordConceptFirst = new Uint8Array(0);
    this.wordAt = new Int32Array(0);
    this.wordN = new Int32Array(0);
    this.ws = new Int32Array(0);
    this.seq.length = 0;
    this.matches.length = 0;
    this.conceptIds.clear();
    return { start: this.start.subarray(0, this.nTexts + 1), terms: this.terms.subarray(0, this.nTerms), strengths: this.strengths.subarray(0, this.nTerms), ids: this.ids };
  }

  /** Reads the text numbered `t` in `textWords` as the table's text `stamp`. */
  private analyse(t: number, stamp: number): void {
    // one text's words and keys in buffers kept from text to text (emptied, an array was grown again for each text:
    // a tenth of the build's garbage at 10,000 groups); `nWs` of them are this text's
    const seq = this.seq;
    let nWs = 0;
    // words(text), by number (split and folded once for the build), each word's terms read once per table
    const tw = this.textWords;
    for (let k = tw.from(t), end = tw.to(t); k < end; k++) {
      const n = tw.at(k);
      if (n >= this.byNumber.length) this.byNumber = grow(this.byNumber, n + 1);
      let at = this.byNumber[n]!;
      if (at === 0) {
        const w = tw.words[n]!;
        at = isContent(w, this.lex) ? this.wordTerms(w) + 1 : -1;
        this.byNumber[n] = at;
      }
      if (at > 0) {
        if (nWs === this.ws.length) this.ws = grow(this.ws, nWs + 1);
        this.ws[nWs] = at - 1;
        seq[nWs++] = this.wordInfo[at - 1]!.key;
      }
    }
    const from = this.nTerms;
    for (let i = 0; i < nWs; i++) {
      const w = this.ws[i]!;
      if (this.wordAt[w]! < 0) this.number(w);
      // put(), written out: a strength passed to a call that is not inlined is a heap number (some 5 million)
      const ids = this.wordIds;
      const strengths = this.wordStrengths;
      const marks = this.stamp;
      const best = this.best;
      for (let k = this.wordAt[w]!, end = k + this.wordN[w]!; k < end; k++) {
        const id = ids[k]!;
        const s = strengths[k]!;
        if (marks[id] !== stamp) {
          if (!(s > 0)) continue;
          marks[id] = stamp;
          best[id] = s;
          if (this.nTerms === this.terms.length) {
            this.terms = grow(this.terms, this.nTerms + 1);
            this.strengths = grow(this.strengths, this.nTerms + 1);
          }
          this.terms[this.nTerms++] = id;
        } else if (best[id]! < s) best[id] = s;
      }
      if (this.wordConceptFirst[w]) {
        const ms = this.matches;
        const nMs = this.lex.concepts.matchesInto(seq, i, nWs, ms);
        for (let j = 0; j < nMs; j++) {
          const cs = this.conceptIdsOf(ms[j]!);
          for (let c = 0; c < cs.length; c++) this.put(cs[c]!, 1, stamp);
        }
      }
    }
    for (let k = from; k < this.nTerms; k++) this.strengths[k] = this.best[this.terms[k]!]!;
    if (this.start.length < stamp + 2) this.start = grow(this.start, stamp + 2);
    this.start[stamp + 1] = this.nTerms;
  }

  /**
   * The term numbers of a concept phrase's concepts, numbered when the phrase is first met (in the order its concepts
   * come, as `id` would number them there): each later match reads them here, not by name from the term map.
   */
  private conceptIdsOf(m: PhraseMatch<readonly string[]>): Int32Array {
    let ids = this.conceptIds.get(m);
    if (!ids) {
      ids = new Int32Array(m.value.length);
      for (let c = 0; c < m.value.length; c++) ids[c] = this.id(m.value[c]!);
      this.conceptIds.set(m, ids);
    }
    return ids;
  }

  /** The strongest strength of term `id` in the text stamped `stamp`, the term recorded when first met. */
  private put(id: number, s: number, stamp: number): void {
    if (this.stamp[id] !== stamp) {
      if (!(s > 0)) return;
      this.stamp[id] = stamp;
      this.best[id] = s;
      if (this.nTerms === this.terms.length) {
        this.terms = grow(this.terms, this.nTerms + 1);
        this.strengths = grow(this.strengths, this.nTerms + 1);
      }
      this.terms[this.nTerms++] = id;
    } else if (this.best[id]! < s) this.best[id] = s;
  }

  /** A content word read the first time: its index in the word columns. */
  private wordTerms(w: string): number {
    const info = this.vocab.passageWord(w);
    const i = this.wordInfo.push(info) - 1;
    if (i === this.wordAt.length) {
      this.wordConceptFirst = grow(this.wordConceptFirst, i + 1);
      this.wordAt = grow(this.wordAt, i + 1);
      this.wordN = grow(this.wordN, i + 1);
    }
    this.wordConceptFirst[i] = this.lex.concepts.has(info.key) ? 1 : 0;
    this.wordAt[i] = -1;
    return i;
  }

  /** A word's own terms (ownTerms, in its order) numbered into the flat word rows, when the word is first read in a text. */
  private number(w: number): void {
    const at = this.nWordTerms;
    this.wordAt[w] = at;
    const info = this.wordInfo[w]!;
    this.wordTerm(this.id(info.key), 1);
    const parts = info.parts;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      const s = k === parts.length - 1 ? HEAD_CREDIT : PART_CREDIT;
      this.wordTerm(this.id(p), s);
      this.one[0] = p;
      const ms = this.matches;
      const nMs = this.lex.concepts.matchesInto(this.one, 0, 1, ms);
      for (let i = 0; i < nMs; i++) {
        const m = ms[i]!;
        if (m.length === 1) for (const c of m.value) this.wordTerm(this.id(c), s);
      }
    }
    this.wordN[w] = this.nWordTerms - at;
  }

  private wordTerm(id: number, s: number): void {
    if (this.nWordTerms === this.wordIds.length) {
      this.wordIds = grow(this.wordIds, this.nWordTerms + 1);
      this.wordStrengths = grow(this.wordStrengths, this.nWordTerms + 1);
    }
    this.wordIds[this.nWordTerms] = id;
    this.wordStrengths[this.nWordTerms++] = s;
  }

  private id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      if (id >= this.stamp.length) {
        const stamp = new Int32Array(this.stamp.length * 2).fill(-1);
        stamp.set(this.stamp);
        this.stamp = stamp;
        this.best = grow(this.best, stamp.length);
      }
    }
    return id;
  }
}

/** A typed array at least `need` long (doubling), with the old contents. */
function grow<T extends Int32Array | Float32Array | Float64Array | Uint8Array>(a: T, need: number): T {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
