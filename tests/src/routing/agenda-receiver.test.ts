/**
 * Issue 13 (relation, no group named): 002 Ärendegång — "Frågor ska anmälas till enhetschef eller utvecklingsstrateg på
 * Utvecklings- och Utredningsenheten på VKL i god tid innan mötet så att frågan sätts upp på dagordningen". Asked whom one
 * turns to with an agenda item, naming no group, the answer is the party that sentence names, not the group whose
 * mandate holds it; asked which group does a duty, the group itself.
 */
import { sampleRouter } from "./sample-router";

const { router, say: owner } = sampleRouter();

describe("the receiver of an agenda item, no group named", () => {
  it.each([
    "Vem anmäler jag en fråga till om jag vill ha den på dagordningen?",
    "Who do I send an item to if I want it on the agenda?",
  ])("answers UoU: %s", (q) => {
    expect(owner(q)).toBe("owner vastmanland:uou-vkl");
  });

  it("cites the clause of the Ärendegång", () => {
    const r = router.route({ question: "Vem anmäler jag en fråga till om jag vill ha den på dagordningen?" });
    expect(r.citations[0]?.text).toMatch(/dagordningen/);
  });

  it("a yes/no question about the agenda stays with the group", () => {
    expect(owner("Kan man ta upp en fråga direkt på samverkansmötet i Västerås fast den inte står på dagordningen?")).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
