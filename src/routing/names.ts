/**
 * Which catalog entries a question names: by name, alias, area, or the words the mandates use for a body
 * (src/catalog/bodies.ts), however the question inflects or spells them, in English through the glossary.
 * Looked up through an index from term to name words (no scan over the catalog's names).
 */
import { KNOWN_BODIES } from "../catalog/bodies";
import type { Catalog, GroupRecord } from "../catalog/schema";
import type { QuestionAnalysis } from "./analyze";
import type { CompiledLexicon } from "./compiled-lexicon";
import { words } from "./normalize";
import { pace, runNow, type Steps } from "./slices";
import type { Vocabulary } from "./vocabulary";
import { packedMap } from "./packed";
import { comparisonStandard } from "./comparison";

interface NameVariant {
  readonly entryId: string;
  /** Per name word, the terms that stand for it. */
  readonly words: readonly (readonly string[])[];
  /** A name of one word besides "grupp(er)" ("Koncernövergripande grupper") needs that word too, in any form. */
  readonly requires?: string;
}

export interface NameVariantState {
  readonly entryId: string;
  readonly keys: readonly string[];
  readonly requires: string | undefined;
}

/** Words for "group" that only frame a question ("vilken grupp …") but belong to a name when it has few other words. */
const GROUP_WORDS = new Set(["grupp", "gruppen", "grupper", "grupperna", "gruppens"]);

export interface NameHit {
  readonly entryId: string;
  /** Name words matched. */
  readonly matched: number;
  /** Share of the name's words matched (1 = named in full). */
  readonly coverage: number;
  /** Question tokens (indexes into analysis.tokens) that make up the name. */
  readonly tokens: readonly number[];
  /** Position of the first of them. */
  readonly at: number;
}

const entryRank = (e: GroupRecord): number => (e.entryType === "group" ? 0 : e.entryType === "kind" ? 1 : 2);

export class Names {
  private readonly variants: NameVariant[] = [];
  private readonly byTerm = new Map<string, { v: number; w: number }[]>();
  private readonly entries = new Map<string, GroupRecord>();
  private readonly variantsOf = new Map<string, number[]>();
  // find()'s scratch, stamped per call (sized on first use, after the variants are known)
  private vStamp = new Int32Array(0);
  private vOrder = new Int32Array(0);
  private vMatched = new Int32Array(0);
  private wordStart = new Int32Array(0);
  private wStamp = new Int32Array(0);

  /** Built at once; `Names.build` is the same build in steps (slices.ts). */
  constructor(catalog: Catalog, lex: CompiledLexicon, vocab: Vocabulary, orgWords: ReadonlySet<string>, deferred = false) {
    if (!deferred) runNow(this.fill(catalog, lex, vocab, orgWords));
  }

  /** The name index, built in steps that yield now and then. */
  static *build(catalog: Catalog, lex: CompiledLexicon, vocab: Vocabulary, orgWords: ReadonlySet<string>): Steps<Names> {
    const names = new Names(catalog, lex, vocab, orgWords, true);
    yield* names.fill(catalog, lex, vocab, orgWords);
    return names;
  }

