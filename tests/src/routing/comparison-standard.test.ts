/**
 * Issue 13 (relation, boundary): "samma N för A som för X" compares A with X — X is the standard, not what is asked
 * about — also when the "som" stands after A with its preposition repeated. A name is not matched across the comparison
 * ("samordningsrådet inom psykiatrin som för bild- och funktionsmedicin" names no bildråd), and the råd of psykiatri is
 * the kind's (003: "4 – 8 ggr/år"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";

describe("the standard of a comparison is not the group asked about", () => {
  it.each([
    ["Gäller samma mötesfrekvens för samordningsrådet inom urologin som för bild- och funktionsmedicin?"],
    ["Har samordningsrådet inom psykiatri samma mötesfrekvens som för bild- och funktionsmedicin?"],
  ])("%s → the kind's template", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("meetings");
    expect(d.result.owner?.id).toBe(KIND);
  });
});
