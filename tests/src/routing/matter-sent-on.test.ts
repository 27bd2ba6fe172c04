/**
 * Issue 13 (boundary): "Vilken grupp ska vi skicka det till?" after a matter is told asks where the matter belongs —
 * the topic's owner — not whom a group reports to; a report, minutes or a verksamhetsberättelse sent on still asks the
 * reporting clause (000 "delges Ledningsgruppen"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a matter sent on asks where it belongs", () => {
  it("pay told, the council declining, 'vilken grupp ska vi skicka det till?' → the regionövergripande grupper (004)", () => {
    const d = router.routeDetailed({ question: "Lönerna för undersköterskor skiljer sig mellan sjukhusen i VGR. Samordningsrådet vill inte ta frågan. Vilken grupp ska vi skicka det till?" });
    expect(d.analysis.asks).toBe("topic");
    expect(d.result.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
  });

  it("'vart skickar vi frågan om …' → the topic's owner", () => {
    const d = router.routeDetailed({ question: "Vart skickar vi frågan om gemensam utbildning för narkossjuksköterskor i sjukvårdsregionen?" });
    expect(d.analysis.asks).toBe("topic");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("minutes or a verksamhetsberättelse sent on still ask the reporting clause", () => {
    for (const question of ["VCG:s minnesanteckningar är klara. Vem skickar vi dem till?", "Vi i verksamhetschefsgruppen har skrivit klart verksamhetsberättelsen. Vem ska vi skicka den till?"]) {
      const d = router.routeDetailed({ question });
      expect(d.analysis.asks).toBe("reports");
      expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    }
  });
});
