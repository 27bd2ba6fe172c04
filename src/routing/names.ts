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
import type { Vocabulary } from "./vocabulary";

interface NameVariant {
  readonly entryId: string;
  /** Per name word, the terms that stand for it. */
  readonly words: readonly (readonly string[])[];
  /** A name of one word besides "grupp(er)" ("Koncernövergripande grupper") needs that word too, in any form. */
  readonly requires?: string;
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

  constructor(catalog: Catalog, lex: CompiledLexicon, vocab: Vocabulary, orgWords: ReadonlySet<string>) {
    for (const e of catalog.entries) this.entries.set(e.id, e);
    for (const e of catalog.entries) {
      const texts = [e.name, ...e.aliases, ...(e.area && e.kindId ? [e.area] : [])].map((n) => n.replace(/\([^)]*\)/g, " "));
      for (const b of KNOWN_BODIES) if (b.id === e.id) texts.push(...b.phrases);
      for (const t of texts) this.addVariant(e.id, t, lex, vocab, orgWords);
    }
  }

  private addVariant(entryId: string, text: string, lex: CompiledLexicon, vocab: Vocabulary, orgWords: ReadonlySet<string>): void {
    const content = words(text).filter((w) => w.length >= 2 && !lex.stopSv.has(w));
    const withoutOrg = content.filter((w) => !orgWords.has(w));
    const ws = withoutOrg.length ? withoutOrg : content;
    if (!ws.length) return;
    const requires = ws.length === 1 && words(text).some((w) => GROUP_WORDS.has(w)) ? "grupp" : undefined;
    const infos = ws.map((w) => vocab.passageWord(w));
    const seq = infos.map((i) => i.key);
    const alts = infos.map((i) => new Set([i.key]));
    const v = this.variants.length;
    this.variants.push({ entryId, words: alts.map((a) => [...a]), ...(requires ? { requires } : {}) });
    alts.forEach((set, w) => {
      for (const t of set) {
        const l = this.byTerm.get(t) ?? [];
        l.push({ v, w });
        this.byTerm.set(t, l);
      }
    });
  }

  /** Entries the question names, best first: most name words, then named in full, then groups before kinds. */
  find(a: QuestionAnalysis, allowed?: (entryId: string) => boolean): NameHit[] {
    const hits = new Map<number, Map<number, Set<number>>>(); // variant → name word → question tokens
    a.tokens.forEach((tok, ti) => {
      // a name is named by its own words (any form, spelling, abbreviation or translation), not by a synonym:
      // "röntgen" is the area of Samordningsråd bild- och funktionsmedicin, not its name
      const terms = new Set(tok.terms.filter((t) => t.credit === 1 && !t.term.startsWith("~")).map((t) => t.term));
      for (const t of terms)
        for (const p of this.byTerm.get(t) ?? []) {
          const per = hits.get(p.v) ?? new Map<number, Set<number>>();
          per.set(p.w, (per.get(p.w) ?? new Set()).add(ti));
          hits.set(p.v, per);
        }
    });
    const best = new Map<string, NameHit>();
    for (const [v, per] of hits) {
      const variant = this.variants[v]!;
      if (allowed && !allowed(variant.entryId)) continue;
      if (variant.requires && !a.words.some((w) => GROUP_WORDS.has(w))) continue;
      const tokens = [...new Set([...per.values()].flatMap((s) => [...s]))].sort((x, y) => x - y);
      const hit: NameHit = { entryId: variant.entryId, matched: per.size, coverage: per.size / variant.words.length, tokens, at: a.tokens[tokens[0]!]!.at };
      const cur = best.get(variant.entryId);
      if (!cur || hit.coverage > cur.coverage || (hit.coverage === cur.coverage && hit.matched > cur.matched)) best.set(variant.entryId, hit);
    }
    const list = [...best.values()];
    // a name inside a longer name that is there too names the longer one ("samordningsråd" in "samordningsråd bild- och funktionsmedicin")
    const kept = list.filter((h) => !list.some((o) => o !== h && o.coverage === 1 && o.tokens.length > h.tokens.length && h.tokens.every((t) => o.tokens.includes(t))));
    return kept.sort((x, y) => y.coverage - x.coverage || y.matched - x.matched || entryRank(this.entries.get(x.entryId)!) - entryRank(this.entries.get(y.entryId)!));
  }
}
