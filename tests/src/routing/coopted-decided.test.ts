/**
 * Issue 13 (boundary): who decides whether someone may take part as an adjunct ("adjungerad") is the råd itself — 004
 * "Samordningsrådet kan besluta om ett begränsat antal adjungerade deltagare" (003 likewise) — not the
 * förvaltningschefer who appoint its members. "Vara med i rådet som adjungerad. Vem avgör det?" had been read as the
 * members relation, whose words ("vara med i" + "avgör") outnumbered the one word of co-opting. Sentences written for
 * this test; members asked without a word of co-opting stay the members relation.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("deciding on adjunct participants is the råd's own decision", () => {
  it.each([
    "Vår kommun vill vara med i röntgenrådet i VGR som adjungerad. Vem avgör det?",
    "Vem bestämmer om privata vårdgivare får vara med som adjungerade i samordningsrådet för bild- och funktionsmedicin?",
  ])("%s → the råd", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("who decides who is in the råd is still the members relation", () => {
    const r = router.route({ question: "Vem bestämmer vilka som ska vara med i röntgenrådet i VGR?" });
    expect(r.owner?.id).toBe("vgr:forvaltningschef");
  });

  it("'finns det …' after the question is Swedish's existential, not a group that is to exist", () => {
    const q = "Samordningsrådet för ortopedi vill ta in åtta adjungerade deltagare från privata vårdgivare. Vem beslutar det, och finns det något tak?";
    expect(router.routeDetailed({ question: q }).analysis.asks).toBe("coopted");
    // … while "finns det något samordningsråd" asks whether one is set up (004: the HSU director sets up and closes them)
    expect(router.route({ question: "Finns det något samordningsråd för urologi, och vem beslutar om det?" }).owner?.id).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
  });
});
