/**
 * Issue 13 (English): whom a change is "discussed with" or "taken up with" is whom it is agreed with — for how often a
 * samordningsråd meets, 004's "Mötesfrekvensen kan anpassas … i dialog med kontaktperson"; "fewer meetings", "more
 * frequent meetings" change how often, as "färre möten" does. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'discuss it with' a change of meetings → the kontaktperson", () => {
  it.each([
    "Our imaging council wants fewer meetings. Who do we have to discuss it with?",
    "We want more frequent meetings in the imaging council. Who do we take that up with?",
    "The imaging council in VGR would like to meet more often than its mandate says. Who should we discuss that with?",
  ])("%s", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("meetings");
    expect(d.result.owner?.id).toBe("vgr:kontaktperson-samordningsrad");
  });
});
