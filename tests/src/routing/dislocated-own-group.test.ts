/**
 * Issue 13 (relation): "Vår ordförande – vem rapporterar hon till?" puts the noun phrase first and takes it up with a
 * pronoun (Swedish left dislocation). Folded, "vår" is "var", which opening a sentence is usually the verb or "where";
 * before a one- or two-word phrase and a question word it is the possessive, and the asker speaks of their own group
 * (with VGR known, a samordningsråd: 003 "Ordförande rapporterar till hälso- och sjukvårdsdirektören"). Sentences
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a dislocated 'vår …' before the question", () => {
  it.each(["Vår ordförande, vem rapporterar hon till?", "Vår ordförande – vem ska han rapportera till?"])("%s (VGR) → hälso- och sjukvårdsdirektören", (q) => {
    const d = router.routeDetailed({ question: q, org: "vgr" });
    expect(d.analysis.asks).toBe("reports");
    expect(d.result.owner?.id).toBe("vgr:halso-och-sjukvardsdirektor");
  });
});
