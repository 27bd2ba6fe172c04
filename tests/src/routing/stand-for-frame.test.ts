/**
 * Issue 13 (boundary): "vem står för X" (the particle verb "stå för") is the everyday "vem ansvarar för X" — the
 * question's frame, like "ansvarar" — not a word of its topic. Read as a topic word, "står" matched 001's cost clause
 * ("Gruppens hemlandsting står för rese- och lönekostnader") and outweighed the matter, so a region–municipality dispute
 * over home health care (002: "Identifiera områden där oenighet råder om tolkningar i ansvar") was answered "none".
 * Who pays ("står för kostnaderna") is still read by its cost word. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("'står för' frames a question of responsibility", () => {
  it.each([
    "Vi är oense med kommunerna om vem som står för fotvården för diabetiker i hemsjukvården. Vart vänder vi oss?",
    "Vem står för läkemedelsgenomgångar för dem som har hemsjukvård?",
  ])("%s (Västmanland) → the Västmanland group", (q) => {
    const r = router.route({ question: q, org: "vastmanland" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(GROUP);
  });

  it("who pays for taking part is still the costs clause", () => {
    expect(router.route({ question: "Vem står för kostnaderna för deltagande i verksamhetschefsgrupperna?" }).owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});
