/**
 * Issue 13, relation questions: a body the question offers as the answer is not the group the relation is asked about.
 * Swedish marks it: the source or agent of the act ("få hjälp av kansliet", "avropa … från kansliet") and a noun phrase
 * with a reflexive possessive ("informera sina egna huvudmän": "sin/sitt/sina" point back to the clause's subject, so
 * that noun phrase is never the subject). When the asked-about group's clause names the offered body, it answers
 * (000: "Möjlighet finns att avropa utredningsresurser från Samverkansnämndens kansli"; 002: the participants inform
 * their own huvudman).
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("a body the question offers as the answer", () => {
  it("answers the source of support the group's clause names, not the source's own relations", () => {
    const d = router.routeDetailed({ question: "Kan ordföranden i verksamhetschefsgruppen få hjälp av kansliet med en utredning?" });
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
    expect(d.analysis.subject?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("reads a reflexive possessive's noun phrase as the offered answer, not the subject", () => {
    const d = router.routeDetailed({ question: "Vem ska ledamöterna i samverkansgruppen hålla informerade, sina egna huvudmän?" });
    expect(d.result.owner?.id).toBe("vastmanland:huvudman");
    expect(d.analysis.subject?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });

  it("keeps the answer when the group is the yes/no question's subject", () => {
    expect(router.route({ question: "Kan verksamhetschefsgruppen för ortopedi avropa utredningsresurser från kansliet?" }).owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
  });
});
