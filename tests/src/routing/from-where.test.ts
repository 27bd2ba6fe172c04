/**
 * Issue 13 (relation): "varifrån" (from where) asks for a source — a party — as "vart" asks for a destination. After a
 * clause opened by "När", the question had been read as asking only when (a fact), and the relation it asked
 * (003 "Ordförande: Utses av koncernledning … efter förslag från förvaltningscheferna") was dropped. Sentences written
 * for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'varifrån' asks for a party", () => {
  it.each([
    "När samordningsrådet för ortopedi i VGR behöver en ny ordförande, varifrån kommer förslaget?",
    "När ett samordningsråd i Västra Götalandsregionen byter ordförande – varifrån kommer förslaget?",
  ])("%s → the förvaltningschefer who propose", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:forvaltningschef");
  });

  it("a question of when alone is still a fact of the mandate", () => {
    const d = router.routeDetailed({ question: "När fastställdes uppdraget för samordningsrådet för bild- och funktionsmedicin?" });
    expect(d.analysis.asks).not.toBe("proposes");
  });
});
