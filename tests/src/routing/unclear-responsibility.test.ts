/**
 * Issue 13 (topic): "ansvarsoklarheter", "otydlig ansvarsfördelning" — a responsibility that is unclear is a question of
 * how it is shared (002: "Identifiera områden där oenighet råder om tolkningar i ansvar och utarbeta förslag till
 * lösning"; "rutiner som reglerar ansvarsfördelning"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("unclear responsibility between municipality and region", () => {
  it("ansvarsoklarheter in Västmanland → the county group", () => {
    const d = router.routeDetailed({
      question: "Patienterna skickas mellan kommunen och regionen i Västmanland när det gäller hjälpmedel i hemmet. Vem ska reda ut sådana ansvarsoklarheter?",
    });
    expect(d.result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
