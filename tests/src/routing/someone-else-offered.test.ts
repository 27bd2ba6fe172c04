/**
 * Issue 13 (boundary): "Kan X göra Y, eller är det någon annan?" sets the body named as the yes/no question's subject
 * against some other body: it asks who owns Y, and X is one answer offered — no subject's bonus, so the clause that
 * gives Y decides (001: the ledningsgrupp "säkerställer en god samverkan med kommunerna"). A body the mandates give Y
 * keeps it. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a named body set against 'someone else' is a guess", () => {
  it("the verksamhetschefsgrupp guessed for cooperation with the municipalities → the ledningsgrupp", () => {
    const r = router.route({ question: "Kan verksamhetschefsgruppen ansvara för samverkan med kommunerna i sjukvårdsregionen, eller är det någon annan?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("a guess the mandates bear out stays (000: the verksamhetschefsgrupper 'Följa upp medicinska resultat')", () => {
    expect(router.route({ question: "Kan verksamhetschefsgruppen följa upp de medicinska resultaten själv, eller är det någon annan som gör det?" }).owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("a relation asked of the named body is still its own (002: 'mandat att tillsätta särskilda tillfälliga arbetsgrupper')", () => {
    const d = router.routeDetailed({ question: "Får samverkansgruppen i Västmanland tillsätta arbetsgrupper, eller måste någon annan göra det?" });
    expect(d.analysis.asks).toBe("subgroups");
    expect(d.result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
