/**
 * Issue 13 (English): a group that "holds" or "has" its meetings somewhere asks where they are held — the meetings
 * relation, as "where are the meetings held" does (002 "Mötesfrekvens och plats"), answered with the group itself.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a group holds its meetings", () => {
  it.each([
    ["Where do the samordningsråd in VGR hold their meetings?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    ["Where does the joint group for health and care issues in Västmanland hold its meetings?", "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor"],
  ])("%s → %s", (question, id) => {
    const r = router.route({ question });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(id);
  });
});
