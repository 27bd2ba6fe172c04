/**
 * Issue 13 (relation): a remissinstans's answers go to the body it answers for ("Vara remissinstans till
 * ledningsgruppen", 000): where a verksamhetschefsgrupp's remissvar or remissyttranden are sent, handed in or received is
 * the serves relation, answered with the ledningsgrupp. Remissvar as a matter ("Vem äger frågan om remissvar …": 004,
 * "Medverka till remissvar på nationellt framtagna kunskapsstöd") stays a topic — round 30 read every mention of
 * remissvar as the relation and lost that question (caught by the fresh-clone CI), so the relation now needs a verb of
 * sending or receiving beside the word. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const owner = (q: string) => {
  const r = router.route({ question: q });
  return `${r.status} ${r.owner?.id}`;
};

describe("where a remissinstans's answers go", () => {
  it.each([
    "Vart skickar verksamhetschefsgruppen sina remissyttranden?",
    "Till vem lämnar verksamhetschefsgrupperna sina remissvar?",
    "Ska VCG i Mellansverige lämna remissvaren direkt till samverkansnämnden?",
  ])("%s", (q) => {
    expect(owner(q)).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
  it.each([
    "Vem äger frågan om remissvar på nationella kunskapsstöd inom bild- och funktionsmedicin?",
    "Vem äger frågan om remissvar inom bild- och funktionsmedicin?",
  ])("remissvar as a matter is the topic's owner: %s", (q) => {
    expect(owner(q)).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(router.routeDetailed({ question: q }).analysis.asks).toBe("topic");
  });
});
