/**
 * Issue 13, boundary (kind vs concrete group, one area vs several): a care area written as the first part of a compound
 * ("strokevårdsprocessen") names the area as "processen i strokevården" does — in Swedish the head is the thing, the
 * first part what it belongs to. A process in one area is that area's råd's (the kind in VGR, 003/004), not Klinisk
 * ledning's, which takes "förändrade arbetssätt och processer i flera verksamhetsområden" (004). "röntgenrådet" still
 * names a group by its area, and a merger of "ortopedkliniker" stays organisation (004: the regionövergripande
 * samordnande grupper), the area's whole not added to the compound's head.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("a care area as a compound's first part", () => {
  it("is one area: a process in it is its råd's, not Klinisk ledning's", () => {
    const r = router.route({ question: "Vem ansvarar för strokevårdsprocessen i VGR?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(KIND);
  });

  it("keeps a group named by its area as that group", () => {
    expect(router.route({ question: "Vem ansvarar för röntgenrådets möten?" }).owner?.id).toBe(BFM);
  });

  it("adds no area whole to the compound's head: a merger of clinics stays organisation", () => {
    const r = router.route({ question: "Två ortopedkliniker på olika sjukhus i VGR ska slås ihop till en. Är det samordningsrådet som äger den frågan?" });
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
  });
});
