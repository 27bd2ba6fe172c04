/**
 * The words of a catalog's texts, for one router build: each distinct text split once and each distinct word (as the
 * text writes it) folded once, as numbers. The vocabulary's word counts (router-parts.ts) and the passage index's terms
 * (passage-terms.ts) read the same texts; each split and folded them itself, and looked every one of some 1.6 million
 * words up in a map of strings twice at 10,000 groups.
 */
import { foldWord, nfc } from "./normalize";

export class TextWords {
  /** Folded words by number, numbered in the order first met. */
  readonly words: string[] = [];
  private readonly byRaw = new Map<string, number>();
  private readonly byWord = new Map<string, number>();
  private readonly byText = new Map<string, number>();
  // text t's words are flat[start[t] .. start[t + 1])
  private start: Int32Array = new Int32Array(1024);
  private flat: Int32Array = new Int32Array(1 << 16);
  private nTexts = 0;
  private nFlat = 0;

  /** The number of a text, split into words the first time (`words(text)`, as numbers). */
  text(text: string): number {
    let t = this.byText.get(text);
    if (t !== undefined) return t;
    t = this.nTexts++;
    this.byText.set(text, t);
    if (this.start.length < t + 2) this.start = grow(this.start, t + 2);
    this.start[t] = this.nFlat;
    for (const raw of nfc(text).split(/[^\p{L}\p{N}]+/u)) {
      if (!raw) continue;
      let n = this.byRaw.get(raw);
      if (n === undefined) {
        const w = foldWord(raw);
        n = this.byWord.get(w);
        if (n === undefined) {
          n = this.words.length;
          this.words.push(w);
          this.byWord.set(w, n);
        }
        this.byRaw.set(raw, n);
      }
      if (this.nFlat === this.flat.length) this.flat = grow(this.flat, this.nFlat + 1);
      this.flat[this.nFlat++] = n;
    }
    this.start[t + 1] = this.nFlat;
    return t;
  }

  /** Where text t's words begin and end in `at`. */
  from(t: number): number {
    return this.start[t]!;
  }
  to(t: number): number {
    return this.start[t + 1]!;
  }
  /** The number of the k-th word of all texts. */
  at(k: number): number {
    return this.flat[k]!;
  }
}

function grow(a: Int32Array, need: number): Int32Array {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
