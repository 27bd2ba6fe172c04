/**
 * The words that ask for a relation (fragor.yaml, relationer.yaml), matched as written and by their Swedish keys (keySv):
 * people inflect the verbs and nouns as their sentence needs ("utsåg", "tillsatte", "rapporterades", "utvärderingen"),
 * so one entry covers the forms that share its stem. A match by key holds only where the stem says the same word:
 * - a key of four letters or more (a shorter one is the whole word: "ger", "får");
 * - a word some relation's entry has as written is read as its entries say ("besluta" asks whether a group decides,
 *   not who appoints its chair, as "beslutar om" does);
 * - a noun made of the verb keeps to its kind: the key of "koordinering", "koordinator" and "utredare" is the key of
 *   "koordinerar" and "utreda", but a word in -ing names the act and one in -are or -tor the one who does it; each meets
 *   only an entry of its own
 *   kind (the lexicon lists "utvärdering" beside "utvärderar" where both ask);
 * - a word right after "en"/"ett" is an attribute of the noun that follows ("ett prioriterat område"), no act;
 * - a question word left bare by the stemmer (no ending taken off: "bild", "plan") meets only an entry that is bare
 *   too. A bare stem is the indefinite form of a noun ("bild") more often than a verb's imperative, and a verb's stem
 *   is shared with nouns of its own root ("bilda" ↔ "bild"): the verb's entry must not read the noun.
 */
import { keySv, words } from "./normalize";
import { PhraseTable, type PhraseMatch } from "./phrases";
import { packedMap } from "./packed";

interface KeyedPhrase {
  readonly keys: readonly string[];
  readonly words: readonly string[];
  /** Per word: the entry's word is its own key (a bare stem). */
  readonly bare: readonly boolean[];
  readonly match: PhraseMatch<true>;
}

const MIN_KEY = 4;
const memo = new WeakMap<readonly string[], readonly string[]>();

/** The keys of a question's words (keySv of the words as written), once per word list. */
export function stemsOf(ws: readonly string[]): readonly string[] {
  let out = memo.get(ws);
  if (!out) memo.set(ws, (out = packedMap(ws, keySv)));
  return out;
}
const INDEFINITE = new Set(["en", "ett"]);
const ACT_NOUN = /ing(en|ens|ar|arna|arnas|s)?$/;
const AGENT_NOUN = /(are|aren|arens|ares|arna|arnas|tor|torn|torns|torer|torerna)$/;
const kindOf = (w: string): number => (ACT_NOUN.test(w) ? 1 : AGENT_NOUN.test(w) ? 2 : 0);

/**
 * The first words and first keys of the phrases of a lexicon's cue tables. A position where none of them stands starts
 * no phrase of any table, so a word list is scanned for its possible starts once (remembered per list) and each table
 * looks only there: a question's relation detection ran every word through some 80 tables (20 relations × about, acts,
 * alone, twice for the words without the names), two map lookups each — a tenth of the question's CPU.
 */
export class CueStarts {
  private readonly firstWords = new Set<string>();
  private readonly firstKeys = new Set<string>();
  private written = new WeakMap<readonly string[], readonly number[]>();
  private keyed = new WeakMap<readonly string[], readonly number[]>();

  add(word: string, key: string): void {
    this.firstWords.add(word);
    this.firstKeys.add(key);
    // a phrase added after a list was scanned may start where the scan found nothing
    this.written = new WeakMap();
    this.keyed = new WeakMap();
    this.lastWs = undefined;
  }

  /** Where some phrase may start in `ws` (`ks`: its words' keys, stemsOf; without them, as written only). */
  in(ws: readonly string[], ks?: readonly string[]): readonly number[] {
    // the tables of a relation ask one after the other about the same list
    if (ws === this.lastWs && ks === this.lastKs) return this.lastAt;
    const seen = ks ? this.keyed : this.written;
    let out = seen.get(ws);
    if (!out) out = this.scan(ws, ks, seen);
    this.lastWs = ws;
    this.lastKs = ks;
    this.lastAt = out;
    return out;
  }

  private lastWs: readonly string[] | undefined;
  private lastKs: readonly string[] | undefined;
  private lastAt: readonly number[] = [];

  private scan(ws: readonly string[], ks: readonly string[] | undefined, seen: WeakMap<readonly string[], readonly number[]>): readonly number[] {
    const at: number[] = [];
    for (let i = 0; i < ws.length; i++) if (this.firstWords.has(ws[i]!) || (ks && this.firstKeys.has(ks[i]!))) at.push(i);
    seen.set(ws, at);
    return at;
  }
}

export class CueTable {
  /**
   * `listed`: every word some relation's entry has as written; such a word is read as its entries say, never by key.
   * `starts`: shared by every table of a lexicon, so a word list is scanned once for all of them.
   */
  constructor(
    private readonly listed: ReadonlySet<string>,
    private readonly starts: CueStarts = new CueStarts(),
  ) {}

  private readonly exact = new PhraseTable<true>();
  private readonly byKey = new Map<string, KeyedPhrase[]>();

  add(phrase: string): void {
    const ws = words(phrase);
    if (!ws.length) return;
    this.exact.add(ws, true);
    const keys = ws.map(keySv);
    this.starts.add(ws[0]!, keys[0]!);
    const list = this.byKey.get(keys[0]!) ?? [];
    list.push({ keys, words: ws, bare: ws.map((w, j) => w === keys[j]), match: { length: keys.length, value: true } });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byKey.set(keys[0]!, list);
  }

  get size(): number {
    return this.exact.size;
  }

  /** Whether a phrase of this table may start at some position of `ws` (as written, or by `ks`). */
  anyIn(ws: readonly string[], ks?: readonly string[]): boolean {
    for (const i of this.starts.in(ws, ks)) if (this.exact.has(ws[i]!) || (ks && this.byKey.has(ks[i]!))) return true;
    return false;
  }

  /** The positions of `ws` where a phrase of some table may start (ascending); longestAt finds nothing elsewhere. */
  startsIn(ws: readonly string[], ks?: readonly string[]): readonly number[] {
    return this.starts.in(ws, ks);
  }

  /**
   * The longest phrase at `i`: as written in `ws`, or by the stems `ks` (stemsOf the question's words) when
   * they are given. Mandate sentences are read as written only (their wording is the clause's own).
   */
  longestAt(ws: readonly string[], i: number, ks?: readonly string[]): PhraseMatch<true> | undefined {
    const written = this.exact.longestAt(ws, i);
    if (!ks) return written;
    const cands = this.byKey.get(ks[i]!);
    if (!cands) return written;
    for (const c of cands) {
      if (written && written.length >= c.keys.length) return written;
      if (this.keyedAt(c, ws, ks, i)) return c.match;
    }
    return written;
  }

  private keyedAt(c: KeyedPhrase, ws: readonly string[], ks: readonly string[], i: number): boolean {
    if (i + c.keys.length > ks.length) return false;
    for (let j = 0; j < c.keys.length; j++) {
      const k = ks[i + j]!;
      const w = ws[i + j]!;
      if (k !== c.keys[j]) return false;
      if (w === c.words[j]) continue;
      if (k.length < MIN_KEY || this.listed.has(w)) return false;
      if (w === k && !c.bare[j]) return false;
      if (kindOf(w) !== kindOf(c.words[j]!) || INDEFINITE.has(ws[i + j - 1] ?? "")) return false;
    }
    return true;
  }
}
