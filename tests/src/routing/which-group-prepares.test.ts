/**
 * Issue 13 (relation, organisation known): "Vilken grupp bereder ärendena …?" in Västmanland, whose mandate has one
 * group, asks which group prepares — the group word is the one asked for, not a group whose preparer is asked (002
 * "Samverkansgruppen ska vara en beredande grupp till Chefsforum"). Taken as the subject, the answer (the group
 * itself) looked like a group named as its own preparer, and the card said "not sure". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("'vilken grupp' asks for the group", () => {
  it.each([
    "Vilken grupp förbereder frågorna innan beslut fattas?",
    "Which group prepares the matters before they are decided?",
  ])("%s (Västmanland) → the Västmanland group", (q) => {
    const r = router.route({ question: q, org: "vastmanland" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(GROUP);
  });

  it("who prepares the agenda of the named group is still its preparer", () => {
    expect(router.route({ question: "Vem förbereder dagordningen för samverkansgruppen i Västmanland?" }).owner?.id).toBe("vastmanland:uou-vkl");
  });
});
