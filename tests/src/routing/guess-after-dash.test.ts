/*
 * A body alone after a dash at the end of a question ("Vem ansvarar för … – verksamhetschefsgrupperna?") is the
 * asker's guess at the answer, an elliptic "är det verksamhetschefsgrupperna?" (guess.ts): the question's other words
 * decide. And "på sjukvårdsregional nivå", "på regional nivå" say at which level, not what is asked: the noun "nivå"
 * weighs nothing (its adjective may name the organisation). 001: "Ledningsgruppen … säkerställer en god samverkan
 * med kommunerna." Questions written for this test from that clause, not taken from the development sets.
 */
import { focusOf } from "../../../src/routing/analyze";
import { compileLexicon } from "../../../src/routing/compiled-lexicon";
import { shippedLexicon } from "../../../src/routing/lexicon";
import { sampleAnalyzer, sampleRouter } from "./sample-router";

const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const { router, say } = sampleRouter();
const read = sampleAnalyzer(router);

describe("a group after a dash is a guess; 'på … nivå' is a level", () => {
  it("marks the word after a spaced dash, and only a spaced one", () => {
    const a = read("Vem har hand om kommunsamverkan i Mellansverige – ledningsgruppen?");
    expect([...a.afterDash].map((i) => a.words[i])).toEqual(["ledningsgruppen"]);
    expect(read("Vem i Uppsala-Örebro har hand om kommunsamverkan?").afterDash.size).toBe(0);
  });

  it.each([
    "Vem säkerställer en god samverkan med kommunerna i Sjukvårdsregion Mellansverige – verksamhetschefsgrupperna?",
    "Vem har ansvaret för en god samverkan med kommunerna i Mellansverige – kanske verksamhetschefsgrupperna?",
    "Vem på sjukvårdsregional nivå säkerställer samverkan med kommunerna?",
    "Vilken grupp sköter samverkan med kommunerna på sjukvårdsregional nivå?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${LG}`);
  });

  it("weighs 'nivå' after 'på' and its adjective at nothing, unless the phrase has a meaning of its own", () => {
    const areas = compileLexicon(shippedLexicon()).areaConcepts;
    const weightOf = (q: string, word: string) => {
      const a = read(q);
      return focusOf(a, new Set(), areas)[a.tokens.findIndex((t) => t.word === word)];
    };
    expect(weightOf("Vem på sjukvårdsregional nivå ansvarar för att samverkan med kommunerna fungerar?", "niva")).toBe(0);
    expect(weightOf("Vem i Mellansverige sköter det på regional nivå?", "niva")).toBe(0);
    // "på nationell nivå" is the mandates' "i nationella sammanhang" (synonymer.yaml)
    expect(weightOf("Vem för Mellansveriges talan på nationell nivå?", "niva")).toBeGreaterThan(0);
    expect(weightOf("Vem bestämmer nivån på ersättningen i VGR?", "nivan")).toBeGreaterThan(0);
  });
});
