/*
 * Organisations the catalog does not cover (samples/lexicon/organisationer.yaml `outside`) are found as written: a name
 * (a word with a capital inside a sentence) is no typo of a catalog word or a relation cue ("Kalmar" is not "kallar"),
 * and a longer name the catalog does not cover wins over a word of it that names a covered organisation ("Norra
 * sjukvårdsregionen" is not Sjukvårdsregion Mellansverige, whose groups say "sjukvårdsregionen"). Questions written for
 * this test, not taken from the tune or holdout halves.
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();
const reason = (question: string) => router.routeDetailed({ question }).analysis.reason;

describe("a name is read as written", () => {
  it.each(["Vilken grupp i Region Kalmar samordnar ortopedin?", "Vem i Kalmar ansvarar för kompetensförsörjningen inom röntgen?"])("%s → none (organization)", (q) => {
    expect(say(q)).toBe("none");
    expect(reason(q)).toBe("outside");
  });
});

describe("a longer name outside the catalog wins over a word of it", () => {
  it.each([
    "Vilken grupp i Norra sjukvårdsregionen ansvarar för kompetensförsörjning?",
    "Vem sköter samverkan mellan regionerna i Södra sjukvårdsregionen?",
    "Vilken grupp samordnar investeringar i Sydöstra sjukvårdsregionen?",
  ])("%s → none (organization)", (q) => {
    expect(say(q)).toBe("none");
    expect(reason(q)).toBe("outside");
  });

  it("leaves 'sjukvårdsregionen' alone to Sjukvårdsregion Mellansverige", () => {
    // 000: "Samverka kring … kompetensförsörjning"
    expect(say("Vilken grupp i sjukvårdsregionen samverkar kring kompetensförsörjning?")).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});
