/**
 * Issue 13 (English): "compare notes" is the English idiom for exchanging experiences (002: "en arena för att sprida goda
 * exempel och lokala erfarenheter"), not the meeting notes — read word by word it asked whom the notes are sent to
 * (the reports relation) and answered with the huvudmän. "Notes" alone stays the meeting notes. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const answer = (q: string) => {
  const r = router.route({ question: q });
  return `${r.status} ${r.owner?.id}`;
};

describe("English 'compare notes'", () => {
  it.each([
    "Is there a county-level group in Västmanland where the municipalities and the region get information about new laws and compare notes?",
    "Where do the region and the municipalities in Västmanland compare notes on home care?",
  ])("%s → the länsgemensam samverkansgrupp", (q) => {
    expect(answer(q)).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
  it("the notes on their own are still the meeting notes (where they go: the reports relation)", () => {
    expect(router.routeDetailed({ question: "Who approves the notes of the Västmanland collaboration group?" }).analysis.asks).toBe("reports");
    expect(router.routeDetailed({ question: "Where do the region and the municipalities in Västmanland compare notes?" }).analysis.asks).toBe("topic");
  });
});
