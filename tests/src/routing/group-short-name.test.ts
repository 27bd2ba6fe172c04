/**
 * Issue 13 (topic, relation): people name Västmanland's group by the first word of its name and the head noun —
 * "den länsgemensamma gruppen" for "Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor" — as they say
 * "länsgruppen" (samples/overrides/002: aliases, the names its readers use). A question so named is about that group:
 * its meetings (002 "Möten äger rum på Västmanlands Kommuner och Landsting i Västerås") and its relations (002
 * "Chefsforum … utser samverkansgruppens medlemmar"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("'den länsgemensamma gruppen' is Västmanland's samverkansgrupp", () => {
  it("its meetings are the group's own fact", () => {
    const r = router.route({ question: "Hur ofta träffas länsgemensamma gruppen?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(GROUP);
  });

  it("who appoints its members is Chefsforum", () => {
    const r = router.route({ question: "Vem utser ledamöterna i den länsgemensamma gruppen?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vastmanland:chefsforum");
  });
});
