/**
 * Issue 13: where and how a group's meetings are held is the same fact as how often it meets (002's heading
 * "Mötesfrekvens och plats": "Möten äger rum på … i Västerås"). "Var hålls mötena?" asks the meetings relation, as
 * "Var träffas gruppen?" does; English "where are the meetings held / take place" the same (engelska.yaml).
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const asked = (q: string) => {
  const r = router.routeDetailed({ question: q });
  return `${r.result.status} ${r.result.owner?.id} ${r.analysis.asks}`;
};
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("where the meetings are held", () => {
  it.each([
    "Var hålls mötena i Västmanland?",
    "Var hålls samverkansgruppens möten i Västmanland?",
    "Where are the meetings held in Västmanland?",
    "Where do the meetings of the Västmanland collaboration group take place?",
  ])("%s", (q) => {
    expect(asked(q)).toBe(`owner ${GROUP} meetings`);
  });
  it("'held responsible' is no meeting", () => {
    expect(asked("Who is held responsible for psychiatry in Västmanland?")).not.toContain("meetings");
  });
});
