/**
 * Issue 13 (typed/relation): a group's meeting written as one compound ("samverkansgruppsmötena", "ledningsgruppsmöte")
 * names the group as "samverkansgruppens möten" does. Sentences written for this test.
 */
import { withMeetingCompoundsApart } from "../../../src/routing/meeting-compounds";
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a group's meeting as one compound", () => {
  it("is read with the group's noun in the genitive and 'möte' apart; a bare gruppmöte stays", () => {
    expect(withMeetingCompoundsApart("Hur ofta är samverkansgruppsmötena?")).toBe("Hur ofta är samverkansgrupps mötena?");
    expect(withMeetingCompoundsApart("på ledningsgruppmötet")).toBe("på ledningsgrupps mötet");
    expect(withMeetingCompoundsApart("på gruppmötet")).toBe("på gruppmötet");
  });

  it("Hur ofta är samverkansgruppsmötena i Västmanland? → the Västmanland group's meeting clause", () => {
    const d = router.routeDetailed({ question: "Hur ofta är samverkansgruppsmötena i Västmanland?" });
    expect(d.result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
    expect(d.analysis.asks).toBe("meetings");
  });
});
