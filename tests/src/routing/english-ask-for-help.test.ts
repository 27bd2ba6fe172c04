/**
 * Issue 13 (English): "ask for help with analysis" is one phrase, asking for 000's utredningsresurser ("Möjlighet finns
 * att avropa utredningsresurser från Samverkansnämndens kansli"); the glossary's "ask for help" must not take its first
 * words and leave "with analysis" unread. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const asked = (q: string) => {
  const r = router.routeDetailed({ question: q });
  return `${r.result.status} ${r.result.owner?.id} ${r.analysis.asks}`;
};

describe("asking for help with analysis", () => {
  it.each([
    "Who can the VCG chairs ask for help with analysis?",
    "Which body can the Mellansverige VCGs ask for help with investigations?",
  ])("%s", (q) => {
    expect(asked(q)).toBe("owner sjukvardsregion-mellansverige:kansli support");
  });
});