  private *fill(catalog: Catalog, lex: CompiledLexicon, vocab: Vocabulary, orgWords: ReadonlySet<string>): Steps<void> {
    for (const e of catalog.entries) this.entries.set(e.id, e);
    const tick = pace(64);
    for (const e of catalog.entries) {
      const texts = packedMap([e.name, ...e.aliases, ...(e.area && e.kindId ? [e.area] : [])], (n) => n.replace(/\([^)]*\)/g, " "));
      for (const b of KNOWN_BODIES) if (b.id === e.id) texts.push(...b.phrases);
      for (const t of texts) this.addVariant(e.id, t, lex, vocab, orgWords);
      if (tick()) yield;
    }
  }

  private addVariant(entryId: string, text: string, lex: CompiledLexicon, vocab: Vocabulary, orgWords: ReadonlySet<string>): void {
    const content = words(text).filter((w) => w.length >= 2 && !lex.stopSv.has(w));
    const withoutOrg = content.filter((w) => !orgWords.has(w));
    const ws = withoutOrg.length ? withoutOrg : content;
    if (!ws.length) return;
    const requires = ws.length === 1 && words(text).some((w) => GROUP_WORDS.has(w)) ? "grupp" : undefined;
    // a name word is matched by its one key (no set of alternatives per word, no copies of lists that grow: 10,000
    // names and more are read at each build)
    this.addKeys(entryId, packedMap(ws, (w) => vocab.passageWord(w).key), requires);
  }

  /** A name's variant by the keys of its words. */
  private addKeys(entryId: string, keys: readonly string[], requires: string | undefined): void {
    const v = this.variants.length;
    this.variants.push({ entryId, words: packedMap(keys, (k) => [k]), ...(requires ? { requires } : {}) });
    const own = this.variantsOf.get(entryId);
    if (own) own.push(v);
    else this.variantsOf.set(entryId, [v]);
    keys.forEach((t, w) => {
      const l = this.byTerm.get(t);
      if (l) l.push({ v, w });
      else this.byTerm.set(t, [{ v, w }]);
    });
  }

  /** The names' variants, in order (each word by its one key), for the persisted router index (router-index.ts). */
  state(): NameVariantState[] {
    return packedMap(this.variants, (v) => ({ entryId: v.entryId, keys: packedMap(v.words, (w) => w[0]!), requires: v.requires }));
  }

  /** The name index a `state()` describes, as built. */
  static restore(catalog: Catalog, variants: readonly NameVariantState[]): Names {
    // a deferred index reads none of its arguments but the catalog's entries (`fill` does)
    const names = new Names(catalog, undefined as never, undefined as never, new Set(), true);
    for (const e of catalog.entries) names.entries.set(e.id, e);
    for (const v of variants) names.addKeys(v.entryId, v.keys, v.requires);
    return names;
  }

  /**
   * Entries the question names in full, best first: most name words, then groups before kinds. A name word as
   * common as "ledningsgrupp" is in thousands of names at 10,000 groups: matches are counted per name in typed
   * arrays, and only names matched in full become hits (the callers use no other; a partial match took 0.3–1 s a
   * question there, most of it comparing every partial hit with every other).
   */
  find(a: QuestionAnalysis, allowed?: (entryId: string) => boolean): NameHit[] {
    const stamp = this.nextStamp();
    const touched: number[] = []; // variants in the order first matched
    const pairs: number[] = []; // (variant, question token), flat
    a.tokens.forEach((tok, ti) => {
      // a name is named by its own words (any form, spelling, abbreviation or translation), not by a synonym:
      // "röntgen" is the area of Samordningsråd bild- och funktionsmedicin, not its name
      // (each term once, in order: walked in place, three times per question, instead of a filtered copy, a mapped copy and a set per word)
      const own = tok.terms;
      for (let k = 0; k < own.length; k++) {
        const t = own[k]!.term;
        if (own[k]!.credit !== 1 || t.startsWith("~") || termBefore(own, k, t)) continue;
        for (const p of this.byTerm.get(t) ?? []) {
          if (this.vStamp[p.v] !== stamp) {
            this.vStamp[p.v] = stamp;
            this.vOrder[p.v] = touched.length;
            this.vMatched[p.v] = 0;
            touched.push(p.v);
          }
          const wi = this.wordStart[p.v]! + p.w;
          if (this.wStamp[wi] !== stamp) {
            this.wStamp[wi] = stamp;
            this.vMatched[p.v]!++;
          }
          pairs.push(p.v, ti);
        }
      }
    });
    let groupWord: boolean | undefined;
    const passes = (v: number) => {
      const variant = this.variants[v]!;
      if (allowed && !allowed(variant.entryId)) return false;
      return !variant.requires || (groupWord ??= a.words.some((w) => GROUP_WORDS.has(w)));
    };
    // per entry its first full name (first matched); an entry ranks where any of its names was first matched
    const full = new Map<string, number>();
    for (const v of touched) if (this.vMatched[v] === this.variants[v]!.words.length && !full.has(this.variants[v]!.entryId) && passes(v) && !acrossAlternatives(v, pairs, a) && inOneSentence(this.variants[v]!.words, v, pairs, a)) full.set(this.variants[v]!.entryId, v);
    if (!full.size) return [];
    const tokensOf = new Map<number, Set<number>>(packedMap([...full.values()], (v) => [v, new Set<number>()]));
    for (let k = 0; k < pairs.length; k += 2) tokensOf.get(pairs[k]!)?.add(pairs[k + 1]!);
    const rank = (entryId: string) => Math.min(...packedMap(this.variantsOf.get(entryId)!.filter((v) => this.vStamp[v] === stamp && passes(v)), (v) => this.vOrder[v]!));
    const list = packedMap([...full], ([entryId, v]): NameHit & { rank: number } => {
      const tokens = [...tokensOf.get(v)!].sort((x, y) => x - y);
      return { entryId, matched: this.variants[v]!.words.length, coverage: 1, tokens, at: a.tokens[tokens[0]!]!.at, rank: rank(entryId) };
    });
    list.sort((x, y) => x.rank - y.rank);
    // a name inside a longer name that is there too names the longer one ("samordningsråd" in "samordningsråd bild- och funktionsmedicin")
    const kept = list.filter((h) => !list.some((o) => o !== h && o.tokens.length > h.tokens.length && h.tokens.every((t) => o.tokens.includes(t))));
    return packedMap(kept.sort((x, y) => y.matched - x.matched || entryRank(this.entries.get(x.entryId)!) - entryRank(this.entries.get(y.entryId)!)), ({ rank: _, ...h }) => h);
  }

  private stamp = 0;

  private nextStamp(): number {
    if (this.vStamp.length !== this.variants.length) {
      this.vStamp = new Int32Array(this.variants.length);
      this.vOrder = new Int32Array(this.variants.length);
      this.vMatched = new Int32Array(this.variants.length);
      this.wordStart = new Int32Array(this.variants.length);
      let n = 0;
      this.variants.forEach((v, i) => {
        this.wordStart[i] = n;
        n += v.words.length;
      });
      this.wStamp = new Int32Array(n);
    }
    return ++this.stamp;
  }
}

