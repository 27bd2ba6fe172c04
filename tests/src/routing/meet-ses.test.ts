/**
 * Issue 13 (topic, everyday Swedish): "ses" with a plural subject is "träffas" ("Var ses de?", "Brukar de ses på
 * plats?"), a question about a group's meetings (002 "Mötesfrekvens och plats: … Möten äger rum på … i Västerås"); the
 * greeting "vi ses!" is not one. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("'de ses' speaks of a group's meetings", () => {
  it("the group named before, then 'brukar de ses …?'", () => {
    const r = router.route({ question: "Jag ska föra anteckningar på nästa möte i samverkansgruppen i Västmanland. Brukar de ses i Västerås eller på länk?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(GROUP);
  });
});
