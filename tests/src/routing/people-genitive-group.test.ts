/**
 * Issue 13 (typed): "verksamhetschefernas grupp" — people in the plural genitive before a group's noun — names the
 * group as the compound does ("verksamhetschefsgrupp"; general Swedish), and so does the typed form without the
 * genitive's -s ("verksamhetscheferna grupp"). Neither had been read as the verksamhetschefsgrupp, so a relation of it
 * was answered from the topic instead (000: "Minnesanteckningar … delges Ledningsgruppen"; the annual report to the
 * ledningsgrupp). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("people's group in the genitive is the group's compound", () => {
  it.each([
    "Vem utser ordförande i verksamhetschefernas grupp för ortopedi?",
    "verksamhetscheferna grupp for urologi vem utser ordf",
  ])("%s → the ledningsgrupp (000)", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.subject?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});
