/**
 * Which pieces of a word the catalog knows, as a word or by its key: the question compound splitting asks
 * (vocabulary.ts) for every piece of every long catalog word, O(length²) pieces a word. Stemming each piece
 * to ask the key set took minutes at 10,000 groups (some 10 million stems). A trie of the catalog's words and
 * keys answers with one walk per start position; a piece is stemmed only when a key begins it and what
 * follows the key could be endings the stemmer removes — the answer is the same as stemming every piece,
 * because a Swedish key is always a prefix of its word (Snowball and the extra step only remove endings,
 * at most 29 letters of the endings below; tests/src/routing/known-parts.test.ts checks both on a word list).
 */
import { pace, runNow, type Steps } from "./slices";

/** Snowball's main suffixes and its "s" (removed last-first: a pass removes other suffix · consonant · main suffix). */
const MAIN = ["a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "s", "as", "arnas", "ernas", "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast"];
/** The letter a consonant pair loses (dd gd nn dt gt kt tt), and the other suffixes (lig ig els, fullt → full). */
const PAIR = ["d", "n", "t"];
const OTHER = ["lig", "ig", "els", "t"];
/** What normalize.ts strips between the passes (-ingarna … -an, the definite -n of -in). */
const EXTRA = ["ingarna", "ingens", "ingen", "ingar", "ets", "ing", "et", "an", "n"];
/** A doubled last consonant loses one letter (the same as the one before it), an adjective its neuter -t. */
const DOUBLED = new Set("bdfgklmnprstv");
/**
 * What follows a key in its word, in order: the doubled letter, the neuter -t, the second Snowball pass, the
 * extra step, the first pass. Each slot may be empty.
 */
const SLOTS: readonly (readonly string[] | "doubled")[] = ["doubled", ["t"], OTHER, PAIR, MAIN, EXTRA, OTHER, PAIR, MAIN];
/** The most the key removes. */
export const MAX_REMOVED = 1 + 1 + 2 * (3 + 1 + 7) + 7;

/**
 * A slot's endings as a character trie in flat arrays: node `n`'s child by letter code `c` (a–z only: the endings
 * are ASCII) is `child[n * 26 + c - 97]` (0: none), and `ends[n]` says an ending stops there. Walking it from a
 * position reads each letter once, where `startsWith` per ending read up to 37 endings at every reachable end.
 */
interface SlotTrie {
  readonly child: Int32Array;
  readonly ends: Uint8Array;
}

function slotTrie(endings: readonly string[]): SlotTrie {
  const child: number[] = new Array(26).fill(0);
  const ends: number[] = [0];
  for (const e of endings) {
    let n = 0;
    for (let i = 0; i < e.length; i++) {
      const c = e.charCodeAt(i) - 97;
      if (!child[n * 26 + c]) {
        child[n * 26 + c] = ends.length;
        ends.push(0);
        for (let k = 0; k < 26; k++) child.push(0);
      }
      n = child[n * 26 + c]!;
    }
    ends[n] = 1;
  }
  return { child: Int32Array.from(child), ends: Uint8Array.from(ends) };
}

const SLOT_TRIES: readonly (SlotTrie | "doubled")[] = SLOTS.map((s) => (s === "doubled" ? s : slotTrie(s)));

/**
 * Ends `to` such that `w.slice(m, to)` could be what keySv removed after the key `…w.slice(0, m)` (the empty removal
 * included), as a bit mask: bit d is the end m + d (MAX_REMOVED is 31, so 32 bits hold them). The index build asks
 * this about a million times at 10,000 groups: no array is made.
 */
export function removalMask(w: string, m: number): number {
  let at = 1;
  for (const slot of SLOT_TRIES) {
    let next = at;
    // each reachable end once, lowest first (a mask has few bits)
    for (let bits = at; bits; bits &= bits - 1) {
      const d = 31 - Math.clz32(bits & -bits);
      const p = m + d;
      if (slot === "doubled") {
        if (p > 0 && p < w.length && w[p] === w[p - 1] && DOUBLED.has(w[p]!)) next |= 1 << (d + 1);
        continue;
      }
      for (let q = p, n = 0; q < w.length; q++) {
        const c = w.charCodeAt(q) - 97;
        if (c < 0 || c >= 26) break;
        n = slot.child[n * 26 + c]!;
        if (!n) break;
        if (slot.ends[n]) next |= 1 << (d + q + 1 - p);
      }
    }
    at = next;
  }
  return at;
}

/** removalMask as the ends themselves, ascending. */
export function removalEnds(w: string, m: number): number[] {
  const mask = removalMask(w, m);
  const out: number[] = [];
  for (let d = 0; d <= MAX_REMOVED; d++) if ((mask >>> d) & 1) out.push(m + d);
  return out;
}

/**
 * Zeroed typed memory handed out in pieces, never taken back: the index build fills a table for some 100,000 long
 * words and keeps each until the word is read again as a passage word; a typed array each was as many off-heap
 * allocations for the GC to track.
 */
class Arena {
  private static readonly BLOCK = 1 << 20;
  private byteBlock = new Uint8Array(Arena.BLOCK);
  private byteAt = 0;
  private intBlock = new Int32Array(Arena.BLOCK >> 2);
  private intAt = 0;

  bytes(size: number): [Uint8Array, number] {
    if (this.byteAt + size > this.byteBlock.length) {
      this.byteBlock = new Uint8Array(Math.max(Arena.BLOCK, size));
      this.byteAt = 0;
    }
    this.byteAt += size;
    return [this.byteBlock, this.byteAt - size];
  }

  ints(size: number): [Int32Array, number] {
    if (this.intAt + size > this.intBlock.length) {
      this.intBlock = new Int32Array(Math.max(Arena.BLOCK >> 2, size));
      this.intAt = 0;
    }
    this.intAt += size;
    return [this.intBlock, this.intAt - size];
  }
}

const WORD = 1;
const KEY = 2;

/**
 * Nodes this deep or less (the root is 0) also get a table of children by letter a–z: they have the most children. At
 * 10,000 groups the build's walks stepped 7.4 million times along sibling lists with 3, 4.1 million of them from nodes
 * at depth 4 and 5 (some 62,000 nodes: 6.4 MB of tables); each step there is a cache miss or two in arrays of 800,000 nodes.
 */
const DENSE_DEPTH = 5;

/**
 * A growable character trie in typed arrays (first child / next sibling), the root's children in a table, and the
 * children by a–z of the nodes near the root in tables too (a sibling list there runs to some twenty letters, and
 * every walk passes through them: the build walks it some ten million times at 10,000 groups).
 */
class Trie {
  /**
   * A node's fields side by side, four ints from `4 * node` (a walk reads them together: an array each was a cache miss
   * each): its marks (WORD, KEY: the low two bits) with the number its owner keeps there (the rest); its character (low
   * 16 bits) with 1 + its row in `dense` (the high 16; 0: it has none); its first child; its next sibling.
   */
  private info = new Int32Array(4 << 16);
  private capacity = 1 << 16;
  /** 1 + the number of the addition that first put a key at this node after construction (0: none). */
  private addedAt = new Int32Array(1 << 16);
  /** The node's depth (up to DENSE_DEPTH + 1). */
  private depth = new Uint8Array(1 << 16);
  private dense = new Int32Array(26 * 1024);
  private nDense = 0;
  private readonly rootChildren = new Int32Array(1 << 16);
  private n = 1;

  /** Adds `s` with `flag`; returns its node. */
  add(s: string, flag: number): number {
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let next = this.step(node, c);
      if (next < 0) next = this.link(node, c);
      node = next;
    }
    this.info[4 * node]! |= flag;
    return node;
  }

  /** The node of `s`, or -1. */
  find(s: string): number {
    let node = 0;
    for (let i = 0; i < s.length && node >= 0; i++) node = this.step(node, s.charCodeAt(i));
    return node;
  }

  /** Records the `at`-th addition at `node`, unless an earlier one is there. */
  markAdded(node: number, at: number): void {
    if (!this.addedAt[node]) this.addedAt[node] = at + 1;
  }

  /** The number of the addition recorded at `node`, or -1. */
  added(node: number): number {
    return this.addedAt[node]! - 1;
  }

  /** The child of `node` by character `c`, or -1. */
  step(node: number, c: number): number {
    if (node === 0) return this.rootChildren[c]! || -1;
    const info = this.info;
    const row = info[4 * node + 1]! >>> 16;
    if (row && c >= 97 && c <= 122) return this.dense[(row - 1) * 26 + c - 97]! || -1;
    for (let k = info[4 * node + 2]!; k; k = info[4 * k + 3]!) if ((info[4 * k + 1]! & 0xffff) === c) return k;
    return -1;
  }

  marks(node: number): number {
    return this.info[4 * node]! & 3;
  }

  /** The child of `node` by character `c`, made when it is not there. */
  stepOrAdd(node: number, c: number): number {
    const next = this.step(node, c);
    return next < 0 ? this.link(node, c) : next;
  }

  /** The number the owner keeps at `node` (0: none; a signed number of up to 29 bits). */
  valueOf(node: number): number {
    return this.info[4 * node]! >> 2;
  }

  setValue(node: number, v: number): void {
    this.info[4 * node] = (v << 2) | (this.info[4 * node]! & 3);
  }

  private link(parent: number, c: number): number {
    if (this.n === this.capacity) this.grow();
    const k = this.n++;
    const info = this.info;
    info[4 * k + 1] = c;
    const depth = parent === 0 ? 1 : this.depth[parent]! + 1;
    this.depth[k] = depth;
    if (parent === 0) this.rootChildren[c] = k;
    else {
      info[4 * k + 3] = info[4 * parent + 2]!;
      info[4 * parent + 2] = k;
      const row = info[4 * parent + 1]! >>> 16;
      if (row && c >= 97 && c <= 122) this.dense[(row - 1) * 26 + c - 97] = k;
    }
    // a row's number has 16 bits: past them a node walks its sibling list (the same answers)
    if (depth <= DENSE_DEPTH && this.nDense < 0xffff) {
      if ((this.nDense + 1) * 26 > this.dense.length) {
        const d = new Int32Array(this.dense.length * 2);
        d.set(this.dense);
        this.dense = d;
      }
      info[4 * k + 1]! |= ++this.nDense << 16;
    }
    return k;
  }

  private grow(): void {
    const size = this.capacity * 2;
    this.capacity = size;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.info = copy(this.info, new Int32Array(4 * size));
    this.addedAt = copy(this.addedAt, new Int32Array(size));
    this.depth = copy(this.depth, new Uint8Array(size));
  }
}

