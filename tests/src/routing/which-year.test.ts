/**
 * Issue 13 (topic): "Vilket år startade samverkansgruppen?", "which year was it set up?" ask when a group began — a
 * fact of its own mandate — not who set it up. A question word before a noun of time asks when, as "när" does (general
 * Swedish); a folded "ar" is "år" only where a finite verb follows ("vilket är forumet som …" still asks which body).
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const SG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("a question word before a noun of time asks when", () => {
  it.each([
    ["Vilket år startade Västmanlands samverkansgrupp för hälso- och sjukvårdsfrågor?", SG],
    ["Which year was the Västmanland joint group started?", SG],
    ["Vilken dag inrättades samordningsrådet för bild- och funktionsmedicin?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s → the group itself", (question, owner) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("topic");
    expect(d.result.owner?.id).toBe(owner);
  });

  it("who set it up still asks who", () => {
    const d = router.routeDetailed({ question: "Vem startade Västmanlands samverkansgrupp för hälso- och sjukvårdsfrågor?" });
    expect(d.analysis.asks).toBe("creates");
    expect(d.result.owner?.id).toBe("vastmanland:chefsforum");
  });

  it("'vilket är' followed by a noun still asks which body", () => {
    const d = router.routeDetailed({ question: "Vilket är forumet som utser ordföranden i VCG?" });
    expect(d.analysis.asks).toBe("chair");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});
