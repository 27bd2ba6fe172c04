/**
 * Issue 13 (typed/relation): "dagordningen", definite, is the agenda of meetings known from the context — in an
 * organisation with one group, that group's (002 Ärendegång: "Frågor ska anmälas till enhetschef eller
 * utvecklingsstrateg på … UoU på VKL … så att frågan sätts upp på dagordningen"). A concessive clause ("fast/även om den
 * inte står på dagordningen") only grants a circumstance: raising a question at the meeting itself stays the group's
 * ("Det går även bra att väcka frågor under samverkansmötet"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it("a question for the agenda, Västmanland known → UoU on VKL (002 Ärendegång)", () => {
  const d = router.routeDetailed({ question: "Vart skickar jag en fråga jag vill ha med på dagordningen?", org: "vastmanland" });
  expect(d.result.owner?.id).toBe("vastmanland:uou-vkl");
  expect(d.result.citations[0]?.text).toMatch(/anmälas till enhetschef eller utvecklingsstrateg/);
});

it("a question raised at the meeting although not on the agenda → the group itself", () => {
  const d = router.routeDetailed({ question: "Får vi väcka en fråga på samverkansmötet i Västerås även om den inte står på dagordningen?" });
  expect(d.result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
});
