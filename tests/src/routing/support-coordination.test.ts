/**
 * Issue 13 (owner precision): "Till stöd för samordningsråden tillhandahåller Koncernkontoret koordinator till varje
 * samordningsråd" (004) and "Koncernkontoret tillhandahåller koordinerande och samordnande stöd" (003). A question
 * about the coordination a council gets asks who supports it, not the council itself; a question about
 * coordinating a matter is still the council's topic.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("who gives a council its coordination", () => {
  it.each([
    "Vem håller i koordineringen av samordningsråden i VGR?",
    "Vilken del av VGR ger samordningsråden deras samordnare?",
    "Who provides the coordination councils in VGR with a coordinator?",
    "Who supplies VGR's council coordinators?",
    // "coordinating help" is a noun phrase, the help a council gets (engelska.yaml: stöd), not the verb "help"
    "Which body gives the imaging coordination council in VGR coordinating help?",
  ])("answers Koncernkontoret: %s", (q) => {
    expect(owner(q)).toBe("owner vgr:koncernkontoret");
  });

  it("still answers a council for coordinating its matter (the English verb, not the noun)", () => {
    expect(owner("Who coordinates ultrasound capacity across the hospitals in Västra Götaland?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(owner("Vem samordnar ultraljudskapaciteten mellan sjukhusen i Västra Götaland?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
