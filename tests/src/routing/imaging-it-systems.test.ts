/**
 * Issue 13 (boundary): RIS (the radiology information system) and PACS (the image archive) are IT systems, and an IT
 * system is a support process: 004 "Ställningstaganden som påverkar stödprocesser ska stämmas av i dialog med berörd
 * ansvarig funktion eller koncernövergripande grupp" (gransdragning.yaml lists journal and booking systems the same
 * way). Asked whether the imaging council may decide on one itself, the council had been the answer. Sentences written
 * for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the imaging IT systems are support processes", () => {
  it.each([
    "Kan bild- och funktionsrådet i VGR själv besluta att vi ska gå över till ett nytt PACS?",
    "Räcker det att samordningsrådet för bild- och funktionsmedicin beslutar om ett nytt RIS i VGR?",
  ])("%s → the koncernövergripande grupp", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:koncernovergripande-grupp");
  });
});
