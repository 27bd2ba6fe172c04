/*
 * The lexicon's own lists (regions outside the catalog, a person's own case, services that are not health care) are
 * misspelt as any word is: "Norrbtten", "lösenrdet", "snöröjingen" are those words, so the question is still nobody's.
 * The spelling index knows their words; they are never parts a compound is split on. Questions written by the lead.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("a typo in a word of the lexicon's lists", () => {
  it.each([
    ["Vilken grupp i Norrbtten samordnar strokevården?", "Vilken grupp i Norrbotten samordnar strokevården?"],
    ["Vem ansvarar för snöröjingen vid vårdcentralen i Sala?", "Vem ansvarar för snöröjningen vid vårdcentralen i Sala?"],
    ["Jag har glömt lösenrdet till journalsystemet, vem hjälper mig?", "Jag har glömt lösenordet till journalsystemet, vem hjälper mig?"],
    ["Vem i kommunen beslutar om försörjnngsstöd i Köping?", "Vem i kommunen beslutar om försörjningsstöd i Köping?"],
  ])("%s", (typo, clean) => {
    expect(say(clean)).toBe("none");
    expect(say(typo)).toBe("none");
  });
});