/** `known(from, to)` of one word: the catalog knows `w.slice(from, to)` as a word or by its key. */
export type KnownPiece = (from: number, to: number) => boolean;

export class KnownParts {
  private readonly trie = new Trie();
  /** The keys added after construction alone (a few thousand): whether one begins at a position is a short walk here. */
  private readonly addedTrie = new Trie();

  /**
   * The keys of the pieces stemmed so far, kept at each piece's trie node: 1 + the key's length when the key begins the
   * piece (nearly always: see the head of this file; the key is then the piece's first letters, and only its length is
   * needed), else -(1 + its index here). At 10,000 groups the build asks some 900,000 times about pieces of long words
   * (a slice, its hash and a lookup in a map of 300,000 keys each time); the walk that finds the keys beginning at a
   * position passes the pieces' nodes anyway. (A string per piece kept here was 300,000 strings for the GC to copy
   * and a cache miss at each piece read to take its length.)
   */
  private readonly pieceKeys: string[] = [];

  /**
   * `keyOf(piece)`: the piece's key (keySv); `keyRule(length, whole)`: the caller's rule for a piece known by its key, on
   * the key's length (`whole`: the key is the piece itself), for a key in `keys` (or added later by `addKey`). The trie
   * answers whether a key is in the set: a key is a prefix of its piece, so its node is on the walk that fills the row
   * (a lookup in a set of some 130,000 keys was a tenth of the vocabulary's build at 10,000 groups).
   */
  constructor(
    words: ReadonlySet<string>,
    keys: ReadonlySet<string>,
    private readonly keyOf: (piece: string) => string,
    private readonly keyRule: (keyLength: number, whole: boolean) => boolean,
    deferred = false,
  ) {
    if (!deferred) runNow(this.fill(words, keys));
  }

