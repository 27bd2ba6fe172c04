/**
 * The matching terms of mandate texts: keys (strength 1), concepts (1), parts of compounds (less).
 *
 * `passageTerms` reads one text; `TermTable` reads all of a catalog's for the index build, numbering terms as
 * they come. At 10,000 groups nearly every clause text is its own, so the table does per distinct word what
 * does not depend on the sentence (key, parts, their concepts), keeps a text's terms in arrays stamped per text
 * rather than a map per text, and gives the same terms, strengths and order as `passageTerms`.
 */
import type { CompiledLexicon } from "./compiled-lexicon";
import { HEAD_CREDIT, PART_CREDIT } from "./analyze";
import { words } from "./normalize";
import type { Vocabulary } from "./vocabulary";

const isContent = (w: string, lex: CompiledLexicon) => w.length >= 2 && !lex.stopSv.has(w) && !/^\d+$/.test(w);

/** Terms of a mandate text with their strengths, in the order first met. */
export function passageTerms(text: string, lex: CompiledLexicon, vocab: Vocabulary): Map<string, number> {
  const terms = new Map<string, number>();
  const put = (t: string, s: number) => {
    if ((terms.get(t) ?? 0) < s) terms.set(t, s);
  };
  const content = words(text).filter((w) => isContent(w, lex));
  const infos = content.map((w) => vocab.passageWord(w));
  const seq = infos.map((i) => i.key);
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

export interface TextTerms {
  readonly terms: Int32Array;
  readonly strengths: Float32Array;
}

interface WordTerms {
  readonly key: string;
  readonly own: [string, number][];
  /** The own terms' numbers, given when the word is first read in a text (so terms are numbered in the order met). */
  ids?: Int32Array;
}

export class TermTable {
  /** Term names by number. */
  readonly names: string[] = [];
  /** Each analysed text's terms (numbers) and strengths. */
  readonly texts: TextTerms[] = [];
  private readonly ids = new Map<string, number>();
  private readonly byText = new Map<string, number>();
  private readonly byWord = new Map<string, WordTerms>();
  // one text's terms: the strongest strength per term, stamped with the text's number
  private stamp = new Int32Array(1024).fill(-1);
  private best = new Float64Array(1024);

  constructor(
    private readonly lex: CompiledLexicon,
    private readonly vocab: Vocabulary,
  ) {}

  /** The number of a text's terms (each distinct text analysed once). */
  of(text: string): number {
    let t = this.byText.get(text);
    if (t === undefined) {
      t = this.texts.length;
      this.texts.push(this.analyse(text, t));
      this.byText.set(text, t);
    }
    return t;
  }

  /** The analysis is done: the word and text tables are of no more use (the names and term lists stay). */
  done(): void {
    this.byText.clear();
    this.byWord.clear();
    this.ids.clear();
  }

  private analyse(text: string, stamp: number): TextTerms {
    const order: number[] = [];
    const put = (id: number, s: number) => {
      if (this.stamp[id] !== stamp) {
        if (!(s > 0)) return;
        this.stamp[id] = stamp;
        this.best[id] = s;
        order.push(id);
      } else if (this.best[id]! < s) this.best[id] = s;
    };
    const ws: WordTerms[] = [];
    for (const w of words(text)) if (isContent(w, this.lex)) ws.push(this.wordTerms(w));
    const seq = ws.map((w) => w.key);
    ws.forEach((w, i) => {
      const ids = (w.ids ??= Int32Array.from(w.own, ([t]) => this.id(t)));
      for (let k = 0; k < ids.length; k++) put(ids[k]!, w.own[k]![1]);
      for (const m of this.lex.concepts.matchesAt(seq, i)) for (const c of m.value) put(this.id(c), 1);
    });
    return { terms: Int32Array.from(order), strengths: Float32Array.from(order, (id) => this.best[id]!) };
  }

  private wordTerms(w: string): WordTerms {
    let wt = this.byWord.get(w);
    if (!wt) {
      const info = this.vocab.passageWord(w);
      wt = { key: info.key, own: ownTerms(info, this.lex) };
      this.byWord.set(w, wt);
    }
    return wt;
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
        const best = new Float64Array(stamp.length);
        best.set(this.best);
        this.stamp = stamp;
        this.best = best;
      }
    }
    return id;
  }
}
