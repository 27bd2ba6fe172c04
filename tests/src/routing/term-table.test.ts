import { compileLexicon } from "../../../src/routing/compiled-lexicon";
import { shippedLexicon } from "../../../src/routing/lexicon";
import { words } from "../../../src/routing/normalize";
import { clausesOf } from "../../../src/routing/passages";
import { passageTerms, TermTable } from "../../../src/routing/passage-terms";
import { TextWords } from "../../../src/routing/text-words";
import { Vocabulary } from "../../../src/routing/vocabulary";
import { sampleCatalog } from "./sample-catalog";

/**
 * The index build reads a catalog's texts through one TermTable, which keeps each word's own terms numbered once in
 * a flat row and reuses it in every later text: the terms, strengths and order it gives a text must be those
 * `passageTerms` gives that text alone, whatever texts came before (a word's row read at the wrong place, or a row
 * numbered for one word and reused for another, changes them).
 */
describe("the index build's term table", () => {
  it("gives each text the terms passageTerms gives it, in the same order and strengths, as texts share words", () => {
    const catalog = sampleCatalog();
    const lex = compileLexicon(shippedLexicon());
    const texts = catalog.entries.flatMap((e) => [[e.name, ...e.aliases, e.area ?? ""].join(". "), ...clausesOf(e).map((c) => c.clause.text)]);
    // the same texts again, in another order and glued pairwise: every word is met again after its row was numbered
    const glued = texts.slice(0, 60).map((t, i) => `${texts[texts.length - 1 - i]} ${t}`);
    const all = [...texts, ...[...texts].reverse(), ...glued];
    const counts = new Map<string, number>();
    for (const t of all) for (const w of words(t)) if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
    const vocab = new Vocabulary(counts, lex);
    const table = new TermTable(lex, vocab, new TextWords());
    const numbers = all.map((t) => table.of(t));
    const lists = table.done();
    const wrong: string[] = [];
    all.forEach((text, i) => {
      const t = numbers[i]!;
      const got: string[] = [];
      for (let k = lists.start[t]!; k < lists.start[t + 1]!; k++) got.push(`${table.names[lists.terms[k]!]}=${lists.strengths[k]!.toFixed(3)}`);
      const want = [...passageTerms(text, lex, vocab)].map(([name, s]) => `${name}=${Math.fround(s).toFixed(3)}`);
      if (got.join(" ") !== want.join(" ")) wrong.push(`${text.slice(0, 60)}: ${got.join(" ")} ≠ ${want.join(" ")}`);
    });
    expect(all.length).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
  });

  it("reads a concept phrase only within the text: no key of an earlier, longer text completes one", () => {
    const lex = compileLexicon(shippedLexicon());
    // "regiongemensam rutin" is a concept phrase (~regional_rutin); the second text ends where the phrase would go on
    const texts = ["Regiongemensamma rutiner", "Regiongemensamma"];
    const counts = new Map(texts.flatMap((t) => words(t)).map((w): [string, number] => [w, 1]));
    const vocab = new Vocabulary(counts, lex);
    const table = new TermTable(lex, vocab, new TextWords());
    const numbers = texts.map((t) => table.of(t));
    const lists = table.done();
    const termsOf = (t: number) => Array.from(lists.terms.subarray(lists.start[t]!, lists.start[t + 1]!), (k) => table.names[k]!);
    expect(termsOf(numbers[0]!)).toContain("~regional_rutin");
    expect(termsOf(numbers[1]!)).toEqual([...passageTerms(texts[1]!, lex, vocab).keys()]);
    expect(termsOf(numbers[1]!)).not.toContain("~regional_rutin");
  });
});
