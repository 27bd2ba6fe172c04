/**
 * Issue 13 (organisation): "Västmanlandskommunerna" is the municipalities of Västmanland, as "kommunerna i Västmanland"
 * is — Swedish puts what a thing belongs to first in a compound — so it names the organisation, as
 * "Västmanlandsgruppen" already did. Unnamed, the question's municipalities also fitted 001 ("säkerställer en god
 * samverkan med kommunerna") and the answer was "not sure". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a compound of a place and its municipalities names the organisation", () => {
  it.each([
    "Var reder vi ut tolkningen av läkemedelsavtalet mellan regionen och Västmanlandskommunerna?",
    "Vem hanterar oenigheter om hemsjukvård mellan landstinget och Västmanlandskommunerna?",
  ])("%s → the Västmanland group", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.organization?.id).toBe("vastmanland");
    expect(d.result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