  /** The trie, built in steps that yield now and then (slices.ts). */
  static *build(words: ReadonlySet<string>, keys: ReadonlySet<string>, keyOf: (piece: string) => string, keyRule: (keyLength: number, whole: boolean) => boolean): Steps<KnownParts> {
    const k = new KnownParts(words, keys, keyOf, keyRule, true);
    yield* k.fill(words, keys);
    return k;
  }

  private *fill(words: ReadonlySet<string>, keys: ReadonlySet<string>): Steps<void> {
    const tick = pace(1024);
    // read by index: a set's iterator in a generator made an object per step (some 270,000 at 10,000 groups)
    const ws = [...words];
    for (let n = 0; n < ws.length; n++) {
      this.trie.add(ws[n]!, WORD);
      if (tick()) yield;
    }
    const ks = [...keys];
    for (let n = 0; n < ks.length; n++) {
      this.trie.add(ks[n]!, KEY);
      if (tick()) yield;
    }
  }

  /** Keys added after construction (some thousands at 10,000 groups): each end node in the trie knows its number. */
  private nAdded = 0;

  /** A key added to the key set after construction (the set is the caller's; the trie follows it). */
  addKey(k: string): void {
    this.trie.add(k, KEY);
    this.addedTrie.markAdded(this.addedTrie.add(k, KEY), this.nAdded++);
  }