/** Words that offer alternatives: what stands on either side of one is two things, not one name. */
const ALTERNATIVE = new Set(["eller", "or"]);

/**
 * A name of several words matched by words on both sides of an "eller" is no name: "ledningsgruppen eller
 * samverkansnämnden" offers two bodies, it does not name "Samverkansnämndens ledningsgrupp" (a coordinating
 * conjunction never stands inside a Swedish name, nor does a comparison's "som").
 */
function acrossAlternatives(v: number, pairs: readonly number[], a: QuestionAnalysis): boolean {
  let first = Infinity;
  let last = -1;
  for (let k = 0; k < pairs.length; k += 2)
    if (pairs[k] === v) {
      const at = a.tokens[pairs[k + 1]!]!.at;
      first = Math.min(first, at);
      last = Math.max(last, at);
    }
  for (let i = first + 1; i < last; i++) if (ALTERNATIVE.has(a.words[i] ?? "")) return true;
  // … nor across the "som" of a comparison: one word before it, one in its standard ("samma … för rådet inom psykiatrin
  // som för bild- och funktionsmedicin" names no bildråd)
  const standard = comparisonStandard(a);
  if (standard.has(first)) return false;
  for (let i = first + 1; i <= last; i++) if (standard.has(i)) return true;
  return false;
}

/**
 * A name is a phrase of one sentence: a sentence's end never stands inside it. "Hur ofta ska samordningsrådet för
 * psykiatri träffas? Vi har bara BoF:s uppdragshandling." does not name "Samordningsråd bild- och funktionsmedicin" by
 * "samordningsrådet" in one sentence and "BoF" (bild- och funktionsmedicin) in the next. True when the words of one
 * sentence match every word of the name.
 */
function inOneSentence(nameWords: readonly (readonly string[])[], v: number, pairs: readonly number[], a: QuestionAnalysis): boolean {
  if (nameWords.length < 2) return true;
  const bySentence = new Map<number, Set<number>>();
  for (let k = 0; k < pairs.length; k += 2) {
    if (pairs[k] !== v) continue;
    const tok = a.tokens[pairs[k + 1]!]!;
    let got = bySentence.get(tok.sentence);
    if (!got) bySentence.set(tok.sentence, (got = new Set()));
    nameWords.forEach((alts, w) => {
      if (tok.terms.some((t) => t.credit === 1 && alts.includes(t.term))) got.add(w);
    });
  }
  if (bySentence.size <= 1) return true;
  for (const got of bySentence.values()) if (got.size === nameWords.length) return true;
  return false;
}

/** Whether a term of credit 1 before position `k` is `term` (a word's terms are few: a scan, no set). */
function termBefore(terms: readonly { readonly term: string; readonly credit: number }[], k: number, term: string): boolean {
  for (let j = 0; j < k; j++) if (terms[j]!.credit === 1 && terms[j]!.term === term) return true;
  return false;
}
