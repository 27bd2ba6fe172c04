/**
 * Issue 13 (English): "operational heads" is one more English rendering of "verksamhetschefer" (the heads of a
 * verksamhet, its operations), so "the operational heads' groups" are the verksamhetschefsgrupper of 000. A question of
 * whom their minutes go to besides the ledningsgrupp ("Minnesanteckningar … skickas till ledningsgruppen och kansliet",
 * 000) had been answered with the groups themselves. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("operational heads are verksamhetschefer", () => {
  it("the operational heads' groups' minutes, besides the leadership group → the kansli", () => {
    const r = router.route({ question: "Apart from the leadership group, who receives the minutes of the operational heads' groups in Mellansverige?" });
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
  });

  it("a group of operational heads is a verksamhetschefsgrupp", () => {
    const d = router.routeDetailed({ question: "Who appoints the chair of a group of operational heads in Mellansverige?" });
    expect(d.analysis.subject?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});
