/**
 * The words of a catalog's texts, for one router build: each distinct text split once and each distinct word (as the
 * text writes it) folded once, as numbers. The vocabulary's word counts (router-parts.ts) and the passage index's terms
 * (passage-terms.ts) read the same texts; each split and folded them itself, and looked every one of some 1.6 million
 * words up in a map of strings twice at 10,000 groups.
 *
 * A text of Latin letters (nearly every mandate text) is scanned in place: a word's letters are hashed as they are read
 * and found in a table of the words met as written, so a word met before costs no string (splitting made 1.6 million
 * strings to hash and look up, a tenth of the build). Other texts are split as `words()` splits them.
 */
import { foldWord, nfc } from "./normalize";

/** Past U+02FF a text is split by the regular expression (the scan's table of letters and digits stops there). */
const PAST_LATIN = /[^\u0000-\u02ff]/;
/** 1 for the characters below U+0300 that `words()` keeps (\p{L}, \p{N}). */
const WORD_CHAR = Uint8Array.from({ length: 0x300 }, (_, c) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0));

export class TextWords {
  /** Folded words by number, numbered in the order first met. */
  readonly words: string[] = [];
  private readonly byWord = new Map<string, number>();
  private readonly byText = new Map<string, number>();
  /**
   * The words as written: an open-addressing table of four ints a slot (the word's hash, its length — 0: empty —, where
   * its letters start in `letters`, its number), so that a word met before is found in the slot's cache line and its
   * letters compared in one run. (An index per slot into a table of the hashes, one of the numbers and one of the
   * strings was four cache misses for each of some 1.6 million words at 10,000 groups, and 128,000 strings kept.)
   */
  private slots: Int32Array = new Int32Array(4 << 16);
  private nRaws = 0;
  private letters: Uint16Array = new Uint16Array(1 << 20);
  private nLetters = 0;
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
    if (!PAST_LATIN.test(text)) this.scan(text);
    else for (const raw of nfc(text).split(/[^\p{L}\p{N}]+/u)) if (raw) this.put(this.rawNumber(raw, 0, raw.length, hash(raw, 0, raw.length)));
    this.start[t + 1] = this.nFlat;
    return t;
  }

  /** The words of a text below U+0300 (its own NFC form), read in place. */
  private scan(text: string): void {
    const n = text.length;
    for (let i = 0; i < n; ) {
      let c = text.charCodeAt(i);
      if (!WORD_CHAR[c]) {
        i++;
        continue;
      }
      const from = i;
      let h = 0;
      do {
        h = (Math.imul(h, 0x01000193) + c) | 0;
        c = ++i < n ? text.charCodeAt(i) : 0;
      } while (i < n && WORD_CHAR[c]);
      this.put(this.rawNumber(text, from, i, h));
    }
  }

  /** The number of the word `s.slice(from, to)` as written (its hash `h`), folded and numbered when first met. */
  private rawNumber(s: string, from: number, to: number, h: number): number {
    const len = to - from;
    const slots = this.slots;
    const letters = this.letters;
    const mask = (slots.length >> 2) - 1;
    let k = mix(h) & mask;
    for (; ; k = (k + 1) & mask) {
      const e = 4 * k;
      const l = slots[e + 1]!;
      if (l === 0) break;
      if (slots[e] === h && l === len) {
        const at = slots[e + 2]! - from;
        let i = from;
        while (i < to && letters[at + i] === s.charCodeAt(i)) i++;
        if (i === to) return slots[e + 3]!;
      }
    }
    const w = foldWord(s.slice(from, to));
    let n = this.byWord.get(w);
    if (n === undefined) {
      n = this.words.length;
      this.words.push(w);
      this.byWord.set(w, n);
    }
    if (this.nLetters + len > this.letters.length) {
      const l = new Uint16Array(Math.max(2 * this.letters.length, this.nLetters + len));
      l.set(this.letters);
      this.letters = l;
    }
    for (let i = 0; i < len; i++) this.letters[this.nLetters + i] = s.charCodeAt(from + i);
    this.place(h, len, this.nLetters, n);
    this.nLetters += len;
    if (2 * ++this.nRaws > mask + 1) this.rehash();
    return n;
  }

  private place(h: number, len: number, at: number, n: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let k = mix(h) & mask;
    while (slots[4 * k + 1]) k = (k + 1) & mask;
    slots[4 * k] = h;
    slots[4 * k + 1] = len;
    slots[4 * k + 2] = at;
    slots[4 * k + 3] = n;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let e = 0; e < old.length; e += 4) if (old[e + 1]) this.place(old[e]!, old[e + 1]!, old[e + 2]!, old[e + 3]!);
  }

  private put(n: number): void {
    if (this.nFlat === this.flat.length) this.flat = grow(this.flat, this.nFlat + 1);
    this.flat[this.nFlat++] = n;
  }

  /** How many words the texts numbered so far have, all told. */
  get wordCount(): number {
    return this.nFlat;
  }

  /** How many texts are numbered (a text numbered `size` or more was met after this was read). */
  get size(): number {
    return this.nTexts;
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

/** The scan's hash of `s.slice(from, to)` (for a word split out of a text past U+02FF). */
function hash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 0x01000193) + s.charCodeAt(i)) | 0;
  return h;
}

/** A finaliser that spreads a hash into the low bits a slot takes. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function grow(a: Int32Array, need: number): Int32Array {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
