/**
 * Issue 13, recall: a speciality no mandate names is an area of hälso- och sjukvård, and VGR has a samordningsråd
 * inom hälso- och sjukvård per area (003's template, "Ansvarsområde: xxx"). So a VGR question about one such area is
 * answered with that kind (said as a kind, with its concrete groups), not "none" — while a practical matter at a clinic
 * of that area stays none, and an area a concrete group has still goes to that group.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";

describe("care areas no mandate names", () => {
  it.each([
    "Vart vänder jag mig med en fråga om hudsjukvården i VGR?",
    "Vem ansvarar för ÖNH i VGR?",
    "Vem ansvarar för smärtvården i Västra Götalandsregionen?",
    "Vilken grupp i VGR har hand om plastikkirurgin?",
    "Who handles dermatology in VGR?",
  ])("answers the samordningsråd kind, said as a kind: %s", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(KIND);
    expect(d.analysis.kindOnly?.kind.id).toBe(KIND);
  });

  it("answers the same area asked with VGR given instead of named", () => {
    const d = router.routeDetailed({ question: "Vem ansvarar för hudsjukvården?", org: "vgr" });
    expect(d.result.owner?.id).toBe(KIND);
  });

  it("leaves a practical matter at a clinic of such an area with none", () => {
    expect(router.route({ question: "Jag behöver en tid hos hudläkare i Borås" }).status).toBe("none");
    expect(router.route({ question: "Hudkliniken i Borås har en trasig dörr, vem fixar den?" }).status).toBe("none");
  });

  it("still answers an area a concrete group has with that group", () => {
    expect(router.route({ question: "Vem ansvarar för röntgen i VGR?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
