import type { SpellOut } from "../catalog/lookup";
import { shippedLexicon, type Lexicon } from "./lexicon";

/**
 * A group's name as people type it in a command ("visa VCG", "dagordning LG:s"), with the lexicon's abbreviations
 * spelt out (forkortningar.yaml, the same data the router reads): the catalog's names are the mandates' long forms.
 * A word is spelt out whole, with an ending after a colon ("VCG:n", "LG:s") taken off; two-word short forms first.
 */
export function abbreviationSpeller(lex: Pick<Lexicon, "abbreviations"> = shippedLexicon()): SpellOut {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const a of lex.abbreviations) (a.caseSensitive ? exact.set(a.short, a.means) : folded.set(a.short.toLowerCase(), a.means));
  const meaning = (short: string) => exact.get(short) ?? folded.get(short.toLowerCase());
  const bare = (w: string) => w.replace(/[.,;!?]+$/u, "").replace(/:(?:n|s|en|et|ns|ens|na|arna|erna)$/iu, "");
  return (text) => {
    const ws = text.trim().split(/\s+/u);
    const out: string[] = [];
    for (let i = 0; i < ws.length; i++) {
      const two = i + 1 < ws.length ? meaning(`${ws[i]} ${bare(ws[i + 1]!)}`) : undefined;
      if (two !== undefined) {
        out.push(two);
        i++;
        continue;
      }
      out.push(meaning(bare(ws[i]!)) ?? ws[i]!);
    }
    return out.join(" ");
  };
}

let shipped: SpellOut | undefined;
/** The speller of the shipped lexicon, built on first use. */
export const spellOutAbbreviations: SpellOut = (text) => (shipped ??= abbreviationSpeller())(text);
