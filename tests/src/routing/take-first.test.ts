/**
 * Issue 13 (relation): "vem bestämmer vad gruppen ska ta först" asks who sets the order of a group's assignments — its
 * commissioner: 002 "Chefsforum är uppdragsgivare och prioriterar uppdragen till samverkansgruppen" (as "vad som ska
 * gå först" already did; the act is paired with a word of the assignments, as the relation's other acts are). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("what a group takes first is its commissioner's priority", () => {
  it.each([
    "Uppdragen till samverkansgruppen i Västmanland är många. Vem säger vad den ska ta först?",
    "Samverkansgruppen i Västmanland har fått fem nya uppdrag. Vem avgör vad gruppen gör först?",
  ])("%s → Chefsforum", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vastmanland:chefsforum");
  });
});