  /** A key added as the `since`-th or later begins at `from` in `w` (a row filled before it may be out of date). */
  private addedSince(w: string, from: number, since: number): boolean {
    for (let node = 0, i = from; i < w.length; i++) {
      node = this.addedTrie.step(node, w.charCodeAt(i));
      if (node < 0) return false;
      if (this.addedTrie.added(node) >= since) return true;
    }
    return false;
  }

  /**
   * Which prefixes of `w` are words the trie was built with: `out[i] = 1` when `w.slice(0, i)` is one (the caller's
   * word set, asked without slicing the word at every length). `out` must hold `w.length + 1` slots.
   */
  wordPrefixes(w: string, out: Uint8Array): void {
    out.fill(0, 0, w.length + 1);
    for (let node = 0, i = 0; i < w.length; i++) {
      node = this.trie.step(node, w.charCodeAt(i));
      if (node < 0) return;
      if (this.trie.marks(node) & WORD) out[i + 1] = 1;
    }
  }

  /** Blocks the tables are carved from while the router is built; after `release()` each word gets its own. */
  private arena: Arena | undefined = new Arena();

  /** The build is over: later words (a question's correction) get tables of their own, not the build's blocks. */
  release(): void {
    this.arena = undefined;
  }

  /**
   * The same answer as `words.has(piece) || knowsByKey(piece)`, for the pieces of `w`. The answer stays right when
   * keys are added later: a row filled before a key that begins at its position is filled again (so the caller may
   * keep the function: the index build splits a word in Vocabulary's constructor and again as a passage word).
   */
  forWord(w: string): KnownPiece {
    const n = w.length + 1;
    // row `from` of an n×n table (1 known, 2 stemmed and not known) at `t`, and per row 1 + the keys added when it
    // was filled (`ints[f + from]`) and the removal masks (`ints[f + n + m]`)
    let table: Uint8Array | undefined;
    let t = 0;
    let ints: Int32Array | undefined;
    let f = 0;
    return (from, to) => {
      if (!table || !ints) {
        const arena = this.arena;
        if (arena) {
          [table, t] = arena.bytes(n * n);
          [ints, f] = arena.ints(2 * n);
        } else {
          table = new Uint8Array(n * n);
          ints = new Int32Array(2 * n);
        }
      }
      const filled = ints[f + from]!;
      if (filled !== this.nAdded + 1) {
        if (!filled || this.addedSince(w, from, filled - 1)) {
          // a row never filled is zero already (fresh arena blocks or a new table); only a refill clears it
          if (filled) table.fill(0, t + from * n, t + from * n + n);
          this.fillRow(w, from, table, t + from * n, ints, f + n);
        }
        ints[f + from] = this.nAdded + 1;
      }
      return table[t + from * n + to] === 1;
    };
  }

