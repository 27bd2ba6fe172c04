/**
 * Issue 13 (boundary): where a matter goes when nobody has the mandate to decide it is 004's escalation clause ("Där
 * varken ordförande eller deltagare har mandat att fatta beslut eskaleras frågan inom förvaltning eller lyfts till berörd
 * koncernövergripande grupp"), and people ask it as the clause is written, with the missing mandate in a clause of time
 * or condition ("när ingen i rådet har mandat …"). That clause had been read as only saying when, and the council itself
 * was the answer. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a missing mandate, said in a when-clause, asks where the matter is escalated", () => {
  it.each([
    "Vem tar över när ingen i bildrådet i VGR har mandat att besluta?",
    "Vart går frågan när samordningsrådet för bild- och funktionsmedicin inte har mandat att fatta beslutet?",
  ])("%s → the koncernövergripande grupp", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:koncernovergripande-grupp");
  });

  it("a when-clause that only says when still asks the main clause", () => {
    expect(router.route({ question: "Tar röntgenrådet i VGR hänsyn till forskningen när det bereder frågor?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
