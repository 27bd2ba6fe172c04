/**
 * Issue 13 (boundary): degree adverbs ("nästan", "ganska") say how close, never what a question is about, and
 * "diskuterar" is the frame "diskutera"/"diskuteras" already is (samples/lexicon fragor.yaml) in another form. As topic
 * words they had diluted a question about the ledningsgrupp's own duty — 001 "Ledningsgruppen ska adjungera berörda
 * personer/verksamheter till sina möten när frågor av särskild vikt för enskild region diskuteras" — below the
 * threshold. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("degree adverbs and the frame verb in its other forms", () => {
  it.each([
    "Vi vill att ledningsgruppen i Mellansverige bjuder in någon från primärvården i Dalarna när de diskuterar en fråga som nästan bara rör Dalarna",
    "Kan ledningsgruppen i Mellansverige bjuda in folk från psykiatrin i Gävleborg när de diskuterar något som ganska mycket rör Gävleborg?",
  ])("%s → the ledningsgrupp", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});
