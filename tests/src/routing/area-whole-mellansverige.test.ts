/**
 * Issue 13, boundary between organisations: in Sjukvårdsregion Mellansverige a care area's group is its
 * verksamhetschefsgrupp (000: one per verksamhet, "Samtliga regioner ska vara representerade i alla
 * verksamhetschefsgrupper"), as in VGR it is a samordningsråd inom hälso- och sjukvård. An area that only a VGR group
 * has (röntgen: Samordningsråd bild- och funktionsmedicin) is still the VCG's in Mellansverige.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";

describe("a care area in Sjukvårdsregion Mellansverige", () => {
  it.each([
    "Vilken grupp i Mellansverige jobbar med urologi?",
    "Vem ansvarar för hudsjukvården i Sjukvårdsregion Mellansverige?",
    "Vem ansvarar för röntgen i Mellansverige?",
    "Who handles urology in Mellansverige?",
  ])("answers the verksamhetschefsgrupp kind: %s", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(VCG);
    expect(d.analysis.kindOnly?.kind.id).toBe(VCG);
  });

  it("answers the same with the organisation given instead of named", () => {
    expect(router.route({ question: "Vem ansvarar för urologin?", org: "sjukvardsregion-mellansverige" }).owner?.id).toBe(VCG);
  });

  it("leaves VGR's areas with VGR's groups", () => {
    expect(router.route({ question: "Vem ansvarar för urologin i VGR?" }).owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
    expect(router.route({ question: "Vem ansvarar för röntgen i VGR?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
