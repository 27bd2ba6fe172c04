/**
 * Issue 13 (relation, English): the asker putting a matter forward ("Vem anmäler vi frågor till?", "Who should we send
 * our agenda items to?") in an organisation with one group asks that group's way in — its Ärendegång (002: "Frågor
 * ska anmälas till enhetschef eller utvecklingsstrateg på UoU på VKL") — also when the question names no group.
 * Whether matters must be put forward ahead is still the group's own clause. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a matter put forward in Västmanland goes to UoU", () => {
  it.each(["Vem anmäler vi frågor till?", "Vart anmäler jag ett ärende?", "Who should we send our agenda items to?", "Who do I submit an item to?"])("%s (Västmanland known) → UoU på VKL", (question) => {
    const d = router.routeDetailed({ question, org: "vastmanland" });
    expect(d.analysis.asks).toBe("prepares");
    expect(d.result.owner?.id).toBe("vastmanland:uou-vkl");
  });

  it("whether matters must be put forward ahead (yes or no, no one asked for) → the group, whose clause says it", () => {
    expect(router.route({ question: "Måste vi anmäla frågorna i förväg?", org: "vastmanland" }).owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
