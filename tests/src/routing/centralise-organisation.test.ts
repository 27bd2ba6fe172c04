/**
 * Issue 13 (boundary): to centralise a service (gather it in one place) or to spread it out is to change its
 * organisation, which 004 sends away from the samordningsråd: "Övergripande frågor som rör organisation och
 * arbetsvillkor … hanteras via regionövergripande samordnande grupper och inte av samordningsråden". Asked of the
 * imaging council by name, it had been answered with that council. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const ORGANISATION = "vgr:regionovergripande-samordnande-grupper";

describe("centralising a service is a question of organisation", () => {
  it.each([
    "Får bild- och funktionsrådet i VGR centralisera ultraljudet?",
    "Kan röntgenrådet besluta om centralisering av nuklearmedicinen i Västra Götalandsregionen?",
  ])("%s → the region-wide coordinating groups", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(ORGANISATION);
  });

  it("the council's own matter stays its own", () => {
    expect(router.route({ question: "Vem samordnar kapaciteten för nuklearmedicinen mellan sjukhusen i VGR?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
