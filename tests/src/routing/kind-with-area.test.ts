/**
 * Issue 13 point 3, a kind instead of a group: "samordningsrådet för röntgen och klinfys" is the råd whose field those
 * areas are, as the compound "röntgenrådet" is ("X för Y" is the X whose field is Y), so its own mandate answers (004:
 * "Mötesfrekvens: 4 till maximalt 8 ggr/år"). A field no concrete group has keeps the kind (003's template).
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("a kind named with a care area after 'för'", () => {
  it("is the concrete group whose area it is", () => {
    const d = router.routeDetailed({ question: "Hur ofta träffas samordningsrådet för ultraljud och nuklearmedicin i VGR?" });
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(d.analysis.subject?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("stays the kind for an area no concrete group has", () => {
    expect(router.route({ question: "Hur ofta träffas samordningsrådet för barnsjukvård i VGR?" }).owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

/**
 * 003/004: the concrete råd (bild- och funktionsmedicin) owns its own area, the kind's template every other area. A
 * clause the two mandates share ("den samlade kapaciteten används på bästa vis") says nothing of which area a
 * question is about: with no care area, no group and no organisation named, the kind and the concrete råd are
 * offered, not the concrete råd as the owner. With the organisation known (named, or given) the question is no more
 * the concrete råd's than any other råd's: the kind answers, its concrete groups listed (the template for every råd).
 * A care area of the råd settles it for the råd.
 */
describe("a clause the kind's template and a concrete group share", () => {
  it("offers both when the question names no care area and no organisation", () => {
    const r = router.route({ question: "Vem ser till att den samlade kapaciteten används på bästa vis?" });
    expect(r.status).toBe("ambiguous");
    expect(r.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(["vgr:samordningsrad-bild-och-funktionsmedicin", "vgr:samordningsrad-inom-halso-och-sjukvard"]));
  });

  it.each([
    ["named", { question: "Vem i VGR ser till att den samlade kapaciteten används på bästa vis?" }],
    ["given", { question: "Vem ser till att den samlade kapaciteten används på bästa vis?", org: "vgr" }],
  ])("is the kind, its concrete groups listed, when the organisation is %s", (_, q) => {
    const d = router.routeDetailed(q);
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
    expect(d.analysis.kindOnly?.groups.map((g) => g.id)).toContain("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("is the concrete group when the question names its area", () => {
    const r = router.route({ question: "Vem i VGR ser till att den samlade kapaciteten inom röntgen används på bästa vis?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
