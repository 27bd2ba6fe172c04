/*
 * Issue 13, typed: a compound written apart (särskrivning) whose head carries an inflection ("samordnings rådens") is
 * read as the one word, as the uninflected "samordnings rådet" is: Snowball cuts the inflected compound to a key that
 * reaches only one letter into the head ("samordningsr"), and a head of five letters or more is a word, not an ending.
 * A short second word is still no head ("beslutet sen" is no "beslut"). Sentences written for this test.
 */
import { analyzeQuestion } from "../../../src/routing/analyze";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const r = router as unknown as { lex: never; vocab: never };
const wordsOf = (q: string) => analyzeQuestion(q, r.lex, r.vocab).words;
const say = (q: string) => {
  const x = router.route({ question: q });
  return `${x.status} ${x.owner?.id ?? ""}`;
};

describe("a compound written apart with an inflected head", () => {
  it("reads 'samordnings rådens' as one word (its genitive -s off, as for the word written as one)", () => {
    expect(wordsOf("Hur ofta ses samordnings rådens uppdrag över?")).toEqual(wordsOf("Hur ofta ses samordningsrådens uppdrag över?"));
  });
  it("gives the owner of the compound written as one", () => {
    const clean = "Hur länge gäller samordningsrådens uppdragsbeskrivning?";
    expect(say(clean)).toMatch(/^owner /);
    expect(say("Hur länge gäller samordnings rådens uppdragsbeskrivning?")).toBe(say(clean));
  });
  it("joins no short word after a word into a compound", () => {
    expect(wordsOf("Vi tog beslutet sen i höstas.")).not.toContain("beslutetsen");
  });
});
