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

export class CueTable {
  /** `listed`: every word some relation's entry has as written; such a word is read as its entries say, never by key. */
  constructor(private readonly listed: ReadonlySet<string>) {}

  private readonly exact = new PhraseTable<true>();
  private readonly byKey = new Map<string, KeyedPhrase[]>();

  add(phrase: string): void {
    const ws = words(phrase);
    if (!ws.length) return;
    this.exact.add(ws, true);
    const keys = ws.map(keySv);
    const list = this.byKey.get(keys[0]!) ?? [];
    list.push({ keys, words: ws, bare: ws.map((w, j) => w === keys[j]), match: { length: keys.length, value: true } });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byKey.set(keys[0]!, list);
  }

  get size(): number {
    return this.exact.size;
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
