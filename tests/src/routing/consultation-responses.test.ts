/**
 * Issue 13 (relation): a remissinstans's answers go to the body it answers for ("Vara remissinstans till
 * ledningsgruppen", 000): where a verksamhetschefsgrupp's remissvar or remissyttranden go is the serves relation, answered
 * with the ledningsgrupp. Naming the body answered for ("remissvar till ledningsgruppen") asks who writes them instead.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const owner = (q: string) => {
  const r = router.route({ question: q });
  return `${r.status} ${r.owner?.id}`;
};

describe("where a remissinstans's answers go", () => {
  it.each([
    "Vart skickar verksamhetschefsgruppen sina remissyttranden?",
    "Vem får remissvaren från VCG i Mellansverige?",
    "Till vem lämnar verksamhetschefsgrupperna sina remissvar?",
  ])("%s", (q) => {
    expect(owner(q)).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
  it("who writes remissvar to the ledningsgrupp is the verksamhetschefsgrupp", () => {
    expect(owner("Vem skriver remissvar till ledningsgruppen i Mellansverige?")).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});
