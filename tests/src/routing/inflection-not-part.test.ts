/*
 * An inflection ending is not a part of a compound, whatever short word it happens to spell: "-ars" is the genitive
 * plural of a noun in -ar (förvaltningar → förvaltningars), and "års" is a word the mandates write ("föregående års
 * verksamhet", 000). Read as förvaltning|års, every "-ingars" word gave the question a head term "år" at head credit,
 * pulling it towards the mandates that speak of years. General Swedish; questions written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";
import { sampleAnalyzer } from "./sample-router";

const router = new Router(sampleCatalog());
const analyze = sampleAnalyzer(router);
// the word as written, or the catalog's form one edit away that the reading puts in its place ("utredningars" is read as
// "utredningar", a lexicon word: the same key, and no "år")
const termsOf = (q: string, word: string) => analyze(q).tokens.find((t) => t.word === word || t.word === word.slice(0, -1))!.terms.map((t) => t.term);

describe("a genitive plural in -ars is the noun, not noun + år", () => {
  it.each([
    ["Vem samordnar förvaltningars bemanning i VGR?", "forvaltningars", "forvaltn"],
    ["Vem följer upp mottagningars väntetider?", "mottagningars", "mottagn"],
    ["Vem samordnar utredningars resurser i Mellansverige?", "utredningars", "utredn"],
  ])("%s", (q, word, key) => {
    const terms = termsOf(q, word);
    expect(terms).toContain(key);
    expect(terms).not.toContain("ars");
  });

  it("keeps the parts of a compound before the ending (kompetens|försörjning)", () => {
    const terms = termsOf("Vem samordnar kompetensförsörjningars planering?", "kompetensforsorjningars");
    expect(terms).toContain("forsorjn");
    expect(terms).not.toContain("ars");
  });
});
