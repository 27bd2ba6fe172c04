/**
 * Issue 13 (typed as people type): "t.ex.", "bl.a.", "s.k." stand inside a sentence; their point is no sentence end, so
 * the words after one belong to the sentence that asks ("Vem får inrätta ett nytt samordningsråd, t.ex. för
 * smärtvård, i VGR?" asks who sets up samordningsråd: 004, the hälso- och sjukvårdsutvecklingsdirektör). Sentences
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("abbreviations inside a sentence", () => {
  it.each([
    "Vem får avveckla ett samordningsråd, t.ex. ett för en liten specialitet, i VGR?",
    "Vem beslutar om att starta nya samordningsråd, bl.a. för smärtvård, i Västra Götaland?",
  ])("%s → the hälso- och sjukvårdsutvecklingsdirektör", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("creates");
    expect(d.result.owner?.id).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
  });
});
