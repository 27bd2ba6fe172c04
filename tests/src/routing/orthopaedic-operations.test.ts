/**
 * Issue 13 (topic, boundary): operations on joints — knee, hip, shoulder, meniscus — are orthopaedics in Swedish health
 * care (synonymer.yaml, the ortopedi area). A matter of one such area is the samordningsråd of that area in VGR, which
 * the catalog holds only as the kind (003); naming the imaging råd as a guess does not make knee operations imaging.
 * In Mellansverige the same words are the verksamhetschefsgrupper's production planning (000). Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("joint operations are orthopaedics", () => {
  it.each([
    "Köerna till meniskoperation i Västra Götaland – ska bild- och funktionsmedicinrådet ta dem eller något annat råd?",
    "Är det samordningsrådet för bild- och funktionsmedicin som ska korta väntetiderna för axeloperationer i VGR?",
  ])("%s → the samordningsråd kind, not the imaging råd", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("planning hip operations between the regions is the verksamhetschefsgrupp's (000)", () => {
    const r = router.route({ question: "Vilken grupp i sjukvårdsregionen samordnar höftoperationerna mellan regionerna?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});