  private keyEnds = new Int32Array(64);
  /** Scratch: the trie node of `w.slice(from, i)` at `nodeAt[i]` for the row being filled. */
  private nodeAt = new Int32Array(64);

  /** `reach[r + m]`: removalMask(w, m), once per word (0: not yet; a mask always has bit 0). */
  private fillRow(w: string, from: number, table: Uint8Array, row: number, reach: Int32Array, r: number): void {
    // the ends of the keys that begin at `from`, in a scratch row (the fill is not reentrant: keyOf only stems)
    if (this.keyEnds.length < w.length + 1) {
      this.keyEnds = new Int32Array(2 * (w.length + 1));
      this.nodeAt = new Int32Array(2 * (w.length + 1));
    }
    const keyEnds = this.keyEnds;
    const nodeAt = this.nodeAt;
    let nEnds = 0;
    // the walk also passes the nodes of pieces stemmed before (their keys are kept there); `reached`: its last position
    let reached = from;
    nodeAt[from] = 0;
    for (let node = 0, i = from; i < w.length; i++) {
      node = this.trie.step(node, w.charCodeAt(i));
      if (node < 0) break;
      nodeAt[i + 1] = node;
      reached = i + 1;
      const m = this.trie.marks(node);
      if (m & WORD) table[row + i + 1] = 1;
      if (m & KEY) keyEnds[nEnds++] = i + 1;
    }
    for (let e = 0; e < nEnds; e++) {
      const m = keyEnds[e]!;
      const mask = reach[r + m] || (reach[r + m] = removalMask(w, m));
      // each end the mask holds, lowest first
      for (let bits = mask; bits; bits &= bits - 1) {
        const to = m + 31 - Math.clz32(bits & -bits);
        if (table[row + to]) continue;
        // while the router is built, a piece past the trie's nodes gets nodes (after it, only those there keep a key:
        // questions' words do not grow the trie)
        if (to > reached && this.arena) {
          for (let node = nodeAt[reached]!; reached < to; reached++) nodeAt[reached + 1] = node = this.trie.stepOrAdd(node, w.charCodeAt(reached));
        }
        const node = to <= reached ? nodeAt[to]! : -1;
        // the key's length, and whether it begins the piece (its node is then on the walk), or the key itself
        let kl: number;
        let begins: boolean;
        let key: string | undefined;
        const v = node >= 0 ? this.trie.valueOf(node) : 0;
        if (v > 0) {
          kl = v - 1;
          begins = true;
        } else if (v < 0) {
          key = this.pieceKeys[-v - 1]!;
          kl = key.length;
          begins = w.startsWith(key, from);
        } else {
          key = this.keyOf(w.slice(from, to));
          kl = key.length;
          begins = w.startsWith(key, from);
          if (node >= 0) this.trie.setValue(node, begins ? kl + 1 : -this.pieceKeys.push(key));
        }
        // a key is a prefix of its piece (see the head of this file): the same length is the piece itself, and its node
        // is on the walk (looked up from the root only past the walk's end, after the build)
        let knows = false;
        if (this.keyRule(kl, kl === to - from)) {
          const kn = from + kl <= reached && begins ? nodeAt[from + kl]! : this.trie.find(key ?? w.slice(from, from + kl));
          knows = kn > 0 && (this.trie.marks(kn) & KEY) !== 0;
        }
        table[row + to] = knows ? 1 : 2;
      }
    }
  }
}
