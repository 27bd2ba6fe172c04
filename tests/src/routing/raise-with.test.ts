/**
 * Issue 13 (topic): "lyfta X med Y" is to take a matter up with someone (general Swedish) — the question asks where
 * the matter belongs, not where a body escalates what it cannot decide (004 "… lyfts till berörd koncernövergripande
 * grupp"). "Lyfta" alone had been read as escalation, and the samordningsråd's escalation path (the kontaktperson)
 * answered. Sentences written for this test; "vart lyfter vi den?" stays escalation.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("raising a matter with a group", () => {
  it.each([
    "Jag vill lyfta bristen på ultraljudstider i Västra Götaland med det samordningsråd som äger frågan.",
    "Kan vi lyfta köerna till magnetkameran i VGR med rätt grupp?",
  ])("%s → the imaging council", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("escalation asked without a party to raise it with stays escalation", () => {
    const d = router.routeDetailed({ question: "Röntgenrådet i VGR kan inte besluta om det här. Vart lyfter vi frågan?" });
    expect(d.analysis.asks).toBe("escalation");
  });
});
