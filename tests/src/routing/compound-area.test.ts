/**
 * Issue 13, boundary (kind vs concrete group): a care area written as the first part of a compound
 * ("strålbehandlingsutrustning", "ortopedbemanningen") names the area as "utrustning för strålbehandling" does — in
 * Swedish the head is the thing, the first part what it belongs to. So the area's group answers (here the
 * samordningsråd kind in VGR, 003/004), not the imaging råd by the words the two share; "röntgenrådet" still names a
 * group by its area (area-whole.ts, group-naming.ts).
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("a care area as a compound's first part", () => {
  it("is the area the question is about", () => {
    const r = router.route({ question: "Vem planerar investeringar i strålbehandlingsutrustning i VGR?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(KIND);
  });

  it("leaves the imaging råd no near rival for another area's staffing", () => {
    const r = router.route({ question: "Vem ansvarar för ortopedbemanningen i VGR?" });
    expect(r.owner?.id).toBe(KIND);
    expect(r.candidates.slice(1).some((c) => c.id === BFM && c.score > 0.8)).toBe(false);
  });

  it("keeps a group named by its area as that group", () => {
    expect(router.route({ question: "Vem ansvarar för röntgenrådets möten?" }).owner?.id).toBe(BFM);
  });
});
