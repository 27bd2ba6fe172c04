/**
 * Issue 13 (relation, typed): "Kan vi avropa utredningsresurser någonstans?", "var kan vi avropa utredningsresurser"
 * ask where from — a party, as "vart" and "varifrån" do — so the clause's named source answers (000: "finns att avropa
 * utredningsresurser från Samverkansnämndens kansli"), not the group whose clause it is. A folded "var" asks where only
 * when it opens the question before a verb ("vår", "was" have no modal after them). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const KANSLI = "sjukvardsregion-mellansverige:kansli";

describe("asking where is asking from whom", () => {
  it.each([["kan vi avropa utredningsresurser ngnstans"], ["Kan vi avropa utredningsresurser någonstans?"], ["var kan vi avropa utredningsresurser"]])(
    "%s → the kansli",
    (question) => {
      expect(router.routeDetailed({ question }).result.owner?.id).toBe(KANSLI);
    },
  );
});
